// End to end, never breaking what Studio users run: the committed bundle's `./`, `./studio` and
// `./retire` against the local endpoint, with default specs and live apps naming versions, versions
// made long ago and a minute ago, re-runs of older runs, lost answers to UpdateDomain and
// DeleteImageVersion, an image that never gets ready, and secrets in the inputs.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { CreateAppCommand, CreateSpaceCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { errorAnnotations, runAction, type RunOptions } from '../../__fixtures__/run-action.ts';
import { JUPYTERLAB_CONFIG, registerThenStudio } from '../../__fixtures__/release.ts';
import {
  TEST_CREDENTIALS,
  startSageMakerServer,
  type SageMakerServer,
  type ServerOptions,
} from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';
const image = (n: number): string => `${REPO}@sha256:${n.toString(16).padStart(2, '0').repeat(32)}`;
const VERSION_ARN = (v: number) =>
  `arn:aws:sagemaker:us-east-1:123456789012:image-version/img/${v}`;
const LONG_AGO = (v: number) => Date.UTC(2025, 0, v);
const HOUR = 3_600_000;

// A release is two bundle runs (`./`, then `./studio`), and a case runs up to three releases.
jest.setTimeout(90_000);

let server: SageMakerServer | undefined;
async function start(options: ServerOptions = {}): Promise<SageMakerServer> {
  server = await startSageMakerServer({ images: ['img'], ecr: ANY_IMAGE, ...options });
  return server;
}
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** `./` alone. */
const run = (s: SageMakerServer, inputs: Record<string, string>, extra: Partial<RunOptions> = {}) =>
  runAction({
    inputs: { 'image-name': 'img', 'base-image': `${REPO}:new`, ...inputs },
    endpoint: s.url,
    ...extra,
  });
const retire = (s: SageMakerServer, inputs: Record<string, string>) =>
  runAction({ entry: 'retire', inputs: { 'image-name': 'img', ...inputs }, endpoint: s.url });
/** `./` with `register`, then `./studio` releasing its version to d-one's user level. */
const release = async (
  s: SageMakerServer,
  register: Record<string, string>,
  studio: Record<string, string> = {},
  extra: Pick<RunOptions, 'runId' | 'env'> = {},
) =>
  registerThenStudio({
    endpoint: s.url,
    register: { 'image-name': 'img', 'base-image': `${REPO}:new`, ...register },
    studio: {
      'domain-ids': 'd-one',
      'settings-levels': 'user',
      'app-image-config': JUPYTERLAB_CONFIG,
      ...studio,
    },
    ...extra,
  });
const live = (s: SageMakerServer): number[] => s.versionsOf('img').map((v) => v.version);
const count = (s: SageMakerServer, operation: string): number =>
  s.operations().filter((op) => op === operation).length;

/** Versions 1..n, made long ago. */
function seedOld(s: SageMakerServer, n: number): void {
  for (let v = 1; v <= n; v++) s.addVersion('img', { baseImage: image(v), createdAt: LONG_AGO(v) });
}

