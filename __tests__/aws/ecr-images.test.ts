// The ECR check's edge with the SDK mocked: DescribeImages by digest in batches of 100 whatever the
// storage class, a missing image or repository read as missing, the lifecycle policy preview
// started (no policy: false) and read to its last page, and failures as AwsCallErrors.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  DescribeImagesCommand,
  ECRClient,
  type ECRServiceException,
  GetLifecyclePolicyPreviewCommand,
  StartLifecyclePolicyPreviewCommand,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import {
  describeImagesByDigest,
  getLifecyclePolicyPreview,
  listRepositoryImages,
  missingDigestIn,
  openEcrImageReads,
  startLifecyclePolicyPreview,
} from '../../src/aws/ecr-images.js';
import { ecrError } from '../../__fixtures__/sdk-errors.js';
import { AwsCallError, explainAwsError } from '../../src/aws/errors.js';

const mocked = mockClient(ECRClient);
const client = new ECRClient({ region: 'eu-west-1' });
const location = { registryId: '210987654321', repository: 'team/jupyter', region: 'eu-west-1' };
const digest = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`;
const notFound = (d: string): ECRServiceException =>
  ecrError(
    'ImageNotFoundException',
    `The image with imageId {imageDigest:'${d}', imageTag:'null'} does not exist within the repository with name 'team/jupyter' in the registry with id '210987654321'`,
  );

beforeEach(() => {
  mocked.reset();
});

describe('describeImagesByDigest', () => {
  it('asks for at most 100 digests a request, whatever their storage class, and reads their state', async () => {
    mocked
      .on(DescribeImagesCommand)
      .callsFake((input: { imageIds: { imageDigest: string }[] }) => ({
        imageDetails: input.imageIds.map(({ imageDigest }, i) => ({
          imageDigest,
          imageTags: i === 0 ? ['v1'] : undefined,
          imageStatus: i === 0 ? 'ARCHIVED' : undefined,
          lastRecordedPullTime: new Date('2026-01-02T00:00:00Z'),
          lastArchivedAt: i === 0 ? new Date('2026-03-04T00:00:00Z') : undefined,
        })),
      }));
    const digests = Array.from({ length: 150 }, (_, i) => digest(i));
    const states = await describeImagesByDigest(client, location, [...digests, digest(0)]);

    const calls = mocked.commandCalls(DescribeImagesCommand).map((c) => c.args[0].input);
    expect(calls.map((input) => input.imageIds?.length)).toEqual([100, 50]);
    expect(calls[0]).toMatchObject({
      registryId: '210987654321',
      repositoryName: 'team/jupyter',
      filter: { imageStatus: 'ANY' },
    });
    expect(states).toHaveLength(150);
    expect(states[0]).toEqual({
      digest: digest(0),
      found: true,
      status: 'ARCHIVED',
      tags: ['v1'],
      lastPulledAt: new Date('2026-01-02T00:00:00Z'),
      archivedAt: new Date('2026-03-04T00:00:00Z'),
    });
    expect(states[1]).toMatchObject({ found: true, status: 'ACTIVE', tags: [] });
  });

  it('reads the digest ECR says is missing as missing, and asks again for the others', async () => {
    mocked
      .on(DescribeImagesCommand)
      .rejectsOnce(notFound(digest(2)))
      .resolves({ imageDetails: [{ imageDigest: digest(1) }] });
    const states = await describeImagesByDigest(client, location, [digest(1), digest(2)]);

    expect(states).toEqual([
      { digest: digest(2), found: false },
      { digest: digest(1), found: true, status: 'ACTIVE', tags: [] },
    ]);
    expect(mocked.commandCalls(DescribeImagesCommand)[1]?.args[0].input.imageIds).toEqual([
      { imageDigest: digest(1) },
    ]);
  });

  it('asks about each digest alone when ECR does not say which one is missing', async () => {
    mocked
      .on(DescribeImagesCommand)
      .rejectsOnce(ecrError('ImageNotFoundException', 'not found'))
      .rejectsOnce(ecrError('ImageNotFoundException', 'not found'))
      .resolves({ imageDetails: [{ imageDigest: digest(2) }] });
    const states = await describeImagesByDigest(client, location, [digest(1), digest(2)]);

    expect(states).toEqual([
      { digest: digest(1), found: false },
      { digest: digest(2), found: true, status: 'ACTIVE', tags: [] },
    ]);
  });

  it('reads a digest ECR leaves out of its answer, and every image of a missing repository, as missing', async () => {
    mocked.on(DescribeImagesCommand).resolvesOnce({ imageDetails: [] });
    expect(await describeImagesByDigest(client, location, [digest(1)])).toEqual([
      { digest: digest(1), found: false },
    ]);
    mocked.on(DescribeImagesCommand).rejects(ecrError('RepositoryNotFoundException'));
    expect(await describeImagesByDigest(client, location, [digest(1), digest(2)])).toEqual([
      { digest: digest(1), found: false },
      { digest: digest(2), found: false },
    ]);
  });

  it('fails as a AwsCallError naming DescribeImages and the repository, with the permissions to grant', async () => {
    mocked
      .on(DescribeImagesCommand)
      .rejects(
        ecrError(
          'AccessDeniedException',
          'User: x is not authorized to perform: ecr:DescribeImages on resource: y',
        ),
      );
    const error = await describeImagesByDigest(client, location, [digest(1)]).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(AwsCallError);
    expect(
      explainAwsError(error, { operation: 'x', imageName: 'img', region: 'eu-west-1' }),
    ).toMatch(
      /^DescribeImages for ECR repository "team\/jupyter" in eu-west-1 failed: the credentials are not allowed to call ecr:DescribeImages, which the ECR check needs\. Grant `ecr:DescribeImages`, `ecr:StartLifecyclePolicyPreview` and `ecr:GetLifecyclePolicyPreview` on the repository/,
    );
  });

  it('sends nothing for no digest', async () => {
    expect(await describeImagesByDigest(client, location, [])).toEqual([]);
    expect(mocked.commandCalls(DescribeImagesCommand)).toHaveLength(0);
  });
});

describe('missingDigestIn', () => {
  it.each([
    [`{imageDigest:'${digest(7)}', imageTag:'null'}`, digest(7)],
    [`imageDigest=${digest(8)}`, digest(8)],
    ["{imageDigest:'null', imageTag:'latest'}", undefined],
  ])('reads %s', (message, expected) => {
    expect(missingDigestIn(message)).toBe(expected);
  });
});

describe('listRepositoryImages', () => {
  it('lists every page, whatever the storage class; none for a missing repository', async () => {
    mocked
      .on(DescribeImagesCommand)
      .resolvesOnce({ imageDetails: [{ imageDigest: digest(1) }], nextToken: 't' })
      .resolvesOnce({ imageDetails: [{ imageDigest: digest(2), imageStatus: 'ARCHIVED' }] });
    const listed = await listRepositoryImages(client, location);

    expect(listed.map((s) => s.digest)).toEqual([digest(1), digest(2)]);
    expect(mocked.commandCalls(DescribeImagesCommand)[0]?.args[0].input).toMatchObject({
      maxResults: 1000,
      filter: { imageStatus: 'ANY' },
    });
    mocked.reset();
    mocked.on(DescribeImagesCommand).rejects(ecrError('RepositoryNotFoundException'));
    expect(await listRepositoryImages(client, location)).toEqual([]);
  });

  it('fails as a AwsCallError naming DescribeImages for any other error', async () => {
    mocked.on(DescribeImagesCommand).rejects(ecrError('AccessDeniedException'));
    const error = await listRepositoryImages(client, location).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error).toMatchObject({
      operation: 'DescribeImages',
      resource: { kind: 'ECR repository', name: 'team/jupyter' },
    });
  });
});

describe('openEcrImageReads', () => {
  const regionOf = async (call: { thisValue: unknown }): Promise<string> =>
    (call.thisValue as ECRClient).config.region();

  it('sends each read through one client per region, made when first needed', async () => {
    mocked.on(DescribeImagesCommand).resolves({ imageDetails: [{ imageDigest: digest(1) }] });
    mocked.on(StartLifecyclePolicyPreviewCommand).resolves({});
    mocked.on(GetLifecyclePolicyPreviewCommand).resolves({ status: 'IN_PROGRESS' });
    const reads = openEcrImageReads({
      maxAttempts: 1,
      httpTimeoutMs: 1000,
      runId: '1',
      log: () => undefined,
    });
    const elsewhere = { ...location, region: 'us-east-1' };

    expect((await reads.describeImages(location, [digest(1)])).map((s) => s.digest)).toEqual([
      digest(1),
    ]);
    expect((await reads.listImages(elsewhere)).map((s) => s.digest)).toEqual([digest(1)]);
    expect(await reads.startPreview(location)).toBe(true);
    expect(await reads.readPreview(elsewhere)).toEqual({ status: 'IN_PROGRESS', actions: [] });

    const calls = mocked.calls();
    expect(await Promise.all(calls.map(regionOf))).toEqual([
      'eu-west-1',
      'us-east-1',
      'eu-west-1',
      'us-east-1',
    ]);
    expect(calls[0]?.thisValue).toBe(calls[2]?.thisValue);
    expect(calls[1]?.thisValue).toBe(calls[3]?.thisValue);
    expect(calls[0]?.thisValue).not.toBe(calls[1]?.thisValue);
  });
});

describe('the lifecycle policy preview', () => {
  it.each([
    [undefined, true],
    ['LifecyclePolicyPreviewInProgressException', true],
    ['LifecyclePolicyNotFoundException', false],
    ['RepositoryNotFoundException', false],
  ])('starts it, or when ECR says %s answers %s', async (error, expected) => {
    if (error === undefined) mocked.on(StartLifecyclePolicyPreviewCommand).resolves({});
    else mocked.on(StartLifecyclePolicyPreviewCommand).rejects(ecrError(error));
    expect(await startLifecyclePolicyPreview(client, location)).toBe(expected);
  });

  it('fails as a AwsCallError for any other error', async () => {
    mocked.on(StartLifecyclePolicyPreviewCommand).rejects(ecrError('AccessDeniedException'));
    const error = await startLifecyclePolicyPreview(client, location).catch((e: unknown) => e);
    expect(error).toMatchObject({ operation: 'StartLifecyclePolicyPreview' });
  });

  it('answers the status alone while in progress, and every result of every page once complete', async () => {
    mocked
      .on(GetLifecyclePolicyPreviewCommand)
      .resolvesOnce({ status: 'IN_PROGRESS' })
      .resolvesOnce({
        status: 'COMPLETE',
        nextToken: 'p2',
        previewResults: [
          {
            imageDigest: digest(1),
            imageTags: ['v1'],
            action: { type: 'TRANSITION', targetStorageClass: 'ARCHIVE' },
            appliedRulePriority: 1,
          },
          { imageDigest: digest(9) },
        ],
      })
      .resolvesOnce({
        status: 'COMPLETE',
        previewResults: [{ imageDigest: digest(2), action: { type: 'EXPIRE' } }],
      });
    expect(await getLifecyclePolicyPreview(client, location)).toEqual({
      status: 'IN_PROGRESS',
      actions: [],
    });
    expect(await getLifecyclePolicyPreview(client, location)).toEqual({
      status: 'COMPLETE',
      actions: [
        {
          digest: digest(1),
          tags: ['v1'],
          type: 'TRANSITION',
          targetStorageClass: 'ARCHIVE',
          priority: 1,
        },
        { digest: digest(2), tags: [], type: 'EXPIRE' },
      ],
    });
    const inputs = mocked
      .commandCalls(GetLifecyclePolicyPreviewCommand)
      .map((c) => c.args[0].input);
    expect(inputs[1]).toMatchObject({ maxResults: 100 });
    expect(inputs[2]).toMatchObject({ nextToken: 'p2' });
  });
});

describe('what the reads leave out, and where they stop', () => {
  it('reads an image whole: a date ECR gives is kept, one it does not give is no key at all', async () => {
    const pushed = new Date('2026-05-06T00:00:00Z');
    mocked.on(DescribeImagesCommand).resolves({
      imageDetails: [
        { imageDigest: digest(1), imagePushedAt: pushed },
        { imageDigest: digest(2), lastRecordedPullTime: pushed, lastArchivedAt: pushed },
        {},
      ],
    });
    expect(await listRepositoryImages(client, location)).toStrictEqual([
      { digest: digest(1), found: true, status: 'ACTIVE', tags: [], pushedAt: pushed },
      {
        digest: digest(2),
        found: true,
        status: 'ACTIVE',
        tags: [],
        lastPulledAt: pushed,
        archivedAt: pushed,
      },
      { digest: '', found: true, status: 'ACTIVE', tags: [] },
    ]);
  });

  it('reads an answer without images as none: every digest asked about missing, an empty listing', async () => {
    mocked.on(DescribeImagesCommand).resolves({});
    expect(await describeImagesByDigest(client, location, [digest(1)])).toEqual([
      { digest: digest(1), found: false },
    ]);
    expect(await listRepositoryImages(client, location)).toEqual([]);
  });

  it('asks about each digest alone when ECR names a digest it was not asked about', async () => {
    mocked
      .on(DescribeImagesCommand)
      .rejectsOnce(notFound(digest(5)))
      .rejectsOnce(notFound(digest(1)))
      .resolves({ imageDetails: [{ imageDigest: digest(2) }] });
    const states = await describeImagesByDigest(client, location, [digest(1), digest(2)]);

    expect(states).toEqual([
      { digest: digest(1), found: false },
      { digest: digest(2), found: true, status: 'ACTIVE', tags: [] },
    ]);
    expect(mocked.commandCalls(DescribeImagesCommand).map((c) => c.args[0].input.imageIds)).toEqual(
      [
        [{ imageDigest: digest(1) }, { imageDigest: digest(2) }],
        [{ imageDigest: digest(1) }],
        [{ imageDigest: digest(2) }],
      ],
    );
  });

  it('reads the digest after a space ECR may put after imageDigest:', () => {
    expect(missingDigestIn(`{imageDigest: '${digest(3)}'}`)).toBe(digest(3));
  });

  it('starts the preview of the repository it is given', async () => {
    mocked.on(StartLifecyclePolicyPreviewCommand).resolves({});
    await startLifecyclePolicyPreview(client, location);
    expect(
      mocked.commandCalls(StartLifecyclePolicyPreviewCommand).map((c) => c.args[0].input),
    ).toEqual([{ registryId: '210987654321', repositoryName: 'team/jupyter' }]);
  });

  it('asks for the first page of the preview without a token, and stops at an empty one', async () => {
    mocked
      .on(GetLifecyclePolicyPreviewCommand)
      .resolvesOnce({ status: 'COMPLETE', nextToken: '' })
      .resolves({
        status: 'COMPLETE',
        previewResults: [{ imageDigest: digest(4), action: { type: 'EXPIRE' } }],
      });
    expect(await getLifecyclePolicyPreview(client, location)).toEqual({
      status: 'COMPLETE',
      actions: [],
    });
    expect(
      mocked.commandCalls(GetLifecyclePolicyPreviewCommand).map((c) => c.args[0].input),
    ).toStrictEqual([
      { registryId: '210987654321', repositoryName: 'team/jupyter', maxResults: 100 },
    ]);
  });

  it('reads an action whole: no target or rule ECR does not give, nothing for a result without a digest', async () => {
    mocked.on(GetLifecyclePolicyPreviewCommand).resolves({
      status: 'COMPLETE',
      previewResults: [
        { imageDigest: digest(1), action: { type: 'EXPIRE' } },
        { action: { type: 'EXPIRE' }, appliedRulePriority: 3 },
      ],
    });
    expect(await getLifecyclePolicyPreview(client, location)).toStrictEqual({
      status: 'COMPLETE',
      actions: [{ digest: digest(1), tags: [], type: 'EXPIRE' }],
    });
  });

  it('reads a page without a status as not complete, and a complete one without results as none', async () => {
    mocked
      .on(GetLifecyclePolicyPreviewCommand)
      .resolvesOnce({})
      .resolvesOnce({ status: 'COMPLETE' });
    expect(await getLifecyclePolicyPreview(client, location)).toEqual({ status: '', actions: [] });
    expect(await getLifecyclePolicyPreview(client, location)).toEqual({
      status: 'COMPLETE',
      actions: [],
    });
  });

  it('fails as a AwsCallError naming GetLifecyclePolicyPreview and the repository', async () => {
    mocked.on(GetLifecyclePolicyPreviewCommand).rejects(ecrError('AccessDeniedException'));
    const error = await getLifecyclePolicyPreview(client, location).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error).toMatchObject({
      operation: 'GetLifecyclePolicyPreview',
      resource: { kind: 'ECR repository', name: 'team/jupyter' },
    });
  });
});
