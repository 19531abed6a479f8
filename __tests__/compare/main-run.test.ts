// ./compare's run around the comparison (main.ts): the token hidden first, the log's groups, one ECR
// client per registry and region (closed at the end), and the pull-request comment: written,
// updated, or why not, as a warning or a log line. In-process on the models and a local GitHub API.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ECRClient, DescribeImageScanFindingsCommand } from '@aws-sdk/client-ecr';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { COMPARE_INPUTS, REPOSITORY, givenLiveVersion } from '../../__fixtures__/compare.js';
import { fakeClock } from '../../__fixtures__/clock.js';
import type { SeededImage } from '../../__fixtures__/ecr-model.js';
import { GitHubServer } from '../../__fixtures__/github-server.js';
import { ecr, resetRun, serveEcr } from '../../__fixtures__/orchestration.js';
import {
  TEST_ACCOUNT,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run, runSummaryUrl } = await import('../../src/compare/main.js');

let server: SageMakerServer;
let live: SeededImage;
let next: SeededImage;
const github = new GitHubServer();
// The event files of the tests below live here, removed at the end (Stryker runs this file often).
let scratch: string;

beforeAll(async () => {
  server = await startSageMakerServer({ ecr: { standardImages: false } });
  await github.start();
  scratch = mkdtempSync(join(tmpdir(), 'compare-run-'));
});
afterAll(async () => {
  await server.close();
  await github.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** Where version 1, the one d-one's users run, lives: another region of the same account. */
const LIVE_HOST = `${TEST_ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com`;
const EVENT_VARIABLES = [
  'GITHUB_REPOSITORY',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_API_URL',
] as const;

beforeEach(() => {
  resetRun();
  serveEcr(server.ecr);
  core.reset(COMPARE_INPUTS);
  for (const name of EVENT_VARIABLES) delete process.env[name];
  github.mode = 'normal';
  github.comments.length = 0;
  github.requests.length = 0;
  server.ecr.resetScans();
  live = server.ecr.seedImage(REPOSITORY, 'live', 'attestation-index', {
    layerSizes: [100],
  });
  next = server.ecr.seedImage(REPOSITORY, 'next', 'attestation-index', {
    layerSizes: [200],
  });
  server.ecr.setScan(live.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [] }]);
  server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [] }]);
  givenLiveVersion(live, LIVE_HOST);
});

describe('the run', () => {
  it('hides the token before anything is said, and hides nothing without one', async () => {
    core.reset({ ...COMPARE_INPUTS, 'github-token': 'ghs_secret', 'fail-on': 'severe' });
    await run(fakeClock());
    expect(core.setSecret.mock.calls).toStrictEqual([['ghs_secret']]);
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.setFailed.mock.invocationCallOrder[0] ?? 0,
    );
    core.reset(COMPARE_INPUTS);
    await run(fakeClock());
    expect(core.setSecret).not.toHaveBeenCalled();
  });

  it('reads in three groups of the log: the new image, what users run now, the scans', async () => {
    await run(fakeClock());
    expect(core.group.mock.calls.map(([name]) => name)).toStrictEqual([
      'Read the new image',
      'Read what users run now',
      'Read the scans',
    ]);
  });

  it('one ECR client per registry and region, set up as every client of the action, each closed at the end', async () => {
    const destroyed = jest.spyOn(ECRClient.prototype, 'destroy');
    const sagemakerDestroyed = jest.spyOn(SageMakerClient.prototype, 'destroy');
    try {
      await run(fakeClock());
      expect(core.setFailed).not.toHaveBeenCalled();
      // Every request to a region went through its one client, and that client was closed.
      const clients = destroyed.mock.contexts as ECRClient[];
      const regions = await Promise.all(clients.map((client) => client.config.region()));
      expect(regions).toStrictEqual(['us-east-1', 'eu-west-1']);
      const byClient = ecr.calls().map((call) => clients.indexOf(call.thisValue as ECRClient));
      expect(byClient).not.toContain(-1);
      const [newClient, liveClient] = clients as [ECRClient, ECRClient];
      const scanned = (client: ECRClient): (string | undefined)[] => [
        ...new Set(
          ecr
            .commandCalls(DescribeImageScanFindingsCommand)
            .filter((call) => call.thisValue === client)
            .map((call) => call.args[0].input.imageId?.imageDigest),
        ),
      ];
      expect(scanned(newClient)).toStrictEqual([next.amd64Digest]);
      expect(scanned(liveClient)).toStrictEqual([live.amd64Digest]);
      // The action's 5 attempts (the SDK's are 3), the run's id in the user agent, the SDK's lines
      // in the debug log.
      expect(await newClient.config.maxAttempts()).toBe(5);
      expect(newClient.config.customUserAgent).toContainEqual(['gha-run', '987654321']);
      newClient.config.logger.warn('a line of the SDK');
      expect(core.debug).toHaveBeenCalledWith('AWS SDK warn: a line of the SDK');
      expect(sagemakerDestroyed).toHaveBeenCalledTimes(1);
    } finally {
      destroyed.mockRestore();
      sagemakerDestroyed.mockRestore();
    }
  });
});

