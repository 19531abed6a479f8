// The launch test as main.ts runs it (`user-profile`; loaded only then): the session's
// calls, clock and reporter around planLaunchTest and runLaunchTest. Before anything is created it
// reads the test profile, so a missing profile or a full list stops the run with nothing made. Once
// the version is CREATED and its AppImageConfig exists it tests the version: the release goes on
// only if that passed. A dry run lists the test's requests.
import { partitionOfRegion } from '../aws/arn.js';
import type { PlannedRequest } from '../common/planned-request.js';
import type { LaunchTestInputs } from '../inputs/launch-inputs.js';
import type { RunContext } from '../inputs/run-context.js';
import type { StudioInputs } from '../inputs/studio-inputs.js';
import { LaunchTestOutput } from '../report/outputs.js';
import { waitSettings, type Session } from '../run/session.js';
import { plannedTarget } from './plan.js';
import { planLaunchTest, runLaunchTest, type LaunchTestParams } from './step.js';

export interface LaunchGate {
  /**
   * Reads the test profile before anything is created, failing where the test could not run.
   * `imageArn` undefined: not known yet; `version` undefined: not created yet.
   */
  check(imageArn: string | undefined, version: number | undefined): Promise<void>;
  /** Tests the CREATED version: its summary line, or a LaunchTestFailure (after the clean-up). */
  run(imageVersionArn: string): Promise<string>;
  /** The test's requests, for a dry run (arguments as for `check`). */
  dryRun(imageArn: string | undefined, version: number | undefined): Promise<PlannedRequest[]>;
}

type GateParams = Omit<LaunchTestParams, 'imageVersionArn'>;

export function startLaunchGate(
  session: Session,
  launch: LaunchTestInputs,
  studio: StudioInputs,
  runContext: RunContext,
): LaunchGate {
  const params = launchParams(session, launch, studio, runContext);
  const plan = (imageArn: string | undefined, version: number | undefined) =>
    planLaunchTest({
      ...params,
      target: plannedTarget(imageArn ?? unknownImageArn(session), version, params.imageName),
    });
  return {
    async check(imageArn, version) {
      const requests = await plan(imageArn, version);
      session.report.info(
        `Launch test: user profile ${launch.userProfileName} of Studio domain ${launch.domainId} ` +
          (requests[0]?.operation === 'UpdateUserProfile'
            ? `is ready; the test lists image ${session.inputs.imageName} in it for its run only.`
            : `is ready and lists image ${session.inputs.imageName}.`),
      );
    },
    async run(imageVersionArn) {
      const { report } = session;
      const outcome = await report.group(
        `Launch test in user profile ${launch.userProfileName} (Studio domain ${launch.domainId})`,
        () => runLaunchTest({ ...params, imageVersionArn }),
      );
      report.output(LaunchTestOutput.Seconds, outcome.seconds.toFixed(1));
      return outcome.summary;
    },
    dryRun: plan,
  };
}

/** What the test needs from the session and the inputs: the same for the real run and the dry run. */
function launchParams(
  session: Session,
  launch: LaunchTestInputs,
  studio: StudioInputs,
  runContext: RunContext,
): GateParams {
  const { report } = session;
  const { canRetry, explain, clock, maxDelayMs, log } = waitSettings(session, 'DescribeApp');
  const { domainId, userProfileName, instanceType, timeoutSeconds } = launch;
  return {
    settings: { domainId, userProfileName, instanceType, timeoutSeconds },
    imageName: session.inputs.imageName,
    appImageConfigName: studio.appImageConfig.name,
    appType: studio.appType,
    // Each attempt of each run gets a space of its own.
    runTag: `${runContext.runId || 'local'}-${runContext.runAttempt || '1'}`,
    clock: session.clock,
    calls: { api: session.api, client: session.client },
    log: (line) => report.info(line),
    warn: (line) => report.warning(line),
    waits: { canRetry, explain, clock, maxDelayMs, log },
    settleTimeoutMs: session.inputs.waitTimeoutSeconds * 1000,
  };
}

/** The image's ARN before anyone read it (the image may not exist yet): the account unknown. */
function unknownImageArn({ inputs }: Session): string {
  return `arn:${partitionOfRegion(inputs.region)}:sagemaker:${inputs.region}:<account>:image/${inputs.imageName}`;
}
