// The launch test (`user-profile`): start the new version for real, where no user sees
// it, before anything is released. main.ts runs it once the version is CREATED and its
// AppImageConfig exists, and before any alias moves, any domain changes or any version is retired.
// It makes the image launchable for the test profile (a temporary entry, when needed), creates a
// private space and an app in it, waits for InService or Failed, and always cleans up: the app (once
// it is no longer Pending), the space, the entry. A clean-up that fails is reported, with the
// command that finishes it; a test that fails or times out fails the step, after the clean-up.
import type {
  DescribeAppResponse,
  DescribeUserProfileResponse,
  UpdateUserProfileRequest,
  UserSettings,
} from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import type { PlannedRequest } from '../common/planned-request.js';
import { errorFacts } from '../aws/errors.js';
import type * as LaunchApiModule from '../aws/launch-api.js';
import type { SageMakerClient } from '../aws/sagemaker.js';
import type { StudioAppType } from '../inputs/studio-inputs.js';
import type { Clock } from '../wait/clock.js';
import { PollFailure, pollUntilSettled, type PollOptions, type Verdict } from '../wait/poll.js';
import {
  cleanupWarning,
  deleteAppCommand,
  deleteSpaceCommand,
  launchFailureMessage,
  launchPassedLine,
  notListedMessage,
  saysNotListed,
  updateProfileCommand,
  type CleanupProblem,
  type LaunchEnd,
} from './messages.js';
import {
  judgeDeletable,
  judgeDeleted,
  judgeStart,
  launchTarget,
  listsEntry,
  planEntry,
  planEntryRemoval,
  planLaunch,
  plannedRequests,
  type LaunchPlan,
  type LaunchSettings,
  type LaunchTarget,
  type StartResult,
} from './plan.js';

/** The SageMaker calls the launch test makes; each takes the client first (the session's `api`). */
export type LaunchApi = Pick<
  typeof LaunchApiModule,
  | 'describeUserProfile'
  | 'updateUserProfile'
  | 'createSpace'
  | 'deleteSpace'
  | 'createApp'
  | 'describeApp'
  | 'deleteApp'
>;

export interface LaunchCalls {
  readonly api: LaunchApi;
  readonly client: SageMakerClient;
}

/** How the run's waits behave (`waitSettings()` of the session, without its time limit). */
export type LaunchWaits = Pick<
  PollOptions<unknown, unknown>,
  'canRetry' | 'explain' | 'clock' | 'maxDelayMs' | 'log'
>;

export interface LaunchTestParams {
  readonly settings: LaunchSettings;
  readonly imageVersionArn: string;
  /** The image's name as given (its ARN holds it in lower case); default: the ARN's. */
  readonly imageName?: string;
  readonly appImageConfigName: string;
  readonly appType: StudioAppType;
  /** Something unique to the run (run id and attempt): part of the space's name. */
  readonly runTag: string;
  readonly clock: Clock;
  readonly calls: LaunchCalls;
  readonly log: (line: string) => void;
  /** Where each clean-up problem is told (default: `log`); main.ts makes them warnings. */
  readonly warn?: (line: string) => void;
  readonly waits: LaunchWaits;
  /**
   * How long each other wait may last: the profile settling after a write, the app leaving Pending
   * before it can be deleted, its deletion. Default: the launch timeout.
   */
  readonly settleTimeoutMs?: number;
}

export interface LaunchOutcome {
  readonly passed: true;
  /** From CreateApp to InService. */
  readonly seconds: number;
  /** What the clean-up could not remove (each also told through `warn`). */
  readonly cleanupProblems: readonly CleanupProblem[];
  /** One line for the log and the step summary. */
  readonly summary: string;
}

/** The version did not come up (Failed, or still Pending at the timeout): the step's failure. */
export class LaunchTestFailure extends ActionError {
  readonly seconds: number;
  readonly cleanupProblems: readonly CleanupProblem[];
  constructor(message: string, waited: number, cleanupProblems: readonly CleanupProblem[]) {
    super(message);
    this.seconds = waited;
    this.cleanupProblems = cleanupProblems;
  }
}

/**
 * Read-modify-writes of the profile per change, the first included: each one after the first means
 * another writer saved the profile from an older read in between.
 */
export const MAX_PROFILE_WRITES = 3;

