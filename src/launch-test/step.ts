// The launch test (`./launch-test`): start the version for real, where no user sees it, before it
// is released. It makes a temporary AppImageConfig from `app-image-config` (named after the run),
// makes the image launchable for the test profile (a temporary entry naming that config), creates a
// private space and an app in it, waits for InService or Failed, and always cleans up: the app (once
// it is no longer Pending), the space, the entry, the config. What it made, or may have made (a
// create whose answer was lost), is told to `save` before each create is sent and as each is
// removed: the post step (post.ts) removes whatever a cancelled or killed run left. A clean-up that
// leaves anything fails the step, with the commands that finish it; so does a test that fails or
// times out.
import type {
  CreateAppImageConfigRequest,
  DescribeAppResponse,
  DescribeUserProfileResponse,
  UpdateUserProfileRequest,
} from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import type { PlannedRequest } from '../common/planned-request.js';
import { errorFacts } from '../aws/errors.js';
import { MAX_WRITES, readModifyWrite, type WriteContext } from '../core/read-modify-write.js';
import type * as SageMakerApi from '../aws/api.js';
import type { SageMakerClient } from '../aws/sagemaker-client.js';
import type { StudioAppType } from '../inputs/studio-inputs.js';
import type { Clock } from '../wait/clock.js';
import { PollFailure, pollUntilSettled, type PollOptions, type Verdict } from '../wait/poll.js';
import {
  cleanupFailureMessage,
  cleanupWarning,
  deleteAppCommand,
  deleteConfigCommand,
  deleteSpaceCommand,
  launchFailureMessage,
  launchPassedLine,
  notListedMessage,
  saysNotListed,
  seenAfterTimeoutLine,
  timedOutLine,
  updateProfileCommand,
  type CleanupProblem,
  type LaunchEnd,
  type SeenAfterTimeout,
} from './messages.js';
import {
  judgeDeletable,
  judgeDeleted,
  judgeStart,
  launchTarget,
  planEntry,
  planEntryRemoval,
  restoreOf,
  type EntryPlan,
  type EntryRestore,
  planInputOf,
  planLaunch,
  plannedRequests,
  type LaunchPlan,
  type LaunchPlanInput,
  type LaunchSettings,
  type LaunchTarget,
  type StartResult,
} from './plan.js';

/** The SageMaker calls the launch test makes; each takes the client first (the session's `api`). */
export type LaunchApi = Pick<
  typeof SageMakerApi,
  | 'describeUserProfile'
  | 'updateUserProfile'
  | 'createSpace'
  | 'describeSpace'
  | 'deleteSpace'
  | 'createApp'
  | 'describeApp'
  | 'deleteApp'
  | 'createAppImageConfig'
  | 'describeAppImageConfig'
  | 'deleteAppImageConfig'
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
  /** Without `configRequest`: the existing AppImageConfig the entry names. */
  readonly appImageConfigName?: string;
  /** The temporary AppImageConfig's request but its name (the plan names it after the run). */
  readonly configRequest?: Omit<CreateAppImageConfigRequest, 'AppImageConfigName'>;
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
  /** Told what the test made each time that changes (main.ts saves it as the step's state). */
  readonly save?: (state: LaunchState) => void;
}

export interface LaunchOutcome {
  readonly passed: true;
  /** From CreateApp to InService. */
  readonly seconds: number;
  /** What the clean-up could not remove: always empty (anything left fails the step). */
  readonly cleanupProblems: readonly CleanupProblem[];
  /** One line for the log and the step summary. */
  readonly summary: string;
}

/**
 * The step fails: the version did not come up (Failed, or still Pending at the timeout), or the
 * clean-up left something (then the message leads with it, whatever the test said).
 */
export class LaunchTestFailure extends ActionError {
  readonly seconds: number;
  readonly cleanupProblems: readonly CleanupProblem[];
  /** Whether the version came up (the clean-up is what failed). */
  readonly passed: boolean;
  constructor(
    message: string,
    waited: number,
    cleanupProblems: readonly CleanupProblem[],
    passed = false,
  ) {
    super(message);
    this.seconds = waited;
    this.cleanupProblems = cleanupProblems;
    this.passed = passed;
  }
}

/** The run was cancelled: nothing more is created. */
export class LaunchCancelled extends ActionError {}

