// End to end, `./compare`: the committed bundle started as dist/compare/index.js reads the local
// endpoint (a Studio domain pinning version 1, its AppImageConfig, ECR's indexes with SBOM and
// provenance attestations, each digest's scan) and writes its comment to the local GitHub API
// (GITHUB_API_URL): one comment however many pushes, a read-only token a warning, a body GitHub
// finds too long cut, a push event's pull request found by its commit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SeededImage } from '../../__fixtures__/ecr-model.ts';
import { GitHubServer } from '../../__fixtures__/github-server.ts';
import { DEFAULT_SHA, runAction, type RunResult } from '../../__fixtures__/run-action.ts';
import {
  TEST_ACCOUNT,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.ts';

const REPOSITORY = 'team/studio';
const HOST = `${TEST_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com`;
const MARKER = '<!-- sagemaker-image-version-action:compare image=team-image domains=d-one -->';
const TOKEN = 'ghs_e2eTokenNotReal0000000000000000000';

let server: SageMakerServer;
const github = new GitHubServer();
let live: SeededImage;
let next: SeededImage;
let eventDir: string;

beforeAll(async () => {
  server = await startSageMakerServer({
    images: ['team-image'],
    ecr: { standardImages: false },
    domains: [
      {
        id: 'd-one',
        defaultUserSettings: {
          JupyterLabAppSettings: {
            CustomImages: [
              { ImageName: 'team-image', AppImageConfigName: 'team-config', ImageVersionNumber: 1 },
            ],
          },
        },
      },
    ],
  });
  await github.start();
  server.studio.addAppImageConfig('team-config', {
    JupyterLabAppImageConfig: {
      FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 },
    },
  });
  live = server.ecr.seedImage(REPOSITORY, 'live', 'attestation-index', {
    sbom: ['pkg:pypi/torch@2.2.0', 'pkg:pypi/numpy@1.26.4', 'pkg:deb/ubuntu/openssl@3.0.2'],
    builtFrom: 'pkg:docker/ubuntu@22.04?platform=linux%2Famd64',
    layerSizes: [30_000_000, 400_000_000],
  });
  next = server.ecr.seedImage(REPOSITORY, 'next', 'attestation-index', {
    sbom: ['pkg:pypi/torch@2.3.1', 'pkg:pypi/numpy@1.26.4', 'pkg:pypi/httpx@0.27.0'],
    builtFrom: 'pkg:docker/ubuntu@24.04?platform=linux%2Famd64',
    layerSizes: [30_000_000, 450_000_000],
  });
  server.addVersion('team-image', {
    baseImage: `${HOST}/${REPOSITORY}:live`,
    containerImage: `${HOST}/${REPOSITORY}@${live.amd64Digest ?? ''}`,
  });
  eventDir = mkdtempSync(join(tmpdir(), 'compare-event-'));
  writeFileSync(
    join(eventDir, 'pull_request.json'),
    JSON.stringify({ pull_request: { number: 7 } }),
  );
  writeFileSync(join(eventDir, 'push.json'), JSON.stringify({ after: DEFAULT_SHA }));
});
afterAll(async () => {
  await server.close();
  await github.stop();
  rmSync(eventDir, { recursive: true, force: true });
});

beforeEach(() => {
  github.comments.length = 0;
  github.requests.length = 0;
  github.mode = 'normal';
  github.maxBody = 65_536;
  server.ecr.resetScans();
  server.ecr.setScan(live.amd64Digest ?? '', [
    {
      status: 'COMPLETE',
      findings: [
        { id: 'CVE-2024-0001', severity: 'HIGH', packageName: 'openssl', version: '3.0.2' },
      ],
    },
  ]);
  server.ecr.setScan(next.amd64Digest ?? '', [
    {
      status: 'COMPLETE',
      findings: [
        {
          id: 'CVE-2026-0002',
          severity: 'HIGH',
          packageName: 'torch',
          version: '2.3.1',
          fixedInVersion: '2.3.2',
        },
      ],
      enhanced: true,
    },
  ]);
});

