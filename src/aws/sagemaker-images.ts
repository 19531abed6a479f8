// SageMaker images and their versions: the image, a version (create, describe, update, delete),
// the aliases, and the version lists. Part of the session's `api` (src/aws/api.ts). A failure is an
// AwsCallError naming its operation (the image is the run's own: messages add its name).
import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  UpdateImageVersionCommand,
  paginateListAliases,
  paginateListImageVersions,
  type CreateImageRequest,
  type CreateImageVersionRequest,
  type DeleteImageVersionRequest,
  type DescribeImageResponse,
  type DescribeImageVersionResponse,
  type ImageVersion,
  type ImageVersionSortBy,
  type SageMakerClient,
  type UpdateImageVersionRequest,
} from '@aws-sdk/client-sagemaker';
import { AwsCallError } from './errors.js';
import { PAGE_SIZE, call, everyItem, unlessNotFound } from './sagemaker-client.js';

export type { DescribeImageResponse, DescribeImageVersionResponse, UpdateImageVersionRequest };

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

/** Sends an UpdateImageVersion built by the step (aliases, vendor guidance). */
export async function updateImageVersion(
  client: SageMakerClient,
  request: UpdateImageVersionRequest,
): Promise<void> {
  await call('UpdateImageVersion', () => client.send(new UpdateImageVersionCommand(request)));
}

/** Deletes the SageMaker version (never the ECR image). */
export async function deleteImageVersion(
  client: SageMakerClient,
  request: DeleteImageVersionRequest,
): Promise<void> {
  await call('DeleteImageVersion', () => client.send(new DeleteImageVersionCommand(request)));
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

/** The aliases of every version of the image (ListAliases without a version lists them all). */
export function listAliasNames(client: SageMakerClient, imageName: string): Promise<string[]> {
  return call('ListAliases', () =>
    everyItem(
      paginateListAliases({ client, pageSize: PAGE_SIZE }, { ImageName: imageName }),
      (page) => page.SageMakerImageVersionAliases,
    ),
  );
}

// The version lists. Five readers of ListImageVersions, because their questions differ in the
// order asked for (by creation time or by number) and in where reading stops:
// - versionsDownToNewestCreated: by creation time, every page down to the newest CREATED one;
// - newestCreatedVersionNumber: by number, every page down to the first CREATED one;
// - listAllImageVersions: by number, every page;
// - newestVersions and newestVersionNumber: one page of `count` (or 1), by time or by number.
// Each reads a missing image as no versions.

/** The image's versions, newest first by `order`, page by page. */
function versionPages(
  client: SageMakerClient,
  imageName: string,
  order: ImageVersionSortBy,
): ReturnType<typeof paginateListImageVersions> {
  return paginateListImageVersions(
    { client, pageSize: PAGE_SIZE },
    { ImageName: imageName, SortBy: order, SortOrder: 'DESCENDING' },
  );
}

/** The image's first `count` versions, newest first by `order` (one request). */
async function firstVersions(
  client: SageMakerClient,
  imageName: string,
  order: ImageVersionSortBy,
  count: number,
): Promise<ImageVersion[]> {
  const page = await unlessNotFound(() =>
    call('ListImageVersions', () =>
      client.send(
        new ListImageVersionsCommand({
          ImageName: imageName,
          SortBy: order,
          SortOrder: 'DESCENDING',
          MaxResults: count,
        }),
      ),
    ),
  );
  return page?.ImageVersions ?? [];
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
      for await (const page of versionPages(client, imageName, 'CREATION_TIME')) {
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

/**
 * The image's highest CREATED version number ("newest wins" compares with it: a version still
 * CREATING, or one that failed or is being deleted, is no one's newest), or undefined when it has
 * none (or does not exist). Reads down from the highest number until one is CREATED.
 */
export async function newestCreatedVersionNumber(
  client: SageMakerClient,
  imageName: string,
): Promise<number | undefined> {
  return unlessNotFound(() =>
    call('ListImageVersions', async () => {
      for await (const page of versionPages(client, imageName, 'VERSION')) {
        const created = page.ImageVersions?.find((v) => v.ImageVersionStatus === 'CREATED');
        if (created !== undefined) return created.Version;
      }
      return undefined;
    }),
  );
}

/** Every version of the image, newest first; undefined when the image does not exist. */
export function listAllImageVersions(
  client: SageMakerClient,
  imageName: string,
): Promise<ImageVersion[] | undefined> {
  return unlessNotFound(() =>
    call('ListImageVersions', () =>
      everyItem(versionPages(client, imageName, 'VERSION'), (page) => page.ImageVersions),
    ),
  );
}

/** The image's newest versions by creation time, at most `count` (one page); none when it does not exist. */
export function newestVersions(
  client: SageMakerClient,
  imageName: string,
  count: number,
): Promise<ImageVersion[]> {
  return firstVersions(client, imageName, 'CREATION_TIME', count);
}

/** The image's highest version number, or undefined when it has none (or does not exist). */
export async function newestVersionNumber(
  client: SageMakerClient,
  imageName: string,
): Promise<number | undefined> {
  return (await firstVersions(client, imageName, 'VERSION', 1))[0]?.Version;
}