/** What the run throws once cancelled, wherever it was. */
function cancelledError(): LaunchCancelled {
  return new LaunchCancelled('Launch test cancelled.');
}

/**
 * Read-modify-writes of the profile per change, the first included: each one after the first means
 * another writer saved the profile from an older read in between.
 */
export const MAX_PROFILE_WRITES = MAX_WRITES;

/**
 * What the test made, so that the clean-up removes exactly that ('maybe': sent, and the answer not
 * seen yet or lost). Plain data: the step's state, read back by the post step.
 */
export interface Made {
  config: 'no' | 'maybe';
  /** The write that removes the entry added (planned from the write that added it). */
  entry: UpdateUserProfileRequest | undefined;
  /** How the entry is taken away: no list sent back, or the profile's own entry put back. */
  restore: EntryRestore;
  space: 'no' | 'maybe';
  app: 'no' | 'maybe';
}

/** The step's state: enough to plan the clean-up again, and what to remove. */
export interface LaunchState {
  readonly plan: LaunchPlanInput;
  readonly made: Made;
}

export const NOTHING_MADE: Made = {
  config: 'no',
  entry: undefined,
  restore: {},
  space: 'no',
  app: 'no',
};

/** Whether anything is (or may be) left. */
export function anythingMade(made: Made): boolean {
  return (
    made.config !== 'no' || made.entry !== undefined || made.space !== 'no' || made.app !== 'no'
  );
}

/** The commands that remove what `made` holds, in the clean-up's order. */
export function removalCommands(plan: LaunchPlan, made: Made): string[] {
  return [
    ...(made.app === 'no' ? [] : [deleteAppCommand(plan)]),
    ...(made.space === 'no' ? [] : [deleteSpaceCommand(plan)]),
    ...(made.entry === undefined ? [] : [updateProfileCommand(plan, made.entry)]),
    ...(made.config === 'no' ? [] : [deleteConfigCommand(plan)]),
  ];
}

type Started = (
  StartResult | { readonly status: 'timed-out'; readonly lastStatus: string | undefined }
) & {
  readonly seconds: number;
};

/** A launch test under way: its result, and a cancel that removes what it made at once. */
export interface LaunchRun {
  readonly plan: LaunchPlan;
  /** The outcome; a LaunchTestFailure once the clean-up ran, when the test or the clean-up failed. */
  readonly result: Promise<LaunchOutcome>;
  /** Stops creating and removes what was made (the same clean-up the run ends with, once). */
  cancel(): Promise<readonly CleanupProblem[]>;
  /** The commands that remove what the test made so far. */
  commands(): string[];
}

/** What one run shares between its steps: what it made, and whether it was cancelled. */
interface RunState {
  readonly made: Made;
  cancelled: boolean;
  /** The create being sent, whose answer the clean-up waits for before removing anything. */
  inFlight: Promise<unknown> | undefined;
  /** When CreateApp was sent (the test's and the clean-up's app lines count from it). */
  appSentAt: number | undefined;
  /** Whether the test stopped waiting at the timeout: the clean-up then says when the app came up. */
  timedOut: boolean;
  /** What the reads of the app saw, for that. */
  readonly watch: AppWatch;
  readonly save: () => void;
}

/** What the reads of the test app saw, in seconds since CreateApp. */
interface AppWatch {
  /** The last read that saw it Pending. */
  pendingSeconds: number | undefined;
  /** The first read that saw it no longer Pending. */
  settled:
    | { readonly status: string; readonly reason?: string | undefined; readonly seconds: number }
    | undefined;
  /** The last read. */
  last: { readonly status: string; readonly seconds: number } | undefined;
  /** Whether the clean-up has said what it saw. */
  told: boolean;
}

function newWatch(): AppWatch {
  // Stryker disable next-line ObjectLiteral: each field left out reads as its start (undefined, false)
  return { pendingSeconds: undefined, settled: undefined, last: undefined, told: false };
}

