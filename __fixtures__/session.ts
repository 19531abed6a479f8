// A run's Session for tests of one step: the inputs the step reads, a fake API, a clock that never
// waits, and a reporter that keeps what it is told.
import type { Session } from '../src/run/session.js';
import type { Inputs } from '../src/inputs/inputs.js';
import type { SessionInputs } from '../src/inputs/common-inputs.js';
import { isTransient } from '../src/aws/transient.js';
import { fakeClock, type FakeClock } from './clock.js';
import { recordingReporter, type RecordingReporter } from './reporter.js';

/** `I`: the inputs of the entry point under test (`./`'s by default). */
export interface TestSession<I extends SessionInputs = Inputs> extends Session<I> {
  readonly clock: FakeClock;
  readonly report: RecordingReporter;
  /** The lines logged so far. */
  readonly lines: () => string[];
}

/** Only what the step under test reads need be given: the rest of Session stays unset. */
export function testSession<I extends SessionInputs = Inputs>(
  inputs: Partial<NoInfer<I>>,
  api: object = {},
): TestSession<I> {
  const report = recordingReporter();
  return {
    inputs: inputs as I,
    // The SDK's retry classification, as aws/api.ts gives every session.
    api: { isTransient, ...api } as Session['api'],
    client: {} as Session['client'],
    clock: fakeClock(),
    report,
    busyBudget: { totalMs: (inputs.waitTimeoutSeconds ?? 0) * 1000, spentMs: 0 },
    lines: () => report.lines(),
  };
}

/** A session of image `img` in eu-west-1 with a 60 s wait polled at most every 5 s (the ECR checks' tests). */
export function imageSession(): TestSession {
  return testSession({
    imageName: 'img',
    region: 'eu-west-1',
    waitTimeoutSeconds: 60,
    waitMaxDelaySeconds: 5,
  });
}
