// End to end, retention: the committed bundle's `./retire` against the local endpoint, with an
// image of more than one page of versions, aliases, Studio pins at every level, a missing
// permission, archive mode, a dry run and a busy image.
import { afterEach, describe, expect, it } from '@jest/globals';
import { errorAnnotations, runAction } from '../../__fixtures__/run-action.ts';
import {
  startSageMakerServer,
  type SageMakerServer,
  type ServerOptions,
} from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';
const WRITES = ['CreateImageVersion', 'DeleteImageVersion', 'UpdateImageVersion'];

let server: SageMakerServer | undefined;
async function start(options: ServerOptions = {}): Promise<SageMakerServer> {
  server = await startSageMakerServer({ images: ['img'], ecr: ANY_IMAGE, ...options });
  return server;
}
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Seeds versions 1..count, a day apart, CREATED unless `statuses` says otherwise. */
function seed(s: SageMakerServer, count: number, extra: Record<number, object> = {}): void {
  for (let v = 1; v <= count; v++) {
    s.addVersion('img', {
      baseImage: `${REPO}:v${v}`,
      createdAt: Date.UTC(2025, 0, v),
      ...extra[v],
    });
  }
}

/** A CustomImages list pinning `version` of img. */
const pin = (version: number) => ({
  CustomImages: [
    { ImageName: 'img', AppImageConfigName: 'img-config', ImageVersionNumber: version },
  ],
});

const live = (s: SageMakerServer): number[] => s.versionsOf('img').map((v) => v.version);
const retire = (s: SageMakerServer, inputs: Record<string, string>) =>
  runAction({ entry: 'retire', inputs: { 'image-name': 'img', ...inputs }, endpoint: s.url });

