// The ECR side of the local endpoint: registries, repositories, tags, manifests and config blobs,
// for the image checks. It answers BatchGetImage and GetDownloadUrlForLayer as the API reference
// describes them (awsJson 1.1, `X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.<Op>`, signed
// for service `ecr`), and serves each blob at a URL on the same server that looks pre-signed
// (X-Amz-* query, an HMAC signature) and expires, as ECR's Amazon S3 URLs do.
//
// Where ECR's behaviour is not documented, the choice made here is said next to it.
// Runs under jest and under plain Node 24 (type stripping), so: erasable TypeScript only.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { ApiError } from './studio-model.ts';
import { evaluatePolicy, type LifecycleRule, type PreviewResult } from './ecr-lifecycle.ts';

export type { LifecycleRule } from './ecr-lifecycle.ts';

export const ECR_TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';
/** The path under which the server serves blobs (the stand-in for ECR's S3 bucket). */
export const BLOB_PATH = '/ecr-blob/';

export const MEDIA = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  inToto: 'application/vnd.in-toto+json',
  sociIndex: 'application/vnd.amazon.soci.index.v2+json',
  ztoc: 'application/octet-stream',
} as const;

/** What the image config holds; the defaults make an image Studio runs as it is. */
export interface ConfigSeed {
  readonly architecture?: string;
  readonly os?: string;
  readonly variant?: string;
  /** USER; '' for none (root). */
  readonly user?: string;
  readonly entrypoint?: readonly string[] | null;
  readonly cmd?: readonly string[] | null;
  readonly env?: readonly string[];
  /** rootfs.diff_ids, one per layer as `docker build` writes them (default: none listed). */
  readonly diffIds?: readonly string[];
}

export interface ImageSeed {
  readonly config?: ConfigSeed;
  /** Compressed layer sizes in bytes (the layers themselves are not stored). */
  readonly layerSizes?: readonly number[];
  /**
   * With attestations: the SBOM's packages as purls (`pkg:pypi/torch@2.3.1`) and the image the
   * provenance says the build came FROM (`pkg:docker/ubuntu@22.04`), stored as real in-toto
   * statements. Without them the attestation holds buildx's provenance layer only, not stored.
   */
  readonly sbom?: readonly string[];
  readonly builtFrom?: string;
  /** The digest the provenance gives `builtFrom` (default: a made-up one, read from nothing). */
  readonly builtFromDigest?: string;
  /** Layer digests the image starts with (its base image's `layers`), before its own. */
  readonly baseLayers?: readonly string[];
}

/** One finding as the scan model answers it: basic (`attributes`) or enhanced (Inspector). */
export interface SeededFinding {
  readonly id: string;
  readonly severity: string;
  readonly packageName: string;
  readonly version: string;
  readonly fixedInVersion?: string;
  /** Enhanced findings' `sourceLayerHash` (default: a digest of no layer of any image). */
  readonly layer?: string;
}

/**
 * One state of a digest's scan, answered for one DescribeImageScanFindings request (the last
 * state repeats): `not-found` answers ScanNotFoundException; anything else is imageScanStatus.
 */
export interface ScanStep {
  readonly status: string;
  readonly findings?: readonly SeededFinding[];
  /** The findings as enhancedFindings (Amazon Inspector), not findings. */
  readonly enhanced?: boolean;
  readonly description?: string;
}

/** A push scanned as ECR does it: not found, in progress, complete without findings, then with them. */
export function scanOnPush(findings: readonly SeededFinding[], enhanced = false): ScanStep[] {
  return [
    { status: 'not-found' },
    { status: 'IN_PROGRESS' },
    { status: 'COMPLETE', findings: [], enhanced },
    { status: 'COMPLETE', findings, enhanced },
  ];
}

/** How the tag's manifest is laid out. */
export type Layout =
  | 'docker' // a Docker v2 image manifest
  | 'oci' // an OCI image manifest
  | 'arm64-manifest' // a Docker v2 image manifest of an arm64 image (built on Apple Silicon)
  | 'attestation-index' // buildx's default: an OCI index of the amd64 image and its attestation
  | 'multi-platform' // an OCI index of amd64 and arm64 images, each with an attestation
  | 'docker-list' // a Docker manifest list of amd64 and arm64 images
  | 'arm64-only' // an OCI index of an arm64 image and its attestation
  | 'soci-index'; // a SOCI-enabled image: amd64 image, its SOCI index (v2)

export const LAYOUTS: readonly Layout[] = [
  'docker',
  'oci',
  'arm64-manifest',
  'attestation-index',
  'multi-platform',
  'docker-list',
  'arm64-only',
  'soci-index',
];

const STUDIO_CONFIG: ConfigSeed = {
  user: '1000:100',
  entrypoint: ['jupyter-lab'],
  cmd: ['--ServerApp.base_url=/jupyterlab/default', '--ip=0.0.0.0', '--port=8888'],
  env: ['PATH=/opt/conda/bin:/usr/local/bin:/usr/bin:/bin', 'SHELL=/bin/bash'],
};

/** Configs with each problem the image checks look for. */
export const CONFIGS = {
  /** What Studio needs: uid 1000, gid 100, a start command, no reserved variables. */
  studio: { config: STUDIO_CONFIG, layerSizes: [30_000_000, 450_000_000, 1_200_000] },
  root: { config: { ...STUDIO_CONFIG, user: '' } },
  'named-user': { config: { ...STUDIO_CONFIG, user: 'sagemaker-user' } },
  'no-start': { config: { ...STUDIO_CONFIG, entrypoint: null, cmd: null } },
  'aws-env': {
    config: {
      ...STUDIO_CONFIG,
      env: [...(STUDIO_CONFIG.env ?? []), 'AWS_REGION=eu-west-1', 'SAGEMAKER_APP_TYPE=x'],
    },
  },
  /** More than 10 GB of compressed layers. */
  huge: { config: STUDIO_CONFIG, layerSizes: [4_000_000_000, 4_000_000_000, 3_000_000_000] },
} as const satisfies Record<string, ImageSeed>;

