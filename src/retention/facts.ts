// What retention must read to prove a version unused: the image's versions, which versions hold
// aliases, and every CustomImages entry that pins a version, in every Studio domain of the region
// (both default levels), every user profile and every space. One request at a time.
//
// Requests: ListImageVersions (1 per 100 versions); when something could be retired, ListAliases
// (1 per 100 aliases) and one DescribeImageVersion per alias; ListDomains (1 per 100), and per
// domain DescribeDomain, ListUserProfiles and ListSpaces (1 per 100 each) and one Describe per
// profile and space; in archive mode, one DescribeImageVersion per version it would retire (its
// vendor guidance is not listed). Nothing beyond ListImageVersions when nothing could be retired.
import { ActionError } from '../common/action-error.js';
import type { StudioSettings } from '../aws/retention-api.js';
import type { Session } from '../run/session.js';
import {
  decideRetention,
  retiring,
  type RetentionFacts,
  type RetentionPolicy,
  type VersionFacts,
} from './decide.js';

/** A read that failed: what was being read, and the error (a AwsCallError). */
export class RetentionReadError extends ActionError {
  readonly reading: string;
  override readonly cause: unknown;
  constructor(reading: string, cause: unknown) {
    super(`Could not read ${reading}`);
    this.reading = reading;
    this.cause = cause;
  }
}

/** What was read, for the report: how much of Studio was searched for pins. */
export interface GatheredFacts extends RetentionFacts {
  /** False when nothing could be retired, so aliases and Studio were not read. */
  readonly protectionsRead: boolean;
  readonly searched: { domains: number; userProfiles: number; spaces: number };
}

async function reading<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new RetentionReadError(what, error);
  }
}

export async function gatherFacts(
  session: Session,
  policy: RetentionPolicy,
): Promise<GatheredFacts> {
  const { inputs, api, client } = session;
  const listed = await reading(`the versions of image "${inputs.imageName}"`, () =>
    api.listAllImageVersions(client, inputs.imageName),
  );
  // Stryker disable next-line ArrayDeclaration: a string in place of [] has no Version, so adds none
  const versions: VersionFacts[] = (listed ?? []).flatMap((v) =>
    v.Version === undefined
      ? []
      : [
          {
            version: v.Version,
            status: v.ImageVersionStatus ?? '',
            ...(v.CreationTime === undefined ? {} : { createdAt: v.CreationTime }),
          },
        ],
  );
  const none = new Map<number, string[]>();
  const searched = { domains: 0, userProfiles: 0, spaces: 0 };
  if (retiring(decideRetention({ versions, aliases: none, pins: none }, policy)).length === 0) {
    return { versions, aliases: none, pins: none, protectionsRead: false, searched };
  }
  const aliases = await aliasesByVersion(session);
  const pins = await pinsByVersion(session, searched);
  if (policy.action !== 'archive') {
    return { versions, aliases, pins, protectionsRead: true, searched };
  }
  const vendorGuidance = new Map<number, string>();
  for (const version of retiring(decideRetention({ versions, aliases, pins }, policy))) {
    // A version gone meanwhile needs no guidance: retiring it finds it gone.
    const described = await reading(`version ${version} of image "${inputs.imageName}"`, () =>
      api.unlessNotFound(() => api.describeImageVersion(client, inputs.imageName, version)),
    );
    if (described?.VendorGuidance) vendorGuidance.set(version, described.VendorGuidance);
  }
  return { versions, aliases, pins, vendorGuidance, protectionsRead: true, searched };
}

/** Version → its aliases: ListAliases names them all, DescribeImageVersion says who holds each. */
async function aliasesByVersion(session: Session): Promise<Map<number, string[]>> {
  const { inputs, api, client } = session;
  const names = await reading(`the aliases of image "${inputs.imageName}"`, () =>
    api.listAliasNames(client, inputs.imageName),
  );
  const byVersion = new Map<number, string[]>();
  for (const alias of names) {
    const holder = await reading(`which version holds alias "${alias}"`, () =>
      api.versionHoldingAlias(client, inputs.imageName, alias),
    );
    if (holder !== undefined)
      byVersion.set(holder.version, [...(byVersion.get(holder.version) ?? []), alias]);
  }
  return byVersion;
}

/** Version → what pins it, from every domain, user profile and space of the region. */
async function pinsByVersion(
  session: Session,
  searched: GatheredFacts['searched'],
): Promise<Map<number, string[]>> {
  const { inputs, api, client } = session;
  const pins = new Map<number, string[]>();
  const note = (settings: StudioSettings | undefined, where: string): void => {
    for (const version of pinnedVersions(settings, inputs.imageName))
      pins.set(version, [...(pins.get(version) ?? []), where]);
  };
  const domainIds = await reading('the Studio domains of the region', () =>
    api.listDomainIds(client),
  );
  for (const domainId of domainIds) {
    searched.domains++;
    const defaults = await reading(`the settings of Studio domain ${domainId}`, () =>
      api.describeDomainDefaults(client, domainId),
    );
    note(defaults?.userSettings, `domain ${domainId} default user settings`);
    note(defaults?.spaceSettings, `domain ${domainId} default space settings`);
    const profiles = await reading(`the user profiles of Studio domain ${domainId}`, () =>
      api.listUserProfileNames(client, domainId),
    );
    for (const name of profiles) {
      searched.userProfiles++;
      const settings = await reading(`user profile ${name} of Studio domain ${domainId}`, () =>
        api.describeUserProfileSettings(client, domainId, name),
      );
      note(settings, `user profile ${name} (${domainId})`);
    }
    const spaces = await reading(`the spaces of Studio domain ${domainId}`, () =>
      api.listSpaceNames(client, domainId),
    );
    for (const name of spaces) {
      searched.spaces++;
      const settings = await reading(`space ${name} of Studio domain ${domainId}`, () =>
        api.describeSpaceSettings(client, domainId, name),
      );
      note(settings, `space ${name} (${domainId})`);
    }
  }
  return pins;
}

/**
 * The versions of `imageName` pinned (`ImageVersionNumber`) in any `CustomImages` list of a
 * settings object, whichever app's settings hold it: a member added to the API later is searched
 * too. Image names compare without case, which can only protect more. Pure.
 */
export function pinnedVersions(settings: StudioSettings | undefined, imageName: string): number[] {
  const found = new Set<number>();
  for (const member of Object.values(settings ?? {})) {
    const customImages = (member as { CustomImages?: unknown } | null)?.CustomImages;
    if (!Array.isArray(customImages)) continue;
    for (const entry of customImages as { ImageName?: unknown; ImageVersionNumber?: unknown }[]) {
      if (
        typeof entry?.ImageName === 'string' &&
        entry.ImageName.toLowerCase() === imageName.toLowerCase() &&
        typeof entry.ImageVersionNumber === 'number'
      )
        found.add(entry.ImageVersionNumber);
    }
  }
  return [...found];
}