/** Starts the launch test; `result` settles once it and its clean-up are done. */
export function startLaunchTest(params: LaunchTestParams): LaunchRun {
  const plan = planLaunch({
    ...params,
    target: launchTarget(params.imageVersionArn, params.imageName),
  });
  const state: RunState = {
    made: { ...NOTHING_MADE },
    cancelled: false,
    inFlight: undefined,
    appSentAt: undefined,
    timedOut: false,
    watch: newWatch(),
    save: () => params.save?.({ plan: planInputOf(plan, params.runTag), made: { ...state.made } }),
  };
  let cleaning: Promise<CleanupProblem[]> | undefined;
  const cleanUpOnce = (): Promise<CleanupProblem[]> =>
    (cleaning ??= (async () => {
      await state.inFlight?.catch(() => undefined);
      return cleanUp(params, plan, state);
    })());
  return {
    plan,
    result: launchAndCleanUp(params, plan, state, cleanUpOnce),
    cancel: () => {
      state.cancelled = true;
      return cleanUpOnce();
    },
    commands: () => removalCommands(plan, state.made),
  };
}

/**
 * The post step's clean-up: plans the test again from the saved state and removes what it says is
 * (or may be) left, telling `save` as each goes. Returns what it could not remove.
 */
export function cleanUpAfter(
  params: Omit<LaunchTestParams, 'settings' | 'imageVersionArn' | 'appType' | 'runTag'>,
  saved: LaunchState,
): Promise<CleanupProblem[]> {
  const plan = planLaunch(saved.plan);
  const state: RunState = {
    made: { ...NOTHING_MADE, ...saved.made },
    // Stryker disable next-line BooleanLiteral: nothing here creates (the only reader of `cancelled`)
    cancelled: true,
    inFlight: undefined,
    appSentAt: undefined,
    // Stryker disable next-line BooleanLiteral: without appSentAt no read is noted, so none is told
    timedOut: false,
    watch: newWatch(),
    save: () => params.save?.({ plan: saved.plan, made: { ...state.made } }),
  };
  return cleanUp(
    { ...params, ...saved.plan, imageVersionArn: saved.plan.target.versionArn },
    plan,
    state,
  );
}

/** Runs the launch test; throws LaunchTestFailure when the version does not come up. */
export function runLaunchTest(params: LaunchTestParams): Promise<LaunchOutcome> {
  return startLaunchTest(params).result;
}

async function launchAndCleanUp(
  params: LaunchTestParams,
  plan: LaunchPlan,
  state: RunState,
  cleanUpOnce: () => Promise<CleanupProblem[]>,
): Promise<LaunchOutcome> {
  let started: Started | undefined;
  let error: unknown;
  try {
    started = await launch(params, plan, state);
  } catch (caught) {
    error = caught;
  }
  const problems = await cleanUpOnce();
  for (const problem of problems) (params.warn ?? params.log)(cleanupWarning(problem));
  if (started === undefined) {
    if (problems.length === 0 || state.cancelled) throw error;
    const says = error instanceof Error ? error.message : String(error);
    throw new LaunchTestFailure(cleanupFailureMessage(problems, says), 0, problems);
  }
  if (started.status === 'InService') {
    const summary = launchPassedLine(plan, started.seconds);
    params.log(summary);
    if (problems.length > 0) {
      const message = cleanupFailureMessage(problems, summary);
      throw new LaunchTestFailure(message, started.seconds, problems, true);
    }
    return { passed: true, seconds: started.seconds, cleanupProblems: problems, summary };
  }
  const end: LaunchEnd =
    started.status === 'Failed'
      ? { kind: 'failed', reason: started.reason, seconds: started.seconds }
      : {
          // Stryker disable next-line StringLiteral: launchFailureMessage tells 'failed' from the rest
          kind: 'timed-out',
          lastStatus: started.lastStatus,
          seconds: started.seconds,
          seen: seenOf(state.watch),
        };
  const says = launchFailureMessage(plan, end);
  const message = problems.length === 0 ? says : cleanupFailureMessage(problems, says);
  throw new LaunchTestFailure(message, started.seconds, problems);
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

/** A delete of something already gone is done. */
async function unlessGone(remove: () => Promise<void>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (errorFacts(error).name !== 'ResourceNotFound') throw error;
  }
}

/**
 * Sends one create, unless the run was cancelled: `made` is marked and saved first, so that a run
 * killed while the request is on its way still has it removed. `inUse` decides whether a
 * ResourceInUse answer means this run's own resource (the SDK resent a create whose answer was
 * lost): then the create counts as done; if not, `refused` unmarks it (someone else's: kept). Any
 * other failure leaves it marked: the clean-up finds out (a delete of nothing is done).
 */