/** What the test made, so that the clean-up removes exactly that ('maybe': the answer was lost). */
interface Made {
  /** The write that removes the entry added (planned from the write that added it). */
  entry: UpdateUserProfileRequest | undefined;
  /** The profile had no list of its own: it gets none back (see planEntryRemoval). */
  dropEmptyList: boolean;
  space: 'no' | 'maybe';
  app: 'no' | 'maybe';
}

type Started = (StartResult | { readonly status: 'timed-out'; readonly lastStatus?: string }) & {
  readonly seconds: number;
};

/** Runs the launch test; throws LaunchTestFailure when the version does not come up. */
export async function runLaunchTest(params: LaunchTestParams): Promise<LaunchOutcome> {
  const plan = planLaunch({
    ...params,
    target: launchTarget(params.imageVersionArn, params.imageName),
  });
  const made: Made = { entry: undefined, dropEmptyList: false, space: 'no', app: 'no' };
  let started: Started | undefined;
  let error: unknown;
  try {
    started = await launch(params, plan, made);
  } catch (caught) {
    error = caught;
  }
  const problems = await cleanUp(params, plan, made);
  for (const problem of problems) (params.warn ?? params.log)(cleanupWarning(problem));
  if (started === undefined) throw error;
  if (started.status === 'InService') {
    const summary = launchPassedLine(plan, started.seconds);
    params.log(summary);
    return { passed: true, seconds: started.seconds, cleanupProblems: problems, summary };
  }
  const end: LaunchEnd =
    started.status === 'Failed'
      ? { kind: 'failed', reason: started.reason, seconds: started.seconds }
      : { kind: 'timed-out', lastStatus: started.lastStatus, seconds: started.seconds };
  throw new LaunchTestFailure(launchFailureMessage(plan, end), started.seconds, problems);
}

/**
 * The writes the launch test would send, for the dry run (and, before anything is created, to
 * check the test profile): reads the profile only. `target` is the version, or plannedTarget().
 */
export async function planLaunchTest(
  params: Omit<LaunchTestParams, 'imageVersionArn'> & { readonly target: LaunchTarget },
): Promise<PlannedRequest[]> {
  const plan = planLaunch(params);
  const profile = await readSettledProfile(params, plan);
  return plannedRequests(plan, profile.UserSettings);
}

/** Awaits a call; on failure, `noted` sees the error first (and may throw another). */
async function sending(call: () => Promise<void>, noted: (error: unknown) => void): Promise<void> {
  try {
    await call();
  } catch (error) {
    noted(error);
    throw error;
  }
}

/** A delete of something already gone is done. */
async function unlessGone(remove: () => Promise<void>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (errorFacts(error).name !== 'ResourceNotFound') throw error;
  }
}

async function launch(params: LaunchTestParams, plan: LaunchPlan, made: Made): Promise<Started> {
  const { calls, log, clock } = params;
  const { api, client } = calls;
  const { settings, target } = plan;
  const profile = await readSettledProfile(params, plan);
  const entry = planEntry(plan, profile.UserSettings);
  if (entry.request === undefined) {
    log(
      `Launch test: user profile ${settings.userProfileName} already lists image ${target.imageName}; no temporary entry.`,
    );
  } else {
    made.dropEmptyList = !entry.ownList;
    made.entry = planEntryRemoval(plan, entry.request.UserSettings, made.dropEmptyList);
    if (!(await addEntry(params, plan, entry.request))) made.entry = undefined;
  }
  const { createSpace } = plan;
  if (createSpace !== undefined) {
    made.space = 'maybe';
    await sending(
      () => api.createSpace(client, createSpace),
      (error) => {
        if (errorFacts(error).name === 'ResourceInUse') made.space = 'no'; // not this run's: keep it
      },
    );
    log(
      `Launch test: created private space ${plan.name} of user profile ${settings.userProfileName}.`,
    );
  }
  const startedAt = clock.now();
  made.app = 'maybe';
  await sending(
    () => api.createApp(client, plan.createApp),
    (error) => {
      const { name, message } = errorFacts(error);
      if (name === 'ResourceInUse') made.app = 'no';
      if (saysNotListed(message)) {
        made.app = 'no';
        throw new ActionError(notListedMessage(plan, message));
      }
    },
  );
  log(
    `Launch test: started ${target.imageName}:${target.version} as a ${plan.appType} app on ${settings.instanceType}; waiting for InService (up to ${settings.timeoutSeconds} s).`,
  );
  return waitForStart(params, plan, startedAt);
}

