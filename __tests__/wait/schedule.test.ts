import { describe, expect, it } from '@jest/globals';
import { busyRetryDelayMs, pollDelayMs } from '../../src/wait/schedule.js';

/** A repeatable stream of random numbers in [0, 1), like the jitter source in a real run. */
function randomStream(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** The times of the status checks for a wait, with the given source of jitter. */
function checkTimes(untilMs: number, maxDelayMs: number, random: () => number): number[] {
  const times: number[] = [];
  let elapsed = 0;
  while (elapsed < untilMs) {
    elapsed += pollDelayMs(times.length === 0 ? 0 : elapsed, maxDelayMs, random());
    times.push(elapsed);
  }
  return times;
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('pollDelayMs', () => {
  it('first looks about a second in', () => {
    expect(pollDelayMs(0, 5000, 0.5)).toBe(1000);
  });

  it.each([
    [1000, 2500],
    [5999, 2500],
    [6000, 2100],
    [20_000, 2100],
    [42_000, 3000],
    [70_000, 5000],
    [600_000, 5000],
  ])('after %i ms pauses %i ms (no jitter)', (elapsed, delay) => {
    expect(pollDelayMs(elapsed, 5000, 0.5)).toBe(delay);
  });

  it('jitters by ±10% early, ±30% later, and never exceeds the cap', () => {
    expect(pollDelayMs(3000, 5000, 0)).toBe(2250);
    expect(pollDelayMs(3000, 5000, 0.999999)).toBe(2750);
    expect(pollDelayMs(10_000, 5000, 0)).toBe(1470);
    expect(pollDelayMs(10_000, 5000, 0.999999)).toBe(2730);
    expect(pollDelayMs(600_000, 5000, 0.999999)).toBe(5000);
    expect(pollDelayMs(0, 500, 0.5)).toBe(500);
  });

  /** How late creations of each length in [from, to) s are noticed, every 50 ms, over many runs. */
  function lateness(fromS: number, toS: number): number[] {
    const late: number[] = [];
    for (const seed of SEEDS) {
      const times = checkTimes(toS * 1000 + 10_000, 5000, randomStream(seed));
      for (let t = fromS * 1000; t < toS * 1000; t += 50) {
        late.push((times.find((check) => check >= t) ?? Infinity) - t);
      }
    }
    return late.sort((a, b) => a - b);
  }
  const median = (sorted: number[]): number => sorted[Math.floor(sorted.length / 2)] ?? Infinity;

  it.each([
    [4.5, 5.5, 1500],
    [18, 22, 1500],
    [58, 62, 3000],
  ])('notices creations of %d–%d s within %i ms (median)', (from, to, target) => {
    expect(median(lateness(from, to))).toBeLessThanOrEqual(target);
  });

  it('checks at most once per 2 s on average for creations of 5 s and more', () => {
    const rates: number[] = [];
    for (const seed of SEEDS) {
      const times = checkTimes(700_000, 5000, randomStream(seed));
      for (let created = 5000; created < 600_000; created += 250) {
        const noticed = times.findIndex((check) => check >= created);
        rates.push((noticed + 1) / ((times[noticed] ?? 0) / 2000));
      }
    }
    expect(rates.reduce((sum, rate) => sum + rate, 0) / rates.length).toBeLessThanOrEqual(1);
    expect(Math.max(...rates)).toBeLessThanOrEqual(1.1);
  });

  it('checks at most 15 times a minute after the first minute', () => {
    for (const seed of SEEDS) {
      const times = checkTimes(600_000, 5000, randomStream(seed));
      for (let minute = 1; minute < 10; minute++) {
        const inMinute = times.filter((t) => t > minute * 60_000 && t <= (minute + 1) * 60_000);
        expect(inMinute.length).toBeLessThanOrEqual(15);
      }
    }
  });
});

describe('busyRetryDelayMs', () => {
  it('grows to 15 s and stays there', () => {
    expect(busyRetryDelayMs(0, 1)).toBe(1000);
    expect(busyRetryDelayMs(1, 1)).toBe(2000);
    expect(busyRetryDelayMs(3, 1)).toBe(8000);
    expect(busyRetryDelayMs(4, 1)).toBe(15_000);
    expect(busyRetryDelayMs(40, 1)).toBe(15_000);
  });

  it('spreads retries between 0.5 s and the ceiling', () => {
    expect(busyRetryDelayMs(5, 0)).toBe(500);
    expect(busyRetryDelayMs(5, 0.5)).toBe(7750);
  });
});
