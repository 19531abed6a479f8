// The system clock: the one clock that really waits.
import { describe, expect, it } from '@jest/globals';
import { systemClock } from '../../src/wait/clock.js';

describe('systemClock', () => {
  it('tells time, sleeps for real, and draws jitter from [0, 1)', async () => {
    const before = systemClock.now();
    expect(typeof before).toBe('number');
    await systemClock.sleep(5);
    expect(systemClock.now() - before).toBeGreaterThanOrEqual(4);
    const draw = systemClock.random();
    expect(typeof draw).toBe('number');
    expect(draw).toBeGreaterThanOrEqual(0);
    expect(draw).toBeLessThan(1);
  });
});