/** One run of ./compare, as on a pull_request event (or `event`). */
async function compare(
  inputs: Record<string, string> = {},
  event: 'pull_request' | 'push' = 'pull_request',
): Promise<RunResult> {
  return runAction({
    entry: 'compare',
    endpoint: server.url,
    inputs: {
      'image-name': 'team-image',
      'base-image': `${HOST}/${REPOSITORY}:next`,
      'domain-ids': 'd-one',
      'app-image-config': JSON.stringify({
        AppImageConfigName: 'team-config',
        JupyterLabAppImageConfig: {
          FileSystemConfig: {
            MountPath: '/home/sagemaker-user/work',
            DefaultUid: 1000,
            DefaultGid: 100,
          },
        },
      }),
      // Believe the scans at once: the settling itself is tested in-process with a fake clock.
      'scan-wait-seconds': '0',
      'github-token': TOKEN,
      ...inputs,
    },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: join(eventDir, `${event}.json`),
    },
  });
}

const warnings = (stdout: string): string[] =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning'))
    .map((line) => line.replace(/^::warning[^:]*::/, '').replace(/%0A/g, '\n'));
const ours = (): typeof github.comments => github.comments.filter((c) => c.body.startsWith(MARKER));
const writes = (): string[] =>
  github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
const listPages = (): number =>
  github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).length;

/** The comparison a reviewer reads, whether in the summary or the comment. */
function expectTheComparison(text: string): void {
  expect(text).toContain('| `d-one` | user | JupyterLab | version 1 |');
  expect(text).toContain(
    '| `JupyterLabAppImageConfig.FileSystemConfig.MountPath` | "/home/sagemaker-user" | "/home/sagemaker-user/work" |',
  );
  expect(text).toContain('| upgraded ★ | pypi | torch | 2.2.0 | 2.3.1 |');
  expect(text).toContain('pkg:docker/ubuntu@24.04');
  expect(text).toContain('HIGH CVE-2026-0002 in torch 2.3.1 (fixed in 2.3.2)');
  expect(text).toContain('Image checks');
  expect(text).toContain('| USER matches the uid / gid of `app-image-config` | passed |');
}

