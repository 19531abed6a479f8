// What the integration workflow's clean-up removes: everything of this run (its name starts with
// the run name), and leftovers of any run older than a day (interrupted runs, failed clean-ups),
// found by the common prefix and their creation time. Entries for such images come out of the test
// domain's and its user profiles' CustomImages lists, each *AppSettings member sent back whole
// with only its list changed, as the action itself does. Pure.
//
// Example, run siv-it-77-1 at 2026-11-20 12:00, a day's grace:
//   siv-it-77-1          created 11:40 → removed (this run)
//   siv-it-77-1-probe    created 11:50 → removed (this run)
//   siv-it-75-1          created 11:30 → kept (another run, still going on)
//   siv-it-60-2          created 2026-11-18 → removed (a leftover)
//   team-image           → never looked at (not ours)
// The action's launch test names its spaces `lt-<image>-v<version>-<run>`: a space
// lt-siv-it-77-1-v2-77-1 is judged as siv-it-77-1-v2-77-1, so it is this run's.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import { NAME_PREFIX } from './settings.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** What the action's launch test puts before the image's name in its spaces' names. */
export const LAUNCH_TEST_PREFIX = 'lt-';

/** A space's name as its run named it: the launch test's prefix taken off. */
export function spaceOwnerName(spaceName: string): string {
  return spaceName.startsWith(`${LAUNCH_TEST_PREFIX}${NAME_PREFIX}`)
    ? spaceName.slice(LAUNCH_TEST_PREFIX.length)
    : spaceName;
}

export interface Resource {
  readonly name: string;
  readonly createdAt?: Date;
}

type Settings = Readonly<Record<string, unknown>>;

export interface Found {
  readonly images: readonly Resource[];
  readonly appImageConfigs: readonly Resource[];
  /** Spaces of the test domain. */
  readonly spaces: readonly Resource[];
  /** The test domain's default settings, when there is a test domain. */
  readonly domain?: {
    readonly DefaultUserSettings?: Settings;
    readonly DefaultSpaceSettings?: Settings;
  };
  /** The test domain's user profiles and their settings. */
  readonly profiles: readonly { readonly name: string; readonly settings: Settings }[];
}

export interface CleanupPlan {
  readonly spaces: readonly string[];
  /** The UpdateDomain fields to send (changed levels only); undefined when no list changes. */
  readonly domainUpdate?: Record<string, Settings>;
  readonly profileUpdates: readonly { readonly name: string; readonly userSettings: Settings }[];
  readonly images: readonly string[];
  readonly appImageConfigs: readonly string[];
}

/** This run's, or ours and older than `maxAgeMs`. A resource without a time is judged by name only. */
export function isDoomed(
  resource: Resource,
  runName: string,
  now: Date,
  maxAgeMs = DAY_MS,
): boolean {
  if (resource.name === runName || resource.name.startsWith(`${runName}-`)) return true;
  if (!resource.name.startsWith(NAME_PREFIX) || resource.createdAt === undefined) return false;
  return now.getTime() - resource.createdAt.getTime() > maxAgeMs;
}

/**
 * The members of a settings object whose CustomImages lose entries `remove` picks, each whole with
 * only that list changed; empty when none does.
 */
export function withoutEntries(
  settings: Settings | undefined,
  remove: (imageName: string) => boolean,
): Record<string, Settings> {
  const changed: Record<string, Settings> = {};
  for (const [member, value] of Object.entries(settings ?? {})) {
    const images = (value as { CustomImages?: unknown } | null)?.CustomImages;
    if (!Array.isArray(images)) continue;
    const kept = (images as { ImageName?: unknown }[]).filter(
      (entry) => typeof entry.ImageName !== 'string' || !remove(entry.ImageName),
    );
    if (kept.length !== images.length)
      changed[member] = { ...(value as Settings), CustomImages: kept };
  }
  return changed;
}

export function planCleanup(
  found: Found,
  runName: string,
  now: Date,
  maxAgeMs = DAY_MS,
): CleanupPlan {
  const doomed = (resource: Resource): boolean => isDoomed(resource, runName, now, maxAgeMs);
  const images = found.images.filter(doomed).map((r) => r.name);
  const living = new Set(found.images.filter((r) => !doomed(r)).map((r) => r.name.toLowerCase()));
  // An entry of ours goes when its image goes, or is gone already.
  const remove = (imageName: string): boolean =>
    imageName.startsWith(NAME_PREFIX) && !living.has(imageName.toLowerCase());
  const domainUpdate: Record<string, Settings> = {};
  for (const field of ['DefaultUserSettings', 'DefaultSpaceSettings'] as const) {
    const members = withoutEntries(found.domain?.[field], remove);
    if (Object.keys(members).length > 0) domainUpdate[field] = members;
  }
  const profileUpdates = found.profiles.flatMap(({ name, settings }) => {
    const members = withoutEntries(settings, remove);
    return Object.keys(members).length > 0 ? [{ name, userSettings: members }] : [];
  });
  return {
    spaces: found.spaces
      .filter((space) => doomed({ ...space, name: spaceOwnerName(space.name) }))
      .map((r) => r.name),
    ...(Object.keys(domainUpdate).length > 0 ? { domainUpdate } : {}),
    profileUpdates,
    images,
    appImageConfigs: found.appImageConfigs.filter(doomed).map((r) => r.name),
  };
}
