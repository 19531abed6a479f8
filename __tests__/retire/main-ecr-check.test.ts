// `./retire`'s ECR check through src/retire/main.ts: after retention's own work, the images of the
// versions in use are read in ECR (one DescribeImages of their digests, one lifecycle policy
// preview), each problem a warning; `strict` fails the step only after the retirement, with the
// summary written once. Orchestration: @actions/core mocked, both SDK clients answered by the
// in-process models the local endpoint runs on (images and versions, Studio, ECR).
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { DeleteImageVersionCommand, ListDomainsCommand } from '@aws-sdk/client-sagemaker';
import { DescribeImagesCommand, StartLifecyclePolicyPreviewCommand } from '@aws-sdk/client-ecr';
import { FAKE_EPOCH_MS, fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import { EcrModel, MEDIA } from '../../__fixtures__/ecr-model.js';
import { TEST_ACCOUNT } from '../../__fixtures__/images-model.js';
import {
  ecr,
  newModels,
  resetRun,
  sagemaker,
  sentRequests,
  serveEcr,
  serveModels,
  type Models,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/retire/main.js');

beforeEach(resetRun);

const REPO = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img';
let models: Models;
let registry: EcrModel;
/** The digest of version `v`'s image in ECR. */
const digests = new Map<number, string>();
const digest = (v: number): string => digests.get(v) ?? `no image for version ${v}`;
const KEEP_ONE = { 'image-name': 'my-image', 'aws-region': 'eu-west-1', 'keep-versions': '1' };
const warnings = (): string[] => core.warning.mock.calls.map(([line]) => String(line));
const failure = (): string => String(core.setFailed.mock.calls[0]?.[0]);

/**
 * Versions 1–3, all old: 1 unused (retired), 2 pinned by the domain, 3 the newest (kept). Version
 * 2's image is archived in ECR; the repository has no lifecycle policy.
 */
function givenAnArchivedImageInUse(): void {
  registry = new EcrModel(
    { standardImages: false },
    TEST_ACCOUNT,
    () => 'http://127.0.0.1',
    () => 'eu-west-1',
  );
  registry.addRepository('team/img');
  models = newModels();
  models.images.addImage('my-image');
  for (const v of [1, 2, 3]) {
    const pushed = registry.putManifest(
      'team/img',
      { schemaVersion: 2, mediaType: MEDIA.dockerManifest, annotations: { version: String(v) } },
      MEDIA.dockerManifest,
      `v${v}`,
    );
    digests.set(v, pushed);
    models.images.addVersion('my-image', {
      baseImage: `${REPO}:v${v}`,
      containerImage: `${REPO}@${pushed}`,
      createdAt: FAKE_EPOCH_MS - (100 - v) * 86_400_000,
    });
  }
  registry.setImageState('team/img', digest(2), { status: 'ARCHIVED' });
  models.studio.addDomain({
    id: 'd-1',
    defaultUserSettings: {
      JupyterLabAppSettings: {
        CustomImages: [{ ImageName: 'my-image', AppImageConfigName: 'c', ImageVersionNumber: 2 }],
      },
    },
  });
  serveModels(models);
  serveEcr(registry);
}

describe("./retire's ECR check", () => {
  it('warns of an archived image in use after retiring, with one DescribeImages of the digests in use', async () => {
    core.reset(KEEP_ONE);
    givenAnArchivedImageInUse();
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()).toEqual({ 'retired-versions': '1' });
    expect(warnings()).toEqual([
      expect.stringMatching(
        /^Version 2 \(used by d-1: domain settings\) runs .*, which is ARCHIVED/,
      ),
    ]);
    const byDigest = ecr
      .commandCalls(DescribeImagesCommand)
      .map((c) => c.args[0].input.imageIds?.map((id) => id.imageDigest));
    // The digests in use in one request, then the listing of the repository (no imageIds).
    expect(byDigest).toEqual([[digest(2)], undefined]);
    expect(ecr.commandCalls(StartLifecyclePolicyPreviewCommand)).toHaveLength(1);
    // Retention's own write came before any ECR read.
    expect(sentRequests().filter((r) => !/^(Describe|List)/.test(r))).toEqual([
      'DeleteImageVersion {"ImageName":"my-image","Version":1}',
    ]);
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    expect(core.summary.text()).toContain('#### Images in ECR');
    expect(models.images.versionsOf('my-image').map((v) => v.version)).toEqual([2, 3]);
  });

  it('with strict, fails the step after the retirement, naming every problem', async () => {
    core.reset({ ...KEEP_ONE, 'ecr-check': 'strict' });
    givenAnArchivedImageInUse();
    await run(fakeClock());

    expect(sagemaker.commandCalls(DeleteImageVersionCommand)).toHaveLength(1);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(failure()).toMatch(
      /^ecr-check is strict, and the images of versions in use have a problem \(retention's own work is done\):\n- Version 2 /,
    );
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    const summary = core.summary.text();
    expect(summary.indexOf('#### Images in ECR')).toBeLessThan(
      summary.indexOf('### The ECR check failed'),
    );
    expect(summary).toContain('- versions retired: 1');
  });

  it('with off, reads the uses only when something could be retired, and nothing in ECR', async () => {
    core.reset({ ...KEEP_ONE, 'keep-versions': '3', 'ecr-check': 'off' });
    givenAnArchivedImageInUse();
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(ecr.calls()).toHaveLength(0);
    expect(sagemaker.commandCalls(ListDomainsCommand)).toHaveLength(0);
  });

  it('reads the uses to check the images even when nothing could be retired', async () => {
    core.reset({ ...KEEP_ONE, 'keep-versions': '3' });
    givenAnArchivedImageInUse();
    await run(fakeClock());

    expect(sagemaker.commandCalls(DeleteImageVersionCommand)).toHaveLength(0);
    expect(warnings()).toEqual([
      expect.stringContaining('Version 2 (used by d-1: domain settings)'),
    ]);
  });
});