describe('./compare on a pull request', () => {
  it('leaves one comment after ten pushes, each run one list page per 100 comments and one write', async () => {
    github.seedComments(7, 150);
    for (let push = 1; push <= 10; push++) {
      github.requests.length = 0;
      const result = await compare();
      expect(result.exitCode).toBe(0);
      // 151 comments: two pages of 100, then the write (POST the first time, PATCH after).
      expect(listPages()).toBe(2);
      expect(writes()).toEqual([
        push === 1
          ? 'POST /repos/octo-org/images/issues/7/comments'
          : `PATCH /repos/octo-org/images/issues/comments/${ours()[0]?.id ?? 0}`,
      ]);
      expect(result.outputs['comment-url']).toBe(
        `https://github.com/octo-org/images/pull/7#issuecomment-${ours()[0]?.id ?? 0}`,
      );
    }
    expect(ours()).toHaveLength(1);
    expect(github.comments).toHaveLength(151);
    expectTheComparison(ours()[0]?.body ?? '');
    // GITHUB_API_URL is where it went, with the token.
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  }, 120_000);

  it('reads one DescribeImageScanFindings page per digest, and nothing but reads', async () => {
    const from = server.requests.length;
    const result = await compare({ comment: 'off' });
    expect(result.exitCode).toBe(0);
    const operations = server.requests.slice(from).map((r) => r.operation);
    expect(operations.filter((op) => op === 'DescribeImageScanFindings')).toHaveLength(2);
    expect(server.ecr.scanRequests.get(next.amd64Digest ?? '')).toBe(1);
    expect(server.ecr.scanRequests.get(live.amd64Digest ?? '')).toBe(1);
    expect(operations.filter((op) => /^(Create|Update|Delete|Put|Start)/.test(op))).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it('warns on a read-only token (403) and still writes the whole summary', async () => {
    github.mode = 'read-only';
    const result = await compare();
    expect(result.exitCode).toBe(0);
    expect(warnings(result.stdout).join('\n')).toContain(
      'The comparison was not posted on the pull request (403: Resource not accessible by integration',
    );
    expect(result.outputs['comment-url']).toBe('');
    expectTheComparison(result.summary);
    expect(ours()).toHaveLength(0);
  });

  it('cuts a body past 65,536 characters, and again when GitHub finds it too long (422)', async () => {
    // 60 packages with names of 1,400 characters: the package table alone is past the limit.
    const huge = server.ecr.seedImage(REPOSITORY, 'huge', 'attestation-index', {
      sbom: [
        'pkg:pypi/torch@2.3.1',
        ...Array.from(
          { length: 60 },
          (_, i) => `pkg:pypi/p${String(i).padStart(2, '0')}${'x'.repeat(1_400)}@1.0`,
        ),
      ],
      builtFrom: 'pkg:docker/ubuntu@24.04?platform=linux%2Famd64',
      layerSizes: [30_000_000, 500_000_000],
    });
    server.ecr.setScan(huge.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [] }]);
    github.mode = 'too-long';
    github.maxBody = 62_000;
    const result = await compare({ 'base-image': `${HOST}/${REPOSITORY}:huge` });
    expect(result.exitCode).toBe(0);
    // 65,536 characters refused, then 60,000 taken.
    expect(writes()).toEqual([
      'POST /repos/octo-org/images/issues/7/comments',
      'POST /repos/octo-org/images/issues/7/comments',
    ]);
    const body = ours()[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).toContain(
      "cut to fit a comment: the whole comparison is in [the run's summary](https://github.com/octo-org/images/actions/runs/",
    );
    expect(result.summary.length).toBeGreaterThan(65_536);
    expect(result.summary).toContain('Image checks');
  });

  it('on a push, comments on the pull request of the commit', async () => {
    github.pullsOfCommit.set(DEFAULT_SHA, [{ number: 7, state: 'open' }]);
    const result = await compare({}, 'push');
    expect(result.exitCode).toBe(0);
    expect(github.requests[0]?.path).toBe(`/repos/octo-org/images/commits/${DEFAULT_SHA}/pulls`);
    expect(ours().map((c) => c.issue)).toEqual([7]);
    github.pullsOfCommit.clear();
  });

  it('on a push without a pull request, writes the summary only', async () => {
    const result = await compare({}, 'push');
    expect(result.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expectTheComparison(result.summary);
  });

  it("says which new findings came with the base image and which with the team's own layers", async () => {
    // ubuntu through the registry's pull-through cache (an index), and an image built FROM it.
    const baseRepository = 'docker-hub/library/ubuntu';
    const base = server.ecr.seedImage(baseRepository, '24.04', 'multi-platform', {
      layerSizes: [30_000_000],
    });
    const onBase = server.ecr.seedImage(REPOSITORY, 'on-base', 'attestation-index', {
      sbom: ['pkg:pypi/torch@2.3.1'],
      builtFrom: `pkg:docker/${HOST}/${baseRepository}@24.04?platform=linux%2Famd64`,
      builtFromDigest: base.digest,
      baseLayers: base.layers ?? [],
      layerSizes: [450_000_000],
    });
    const [baseLayer = '', ownLayer = ''] = onBase.layers ?? [];
    server.ecr.setScan(onBase.amd64Digest ?? '', [
      {
        status: 'COMPLETE',
        enhanced: true,
        findings: [
          {
            id: 'CVE-2026-0002',
            severity: 'HIGH',
            packageName: 'torch',
            version: '2.3.1',
            layer: ownLayer,
          },
          {
            id: 'CVE-2026-0009',
            severity: 'MEDIUM',
            packageName: 'libc6',
            version: '2.39',
            layer: baseLayer,
          },
        ],
      },
    ]);
    const from = server.requests.length;
    const result = await compare({ 'base-image': `${HOST}/${REPOSITORY}:on-base`, comment: 'off' });
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain(
      `New findings by origin: 1 from the base image (\`pkg:docker/${HOST}/${baseRepository}@24.04?platform=linux%2Famd64\`), 1 from the team's own layers, 0 unknown.`,
    );
    expect(result.summary).toContain(
      '- HIGH CVE-2026-0002 in torch 2.3.1 (no fix known) — own layers',
    );
    expect(result.summary).toContain(
      '- MEDIUM CVE-2026-0009 in libc6 2.39 (no fix known) — base image',
    );
    // The base's index, then its amd64 manifest: two requests, nothing else of its repository.
    const baseRequests = server.requests
      .slice(from)
      .filter((r) => r.body.repositoryName === baseRepository)
      .map((r) => r.operation);
    expect(baseRequests).toEqual(['BatchGetImage', 'BatchGetImage']);
  });

  it('with fail-on: high, stops on the new HIGH finding and names it', async () => {
    const result = await compare({ 'fail-on': 'high', comment: 'off' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('HIGH CVE-2026-0002 in torch 2.3.1 (fixed in 2.3.2)');
    expect(result.outputs['new-vulnerabilities']).toBe('1');
    expect(result.outputs['live-versions']).toBe('{"d-one/user":1}');
  });
});