async function create(
  state: RunState,
  mark: () => void,
  send: () => Promise<unknown>,
  inUse: () => Promise<boolean>,
  refused: () => void,
): Promise<void> {
  if (state.cancelled) throw cancelledError();
  mark();
  state.save();
  // A send that throws at once is a refused create like any other.
  // Left in place once settled: the clean-up's wait for a settled send is over at once.
  const sending = (async () => send())();
  state.inFlight = sending;
  try {
    await sending;
  } catch (error) {
    if (errorFacts(error).name !== 'ResourceInUse') throw error;
    if (await inUse()) return;
    refused();
    state.save();
    throw error;
  }
}

/** Logs that a create met this run's own resource. */
function ownResourceLine(what: string): string {
  return (
    `Launch test: ${what} already existed: this run's own (its name carries the run's id; the ` +
    'SDK resent a create whose answer was lost). Going on with it; the clean-up removes it.'
  );
}

async function createConfig(params: LaunchTestParams, plan: LaunchPlan, state: RunState) {
  const { api, client } = params.calls;
  const request = plan.createConfig;
  if (request === undefined) return;
  // Stryker disable next-line StringLiteral: the plan always names it
  const name = request.AppImageConfigName ?? '';
  await create(
    state,
    () => (state.made.config = 'maybe'),
    () => api.createAppImageConfig(client, request),
    async () => {
      const ours = (await api.describeAppImageConfig(client, name)) !== undefined;
      if (ours) params.log(ownResourceLine(`AppImageConfig ${name}`));
      return ours;
    },
    () => (state.made.config = 'no'),
  );
  params.log(
    `Launch test: created the temporary AppImageConfig ${name} from \`app-image-config\`.`,
  );
}

async function createSpace(params: LaunchTestParams, plan: LaunchPlan, state: RunState) {
  const { api, client } = params.calls;
  const { createSpace: request, settings, name } = plan;
  if (request === undefined) return;
  let owner: string | undefined;
  await create(
    state,
    () => (state.made.space = 'maybe'),
    () => api.createSpace(client, request),
    async () => {
      const space = await api.describeSpace(client, settings.domainId, name);
      owner = space?.OwnershipSettings?.OwnerUserProfileName;
      const ours = owner === settings.userProfileName;
      if (ours) params.log(ownResourceLine(`private space ${name}`));
      return ours;
    },
    () => (state.made.space = 'no'), // not this run's: keep it
  ).catch((error: unknown) => {
    if (owner === undefined) throw error;
    throw new ActionError(
      `Launch test: a space named ${name} already exists in Studio domain ${settings.domainId}, ` +
        `owned by user profile ${owner}, not by ${settings.userProfileName}: not this run's. ` +
        'Keep the `lt-` names for the launch test, then re-run.',
    );
  });
  params.log(
    `Launch test: created private space ${name} of user profile ${settings.userProfileName}.`,
  );
}

async function createApp(params: LaunchTestParams, plan: LaunchPlan, state: RunState) {
  const { api, client } = params.calls;
  await create(
    state,
    () => {
      state.made.app = 'maybe';
      state.appSentAt = params.clock.now();
    },
    async () => {
      try {
        await api.createApp(client, plan.createApp);
      } catch (error) {
        const { message } = errorFacts(error);
        if (saysNotListed(message)) throw new ActionError(notListedMessage(plan, message));
        throw error;
      }
    },
    async () => {
      const app = await api.describeApp(client, plan.app);
      const ours = app !== undefined && app.Status !== 'Deleted' && app.Status !== 'Deleting';
      if (ours) params.log(ownResourceLine(`the test app (${plan.appType}, ${plan.name})`));
      return ours;
    },
    () => (state.made.app = 'no'),
  );
}

