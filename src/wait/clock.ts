// Time as a dependency: the action uses the system's, tests pass their own and never wait.
import { setTimeout as sleepFor } from 'node:timers/promises';

export interface Clock {
  /** Milliseconds since an arbitrary origin: for measuring waits. */
  now(): number;
  /** Wall-clock milliseconds since 1970: for the age of what SageMaker made (CreationTime). */
  epochMs(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1): the source of jitter. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  epochMs: () => Date.now(),
  sleep: async (ms) => {
    await sleepFor(ms);
  },
  random: () => Math.random(),
};
