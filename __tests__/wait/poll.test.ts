import { describe, expect, it, jest } from '@jest/globals';
import {
  PollFailure,
  pollUntilSettled,
  type PollOptions,
  type Verdict,
} from '../../src/wait/poll.js';
import { ActionError } from '../../src/common/action-error.js';
import { fakeClock } from '../../__fixtures__/clock.js';

type State = { status: string };

function options(states: (State | Error)[], overrides: Partial<PollOptions<State, State>> = {}) {
  const clock = fakeClock();
  const log = jest.fn<(line: string) => void>();
  let i = 0;
  const base: PollOptions<State, State> = {
    subject: 'thing',
    read: () => {
      const next = states[Math.min(i++, states.length - 1)] as State | Error;
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
    statusOf: (s) => s.status,
    judge: (s): Verdict<State> =>
      s.status === 'DONE'
        ? { kind: 'done', value: s }
        : s.status === 'BAD'
          ? { kind: 'failed', message: 'it went bad' }
          : { kind: 'pending' },
    canRetry: (error) => (error as Error).message === 'transient',
    explain: (error) => `explained: ${(error as Error).message}`,
    clock,
    timeoutMs: 60_000,
    maxDelayMs: 5000,
    log,
    ...overrides,
  };
  return { base, clock, log, reads: () => i };
}

describe('pollUntilSettled', () => {
  it('returns once done, counting checks and time', async () => {
    const { base, clock } = options([{ status: 'WAIT' }, { status: 'WAIT' }, { status: 'DONE' }]);
    const result = await pollUntilSettled(base);
    expect(result).toEqual({ value: { status: 'DONE' }, checks: 3, waitedMs: 6000 });
    expect(clock.sleeps).toEqual([1000, 2500, 2500]);
  });

  it('fails with the verdict message', async () => {
    const { base } = options([{ status: 'WAIT' }, { status: 'BAD' }]);
    await expect(pollUntilSettled(base)).rejects.toThrow('it went bad');
  });

  it('logs status changes and a heartbeat, not every check', async () => {
    const states = [...Array<State>(30).fill({ status: 'WAIT' }), { status: 'DONE' }];
    const { base, log } = options(states, { timeoutMs: 600_000 });
    await pollUntilSettled(base);
    const lines = log.mock.calls.map(([line]) => line);
    expect(lines[0]).toBe('thing: WAIT after 1.0 s');
    expect(lines.at(-1)).toMatch(/^thing: DONE after/);
    expect(lines.filter((l) => l.includes('still WAIT')).length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThan(10);
  });

  it('counts the status lines from the request that made the thing, when told', async () => {
    const states = [...Array<State>(20).fill({ status: 'WAIT' }), { status: 'DONE' }];
    const { base, log, clock } = options(states, { timeoutMs: 600_000 });
    clock.advance(15_000);
    await pollUntilSettled({ ...base, since: { at: 0, label: 'CreateApp' } });
    const lines = log.mock.calls.map(([line]) => line);
    expect(lines[0]).toBe('thing: WAIT 16.0 s after CreateApp');
    expect(lines.find((l) => l.includes('still WAIT'))).toMatch(
      /^thing: still WAIT \d+\.\d s after CreateApp \(\d+ checks\)$/,
    );
    expect(lines.at(-1)).toMatch(/^thing: DONE \d+\.\d s after CreateApp$/);
  });

  it('keeps going through transient errors', async () => {
    const { base } = options([
      new Error('transient'),
      { status: 'WAIT' },
      new Error('transient'),
      { status: 'DONE' },
    ]);
    await expect(pollUntilSettled(base)).resolves.toMatchObject({ checks: 4 });
  });

  it("passes on the action's own error as it is, unexplained", async () => {
    const own = new ActionError('Launch test cancelled.');
    const { base, reads } = options([{ status: 'WAIT' }, own]);
    await expect(pollUntilSettled(base)).rejects.toBe(own);
    expect(reads()).toBe(2);
  });

  it('stops at once on an error waiting cannot fix', async () => {
    const { base, reads } = options([{ status: 'WAIT' }, new Error('denied')]);
    await expect(pollUntilSettled(base)).rejects.toThrow('explained: denied');
    expect(reads()).toBe(2);
  });

  it('times out on the deadline, naming the last status and the wait', async () => {
    const { base, clock } = options([{ status: 'WAIT' }], { timeoutMs: 20_000 });
    await expect(pollUntilSettled(base)).rejects.toThrow(
      /^Timed out after 20\.0 s waiting for thing: its last status was WAIT after \d+ checks/,
    );
    expect(clock.now()).toBe(20_000);
  });

  it('carries the last status seen when it fails or times out', async () => {
    const failed = await pollUntilSettled(
      options([{ status: 'WAIT' }, { status: 'BAD' }]).base,
    ).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(PollFailure);
    expect((failed as PollFailure).lastStatus).toBe('BAD');
    const late = await pollUntilSettled(
      options([{ status: 'WAIT' }], { timeoutMs: 5000 }).base,
    ).catch((error: unknown) => error);
    expect((late as PollFailure).lastStatus).toBe('WAIT');
  });
});
