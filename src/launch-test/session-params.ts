// What the launch test takes from the session, the same for the main step and the post step: the
// SageMaker calls, the clock, the waits, and the reporter's log and warnings.
import type { RunContext } from '../inputs/run-context.js';
import { waitSettings, type Session } from '../run/session.js';
import type { LaunchTestParams } from './step.js';

export type SessionParams = Pick<
  LaunchTestParams,
  'clock' | 'calls' | 'log' | 'warn' | 'waits' | 'settleTimeoutMs'
>;

export function sessionParams(session: Session): SessionParams {
  const { report } = session;
  // Stryker disable next-line StringLiteral: every read the test waits on fails as an AwsCallError naming its own operation, which explainAwsError prefers
  const { canRetry, explain, clock, maxDelayMs, log } = waitSettings(session, 'DescribeApp');
  return {
    clock: session.clock,
    calls: { api: session.api, client: session.client },
    log: (line) => report.info(line),
    warn: (line) => report.warning(line),
    waits: { canRetry, explain, clock, maxDelayMs, log },
    settleTimeoutMs: session.inputs.waitTimeoutSeconds * 1000,
  };
}

/** Each attempt of each run gets names of its own: `<run id>-<attempt>`. */
export function runTagOf(runContext: RunContext): string {
  return `${runContext.runId || 'local'}-${runContext.runAttempt || '1'}`;
}

/** The name the step's state is saved under (core.saveState). */
export const STATE_NAME = 'launch-test';