async function launch(
  params: LaunchTestParams,
  plan: LaunchPlan,
  state: RunState,
): Promise<Started> {
  const { log } = params;
  const { settings, target } = plan;
  const profile = await readSettledProfile(params, plan);
  const entry = planEntry(plan, profile.UserSettings);
  await createConfig(params, plan, state);
  if (entry.request === undefined) {
    log(
      `Launch test: user profile ${settings.userProfileName} already lists image ${target.imageName}; no temporary entry.`,
    );
  } else {
    await addEntry(params, plan, state, entry);
  }
  await createSpace(params, plan, state);
  await createApp(params, plan, state);
  const startedAt = state.appSentAt ?? params.clock.now();
  log(
    `Launch test: started ${target.imageName}:${target.version} as a ${plan.appType} app on ${settings.instanceType}; waiting for InService (up to ${settings.timeoutSeconds} s).`,
  );
  return waitForStart(params, plan, state, startedAt);
}

async function waitForStart(
  params: LaunchTestParams,
  plan: LaunchPlan,
  state: RunState,
  startedAt: number,
): Promise<Started> {
  const timeoutMs = plan.settings.timeoutSeconds * 1000;
  const waited = (): number => (params.clock.now() - startedAt) / 1000;
  try {
    const { value } = await pollUntilSettled({
      ...params.waits,
      subject: `Launch test, waiting for InService: ${testApp(plan)}`,
      read: () => {
        if (state.cancelled) throw cancelledError();
        return readApp(params, plan, state);
      },
      statusOf: appStatus,
      judge: judgeStart,
      timeoutMs,
      since: { at: startedAt, label: 'CreateApp' },
    });
    return { ...value, seconds: waited() };
  } catch (error) {
    // A cancel that lands as the wait ends (at the timeout) is a cancel, not a timeout.
    if (state.cancelled) throw cancelledError();
    if (!(error instanceof PollFailure) || waited() * 1000 < timeoutMs) throw error;
    state.timedOut = true;
    params.log(timedOutLine(plan, error.lastStatus, waited()));
    // Stryker disable next-line StringLiteral: launchAndCleanUp tells InService and Failed from the rest
    return { status: 'timed-out', lastStatus: error.lastStatus, seconds: waited() };
  }
}

/** The test app, as the log lines name it. */
function testApp(plan: LaunchPlan): string {
  return `the test app (${plan.appType}, ${plan.name})`;
}

function appStatus(app: DescribeAppResponse | undefined): string {
  return app?.Status ?? 'missing';
}

/** Reads the test app, noting what the read saw (for what the clean-up says after a timeout). */
async function readApp(
  params: LaunchTestParams,
  plan: LaunchPlan,
  state: RunState,
): Promise<DescribeAppResponse | undefined> {
  const app = await params.calls.api.describeApp(params.calls.client, plan.app);
  // Stryker disable next-line ConditionalExpression: the post step's clean-up (no CreateApp sent) never timed out, so tells nothing
  if (state.appSentAt !== undefined) {
    noteRead(state.watch, app, (params.clock.now() - state.appSentAt) / 1000);
  }
  return app;
}

function noteRead(watch: AppWatch, app: DescribeAppResponse | undefined, at: number): void {
  const status = appStatus(app);
  watch.last = { status, seconds: at };
  if (watch.settled !== undefined) return;
  if (status === 'Pending') watch.pendingSeconds = at;
  else watch.settled = { status, seconds: at, reason: app?.FailureReason };
}

/** What the reads saw after a timeout: the app came InService or Failed, or it never did. */
function seenOf(watch: AppWatch): SeenAfterTimeout | undefined {
  const { settled, pendingSeconds } = watch;
  if (settled?.status === 'InService' || settled?.status === 'Failed') {
    return {
      kind: 'came',
      status: settled.status,
      reason: settled.reason,
      seconds: settled.seconds,
      pendingSeconds,
    };
  }
  const seen = settled ?? watch.last;
  return seen && { kind: 'never', lastStatus: seen.status, seconds: seen.seconds };
}

/** After a timeout, logs (once) what the clean-up saw of the app: when it came up, or that it did not. */
function tellSeen(params: LaunchTestParams, plan: LaunchPlan, state: RunState): void {
  const seen = seenOf(state.watch);
  if (!state.timedOut || state.watch.told || seen === undefined) return;
  state.watch.told = true;
  params.log(seenAfterTimeoutLine(plan, seen));
}

