// The ECR edge of the ECR check (issue 28): the state of the images behind image versions in use
// (DescribeImages by digest, whatever their storage class), every image of a repository, and what
// the repository's lifecycle policy would do (StartLifecyclePolicyPreview, then
// GetLifecyclePolicyPreview read to its last page). Loaded only when the check runs.
//
//   describeImagesByDigest(client, repo, ['sha256:a…', 'sha256:b…'])
//     → one DescribeImages of both (filter imageStatus ANY: ARCHIVED and ACTIVATING answer too)
//     → [{ digest: 'sha256:a…', found: true, status: 'ARCHIVED', … }, { digest: 'sha256:b…', found: false }]
//
// ECR answers a DescribeImages that names a missing digest with ImageNotFoundException for the
// whole request; its message names the digest. That digest is then missing, and the others are
// asked again (one more request per missing image; one request per digest when the message names
// none). A missing repository: every image of it is missing.
//
// Every other failure is a AwsCallError naming its operation and the repository.
import {
  DescribeImagesCommand,
  ECRClient,
  GetLifecyclePolicyPreviewCommand,
  StartLifecyclePolicyPreviewCommand,
  paginateDescribeImages,
  type ImageDetail,
  type LifecyclePolicyPreviewResult,
} from '@aws-sdk/client-ecr';
import { sdkClientConfig, type ClientSettings } from './client-config.js';
import { call, errorFacts, type AwsResource } from './errors.js';

export type { ECRClient };

/** The largest number of image ids DescribeImages takes in one request. */
export const DESCRIBE_IMAGES_BATCH = 100;
/** The largest page GetLifecyclePolicyPreview answers. */
const PREVIEW_PAGE = 100;
/** The largest page of a DescribeImages listing. */
const LISTING_PAGE = 1000;

/** A repository of a registry (an account, maybe not this one), in a region. */
export interface RepositoryLocation {
  readonly registryId: string;
  readonly repository: string;
  readonly region: string;
}

/** One image as DescribeImages answers it, or that ECR does not have it. */
export type EcrImageState =
  | {
      readonly digest: string;
      readonly found: true;
      /** `ACTIVE`, `ARCHIVED`, `ACTIVATING` (absent before the archive existed: ACTIVE). */
      readonly status: string;
      readonly tags: readonly string[];
      readonly pushedAt?: Date;
      readonly lastPulledAt?: Date;
      readonly archivedAt?: Date;
    }
  | { readonly digest: string; readonly found: false };

/** What the lifecycle policy would do to one image, by its rule of `priority`. */
export interface PreviewAction {
  readonly digest: string;
  readonly tags: readonly string[];
  /** `EXPIRE` or `TRANSITION`. */
  readonly type: string;
  /** With TRANSITION: the storage class it moves to (`ARCHIVE`). */
  readonly targetStorageClass?: string;
  readonly priority?: number;
}

/** One read of a preview: its status and, once COMPLETE, every result. */
export interface PreviewRead {
  /** `IN_PROGRESS`, `COMPLETE`, `EXPIRED`, `FAILED`. */
  readonly status: string;
  readonly actions: readonly PreviewAction[];
}

/** The reads of the ECR check; a test passes its own. */
export interface EcrImageReads {
  describeImages(
    location: RepositoryLocation,
    digests: readonly string[],
  ): Promise<EcrImageState[]>;
  /** Every image of the repository, whatever its storage class. */
  listImages(location: RepositoryLocation): Promise<EcrImageState[]>;
  /** Starts a preview of the repository's policy; false when the repository has none. */
  startPreview(location: RepositoryLocation): Promise<boolean>;
  /** The preview's status, and every result once it is COMPLETE. */
  readPreview(location: RepositoryLocation): Promise<PreviewRead>;
}

const repositoryOf = (location: RepositoryLocation): AwsResource => ({
  kind: 'ECR repository',
  name: location.repository,
});

function stateOf(detail: ImageDetail): EcrImageState {
  return {
    digest: detail.imageDigest ?? '',
    found: true,
    status: detail.imageStatus ?? 'ACTIVE',
    tags: detail.imageTags ?? [],
    ...(detail.imagePushedAt === undefined ? {} : { pushedAt: detail.imagePushedAt }),
    ...(detail.lastRecordedPullTime === undefined
      ? {}
      : { lastPulledAt: detail.lastRecordedPullTime }),
    ...(detail.lastArchivedAt === undefined ? {} : { archivedAt: detail.lastArchivedAt }),
  };
}

/**
 * The digest ECR's ImageNotFoundException names, if any: `The image with imageId
 * {imageDigest:'sha256:…', imageTag:'null'} does not exist within the repository …`.
 */
export function missingDigestIn(message: string): string | undefined {
  return /imageDigest[:=]\s*'?(sha256:[a-f0-9]{64})/.exec(message)?.[1];
}

/** One DescribeImages of 1 to 100 digests; a missing one is asked about apart. */
async function describeBatch(
  client: ECRClient,
  location: RepositoryLocation,
  digests: readonly string[],
): Promise<EcrImageState[]> {
  try {
    const response = await call(
      'DescribeImages',
      () =>
        client.send(
          new DescribeImagesCommand({
            registryId: location.registryId,
            repositoryName: location.repository,
            imageIds: digests.map((imageDigest) => ({ imageDigest })),
            filter: { imageStatus: 'ANY' },
          }),
        ),
      repositoryOf(location),
    );
    const states = (response.imageDetails ?? []).map(stateOf);
    const seen = new Set(states.map((state) => state.digest));
    return [
      ...states,
      ...digests.filter((d) => !seen.has(d)).map((digest) => ({ digest, found: false as const })),
    ];
  } catch (error) {
    const { name, message } = errorFacts(error);
    if (name === 'RepositoryNotFoundException')
      return digests.map((digest) => ({ digest, found: false }));
    if (name !== 'ImageNotFoundException') throw error;
    const [only] = digests;
    // Stryker disable next-line ConditionalExpression: with one digest, only is always defined (the check is for the type)
    if (digests.length === 1 && only !== undefined) return [{ digest: only, found: false }];
    const named = missingDigestIn(message);
    // Stryker disable next-line ConditionalExpression: an undefined named is not among the digests either
    if (named === undefined || !digests.includes(named)) {
      const one = await Promise.all(digests.map((d) => describeBatch(client, location, [d])));
      return one.flat();
    }
    const rest = await describeBatch(
      client,
      location,
      digests.filter((d) => d !== named),
    );
    return [{ digest: named, found: false }, ...rest];
  }
}

