// ./compare end to end in-process: @actions/core and both SDK clients mocked; ECR's answers (the
// manifests, attestations and each digest's scan states) come from the local endpoint's ECR model,
// whose server serves the blobs; SageMaker's (the image, its versions and aliases, the domain and
// the AppImageConfig) from the in-process images and Studio models; the comment goes to a local
// GitHub API.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { BatchGetImageCommand, DescribeImageScanFindingsCommand } from '@aws-sdk/client-ecr';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ecrError } from '../../__fixtures__/sdk-errors.js';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  HOST,
  NEW_HIGH,
  NEW_LOW,
  OLD,
  REPOSITORY,
  addTeamImageDomain,
} from '../../__fixtures__/compare.js';
import { scanOnPush, type SeededFinding, type SeededImage } from '../../__fixtures__/ecr-model.js';
import { GitHubServer } from '../../__fixtures__/github-server.js';
import {
  ecr,
  failure,
  newModels,
  resetRun,
  sagemaker,
  serveEcr,
  serveModels,
} from '../../__fixtures__/orchestration.js';
import { ROOT } from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/compare/main.js');

let server: SageMakerServer;
const github = new GitHubServer();
let live: SeededImage;
let next: SeededImage;

// The event and ignore files of the tests below live here, removed at the end (Stryker runs this file
// thousands of times).
let scratch: string;

beforeAll(async () => {
  server = await startSageMakerServer({ ecr: { standardImages: false } });
  await github.start();
  scratch = mkdtempSync(join(tmpdir(), 'compare-main-'));
});
afterAll(async () => {
  await server.close();
  await github.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** ECR answers from the model, as the local endpoint would. */
function answerFromTheModel(): void {
  serveEcr(server.ecr);
}

/**
 * Version 3 of team-image (`live`'s image, alias `stable`) runs in d-one's user list, pinned or
 * not, with team-config: the images and Studio models answer SageMaker, as the endpoint would.
 */
function givenStudio(pinned = true): void {
  const models = newModels();
  models.images.addImage('team-image');
  for (const tag of ['v1', 'v2'])
    models.images.addVersion('team-image', { baseImage: `${HOST}/${REPOSITORY}:${tag}` });
  models.images.addVersion('team-image', {
    baseImage: `${HOST}/${REPOSITORY}:live`,
    containerImage: `${HOST}/${REPOSITORY}@${live.amd64Digest ?? ''}`,
    aliases: ['stable'],
  });
  const config = (uid: number) => ({
    JupyterLabAppImageConfig: {
      FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: uid },
    },
  });
  models.studio.addAppImageConfig('team-config', config(1000));
  addTeamImageDomain(models, [
    { AppImageConfigName: 'team-config', ...(pinned ? { ImageVersionNumber: 3 } : {}) },
  ]);
  serveModels(models);
}

const INPUTS = {
  'image-name': 'team-image',
  'base-image': `${HOST}/${REPOSITORY}:next`,
  'aws-region': 'us-east-1',
  'domain-ids': 'd-one',
  'app-image-config': JSON.stringify({
    AppImageConfigName: 'team-config',
    JupyterLabAppImageConfig: {
      FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1001 },
    },
  }),
  'fail-on': 'high',
  comment: 'off',
};

const scanCalls = (digest: string): number =>
  ecr
    .commandCalls(DescribeImageScanFindingsCommand)
    .filter(
      (call) =>
        call.args[0].input.imageId?.imageDigest === digest &&
        call.args[0].input.nextToken === undefined,
    ).length;

