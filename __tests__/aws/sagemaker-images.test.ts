// Images and versions with the SDK mocked: what each call sends, what a read makes of "not found",
// every page of the lists that read them all, and that every failure names its operation.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ListAliasesCommand,
  ListImageVersionsCommand,
  SageMakerClient,
  SageMakerServiceException,
  UpdateImageVersionCommand,
  type ImageVersion,
  type ImageVersionStatus,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import * as api from '../../src/aws/sagemaker-images.js';
import { AwsCallError, explainAwsError } from '../../src/aws/errors.js';
import { notFound } from '../../__fixtures__/sdk-errors.ts';

const sagemaker = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'eu-west-1' });
const accessDenied = (): Error =>
  new SageMakerServiceException({
    name: 'AccessDeniedException',
    $fault: 'client',
    message:
      'User: arn:aws:sts::123456789012:assumed-role/ci/run is not authorized to perform: sagemaker:DescribeImageVersion on resource: arn:x',
    $metadata: { httpStatusCode: 400 },
  });

beforeEach(() => {
  sagemaker.reset();
});

/** A ListImageVersions entry. */
const listed = (version: number, status: ImageVersionStatus): ImageVersion => ({
  Version: version,
  ImageVersionStatus: status,
  ImageArn: 'arn:i',
  ImageVersionArn: `arn:v/${version}`,
  CreationTime: new Date(0),
  LastModifiedTime: new Date(0),
});

