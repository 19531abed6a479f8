// The small modules every run passes through: the run's identity from the environment, the system
// clock, the outputs that describe a version, and the error type the step fails with.
import { describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { maskAccount, setStatusOutputs } = await import('../../src/report/outputs.js');
const { readRunContext } = await import('../../src/inputs/run-context.js');
const { systemClock } = await import('../../src/wait/clock.js');
const { ActionError } = await import('../../src/common/action-error.js');

describe('readRunContext', () => {
  it('reads the commit, the run id and the attempt', () => {
    expect(
      readRunContext({ GITHUB_SHA: 'abc123', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' }),
    ).toStrictEqual({ sha: 'abc123', runId: '42', runAttempt: '2' });
  });

  it.each(['42x', 'x42', '', '4 2'])('takes %j as no number', (value) => {
    expect(readRunContext({ GITHUB_RUN_ID: value, GITHUB_RUN_ATTEMPT: value })).toStrictEqual({
      sha: '',
      runId: '',
      runAttempt: '',
    });
  });
});

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

describe('the version outputs', () => {
  const inputs = (maskAccountId: boolean) =>
    ({ maskAccountId }) as Parameters<typeof maskAccount>[0];

  it('masks an account id only when asked to and when there is one', () => {
    core.reset({});
    maskAccount(inputs(false), '123456789012');
    maskAccount(inputs(true), undefined);
    expect(core.setSecret).not.toHaveBeenCalled();
    maskAccount(inputs(true), '123456789012');
    expect(core.setSecret).toHaveBeenCalledWith('123456789012');
  });

  it('sets the status outputs empty when SageMaker leaves them out', () => {
    core.reset({});
    setStatusOutputs({});
    expect(core.outputs()).toStrictEqual({ 'image-version-status': '', 'container-image': '' });
  });
});

describe('ActionError', () => {
  it('is named for what it is', () => {
    expect(new ActionError('explained').name).toBe('ActionError');
  });
});