beforeEach(() => {
  resetRun();
  answerFromTheModel();
  core.reset(INPUTS);
  delete process.env.GITHUB_REPOSITORY;
  live = server.ecr.seedImage(REPOSITORY, 'live', 'attestation-index', {
    sbom: ['pkg:pypi/torch@2.2.0', 'pkg:pypi/numpy@1.26.4', 'pkg:deb/ubuntu/openssl@3.0.2'],
    builtFrom: 'pkg:docker/ubuntu@22.04?platform=linux%2Famd64',
    layerSizes: [30_000_000, 400_000_000],
  });
  next = server.ecr.seedImage(REPOSITORY, 'next', 'attestation-index', {
    sbom: [
      'pkg:pypi/torch@2.3.1',
      'pkg:pypi/numpy@1.26.4',
      'pkg:pypi/httpx@0.27.0',
      'pkg:deb/ubuntu/openssl@3.0.2',
    ],
    builtFrom: 'pkg:docker/ubuntu@24.04?platform=linux%2Famd64',
    layerSizes: [30_000_000, 450_000_000],
  });
  server.ecr.resetScans();
  server.ecr.setScan(live.amd64Digest ?? '', [
    { status: 'COMPLETE', findings: [OLD], enhanced: true },
  ]);
  givenStudio();
});

describe('fail-on: high', () => {
  it('stops an image that adds a HIGH finding the live image lacks, naming it and its fix', async () => {
    server.ecr.setScan(next.amd64Digest ?? '', scanOnPush([OLD, NEW_HIGH, NEW_LOW], true));
    const clock = fakeClock();
    await run(clock);
    expect(failure()).toContain(
      '1 finding at or above HIGH that the image users run now does not have',
    );
    expect(failure()).toContain('HIGH CVE-2026-0002 in torch 2.3.1 (fixed in 2.3.2)');
    expect(failure()).toContain('`vulnerability-ignore`');
    expect(core.outputs()).toMatchObject({
      'new-vulnerabilities': '2',
      'fixed-vulnerabilities': '0',
      'live-versions': '{"d-one/user":3}',
      'packages-changed': '{"added":1,"removed":0,"upgraded":1,"downgraded":0}',
      'comment-url': '',
    });
    expect(JSON.parse(core.outputs().vulnerabilities ?? '')).toMatchObject({ HIGH: 2, LOW: 1 });
    // The scan: not found, IN_PROGRESS, COMPLETE empty, COMPLETE, then the same 15 s later.
    expect(scanCalls(next.amd64Digest ?? '')).toBe(
      server.ecr.scanRequests.get(next.amd64Digest ?? ''),
    );
    expect(scanCalls(next.amd64Digest ?? '')).toBeGreaterThanOrEqual(5);
    expect(clock.now()).toBeLessThan(900_000);
  });

  it('passes an image whose HIGH findings all came with the live image', async () => {
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [OLD, NEW_LOW] }]);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['new-vulnerabilities']).toBe('1');
  });

  it('passes while an ignore entry holds, and names the entry once its date has passed', async () => {
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [NEW_HIGH] }]);
    const dir = mkdtempSync(join(scratch, 'ignore-'));
    process.env.GITHUB_WORKSPACE = dir;
    writeFileSync(
      join(dir, 'ignore.yml'),
      '- id: CVE-2026-0002\n  until: 2026-12-31\n  reason: torch 2.3.2 breaks us\n',
    );
    core.reset({ ...INPUTS, 'vulnerability-ignore': 'ignore.yml' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    writeFileSync(
      join(dir, 'ignore.yml'),
      '- id: CVE-2026-0002\n  until: 2026-11-01\n  reason: torch 2.3.2 breaks us\n',
    );
    core.reset({ ...INPUTS, 'vulnerability-ignore': 'ignore.yml' });
    await run(fakeClock());
    expect(failure()).toContain('CVE-2026-0002: ignored until 2026-11-01, which has passed');
    delete process.env.GITHUB_WORKSPACE;
  });
});