describe('retention', () => {
  it('keeps the newest, every alias and every Studio pin, and deletes the rest of 105 versions', async () => {
    const s = await start();
    seed(s, 105, {
      20: { aliases: ['lts'] },
      30: { status: 'CREATE_FAILED', aliases: ['broken'] },
      31: { status: 'CREATE_FAILED' },
      40: { status: 'CREATING' },
      50: { aliases: ['stable'] },
    });
    s.studio.addAppImageConfig('img-config', {
      KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3' }] },
    });
    s.studio.addDomain({
      id: 'd-one',
      defaultUserSettings: { JupyterLabAppSettings: pin(10) },
      defaultSpaceSettings: { KernelGatewayAppSettings: pin(11) },
    });
    s.studio.addDomain({ id: 'd-two' });
    for (let i = 0; i < 12; i++) s.studio.addUserProfile('d-two', `user-${i}`);
    s.studio.addUserProfile('d-two', 'alice', { CodeEditorAppSettings: pin(12) });
    s.studio.addSpace('d-one', 'lab', { KernelGatewayAppSettings: pin(13) });
    // Another image's pin protects nothing here.
    s.studio.addSpace('d-one', 'other', {
      KernelGatewayAppSettings: {
        CustomImages: [{ ImageName: 'other', AppImageConfigName: 'x', ImageVersionNumber: 9 }],
      },
    });

    const result = await retire(s, { 'keep-versions': '5' });

    expect(result.exitCode).toBe(0);
    // The 5 newest past the grace period are 101–105.
    const kept = [10, 11, 12, 13, 20, 30, 40, 50, 101, 102, 103, 104, 105];
    expect(live(s)).toEqual(kept);
    const retired = Array.from({ length: 105 }, (_, i) => i + 1).filter((v) => !kept.includes(v));
    expect(retired).toHaveLength(92);
    expect(result.outputs['retired-versions']).toBe(retired.join(','));
    // More than one page of versions; every list paginated; deletions last, one at a time.
    const ops = s.operations();
    expect(ops.filter((op) => op === 'ListImageVersions').length).toBeGreaterThanOrEqual(2);
    // (The ECR check's reads follow them: ecr-check is on by default.)
    expect(
      ops
        .slice(ops.indexOf('DeleteImageVersion'), ops.lastIndexOf('DeleteImageVersion') + 1)
        .every((op) => op === 'DeleteImageVersion'),
    ).toBe(true);
    expect(ops.slice(ops.lastIndexOf('DeleteImageVersion') + 1)).not.toContain(
      'DeleteImageVersion',
    );
    expect(ops.filter((op) => op === 'DescribeUserProfile')).toHaveLength(13);

    const log = result.stdout;
    expect(log).toContain(
      'Read the aliases, and searched 2 Studio domains, 13 user profiles, 2 spaces and 0 apps for versions in use.',
    );
    expect(log).toMatch(
      /^101 +CREATED .*kept: one of the 5 newest CREATED versions older than 24h$/m,
    );
    expect(log).toMatch(/^100 +CREATED .*to retire \(delete\)$/m);
    expect(log).toMatch(/^50 +CREATED .* stable +kept: holds alias "stable"$/m);
    expect(log).toMatch(/^40 +CREATING .*kept: still CREATING$/m);
    expect(log).toMatch(/^31 +CREATE_FAILED .*to retire \(delete\)$/m);
    expect(log).toMatch(/^13 +CREATED .*d-one: 1 space +kept: in use in Studio$/m);
    expect(log).toMatch(/^12 +CREATED .*d-two: 1 user profile +kept: in use in Studio$/m);
    expect(log).toMatch(/^11 +CREATED .*d-one: domain settings +kept: in use in Studio$/m);
    expect(log).toMatch(/^10 +CREATED .*d-one: domain settings +kept: in use in Studio$/m);
    // Names of profiles and spaces go to debug lines only.
    expect(log).toContain(
      '::debug::Version 12 is used by user profile alice in Studio domain d-two.',
    );
    expect(
      log
        .split('\n')
        .filter((l) => !l.startsWith('::debug::'))
        .join('\n'),
    ).not.toContain('alice');
    expect(log).toContain(`Retired ${retired.length} versions (deleted): ${retired.join(', ')}.`);
    expect(log).toContain(
      'its container image stays in ECR (this action never deletes ECR images)',
    );

    expect(result.summary).toContain('### Retention of img');
    expect(result.summary).toContain(
      '| Version | Status | Created | Aliases | Used by | Verdict |',
    );
    expect(result.summary).toContain(
      '| 12 | CREATED | 2025-01-12 00:00 UTC |  | d-two: 1 user profile | kept: in use in Studio |',
    );
    expect(result.summary).toContain(
      '| 9 | CREATED | 2025-01-09 00:00 UTC |  |  | retired (deleted) |',
    );
  });

  it('retires nothing without ListSpaces, and says which permission is missing', async () => {
    const s = await start({ deniedOperations: ['ListSpaces'] });
    seed(s, 6);
    s.studio.addDomain({ id: 'd-one' });

    const result = await retire(s, { 'keep-versions': '2' });

    expect(result.exitCode).toBe(1);
    expect(live(s)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(s.operations().filter((op) => op === 'DeleteImageVersion')).toEqual([]);
    expect(errorAnnotations(result.stdout)).toEqual([
      expect.stringMatching(
        /^No image version was retired: to prove which versions are in use, retention must read the spaces of Studio domain d-one, and ListSpaces for the Studio spaces of Studio domain "d-one" in us-east-1 failed: the credentials are not allowed to call sagemaker:ListSpaces\. Grant sagemaker:ListSpaces to the role this workflow assumes/,
      ),
    ]);
    expect(result.outputs['retired-versions']).toBeUndefined();
    // The summary names retention as the part that failed.
    expect(result.summary).toContain('### Retention failed\n\n> No image version was retired');
    expect(result.summary).toContain('Nothing else was changed before it failed.');
  });

  it('names the profile it could not read by its domain, never by its name', async () => {
    const s = await start({ deniedOperations: ['DescribeUserProfile'] });
    seed(s, 6);
    s.studio.addDomain({ id: 'd-one' });
    s.studio.addUserProfile('d-one', 'alice');

    const result = await retire(s, { 'keep-versions': '2' });

    expect(result.exitCode).toBe(1);
    expect(live(s)).toEqual([1, 2, 3, 4, 5, 6]);
    const [message = ''] = errorAnnotations(result.stdout);
    expect(message).toMatch(
      /^No image version was retired: to prove which versions are in use, retention must read a user profile of Studio domain d-one, and DescribeUserProfile for a user profile of Studio domain "d-one" in us-east-1 failed: the credentials are not allowed to call sagemaker:DescribeUserProfile\. Grant sagemaker:DescribeUserProfile on the user profiles of the domain to the role/,
    );
    // Only the debug lines, which the runner shows on request, may name people.
    const shown = result.stdout.split('\n').filter((line) => !line.startsWith('::debug::'));
    expect(shown.join('\n')).not.toContain('alice');
    expect(result.summary).not.toContain('alice');
  });

  it('archive mode marks old versions TO_BE_ARCHIVED and leaves marked ones alone', async () => {
    const s = await start();
    seed(s, 5, { 1: { vendorGuidance: 'ARCHIVED' }, 2: { vendorGuidance: 'TO_BE_ARCHIVED' } });

    const result = await retire(s, { 'keep-versions': '2', 'retention-action': 'archive' });

    expect(result.exitCode).toBe(0);
    expect(result.outputs['retired-versions']).toBe('3');
    expect(s.operations().filter((op) => op === 'DeleteImageVersion')).toEqual([]);
    expect(s.versionsOf('img').map((v) => [v.version, v.vendorGuidance])).toEqual([
      [1, 'ARCHIVED'],
      [2, 'TO_BE_ARCHIVED'],
      [3, 'TO_BE_ARCHIVED'],
      [4, undefined],
      [5, undefined],
    ]);
    expect(result.stdout).toMatch(/^2 +CREATED .*already TO_BE_ARCHIVED: no change$/m);
    expect(result.stdout).toContain(
      'Marked version 3 TO_BE_ARCHIVED (SageMaker archives it after three months).',
    );
    expect(result.summary).toContain('retired (marked TO_BE_ARCHIVED)');
  });

  it('in a dry run, prints what it would retire and why the others stay, and writes nothing', async () => {
    const s = await start();
    seed(s, 4, { 1: { aliases: ['stable'] } });

    const result = await retire(s, { 'keep-versions': '1', 'dry-run': 'true' });

    expect(result.exitCode).toBe(0);
    expect(s.operations().filter((op) => WRITES.includes(op))).toEqual([]);
    expect(live(s)).toEqual([1, 2, 3, 4]);
    expect(result.stdout).toMatch(
      /^4 +CREATED .*kept: the newest CREATED version older than 24h$/m,
    );
    expect(result.stdout).toMatch(/^3 +CREATED .*would retire \(delete\)$/m);
    expect(result.stdout).toMatch(/^1 +CREATED .*kept: holds alias "stable"$/m);
    expect(result.stdout).toContain('Dry run: nothing was changed. Would retire 2 versions: 2, 3.');
    expect(result.summary).toContain('### Retention of img (dry run): nothing was changed');
    expect(result.outputs['retired-versions']).toBe('');
  });

  it('waits out a version still being deleted before deleting the next', async () => {
    const s = await start({ deletionsOneAtATime: true, versionDeletionMs: 600 });
    seed(s, 3);

    const result = await retire(s, { 'keep-versions': '1' });

    expect(result.exitCode).toBe(0);
    expect(result.outputs['retired-versions']).toBe('1,2');
    expect(result.stdout).toMatch(
      /The image is busy \(ImageVersion \(arn:aws:sagemaker:us-east-1:123456789012:image-version\/img\/1\) is being deleted\); deleting version 2 again in \d\.\d s\./,
    );
  });
});
