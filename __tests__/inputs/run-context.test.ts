// The run's identity and attempt, as the runner's environment gives them.
import { describe, expect, it } from '@jest/globals';
import { readRunContext } from '../../src/inputs/run-context.js';

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
