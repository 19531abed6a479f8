// `./retire`'s ECR check through src/retire/main.ts: after retention's own work, the images of the
// versions in use are read in ECR (one DescribeImages of their digests, one lifecycle policy
// preview), each problem a warning; `strict` fails the step only after the retirement, with the
// summary written once. Orchestration: @actions/core and both SDK clients mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  DeleteImageVersionCommand,
  DescribeDomainCommand,
  DescribeImageVersionCommand,
  ListAliasesCommand,
  ListAppsCommand,
  ListDomainsCommand,
  ListImageVersionsCommand,
  ListSpacesCommand,
} from '@aws-sdk/client-sagemaker';
import {
  DescribeImagesCommand,
  GetLifecyclePolicyPreviewCommand,
  StartLifecyclePolicyPreviewCommand,
} from '@aws-sdk/client-ecr';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ecr,
  listed,
  resetRun,
  sagemaker,
  serviceError,
  sentRequests,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/retire/main.js');

beforeEach(resetRun);

const REPO = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img';
const digest = (v: number): string => `sha256:${String(v).repeat(64)}`;
const VERSION_ARN = (v: number): string =>
  `arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/${v}`;
const KEEP_ONE = { 'image-name': 'my-image', 'aws-region': 'eu-west-1', 'keep-versions': '1' };
const warnings = (): string[] => core.warning.mock.calls.map(([line]) => String(line));
const failure = (): string => String(core.setFailed.mock.calls[0]?.[0]);

/**
 * Versions 1–3, all old: 1 unused (retired), 2 pinned by the domain, 3 the newest (kept). Version
 * 2's image is archived in ECR; the repository has no lifecycle policy.
 */
function givenAnArchivedImageInUse(): void {
  sagemaker.on(ListImageVersionsCommand).resolves({
    ImageVersions: [3, 2, 1].map((v) => listed(v, 'CREATED', VERSION_ARN(v))),
  });
  for (const v of [1, 2, 3]) {
    sagemaker
      .on(DescribeImageVersionCommand, { Version: v })
      .resolves({ ImageVersionStatus: 'CREATED', ContainerImage: `${REPO}@${digest(v)}` });
  }
  sagemaker.on(ListAliasesCommand).resolves({ SageMakerImageVersionAliases: [] });
  sagemaker.on(ListDomainsCommand).resolves({ Domains: [{ DomainId: 'd-1' }] });
  sagemaker.on(DescribeDomainCommand).resolves({
    DefaultUserSettings: {
      JupyterLabAppSettings: {
        CustomImages: [{ ImageName: 'my-image', AppImageConfigName: 'c', ImageVersionNumber: 2 }],
      },
    },
  });
  sagemaker.on(ListSpacesCommand).resolves({ Spaces: [] });
  sagemaker.on(ListAppsCommand).resolves({ Apps: [] });
  sagemaker.on(DeleteImageVersionCommand).resolves({});
  ecr.reset();
  ecr.on(DescribeImagesCommand).callsFake((input: { imageIds?: { imageDigest?: string }[] }) => ({
    imageDetails: (input.imageIds ?? [2, 3].map((v) => ({ imageDigest: digest(v) }))).map(
      ({ imageDigest }) => ({
        imageDigest,
        imageTags: [],
        imageStatus: imageDigest === digest(2) ? 'ARCHIVED' : 'ACTIVE',
      }),
    ),
  }));
  ecr
    .on(StartLifecyclePolicyPreviewCommand)
    .rejects(serviceError('LifecyclePolicyNotFoundException', 'no policy'));
  ecr.on(GetLifecyclePolicyPreviewCommand).rejects(new Error('no preview was started'));
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
