// What the launch test tells the user: that the version came up, why it did not and where to look,
// and what a failed clean-up left behind with the command that removes it. Pure.
import type { UpdateUserProfileRequest } from '@aws-sdk/client-sagemaker';
import { oneLine } from '../common/log-safe.js';
import { cell } from '../common/markdown.js';
import { APP_SETTINGS_MEMBER } from '../core/studio-lists.js';
import type { LaunchPlan } from './plan.js';

/** Where Studio apps log (developer guide); each app's streams start with its plan's prefix. */
export const LOG_GROUP = '/aws/sagemaker/studio';

/** How a launch test that did not pass ended. */
export type LaunchEnd =
  | { readonly kind: 'failed'; readonly reason: string; readonly seconds: number }
  | {
      readonly kind: 'timed-out';
      readonly lastStatus: string | undefined;
      readonly seconds: number;
      /** What the clean-up saw of the app after the timeout, while it deleted it. */
      readonly seen?: SeenAfterTimeout | undefined;
    };

/**
 * What the clean-up saw of the test app after the test stopped waiting (it waits for the app to
 * leave Pending before deleting it), in seconds since CreateApp: the number that chooses
 * `timeout-seconds`.
 */
export type SeenAfterTimeout =
  | {
      readonly kind: 'came';
      readonly status: 'InService' | 'Failed';
      readonly reason?: string | undefined;
      /** The first read that saw it InService or Failed. */
      readonly seconds: number;
      /** The last read that saw it Pending, before that. */
      readonly pendingSeconds: number | undefined;
    }
  | {
      readonly kind: 'never';
      /** Its last status read (`missing`: no longer described), and when. */
      readonly lastStatus: string;
      readonly seconds: number;
    };

const NOTHING_RELEASED =
  'The version stays registered; the AppImageConfig users start with and every Studio domain ' +
  'are unchanged, and the steps after this one (`./studio`, `./retire`) do not run.';

/** What each app type must do to come up, for the failure's hint (developer guide). */
const START_HINT = {
  JupyterLab:
    'JupyterLab must serve on port 8888 at base URL /jupyterlab/default and answer its health ' +
    'check at /jupyterlab/default/api/status',
  CodeEditor:
    'Code Editor must serve on 0.0.0.0 port 8888 at base URL CodeEditor/default, started with ' +
    '--without-connection-token',
  KernelGateway:
    'Studio runs the image as a kernel gateway and starts the kernels its AppImageConfig names',
} as const;

export function seconds(value: number): string {
  return `${value.toFixed(1)} s`;
}

function version(plan: LaunchPlan): string {
  return `SageMaker image version ${plan.target.imageName}:${plan.target.version ?? '<new version>'}`;
}

function where(plan: LaunchPlan): string {
  const { appType, settings, name } = plan;
  const place =
    plan.createSpace === undefined
      ? `app ${name} of user profile ${settings.userProfileName}`
      : `private space ${name} of user profile ${settings.userProfileName}`;
  return `as a ${appType} app on ${settings.instanceType} (${place}, Studio domain ${settings.domainId})`;
}

function lookAt(plan: LaunchPlan): string {
  return (
    `Look at the CloudWatch log group ${LOG_GROUP}, log streams starting ${plan.logStreamPrefix}` +
    (plan.consoleUrl === undefined
      ? '.'
      : `, and at the Studio domain in the SageMaker console: ${plan.consoleUrl}`)
  );
}

/** The launch test passed: one line for the log and the summary. */
export function launchPassedLine(plan: LaunchPlan, waited: number): string {
  return `Launch test passed: ${version(plan)} was InService ${where(plan)} after ${seconds(waited)}.`;
}

/** SageMaker's words for an image no CustomImages list names (public reports). */
export function saysNotListed(text: string): boolean {
  return /not present in list of custom images/i.test(text);
}