async function waitForStart(
  params: LaunchTestParams,
  plan: LaunchPlan,
  startedAt: number,
): Promise<Started> {
  const { api, client } = params.calls;
  const timeoutMs = plan.settings.timeoutSeconds * 1000;
  const waited = (): number => (params.clock.now() - startedAt) / 1000;
  try {
    const { value } = await pollUntilSettled({
      ...params.waits,
      subject: `launch test app (${plan.appType}, ${plan.name})`,
      read: () => api.describeApp(client, plan.app),
      statusOf: (app) => app?.Status ?? 'missing',
      judge: judgeStart,
      timeoutMs,
    });
    return { ...value, seconds: waited() };
  } catch (error) {
    if (!(error instanceof PollFailure) || waited() * 1000 < timeoutMs) throw error;
    return {
      status: 'timed-out',
      ...(error.lastStatus === undefined ? {} : { lastStatus: error.lastStatus }),
      seconds: waited(),
    };
  }
}

/** Reads once and, when not settled, waits with the run's poll machinery. */
async function settle<T, S>(
  params: Pick<LaunchTestParams, 'waits' | 'settleTimeoutMs' | 'settings'>,
  subject: string,
  read: () => Promise<S>,
  statusOf: (state: S) => string,
  judge: (state: S) => Verdict<T>,
): Promise<T> {
  const first = judge(await read());
  if (first.kind === 'done') return first.value;
  if (first.kind === 'failed') throw new ActionError(first.message);
  const { value } = await pollUntilSettled({
    ...params.waits,
    subject,
    read,
    statusOf,
    judge,
    timeoutMs: params.settleTimeoutMs ?? params.settings.timeoutSeconds * 1000,
  });
  return value;
}

/** What a user profile's status means for writing it. Pure. */
export function judgeProfile(
  profile: DescribeUserProfileResponse,
): Verdict<DescribeUserProfileResponse> {
  const status = profile.Status ?? 'InService';
  if (status === 'InService') return { kind: 'done', value: profile };
  if (status === 'Pending' || status === 'Updating') return { kind: 'pending' };
  return {
    kind: 'failed',
    message:
      `Launch test: user profile "${profile.UserProfileName ?? ''}" is ${status}` +
      `${profile.FailureReason ? `: ${profile.FailureReason}` : ''}. Fix it, or set ` +
      '`user-profile` to another profile kept for CI, then re-run.',
  };
}

function readSettledProfile(
  params: Pick<LaunchTestParams, 'calls' | 'waits' | 'settleTimeoutMs' | 'settings'>,
  plan: LaunchPlan,
): Promise<DescribeUserProfileResponse> {
  const { api, client } = params.calls;
  const { domainId, userProfileName } = plan.settings;
  return settle(
    params,
    `user profile ${userProfileName}`,
    () => api.describeUserProfile(client, domainId, userProfileName),
    (profile) => profile.Status ?? 'InService',
    judgeProfile,
  );
}

/** Sends one profile write; a lost or refused-for-now answer is left to the next read to judge. */
async function writeProfile(
  params: LaunchTestParams,
  request: UpdateUserProfileRequest,
): Promise<void> {
  try {
    await params.calls.api.updateUserProfile(params.calls.client, request);
  } catch (error) {
    if (!params.waits.canRetry(error)) throw error;
    params.log(
      `Launch test: UpdateUserProfile got no answer (${errorFacts(error).name}); reading the profile again.`,
    );
  }
}

/**
 * Adds the entry, and sees it listed (another writer may save the profile from an older read).
 * False when another run listed the image meanwhile: the entry there is not this run's to remove.
 */
async function addEntry(
  params: LaunchTestParams,
  plan: LaunchPlan,
  first: UpdateUserProfileRequest,
): Promise<boolean> {
  let request = first;
  for (let write = 1; write <= MAX_PROFILE_WRITES; write++) {
    await writeProfile(params, request);
    const settings: UserSettings | undefined = (await readSettledProfile(params, plan))
      .UserSettings;
    if (listsEntry(plan, settings)) {
      params.log(
        `Launch test: added ${plan.target.imageName} to user profile ${plan.settings.userProfileName} for this run.`,
      );
      return true;
    }
    const again = planEntry(plan, settings);
    if (again.request === undefined) return false;
    request = again.request;
  }
  throw new ActionError(
    `Launch test: user profile "${plan.settings.userProfileName}": other writers overwrote this ` +
      `run's entry ${MAX_PROFILE_WRITES} times in a row. Keep the profile for one pipeline at a ` +
      'time (a `concurrency:` group), then re-run; nothing was created.',
  );
}