describe('retention keeps every version in use', () => {
  it("keeps a space's chosen image, a domain's default spec, and what a live app runs", async () => {
    const s = await start({ studio: { appStartMs: 0 } });
    seedOld(s, 6);
    s.studio.addAppImageConfig('img', { JupyterLabAppImageConfig: {} });
    s.studio.addDomain({
      id: 'd-one',
      defaultSpaceSettings: {
        JupyterLabAppSettings: {
          CustomImages: [{ ImageName: 'img', AppImageConfigName: 'img' }],
          DefaultResourceSpec: { SageMakerImageVersionArn: VERSION_ARN(2) },
        },
      },
    });
    s.studio.addUserProfile('d-one', 'alice', {
      JupyterLabAppSettings: { CustomImages: [{ ImageName: 'img', AppImageConfigName: 'img' }] },
    });
    s.studio.addSpace('d-one', 'lab', {
      JupyterLabAppSettings: {
        DefaultResourceSpec: { SageMakerImageVersionArn: VERSION_ARN(1) },
      },
    });
    // Alice runs version 3 in a space of her own.
    const client = new SageMakerClient({
      region: 'us-east-1',
      endpoint: s.url,
      credentials: TEST_CREDENTIALS,
    });
    try {
      await client.send(
        new CreateSpaceCommand({
          DomainId: 'd-one',
          SpaceName: 'alice-space',
          OwnershipSettings: { OwnerUserProfileName: 'alice' },
          SpaceSharingSettings: { SharingType: 'Private' },
          SpaceSettings: { AppType: 'JupyterLab' },
        }),
      );
      await client.send(
        new CreateAppCommand({
          DomainId: 'd-one',
          SpaceName: 'alice-space',
          AppType: 'JupyterLab',
          AppName: 'default',
          ResourceSpec: { SageMakerImageVersionArn: VERSION_ARN(3), InstanceType: 'ml.t3.medium' },
        }),
      );
    } finally {
      client.destroy();
    }

    const result = await retire(s, { 'keep-versions': '1' });

    expect(result.exitCode).toBe(0);
    // 6 is the one kept; 1, 2 and 3 are in use.
    expect(live(s)).toEqual([1, 2, 3, 6]);
    expect(result.outputs['retired-versions']).toBe('4,5');
    expect(result.stdout).toMatch(/^3 +CREATED .*d-one: 1 app +kept: in use in Studio$/m);
    expect(result.stdout).toMatch(/^1 +CREATED .*d-one: 1 space +kept: in use in Studio$/m);
    expect(result.stdout).toMatch(/^2 +CREATED .*d-one: domain settings +kept: in use in Studio$/m);
    // Names only in debug lines (the image's own `jupyter-lab` entrypoint is not the space).
    const plain = result.stdout.split('\n').filter((line) => !line.startsWith('::debug::'));
    expect(plain.join('\n')).not.toMatch(/alice|(?<!jupyter-)\blab\b/);
    expect(result.summary).not.toMatch(/alice|(?<!jupyter-)\blab\b/);
  });

  it('never retires a version younger than keep-younger-than, nor counts it', async () => {
    const s = await start();
    seedOld(s, 3);
    s.addVersion('img', { baseImage: image(4), createdAt: Date.now() - 30 * HOUR });
    s.addVersion('img', { baseImage: image(5), createdAt: Date.now() - 2 * HOUR });

    const result = await retire(s, { 'keep-versions': '1', 'keep-younger-than': '36h' });

    expect(result.exitCode).toBe(0);
    // 5 and 4 are young; 3 is the one kept past 36h.
    expect(live(s)).toEqual([3, 4, 5]);
    expect(result.stdout).toMatch(/^4 +CREATED .*kept: younger than 36h$/m);
  });

  it('in archive mode, marks a kept version STABLE again', async () => {
    const s = await start();
    for (let v = 1; v <= 3; v++) {
      s.addVersion('img', {
        baseImage: image(v),
        createdAt: LONG_AGO(v),
        ...(v === 2 ? { vendorGuidance: 'TO_BE_ARCHIVED', aliases: ['lts'] } : {}),
      });
    }

    const result = await retire(s, { 'keep-versions': '1', 'retention-action': 'archive' });

    expect(result.exitCode).toBe(0);
    expect(s.versionsOf('img').map((v) => [v.version, v.vendorGuidance])).toEqual([
      [1, 'TO_BE_ARCHIVED'],
      [2, 'STABLE'],
      [3, undefined],
    ]);
    expect(result.stdout).toContain(
      'Marked version 2 STABLE again: it is kept, and its TO_BE_ARCHIVED mark would have archived it.',
    );
  });

  it("counts a delete whose answer was lost as this run's", async () => {
    const s = await start();
    seedOld(s, 2);
    s.faults.push({ kind: 'drop-after', operation: 'DeleteImageVersion' });

    const result = await retire(s, { 'keep-versions': '1' });

    expect(result.exitCode).toBe(0);
    expect(live(s)).toEqual([2]);
    expect(result.outputs['retired-versions']).toBe('1');
    expect(result.stdout).toContain('the answer to the first request was lost');
  });
});

describe('newest wins', () => {
  const STABLE = { aliases: 'stable', 'move-aliases': 'true' };

  it('a re-run of an older run leaves the alias and the Studio pin on the newer version', async () => {
    const s = await start({ domains: [{ id: 'd-one' }] });
    const runA = await release(s, { 'base-image': image(1) }, STABLE, { runId: '100' });
    const runB = await release(s, { 'base-image': image(2) }, STABLE, { runId: '101' });
    expect([runA.studio.exitCode, runB.studio.exitCode]).toEqual([0, 0]);
    const seen = s.requests.length;

    // "Re-run all jobs" on run A: its token returns version 1, which ./studio then releases.
    const rerunA = await release(s, { 'base-image': image(1) }, STABLE, {
      runId: '100',
      env: { GITHUB_RUN_ATTEMPT: '2' },
    });

    expect(rerunA.studio.exitCode).toBe(0);
    expect(rerunA.register.outputs['image-version']).toBe('1');
    expect(s.versionsOf('img').map((v) => [v.version, v.aliases])).toEqual([
      [1, []],
      [2, ['stable']],
    ]);
    const entry = s.studio.domainSettings('d-one').defaultUserSettings.JupyterLabAppSettings as {
      CustomImages: { ImageVersionNumber?: number }[];
    };
    expect(entry.CustomImages.map((e) => e.ImageVersionNumber)).toEqual([2]);
    const written = s.requests
      .slice(seen)
      .filter((r) => ['UpdateImageVersion', 'UpdateDomain'].includes(r.operation));
    expect(written).toEqual([]);
    expect(rerunA.studio.stdout).toMatch(
      /^::notice title=Newest version wins::Image img: alias "stable" on version 2 stays there/m,
    );
    expect(rerunA.studio.stdout).toMatch(
      /^::notice title=Newest version wins::Image img in Studio: d-one DefaultUserSettings.JupyterLabAppSettings stays on version 2/m,
    );
  });

  it('moves them back on purpose with allow-rollback', async () => {
    const s = await start({ domains: [{ id: 'd-one' }] });
    await release(s, { 'base-image': image(1) }, STABLE, { runId: '100' });
    await release(s, { 'base-image': image(2) }, STABLE, { runId: '101' });

    const rollback = await release(
      s,
      { 'base-image': image(1) },
      { ...STABLE, 'allow-rollback': 'true' },
      { runId: '100', env: { GITHUB_RUN_ATTEMPT: '2' } },
    );

    expect(rollback.studio.exitCode).toBe(0);
    expect(s.versionsOf('img').map((v) => v.aliases)).toEqual([['stable'], []]);
    const entry = s.studio.domainSettings('d-one').defaultUserSettings.JupyterLabAppSettings as {
      CustomImages: { ImageVersionNumber?: number }[];
    };
    expect(entry.CustomImages.map((e) => e.ImageVersionNumber)).toEqual([1]);
  });
});