export type ConfigName = keyof typeof CONFIGS;

/** The repository every server holds from the start, and the tags in it. */
export const STANDARD_REPOSITORY = 'studio-images';
/** Each layout under its own name, with the `studio` config; each problem config as a Docker v2 image. */
export const STANDARD_TAGS: readonly string[] = [
  ...LAYOUTS,
  ...Object.keys(CONFIGS).filter((name) => name !== 'studio'),
];

export interface EcrOptions {
  /** Seed STANDARD_REPOSITORY with STANDARD_TAGS (default true). */
  readonly standardImages?: boolean;
  /** How long a download URL stays valid (default 10 minutes; ECR's are short-lived). */
  downloadTtlMs?: number;
  /**
   * When set, a tag or digest of any existing repository that the model does not hold answers as
   * a Docker v2 image with this seed: for tests that register images they never seeded.
   */
  readonly anyImage?: ImageSeed;
  /** Every repository of every registry exists (empty until asked): with anyImage, any base image resolves. */
  readonly anyRepository?: boolean;
  /** How many GetLifecyclePolicyPreview reads answer IN_PROGRESS before COMPLETE (default 1). */
  readonly previewInProgressReads?: number;
}

/**
 * For the runs of tests about other things than the image checks: any base image they name is an
 * image Studio runs as it is, so the checks pass with 3 requests and say nothing.
 */
export const ANY_IMAGE: EcrOptions = { anyImage: CONFIGS.studio, anyRepository: true };

/** What the image checks care about of a seeded image. */
export interface SeededImage {
  readonly uri: string;
  /** The digest the tag points to (the index's, for an index). */
  readonly digest: string;
  /** The linux/amd64 image manifest's digest, when there is one. */
  readonly amd64Digest?: string;
  readonly configDigest?: string;
  /** The linux/amd64 image manifest's layer digests, in order. */
  readonly layers?: readonly string[];
}

interface StoredManifest {
  readonly text: string;
  readonly mediaType: string;
}

/** When an image was pushed and last pulled, and its storage (DescribeImages). */
export interface ImageState {
  /** Date.now() milliseconds; default: when it was stored. */
  pushedAt: number;
  lastPulledAt?: number;
  /** ACTIVE (the default), ARCHIVED or ACTIVATING. */
  status: 'ACTIVE' | 'ARCHIVED' | 'ACTIVATING';
  archivedAt?: number;
}

interface Preview {
  readonly results: readonly PreviewResult[];
  /** GetLifecyclePolicyPreview answers IN_PROGRESS this many more times. */
  readsLeft: number;
}

interface Repository {
  readonly manifests: Map<string, StoredManifest>;
  readonly tags: Map<string, string>;
  readonly blobs: Map<string, string>;
  readonly states: Map<string, ImageState>;
  policy?: readonly LifecycleRule[];
  preview?: Preview;
}

export interface BlobAnswer {
  readonly status: number;
  readonly body: string;
  readonly contentType: string;
}

const sha256 = (text: string): string =>
  `sha256:${createHash('sha256').update(text).digest('hex')}`;
const json = (document: unknown): string => JSON.stringify(document);

export class EcrModel {
  readonly options: EcrOptions;
  private readonly account: string;
  private readonly urlBase: () => string;
  private readonly region: () => string;
  private readonly repositories = new Map<string, Repository>();
  private readonly signingKey = randomBytes(32);
  /** Each digest's scan, a state per request; `scanRequests` counts the requests per digest. */
  private readonly scans = new Map<string, readonly ScanStep[]>();
  readonly scanRequests = new Map<string, number>();

  constructor(options: EcrOptions, account: string, urlBase: () => string, region: () => string) {
    this.options = options;
    this.account = account;
    this.urlBase = urlBase;
    this.region = region;
    if (options.standardImages !== false) this.seedStandardImages();
  }

  // ---- seeding and inspection, for tests ----

  addRepository(name: string, registryId: string = this.account): void {
    if (!this.repositories.has(`${registryId}/${name}`)) {
      this.repositories.set(`${registryId}/${name}`, {
        manifests: new Map(),
        tags: new Map(),
        blobs: new Map(),
        states: new Map(),
      });
    }
  }

  /** Stores a blob (a config) and returns its digest. */
  putBlob(repository: string, content: string, registryId: string = this.account): string {
    const digest = sha256(content);
    this.repository(repository, registryId).blobs.set(digest, content);
    return digest;
  }

  /** Stores a manifest, tags it when asked, and returns its digest. */
  putManifest(
    repository: string,
    document: unknown,
    mediaType: string,
    tag?: string,
    registryId: string = this.account,
  ): string {
    const text = json(document);
    const digest = sha256(text);
    const stored = this.repository(repository, registryId);
    stored.manifests.set(digest, { text, mediaType });
    if (!stored.states.has(digest))
      stored.states.set(digest, { pushedAt: Date.now(), status: 'ACTIVE' });
    if (tag !== undefined) stored.tags.set(tag, digest);
    return digest;
  }

