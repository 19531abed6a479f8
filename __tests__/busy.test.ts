import { describe, expect, it, jest } from '@jest/globals';
import { ResourceInUse } from '@aws-sdk/client-sagemaker';
import { retryWhileBusy } from '../src/wait/busy.js';
import type { Session } from '../src/run/session.js';
import { fakeClock } from './fixtures/clock.js';

const busy = (): Error =>
  new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: {} });

function session(waitTimeoutSeconds = 60): Session & { clock: ReturnType<typeof fakeClock> } {
  return {
    inputs: { imageName: 'img', waitTimeoutSeconds } as Session['inputs'],
    api: {} as Session['api'],
    client: {} as Session['client'],
    clock: fakeClock(),
    log: jest.fn(),
  };
}

describe('retryWhileBusy', () => {
  it('returns at once when the image is free', async () => {
    const s = session();
    await expect(retryWhileBusy(s, 'working', () => Promise.resolve('done'))).resolves.toBe('done');
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
    await expect(retryWhileBusy(s, 'working', attempt)).resolves.toBe('done');
    expect(s.clock.sleeps).toEqual([750, 1250, 2250]);
  });

  it('passes other errors through untouched', async () => {
    const s = session();
    const error = new Error('denied');
    await expect(retryWhileBusy(s, 'working', () => Promise.reject(error))).rejects.toBe(error);
  });

  it('gives up within wait-timeout-seconds, saying what it was doing', async () => {
    const s = session(20);
    await expect(
      retryWhileBusy(s, 'moving alias "stable"', () => Promise.reject(busy())),
    ).rejects.toThrow(/stayed busy \(ResourceInUse.*over 20 s while moving alias "stable"/);
    expect(s.clock.now()).toBeLessThanOrEqual(20_000);
  });
});
