// openSession: the session every entry point opens once its inputs are valid, and the one warning it
// may give first: a proxy set on a runner whose Node.js cannot use it (before 24.5).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { openSession } from '../../src/run/entry.js';
import type { SessionInputs } from '../../src/inputs/common-inputs.js';
import { fakeClock } from '../../__fixtures__/clock.js';
import { recordingReporter } from '../../__fixtures__/reporter.js';

const INPUTS = {
  region: 'eu-west-1',
  maxAttempts: 3,
  httpTimeoutSeconds: 30,
  maskAccountId: false,
  waitTimeoutSeconds: 120,
} as SessionInputs;
const RUN = { runId: '77' } as Parameters<typeof openSession>[1];
const realVersion = process.version;
const realEnv = { ...process.env };

function onNode(version: string): void {
  Object.defineProperty(process, 'version', { value: version, configurable: true });
}

// The runner's own proxy settings, if any, stay out of these tests and come back after.
beforeEach(() => {
  for (const name of Object.keys(process.env)) if (/_proxy$/i.test(name)) delete process.env[name];
});
afterEach(() => {
  onNode(realVersion);
  process.env = { ...realEnv };
});

describe('openSession', () => {
  it('warns once that a proxy is not used on Node.js before 24.5, and opens the session', async () => {
    process.env.HTTPS_PROXY = 'http://proxy.internal:3128';
    onNode('v24.4.1');
    const report = recordingReporter();
    const session = await openSession(INPUTS, RUN, fakeClock(), report);
    expect(report.warning.mock.calls).toStrictEqual([
      [
        "HTTPS_PROXY is set, but this runner's Node.js 24.4.1 is older than 24.5, the first whose " +
          "connections take a proxy from the environment: the action's requests to AWS go out " +
          'directly, not through the proxy. Update the runner (its Node.js 24 comes with it), or let ' +
          'the runner reach the AWS endpoints directly.',
      ],
    ]);
    expect(session.busyBudget).toStrictEqual({ totalMs: 120_000, spentMs: 0 });
    expect(session.inputs).toBe(INPUTS);
    expect(await session.client.config.region()).toBe('eu-west-1');
  });

  it('says nothing on a Node.js that takes the proxy, or without one', async () => {
    process.env.HTTPS_PROXY = 'http://proxy.internal:3128';
    const report = recordingReporter();
    await openSession(INPUTS, RUN, fakeClock(), report);
    delete process.env.HTTPS_PROXY;
    onNode('v24.4.1');
    await openSession(INPUTS, RUN, fakeClock(), report);
    expect(report.warning).not.toHaveBeenCalled();
  });
});
