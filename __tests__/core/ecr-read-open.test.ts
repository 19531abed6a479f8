// How the ECR check's reads are opened from the session (src/core/ecr-read.ts): the SDK edge gets
// the session's attempts and HTTP time limit in milliseconds, the run id, and its log lines go to
// debug; the waits get the session's clock and limits in milliseconds, and speak through info.
import { describe, expect, it, jest } from '@jest/globals';
import type { ClientSettings } from '../../src/aws/client-config.js';
import { testSession } from '../../__fixtures__/session.js';

const opened: Omit<ClientSettings, 'region'>[] = [];
jest.unstable_mockModule('../../src/aws/ecr-images.js', () => ({
  openEcrImageReads: (settings: Omit<ClientSettings, 'region'>) => {
    opened.push(settings);
    return { opened: true };
  },
}));
const { openEcrReads, readSettings } = await import('../../src/core/ecr-read.js');

describe('openEcrReads', () => {
  it('opens the reads with the session attempts, its HTTP limit in ms and the run id; the SDK speaks in debug', async () => {
    const debug = jest.fn<(line: string) => void>();
    const base = testSession({ maxAttempts: 4, httpTimeoutSeconds: 7 });
    const session = { inputs: base.inputs, report: { ...base.report, debug } };
    expect(await openEcrReads(session, '4321')).toEqual({ opened: true });
    expect(opened).toEqual([
      { maxAttempts: 4, httpTimeoutMs: 7000, runId: '4321', log: expect.any(Function) },
    ]);
    opened[0]?.log('AWS SDK debug: a line');
    expect(debug.mock.calls).toEqual([['AWS SDK debug: a line']]);
  });
});

describe('readSettings', () => {
  it('waits by the session clock, within its limits in ms, speaks in info, and names the image', () => {
    const session = testSession({
      imageName: 'img',
      waitTimeoutSeconds: 60,
      waitMaxDelaySeconds: 5,
    });
    const settings = readSettings(session);
    expect(settings).toEqual({
      clock: session.clock,
      timeoutMs: 60_000,
      maxDelayMs: 5000,
      log: expect.any(Function),
      imageName: 'img',
    });
    expect(settings.clock).toBe(session.clock);
    settings.log('the preview: COMPLETE');
    expect(session.lines()).toEqual(['the preview: COMPLETE']);
  });
});