/** Removes what the test made, in order; returns what it could not. */
async function cleanUp(
  params: LaunchTestParams,
  plan: LaunchPlan,
  made: Made,
): Promise<CleanupProblem[]> {
  const problems: CleanupProblem[] = [];
  const appProblem = made.app === 'no' ? undefined : await removeApp(params, plan);
  if (appProblem !== undefined) problems.push(appProblem);
  if (made.space !== 'no') {
    const spaceProblem =
      appProblem === undefined
        ? await removeSpace(params, plan)
        : {
            what: `the private space ${plan.name}`,
            reason: 'SageMaker deletes a space only once its app is deleted',
            command: deleteSpaceCommand(plan),
          };
    if (spaceProblem !== undefined) problems.push(spaceProblem);
  }
  if (made.entry !== undefined) {
    const entryProblem = await removeEntry(params, plan, made.entry, made.dropEmptyList);
    if (entryProblem !== undefined) problems.push(entryProblem);
  }
  return problems;
}

/** Why a clean-up step did not finish, in a few words. */
function reasonOf(params: LaunchTestParams, error: unknown): string {
  if (error instanceof PollFailure) {
    return `it was still ${error.lastStatus ?? 'unknown'} when the clean-up stopped waiting`;
  }
  return error instanceof ActionError ? error.message : params.waits.explain(error);
}

async function removeApp(
  params: LaunchTestParams,
  plan: LaunchPlan,
): Promise<CleanupProblem | undefined> {
  const { api, client } = params.calls;
  const read = () => api.describeApp(client, plan.app);
  const statusOf = (app: DescribeAppResponse | undefined): string => app?.Status ?? 'missing';
  const subject = `launch test app (${plan.appType}, ${plan.name})`;
  try {
    const app = await settle(params, subject, read, statusOf, judgeDeletable);
    if (app === undefined) return undefined;
    if (app.Status !== 'Deleting' && app.Status !== 'Deleted') {
      await unlessGone(() => api.deleteApp(client, plan.app));
    }
    await settle(params, subject, read, statusOf, judgeDeleted);
    params.log(`Launch test: deleted the test app (${plan.appType}, ${plan.name}).`);
    return undefined;
  } catch (error) {
    return {
      what: `the ${plan.appType} app ${plan.app.AppName ?? ''} (${plan.name})`,
      reason: reasonOf(params, error),
      command: deleteAppCommand(plan),
    };
  }
}

async function removeSpace(
  params: LaunchTestParams,
  plan: LaunchPlan,
): Promise<CleanupProblem | undefined> {
  const { api, client } = params.calls;
  try {
    await unlessGone(() => api.deleteSpace(client, plan.settings.domainId, plan.name));
    params.log(`Launch test: deleted private space ${plan.name}.`);
    return undefined;
  } catch (error) {
    return {
      what: `the private space ${plan.name}`,
      reason: reasonOf(params, error),
      command: deleteSpaceCommand(plan),
    };
  }
}

/**
 * Removes exactly the entry the test added: read, remove, write, and read again to see it gone. A
 * profile that had no list of its own gets none back; should SageMaker keep the list all the same
 * (not documented), the next write sends it empty.
 */
async function removeEntry(
  params: LaunchTestParams,
  plan: LaunchPlan,
  planned: UpdateUserProfileRequest,
  dropEmptyList: boolean,
): Promise<CleanupProblem | undefined> {
  let removal: UpdateUserProfileRequest | undefined;
  try {
    for (let write = 0; ; write++) {
      const { UserSettings } = await readSettledProfile(params, plan);
      removal = planEntryRemoval(plan, UserSettings, dropEmptyList && write === 0);
      if (removal === undefined) {
        params.log(
          `Launch test: removed the temporary entry from user profile ${plan.settings.userProfileName}.`,
        );
        return undefined;
      }
      if (write === MAX_PROFILE_WRITES) throw new ActionError('other writers kept putting it back');
      await writeProfile(params, removal);
    }
  } catch (error) {
    return {
      what: `the entry for ${plan.target.imageName} in user profile ${plan.settings.userProfileName}`,
      reason: reasonOf(params, error),
      command: updateProfileCommand(plan, removal ?? planned),
    };
  }
}
