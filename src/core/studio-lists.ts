// The Studio list model, once for every entry point that edits a CustomImages list (./studio on
// domains and user profiles, ./launch-test on its CI profile): which `*AppSettings` member holds an
// app type's list, how long a list may be, when two entries are the same, and the merge that puts
// this image's entry in a list (replacing the image's entry where it stands, or appending it).
// Pure. The read-modify-write that sends such a list is read-modify-write.ts.
import type { CustomImage, UserSettings } from '@aws-sdk/client-sagemaker';
import { sameImageName } from '../aws/arn.js';
import type { StudioAppType } from '../inputs/studio-inputs.js';

/** How many entries a CustomImages list may hold. */
export const MAX_CUSTOM_IMAGES = 200;

/** How many custom images a user profile lists per app ("On a user profile level: 5"). */
export const MAX_PROFILE_CUSTOM_IMAGES = 5;

export const APP_SETTINGS_MEMBER = {
  JupyterLab: 'JupyterLabAppSettings',
  CodeEditor: 'CodeEditorAppSettings',
  KernelGateway: 'KernelGatewayAppSettings',
} as const satisfies Record<StudioAppType, string>;

/** An `*AppSettings` member as read: its list, and whatever else it holds (sent back whole). */
export type AppSettingsMember = Record<string, unknown> & { CustomImages?: CustomImage[] };

/** The app type's member of user settings, as a copy (empty when there is none). */
export function appSettingsOf(
  settings: UserSettings | undefined,
  appType: StudioAppType,
): AppSettingsMember {
  return { ...(settings?.[APP_SETTINGS_MEMBER[appType]] as AppSettingsMember | undefined) };
}

/** Entries for the same image (see sameImageName). */
export function sameImage(a: CustomImage, b: CustomImage): boolean {
  // Stryker disable next-line StringLiteral: ImageName is required in every entry
  return sameImageName(a.ImageName ?? '', b.ImageName ?? '');
}

/**
 * The same entry: the same image (whatever the case: image names are unique regardless of case,
 * see sameImageName), the same AppImageConfig and the same version (or none). One rule for every
 * list, so that a write is judged done the same way everywhere.
 */
export function sameEntry(a: CustomImage, b: CustomImage): boolean {
  return (
    sameImage(a, b) &&
    a.AppImageConfigName === b.AppImageConfigName &&
    a.ImageVersionNumber === b.ImageVersionNumber
  );
}

export interface MergedImages {
  readonly images: readonly CustomImage[];
  /** This image's entry before, when it had one. */
  readonly before?: CustomImage;
  readonly changed: boolean;
  /** The newer version the entry stays on, when changing it would be a rollback. */
  readonly heldNewer?: number;
}

/** Newest wins: what a pin may not go below, unless rollbacks are allowed. */
export interface RollbackGuard {
  readonly allowRollback: boolean;
  /** The image's newest version, which an entry without a version number means (when read). */
  readonly newestVersion?: number;
}

/**
 * The version users would lose by changing `before` to `entry`, when that is a step back: a pin
 * to a lower number, or an entry that meant the latest (newer than `entry`'s) pinned below it.
 * Pure.
 */
export function rollbackFrom(
  before: CustomImage,
  entry: CustomImage,
  newestVersion: number | undefined,
): number | undefined {
  const target = entry.ImageVersionNumber;
  const current = before.ImageVersionNumber ?? newestVersion;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: narrows the types; a comparison with undefined is false anyway
  if (target === undefined || current === undefined) return undefined;
  return current > target ? current : undefined;
}

/**
 * The list with `entry` replacing this image's first entry where it stands, or appended; left as
 * it is when the entry there is newer and rollbacks are not allowed.
 */
export function mergeCustomImages(
  current: readonly CustomImage[] | undefined,
  entry: CustomImage,
  // Stryker disable next-line ObjectLiteral: `{}` leaves allowRollback undefined, which is read as false
  guard: RollbackGuard = { allowRollback: false },
): MergedImages {
  const images = [...(current ?? [])];
  const index = images.findIndex((image) => sameImage(image, entry));
  if (index < 0) return { images: [...images, entry], changed: true };
  const before = images[index] as CustomImage;
  // The same entry spelled another way is rewritten as given: what the list holds is what was sent.
  if (sameEntry(before, entry) && before.ImageName === entry.ImageName) {
    return { images, before, changed: false };
  }
  const heldNewer = guard.allowRollback
    ? undefined
    : rollbackFrom(before, entry, guard.newestVersion);
  if (heldNewer !== undefined) return { images, before, changed: false, heldNewer };
  images[index] = entry;
  return { images, before, changed: true };
}