  /** Changes what DescribeImages says of an image: its storage, push and last pull. */
  setImageState(
    repository: string,
    digest: string,
    state: Partial<ImageState>,
    registryId: string = this.account,
  ): void {
    const stored = this.repository(repository, registryId);
    const before = stored.states.get(digest);
    if (before === undefined) throw new Error(`no image ${digest} in ${repository}`);
    stored.states.set(digest, { ...before, ...state });
  }

  /** The storage of the image `<registry>.dkr.ecr.…/<repository>@sha256:…` names, if held. */
  storageOf(reference: string): ImageState['status'] | undefined {
    const match = /^(\d{12})\.dkr\.ecr[^/]*\/([^@:]+)@(sha256:[0-9a-f]{64})$/.exec(reference);
    if (match === null) return undefined;
    const [, registryId = '', repository = '', digest = ''] = match;
    return this.repositories.get(`${registryId}/${repository}`)?.states.get(digest)?.status;
  }

  /** Deletes an image (BatchDeleteImage): its manifest, state and tags. */
  deleteImage(repository: string, digest: string, registryId: string = this.account): void {
    const stored = this.repository(repository, registryId);
    stored.manifests.delete(digest);
    stored.states.delete(digest);
    for (const [tag, tagged] of stored.tags) if (tagged === digest) stored.tags.delete(tag);
  }

  /** Sets the repository's lifecycle policy (undefined: none). */
  putLifecyclePolicy(
    repository: string,
    rules: readonly LifecycleRule[] | undefined,
    registryId: string = this.account,
  ): void {
    const stored = this.repository(repository, registryId);
    if (rules === undefined) delete stored.policy;
    else stored.policy = rules;
    delete stored.preview;
  }

  /** The digest a tag of a repository points to, if the model holds it. */
  digestOf(repository: string, tag: string, registryId: string = this.account): string | undefined {
    return this.repositories.get(`${registryId}/${repository}`)?.tags.get(tag);
  }

  /** Moves a tag to another digest (or removes it). */
  retag(repository: string, tag: string, digest?: string, registryId: string = this.account): void {
    const stored = this.repository(repository, registryId);
    if (digest === undefined) stored.tags.delete(tag);
    else stored.tags.set(tag, digest);
  }

  /** An image of `layout` under `tag`; the repository is created when missing. */
  seedImage(
    repository: string,
    tag: string,
    layout: Layout,
    seed: ImageSeed = CONFIGS.studio,
    registryId: string = this.account,
  ): SeededImage {
    this.addRepository(repository, registryId);
    const store: Store = {
      put: (document, mediaType, withTag) =>
        this.putManifest(repository, document, mediaType, withTag, registryId),
      blob: (content) => this.putBlob(repository, content, registryId),
    };
    const uri = `${registryId}.dkr.ecr.${this.region()}.amazonaws.com/${repository}:${tag}`;
    const docker = layout === 'docker' || layout === 'arm64-manifest' || layout === 'docker-list';
    const arm64: ImageSeed = {
      ...seed,
      config: { ...seed.config, architecture: 'arm64', variant: 'v8' },
    };
    if (layout === 'docker' || layout === 'oci' || layout === 'arm64-manifest') {
      const image = imageManifest(layout === 'arm64-manifest' ? arm64 : seed, docker, store.blob);
      const type = docker ? MEDIA.dockerManifest : MEDIA.ociManifest;
      const digest = store.put(image.document, type, tag);
      return {
        uri,
        digest,
        ...(layout === 'arm64-manifest' ? {} : { amd64Digest: digest, layers: image.layers }),
        configDigest: image.configDigest,
      };
    }
    const platforms =
      layout === 'arm64-only'
        ? [arm64]
        : layout === 'multi-platform' || layout === 'docker-list'
          ? [seed, arm64]
          : [seed];
    const options = {
      docker,
      attestations: layout !== 'docker-list' && layout !== 'soci-index',
      soci: layout === 'soci-index',
    };
    return { uri, ...seedIndex(store, platforms, options, tag) };
  }

  /** The standard images: every layout, and every problem config, under STANDARD_REPOSITORY. */
  seedStandardImages(): Record<string, SeededImage> {
    const seeded: Record<string, SeededImage> = {};
    for (const layout of LAYOUTS)
      seeded[layout] = this.seedImage(STANDARD_REPOSITORY, layout, layout);
    for (const [name, seed] of Object.entries(CONFIGS)) {
      if (name !== 'studio')
        seeded[name] = this.seedImage(STANDARD_REPOSITORY, name, 'docker', seed);
    }
    return seeded;
  }

  /** Every digest back to no scan (ScanNotFoundException), its request count to 0. */
  resetScans(): void {
    this.scans.clear();
    this.scanRequests.clear();
  }

  /** The states `digest`'s scan goes through, one per request (driven by requests, not time). */
  setScan(digest: string, steps: readonly ScanStep[]): void {
    this.scans.set(digest, steps);
    this.scanRequests.set(digest, 0);
  }

  // ---- the API ----

  dispatch(operation: string, body: Record<string, unknown>): unknown {
    if (operation === 'BatchGetImage') return this.batchGetImage(body);
    if (operation === 'GetDownloadUrlForLayer') return this.getDownloadUrlForLayer(body);
    if (operation === 'DescribeImages') return this.describeImages(body);
    if (operation === 'StartLifecyclePolicyPreview') return this.startPreview(body);
    if (operation === 'GetLifecyclePolicyPreview') return this.getPreview(body);
    if (operation === 'DescribeImageScanFindings') return this.describeImageScanFindings(body);
    if (operation === 'UpdateImageStorageClass') return this.updateImageStorageClass(body);
    if (operation === 'BatchDeleteImage') return this.batchDeleteImage(body);
    throw new ApiError('UnknownOperationException', `Unknown operation ${operation}`);
  }