describe('the summary', () => {
  it('shows the versions, the config, the packages, the base image and the vulnerabilities', async () => {
    server.ecr.setScan(next.amd64Digest ?? '', [
      { status: 'ACTIVE', findings: [NEW_HIGH], enhanced: true },
    ]);
    core.reset({ ...INPUTS, 'fail-on': 'none' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const text = core.summary.text();
    expect(text).toContain('| `d-one` | user | JupyterLab | version 3 |');
    expect(text).toContain(
      '| `JupyterLabAppImageConfig.FileSystemConfig.DefaultUid` | 1000 | 1001 |',
    );
    expect(text).toContain('| upgraded ★ | pypi | torch | 2.2.0 | 2.3.1 |');
    expect(text).toContain('pkg:docker/ubuntu@22.04');
    expect(text).toContain('pkg:docker/ubuntu@24.04');
    // Its base, ubuntu from Docker Hub, is in no ECR registry: the origin is unknown, and why.
    expect(text).toContain(
      'HIGH CVE-2026-0002 in torch 2.3.1 (fixed in 2.3.2) — origin unknown, layer `sha256:',
    );
    expect(text).toContain(
      "Origin unknown: the base image (`ubuntu`) is not in this image's ECR registry",
    );
    expect(text).toContain('Image checks');
    // The image's USER is checked against the document, as ./ checks it.
    expect(text).toContain('| USER matches the uid / gid of `app-image-config` |');
    expect(text).not.toContain('no `app-image-config` was given');
  });

  it('says an unpinned entry gives users the new version at once', async () => {
    givenStudio(false);
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [] }]);
    await run(fakeClock());
    expect(core.summary.text()).toContain(
      'unpinned (version 3) | the new version, at once when it is CREATED',
    );
    expect(core.outputs()['live-versions']).toBe('{"d-one/user":"unpinned"}');
  });
});

describe('the origin of new findings', () => {
  const BASE_REPOSITORY = 'docker-hub/library/ubuntu';
  let base: SeededImage;
  let onBase: SeededImage;

  /** An image built FROM ubuntu through the registry's pull-through cache, one layer its own. */
  function givenAnImageOnItsBase(findings: (layers: readonly string[]) => SeededFinding[]): void {
    base = server.ecr.seedImage(BASE_REPOSITORY, '24.04', 'multi-platform', {
      layerSizes: [30_000_000],
    });
    onBase = server.ecr.seedImage(REPOSITORY, 'on-base', 'attestation-index', {
      sbom: ['pkg:pypi/torch@2.3.1'],
      builtFrom: `pkg:docker/${HOST}/${BASE_REPOSITORY}@24.04?platform=linux%2Famd64`,
      builtFromDigest: base.digest,
      baseLayers: base.layers ?? [],
      layerSizes: [400_000_000],
    });
    server.ecr.setScan(onBase.amd64Digest ?? '', [
      { status: 'COMPLETE', findings: [OLD, ...findings(onBase.layers ?? [])], enhanced: true },
    ]);
    core.reset({ ...INPUTS, 'base-image': `${HOST}/${REPOSITORY}:on-base`, 'fail-on': 'none' });
  }
  const baseReads = (): number =>
    ecr
      .commandCalls(BatchGetImageCommand)
      .filter((call) => call.args[0].input.repositoryName === BASE_REPOSITORY).length;

  it('tells the base image from the own layers, reading the base index and its amd64 manifest', async () => {
    givenAnImageOnItsBase((layers) => [
      { ...NEW_HIGH, layer: layers.at(-1) ?? '' },
      { ...NEW_LOW, layer: layers[0] ?? '' },
    ]);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const text = core.summary.text();
    expect(text).toContain(
      `New findings by origin: 1 from the base image (\`pkg:docker/${HOST}/${BASE_REPOSITORY}@24.04?platform=linux%2Famd64\`), 1 from the team's own layers, 0 unknown.`,
    );
    expect(text).toContain(
      '- HIGH CVE-2026-0002 in torch 2.3.1 (fixed in 2.3.2) — own layers, layer',
    );
    expect(text).toContain('- LOW CVE-2026-0003 in bash 5.1 (no fix known) — base image, layer');
    expect(text).not.toContain('Origin unknown');
    expect(baseReads()).toBe(2);
  });

  it('reads no base image when no finding is new', async () => {
    givenAnImageOnItsBase(() => []);
    await run(fakeClock());
    expect(core.summary.text()).toContain('No new finding.');
    expect(core.summary.text()).not.toContain('by origin');
    expect(baseReads()).toBe(0);
  });

  it('reads no base image when no new finding names its layer (basic scanning)', async () => {
    givenAnImageOnItsBase(() => []);
    server.ecr.setScan(onBase.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [NEW_HIGH] }]);
    await run(fakeClock());
    const text = core.summary.text();
    expect(text).toContain(
      "Origin unknown: no new finding names its layer (basic scanning does not; enhanced scanning's do).",
    );
    expect(text).toContain("0 from the base image, 0 from the team's own layers, 1 unknown.");
    expect(text).toContain('- HIGH CVE-2026-0002 in torch 2.3.1 (no fix known) — origin unknown\n');
    expect(baseReads()).toBe(0);
  });

  it('says the origin is unknown, and why, when reading the base is denied', async () => {
    givenAnImageOnItsBase((layers) => [{ ...NEW_HIGH, layer: layers.at(-1) ?? '' }]);
    ecr
      .on(BatchGetImageCommand, { repositoryName: BASE_REPOSITORY })
      .rejects(ecrError('AccessDeniedException', 'not authorized to perform ecr:BatchGetImage'));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.summary.text()).toContain(
      `Origin unknown: reading the base image was denied (AccessDeniedException): grant \`ecr:BatchGetImage\` on \`${BASE_REPOSITORY}\` (docs/iam.md#compare).`,
    );
    expect(core.summary.text()).toContain('— origin unknown, layer');
    expect(baseReads()).toBe(1);
  });

  it('says the origin is unknown when the image was built on another digest of its base', async () => {
    givenAnImageOnItsBase((layers) => [{ ...NEW_HIGH, layer: layers.at(-1) ?? '' }]);
    // The tag moved on, and the digest the build used is gone from the cache.
    server.ecr.deleteImage(BASE_REPOSITORY, base.digest);
    await run(fakeClock());
    expect(core.summary.text()).toContain(
      `Origin unknown: the base image is not in \`${BASE_REPOSITORY}\` (BatchGetImage: ImageNotFound).`,
    );
    expect(baseReads()).toBe(1);
  });
});

