// What adding this image to the user profiles' own lists changes, worked out from what was read.
// Pure.
//
// A user profile may hold a list of its own for an app, e.g.
//   UserSettings.JupyterLabAppSettings.CustomImages = [{ ImageName: 'team-a', AppImageConfigName: 'team-a' }]
// and Studio then shows that user this list, not the domain's: an image attached to the domain only
// is not among it. With `user-profiles: all`, this image's entry goes into each such list the
// way it goes into a domain's (mergeCustomImages: replaced where it stands, or appended; never to an
// older version unless `allow-rollback`), the `*AppSettings` member sent back whole, as read, with
// only CustomImages changed. A profile without a list of its own (no CustomImages at all) sees the
// domain's list and is left alone; an empty list of its own counts as one.
//
// Profile names are people's names: they go into requests and debug output, never into the log or a
// message, which name a profile by its domain and its place in the domain's listing instead.
import type {
  CustomImage,
  DescribeUserProfileResponse,
  UpdateUserProfileRequest,
} from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import type { StudioAppType } from '../inputs/studio-inputs.js';
import {
  APP_SETTINGS_MEMBER,
  MAX_PROFILE_CUSTOM_IMAGES,
  mergeCustomImages,
  type RollbackGuard,
} from '../core/studio-lists.js';

/** One user profile as read: its name (requests and debug output only) and its description. */
export interface ProfileRead {
  readonly name: string;
  readonly described: DescribeUserProfileResponse;
}

export interface ProfilePlan {
  readonly domainId: string;
  /** The profile's name: for the request and debug output only. */
  readonly name: string;
  /** Whether it has a list of its own for the app (an empty one counts). */
  readonly ownList: boolean;
  readonly changed: boolean;
  /** The newer version its entry stays on (newest wins), when this run's would be a rollback. */
  readonly heldNewer?: number;
  /** Its list would pass MAX_PROFILE_CUSTOM_IMAGES: nothing may be written to it. */
  readonly full: boolean;
  readonly imagesBefore: readonly CustomImage[];
  readonly imagesAfter: readonly CustomImage[];
  /** The UpdateUserProfile to send; undefined when left alone, already right, or full. */
  readonly request?: UpdateUserProfileRequest;
}

type Member = Record<string, unknown> & { CustomImages?: CustomImage[] };

/** `UserSettings.JupyterLabAppSettings.CustomImages`, for messages. */
export function profileListPath(appType: StudioAppType): string {
  return `UserSettings.${APP_SETTINGS_MEMBER[appType]}.CustomImages`;
}

/** Whether the profile has a list of its own for the app (an empty one counts). Pure. */
export function hasOwnList({ described }: ProfileRead, appType: StudioAppType): boolean {
  const member = described.UserSettings?.[APP_SETTINGS_MEMBER[appType]] as Member | undefined;
  return member?.CustomImages !== undefined;
}

/** The change to one profile's own list for the app, if it has one. */
export function planProfile(
  domainId: string,
  { name, described }: ProfileRead,
  appType: StudioAppType,
  entry: CustomImage,
  // Stryker disable next-line ObjectLiteral: only the full-list probe leaves it out, and a replaced entry never lengthens a list
  guard: RollbackGuard = { allowRollback: false },
): ProfilePlan {
  const field = APP_SETTINGS_MEMBER[appType];
  const member = (described.UserSettings?.[field] ?? {}) as Member;
  const current = member.CustomImages;
  const base = { domainId, name, imagesBefore: current ?? [] };
  if (current === undefined) {
    return { ...base, ownList: false, changed: false, full: false, imagesAfter: [] };
  }
  const merged = mergeCustomImages(current, entry, guard);
  const full = merged.changed && merged.images.length > MAX_PROFILE_CUSTOM_IMAGES;
  const held = merged.heldNewer === undefined ? {} : { heldNewer: merged.heldNewer };
  if (!merged.changed || full) {
    return { ...base, ownList: true, changed: false, full, imagesAfter: current, ...held };
  }
  return {
    ...base,
    ownList: true,
    changed: true,
    full: false,
    imagesAfter: merged.images,
    request: {
      DomainId: domainId,
      UserProfileName: name,
      UserSettings: { [field]: { ...member, CustomImages: [...merged.images] } },
    },
  };
}

/**
 * Fails, before anything is written to them, when profiles' lists are full: how many, and how many
 * images each holds, never who (their names are in the debug output). Pure.
 */
export function assertRoom(
  domainId: string,
  plans: readonly ProfilePlan[],
  appType: StudioAppType,
  imageName: string,
): void {
  const full = plans.filter((plan) => plan.full);
  if (full.length === 0) return;
  const one = full.length === 1;
  const counts = [...new Set(full.map((plan) => plan.imagesBefore.length))].sort((a, b) => a - b);
  throw new ActionError(
    `Studio domain "${domainId}": ${full.length} user profile${one ? '' : 's'} already ` +
      `hold${one ? 's' : ''} ${counts.join(' or ')} images in ${one ? 'its' : 'their'} own ` +
      `${profileListPath(appType)}, and SageMaker allows at most ${MAX_PROFILE_CUSTOM_IMAGES} at a ` +
      `user profile, so "${imageName}" cannot be added there; nothing was written to ` +
      `${one ? 'it' : 'them'}. Remove images from ${one ? 'that list' : 'those lists'} (the debug ` +
      'log names the profiles: re-run with debug logging), or set `user-profiles: none`.',
  );
}

/** The request as the log shows it: the profile's name is not a thing to print. Pure. */
export function requestForLog(request: UpdateUserProfileRequest): UpdateUserProfileRequest {
  return { ...request, UserProfileName: UNNAMED_PROFILE };
}

/** What the log and summary show in place of a profile's name. */
export const UNNAMED_PROFILE = '(a user profile: its name is in the debug log)';
