// End to end, issue by issue of a version's life: waiting, failing, images that start missing,
// runs at once, reuse, aliases, dry runs. The committed bundle against the local endpoint.
import { afterEach, describe, expect, it } from '@jest/globals';
import { errorAnnotations, runAction } from '../../__fixtures__/run-action.ts';
import {
  startSageMakerServer,
  type SageMakerServer,
  type ServerOptions,
} from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';
const digest = (n: number): string => `sha256:${n.toString(16).padStart(2, '0').repeat(32)}`;
const image = (n: number): string => `${REPO}@${digest(n)}`;
const ROLE = 'arn:aws:iam::123456789012:role/SageMakerImages';

let server: SageMakerServer | undefined;
async function start(options: ServerOptions): Promise<SageMakerServer> {
  server = await startSageMakerServer({ ecr: ANY_IMAGE, ...options });
  return server;
}
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const describes = (s: SageMakerServer): number =>
  s.operations().filter((op) => op === 'DescribeImageVersion').length;

describe('waiting', () => {
  it('waits until CREATED, checking a few times, and outputs status and container image', async () => {
    const s = await start({ images: ['img'], versionCreationMs: 3000 });
    const result = await runAction({
      inputs: { 'image-name': 'img', 'base-image': image(1) },
      endpoint: s.url,
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['image-version-status']).toBe('CREATED');
    expect(result.outputs['container-image']).toBe(`${REPO}@${digest(1)}`);
    expect(describes(s)).toBeGreaterThanOrEqual(2);
    expect(describes(s)).toBeLessThanOrEqual(4);
    expect(result.stdout).toMatch(/image version img:1: CREATING after/);
    expect(result.stdout).toMatch(/image version img:1: CREATED after/);
  });

  it("fails with SageMaker's reason when the version ends CREATE_FAILED, keeping the ARN output", async () => {
    const s = await start({
      images: ['img'],
      failBaseImagesContaining: 'broken',
      failureReason: 'Unable to pull image: access denied',
    });
    const result = await runAction({
      inputs: { 'image-name': 'img', 'base-image': `${REPO.replace('img', 'broken')}:v1` },
      endpoint: s.url,
    });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)).toEqual([
      expect.stringMatching(
        /^image version img:1 ended CREATE_FAILED: Unable to pull image: access denied\. .*IAM role/,
      ),
    ]);
    expect(result.outputs['image-version-arn']).toMatch(/image-version\/img\/1$/);
    expect(result.outputs['image-version-status']).toBe('CREATE_FAILED');
    expect(result.summary).toContain('### SageMaker image version img:1: failed');
    expect(result.summary).toContain('| Status | `CREATE_FAILED` |');
  });

  it('honours the timeout', async () => {
    const s = await start({ images: ['img'], versionCreationMs: 600_000 });
    const result = await runAction({
      inputs: { 'image-name': 'img', 'base-image': image(1), 'wait-timeout-seconds': '2' },
      endpoint: s.url,
    });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toMatch(
      /^Timed out after 2\.\d s waiting for image version img:1: its last status was CREATING/,
    );
    expect(result.outputs['image-version-status']).toBe('CREATING');
  });
});

describe('images that do not exist yet', () => {
  it('creates the image, waits for it, then the version', async () => {
    const s = await start({ imageCreationMs: 1500 });
    const result = await runAction({
      inputs: {
        'image-name': 'new-img',
        'base-image': image(1),
        'create-image': 'true',
        'role-arn': ROLE,
      },
      endpoint: s.url,
    });
    expect(result.exitCode).toBe(0);
    expect(s.hasImage('new-img')).toBe(true);
    expect(s.versionsOf('new-img')).toHaveLength(1);
    const creates = s.requests.filter((r) => r.operation === 'CreateImageVersion');
    expect(creates.map((r) => r.status)).toEqual([400, 400, 200].slice(3 - creates.length));
    expect(new Set(creates.map((r) => r.body.ClientToken)).size).toBe(1);
  });

  it('lets four runs race to create the same image, all succeeding with their own versions', async () => {
    const s = await start({ imageCreationMs: 1500, inUseWindowMs: 300 });
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        runAction({
          inputs: {
            'image-name': 'raced',
            'base-image': image(n),
            'create-image': 'true',
            'role-arn': ROLE,
          },
          endpoint: s.url,
          runId: String(1000 + n),
        }),
      ),
    );
    expect(results.map((r) => r.exitCode)).toEqual([0, 0, 0, 0]);
    expect(new Set(results.map((r) => r.outputs['image-version'])).size).toBe(4);
    expect(s.versionsOf('raced')).toHaveLength(4);
  });
});

