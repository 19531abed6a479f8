// The user profiles of a domain that hold a list of their own for the app, and so do not see the
// domain's (profile-plan.ts). Before anything is created they are read and counted: a warning says
// how many will not see the image, or, with `user-profiles: all`, a full list or a profile
// that cannot be written stops the run there. Once the domains are attached, `all` puts the entry
// in each such list by the domains' read-modify-write (read-modify-write.ts).
//
// Names are people's: the log and messages say "Studio domain d-x, user profile 3 of 12"; the
// debug output says who that is.
import type { CustomImage, DescribeUserProfileResponse } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import { deniesAccess, errorFacts } from '../aws/errors.js';
import type { StudioAppType, StudioInputs } from '../inputs/studio-inputs.js';
import { pollUntilSettled, type Verdict } from '../wait/poll.js';
import { waitSettings, type Session } from '../run/session.js';
import type { RollbackGuard } from '../core/studio-lists.js';
import {
  assertRoom,
  hasOwnList,
  planProfile,
  profileListPath,
  type ProfilePlan,
  type ProfileRead,
} from './profile-plan.js';
import { MAX_WRITES, readModifyWrite } from '../core/read-modify-write.js';

type Studio = Pick<StudioInputs, 'appType' | 'userProfiles'>;

/** A profile as the log names it: by its domain and its place in the domain's listing. */
export function profileSubject(domainId: string, index: number, count: number): string {
  return `Studio domain ${domainId}, user profile ${index + 1} of ${count}`;
}

/** What a profile's status means for writing it; Deleting is for the caller (gone). Pure. */
export function judgeProfile(
  described: DescribeUserProfileResponse,
  subject: string,
): Verdict<DescribeUserProfileResponse> {
  const status = described.Status ?? 'InService';
  if (status === 'InService' || status === 'Deleting') return { kind: 'done', value: described };
  if (status === 'Pending' || status === 'Updating') return { kind: 'pending' };
  return {
    kind: 'failed',
    message:
      `${subject} has a list of its own and is ${status}, so this image cannot be added to it; ` +
      'nothing was written to it. Fix that profile (the debug log names it: re-run with debug ' +
      'logging), or set `user-profiles: none`, then re-run.',
  };
}

/** Every user profile of the domain, described (those gone meanwhile left out). */
export async function readProfiles(session: Session, domainId: string): Promise<ProfileRead[]> {
  const { api, client } = session;
  const names = await api.listUserProfileNames(client, domainId);
  const reads: ProfileRead[] = [];
  for (const name of names) {
    const described = await api.unlessNotFound(() =>
      api.describeUserProfile(client, domainId, name, 'unnamed'),
    );
    if (described !== undefined) reads.push({ name, described });
  }
  return reads;
}

/**
 * Before anything is created: the domain's profiles with a list of their own, counted (a warning
 * with `none`), and with `all` checked for room and a status that can be written. Undefined when
 * they could not be read with `none` (a warning says so; the release goes on).
 */
export async function checkProfiles(
  session: Session,
  studio: Studio,
  domainId: string,
  probe: CustomImage,
): Promise<ProfileRead[] | undefined> {
  const { report } = session;
  let reads: ProfileRead[];
  try {
    reads = await readProfiles(session, domainId);
  } catch (error) {
    if (studio.userProfiles === 'all' || !deniesAccess(error)) throw error;
    report.warning(
      `Studio domain ${domainId}: its user profiles could not be read (${errorFacts(error).name}), ` +
        "so it is not known how many have an image list of their own, which hides the domain's. " +
        'Grant sagemaker:ListUserProfiles and sagemaker:DescribeUserProfile to know (docs/iam.md).',
    );
    return undefined;
  }
  const plans = reads.map((read) => planProfile(domainId, read, studio.appType, probe));
  const own = plans.filter((plan) => plan.ownList);
  reportOwnLists(session, studio, domainId, reads.length, own);
  if (studio.userProfiles === 'all') {
    // Stryker disable next-line StringLiteral: the probe always names the image (desiredEntry), so '' is never used
    assertRoom(domainId, own, studio.appType, probe.ImageName ?? '');
    for (const [index, read] of reads.entries()) {
      if (!hasOwnList(read, studio.appType)) continue;
      const verdict = judgeProfile(read.described, profileSubject(domainId, index, reads.length));
      if (verdict.kind === 'failed') throw new ActionError(verdict.message);
    }
  }
  return reads;
}

