// A run's Session for tests of one step: the inputs the step reads, a fake API, a clock that never
// waits, and a reporter that keeps what it is told.
import type { Session } from '../src/run/session.js';
import { fakeClock, type FakeClock } from './clock.js';
import { recordingReporter, type RecordingReporter } from './reporter.js';

export interface TestSession extends Session {
  readonly clock: FakeClock;
  readonly report: RecordingReporter;
  /** The lines logged so far. */
  readonly lines: () => string[];
}

/** Only what the step under test reads need be given: the rest of Session stays unset. */
export function testSession(inputs: Partial<Session['inputs']>, api: object = {}): TestSession {
  const report = recordingReporter();
  return {
    inputs: inputs as Session['inputs'],
    api: api as Session['api'],
    client: {} as Session['client'],
    clock: fakeClock(),
    report,
    busyBudget: { totalMs: (inputs.waitTimeoutSeconds ?? 0) * 1000, spentMs: 0 },
    lines: () => report.lines(),
  };
}