describe('UpdateDomain', () => {
  it('is sent once when its answer is lost, and read again instead of resent', async () => {
    const s = await start({ domains: [{ id: 'd-one' }] });
    s.faults.push({ kind: 'drop-after', operation: 'UpdateDomain' });

    const { studio: result } = await release(s, {});

    expect(result.exitCode).toBe(0);
    expect(count(s, 'UpdateDomain')).toBe(1);
    expect(result.stdout).toMatch(
      /Studio domain d-one: UpdateDomain got no clear answer \(\w+\); reading the domain again/,
    );
    const entry = s.studio.domainSettings('d-one').defaultUserSettings.JupyterLabAppSettings as {
      CustomImages: unknown[];
    };
    expect(entry.CustomImages).toEqual([
      { ImageName: 'img', AppImageConfigName: 'img', ImageVersionNumber: 1 },
    ]);
  });
});

describe('the creation step', () => {
  it('ends within wait-timeout-seconds and one poll when the image never gets ready', async () => {
    const s = await start({ images: [], creatingImages: ['img'], imageCreationMs: 3_600_000 });

    const result = await run(s, { 'wait-timeout-seconds': '3' });

    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)).toEqual([
      expect.stringMatching(
        /^Timed out after [34]\.\d s waiting for image img: its last status was CREATING/,
      ),
    ]);
    expect(result.durationMs).toBeLessThan(3_000 + 5_000 + 2_000);
    expect(count(s, 'CreateImageVersion')).toBeLessThanOrEqual(4);
  });
});

describe('what the log never shows', () => {
  it('hides environment values in every line and the summary, naming the variables', async () => {
    const s = await start({ domains: [{ id: 'd-one' }] });

    const config = `JupyterLabAppImageConfig:
  ContainerConfig:
    ContainerEnvironmentVariables:
      API_TOKEN: s3cr3t-value
`;
    // ./ reads the document too, for the image checks.
    const { register, studio: result } = await release(
      s,
      { 'app-image-config': config },
      { 'app-image-config': config },
    );

    // The runner hides what `::add-mask::` registers, and never shows that line itself.
    const shown = (stdout: string): string =>
      stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
    expect(register.exitCode).toBe(0);
    expect(`${shown(register.stdout)}${register.summary}`).not.toContain('s3cr3t-value');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('::add-mask::s3cr3t-value');
    expect(shown(result.stdout)).not.toContain('s3cr3t-value');
    expect(result.summary).not.toContain('s3cr3t-value');
    expect(result.stdout).toContain('"API_TOKEN":"(hidden)"');
    expect(s.studio.appImageConfig('img')).toMatchObject({
      JupyterLabAppImageConfig: {
        ContainerConfig: { ContainerEnvironmentVariables: { API_TOKEN: 's3cr3t-value' } },
      },
    });
  });

  it('masks the account id before an input error names it', async () => {
    const s = await start();

    const result = await run(s, {
      'mask-aws-account-id': 'true',
      'base-image': '210987654321.dkr.ecr.us-east-1.amazonaws.com/team/img:bad tag',
    });

    expect(result.exitCode).toBe(1);
    const lines = result.stdout.split('\n');
    const mask = lines.indexOf('::add-mask::210987654321');
    const error = lines.findIndex((line) => line.startsWith('::error::'));
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(mask).toBeLessThan(error);
    expect(s.requests).toEqual([]);
  });
});