  private repository(name: string, registryId: string = this.account): Repository {
    if (this.options.anyRepository === true) this.addRepository(name, registryId);
    const found = this.repositories.get(`${registryId}/${name}`);
    if (found === undefined) {
      // ECR's own wording for a missing repository.
      throw new ApiError(
        'RepositoryNotFoundException',
        `The repository with name '${name}' does not exist in the registry with id '${registryId}'`,
      );
    }
    return found;
  }

  private requireRepository(body: Record<string, unknown>): {
    repository: Repository;
    registryId: string;
    name: string;
  } {
    const name = body.repositoryName;
    if (typeof name !== 'string' || name.length < 2 || name.length > 256) {
      throw new ApiError(
        'InvalidParameterException',
        "Invalid parameter at 'repositoryName' failed to satisfy constraint",
      );
    }
    const registryId = typeof body.registryId === 'string' ? body.registryId : this.account;
    return { repository: this.repository(name, registryId), registryId, name };
  }

  private batchGetImage(body: Record<string, unknown>): unknown {
    const { repository, registryId, name } = this.requireRepository(body);
    const imageIds = Array.isArray(body.imageIds)
      ? (body.imageIds as Record<string, unknown>[])
      : [];
    if (imageIds.length === 0 || imageIds.length > 100) {
      throw new ApiError(
        'InvalidParameterException',
        "Invalid parameter at 'imageIds' failed to satisfy constraint",
      );
    }
    // Without acceptedMediaTypes every type is answered (ECR's default is not documented); a type
    // outside the list answers ImageNotFound, as a registry answers an Accept it cannot meet (404).
    const accepted = Array.isArray(body.acceptedMediaTypes)
      ? (body.acceptedMediaTypes as string[])
      : undefined;
    const images: unknown[] = [];
    const failures: unknown[] = [];
    for (const imageId of imageIds) {
      const found = this.findImage(repository, imageId);
      if ('failureCode' in found) failures.push({ imageId, ...found });
      else if (accepted !== undefined && !accepted.includes(found.stored.mediaType))
        failures.push({
          imageId,
          failureCode: 'ImageNotFound',
          failureReason: 'Requested image not found',
        });
      else
        images.push({
          registryId,
          repositoryName: name,
          imageId: {
            imageDigest: found.digest,
            ...(typeof imageId.imageTag === 'string' ? { imageTag: imageId.imageTag } : {}),
          },
          imageManifest: found.stored.text,
          imageManifestMediaType: found.stored.mediaType,
        });
    }
    return { images, failures };
  }

  private findImage(
    repository: Repository,
    imageId: Record<string, unknown>,
  ): { digest: string; stored: StoredManifest } | { failureCode: string; failureReason: string } {
    const tag = typeof imageId.imageTag === 'string' ? imageId.imageTag : undefined;
    const wanted = typeof imageId.imageDigest === 'string' ? imageId.imageDigest : undefined;
    if (tag === undefined && wanted === undefined) {
      return {
        failureCode: 'MissingDigestAndTag',
        failureReason: 'Neither the tag nor the digest was given',
      };
    }
    const tagged = tag === undefined ? undefined : repository.tags.get(tag);
    if (tag !== undefined && wanted !== undefined && tagged !== undefined && tagged !== wanted) {
      return {
        failureCode: 'ImageTagDoesNotMatchDigest',
        failureReason: 'Invalid image digest: the tag does not match the digest',
      };
    }
    const digest = wanted ?? tagged;
    const stored = digest === undefined ? undefined : repository.manifests.get(digest);
    if (digest !== undefined && stored !== undefined) return { digest, stored };
    const fallback = this.options.anyImage;
    if (fallback !== undefined) {
      const image = imageManifest(fallback, true, (content) => {
        const blobDigest = sha256(content);
        repository.blobs.set(blobDigest, content);
        return blobDigest;
      });
      const text = json(image.document);
      const made = { text, mediaType: MEDIA.dockerManifest };
      return { digest: wanted ?? sha256(text), stored: made };
    }
    return { failureCode: 'ImageNotFound', failureReason: 'Requested image not found' };
  }

  private getDownloadUrlForLayer(body: Record<string, unknown>): unknown {
    const { repository, registryId, name } = this.requireRepository(body);
    const digest = body.layerDigest;
    if (typeof digest !== 'string' || !/^[a-z0-9]+:[a-f0-9]{64}$/.test(digest)) {
      throw new ApiError(
        'InvalidParameterException',
        "Invalid parameter at 'layerDigest' failed to satisfy constraint",
      );
    }
    if (!repository.blobs.has(digest)) {
      // Layers are not stored: the image checks never need one, and a request for one fails here.
      throw new ApiError(
        'LayersNotFoundException',
        `The layer with digest ${digest} does not exist in repository '${name}'`,
      );
    }
    return { downloadUrl: this.presign(registryId, name, digest), layerDigest: digest };
  }

  // ---- DescribeImages and the lifecycle policy preview ----

  /** The images of a repository as DescribeImages and the preview see them (manifests held). */
  private imagesOf(
    repository: Repository,
  ): { digest: string; tags: string[]; state: ImageState }[] {
    return [...repository.manifests.keys()].flatMap((digest) => {
      const state = repository.states.get(digest);
      if (state === undefined) return [];
      const tags = [...repository.tags].filter(([, d]) => d === digest).map(([tag]) => tag);
      return [{ digest, tags, state }];
    });
  }

