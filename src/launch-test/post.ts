// The post step of `./launch-test` (`post-if: always()`): removes whatever the main step saved as
// made and did not remove: after a cancel, a kill, a crash or a clean-up that failed. Each removal
// is idempotent (gone is done), so a post step after a clean main step finds nothing to do. What it
// cannot remove fails the post step, with the `aws sagemaker …` commands that remove it.
import { isTrue } from '../inputs/reader.js';
import { SESSION_DEFAULTS, type SessionInputs } from '../inputs/common-inputs.js';
import { readRunContext } from '../inputs/run-context.js';
import { readImageVersionArn } from '../aws/arn.js';
import {
  readRunnerInput,
  readRunnerState,
  runnerReporter,
  type Reporter,
} from '../report/runner.js';
import { failureMessage, openSession } from '../run/entry.js';
import { systemClock, type Clock } from '../wait/clock.js';
import { cleanupFailureMessage, cleanupWarning } from './messages.js';
import { sessionParams, STATE_NAME } from './session-params.js';
import { anythingMade, cleanUpAfter, type LaunchState } from './step.js';

export async function runPost(
  clock: Clock = systemClock,
  report: Reporter = runnerReporter,
): Promise<void> {
  try {
    const saved = readState(readRunnerState(STATE_NAME));
    if (saved === undefined || !anythingMade(saved.made)) {
      report.info('Launch test post step: the main step left nothing to remove.');
      return;
    }
    const inputs = postInputs(saved, report);
    const session = await openSession(inputs, readRunContext(), clock, report);
    report.info('Launch test post step: removing what the main step made and did not remove.');
    const problems = await cleanUpAfter(
      { ...sessionParams(session), save: () => undefined },
      saved,
    );
    if (problems.length === 0) {
      report.info('Launch test post step: nothing of the test is left.');
      return;
    }
    for (const problem of problems) report.warning(cleanupWarning(problem));
    report.fail(cleanupFailureMessage(problems, 'The launch test left these behind.'));
  } catch (error) {
    report.fail(`Launch test post step: ${failureMessage(report, error, undefined)}`);
  }
}

/** The saved state, or undefined when the main step saved none (it created nothing). */
function readState(raw: string): LaunchState | undefined {
  if (raw.trim() === '') return undefined;
  return JSON.parse(raw) as LaunchState;
}

/** The session's settings: the region and image from the state, the account masked as in main. */
function postInputs(saved: LaunchState, report: Reporter): SessionInputs {
  const { target } = saved.plan;
  const maskAccountId = isTrue(readRunnerInput('mask-aws-account-id'));
  const { accountId } = readImageVersionArn(target.versionArn);
  if (maskAccountId && accountId !== undefined) report.mask(accountId);
  return {
    region: target.region,
    // Stryker disable next-line BooleanLiteral: the session reads no dryRun; the post step always removes
    dryRun: false,
    maskAccountId,
    imageName: target.imageName,
    ...SESSION_DEFAULTS,
  };
}
