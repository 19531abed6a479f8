// The pull-request comment's ways of not writing, against a fake API (no server): which pull request
// a run comments on, each reason to skip, and the warning for each way GitHub can refuse.
import { describe, expect, it } from '@jest/globals';
import {
  commentWarning,
  postComment,
  statusOf,
  type CommentApi,
  type GitHubEvent,
} from '../../src/github/comment.js';

/** A fake API: the commit's pull requests as given; the comment written to whichever is asked. */
function fakeApi(pulls: { number: number; state: string }[] = []) {
  const calls: string[] = [];
  const api: CommentApi = {
    listComments: (target) => {
      calls.push(`list #${target.issueNumber}`);
      return Promise.resolve([]);
    },
    createComment: (target) => {
      calls.push(`create #${target.issueNumber}`);
      return Promise.resolve(`https://github.com/o/r/pull/${target.issueNumber}#c`);
    },
    updateComment: () => Promise.reject(new Error('never updated here')),
    pullsOfCommit: (_repository, sha) => {
      calls.push(`pulls of ${sha}`);
      return Promise.resolve(pulls);
    },
  };
  return { api, calls };
}

const EVENT: GitHubEvent = {
  repository: { owner: 'o', repo: 'r' },
  eventName: 'push',
  sha: 'abc',
  apiUrl: 'https://api.github.com',
};
const body = () => 'body';

describe('postComment: which pull request, or why none', () => {
  it.each([
    ['workflow_dispatch', 'abc', 'no pull request for this workflow_dispatch'],
    ['', 'abc', 'no pull request for this run'],
    ['push', '', 'no pull request for this push'],
  ])('skips a %j event of commit %j without asking GitHub', async (eventName, sha, reason) => {
    const { api, calls } = fakeApi([{ number: 3, state: 'open' }]);
    expect(await postComment(api, { ...EVENT, eventName, sha }, 'm', body)).toStrictEqual({
      kind: 'skipped',
      reason,
    });
    expect(calls).toStrictEqual([]);
  });

  it('skips a run off a runner (no repository) without a warning', async () => {
    const { api, calls } = fakeApi();
    const { repository: _omitted, ...local } = EVENT;
    expect(await postComment(api, local, 'm', body)).toStrictEqual({
      kind: 'skipped',
      reason: 'no GITHUB_REPOSITORY (not on a runner)',
    });
    expect(calls).toStrictEqual([]);
  });

  it("comments on a pushed commit's open pull request, else its first one", async () => {
    const open = fakeApi([
      { number: 4, state: 'closed' },
      { number: 5, state: 'open' },
    ]);
    expect(await postComment(open.api, EVENT, 'm', body)).toStrictEqual({
      kind: 'written',
      url: 'https://github.com/o/r/pull/5#c',
      created: true,
      requests: 3,
    });
    expect(open.calls).toStrictEqual(['pulls of abc', 'list #5', 'create #5']);
    const closed = fakeApi([
      { number: 4, state: 'closed' },
      { number: 6, state: 'merged' },
    ]);
    await postComment(closed.api, EVENT, 'm', body);
    expect(closed.calls).toStrictEqual(['pulls of abc', 'list #4', 'create #4']);
  });

  it("comments on the event's own pull request without looking for the commit's", async () => {
    const { api, calls } = fakeApi([{ number: 5, state: 'open' }]);
    const result = await postComment(
      api,
      { ...EVENT, eventName: 'pull_request', pullRequest: 8 },
      'm',
      body,
    );
    expect(result).toStrictEqual({
      kind: 'written',
      url: 'https://github.com/o/r/pull/8#c',
      created: true,
      requests: 2,
    });
    expect(calls).toStrictEqual(['list #8', 'create #8']);
  });
});

describe('commentWarning', () => {
  const httpError = (status: unknown, message: string) =>
    Object.assign(new Error(message), { status });

  it.each([403, 404])('tells a %d to give the job pull-requests: write', (status) => {
    expect(commentWarning(httpError(status, 'Not Found'))).toBe(
      `The comparison was not posted on the pull request (${status}: Not Found): the token may not ` +
        'write comments. Give the job `permissions: pull-requests: write`; a pull request from a fork ' +
        'gets a read-only token, so there the step summary has it all.',
    );
  });

  it('says any other refusal, or no answer, points at the summary only', () => {
    expect(commentWarning(httpError(502, 'Bad Gateway'))).toBe(
      'The comparison was not posted on the pull request (502: Bad Gateway); the step summary has it all.',
    );
    expect(commentWarning(new Error('socket hang up'))).toBe(
      'The comparison was not posted on the pull request (no answer: socket hang up); the step summary has it all.',
    );
    expect(commentWarning('plain')).toBe(
      'The comparison was not posted on the pull request (no answer: plain); the step summary has it all.',
    );
  });

  it("reads a status only when it is a number (Octokit's RequestError)", () => {
    expect(statusOf(httpError(404, 'x'))).toBe(404);
    expect(statusOf(httpError('404', 'x'))).toBeUndefined();
    expect(statusOf(null)).toBeUndefined();
    expect(statusOf(undefined)).toBeUndefined();
  });
});
