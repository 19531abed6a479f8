// What every step of a run shares: the inputs, the SageMaker client and calls, time, and the log.
import type { Clock } from './clock.js';
import type { Inputs } from './inputs.js';
import type * as SageMakerApi from './sagemaker.js';

export interface Session {
  readonly inputs: Inputs;
  readonly api: typeof SageMakerApi;
  readonly client: SageMakerApi.SageMakerClient;
  readonly clock: Clock;
  readonly log: (line: string) => void;
}