/** Reads once and, when not settled, waits with the run's poll machinery. */
async function settle<T, S>(
  params: Pick<LaunchTestParams, 'waits' | 'settleTimeoutMs' | 'settings'>,
  subject: string,
  read: () => Promise<S>,
  statusOf: (state: S) => string,
  judge: (state: S) => Verdict<T>,
  since?: PollOptions<T, S>['since'],
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
    since,
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

/** Reads the test profile once it settled; `who` labels the wait's lines (the test's, or the clean-up's). */
function readSettledProfile(
  params: Pick<LaunchTestParams, 'calls' | 'waits' | 'settleTimeoutMs' | 'settings'>,
  plan: LaunchPlan,
  who: 'Launch test' | 'Launch test clean-up' = 'Launch test',
): Promise<DescribeUserProfileResponse> {
  const { api, client } = params.calls;
  const { domainId, userProfileName } = plan.settings;
  return settle(
    params,
    `${who}, waiting for the profile to settle: user profile ${userProfileName}`,
    () => api.describeUserProfile(client, domainId, userProfileName),
    // Stryker disable next-line StringLiteral: a profile without a status is done, and only waits are labelled
    (profile) => profile.Status ?? 'InService',
    judgeProfile,
  );
}

/**
 * Adds the entry with the read-modify-write ./studio uses, and sees it listed (another writer may
 * save the profile from an older read). The entry is marked as made, with what takes it away,
 * before each write.
 */
async function addEntry(
  params: LaunchTestParams,
  plan: LaunchPlan,
  state: RunState,
  first: EntryPlan,
): Promise<void> {
  let current = first;
  await readModifyWrite(
    writeContext(params),
    {
      ...profileTarget(params, plan),
      overwritten:
        `Launch test: user profile "${plan.settings.userProfileName}": other writers overwrote ` +
        `this run's entry ${MAX_PROFILE_WRITES} times in a row. Keep the profile for one pipeline ` +
        'at a time (a `concurrency:` group), then re-run.',
      readAndPlan: async () => {
        current = planEntry(plan, (await readSettledProfile(params, plan)).UserSettings);
        return current;
      },
      send: async (request) => {
        if (state.cancelled) throw cancelledError();
        state.made.restore = restoreOf(current);
        state.made.entry = planEntryRemoval(plan, request.UserSettings, state.made.restore);
        state.save();
        await params.calls.api.updateUserProfile(params.calls.client, request);
      },
    },
    first,
  );
  params.log(
    `Launch test: added ${plan.target.imageName} to user profile ${plan.settings.userProfileName} ` +
      `for this run${first.replaced === undefined ? '' : ", in place of the profile's own entry for it (put back after)"}.`,
  );
}

/** The run's clock and log, as the read-modify-write takes them. */
function writeContext(params: LaunchTestParams): WriteContext {
  return { clock: params.clock, report: { info: params.log } };
}

/** The CI profile as a read-modify-write target (what is read and written; not the plan). */
function profileTarget(params: LaunchTestParams, plan: LaunchPlan) {
  const { api, client } = params.calls;
  const { domainId, userProfileName } = plan.settings;
  return {
    subject: `Launch test: user profile ${userProfileName}`,
    noun: 'profile',
    operation: 'UpdateUserProfile' as const,
    status: async () => (await api.describeUserProfile(client, domainId, userProfileName)).Status,
  };
}

/**
 * Removes what the test made, in order (app, space, entry, config), marking each removed as it
 * goes; returns what it could not remove.
 */
async function cleanUp(
  params: LaunchTestParams,
  plan: LaunchPlan,
  state: RunState,
): Promise<CleanupProblem[]> {
  const { made } = state;
  const problems: CleanupProblem[] = [];
  const done = (what: () => void): void => {
    what();
    state.save();
  };
  let appProblem: CleanupProblem | undefined;
  if (made.app !== 'no') {
    appProblem = await removeApp(params, plan, state);
    if (appProblem === undefined) done(() => (made.app = 'no'));
    else problems.push(appProblem);
  }
  if (made.space !== 'no') {
    const spaceProblem =
      appProblem === undefined
        ? await removeSpace(params, plan)
        : {
            what: `the private space ${plan.name}`,
            reason: 'SageMaker deletes a space only once its app is deleted',
            command: deleteSpaceCommand(plan),
          };
    if (spaceProblem === undefined) done(() => (made.space = 'no'));
    else problems.push(spaceProblem);
  }
  if (made.entry !== undefined) {
    const entryProblem = await removeEntry(params, plan, made.entry, made.restore);
    if (entryProblem === undefined) done(() => (made.entry = undefined));
    else problems.push(entryProblem);
  }
  if (made.config !== 'no') {
    const configProblem = await removeConfig(params, plan);
    if (configProblem === undefined) done(() => (made.config = 'no'));
    else problems.push(configProblem);
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

/**
 * Deletes the test app once it is no longer Pending. Its waits are labelled as the clean-up's and
 * count from CreateApp (and DeleteApp), so that none reads as the test's (issue 27, item 5); after
 * a timeout, it says when the app came up.
 */
async function removeApp(
  params: LaunchTestParams,
  plan: LaunchPlan,
  state: RunState,
): Promise<CleanupProblem | undefined> {
  const { api, client } = params.calls;
  const read = () => readApp(params, plan, state);
  const sentAt = state.appSentAt;
  try {
    const app = await settle(
      params,
      `Launch test clean-up, waiting for it to leave Pending: ${testApp(plan)}`,
      read,
      appStatus,
      judgeDeletable,
      sentAt === undefined ? undefined : { at: sentAt, label: 'CreateApp' },
    );
    tellSeen(params, plan, state);
    if (app === undefined) return undefined;
    let deleteSentAt: number | undefined;
    if (app.Status !== 'Deleting' && app.Status !== 'Deleted') {
      deleteSentAt = params.clock.now();
      await unlessGone(() => api.deleteApp(client, plan.app));
    }
    await settle(
      params,
      `Launch test clean-up, waiting for Deleted: ${testApp(plan)}`,
      read,
      appStatus,
      judgeDeleted,
      deleteSentAt === undefined ? undefined : { at: deleteSentAt, label: 'DeleteApp' },
    );
    params.log(`Launch test: deleted the test app (${plan.appType}, ${plan.name}).`);
    return undefined;
  } catch (error) {
    tellSeen(params, plan, state);
    return {
      // Stryker disable next-line StringLiteral: the plan always names it
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

async function removeConfig(
  params: LaunchTestParams,
  plan: LaunchPlan,
): Promise<CleanupProblem | undefined> {
  const { api, client } = params.calls;
  // Stryker disable next-line StringLiteral: the plan always names it
  const name = plan.entry.AppImageConfigName ?? '';
  try {
    await unlessGone(() => api.deleteAppImageConfig(client, name));
    params.log(`Launch test: deleted the temporary AppImageConfig ${name}.`);
    return undefined;
  } catch (error) {
    return {
      what: `the temporary AppImageConfig ${name}`,
      reason: reasonOf(params, error),
      command: deleteConfigCommand(plan),
    };
  }
}

/**
 * Removes exactly the entry the test added (putting back the profile's own entry it replaced) with
 * the read-modify-write ./studio uses: read, remove, write, and read again to see it gone. A
 * profile that had no list of its own gets none back; should SageMaker keep the list all the same
 * (not documented), the next write sends it empty.
 */
async function removeEntry(
  params: LaunchTestParams,
  plan: LaunchPlan,
  planned: UpdateUserProfileRequest,
  restore: EntryRestore,
): Promise<CleanupProblem | undefined> {
  let removal: UpdateUserProfileRequest | undefined;
  let firstRead = true;
  try {
    await readModifyWrite(writeContext(params), {
      ...profileTarget(params, plan),
      overwritten: 'other writers kept putting it back',
      stillWrong: "this run's entry is still listed",
      readAndPlan: async () => {
        const { UserSettings } = await readSettledProfile(params, plan, 'Launch test clean-up');
        const dropEmptyList = restore.dropEmptyList === true && firstRead;
        firstRead = false;
        removal = planEntryRemoval(plan, UserSettings, { ...restore, dropEmptyList });
        return { request: removal };
      },
      send: (request) => params.calls.api.updateUserProfile(params.calls.client, request),
    });
    params.log(
      `Launch test: removed the temporary entry from user profile ${plan.settings.userProfileName}.`,
    );
    return undefined;
  } catch (error) {
    return {
      what: `the entry for ${plan.target.imageName} in user profile ${plan.settings.userProfileName}`,
      reason: reasonOf(params, error),
      command: updateProfileCommand(plan, removal ?? planned),
    };
  }
}
