// The waits at their boundaries: the exact deadline, the heartbeat, a clock that does not start
// at zero, and the timeout message a user reads.
import { describe, expect, it, jest } from '@jest/globals';
import { ResourceInUse } from '@aws-sdk/client-sagemaker';
import { busyRetry } from '../../src/run/session.js';
import { retryWhileBusy } from '../../src/wait/busy.js';
import { pollUntilSettled, type PollOptions } from '../../src/wait/poll.js';
import { fakeClock, type FakeClock } from '../../__fixtures__/clock.js';
import { testSession } from '../../__fixtures__/session.js';

type State = { status: string };

function pollOptions(
  statuses: (string | Error)[],
  clock: FakeClock,
  overrides: Partial<PollOptions<State, State>> = {},
): PollOptions<State, State> & { log: jest.Mock<(line: string) => void> } {
  let i = 0;
  return {
    subject: 'image version img:3',
    read: () => {
      const next = statuses[Math.min(i++, statuses.length - 1)] as string | Error;
      return next instanceof Error ? Promise.reject(next) : Promise.resolve({ status: next });
    },
    statusOf: (s) => s.status,
    judge: (s) => (s.status === 'CREATED' ? { kind: 'done', value: s } : { kind: 'pending' }),
    canRetry: () => true,
    explain: () => 'never',
    clock,
    timeoutMs: 60_000,
    maxDelayMs: 5000,
    ...overrides,
    log: jest.fn<(line: string) => void>(),
  };
}

describe('pollUntilSettled, at its edges', () => {
  it('measures time from its own start, whatever the clock says', async () => {
    const clock = fakeClock();
    clock.advance(1_000_000);
    const result = await pollUntilSettled(pollOptions(['CREATING', 'CREATED'], clock));
    expect(result).toEqual({ value: { status: 'CREATED' }, checks: 2, waitedMs: 3500 });
  });

  it('checks first after one second even when the clock moved since it started', async () => {
    const clock = fakeClock();
    const ticking = { ...clock, now: () => (clock.advance(1), clock.now()) };
    await pollUntilSettled(pollOptions(['CREATED'], clock, { clock: ticking }));
    expect(clock.sleeps).toEqual([1000]);
  });

  it('says it is still waiting once a heartbeat has passed, exactly', async () => {
    const clock = fakeClock();
    const options = pollOptions(['CREATING', 'CREATING', 'CREATED'], clock, { heartbeatMs: 2500 });
    await pollUntilSettled(options);
    expect(options.log.mock.calls.map(([line]) => line)).toEqual([
      'image version img:3: CREATING after 1.0 s',
      'image version img:3: still CREATING after 3.5 s (2 checks)',
      'image version img:3: CREATED after 6.0 s',
    ]);
  });

  it('says when it will read again after an error', async () => {
    const clock = fakeClock();
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    const options = pollOptions([throttled, 'CREATED'], clock);
    await pollUntilSettled(options);
    expect(options.log).toHaveBeenCalledWith(
      'Could not read the status of image version img:3, will try again: ThrottlingException',
    );
  });

  it('times out naming the last status and what to do', async () => {
    const clock = fakeClock();
    await expect(
      pollUntilSettled(pollOptions(['CREATING'], clock, { timeoutMs: 10_000 })),
    ).rejects.toThrow(
      'Timed out after 10.0 s waiting for image version img:3: its last status was CREATING after 5 checks. Raise `wait-timeout-seconds`, or look at it in the SageMaker console.',
    );
  });

  it('times out with an unknown status when no read ever answered', async () => {
    const clock = fakeClock();
    await expect(
      pollUntilSettled(pollOptions([new Error('socket hang up')], clock, { timeoutMs: 5000 })),
    ).rejects.toThrow(
      /^Timed out after 5\.0 s waiting for image version img:3: its last status was unknown after \d+ checks\./,
    );
  });
});

describe('retryWhileBusy, at the end of its budget', () => {
  const busy = (): Error =>
    new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: {} });

  it('still tries when the next pause uses the budget up exactly, and counts its tries', async () => {
    const session = testSession({ imageName: 'img', waitTimeoutSeconds: 2 });
    // Pauses of 0.75 s and 1.25 s spend the 2 s budget exactly; the third would pass it.
    await expect(
      retryWhileBusy(busyRetry(session), 'working', () => Promise.reject(busy())),
    ).rejects.toThrow(
      'The SageMaker image "img" stayed busy (ResourceInUse: Resource was modified concurrently) through 3 tries while working, and this run has waited out a busy image for 2.0 s of its 2 s (`wait-timeout-seconds`). Re-run the job once the other work on the image has finished.',
    );
    expect(session.clock.sleeps).toEqual([750, 1250]);
    expect(session.report.info).toHaveBeenCalledWith(
      'The image is busy (Resource was modified concurrently); working again in 0.8 s.',
    );
  });
});