  /**
   * ARCHIVE archives an image at once (on AWS it is ARCHIVED in the answer too, per the API
   * reference's example); STANDARD starts a restore (ACTIVATING, which the model never ends).
   */
  private updateImageStorageClass(body: Record<string, unknown>): unknown {
    const { repository, registryId, name } = this.requireRepository(body);
    const id = (body.imageId ?? {}) as Record<string, unknown>;
    const digest =
      typeof id.imageDigest === 'string'
        ? id.imageDigest
        : repository.tags.get(textOr(id.imageTag));
    const state = digest === undefined ? undefined : repository.states.get(digest);
    if (digest === undefined || state === undefined) {
      throw new ApiError(
        'ImageNotFoundException',
        `The image with imageId {imageDigest:'${textOr(id.imageDigest)}', imageTag:'${textOr(id.imageTag)}'} does not exist within the repository with name '${name}' in the registry with id '${registryId}'`,
      );
    }
    if (body.targetStorageClass === 'ARCHIVE') {
      state.status = 'ARCHIVED';
      state.archivedAt = Date.now();
    } else if (body.targetStorageClass === 'STANDARD') {
      if (state.status === 'ARCHIVED') state.status = 'ACTIVATING';
    } else {
      throw new ApiError(
        'InvalidParameterException',
        "Invalid parameter at 'targetStorageClass' failed to satisfy constraint",
      );
    }
    return {
      registryId,
      repositoryName: name,
      imageId: { imageDigest: digest },
      imageStatus: state.status,
    };
  }

  /** BatchDeleteImage by digest: what is not there is a failure, not an error. */
  private batchDeleteImage(body: Record<string, unknown>): unknown {
    const { repository, registryId, name } = this.requireRepository(body);
    const ids = Array.isArray(body.imageIds) ? (body.imageIds as Record<string, unknown>[]) : [];
    const imageIds: unknown[] = [];
    const failures: unknown[] = [];
    for (const id of ids) {
      const digest = textOr(id.imageDigest);
      if (repository.states.has(digest)) {
        this.deleteImage(name, digest, registryId);
        imageIds.push({ imageDigest: digest });
      } else
        failures.push({
          imageId: id,
          failureCode: 'ImageNotFound',
          failureReason: 'Requested image not found',
        });
    }
    return { imageIds, failures };
  }

  private describeImages(body: Record<string, unknown>): unknown {
    const { repository, registryId, name } = this.requireRepository(body);
    const filter = (body.filter ?? {}) as Record<string, unknown>;
    // Without the filter, only ACTIVE images answer (the API reference's words).
    const wanted = typeof filter.imageStatus === 'string' ? filter.imageStatus : 'ACTIVE';
    const visible = this.imagesOf(repository).filter(
      ({ state }) => wanted === 'ANY' || state.status === wanted,
    );
    const detail = ({ digest, tags, state }: (typeof visible)[number]): unknown => ({
      registryId,
      repositoryName: name,
      imageDigest: digest,
      ...(tags.length === 0 ? {} : { imageTags: tags }),
      imagePushedAt: state.pushedAt / 1000,
      imageStatus: state.status,
      imageManifestMediaType: repository.manifests.get(digest)?.mediaType,
      ...(state.lastPulledAt === undefined
        ? {}
        : { lastRecordedPullTime: state.lastPulledAt / 1000 }),
      ...(state.archivedAt === undefined ? {} : { lastArchivedAt: state.archivedAt / 1000 }),
    });
    if (Array.isArray(body.imageIds)) {
      const ids = body.imageIds as Record<string, unknown>[];
      if (ids.length === 0 || ids.length > 100 || body.nextToken !== undefined) {
        throw new ApiError(
          'InvalidParameterException',
          "Invalid parameter at 'imageIds' failed to satisfy constraint",
        );
      }
      return {
        imageDetails: ids.map((id) => detail(this.describedImage(visible, id, name, registryId))),
      };
    }
    return this.page(visible.map(detail), body, 1000, 'imageDetails');
  }

  /** One image asked for by id; ECR fails the whole request when one is missing. */
  private describedImage<T extends { digest: string; tags: string[] }>(
    visible: readonly T[],
    id: Record<string, unknown>,
    name: string,
    registryId: string,
  ): T {
    const found = visible.find(
      (image) =>
        image.digest === id.imageDigest ||
        (typeof id.imageTag === 'string' && image.tags.includes(id.imageTag)),
    );
    if (found !== undefined) return found;
    const fallback = this.options.anyImage !== undefined && typeof id.imageDigest === 'string';
    if (fallback) {
      return {
        digest: id.imageDigest as string,
        tags: [],
        state: { pushedAt: Date.now(), status: 'ACTIVE' },
      } as unknown as T;
    }
    // ECR's own wording (the CLI shows it so).
    throw new ApiError(
      'ImageNotFoundException',
      `The image with imageId {imageDigest:'${textOr(id.imageDigest)}', imageTag:'${textOr(id.imageTag)}'} does not exist within the repository with name '${name}' in the registry with id '${registryId}'`,
    );
  }

  /** A page of `items` from `nextToken` (an offset here), at most maxResults (or `max`). */
  private page(
    items: readonly unknown[],
    body: Record<string, unknown>,
    max: number,
    key: string,
  ): unknown {
    const size = typeof body.maxResults === 'number' ? body.maxResults : Math.min(max, 100);
    if (size < 1 || size > max) {
      throw new ApiError(
        'InvalidParameterException',
        "Invalid parameter at 'maxResults' failed to satisfy constraint",
      );
    }
    const start = typeof body.nextToken === 'string' ? Number(body.nextToken) : 0;
    const end = start + size;
    return {
      [key]: items.slice(start, end),
      ...(end < items.length ? { nextToken: String(end) } : {}),
    };
  }