describe('scan states', () => {
  it('names a repository without scanning, once, and fail-on cannot judge', async () => {
    const clock = fakeClock();
    await run(clock);
    expect(failure()).toContain('cannot judge the new image without its scan findings');
    expect(failure()).toContain('the repository is not scanned (ScanNotFoundException)');
    expect(clock.now()).toBeLessThan(120_000);
  });

  it.each([
    'UNSUPPORTED_IMAGE',
    'SCAN_ELIGIBILITY_EXPIRED',
    'FINDINGS_UNAVAILABLE',
    'LIMIT_EXCEEDED',
    'IMAGE_ARCHIVED',
    'FAILED',
  ])('%s: one clear message, a warning without fail-on', async (status) => {
    server.ecr.setScan(next.amd64Digest ?? '', [{ status }]);
    core.reset({ ...INPUTS, 'fail-on': 'none' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const warnings = core.warning.mock.calls.map(([message]) => String(message));
    expect(warnings.filter((message) => message.includes(`(${status})`))).toHaveLength(1);
    expect(scanCalls(next.amd64Digest ?? '')).toBe(1);
  });

  it('says a scan still running when scan-wait-seconds runs out, and waits no longer', async () => {
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'IN_PROGRESS' }]);
    core.reset({ ...INPUTS, 'scan-wait-seconds': '120' });
    const clock = fakeClock();
    await run(clock);
    expect(failure()).toContain('the scan was still IN_PROGRESS when `scan-wait-seconds` ran out');
    expect(clock.now()).toBeLessThanOrEqual(120_000);
  });

  it('waits for the new and the live scans side by side, one page of each per poll', async () => {
    server.ecr.setScan(live.amd64Digest ?? '', scanOnPush([OLD], true));
    server.ecr.setScan(next.amd64Digest ?? '', scanOnPush([OLD, NEW_LOW], true));
    core.reset({ ...INPUTS, 'fail-on': 'none' });
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['new-vulnerabilities']).toBe('1');
    expect(scanCalls(live.amd64Digest ?? '')).toBe(scanCalls(next.amd64Digest ?? ''));
    expect(scanCalls(next.amd64Digest ?? '')).toBeGreaterThanOrEqual(5);
    // Not found, IN_PROGRESS, COMPLETE empty, COMPLETE, then settled at its 15 s mark: the time
    // of one wait, not two.
    expect(clock.now()).toBeLessThan(25_000);
  });

  it('counts every finding as new when the live image has no findings, and says so', async () => {
    server.ecr.setScan(live.amd64Digest ?? '', [{ status: 'SCAN_ELIGIBILITY_EXPIRED' }]);
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [OLD] }]);
    await run(fakeClock());
    expect(failure()).toContain('CVE-2024-0001');
    const warnings = core.warning.mock.calls.map(([message]) => String(message));
    expect(warnings).toContain(
      "Without a live image's findings, every finding of the new image counts as new.",
    );
  });
});

