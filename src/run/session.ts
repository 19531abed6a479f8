// What every step of a run shares: the inputs, the SageMaker client and calls, time, and the log.
import type { Clock } from '../wait/clock.js';
import { explainAwsError, isTransient } from '../aws/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import type { PollOptions } from '../wait/poll.js';
import type * as SageMakerApi from '../aws/sagemaker.js';

export interface Session {
  readonly inputs: Inputs;
  readonly api: typeof SageMakerApi;
  readonly client: SageMakerApi.SageMakerClient;
  readonly clock: Clock;
  readonly log: (line: string) => void;
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
    log: session.log,
  };
}