/** Each digest's state: one DescribeImages per 100 distinct digests (more only for missing ones). */
export async function describeImagesByDigest(
  client: ECRClient,
  location: RepositoryLocation,
  digests: readonly string[],
): Promise<EcrImageState[]> {
  const distinct = [...new Set(digests)];
  const states: EcrImageState[] = [];
  // Every batch holds 1 to 100 digests: DescribeImages refuses an empty list.
  for (let start = 0; start < distinct.length; start += DESCRIBE_IMAGES_BATCH) {
    const batch = distinct.slice(start, start + DESCRIBE_IMAGES_BATCH);
    states.push(...(await describeBatch(client, location, batch)));
  }
  return states;
}

/** Every image of the repository (pages of 1000); none when the repository is gone. */
export async function listRepositoryImages(
  client: ECRClient,
  location: RepositoryLocation,
): Promise<EcrImageState[]> {
  const states: EcrImageState[] = [];
  try {
    await call(
      'DescribeImages',
      async () => {
        const pages = paginateDescribeImages(
          { client, pageSize: LISTING_PAGE },
          {
            registryId: location.registryId,
            repositoryName: location.repository,
            filter: { imageStatus: 'ANY' },
          },
        );
        for await (const page of pages) states.push(...(page.imageDetails ?? []).map(stateOf));
      },
      repositoryOf(location),
    );
  } catch (error) {
    if (errorFacts(error).name === 'RepositoryNotFoundException') return [];
    throw error;
  }
  return states;
}

/**
 * Starts a preview of the repository's own lifecycle policy. False when it has none (or the
 * repository is gone); a preview already under way is read as this one.
 */
export async function startLifecyclePolicyPreview(
  client: ECRClient,
  location: RepositoryLocation,
): Promise<boolean> {
  try {
    await call(
      'StartLifecyclePolicyPreview',
      () =>
        client.send(
          new StartLifecyclePolicyPreviewCommand({
            registryId: location.registryId,
            repositoryName: location.repository,
          }),
        ),
      repositoryOf(location),
    );
    return true;
  } catch (error) {
    const { name } = errorFacts(error);
    if (name === 'LifecyclePolicyPreviewInProgressException') return true;
    if (name === 'LifecyclePolicyNotFoundException' || name === 'RepositoryNotFoundException')
      return false;
    throw error;
  }
}

function actionOf(result: LifecyclePolicyPreviewResult): PreviewAction | undefined {
  const type = result.action?.type;
  if (result.imageDigest === undefined || type === undefined) return undefined;
  // Stryker disable next-line OptionalChaining: the action is there once its type is (checked above)
  const target = result.action?.targetStorageClass;
  return {
    digest: result.imageDigest,
    tags: result.imageTags ?? [],
    type,
    ...(target === undefined ? {} : { targetStorageClass: target }),
    ...(result.appliedRulePriority === undefined ? {} : { priority: result.appliedRulePriority }),
  };
}

/** The preview's status; once COMPLETE, its results from every page (100 a page). */
export async function getLifecyclePolicyPreview(
  client: ECRClient,
  location: RepositoryLocation,
): Promise<PreviewRead> {
  const actions: PreviewAction[] = [];
  let nextToken: string | undefined;
  do {
    const token = nextToken;
    const page = await call(
      'GetLifecyclePolicyPreview',
      () =>
        client.send(
          new GetLifecyclePolicyPreviewCommand({
            registryId: location.registryId,
            repositoryName: location.repository,
            maxResults: PREVIEW_PAGE,
            ...(token === undefined ? {} : { nextToken: token }),
          }),
        ),
      repositoryOf(location),
    );
    const status = page.status ?? '';
    if (status !== 'COMPLETE') return { status, actions: [] };
    // Stryker disable next-line ArrayDeclaration: a string result has no action, so it is skipped like none
    for (const result of page.previewResults ?? []) {
      const action = actionOf(result);
      if (action !== undefined) actions.push(action);
    }
    nextToken = page.nextToken ?? undefined;
  } while (nextToken !== undefined && nextToken !== '');
  return { status: 'COMPLETE', actions };
}

/** The reads through one ECR client per region, made when first needed. */
export function openEcrImageReads(settings: Omit<ClientSettings, 'region'>): EcrImageReads {
  const clients = new Map<string, ECRClient>();
  const clientFor = ({ region }: RepositoryLocation): ECRClient => {
    const existing = clients.get(region);
    if (existing !== undefined) return existing;
    const made = new ECRClient(sdkClientConfig({ ...settings, region }));
    clients.set(region, made);
    return made;
  };
  return {
    describeImages: (location, digests) =>
      describeImagesByDigest(clientFor(location), location, digests),
    listImages: (location) => listRepositoryImages(clientFor(location), location),
    startPreview: (location) => startLifecyclePolicyPreview(clientFor(location), location),
    readPreview: (location) => getLifecyclePolicyPreview(clientFor(location), location),
  };
}