/** The count in the log (a warning with `none`), the names in debug output. */
function reportOwnLists(
  { report }: Session,
  studio: Studio,
  domainId: string,
  total: number,
  own: readonly ProfilePlan[],
): void {
  const path = profileListPath(studio.appType);
  if (own.length > 0) {
    report.debug(
      `Studio domain ${domainId}: user profiles with their own ${path}: ${own.map((p) => p.name).join(', ')}.`,
    );
  }
  const counted =
    `Studio domain ${domainId}: ${own.length} of its ${total} user profile${total === 1 ? '' : 's'} ` +
    `${own.length === 1 ? 'has' : 'have'} an image list of ${own.length === 1 ? 'its' : 'their'} own (${path})`;
  if (own.length === 0) {
    report.info(`${counted}: every user profile sees the domain's list.`);
  } else if (studio.userProfiles === 'all') {
    report.info(`${counted}: this image goes into those lists too (user-profiles: all).`);
  } else {
    report.warning(
      `${counted}, which Studio shows ${own.length === 1 ? 'that user' : 'those users'} instead ` +
        "of the domain's, so they will not see this image. Set `user-profiles: all` to " +
        'add it to those lists too (see docs/studio.md).',
    );
  }
}

/** What attaching did to one domain's profiles: counts, never names. */
export interface ProfilesOutcome {
  readonly domainId: string;
  /** Profiles with a list of their own for the app. */
  readonly withOwnList: number;
  /** Those this run wrote to. */
  readonly updated: number;
  /** Those whose entry stays on a newer version than this run's (newest wins). */
  readonly heldNewer: number;
}

/** `user-profiles: all`: puts `entry` in the own list of each profile that has one. */
export async function attachToProfiles(
  session: Session,
  appType: StudioAppType,
  domainId: string,
  entry: CustomImage,
  guard: RollbackGuard,
): Promise<ProfilesOutcome> {
  const { api, client, report } = session;
  const names = await api.listUserProfileNames(client, domainId);
  const outcome = { domainId, withOwnList: 0, updated: 0, heldNewer: 0 };
  for (const [index, name] of names.entries()) {
    const subject = profileSubject(domainId, index, names.length);
    const { plan, writes, gone } = await readModifyWrite<ProfilePlan>(session, {
      subject,
      noun: 'profile',
      operation: 'UpdateUserProfile',
      readAndPlan: async () => {
        const planFrom = (read: ProfileRead): ProfilePlan =>
          planProfile(domainId, read, appType, entry, guard);
        const read = await readProfileToWrite(session, { domainId, name, subject }, planFrom);
        const planned = read && planFrom(read);
        // Stryker disable next-line StringLiteral: the entry always names the image (desiredEntry), so '' is never used
        if (planned !== undefined) assertRoom(domainId, [planned], appType, entry.ImageName ?? '');
        return planned;
      },
      send: (request) => api.updateUserProfile(client, request, 'unnamed'),
      status: async () => (await describeOrGone(session, domainId, name))?.Status,
      overwritten:
        `${subject}: other writers overwrote this image's entry ${MAX_WRITES} times in a row. ` +
        'Put the workflows that change this domain in one `concurrency:` group (see the ' +
        "action's docs/studio.md), then re-run.",
    });
    if (plan?.ownList !== true) continue;
    if (gone) {
      report.info(`${subject}: deleted while this run wrote to it; nothing more to do there.`);
      continue;
    }
    report.debug(`${subject} is ${name}.`);
    outcome.withOwnList++;
    if (writes > 0) outcome.updated++;
    if (plan.heldNewer !== undefined) outcome.heldNewer++;
    report.info(
      `${subject}: ${writes > 0 ? 'added to its own list' : plan.heldNewer !== undefined ? `stays on version ${plan.heldNewer}, newer than this run's (allow-rollback is off)` : 'its own list already had this entry'}.`,
    );
  }
  return outcome;
}

function describeOrGone(
  { api, client }: Session,
  domainId: string,
  name: string,
): Promise<DescribeUserProfileResponse | undefined> {
  return api.unlessNotFound(() => api.describeUserProfile(client, domainId, name, 'unnamed'));
}

/**
 * The profile as read now; waited for while Pending or Updating only when this image's entry must
 * be written to it. Undefined when it is gone (or being deleted).
 */
async function readProfileToWrite(
  session: Session,
  { domainId, name, subject }: { domainId: string; name: string; subject: string },
  planFrom: (read: ProfileRead) => ProfilePlan,
): Promise<ProfileRead | undefined> {
  const first = await describeOrGone(session, domainId, name);
  if (first === undefined || first.Status === 'Deleting') return undefined;
  const verdict = judgeProfile(first, subject);
  if (verdict.kind === 'done' || !planFrom({ name, described: first }).changed)
    return { name, described: first };
  if (verdict.kind === 'failed') throw new ActionError(verdict.message);
  const { value } = await pollUntilSettled({
    subject,
    read: () => describeOrGone(session, domainId, name),
    statusOf: (described) => described?.Status ?? 'gone',
    judge: (described): Verdict<DescribeUserProfileResponse | undefined> =>
      described === undefined
        ? { kind: 'done', value: undefined }
        : judgeProfile(described, subject),
    ...waitSettings(session, 'DescribeUserProfile'),
  });
  return value === undefined || value.Status === 'Deleting'
    ? undefined
    : { name, described: value };
}