  private startPreview(body: Record<string, unknown>): unknown {
    const { repository, registryId, name } = this.requireRepository(body);
    if (repository.policy === undefined) {
      throw new ApiError(
        'LifecyclePolicyNotFoundException',
        `Lifecycle policy does not exist for the repository with name '${name}' in the registry with id '${registryId}'`,
      );
    }
    if (repository.preview !== undefined && repository.preview.readsLeft > 0) {
      throw new ApiError(
        'LifecyclePolicyPreviewInProgressException',
        'The previous lifecycle policy preview request has not completed.',
      );
    }
    const images = this.imagesOf(repository).map(({ digest, tags, state }) => ({
      digest,
      tags,
      pushedAt: state.pushedAt,
      status: state.status,
      ...(state.lastPulledAt === undefined ? {} : { lastPulledAt: state.lastPulledAt }),
    }));
    repository.preview = {
      results: evaluatePolicy(repository.policy, images, Date.now()),
      readsLeft: this.options.previewInProgressReads ?? 1,
    };
    return {
      registryId,
      repositoryName: name,
      lifecyclePolicyText: JSON.stringify({ rules: repository.policy }),
      status: 'IN_PROGRESS',
    };
  }

  private getPreview(body: Record<string, unknown>): unknown {
    const { repository, registryId, name } = this.requireRepository(body);
    const preview = repository.preview;
    if (preview === undefined) {
      throw new ApiError(
        'LifecyclePolicyPreviewNotFoundException',
        `There is no dry run for the repository with name '${name}' in the registry with id '${registryId}'`,
      );
    }
    const head = {
      registryId,
      repositoryName: name,
      lifecyclePolicyText: JSON.stringify({ rules: repository.policy }),
    };
    if (preview.readsLeft > 0) {
      preview.readsLeft--;
      return { ...head, status: 'IN_PROGRESS' };
    }
    return {
      ...head,
      status: 'COMPLETE',
      ...(this.page(preview.results, body, 100, 'previewResults') as object),
    };
  }

  /**
   * A digest without a scan set answers ScanNotFoundException (a repository not scanned). Pages of
   * `maxResults` (default 100, ECR's) with a nextToken that is the next index; a page read with a
   * token does not advance the state.
   */
  private describeImageScanFindings(body: Record<string, unknown>): unknown {
    const { registryId, name } = this.requireRepository(body);
    const imageId = (body.imageId ?? {}) as Record<string, unknown>;
    const digest = typeof imageId.imageDigest === 'string' ? imageId.imageDigest : '';
    const steps = this.scans.get(digest);
    const token = typeof body.nextToken === 'string' ? body.nextToken : undefined;
    const count = this.scanRequests.get(digest) ?? 0;
    if (token === undefined) this.scanRequests.set(digest, count + 1);
    const step =
      steps?.[Math.min(token === undefined ? count : Math.max(0, count - 1), steps.length - 1)];
    if (step === undefined || step.status === 'not-found') {
      throw new ApiError(
        'ScanNotFoundException',
        `Image scan does not exist for image with '{imageDigest:'${digest}', imageTag:'null'}' in the repository with name '${name}' in the registry with id '${registryId}'`,
      );
    }
    const all = step.findings ?? [];
    const size = typeof body.maxResults === 'number' ? body.maxResults : 100;
    const start = token === undefined ? 0 : Number(token);
    const page = all.slice(start, start + size);
    const counts: Record<string, number> = {};
    for (const finding of all) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    const scanned = step.status === 'COMPLETE' || step.status === 'ACTIVE';
    return {
      registryId,
      repositoryName: name,
      imageId: { imageDigest: digest },
      imageScanStatus: {
        status: step.status,
        description: step.description ?? `The scan is ${step.status}.`,
      },
      ...(scanned
        ? {
            imageScanFindings: {
              findingSeverityCounts: counts,
              ...(step.enhanced === true
                ? { enhancedFindings: page.map(enhancedFinding) }
                : { findings: page.map(basicFinding) }),
            },
          }
        : {}),
      ...(start + size < all.length ? { nextToken: String(start + size) } : {}),
    };
  }

  // ---- the blob download ----

  private signature(path: string, date: string, expires: string): string {
    return createHmac('sha256', this.signingKey)
      .update(`${path}\n${date}\n${expires}`)
      .digest('hex');
  }

  /** A URL in the shape of an S3 pre-signed URL, valid for `downloadTtlMs`. */
  private presign(registryId: string, repository: string, digest: string): string {
    const path = `${BLOB_PATH}${registryId}/${repository}/${digest}`;
    const date = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const expires = String(Math.floor((this.options.downloadTtlMs ?? 600_000) / 1000));
    const query = new URLSearchParams({
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': `ASIALOCALECRBLOB0000/${date.slice(0, 8)}/${this.region()}/s3/aws4_request`,
      'X-Amz-Date': date,
      'X-Amz-Expires': expires,
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': this.signature(path, date, expires),
    });
    return `${this.urlBase()}${path}?${query.toString()}`;
  }

  isBlobPath(url: string | undefined): boolean {
    return url?.startsWith(BLOB_PATH) === true;
  }