describe('the comment', () => {
  /** A run on `event` of o/r, its payload `payload`, with `inputs`. */
  async function runOn(
    event: string,
    payload: object,
    inputs: Record<string, string> = {},
  ): Promise<void> {
    const dir = mkdtempSync(join(scratch, 'event-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
    Object.assign(process.env, {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_API_URL: github.url,
    });
    core.reset({ ...COMPARE_INPUTS, comment: 'auto', 'github-token': 'ghs_t', ...inputs });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
  }
  const PULL_REQUEST = { pull_request: { number: 5 } };
  const infos = (): string[] => core.info.mock.calls.map(([line]) => String(line));
  const warnings = (): string[] => core.warning.mock.calls.map(([line]) => String(line));

  it('is posted once, then updated, each time saying so with its address', async () => {
    await runOn('pull_request', PULL_REQUEST);
    const url = core.outputs()['comment-url'] ?? '';
    expect(url).toMatch(/^https:\/\/github\.com\/o\/r\/pull\/5#issuecomment-\d+$/);
    expect(infos()).toContain(`Posted the comparison on the pull request: ${url} (2 requests).`);
    await runOn('pull_request', PULL_REQUEST);
    expect(infos()).toContain(`Updated the comparison on the pull request: ${url} (2 requests).`);
    expect(github.comments).toHaveLength(1);
  });

  it.each([
    ['comment: off', 'pull_request', PULL_REQUEST, { comment: 'off' }, [], []],
    [
      'no github-token',
      'pull_request',
      PULL_REQUEST,
      { 'github-token': '' },
      ['No `github-token`: the comparison is in the step summary only.'],
      [],
    ],
    [
      'a push of a commit no pull request has',
      'push',
      {},
      {},
      [],
      ['No comment: no pull request for this push.'],
    ],
  ])('is not written with %s, and says so', async (_, event, payload, inputs, warned, said) => {
    await runOn(event, payload, inputs);
    expect(core.outputs()['comment-url']).toBe('');
    expect(github.comments).toHaveLength(0);
    expect(warnings()).toStrictEqual(warned);
    expect(infos().filter((line) => line.startsWith('No comment'))).toStrictEqual(said);
  });

  it('is not written off a runner (no GITHUB_REPOSITORY), and says so', async () => {
    await runOn('pull_request', PULL_REQUEST);
    github.comments.length = 0;
    delete process.env.GITHUB_REPOSITORY;
    core.reset({ ...COMPARE_INPUTS, comment: 'auto', 'github-token': 'ghs_t' });
    await run(fakeClock());
    expect(core.outputs()['comment-url']).toBe('');
    expect(infos()).toContain('No comment: no GITHUB_REPOSITORY (not on a runner).');
  });

  it('refused with a read-only token: a warning that says what to do, and the run passes', async () => {
    github.mode = 'read-only';
    await runOn('pull_request', PULL_REQUEST);
    expect(core.outputs()['comment-url']).toBe('');
    expect(warnings()).toStrictEqual([
      'The comparison was not posted on the pull request (403: Resource not accessible by integration): the token may not write comments. Give the job `permissions: pull-requests: write`; a pull request from a fork gets a read-only token, so there the step summary has it all.',
    ]);
  });
});

describe('runSummaryUrl: the run page a cut comment links to', () => {
  it.each([
    [
      'on github.com, a first attempt',
      { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '12' },
      'https://github.com/o/r/actions/runs/12',
    ],
    [
      'on GitHub Enterprise Server, a second attempt',
      {
        GITHUB_SERVER_URL: 'https://ghe.example',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_RUN_ID: '12',
        GITHUB_RUN_ATTEMPT: '2',
      },
      'https://ghe.example/o/r/actions/runs/12/attempts/2',
    ],
    ['off a runner', {}, 'https://github.com//actions/runs/'],
  ])('%s', (_, env, url) => {
    expect(runSummaryUrl(env)).toBe(url);
  });
});
