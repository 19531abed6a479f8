// The pull-request comment of `./compare`: one per pull request and key, found by its hidden marker
// and updated in place on every run, never a second one. @actions/github loads only here, when a
// comment is written (a dynamic import), and talks to GITHUB_API_URL (GitHub Enterprise Server,
// or a local server in tests).
//
// Requests: the comments listed 100 a page until the marker is found (a page shorter than 100 is
// the last), then one write (PATCH, or POST when none has the marker). On a `push` event one more
// read finds the commit's pull request (GET /repos/{o}/{r}/commits/{sha}/pulls).
//
// A token that may not write (a pull request from a fork, `pull-requests: write` missing: 403
// "Resource not accessible by integration") is a warning, never a failure: the summary has it all.
// A body GitHub finds too long (422) is cut once more and sent again.
import { readFileSync } from 'node:fs';

export const COMMENTS_PER_PAGE = 100;

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export interface CommentTarget extends Repository {
  readonly issueNumber: number;
}

export interface ListedComment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url: string;
}

/** The REST calls the comment makes: a port, so that tests can count and fake them. */
export interface CommentApi {
  listComments(target: CommentTarget, page: number): Promise<readonly ListedComment[]>;
  createComment(target: CommentTarget, body: string): Promise<string>;
  updateComment(repository: Repository, id: number, body: string): Promise<string>;
  pullsOfCommit(
    repository: Repository,
    sha: string,
  ): Promise<readonly { number: number; state: string }[]>;
}

export type CommentResult =
  | {
      readonly kind: 'written';
      readonly url: string;
      readonly created: boolean;
      readonly requests: number;
    }
  | { readonly kind: 'skipped'; readonly warning?: string; readonly reason: string };

/** The calls through @actions/github's Octokit, loaded now; base URL GITHUB_API_URL. */
export async function octokitApi(token: string, apiUrl: string): Promise<CommentApi> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  return {
    listComments: async ({ owner, repo, issueNumber }, page) =>
      (
        await octokit.rest.issues.listComments({
          owner,
          repo,
          issue_number: issueNumber,
          per_page: COMMENTS_PER_PAGE,
          page,
        })
      ).data,
    createComment: async ({ owner, repo, issueNumber }, body) =>
      (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }))
        .data.html_url,
    updateComment: async ({ owner, repo }, id, body) =>
      (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data
        .html_url,
    pullsOfCommit: async ({ owner, repo }, sha) =>
      (
        await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          owner,
          repo,
          commit_sha: sha,
        })
      ).data,
  };
}

/** The comment with `marker`, else a new one; `bodyFor(limit)` is the body cut to `limit`. */
export async function upsertComment(
  api: CommentApi,
  target: CommentTarget,
  marker: string,
  bodyFor: (limit?: number) => string,
): Promise<{ url: string; created: boolean; requests: number }> {
  let requests = 0;
  let found: ListedComment | undefined;
  for (let page = 1; found === undefined; page++) {
    const comments = await api.listComments(target, page);
    requests += 1;
    found = comments.find((comment) => comment.body?.startsWith(marker) === true);
    if (comments.length < COMMENTS_PER_PAGE) break;
  }
  const write = (body: string): Promise<string> =>
    found === undefined
      ? api.createComment(target, body)
      : api.updateComment(target, found.id, body);
  let url: string;
  try {
    requests += 1;
    url = await write(bodyFor());
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    // GitHub counts the body in its own way (UTF-16 units, entities): cut it shorter and say so.
    requests += 1;
    url = await write(bodyFor(60_000));
  }
  return { url, created: found === undefined, requests };
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** What the runner says about the event: the repository, the event, its payload's pull request. */
export interface GitHubEvent {
  readonly repository?: Repository;
  readonly eventName: string;
  readonly sha: string;
  /** The pull request of a pull_request(_target) event. */
  readonly pullRequest?: number;
  readonly apiUrl: string;
}

export function readGitHubEvent(env: NodeJS.ProcessEnv = process.env): GitHubEvent {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let pullRequest: number | undefined;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      pull_request?: { number?: unknown };
    };
    if (typeof payload.pull_request?.number === 'number') pullRequest = payload.pull_request.number;
  } catch {
    // No event file (a local run): no pull request from it.
  }
  return {
    ...(owner && repo ? { repository: { owner, repo } } : {}),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ...(pullRequest === undefined ? {} : { pullRequest }),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
  };
}

/** The pull request to comment on, and the requests it took to find it. */
async function pullRequestFor(
  api: CommentApi,
  event: GitHubEvent & { repository: Repository },
): Promise<{ number?: number; requests: number }> {
  if (event.pullRequest !== undefined) return { number: event.pullRequest, requests: 0 };
  if (event.eventName !== 'push' || event.sha === '') return { requests: 0 };
  const pulls = await api.pullsOfCommit(event.repository, event.sha);
  const open = pulls.find((pull) => pull.state === 'open') ?? pulls[0];
  return { ...(open === undefined ? {} : { number: open.number }), requests: 1 };
}

/** Writes or updates the comment; every way it cannot is a skip, with a warning when it matters. */
export async function postComment(
  api: CommentApi,
  event: GitHubEvent,
  marker: string,
  bodyFor: (limit?: number) => string,
): Promise<CommentResult> {
  const { repository } = event;
  if (repository === undefined)
    return { kind: 'skipped', reason: 'no GITHUB_REPOSITORY (not on a runner)' };
  try {
    const pull = await pullRequestFor(api, { ...event, repository });
    if (pull.number === undefined)
      return { kind: 'skipped', reason: `no pull request for this ${event.eventName || 'run'}` };
    const target = { ...repository, issueNumber: pull.number };
    const written = await upsertComment(api, target, marker, bodyFor);
    return { kind: 'written', ...written, requests: written.requests + pull.requests };
  } catch (error) {
    return { kind: 'skipped', reason: 'GitHub refused it', warning: commentWarning(error) };
  }
}

/** Why the comment could not be written, and what to do. Pure. */
export function commentWarning(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === 403 || status === 404) {
    return (
      `The comparison was not posted on the pull request (${status}: ${message}): the token may not ` +
      'write comments. Give the job `permissions: pull-requests: write`; a pull request from a fork ' +
      'gets a read-only token, so there the step summary has it all.'
    );
  }
  return `The comparison was not posted on the pull request (${status ?? 'no answer'}: ${message}); the step summary has it all.`;
}
