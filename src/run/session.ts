// What every step of a run shares: the inputs, the SageMaker calls and client, time, and the
// reporter (the one sink for log lines, groups, annotations and outputs).
import type { Clock } from '../wait/clock.js';
import { explainAwsError, isTransient } from '../aws/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import type { Reporter } from '../report/runner.js';
import type { PollOptions } from '../wait/poll.js';
import type { BusyRetry } from '../wait/busy.js';
import type * as SageMakerApi from '../aws/api.js';

export interface Session {
  readonly inputs: Inputs;
  /** Every SageMaker call; each takes the client first. */
  readonly api: typeof SageMakerApi;
  readonly client: SageMakerApi.SageMakerClient;
  readonly clock: Clock;
  readonly report: Reporter;
}

type WaitSettings = Pick<
  PollOptions<unknown, unknown>,
  'canRetry' | 'explain' | 'clock' | 'timeoutMs' | 'maxDelayMs' | 'log'
>;

/** How every wait of a run behaves: the inputs' time limits, transient errors retried. */
export function waitSettings(session: Session, operation: string): WaitSettings {
  const { inputs } = session;
  return {
    canRetry: isTransient,
    explain: (error) =>
      explainAwsError(error, { operation, imageName: inputs.imageName, region: inputs.region }),
    clock: session.clock,
    timeoutMs: inputs.waitTimeoutSeconds * 1000,
    maxDelayMs: inputs.waitMaxDelaySeconds * 1000,
    log: (line) => session.report.info(line),
  };
}

/** How every write of a run waits out a busy image: within wait-timeout-seconds. */
export function busyRetry(session: Session): BusyRetry {
  const { inputs, clock, report } = session;
  return {
    clock,
    log: (line) => report.info(line),
    timeoutSeconds: inputs.waitTimeoutSeconds,
    imageName: inputs.imageName,
  };
}
