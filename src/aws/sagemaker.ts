// The SageMaker edge: one configured client and the calls the action makes, each failing as a
// AwsCallError that names its operation. Loaded only after the inputs are valid (a dynamic
// import), so a bad input fails without paying for the SDK.
import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  SageMakerClient,
  UpdateImageVersionCommand,
  paginateListImageVersions,
  type CreateImageRequest,
  type CreateImageVersionRequest,
  type DescribeImageResponse,
  type DescribeImageVersionResponse,
  type ImageVersion,
  type UpdateImageVersionRequest,
} from '@aws-sdk/client-sagemaker';
import { AwsCallError, call, errorFacts } from './errors.js';
import { sdkClientConfig, type ClientSettings } from './client-config.js';

export { call };
export type {
  ClientSettings,
  DescribeImageResponse,
  DescribeImageVersionResponse,
  SageMakerClient,
  UpdateImageVersionRequest,
};

export function createSageMakerClient(settings: ClientSettings): SageMakerClient {
  return new SageMakerClient(sdkClientConfig(settings));
}

/** What a read returns, or undefined when SageMaker says the resource does not exist. */
export async function unlessNotFound<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (errorFacts(error).name === 'ResourceNotFound') return undefined;
    throw error;
  }
}

/** Sends CreateImageVersion and returns the new version's ARN. */
export async function createImageVersion(
  client: SageMakerClient,
  request: CreateImageVersionRequest,
): Promise<string> {
  const response = await call('CreateImageVersion', () =>
    client.send(new CreateImageVersionCommand(request)),
  );
  if (!response.ImageVersionArn) {
    throw new AwsCallError(
      'CreateImageVersion',
      new Error('SageMaker answered without an ImageVersionArn'),
    );
  }
  return response.ImageVersionArn;
}

export function describeImageVersion(
  client: SageMakerClient,
  imageName: string,
  version: number,
): Promise<DescribeImageVersionResponse> {
  return call('DescribeImageVersion', () =>
    client.send(new DescribeImageVersionCommand({ ImageName: imageName, Version: version })),
  );
}

export interface AliasHolder {
  readonly version: number;
  readonly baseImage: string;
}

/** The version holding an alias, or undefined when none does (or the image does not exist). */
export async function versionHoldingAlias(
  client: SageMakerClient,
  imageName: string,
  alias: string,
): Promise<AliasHolder | undefined> {
  const response = await unlessNotFound(() =>
    call('DescribeImageVersion', () =>
      client.send(new DescribeImageVersionCommand({ ImageName: imageName, Alias: alias })),
    ),
  );
  if (response?.Version === undefined) return undefined;
  return { version: response.Version, baseImage: response.BaseImage ?? '' };
}

export async function createImage(
  client: SageMakerClient,
  request: CreateImageRequest,
): Promise<void> {
  await call('CreateImage', () => client.send(new CreateImageCommand(request)));
}

/** The image's description, or undefined when it does not exist. */
export function describeImage(
  client: SageMakerClient,
  imageName: string,
): Promise<DescribeImageResponse | undefined> {
  return unlessNotFound(() =>
    call('DescribeImage', () => client.send(new DescribeImageCommand({ ImageName: imageName }))),
  );
}

/**
 * The image's versions, newest first, down to and including the newest CREATED one (all of them
 * when none is CREATED); empty when the image does not exist.
 */
export async function versionsDownToNewestCreated(
  client: SageMakerClient,
  imageName: string,
): Promise<ImageVersion[]> {
  const found = await unlessNotFound(() =>
    call('ListImageVersions', async () => {
      const versions: ImageVersion[] = [];
      const pages = paginateListImageVersions(
        { client, pageSize: 100 },
        { ImageName: imageName, SortBy: 'CREATION_TIME', SortOrder: 'DESCENDING' },
      );
      for await (const page of pages) {
        for (const version of page.ImageVersions ?? []) {
          versions.push(version);
          if (version.ImageVersionStatus === 'CREATED') return versions;
        }
      }
      return versions;
    }),
  );
  return found ?? [];
}

/** Sends an UpdateImageVersion built by the step (aliases, vendor guidance). */
export async function updateImageVersion(
  client: SageMakerClient,
  request: UpdateImageVersionRequest,
): Promise<void> {
  await call('UpdateImageVersion', () => client.send(new UpdateImageVersionCommand(request)));
}

/** The image's newest versions by creation time, at most `count` (one page); none when it does not exist. */
export async function newestVersions(
  client: SageMakerClient,
  imageName: string,
  count: number,
): Promise<ImageVersion[]> {
  const page = await unlessNotFound(() =>
    call('ListImageVersions', () =>
      client.send(
        new ListImageVersionsCommand({
          ImageName: imageName,
          SortBy: 'CREATION_TIME',
          SortOrder: 'DESCENDING',
          MaxResults: count,
        }),
      ),
    ),
  );
  return page?.ImageVersions ?? [];
}

/**
 * The image's highest CREATED version number ("newest wins" compares with it: a version still
 * CREATING, or one that failed or is being deleted, is no one's newest), or undefined when it has
 * none (or does not exist). Reads down from the highest number until one is CREATED.
 */
export async function newestCreatedVersionNumber(
  client: SageMakerClient,
  imageName: string,
): Promise<number | undefined> {
  const found = await unlessNotFound(() =>
    call('ListImageVersions', async () => {
      const pages = paginateListImageVersions(
        { client, pageSize: 100 },
        { ImageName: imageName, SortBy: 'VERSION', SortOrder: 'DESCENDING' },
      );
      for await (const page of pages) {
        const created = page.ImageVersions?.find((v) => v.ImageVersionStatus === 'CREATED');
        if (created !== undefined) return created.Version;
      }
      return undefined;
    }),
  );
  return found;
}

/** The image's highest version number, or undefined when it has none (or does not exist). */
export async function newestVersionNumber(
  client: SageMakerClient,
  imageName: string,
): Promise<number | undefined> {
  const page = await unlessNotFound(() =>
    call('ListImageVersions', () =>
      client.send(
        new ListImageVersionsCommand({
          ImageName: imageName,
          SortBy: 'VERSION',
          SortOrder: 'DESCENDING',
          MaxResults: 1,
        }),
      ),
    ),
  );
  return page?.ImageVersions?.[0]?.Version;
}