describe('concurrency', () => {
  it('four runs at once on one image all succeed, each with its own version', async () => {
    const s = await start({ images: ['img'], inUseWindowMs: 400, versionCreationMs: 500 });
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        runAction({
          inputs: { 'image-name': 'img', 'base-image': image(n) },
          endpoint: s.url,
          runId: String(2000 + n),
        }),
      ),
    );
    expect(results.map((r) => r.exitCode)).toEqual([0, 0, 0, 0]);
    const versions = results.map((r) => r.outputs['image-version']);
    expect(new Set(versions).size).toBe(4);
    expect(
      s
        .versionsOf('img')
        .map((v) => v.baseImage)
        .sort(),
    ).toEqual([1, 2, 3, 4].map(image).sort());
    expect(s.requests.some((r) => r.status === 400 && r.operation === 'CreateImageVersion')).toBe(
      true,
    );
  });
});

describe('skip-if-unchanged', () => {
  it('reuses the newest CREATED version of the same image, and creates when it changes', async () => {
    const s = await start({ images: ['img'] });
    const inputs = { 'image-name': 'img', 'base-image': image(7), 'skip-if-unchanged': 'true' };
    const first = await runAction({ inputs, endpoint: s.url, runId: '1' });
    const second = await runAction({ inputs, endpoint: s.url, runId: '2' });
    const changed = await runAction({
      inputs: { ...inputs, 'base-image': image(8) },
      endpoint: s.url,
      runId: '3',
    });

    expect([first, second, changed].map((r) => r.outputs.created)).toEqual([
      'true',
      'false',
      'true',
    ]);
    expect(second.outputs['image-version']).toBe(first.outputs['image-version']);
    expect(second.summary).toContain('(existing, reused)');
    expect(s.versionsOf('img')).toHaveLength(2);
  });
});

describe('aliases', () => {
  it('refuses an alias another version holds, unless move-aliases, which moves it once CREATED', async () => {
    const s = await start({ images: ['img'], versionCreationMs: 1000 });
    const register = (base: number, runId: string, move = false) =>
      runAction({
        inputs: {
          'image-name': 'img',
          'base-image': image(base),
          aliases: 'stable',
          ...(move ? { 'move-aliases': 'true' } : {}),
        },
        endpoint: s.url,
        runId,
      });

    const first = await register(1, '1');
    expect(first.exitCode).toBe(0);

    const refused = await register(2, '2');
    expect(refused.exitCode).toBe(1);
    expect(errorAnnotations(refused.stdout)[0]).toContain('Alias "stable" (held by version 1)');
    expect(s.versionsOf('img')).toHaveLength(1);

    const moved = await register(2, '3', true);
    expect(moved.exitCode).toBe(0);
    expect(s.versionsOf('img').map((v) => v.aliases)).toEqual([[], ['stable']]);

    const rerun = await register(2, '3', true);
    expect(rerun.outputs['image-version']).toBe('2');
    expect(s.versionsOf('img')).toHaveLength(2);
  });

  it('a re-run with aliases returns the same version', async () => {
    const s = await start({ images: ['img'] });
    const inputs = { 'image-name': 'img', 'base-image': image(1), aliases: 'latest,v1' };
    const first = await runAction({ inputs, endpoint: s.url });
    const rerun = await runAction({ inputs, endpoint: s.url, env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect([first.exitCode, rerun.exitCode]).toEqual([0, 0]);
    expect(rerun.outputs['image-version-arn']).toBe(first.outputs['image-version-arn']);
    expect(s.versionsOf('img')).toHaveLength(1);
  });
});

describe('dry-run', () => {
  it('only reads, prints the requests and sets what it can', async () => {
    const s = await start({});
    const result = await runAction({
      inputs: {
        'image-name': 'img',
        'base-image': image(1),
        'dry-run': 'true',
        'create-image': 'true',
        'role-arn': ROLE,
      },
      endpoint: s.url,
    });
    expect(result.exitCode).toBe(0);
    expect(s.operations('sagemaker').every((op) => /^(Describe|List)/.test(op))).toBe(true);
    expect(s.hasImage('img')).toBe(false);
    expect(result.stdout).toMatch(/^CreateImage \{"ImageName":"img","RoleArn":/m);
    expect(result.stdout).toMatch(/^CreateImageVersion \{"ImageName":"img","BaseImage":/m);
    // The version a real run would make, PLANNED: version 1 of the image it would create.
    expect(result.outputs).toEqual({
      'client-token': expect.any(String),
      created: 'false',
      'image-arn': 'arn:aws:sagemaker:us-east-1:123456789012:image/img',
      'image-version': '1',
      'image-version-arn': 'arn:aws:sagemaker:us-east-1:123456789012:image-version/img/1',
      'image-version-status': 'PLANNED',
    });
  });
});