/** Why the step fails: SageMaker's reason or the timeout, the time taken, and where to look. */
export function launchFailureMessage(plan: LaunchPlan, end: LaunchEnd): string {
  // Stryker disable next-line ConditionalExpression: a timed-out end has no reason, and saysNotListed(undefined) is false
  if (end.kind === 'failed' && saysNotListed(end.reason)) return notListedMessage(plan, end.reason);
  if (end.kind === 'failed') {
    const reason = oneLine(end.reason).trim() || 'SageMaker gave no reason';
    return (
      `Launch test failed: ${version(plan)} did not start ${where(plan)}: ${reason} ` +
      `(Failed after ${seconds(end.seconds)}). ${NOTHING_RELEASED} ${lookAt(plan)} ` +
      `${START_HINT[plan.appType]}; fix the image and release a new version.`
    );
  }
  const timeout = plan.settings.timeoutSeconds;
  const came = end.seen?.kind === 'came';
  return (
    `Launch test timed out: ${version(plan)} was ${stillAt(end.lastStatus)} ${where(plan)} ` +
    `after ${seconds(end.seconds)} (\`timeout-seconds\`: ${timeout}). ` +
    (end.seen === undefined ? '' : `${capitalised(seenAfterTimeout(plan, end.seen))} `) +
    `${NOTHING_RELEASED} ${lookAt(plan)}` +
    (came
      ? ''
      : ' A large image can take long to start the first time: if the logs show it still ' +
        'starting, raise `timeout-seconds`.')
  );
}

/** The app's last status at the timeout; none when every read of it failed (throttled, say). */
function stillAt(lastStatus: string | undefined): string {
  return lastStatus === undefined
    ? 'never seen InService (no DescribeApp answered)'
    : `still ${lastStatus}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The test's wait for InService ended at the timeout: logged before the clean-up starts, so that
 * its lines (which watch the same app) are not read as the test's.
 */
export function timedOutLine(plan: LaunchPlan, lastStatus: string | undefined, waited: number) {
  return (
    `Launch test: stopped waiting for InService at the ${plan.settings.timeoutSeconds} s timeout ` +
    `(\`timeout-seconds\`): the test app was ${stillAt(lastStatus)} ${seconds(waited)} ` +
    'after CreateApp. The clean-up waits for it to leave Pending (SageMaker deletes no Pending ' +
    'app), then deletes it, and says when it came up.'
  );
}

/**
 * When the app came InService (or Failed) after the timeout, counted from CreateApp, or that it
 * never did while the clean-up watched it. Lower case: a clause of the log line and the failure.
 */
export function seenAfterTimeout(plan: LaunchPlan, seen: SeenAfterTimeout): string {
  const timeout = plan.settings.timeoutSeconds;
  if (seen.kind === 'never') {
    return (
      'the test app never came InService while the clean-up watched it: ' +
      (seen.lastStatus === 'Pending'
        ? `it was still Pending ${seconds(seen.seconds)} after CreateApp.`
        : `it was ${seen.lastStatus} ${seconds(seen.seconds)} after CreateApp.`)
    );
  }
  const pending =
    seen.pendingSeconds === undefined ? '' : ` (still Pending at ${seconds(seen.pendingSeconds)})`;
  const late = `${seconds(Math.max(0, seen.seconds - timeout))} after the ${timeout} s timeout`;
  if (seen.status === 'InService') {
    return (
      `the test app came InService ${seconds(seen.seconds)} after CreateApp${pending}, ${late}: ` +
      'set `timeout-seconds` above that.'
    );
  }
  const reason = oneLine(seen.reason ?? '').trim() || 'SageMaker gave no reason';
  return (
    `the test app went Failed ${seconds(seen.seconds)} after CreateApp${pending}, ${late}: ` +
    `${reason.replace(/\.$/, '')}. A longer timeout would not have passed it: ${START_HINT[plan.appType]}; fix the ` +
    'image and release a new version.'
  );
}

/** The same, as a log line of the clean-up. */
export function seenAfterTimeoutLine(plan: LaunchPlan, seen: SeenAfterTimeout): string {
  return `Launch test clean-up: ${seenAfterTimeout(plan, seen)}`;
}

/**
 * SageMaker refused the image (CreateApp's error, or the app's FailureReason) although the test
 * profile lists it: this SageMaker wants it in the domain's list (where a private space's app looks
 * is not documented).
 */
export function notListedMessage(plan: LaunchPlan, sageMakerSays: string): string {
  const { settings, target } = plan;
  const member = APP_SETTINGS_MEMBER[plan.appType];
  return (
    `Launch test: SageMaker refused to start image "${target.imageName}" for user profile ` +
    `"${settings.userProfileName}" although its UserSettings.${member}.CustomImages lists the ` +
    "image for this run, so SageMaker wants it in the domain's list. Attach the image once (without " +
    `a version) to the DefaultUserSettings.${member}.CustomImages of Studio domain ` +
    `"${settings.domainId}" (best a domain kept for CI, as \`domain-id\`), then re-run. ` +
    `${NOTHING_RELEASED} (${oneLine(sageMakerSays)})`
  );
}

