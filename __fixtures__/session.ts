// A run's Session for tests of one step: the inputs the step reads, a fake API, a clock that never
// waits, and a log that keeps its lines.
import { jest } from '@jest/globals';
import type { Session } from '../src/run/session.js';
import { fakeClock, type FakeClock } from './clock.js';

export interface TestSession extends Session {
  readonly clock: FakeClock;
  readonly log: jest.Mock<(line: string) => void>;
  /** The lines logged so far. */
  readonly lines: () => string[];
}

/** Only what the step under test reads need be given: the rest of Session stays unset. */
export function testSession(inputs: Partial<Session['inputs']>, api: object = {}): TestSession {
  const log = jest.fn<(line: string) => void>();
  return {
    inputs: inputs as Session['inputs'],
    api: api as Session['api'],
    client: {} as Session['client'],
    clock: fakeClock(),
    log,
    lines: () => log.mock.calls.map(([line]) => line),
  };
}
