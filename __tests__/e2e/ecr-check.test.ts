// End to end, the ECR check (issue 28): the built `./retire` and `./studio` against the local
// endpoint, whose ECR model holds the images behind the versions, their storage classes and a
// lifecycle policy. An in-use version whose image is archived, deleted or due to expire is named
// with its users and the fix; `ecr-check: strict` fails once retention is done; `./studio` changes
// nothing for a version whose image cannot be pulled; and the check costs one DescribeImages per
// 100 in-use digests and one preview per repository.
import { afterEach, describe, expect, it } from '@jest/globals';
import { errorAnnotations, runAction } from '../../__fixtures__/run-action.ts';
import {
  TEST_ACCOUNT,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.ts';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';
const OLD = Date.UTC(2025, 0, 1);

let server: SageMakerServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<SageMakerServer> {
  server = await startSageMakerServer({ images: ['img'], ecr: { standardImages: false } });
  server.ecr.seedImage('team/img', 'new', 'docker');
  return server;
}

/** Version `v` of img, made long ago, running the image tagged `v<v>` (pushed long ago too). */
function addVersion(s: SageMakerServer, v: number, extra: { aliases?: string[] } = {}): string {
  const { digest } = s.ecr.seedImage('team/img', `v${v}`, 'docker', {
    config: { user: `1000:100`, env: [`VERSION=${v}`] },
  });
  s.ecr.setImageState('team/img', digest, { pushedAt: OLD });
  s.addVersion('img', {
    baseImage: `${REPO}:v${v}`,
    containerImage: `${REPO}@${digest}`,
    createdAt: OLD + v * 86_400_000,
    ...extra,
  });
  return digest;
}

const pin = (version: number) => ({
  CustomImages: [{ ImageName: 'img', AppImageConfigName: 'img', ImageVersionNumber: version }],
});

/**
 * Version 1 unused (retired), 2 pinned by the domain (its image archived), 3 holding alias "lts"
 * (its image deleted), 4 pinned by a space (a lifecycle rule would expire its image), 5 unused and
 * kept (the newest older than a day).
 */
function scene(s: SageMakerServer): Record<number, string> {
  const digests: Record<number, string> = {};
  for (let v = 1; v <= 5; v++) digests[v] = addVersion(s, v, v === 3 ? { aliases: ['lts'] } : {});
  s.ecr.setImageState('team/img', digests[2] ?? '', { status: 'ARCHIVED', archivedAt: OLD });
  s.ecr.deleteImage('team/img', digests[3] ?? '');
  s.ecr.putLifecyclePolicy('team/img', [
    {
      rulePriority: 1,
      selection: {
        tagStatus: 'tagged',
        tagPrefixList: ['v4'],
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 30,
      },
      action: { type: 'expire' },
    },
  ]);
  s.studio.addDomain({ id: 'd-one', defaultUserSettings: { JupyterLabAppSettings: pin(2) } });
  s.studio.addSpace('d-one', 'lab', { KernelGatewayAppSettings: pin(4) });
  return digests;
}

/** `./retire` of img, keeping the newest version older than a day. */
const retire = (s: SageMakerServer, inputs: Record<string, string> = {}) =>
  runAction({
    entry: 'retire',
    inputs: { 'image-name': 'img', 'keep-versions': '1', ...inputs },
    endpoint: s.url,
  });

/** `./studio`: version `v` of img released to d-one as a JupyterLab image. */
const release = (s: SageMakerServer, v: number, inputs: Record<string, string> = {}) =>
  runAction({
    entry: 'studio',
    inputs: {
      'image-version-arn': `arn:aws:sagemaker:us-east-1:${TEST_ACCOUNT}:image-version/img/${v}`,
      'domain-ids': 'd-one',
      'app-image-config': '{"JupyterLabAppImageConfig": {}}',
      ...inputs,
    },
    endpoint: s.url,
  });

const warnings = (stdout: string): string[] =>
  stdout.split('\n').filter((line) => line.startsWith('::warning'));

/** The ECR check's requests: by digest, listings, previews. */
function ecrCost(s: SageMakerServer): Record<string, number> {
  const ecr = s.requests.filter((r) => r.service === 'ecr');
  return {
    byDigest: ecr.filter((r) => r.operation === 'DescribeImages' && Array.isArray(r.body.imageIds))
      .length,
    listing: ecr.filter((r) => r.operation === 'DescribeImages' && !Array.isArray(r.body.imageIds))
      .length,
    starts: ecr.filter((r) => r.operation === 'StartLifecyclePolicyPreview').length,
    reads: ecr.filter((r) => r.operation === 'GetLifecyclePolicyPreview').length,
  };
}

describe('the ECR check of ./retire', () => {
  it('names each in-use version whose image is archived, deleted or due to expire, with its users and the fix', async () => {
    const s = await start();
    const digests = scene(s);

    const result = await retire(s);

    expect(result.exitCode).toBe(0);
    expect(s.versionsOf('img').map((v) => v.version)).toEqual([2, 3, 4, 5]);
    const said = warnings(result.stdout).join('\n');
    expect(said).toContain(`Version 2 (used by d-one: domain settings) runs ${REPO}@${digests[2]}`);
    expect(said).toContain('which is ARCHIVED in ECR since 2025-01-01');
    expect(said).toContain(
      `aws ecr update-image-storage-class --region us-east-1 --registry-id 123456789012 --repository-name team/img --image-id imageDigest=${digests[2]} --target-storage-class STANDARD`,
    );
    expect(said).toContain(
      `Version 3 (used by alias "lts") runs ${REPO}@${digests[3]}, which ECR no longer has`,
    );
    expect(said).toContain(`Version 4 (used by d-one: 1 space) runs ${REPO}@${digests[4]}`);
    expect(said).toContain('would expire (delete) it, by its rule of priority 1');
    expect(result.summary).toContain('#### Images in ECR');
    expect(result.summary).toContain(
      '| Version | Used by | Digest | Storage class | Last pulled | Lifecycle policy would |',
    );
    expect(result.summary).toMatch(
      /\| 2 \| d-one: domain settings \| sha256:[0-9a-f]{12}… \| ARCHIVED \| never recorded \| nothing \|/,
    );
    expect(result.summary).toMatch(
      /\| 3 \| alias "lts" \| sha256:[0-9a-f]{12}… \| missing \| {2}\| nothing \|/,
    );
    expect(result.summary).toMatch(
      /\| 4 \| d-one: 1 space \| sha256:[0-9a-f]{12}… \| ACTIVE \| never recorded \| expire \(rule 1\) \|/,
    );
    // Version 1 was deleted: its image is a candidate for the user's own clean-up, never deleted here.
    expect(result.summary).toContain('Images that no version names any more:');
    expect(result.summary).toMatch(/- team\/img@sha256:[0-9a-f]{12}… \(:v1; ACTIVE\)/);
    expect(s.requests.filter((r) => r.service === 'ecr').map((r) => r.operation)).not.toContain(
      'BatchDeleteImage',
    );
    // One DescribeImages of the 3 in-use digests (and one more, without the missing one), one
    // listing, one preview read until COMPLETE.
    expect(ecrCost(s)).toEqual({ byDigest: 2, listing: 1, starts: 1, reads: 2 });
  }, 60_000);

  it('with ecr-check: strict, fails once retention has done its own work', async () => {
    const s = await start();
    scene(s);

    const result = await retire(s, { 'ecr-check': 'strict' });

    expect(result.exitCode).toBe(1);
    // Version 1 was retired before the step failed.
    expect(s.versionsOf('img').map((v) => v.version)).toEqual([2, 3, 4, 5]);
    expect(result.outputs['retired-versions']).toBe('1');
    const [error] = errorAnnotations(result.stdout);
    expect(error).toMatch(
      /^ecr-check is strict, and the images of versions in use have 3 problems \(retention's own work is done\)/,
    );
    expect(result.summary).toContain('#### Images in ECR');
    expect(result.summary).toContain('### The ECR check failed');
    expect(result.summary).toContain('- versions retired: 1');
    // The Retention section comes first, then the table, then the failure.
    const order = ['Retention', '#### Images in ECR', '### The ECR check failed'].map((text) =>
      result.summary.indexOf(text),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  }, 60_000);

  it('with ecr-check: off, reads nothing in ECR', async () => {
    const s = await start();
    scene(s);

    const result = await retire(s, { 'ecr-check': 'off' });

    expect(result.exitCode).toBe(0);
    expect(ecrCost(s)).toEqual({ byDigest: 0, listing: 0, starts: 0, reads: 0 });
    expect(s.requests.filter((r) => r.service === 'ecr')).toEqual([]);
    expect(result.summary).not.toContain('Images in ECR');
  }, 60_000);

  it('in a dry run, retires nothing and still names what it found', async () => {
    const s = await start();
    scene(s);

    const result = await retire(s, { 'dry-run': 'true' });

    expect(result.exitCode).toBe(0);
    expect(s.versionsOf('img').map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
    expect(warnings(result.stdout)).toHaveLength(3);
    expect(result.summary).toContain('#### Images in ECR');
  }, 60_000);

  it('costs one DescribeImages per 100 in-use digests and one preview per repository', async () => {
    const s = await start();
    for (let v = 1; v <= 105; v++) addVersion(s, v, { aliases: [`a${v}`] });
    s.ecr.putLifecyclePolicy('team/img', [
      {
        rulePriority: 1,
        selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 1 },
        action: { type: 'expire' },
      },
    ]);

    const result = await retire(s);

    expect(result.exitCode).toBe(0);
    expect(warnings(result.stdout)).toEqual([]);
    expect(ecrCost(s)).toEqual({ byDigest: 2, listing: 1, starts: 1, reads: 2 });
    expect(result.stdout).toContain(
      'ECR check: the images of 105 versions in use can be pulled, and no lifecycle rule would remove them.',
    );
  }, 120_000);
});

describe('the ECR check of ./studio', () => {
  /** Version 1 of img, running the image tagged `new`; returns its digest. */
  function releasable(s: SageMakerServer): string {
    const digest = s.ecr.digestOf('team/img', 'new') ?? '';
    s.addVersion('img', { baseImage: `${REPO}:new`, containerImage: `${REPO}@${digest}` });
    s.studio.addDomain({ id: 'd-one' });
    return digest;
  }

  it("changes nothing when the version's image is archived, and names the restore command", async () => {
    const s = await start();
    const digest = releasable(s);
    s.ecr.setImageState('team/img', digest, { status: 'ARCHIVED' });

    const result = await release(s, 1);

    expect(result.exitCode).toBe(1);
    const [error] = errorAnnotations(result.stdout);
    expect(error).toMatch(
      /^Studio could not start this version, so nothing was changed: Version 1 \(used by Studio domain d-one, about to get it\)/,
    );
    expect(error).toContain(`--image-id imageDigest=${digest} --target-storage-class STANDARD`);
    const sagemaker = s.operations('sagemaker');
    for (const write of ['CreateAppImageConfig', 'UpdateAppImageConfig', 'UpdateDomain'])
      expect(sagemaker).not.toContain(write);
    // One DescribeImages by digest and one preview started (no policy: nothing to read); the
    // ContainerImage came with the version's own read.
    expect(ecrCost(s)).toEqual({ byDigest: 1, listing: 0, starts: 1, reads: 0 });
    expect(s.operations('sagemaker').filter((op) => op === 'DescribeImageVersion')).toHaveLength(1);
  }, 60_000);

  it('changes nothing when ECR no longer has the image, in a dry run too', async () => {
    const s = await start();
    const digest = releasable(s);
    s.ecr.deleteImage('team/img', digest);

    const real = await release(s, 1);
    const dry = await release(s, 1, { 'dry-run': 'true' });

    for (const result of [real, dry]) {
      expect(result.exitCode).toBe(1);
      expect(errorAnnotations(result.stdout)[0]).toContain('which ECR no longer has');
    }
    expect(s.operations('sagemaker')).not.toContain('UpdateDomain');
  }, 60_000);

  it('releases a version whose image a lifecycle rule would archive, and warns', async () => {
    const s = await start();
    releasable(s);
    s.ecr.putLifecyclePolicy('team/img', [
      {
        rulePriority: 3,
        selection: {
          tagStatus: 'any',
          countType: 'sinceImagePulled',
          countUnit: 'days',
          countNumber: 0,
        },
        action: { type: 'transition', targetStorageClass: 'archive' },
      },
    ]);

    const result = await release(s, 1);

    expect(result.exitCode).toBe(0);
    expect(s.operations('sagemaker')).toContain('UpdateDomain');
    expect(warnings(result.stdout).join('\n')).toContain(
      'would move it to ARCHIVE storage, where it cannot be pulled, by its rule of priority 3',
    );
  }, 60_000);
});
