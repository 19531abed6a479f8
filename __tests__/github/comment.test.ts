// The pull-request comment against a local GitHub API: one comment per key however many runs,
// found past the first page, a read-only token a warning, a body too long cut and sent again,
// the pull request of a pushed commit found, GITHUB_API_URL honoured.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  octokitApi,
  postComment,
  readGitHubEvent,
  type CommentApi,
  type GitHubEvent,
} from '../../src/github/comment.js';
import { commentBody, commentMarker } from '../../src/compare/render.js';
import { GitHubServer } from '../../__fixtures__/github-server.js';

const server = new GitHubServer();
let api: CommentApi;
let event: GitHubEvent;
const marker = commentMarker('team-image', ['d-one']);
const bodyFor = (text: string) => (limit?: number) =>
  commentBody(marker, text, 'https://github.com/o/r/actions/runs/1', limit);

beforeAll(async () => {
  await server.start();
  api = await octokitApi('ghs_local_token', server.url);
});
afterAll(() => server.stop());
beforeEach(() => {
  server.comments.length = 0;
  server.requests.length = 0;
  server.mode = 'normal';
  event = {
    repository: { owner: 'o', repo: 'r' },
    eventName: 'pull_request',
    sha: 'abc',
    pullRequest: 7,
    apiUrl: server.url,
  };
});

describe('postComment', () => {
  it('leaves exactly one comment after ten runs, each one list page and one write', async () => {
    for (let run = 1; run <= 10; run++) {
      const result = await postComment(api, event, marker, bodyFor(`run ${run}`));
      expect(result).toMatchObject({ kind: 'written', created: run === 1, requests: 2 });
    }
    const ours = server.comments.filter((comment) => comment.body.startsWith(marker));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('run 10');
    expect(server.requests).toHaveLength(20);
    expect(server.requests[0]?.authorization).toBe('token ghs_local_token');
  });

  it('finds its comment past a full page, one list request per 100 comments', async () => {
    server.seedComments(7, 150);
    await postComment(api, event, marker, bodyFor('first'));
    server.seedComments(7, 120);
    server.requests.length = 0;
    const result = await postComment(api, event, marker, bodyFor('second'));
    expect(result).toMatchObject({ kind: 'written', created: false });
    // 150 others, then ours: it is the 151st, on page 2.
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH']);
  });

  it('keeps one comment per key: another image or other domains get their own', async () => {
    await postComment(api, event, marker, bodyFor('a'));
    await postComment(api, event, commentMarker('team-image', ['d-two']), (limit) =>
      commentBody(commentMarker('team-image', ['d-two']), 'b', '', limit),
    );
    expect(server.comments).toHaveLength(2);
  });

  it('turns a read-only token into a warning', async () => {
    server.mode = 'read-only';
    const result = await postComment(api, event, marker, bodyFor('x'));
    expect(result.kind).toBe('skipped');
    if (result.kind === 'skipped') {
      expect(result.warning).toContain('Resource not accessible by integration');
      expect(result.warning).toContain('pull-requests: write');
    }
  });

  it('cuts a body GitHub finds too long and sends it again', async () => {
    server.mode = 'too-long';
    server.maxBody = 62_000;
    const result = await postComment(
      api,
      event,
      marker,
      bodyFor('x'.repeat(200) + '\n'.repeat(1) + 'y\n'.repeat(40_000)),
    );
    expect(result).toMatchObject({ kind: 'written', requests: 3 });
    const body = server.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain(
      "the whole comparison is in [the run's summary](https://github.com/o/r/actions/runs/1)",
    );
  });

  it('finds the pull request of a pushed commit, and writes nothing without one', async () => {
    server.pullsOfCommit.set('abc', [{ number: 9, state: 'open' }]);
    const push = { ...event, eventName: 'push' };
    delete (push as { pullRequest?: number }).pullRequest;
    expect(await postComment(api, push, marker, bodyFor('x'))).toMatchObject({
      kind: 'written',
      requests: 3,
    });
    expect(server.comments[0]?.issue).toBe(9);
    const orphan = { ...push, sha: 'def' };
    expect(await postComment(api, orphan, marker, bodyFor('x'))).toMatchObject({
      kind: 'skipped',
      reason: 'no pull request for this push',
    });
  });
});

describe('readGitHubEvent', () => {
  it('reads the repository, the pull request of the event file, and GITHUB_API_URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 42 } }));
    try {
      expect(
        readGitHubEvent({
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: join(dir, 'event.json'),
          GITHUB_SHA: 'abc',
          GITHUB_API_URL: 'https://ghe.example/api/v3/',
        }),
      ).toEqual({
        repository: { owner: 'o', repo: 'r' },
        eventName: 'pull_request',
        sha: 'abc',
        pullRequest: 42,
        apiUrl: 'https://ghe.example/api/v3',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(readGitHubEvent({}).apiUrl).toBe('https://api.github.com');
  });
});