/** The error a promise rejects with, for assertions on more than its message. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('versionHoldingAlias', () => {
  it('asks for the alias of the image and returns the version and its base image', async () => {
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolves({ Version: 3, BaseImage: 'repo:tag', ImageVersionStatus: 'CREATED' });
    await expect(api.versionHoldingAlias(client, 'img', 'stable')).resolves.toEqual({
      version: 3,
      baseImage: 'repo:tag',
    });
    expect(sagemaker.commandCalls(DescribeImageVersionCommand)[0]?.args[0].input).toEqual({
      ImageName: 'img',
      Alias: 'stable',
    });
  });

  it('reads a missing base image as empty', async () => {
    sagemaker.on(DescribeImageVersionCommand).resolves({ Version: 3 });
    await expect(api.versionHoldingAlias(client, 'img', 'stable')).resolves.toEqual({
      version: 3,
      baseImage: '',
    });
  });

  it('reads "not found" as a free alias', async () => {
    sagemaker.on(DescribeImageVersionCommand).rejects(notFound());
    await expect(api.versionHoldingAlias(client, 'img', 'stable')).resolves.toBeUndefined();
  });

  it('reads an answer without a version as a free alias', async () => {
    sagemaker.on(DescribeImageVersionCommand).resolves({});
    await expect(api.versionHoldingAlias(client, 'img', 'stable')).resolves.toBeUndefined();
  });

  it('fails on access denied instead of reading the alias as free, naming the action', async () => {
    sagemaker.on(DescribeImageVersionCommand).rejects(accessDenied());
    const error = await rejection(api.versionHoldingAlias(client, 'img', 'stable'));
    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as AwsCallError).operation).toBe('DescribeImageVersion');
    expect(
      explainAwsError(error, { operation: 'x', imageName: 'img', region: 'eu-west-1' }),
    ).toContain('the credentials are not allowed to call sagemaker:DescribeImageVersion');
  });
});

describe('describeImageVersion', () => {
  it('asks for the version by number, and fails naming the operation', async () => {
    sagemaker.on(DescribeImageVersionCommand).resolves({ Version: 4 });
    await expect(api.describeImageVersion(client, 'img', 4)).resolves.toMatchObject({
      Version: 4,
    });
    expect(sagemaker.commandCalls(DescribeImageVersionCommand)[0]?.args[0].input).toEqual({
      ImageName: 'img',
      Version: 4,
    });
    sagemaker.on(DescribeImageVersionCommand).rejects(notFound());
    await expect(api.describeImageVersion(client, 'img', 4)).rejects.toThrow(
      'DescribeImageVersion failed: Cannot find it',
    );
  });
});

describe('describeImage', () => {
  it('returns the image, or undefined when it does not exist', async () => {
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    await expect(api.describeImage(client, 'img')).resolves.toMatchObject({
      ImageStatus: 'CREATED',
    });
    expect(sagemaker.commandCalls(DescribeImageCommand)[0]?.args[0].input).toEqual({
      ImageName: 'img',
    });
    sagemaker.on(DescribeImageCommand).rejects(notFound());
    await expect(api.describeImage(client, 'img')).resolves.toBeUndefined();
  });

  it('fails on any other error, naming the operation', async () => {
    sagemaker.on(DescribeImageCommand).rejects(accessDenied());
    const error = await rejection(api.describeImage(client, 'img'));
    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as AwsCallError).operation).toBe('DescribeImage');
    expect((error as Error).message).toMatch(/^DescribeImage failed: User: .* not authorized/);
  });
});

describe('createImageVersion', () => {
  it('sends the request and returns the ARN', async () => {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: 'arn:v' });
    const request = { ImageName: 'img', BaseImage: 'repo:tag', ClientToken: 't' };
    await expect(api.createImageVersion(client, request)).resolves.toBe('arn:v');
    expect(sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input).toEqual(request);
  });

  it('fails naming the operation when SageMaker answers without an ARN', async () => {
    sagemaker.on(CreateImageVersionCommand).resolves({});
    const error = await rejection(
      api.createImageVersion(client, { ImageName: 'img', BaseImage: 'b', ClientToken: 't' }),
    );
    expect(error).toBeInstanceOf(AwsCallError);
    expect(explainAwsError(error, { operation: 'x', imageName: 'img', region: 'eu-west-1' })).toBe(
      'CreateImageVersion for SageMaker image "img" in eu-west-1 failed: an unexpected error happened. (Error: SageMaker answered without an ImageVersionArn)',
    );
  });

  it('fails naming the operation', async () => {
    sagemaker.on(CreateImageVersionCommand).rejects(new Error('socket hang up'));
    const error = await rejection(
      api.createImageVersion(client, { ImageName: 'img', BaseImage: 'b', ClientToken: 't' }),
    );
    expect((error as AwsCallError).operation).toBe('CreateImageVersion');
    expect((error as Error).message).toBe('CreateImageVersion failed: socket hang up');
  });
});

describe('createImage', () => {
  it('sends the request, and fails naming the operation', async () => {
    sagemaker.on(CreateImageCommand).resolves({ ImageArn: 'arn:i' });
    const request = { ImageName: 'img', RoleArn: 'arn:aws:iam::123456789012:role/r' };
    await api.createImage(client, request);
    expect(sagemaker.commandCalls(CreateImageCommand)[0]?.args[0].input).toEqual(request);
    sagemaker.on(CreateImageCommand).rejects(accessDenied());
    await expect(api.createImage(client, request)).rejects.toThrow(/^CreateImage failed: /);
  });
});

describe('versionsDownToNewestCreated', () => {
  it('asks for the newest first and returns the first CREATED one, across pages', async () => {
    sagemaker
      .on(ListImageVersionsCommand)
      .resolvesOnce({
        ImageVersions: [listed(9, 'CREATE_FAILED')],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        ImageVersions: [listed(8, 'CREATING'), listed(7, 'CREATED'), listed(6, 'CREATED')],
      });
    const versions = await api.versionsDownToNewestCreated(client, 'img');
    expect(versions.map((v) => v.Version)).toEqual([9, 8, 7]);
    // The paginator reuses one input object, so the calls can only be checked as they end.
    const calls = sagemaker.commandCalls(ListImageVersionsCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input).toEqual({
      ImageName: 'img',
      SortBy: 'CREATION_TIME',
      SortOrder: 'DESCENDING',
      MaxResults: 100,
      NextToken: 'page-2',
    });
  });

  it('stops at the first page that has a CREATED version', async () => {
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(2, 'CREATED')],
      NextToken: 'more',
    });
    const versions = await api.versionsDownToNewestCreated(client, 'img');
    expect(versions.map((v) => v.Version)).toEqual([2]);
    expect(sagemaker.commandCalls(ListImageVersionsCommand)).toHaveLength(1);
  });

  it('returns every version when none is CREATED, and none when there is no such image', async () => {
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(1, 'CREATE_FAILED')],
    });
    const failedOnly = await api.versionsDownToNewestCreated(client, 'img');
    expect(failedOnly.map((v) => v.Version)).toEqual([1]);
    sagemaker.on(ListImageVersionsCommand).resolves({});
    await expect(api.versionsDownToNewestCreated(client, 'img')).resolves.toEqual([]);
    sagemaker.on(ListImageVersionsCommand).rejects(notFound());
    await expect(api.versionsDownToNewestCreated(client, 'img')).resolves.toEqual([]);
  });

  it('fails on any other error, naming the operation', async () => {
    sagemaker.on(ListImageVersionsCommand).rejects(accessDenied());
    await expect(api.versionsDownToNewestCreated(client, 'img')).rejects.toThrow(
      /^ListImageVersions failed: /,
    );
  });
});

describe('newestCreatedVersionNumber', () => {
  it('counts CREATED versions only, reading down by number across pages', async () => {
    sagemaker
      .on(ListImageVersionsCommand)
      .resolvesOnce({
        ImageVersions: [listed(9, 'CREATING'), listed(8, 'CREATE_FAILED'), listed(7, 'DELETING')],
        NextToken: 'page-2',
      })
      .resolvesOnce({ ImageVersions: [listed(6, 'CREATED'), listed(5, 'CREATED')] });
    await expect(api.newestCreatedVersionNumber(client, 'img')).resolves.toBe(6);
    const calls = sagemaker.commandCalls(ListImageVersionsCommand);
    expect(calls[0]?.args[0].input).toMatchObject({ SortBy: 'VERSION', SortOrder: 'DESCENDING' });
  });

  it('is undefined when no version is CREATED, or there is no such image', async () => {
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(1, 'CREATING')] });
    await expect(api.newestCreatedVersionNumber(client, 'img')).resolves.toBeUndefined();
    sagemaker.on(ListImageVersionsCommand).rejects(notFound());
    await expect(api.newestCreatedVersionNumber(client, 'img')).resolves.toBeUndefined();
  });
});

describe('updateImageVersion', () => {
  it('sends the request as the step built it', async () => {
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await api.updateImageVersion(client, { ImageName: 'img', Version: 4, AliasesToAdd: ['a'] });
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'img', Version: 4, AliasesToAdd: ['a'] },
    ]);
  });

  it('fails naming the operation', async () => {
    sagemaker.on(UpdateImageVersionCommand).rejects(accessDenied());
    await expect(api.updateImageVersion(client, { ImageName: 'img', Version: 4 })).rejects.toThrow(
      /^UpdateImageVersion failed: /,
    );
  });
});

describe('deleteImageVersion', () => {
  it('sends the request as the step built it, and fails naming the operation', async () => {
    sagemaker.on(DeleteImageVersionCommand).resolves({});
    await api.deleteImageVersion(client, { ImageName: 'img', Version: 2 });
    expect(sagemaker.commandCalls(DeleteImageVersionCommand)[0]?.args[0].input).toEqual({
      ImageName: 'img',
      Version: 2,
    });
    sagemaker.on(DeleteImageVersionCommand).rejects(accessDenied());
    await expect(api.deleteImageVersion(client, { ImageName: 'img', Version: 2 })).rejects.toThrow(
      /^DeleteImageVersion failed: /,
    );
  });
});

describe('listAliasNames', () => {
  it('lists the aliases of every version of the image, over every page', async () => {
    sagemaker
      .on(ListAliasesCommand)
      .resolvesOnce({ SageMakerImageVersionAliases: ['a', ''], NextToken: 'p2' })
      .resolves({ SageMakerImageVersionAliases: ['b'] });
    await expect(api.listAliasNames(client, 'img')).resolves.toEqual(['a', 'b']);
    expect(sagemaker.commandCalls(ListAliasesCommand)[0]?.args[0].input).toMatchObject({
      ImageName: 'img',
      MaxResults: 100,
    });
    sagemaker.on(ListAliasesCommand).rejects(accessDenied());
    await expect(api.listAliasNames(client, 'img')).rejects.toThrow(/^ListAliases failed: /);
  });
});

describe('listAllImageVersions', () => {
  it('lists every version by number, newest first, over every page', async () => {
    sagemaker
      .on(ListImageVersionsCommand)
      .resolvesOnce({ ImageVersions: [listed(3, 'CREATED')], NextToken: 'p2' })
      .resolves({ ImageVersions: [listed(2, 'CREATED'), listed(1, 'CREATE_FAILED')] });
    const versions = await api.listAllImageVersions(client, 'img');
    expect(versions?.map((v) => v.Version)).toEqual([3, 2, 1]);
    expect(sagemaker.commandCalls(ListImageVersionsCommand)[0]?.args[0].input).toMatchObject({
      ImageName: 'img',
      SortBy: 'VERSION',
      SortOrder: 'DESCENDING',
      MaxResults: 100,
    });
  });

  it('is undefined when there is no such image', async () => {
    sagemaker.on(ListImageVersionsCommand).rejects(notFound());
    await expect(api.listAllImageVersions(client, 'img')).resolves.toBeUndefined();
  });
});

describe('newestVersions and newestVersionNumber', () => {
  it('ask for one page, newest first: by creation time, or one version by number', async () => {
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(7, 'CREATING'), listed(6, 'CREATED')],
      NextToken: 'never read',
    });
    const versions = await api.newestVersions(client, 'img', 5);
    expect(versions.map((v) => v.Version)).toEqual([7, 6]);
    await expect(api.newestVersionNumber(client, 'img')).resolves.toBe(7);
    expect(sagemaker.commandCalls(ListImageVersionsCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'img', SortBy: 'CREATION_TIME', SortOrder: 'DESCENDING', MaxResults: 5 },
      { ImageName: 'img', SortBy: 'VERSION', SortOrder: 'DESCENDING', MaxResults: 1 },
    ]);
  });

  it('read no versions when there is none, or no such image', async () => {
    sagemaker.on(ListImageVersionsCommand).resolves({});
    await expect(api.newestVersions(client, 'img', 5)).resolves.toEqual([]);
    await expect(api.newestVersionNumber(client, 'img')).resolves.toBeUndefined();
    sagemaker.on(ListImageVersionsCommand).rejects(notFound());
    await expect(api.newestVersions(client, 'img', 5)).resolves.toEqual([]);
    await expect(api.newestVersionNumber(client, 'img')).resolves.toBeUndefined();
  });

  it('fail on any other error, naming the operation', async () => {
    sagemaker.on(ListImageVersionsCommand).rejects(accessDenied());
    await expect(api.newestVersions(client, 'img', 5)).rejects.toThrow(
      /^ListImageVersions failed: /,
    );
    await expect(api.newestVersionNumber(client, 'img')).rejects.toThrow(
      /^ListImageVersions failed: /,
    );
  });
});
