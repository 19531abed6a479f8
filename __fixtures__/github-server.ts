// A small local GitHub REST API for the comment of `./compare`: issue comments listed 100 a page
// (with a Link header, as GitHub does), created and updated; the pull requests of a commit; and two
// failure modes: `read-only` (403 "Resource not accessible by integration" on every write, as a
// fork's token gets) and `too-long` (422 when a body is longer than `maxBody`). Listens on
// 127.0.0.1 only. Runs under jest and plain Node 24 (type stripping): erasable TypeScript only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type GitHubMode = 'normal' | 'read-only' | 'too-long';

export interface StoredComment {
  readonly id: number;
  body: string;
  readonly issue: number;
}

export interface GitHubRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
}

export class GitHubServer {
  readonly comments: StoredComment[] = [];
  readonly requests: GitHubRequest[] = [];
  /** Pull requests by commit SHA. */
  readonly pullsOfCommit = new Map<string, { number: number; state: string }[]>();
  mode: GitHubMode = 'normal';
  maxBody = 65_536;
  url = '';
  private nextId = 1000;
  private readonly server: Server = createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Comments from others, to fill pages before this action's. */
  seedComments(issue: number, count: number, body = 'a reviewer said something'): void {
    for (let i = 0; i < count; i++) this.comments.push({ id: this.nextId++, body, issue });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://local');
    const method = request.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      ...(request.headers.authorization === undefined
        ? {}
        : { authorization: request.headers.authorization }),
    });
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body =
      chunks.length === 0
        ? {}
        : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body?: string });
    const send = (
      status: number,
      document: unknown,
      headers: Record<string, string> = {},
    ): void => {
      response
        .writeHead(status, { 'content-type': 'application/json', ...headers })
        .end(JSON.stringify(document));
    };
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const pulls = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/.exec(url.pathname);
    if (method !== 'GET' && this.mode === 'read-only') {
      send(403, { message: 'Resource not accessible by integration', status: '403' });
      return;
    }
    if (
      (method === 'POST' || method === 'PATCH') &&
      this.mode === 'too-long' &&
      (body.body ?? '').length > this.maxBody
    ) {
      send(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
        status: '422',
      });
      return;
    }
    if (list !== null && method === 'GET') {
      const issue = Number(list[3]);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = this.comments.filter((comment) => comment.issue === issue);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link =
        page < last
          ? {
              link: `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`,
            }
          : {};
      send(
        200,
        slice.map((comment) => this.view(comment, list[1] ?? '', list[2] ?? '')),
        link,
      );
      return;
    }
    if (list !== null && method === 'POST') {
      const comment = { id: this.nextId++, body: body.body ?? '', issue: Number(list[3]) };
      this.comments.push(comment);
      send(201, this.view(comment, list[1] ?? '', list[2] ?? ''));
      return;
    }
    if (one !== null && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(one[3]));
      if (comment === undefined) {
        send(404, { message: 'Not Found' });
        return;
      }
      comment.body = body.body ?? '';
      send(200, this.view(comment, one[1] ?? '', one[2] ?? ''));
      return;
    }
    if (pulls !== null && method === 'GET') {
      send(200, this.pullsOfCommit.get(pulls[3] ?? '') ?? []);
      return;
    }
    send(404, { message: 'Not Found' });
  }

  private view(comment: StoredComment, owner: string, repo: string): unknown {
    return {
      id: comment.id,
      body: comment.body,
      html_url: `https://github.com/${owner}/${repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
    };
  }
}
