// A clock for tests: sleeping advances it at once, so nothing waits for real time.
import type { Clock } from '../src/wait/clock.js';

export interface FakeClock extends Clock {
  readonly sleeps: number[];
  advance(ms: number): void;
}

/** The wall-clock time a fake clock starts at: 2026-11-30T12:00:00Z. */
export const FAKE_EPOCH_MS = Date.UTC(2026, 10, 30, 12);

export function fakeClock(random = 0.5): FakeClock {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    epochMs: () => FAKE_EPOCH_MS + now,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    random: () => random,
    advance: (ms) => {
      now += ms;
    },
  };
}
