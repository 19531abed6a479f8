import { describe, expect, it, jest } from '@jest/globals';
import { ResourceInUse } from '@aws-sdk/client-sagemaker';
import { busyRetry } from '../../src/run/session.js';
import { retryWhileBusy } from '../../src/wait/busy.js';
import { testSession, type TestSession } from '../../__fixtures__/session.js';

const busy = (): Error =>
  new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: {} });

function session(waitTimeoutSeconds = 60): TestSession {
  return testSession({ imageName: 'img', waitTimeoutSeconds });
}

describe('retryWhileBusy', () => {
  it('returns at once when the image is free', async () => {
    const s = session();
    await expect(
      retryWhileBusy(busyRetry(s), 'working', () => Promise.resolve('done')),
    ).resolves.toBe('done');
    expect(s.clock.sleeps).toEqual([]);
  });

  it('waits out ResourceInUse with growing, jittered pauses', async () => {
    const s = session();
    const attempt = jest
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(busy())
      .mockRejectedValueOnce(busy())
      .mockRejectedValueOnce(busy())
      .mockResolvedValue('done');
    await expect(retryWhileBusy(busyRetry(s), 'working', attempt)).resolves.toBe('done');
    expect(s.clock.sleeps).toEqual([750, 1250, 2250]);
  });

  it("says AWS's own reason, such as a version being deleted", async () => {
    const s = session(5);
    const deleting = new ResourceInUse({
      message: 'ImageVersion (arn:aws:sagemaker:us-east-1:1:image-version/img/3) is being deleted.',
      $metadata: {},
    });
    await expect(
      retryWhileBusy(busyRetry(s), 'deleting version 4', () => Promise.reject(deleting)),
    ).rejects.toThrow(
      'The SageMaker image "img" stayed busy (ResourceInUse: ImageVersion (arn:aws:sagemaker:us-east-1:1:image-version/img/3) is being deleted) through',
    );
    expect(s.report.info).toHaveBeenCalledWith(
      'The image is busy (ImageVersion (arn:aws:sagemaker:us-east-1:1:image-version/img/3) is being deleted); deleting version 4 again in 0.8 s.',
    );
  });

  it('names the usual cause when ResourceInUse comes without a message', async () => {
    const s = session(1);
    const bare = new ResourceInUse({ message: '', $metadata: {} });
    await expect(
      retryWhileBusy(busyRetry(s), 'creating the version', () => Promise.reject(bare)),
    ).rejects.toThrow(
      'The SageMaker image "img" stayed busy (ResourceInUse: another version or update in progress) through',
    );
    expect(s.report.info).toHaveBeenCalledWith(
      'The image is busy (another version or update in progress); creating the version again in 0.8 s.',
    );
  });

  it('passes other errors through untouched', async () => {
    const s = session();
    const error = new Error('denied');
    await expect(retryWhileBusy(busyRetry(s), 'working', () => Promise.reject(error))).rejects.toBe(
      error,
    );
  });

  it('gives up within wait-timeout-seconds, saying what it was doing', async () => {
    const s = session(20);
    await expect(
      retryWhileBusy(busyRetry(s), 'moving alias "stable"', () => Promise.reject(busy())),
    ).rejects.toThrow(
      /stayed busy \(ResourceInUse.*tries while moving alias "stable", and this run/,
    );
    expect(s.clock.now()).toBeLessThanOrEqual(20_000);
  });

  it('draws every wait from one budget for the whole run', async () => {
    const s = session(3);
    const attempt = jest
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(busy())
      .mockRejectedValueOnce(busy())
      .mockResolvedValue('done');
    // The first write spends 0.75 s + 1.25 s of the 3 s budget.
    await expect(retryWhileBusy(busyRetry(s), 'first', attempt)).resolves.toBe('done');
    expect(s.busyBudget.spentMs).toBe(2000);
    // The second may wait only what is left: its first pause (0.75 s) fits, its second does not.
    await expect(
      retryWhileBusy(busyRetry(s), 'second', () => Promise.reject(busy())),
    ).rejects.toThrow(
      'The SageMaker image "img" stayed busy (ResourceInUse: Resource was modified concurrently) through 2 tries while second, and this run has waited out a busy image for 2.8 s of its 3 s (`wait-timeout-seconds`). Re-run the job once the other work on the image has finished.',
    );
    expect(s.clock.sleeps).toEqual([750, 1250, 750]);
  });

  it("never waits past the step's deadline, whatever the budget has left", async () => {
    const s = { ...session(60), deadline: 1000 };
    await expect(
      retryWhileBusy(busyRetry(s), 'creating', () => Promise.reject(busy())),
    ).rejects.toThrow('through 2 tries while creating');
    expect(s.clock.sleeps).toEqual([750]);
  });
});