/** Something the clean-up could not remove: what, why, and the command that removes it. */
export interface CleanupProblem {
  readonly what: string;
  readonly reason: string;
  readonly command: string;
}

export function cleanupWarning(problem: CleanupProblem): string {
  return `Launch test clean-up left ${problem.what}: ${oneLine(problem.reason)}. Remove it with: ${problem.command}`;
}

/**
 * The step's failure when the clean-up left something (first, whatever the test said): what is
 * left, and the commands that remove it, in order.
 */
export function cleanupFailureMessage(
  problems: readonly CleanupProblem[],
  testSays: string,
): string {
  return [
    `Launch test clean-up failed: ${problems.map((problem) => problem.what).join(', ')} ` +
      `${problems.length === 1 ? 'is' : 'are'} left in your account (a running app is billed). ` +
      `Remove ${problems.length === 1 ? 'it' : 'them'} with:`,
    ...problems.map((problem) => `  ${problem.command}`),
    testSays,
  ].join('\n');
}

/**
 * The step summary when the clean-up left something: it leads, as a section of its own, with what
 * is left and the commands (a block to copy), before whatever the test said.
 */
export function cleanupSummary(problems: readonly CleanupProblem[]): string[] {
  if (problems.length === 0) return [];
  return [
    '### Launch test clean-up failed: resources are left in your account',
    '',
    ...problems.map((problem) => `- ${cell(problem.what)}: ${cell(oneLine(problem.reason))}`),
    '',
    'Remove them with:',
    '',
    '```sh',
    ...problems.map((problem) => problem.command),
    '```',
    '',
  ];
}

/** What the step says when the runner cancels it: what it removes now, as commands. */
export function cancelledMessage(signal: string, commands: readonly string[]): string {
  return commands.length === 0
    ? `Launch test cancelled (${signal}): it had made nothing yet.`
    : [
        `Launch test cancelled (${signal}): removing what it made now. Should this be cut short, ` +
          'the post step removes it; failing that, these commands do:',
        ...commands.map((command) => `  ${command}`),
      ].join('\n');
}

/** A value as one shell word (POSIX single quotes). */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function awsCommand(plan: LaunchPlan, operation: string, options: [string, string][]): string {
  return [
    'aws sagemaker',
    operation,
    `--region ${shellWord(plan.target.region)}`,
    ...options.map(([name, value]) => `--${name} ${shellWord(value)}`),
  ].join(' ');
}

export function deleteAppCommand(plan: LaunchPlan): string {
  const { app } = plan;
  return awsCommand(plan, 'delete-app', [
    ['domain-id', plan.settings.domainId],
    ...(app.SpaceName === undefined
      ? ([['user-profile-name', plan.settings.userProfileName]] as [string, string][])
      : ([['space-name', app.SpaceName]] as [string, string][])),
    ['app-type', plan.appType],
    // Stryker disable next-line StringLiteral: the plan always names the app (planLaunch)
    ['app-name', app.AppName ?? ''],
  ]);
}

export function deleteConfigCommand(plan: LaunchPlan): string {
  return awsCommand(plan, 'delete-app-image-config', [
    // Stryker disable next-line StringLiteral: the plan's entry always names its AppImageConfig (planLaunch)
    ['app-image-config-name', plan.entry.AppImageConfigName ?? ''],
  ]);
}

export function deleteSpaceCommand(plan: LaunchPlan): string {
  return awsCommand(plan, 'delete-space', [
    ['domain-id', plan.settings.domainId],
    ['space-name', plan.name],
  ]);
}

/** The write that removes the test's entry, as a command (the member as last read, without it). */
export function updateProfileCommand(plan: LaunchPlan, request: UpdateUserProfileRequest): string {
  return awsCommand(plan, 'update-user-profile', [
    ['domain-id', plan.settings.domainId],
    ['user-profile-name', plan.settings.userProfileName],
    ['user-settings', JSON.stringify(request.UserSettings ?? {})],
  ]);
}