  /** What a GET of a pre-signed URL answers: the blob, or S3's XML error. */
  download(url: string): BlobAnswer {
    const parsed = new URL(url, 'http://local');
    const date = parsed.searchParams.get('X-Amz-Date') ?? '';
    const expires = parsed.searchParams.get('X-Amz-Expires') ?? '';
    const s3Error = (status: number, code: string, message: string): BlobAnswer => ({
      status,
      contentType: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    });
    if (
      parsed.searchParams.get('X-Amz-Signature') !== this.signature(parsed.pathname, date, expires)
    ) {
      return s3Error(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
    }
    const signedAt = Date.parse(
      `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`,
    );
    if (Date.now() >= signedAt + Number(expires) * 1000) {
      return s3Error(403, 'AccessDenied', 'Request has expired');
    }
    const rest = decodeURIComponent(parsed.pathname.slice(BLOB_PATH.length));
    const registryId = rest.slice(0, rest.indexOf('/'));
    const digest = rest.slice(rest.lastIndexOf('/') + 1);
    const name = rest.slice(registryId.length + 1, rest.lastIndexOf('/'));
    const blob = this.repositories.get(`${registryId}/${name}`)?.blobs.get(digest);
    if (blob === undefined) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
    return { status: 200, body: blob, contentType: 'application/octet-stream' };
  }
}

function basicFinding(finding: SeededFinding): unknown {
  return {
    name: finding.id,
    severity: finding.severity,
    uri: `https://nvd.nist.gov/vuln/detail/${finding.id}`,
    attributes: [
      { key: 'package_name', value: finding.packageName },
      { key: 'package_version', value: finding.version },
    ],
  };
}

function enhancedFinding(finding: SeededFinding): unknown {
  return {
    severity: finding.severity,
    title: `${finding.id} - ${finding.packageName}`,
    type: 'PACKAGE_VULNERABILITY',
    status: 'ACTIVE',
    packageVulnerabilityDetails: {
      vulnerabilityId: finding.id,
      vulnerablePackages: [
        {
          name: finding.packageName,
          version: finding.version,
          ...(finding.fixedInVersion === undefined
            ? {}
            : { fixedInVersion: finding.fixedInVersion }),
          sourceLayerHash: finding.layer ?? sha256(`layer of ${finding.packageName}`),
        },
      ],
    },
  };
}

/** Where seeding puts manifests and blobs; each returns the digest. */
interface Store {
  readonly put: (document: unknown, mediaType: string, tag?: string) => string;
  readonly blob: (content: string) => string;
}

interface IndexOptions {
  readonly docker: boolean;
  /** Each image gets buildx's provenance attestation beside it. */
  readonly attestations: boolean;
  /** Each image gets a SOCI index (v2) beside it, and the annotation that names it. */
  readonly soci: boolean;
}

/** An index of one image per seed (with attestations or SOCI indexes), tagged `tag`. */
function seedIndex(
  store: Store,
  platforms: readonly ImageSeed[],
  options: IndexOptions,
  tag: string,
): Omit<SeededImage, 'uri'> {
  const entries: Record<string, unknown>[] = [];
  let amd64: { amd64Digest: string; configDigest: string; layers: string[] } | undefined;
  for (const seed of platforms) {
    const added = indexEntries(store, seed, options);
    entries.push(...added.entries);
    if (added.amd64)
      amd64 = { amd64Digest: added.digest, configDigest: added.configDigest, layers: added.layers };
  }
  const type = options.docker ? MEDIA.dockerList : MEDIA.ociIndex;
  const digest = store.put({ schemaVersion: 2, mediaType: type, manifests: entries }, type, tag);
  return { digest, ...amd64 };
}

/** One platform's entries in an index: its image, and its attestation or SOCI index. */
function indexEntries(
  store: Store,
  seed: ImageSeed,
  options: IndexOptions,
): {
  entries: Record<string, unknown>[];
  digest: string;
  configDigest: string;
  layers: string[];
  amd64: boolean;
} {
  const image = imageManifest(seed, options.docker, store.blob);
  const config = seed.config ?? {};
  const platform = {
    architecture: config.architecture ?? 'amd64',
    os: config.os ?? 'linux',
    ...(config.variant === undefined ? {} : { variant: config.variant }),
  };
  const descriptor = (document: unknown, mediaType: string): Record<string, unknown> => ({
    mediaType,
    digest: store.put(document, mediaType),
    size: json(document).length,
  });
  const soci = options.soci ? sociIndexManifest(store.blob) : undefined;
  const sociEntry = soci === undefined ? undefined : descriptor(soci, MEDIA.ociManifest);
  const sociNote =
    sociEntry === undefined ? {} : { annotations: { [SOCI_INDEX_DIGEST]: sociEntry.digest } };
  const document = { ...image.document, ...sociNote };
  const imageDescriptor = descriptor(
    document,
    options.docker ? MEDIA.dockerManifest : MEDIA.ociManifest,
  );
  const imageEntry = { ...imageDescriptor, platform, ...sociNote };
  const digest = String(imageDescriptor.digest);
  const entries: Record<string, unknown>[] = [imageEntry];
  if (sociEntry !== undefined) {
    entries.push({
      ...sociEntry,
      artifactType: MEDIA.sociIndex,
      platform,
      annotations: { 'com.amazon.soci.image-manifest-digest': digest },
    });
  }
  if (options.attestations) {
    entries.push({
      ...descriptor(attestationManifest(store.blob, seed, digest), MEDIA.ociManifest),
      platform: { architecture: 'unknown', os: 'unknown' },
      annotations: {
        'vnd.docker.reference.digest': digest,
        'vnd.docker.reference.type': 'attestation-manifest',
      },
    });
  }
  return {
    entries,
    digest,
    configDigest: image.configDigest,
    layers: image.layers,
    amd64: platform.architecture === 'amd64',
  };
}

const SOCI_INDEX_DIGEST = 'com.amazon.soci.index-digest';

/** An image config and its manifest; blobs go through `blob`, which returns their digests. */
export function imageManifest(
  seed: ImageSeed,
  docker: boolean,
  blob: (content: string) => string,
): {
  document: Record<string, unknown>;
  configDigest: string;
  configText: string;
  layers: string[];
} {
  const configText = imageConfig(seed.config ?? {});
  const configDigest = blob(configText);
  const sizes = seed.layerSizes ?? CONFIGS.studio.layerSizes;
  // The base's layers first (their sizes made up), then the image's own.
  const base = seed.baseLayers ?? [];
  // An image built on a base has layers of its own, unlike any of the base's (same config or not).
  const own = base.length === 0 ? '' : ` on ${base.join(',')}`;
  const layers = [
    ...base,
    ...sizes.map((_size, i) => sha256(`layer ${i} of ${configDigest}${own}`)),
  ];
  return {
    configDigest,
    configText,
    layers,
    document: {
      schemaVersion: 2,
      mediaType: docker ? MEDIA.dockerManifest : MEDIA.ociManifest,
      config: {
        mediaType: docker ? MEDIA.dockerConfig : MEDIA.ociConfig,
        size: configText.length,
        digest: configDigest,
      },
      layers: layers.map((digest, i) => ({
        mediaType: docker ? MEDIA.dockerLayer : MEDIA.ociLayer,
        size: i < base.length ? 20_000_000 : (sizes[i - base.length] ?? 0),
        digest,
      })),
    },
  };
}

/** An image config as `docker build` writes it. */
export function imageConfig(seed: ConfigSeed): string {
  const config: Record<string, unknown> = {
    Env: seed.env ?? STUDIO_CONFIG.env,
    WorkingDir: '/home/sagemaker-user',
  };
  const user = seed.user ?? STUDIO_CONFIG.user;
  if (user !== '') config.User = user;
  const entrypoint = seed.entrypoint === undefined ? STUDIO_CONFIG.entrypoint : seed.entrypoint;
  const cmd = seed.cmd === undefined ? STUDIO_CONFIG.cmd : seed.cmd;
  if (entrypoint !== null) config.Entrypoint = entrypoint;
  config.Cmd = cmd;
  return json({
    architecture: seed.architecture ?? 'amd64',
    os: seed.os ?? 'linux',
    ...(seed.variant === undefined ? {} : { variant: seed.variant }),
    created: '2026-01-01T00:00:00Z',
    config,
    rootfs: { type: 'layers', diff_ids: seed.diffIds ?? [] },
  });
}

/** buildx's attestation: an OCI manifest of in-toto layers (real statements when the seed has them). */
function attestationManifest(
  blob: (content: string) => string,
  seed: ImageSeed,
  subject: string,
): Record<string, unknown> {
  const config =
    '{"architecture":"unknown","os":"unknown","config":{},"rootfs":{"type":"layers","diff_ids":[]}}';
  const statement = (predicateType: string, predicate: unknown): Record<string, unknown> => {
    const text = json({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType,
      subject: [{ name: 'image', digest: { sha256: subject.slice('sha256:'.length) } }],
      predicate,
    });
    return {
      mediaType: MEDIA.inToto,
      size: text.length,
      digest: blob(text),
      annotations: { 'in-toto.io/predicate-type': predicateType },
    };
  };
  const provenance =
    seed.builtFrom === undefined
      ? {
          mediaType: MEDIA.inToto,
          size: 1234,
          digest: sha256('provenance'),
          annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
        }
      : statement('https://slsa.dev/provenance/v0.2', {
          builder: { id: '' },
          buildType: 'https://mobyproject.org/buildkit@v1',
          materials: [
            {
              uri: seed.builtFrom,
              digest: { sha256: (seed.builtFromDigest ?? sha256(seed.builtFrom)).slice(7) },
            },
          ],
        });
  const sbom =
    seed.sbom === undefined
      ? []
      : [
          statement('https://spdx.dev/Document', {
            spdxVersion: 'SPDX-2.3',
            packages: seed.sbom.map((purl) => ({
              name: purl.replace(/^pkg:[^/]+\/(?:.*\/)?([^@]+)@.*$/, '$1'),
              versionInfo: purl.replace(/^.*@/, ''),
              externalRefs: [
                {
                  referenceCategory: 'PACKAGE-MANAGER',
                  referenceType: 'purl',
                  referenceLocator: purl,
                },
              ],
            })),
          }),
        ];
  return {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    config: { mediaType: MEDIA.ociConfig, size: config.length, digest: blob(config) },
    layers: [...sbom, provenance],
  };
}

/** A SOCI index manifest v2: an OCI manifest whose config is `{}` and whose layers are zTOCs. */
function sociIndexManifest(blob: (content: string) => string): Record<string, unknown> {
  return {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    artifactType: MEDIA.sociIndex,
    config: { mediaType: MEDIA.sociIndex, size: 2, digest: blob('{}') },
    layers: [{ mediaType: MEDIA.ztoc, size: 4096, digest: sha256('ztoc of the largest layer') }],
    annotations: { 'com.amazon.soci.build-tool-identifier': 'local model' },
  };
}

/** A request field as ECR's messages print it: the text, or `null`. */
function textOr(value: unknown): string {
  return typeof value === 'string' ? value : 'null';
}
