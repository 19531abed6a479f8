// `./launch-test`: start a registered version for real, where no user sees it, before `./studio`
// releases it. Inputs → the version read (it must be CREATED; its name as the image spells it) →
// the test profile read (a missing profile, or a list the test cannot add to, stops it with nothing
// made) → a temporary AppImageConfig from `app-image-config`, the profile's temporary entry, a
// private space, the app → InService, Failed or the timeout → everything removed → summary. Each
// create is saved as the step's state before it is sent: the post step (post.ts) removes what a
// cancelled or killed run left, and a signal starts the clean-up at once (signals.ts). A dry run
// reads the profile and prints what the test would send.
import { givenVersion, readGivenVersion } from '../core/given-version.js';
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import type { PlannedRequest } from '../common/planned-request.js';
import { forDisplay } from '../common/redact.js';
import type { ImageVersionArnParts } from '../aws/arn.js';
import { requestMember } from '../inputs/app-image-config.js';
import { parseLaunchTestInputs, type LaunchEntryInputs } from '../inputs/launch-inputs.js';
import { readRunContext } from '../inputs/run-context.js';
import { LaunchTestOutput } from '../report/outputs.js';
import { keepingOutputs, runnerReporter, type Reporter } from '../report/runner.js';
import { writeStepSummary } from '../report/step-summary.js';
import { failureSection } from '../report/run-summary.js';
import { renderDryRunSummary } from '../report/summary.js';
import { failureMessage, openSession, readEntryInputs } from '../run/entry.js';
import type { Session } from '../run/session.js';
import { systemClock, type Clock } from '../wait/clock.js';
import { cleanupSummary } from './messages.js';
import { launchTarget } from './plan.js';
import { runTagOf, sessionParams, STATE_NAME } from './session-params.js';
import { cancelOnSignals } from './signals.js';
import {
  LaunchTestFailure,
  planLaunchTest,
  startLaunchTest,
  type LaunchTestParams,
} from './step.js';

export async function run(
  clock: Clock = systemClock,
  runner: Reporter = runnerReporter,
): Promise<void> {
  const report = keepingOutputs(runner);
  let inputs: LaunchEntryInputs | undefined;
  // Stryker disable next-line StringLiteral: every path sets the summary before `finally` reads it
  let summary = '';
  try {
    inputs = readEntryInputs(parseLaunchTestInputs, report);
    // Its account id is masked already: readEntryInputs masks every account id in the inputs.
    const version = versionOf(inputs);
    const session = await openSession(inputs, readRunContext(), clock, report);
    const imageName = await readVersion(session, version);
    const params = launchParams(session, imageName);
    summary = inputs.dryRun ? await dryRun(session, params) : await launch(session, params);
  } catch (error) {
    if (error instanceof LaunchTestFailure && error.passed) {
      report.output(LaunchTestOutput.Seconds, error.seconds.toFixed(1));
    }
    const message = failureMessage(report, error, inputs);
    report.fail(message);
    summary = [
      ...(error instanceof LaunchTestFailure ? cleanupSummary(error.cleanupProblems) : []),
      ...failureSection('the launch test', message, report.outputs()),
    ].join('\n');
  } finally {
    // Stryker disable next-line ConditionalExpression,StringLiteral: no path leaves the summary empty; the guard is defensive
    if (summary !== '') await writeStepSummary(`${summary}\n`).catch(() => undefined);
  }
}

/** Runs the test, cancelled by SIGINT/SIGTERM; its summary section. */
async function launch(
  session: Session<LaunchEntryInputs>,
  params: LaunchTestParams,
): Promise<string> {
  const { report } = session;
  const { userProfileName, domainId } = session.inputs.launchTest;
  const test = startLaunchTest(params);
  // The race below may settle first: the test's own end is then seen here, not as unhandled.
  test.result.catch(() => undefined);
  const signals = cancelOnSignals(test, report);
  try {
    const outcome = await report.group(
      `Launch test in user profile ${userProfileName} (Studio domain ${domainId})`,
      () => Promise.race([test.result, signals.cancelled]),
    );
    report.output(LaunchTestOutput.Seconds, outcome.seconds.toFixed(1));
    return `### Launch test passed\n\n${outcome.summary}`;
  } finally {
    signals.stop();
  }
}

async function dryRun(
  session: Session<LaunchEntryInputs>,
  params: LaunchTestParams,
): Promise<string> {
  const requests = await planLaunchTest({
    ...params,
    target: launchTarget(params.imageVersionArn, params.imageName),
  });
  sayPlanned(session.report, requests);
  return renderDryRunSummary(session.inputs, requests);
}

/** The test's settings: the version, the temporary AppImageConfig's request, the session's calls. */
function launchParams(session: Session<LaunchEntryInputs>, imageName: string): LaunchTestParams {
  const { inputs, report } = session;
  const { document, launchTest } = inputs;
  const { domainId, userProfileName, instanceType, timeoutSeconds } = launchTest;
  return {
    ...sessionParams(session),
    settings: { domainId, userProfileName, instanceType, timeoutSeconds },
    imageVersionArn: inputs.imageVersionArn,
    imageName,
    appType: document.appType,
    configRequest: {
      ...requestMember(document),
      ...(document.tags.length === 0 ? {} : { Tags: [...document.tags] }),
    },
    runTag: runTagOf(readRunContext()),
    save: (state) => report.saveState(STATE_NAME, JSON.stringify(state)),
  };
}

/** The version the input names; one in another region than the step's is refused before any request. */
function versionOf(inputs: LaunchEntryInputs): ImageVersionArnParts {
  return givenVersion(inputs, 'Studio starts images of its own region', 'test a version');
}

/**
 * The image's name as the image spells it (an ARN holds it in lower case, and the profile's entry
 * names it as spelled), once the version is proved CREATED. A dry run lets a version that does not
 * exist yet through: a dry run of `./` plans it (status PLANNED).
 */
async function readVersion(
  session: Session<LaunchEntryInputs>,
  version: ImageVersionArnParts,
): Promise<string> {
  const { imageName, described } = await readGivenVersion(session, version);
  assertStartable(described, imageName, version, session.inputs.dryRun);
  return imageName;
}

function assertStartable(
  described: DescribeImageVersionResponse | undefined,
  imageName: string,
  version: ImageVersionArnParts,
  dryRun: boolean,
): void {
  const status = described?.ImageVersionStatus;
  if (status === 'CREATED' || (dryRun && described === undefined)) return;
  throw new ActionError(
    `Image ${imageName} version ${version.version} is ${status ?? 'not there'}: \`./launch-test\` ` +
      'starts only a CREATED version (Studio could not start any other). Test it after `./` ' +
      'waited for it (`wait-for-created: true`), or test another version. Nothing was created.',
  );
}

function sayPlanned(report: Reporter, requests: readonly PlannedRequest[]): void {
  report.info('Dry run: nothing was changed. These requests would be sent:');
  for (const { operation, input, shown } of requests)
    report.info(`${operation} ${JSON.stringify(forDisplay(shown ?? input))}`);
}