describe('read only', () => {
  it('sends only the reads docs/iam.md lists for ./compare, to SageMaker and ECR', async () => {
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [NEW_LOW] }]);
    await run(fakeClock());
    const page =
      readFileSync(join(ROOT, 'docs', 'iam.md'), 'utf8').split('\n## Compare\n')[1] ?? '';
    const listed = new Set([...page.matchAll(/`((?:sagemaker|ecr):\w+)`/g)].map((m) => m[1]));
    const name = (call: { args: unknown[] }): string =>
      (call.args[0] as object).constructor.name.replace(/Command$/, '');
    const sent = new Set([
      ...sagemaker.calls().map((call) => `sagemaker:${name(call)}`),
      ...ecr.calls().map((call) => `ecr:${name(call)}`),
    ]);
    expect([...sent].filter((action) => !listed.has(action))).toEqual([]);
    expect([...sent].filter((action) => /:(Create|Update|Delete|Put|Start)/.test(action))).toEqual(
      [],
    );
  });
});

describe('inputs', () => {
  it('lists every problem at once and reads nothing from AWS', async () => {
    core.reset({
      ...INPUTS,
      'fail-on': 'severe',
      'scan-wait-seconds': '-1',
      'domain-ids': 'x',
      'vulnerability-ignore': 'missing.yml',
    });
    await run(fakeClock());
    const message = failure();
    expect(message).toContain('Input `fail-on` must be one of none, critical, high, medium, low');
    expect(message).toContain('Input `scan-wait-seconds` must be a whole number from 0 to 21600');
    expect(message).toContain('Input `domain-ids`');
    expect(ecr.calls()).toHaveLength(0);
    expect(sagemaker.calls()).toHaveLength(0);
  });

  it('masks the token', async () => {
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [] }]);
    core.reset({ ...INPUTS, 'github-token': 'ghs_secret' });
    await run(fakeClock());
    expect(core.setSecret).toHaveBeenCalledWith('ghs_secret');
  });
});

describe('without domains', () => {
  it('compares with the version the aliases name', async () => {
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [OLD] }]);
    core.reset({ ...INPUTS, 'domain-ids': '', 'app-image-config': '' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['live-versions']).toBe('{"alias stable":3}');
    expect(core.outputs()['new-vulnerabilities']).toBe('0');
  });
});

describe('the comment', () => {
  it('is written once on a pull request, updated by every later run', async () => {
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [NEW_LOW] }]);
    const dir = mkdtempSync(join(scratch, 'event-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 5 } }));
    Object.assign(process.env, {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_API_URL: github.url,
    });
    for (let i = 0; i < 3; i++) {
      core.reset({ ...INPUTS, comment: 'auto', 'github-token': 'ghs_t' });
      await run(fakeClock());
      expect(core.setFailed).not.toHaveBeenCalled();
    }
    expect(github.comments).toHaveLength(1);
    expect(core.outputs()['comment-url']).toMatch(
      /^https:\/\/github\.com\/o\/r\/pull\/5#issuecomment-\d+$/,
    );
    expect(github.comments[0]?.body).toContain(
      '<!-- sagemaker-image-version-action:compare image=team-image domains=d-one -->',
    );
    for (const name of [
      'GITHUB_REPOSITORY',
      'GITHUB_EVENT_NAME',
      'GITHUB_EVENT_PATH',
      'GITHUB_API_URL',
    ])
      delete process.env[name];
  });
});
