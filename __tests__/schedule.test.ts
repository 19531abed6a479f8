import { describe, expect, it } from '@jest/globals';
import { busyRetryDelayMs, pollDelayMs } from '../src/schedule.js';

/** The times of the status checks for a wait, with a fixed random number. */
function checkTimes(untilMs: number, maxDelayMs: number, random = 0.5): number[] {
  const times: number[] = [];
  let elapsed = 0;
  while (elapsed < untilMs) {
    elapsed += pollDelayMs(times.length === 0 ? 0 : elapsed, maxDelayMs, random);
    times.push(elapsed);
  }
  return times;
}

describe('pollDelayMs', () => {
  it('first looks about a second in', () => {
    expect(pollDelayMs(0, 5000, 0.5)).toBe(1000);
  });

  it.each([
    [1000, 2500],
    [10_000, 2500],
    [20_000, 2500],
    [32_000, 4000],
    [60_000, 5000],
    [600_000, 5000],
  ])('after %i ms waits %i ms (no jitter)', (elapsed, delay) => {
    expect(pollDelayMs(elapsed, 5000, 0.5)).toBe(delay);
  });

  it('jitters by ±20% and never exceeds the cap', () => {
    expect(pollDelayMs(10_000, 5000, 0)).toBe(2000);
    expect(pollDelayMs(10_000, 5000, 0.999999)).toBe(3000);
    expect(pollDelayMs(600_000, 5000, 0.999999)).toBe(5000);
    expect(pollDelayMs(0, 500, 0.5)).toBe(500);
  });

  it.each([
    [5_000, 1500],
    [20_000, 1500],
    [60_000, 3000],
  ])('notices a creation of %i ms within %i ms', (creationMs, lateness) => {
    const noticed = checkTimes(creationMs, 5000).at(-1) ?? 0;
    expect(noticed - creationMs).toBeLessThanOrEqual(lateness);
  });

  it('checks at most once per 2 s on average, and at most 15 times a minute after the first', () => {
    for (const random of [0, 0.5, 0.999]) {
      const times = checkTimes(600_000, 5000, random);
      expect(times.filter((t) => t <= 60_000).length).toBeLessThanOrEqual(30);
      for (let minute = 1; minute < 10; minute++) {
        const inMinute = times.filter((t) => t > minute * 60_000 && t <= (minute + 1) * 60_000);
        expect(inMinute.length).toBeLessThanOrEqual(15);
      }
      expect(times.length / (600_000 / 2000)).toBeLessThanOrEqual(1);
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
