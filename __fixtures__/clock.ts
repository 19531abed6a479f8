// A clock for tests: sleeping advances it at once, so nothing waits for real time.
import type { Clock } from '../src/wait/clock.js';

export interface FakeClock extends Clock {
  readonly sleeps: number[];
  advance(ms: number): void;
}

export function fakeClock(random = 0.5): FakeClock {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
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
