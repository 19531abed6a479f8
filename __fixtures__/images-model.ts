// The images side of the local SageMaker endpoint: images (with their statuses), their versions
// (CREATING, CREATED, CREATE_FAILED, DELETING), aliases, ClientToken idempotency, and the paginated
// ListImageVersions and ListAliases, as ../shared/reference/sagemaker-image-api.md describes them.
// One model for two callers: the local endpoint (sagemaker-server.ts) dispatches its image requests
// here, and the in-process orchestration tests (orchestration.ts) answer the mocked SDK from it, so
// both meet the same behaviour. Where SageMaker's behaviour is not documented, the choice made here
// is said next to it.
//
// Runs under jest and under plain Node 24 (type stripping), so: erasable TypeScript only.
import { createHash } from 'node:crypto';
import { ApiError, type VersionFacts } from './studio-model.ts';

export const TEST_ACCOUNT = '123456789012';

/** How the images behave over time, and which faults they play (the endpoint's options hold them). */
export interface ImagesOptions {
  /** How long a new version stays CREATING (default 0: CREATED at the first look). */
  versionCreationMs?: number;
  /**
   * New versions stay CREATING for this many DescribeImageVersion answers (default 0; then
   * versionCreationMs decides): how an in-process test, whose clock is not the wall clock, sees a
   * version CREATING over a few status checks.
   */
  versionCreatingReads?: number;
  /** How long a new image stays CREATING (default 0). */
  imageCreationMs?: number;
  /** New images stay CREATING for this many DescribeImage answers (default 0; then imageCreationMs decides). */
  imageCreatingReads?: number;
  /** Versions whose base image contains this text end CREATE_FAILED with `failureReason`. */
  failBaseImagesContaining?: string;
  failureReason?: string;
  /** After a CreateImageVersion, others on the same image get ResourceInUse for this long (ms). */
  inUseWindowMs?: number;
  /** Images whose creation fails (CREATE_FAILED). */
  failImageCreation?: boolean;
  /** How long a version stays DELETING after DeleteImageVersion (default 0: gone at once). */
  versionDeletionMs?: number;
  /**
   * While a version is DELETING, deleting another version of the same image answers ResourceInUse
   * "ImageVersion (<the one being deleted>) is being deleted": the reading of AWS's "concurrent
   * calls can fail" this model takes when set (default: each version is deleted on its own).
   */
  deletionsOneAtATime?: boolean;
  /**
   * The most items a ListImageVersions or ListAliases page holds, whatever MaxResults asks (a page
   * may hold fewer than MaxResults, with a NextToken): how a test makes a few versions span pages.
   */
  pageSize?: number;
}

/** How a test seeds an existing version (see `addVersion`). */
export interface VersionSeed {
  readonly baseImage: string;
  readonly status?: 'CREATED' | 'CREATE_FAILED' | 'CREATING';
  readonly aliases?: readonly string[];
  readonly vendorGuidance?: string;
  /** Creation time, Date.now() milliseconds (default: now). */
  readonly createdAt?: number;
  /**
   * Its ContainerImage (default: the base image's repository at the base image's own digest, as
   * CreateImageVersion makes it, or at a digest made from a tag).
   */
  readonly containerImage?: string;
  /**
   * DescribeImageVersion answers still to say CREATING before `status` shows (default 0); it is
   * listed CREATING until then.
   */
  readonly creatingReads?: number;
}

interface ImageVersion {
  readonly version: number;
  readonly arn: string;
  readonly baseImage: string;
  readonly containerImage: string;
  readonly createdAt: number;
  readonly readyAt: number;
  readonly fails: boolean;
  readonly metadata: Record<string, unknown>;
  /** DescribeImageVersion answers still to say CREATING (then readyAt decides). */
  creatingReads: number;
  aliases: string[];
  deleted: boolean;
  /** Set by DeleteImageVersion: DELETING until then, gone after. */
  deletedAt?: number;
}

interface Image {
  readonly name: string;
  readonly arn: string;
  readonly roleArn: string;
  readonly createdAt: number;
  readonly readyAt: number;
  /** DescribeImage answers still to say CREATING (then readyAt decides). */
  creatingReads: number;
  readonly fails: boolean;
  readonly displayName?: string;
  readonly description?: string;
  readonly versions: ImageVersion[];
  busyUntil: number;
}

const IMAGE_NAME = /^[a-zA-Z0-9](?:[-.]?[a-zA-Z0-9])*$/;
const CLIENT_TOKEN = /^[a-zA-Z0-9-]+$/;
const ALIAS = /^(?!^[.-])[a-zA-Z0-9\-_.]+$/;
const FRAMEWORK = /^[a-zA-Z]+ ?\d+\.\d+(?:\.\d+)?$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;

/** A live version as a test sees it (see `versionsOf`). */
export interface VersionView {
  readonly version: number;
  readonly baseImage: string;
  readonly aliases: string[];
  readonly arn: string;
  readonly status: string;
  readonly vendorGuidance?: string;
}

const OPERATIONS = [
  'CreateImageVersion',
  'DescribeImageVersion',
  'CreateImage',
  'DescribeImage',
  'ListImageVersions',
  'ListAliases',
  'UpdateImageVersion',
  'DeleteImageVersion',
];

export class ImagesModel {
  readonly options: ImagesOptions;
  private readonly images = new Map<string, Image>();
  private readonly tokens = new Map<string, { params: string; arn: string }>();
  private readonly arnPrefix: () => string;
  private readonly taggedDigest: (uri: string) => string | undefined;
  private readonly storageOf: (imageUri: string) => string | undefined;

  /**
   * `arnPrefix`: `arn:<partition>:sagemaker:<region>:<account>`, asked at each use (the endpoint
   * learns its region from the first signed request). `taggedDigest`: the digest a registry holds
   * for a tagged image URI (the endpoint's ECR model), which CreateImageVersion resolves a tag to.
   * `storageOf`: how ECR holds an image `<registry>/<repository>@<digest>` (ARCHIVED: it cannot be
   * pulled).
   */
  constructor(
    options: ImagesOptions,
    arnPrefix: () => string,
    taggedDigest: (uri: string) => string | undefined = () => undefined,
    storageOf: (imageUri: string) => string | undefined = () => undefined,
  ) {
    this.options = options;
    this.arnPrefix = arnPrefix;
    this.taggedDigest = taggedDigest;
    this.storageOf = storageOf;
  }

  // ---- seeding and inspection, for tests ----

  /**
   * Adds an image, as if made before the test: CREATED, or CREATING for `creatingMs`, or for
   * `creatingReads` DescribeImage answers when that is set.
   */
  addImage(
    name: string,
    roleArn = `arn:aws:iam::${TEST_ACCOUNT}:role/SageMakerImageRole`,
    creatingMs = 0,
    creatingReads = 0,
  ): void {
    this.images.set(name.toLowerCase(), {
      name,
      arn: this.imageArn(name),
      roleArn,
      createdAt: Date.now(),
      readyAt: creatingMs === 0 ? 0 : Date.now() + creatingMs,
      creatingReads,
      fails: false,
      versions: [],
      busyUntil: 0,
    });
  }

  /** Live versions of an image (not deleted), oldest first. */
  versionsOf(name: string): VersionView[] {
    return (this.images.get(name.toLowerCase())?.versions ?? [])
      .filter((v) => !this.isGone(v))
      .map((v) => ({
        version: v.version,
        baseImage: v.baseImage,
        aliases: v.aliases,
        arn: v.arn,
        status: this.versionStatus(v),
        ...(typeof v.metadata.VendorGuidance === 'string'
          ? { vendorGuidance: v.metadata.VendorGuidance }
          : {}),
      }));
  }

  /** Adds a version to an existing image, as if made before the test; returns its number. */
  addVersion(imageName: string, seed: VersionSeed): number {
    const image = this.images.get(imageName.toLowerCase());
    if (image === undefined) throw new Error(`no image ${imageName}`);
    const version = image.versions.length + 1;
    const createdAt = seed.createdAt ?? Date.now();
    const status = seed.status ?? 'CREATED';
    image.versions.push({
      version,
      arn: `${this.arnPrefix()}:image-version/${image.name.toLowerCase()}/${version}`,
      baseImage: seed.baseImage,
      containerImage:
        seed.containerImage ??
        `${seed.baseImage.replace(/[:@].*$/, '')}@${seedDigest(seed.baseImage)}`,
      createdAt,
      readyAt: status === 'CREATING' ? Number.POSITIVE_INFINITY : createdAt,
      fails: status === 'CREATE_FAILED',
      metadata: seed.vendorGuidance === undefined ? {} : { VendorGuidance: seed.vendorGuidance },
      creatingReads: seed.creatingReads ?? 0,
      aliases: [...(seed.aliases ?? [])],
      deleted: false,
    });
    return version;
  }

  /** When a version was committed (Date.now() milliseconds), for timing measurements. */
  createdAt(name: string, version: number): number | undefined {
    return this.images.get(name.toLowerCase())?.versions.find((v) => v.version === version)
      ?.createdAt;
  }

  hasImage(name: string): boolean {
    return this.images.has(name.toLowerCase());
  }

  /** A live version by its ARN, for the Studio model's CreateApp. */
  versionFacts(arn: string): VersionFacts | undefined {
    for (const image of this.images.values()) {
      const version = image.versions.find((v) => v.arn === arn && !this.isGone(v));
      if (version !== undefined) {
        const archived = this.storageOf(version.containerImage) === 'ARCHIVED';
        return { imageName: image.name, baseImage: version.baseImage, archived };
      }
    }
    return undefined;
  }

  // ---- the API ----

  handles(operation: string): boolean {
    return OPERATIONS.includes(operation);
  }

  dispatch(operation: string, body: Record<string, unknown>): unknown {
    switch (operation) {
      case 'CreateImageVersion':
        return this.createImageVersion(body);
      case 'DescribeImageVersion':
        return this.describeImageVersion(body);
      case 'CreateImage':
        return this.createImage(body);
      case 'DescribeImage':
        return this.describeImage(body);
      case 'ListImageVersions':
        return this.listImageVersions(body);
      case 'ListAliases':
        return this.listAliases(body);
      case 'UpdateImageVersion':
        return this.updateImageVersion(body);
      case 'DeleteImageVersion':
        return this.deleteImageVersion(body);
      default:
        throw new ApiError('UnknownOperationException', `Unknown operation ${operation}`);
    }
  }

  private imageArn(name: string): string {
    return `${this.arnPrefix()}:image/${name.toLowerCase()}`;
  }

  private requireImage(name: unknown): Image {
    if (typeof name !== 'string' || name.length < 1 || name.length > 63 || !IMAGE_NAME.test(name)) {
      throw new ApiError(
        'ValidationException',
        `1 validation error detected: Value '${String(name)}' at 'imageName' failed to satisfy constraint`,
      );
    }
    const image = this.images.get(name.toLowerCase());
    if (image === undefined) {
      throw new ApiError('ResourceNotFound', `Cannot find Image ${this.imageArn(name)}`);
    }
    return image;
  }

  private imageStatus(image: Image): string {
    if (image.creatingReads > 0 || Date.now() < image.readyAt) return 'CREATING';
    return image.fails ? 'CREATE_FAILED' : 'CREATED';
  }

  /** Deleted, and no longer DELETING. */
  private isGone(version: ImageVersion): boolean {
    return version.deleted && Date.now() >= (version.deletedAt ?? 0);
  }

  private versionStatus(version: ImageVersion): string {
    if (version.deleted) return 'DELETING';
    if (version.creatingReads > 0 || Date.now() < version.readyAt) return 'CREATING';
    return version.fails ? 'CREATE_FAILED' : 'CREATED';
  }

  private createImageVersion(body: Record<string, unknown>): unknown {
    const { ImageName, BaseImage, ClientToken, Aliases, ...metadata } = body;
    const problems: string[] = [];
    if (typeof BaseImage !== 'string' || BaseImage.length < 1 || BaseImage.length > 255)
      problems.push('baseImage');
    if (
      typeof ClientToken !== 'string' ||
      ClientToken.length < 1 ||
      ClientToken.length > 36 ||
      !CLIENT_TOKEN.test(ClientToken)
    ) {
      problems.push('clientToken');
    }
    const aliases = Aliases === undefined ? [] : Aliases;
    if (
      !Array.isArray(aliases) ||
      aliases.some((a) => typeof a !== 'string' || a.length > 128 || !ALIAS.test(a))
    ) {
      problems.push('aliases');
    }
    for (const field of ['MLFramework', 'ProgrammingLang'] as const) {
      const value = metadata[field];
      if (value !== undefined && (typeof value !== 'string' || !FRAMEWORK.test(value)))
        problems.push(field);
    }
    if (
      metadata.VendorGuidance !== undefined &&
      !['NOT_PROVIDED', 'STABLE', 'TO_BE_ARCHIVED', 'ARCHIVED'].includes(
        metadata.VendorGuidance as string,
      )
    ) {
      problems.push('vendorGuidance');
    }
    if (
      metadata.JobType !== undefined &&
      !['TRAINING', 'INFERENCE', 'NOTEBOOK_KERNEL'].includes(metadata.JobType as string)
    ) {
      problems.push('jobType');
    }
    if (metadata.Processor !== undefined && !['CPU', 'GPU'].includes(metadata.Processor as string))
      problems.push('processor');
    if (metadata.Horovod !== undefined && typeof metadata.Horovod !== 'boolean')
      problems.push('horovod');
    if (
      metadata.ReleaseNotes !== undefined &&
      (typeof metadata.ReleaseNotes !== 'string' || metadata.ReleaseNotes.length > 255)
    ) {
      problems.push('releaseNotes');
    }
    if (problems.length > 0) {
      throw new ApiError(
        'ValidationException',
        `${problems.length} validation error(s) detected: ${problems.join(', ')}`,
      );
    }
    const image = this.requireImage(ImageName);
    const token = ClientToken as string;
    const params = JSON.stringify({
      ImageName,
      BaseImage,
      Aliases: aliases,
      ...sortKeys(metadata),
    });
    const previous = this.tokens.get(token);
    if (previous !== undefined) {
      if (previous.params !== params) {
        throw new ApiError(
          'ValidationException',
          `The client token ${token} was already used with different request parameters.`,
        );
      }
      return { ImageVersionArn: previous.arn };
    }
    const imageStatus = this.imageStatus(image);
    if (imageStatus !== 'CREATED') {
      throw new ApiError(
        'ValidationException',
        `Image ${image.arn} is in an invalid state: ${imageStatus}`,
      );
    }
    const now = Date.now();
    if (now < image.busyUntil)
      throw new ApiError('ResourceInUse', 'Resource was modified concurrently.');
    for (const alias of aliases as string[]) {
      const holder = image.versions.find((v) => !v.deleted && v.aliases.includes(alias));
      if (holder !== undefined) {
        throw new ApiError(
          'ValidationException',
          `Alias ${alias} is already associated with version ${holder.version}`,
        );
      }
    }
    image.busyUntil = now + (this.options.inUseWindowMs ?? 0);
    const version = image.versions.length + 1;
    const arn = `${this.arnPrefix()}:image-version/${image.name.toLowerCase()}/${version}`;
    const baseImage = BaseImage as string;
    // A tag the ECR model holds resolves to its digest, as SageMaker resolves it in ECR.
    const digest = baseImage.includes('@')
      ? baseImage.slice(baseImage.indexOf('@') + 1)
      : (this.taggedDigest(baseImage) ??
        `sha256:${createHash('sha256').update(baseImage).digest('hex')}`);
    const repository = baseImage.replace(/[:@].*$/, '').replace(/:(?=[^/]*$)/, '');
    const containerImage = `${repository.split(/[:@]/)[0]}@${digest}`;
    image.versions.push({
      version,
      arn,
      baseImage,
      containerImage,
      createdAt: now,
      readyAt: now + (this.options.versionCreationMs ?? 0),
      // An image ECR holds archived cannot be pulled: its version ends CREATE_FAILED (our
      // assumption, probed by archived-image-new-version).
      fails:
        (this.options.failBaseImagesContaining !== undefined &&
          baseImage.includes(this.options.failBaseImagesContaining)) ||
        this.storageOf(containerImage) === 'ARCHIVED',
      metadata,
      creatingReads: this.options.versionCreatingReads ?? 0,
      aliases: [...(aliases as string[])],
      deleted: false,
    });
    this.tokens.set(token, { params, arn });
    return { ImageVersionArn: arn };
  }

  private findVersion(image: Image, body: Record<string, unknown>): ImageVersion {
    const live = image.versions.filter((v) => !this.isGone(v));
    let found: ImageVersion | undefined;
    if (body.Version !== undefined) found = live.find((v) => v.version === body.Version);
    else if (body.Alias !== undefined)
      found = live.find((v) => v.aliases.includes(String(body.Alias)));
    else found = live.at(-1);
    if (found === undefined) {
      throw new ApiError('ResourceNotFound', `Cannot find ImageVersion for image ${image.arn}`);
    }
    return found;
  }

  private describeImageVersion(body: Record<string, unknown>): unknown {
    const image = this.requireImage(body.ImageName);
    const version = this.findVersion(image, body);
    const status = this.versionStatus(version);
    if (version.creatingReads > 0) version.creatingReads -= 1;
    return {
      BaseImage: version.baseImage,
      ContainerImage: status === 'CREATED' ? version.containerImage : undefined,
      CreationTime: version.createdAt / 1000,
      LastModifiedTime: Math.max(version.createdAt, Math.min(Date.now(), version.readyAt)) / 1000,
      FailureReason:
        status === 'CREATE_FAILED'
          ? (this.options.failureReason ?? 'Unable to pull the image')
          : undefined,
      ImageArn: image.arn,
      ImageVersionArn: version.arn,
      ImageVersionStatus: status,
      Version: version.version,
      ...version.metadata,
    };
  }

  private createImage(body: Record<string, unknown>): unknown {
    const { ImageName, RoleArn, DisplayName, Description } = body;
    if (typeof ImageName !== 'string' || !IMAGE_NAME.test(ImageName) || ImageName.length > 63) {
      throw new ApiError('ValidationException', 'imageName failed to satisfy constraint');
    }
    if (typeof RoleArn !== 'string' || !ROLE_ARN.test(RoleArn)) {
      throw new ApiError('ValidationException', 'roleArn failed to satisfy constraint');
    }
    if (this.images.has(ImageName.toLowerCase())) {
      throw new ApiError('ResourceInUse', `Image ${this.imageArn(ImageName)} already exists.`);
    }
    const now = Date.now();
    this.images.set(ImageName.toLowerCase(), {
      name: ImageName,
      arn: this.imageArn(ImageName),
      roleArn: RoleArn,
      createdAt: now,
      readyAt: now + (this.options.imageCreationMs ?? 0),
      creatingReads: this.options.imageCreatingReads ?? 0,
      fails: this.options.failImageCreation === true,
      ...(typeof DisplayName === 'string' ? { displayName: DisplayName } : {}),
      ...(typeof Description === 'string' ? { description: Description } : {}),
      versions: [],
      busyUntil: 0,
    });
    return { ImageArn: this.imageArn(ImageName) };
  }

  private describeImage(body: Record<string, unknown>): unknown {
    const image = this.requireImage(body.ImageName);
    const status = this.imageStatus(image);
    if (image.creatingReads > 0) image.creatingReads -= 1;
    return {
      ImageArn: image.arn,
      ImageName: image.name,
      ImageStatus: status,
      RoleArn: image.roleArn,
      DisplayName: image.displayName,
      Description: image.description,
      CreationTime: image.createdAt / 1000,
      FailureReason:
        status === 'CREATE_FAILED' ? 'The role cannot be assumed by SageMaker' : undefined,
    };
  }

  private listImageVersions(body: Record<string, unknown>): unknown {
    const image = this.requireImage(body.ImageName);
    const pageSize = Math.min(
      typeof body.MaxResults === 'number' ? body.MaxResults : 10,
      this.options.pageSize ?? Number.POSITIVE_INFINITY,
    );
    const descending = body.SortOrder !== 'ASCENDING';
    const live = image.versions.filter((v) => !this.isGone(v));
    const sorted = descending ? [...live].reverse() : live;
    const start = typeof body.NextToken === 'string' ? Number(body.NextToken) : 0;
    const page = sorted.slice(start, start + pageSize);
    return {
      ImageVersions: page.map((v) => ({
        ImageArn: image.arn,
        ImageVersionArn: v.arn,
        ImageVersionStatus: this.versionStatus(v),
        Version: v.version,
        CreationTime: v.createdAt / 1000,
        LastModifiedTime: v.createdAt / 1000,
        ...(this.versionStatus(v) === 'CREATE_FAILED'
          ? { FailureReason: this.options.failureReason ?? 'Unable to pull the image' }
          : {}),
      })),
      NextToken: start + pageSize < sorted.length ? String(start + pageSize) : undefined,
    };
  }

  private listAliases(body: Record<string, unknown>): unknown {
    const image = this.requireImage(body.ImageName);
    const live = image.versions.filter((v) => !this.isGone(v));
    const versions =
      body.Version !== undefined ? live.filter((v) => v.version === body.Version) : live;
    const aliases = versions.flatMap((v) => v.aliases);
    const filtered = body.Alias !== undefined ? aliases.filter((a) => a === body.Alias) : aliases;
    // Paginated like the other lists (default 10 per page).
    const pageSize = Math.min(
      typeof body.MaxResults === 'number' ? body.MaxResults : 10,
      this.options.pageSize ?? Number.POSITIVE_INFINITY,
    );
    const start = typeof body.NextToken === 'string' ? Number(body.NextToken) : 0;
    return {
      SageMakerImageVersionAliases: filtered.slice(start, start + pageSize),
      NextToken: start + pageSize < filtered.length ? String(start + pageSize) : undefined,
    };
  }

  private updateImageVersion(body: Record<string, unknown>): unknown {
    const image = this.requireImage(body.ImageName);
    const version = this.findVersion(image, body);
    const toAdd = Array.isArray(body.AliasesToAdd) ? (body.AliasesToAdd as string[]) : [];
    const toDelete = Array.isArray(body.AliasesToDelete) ? (body.AliasesToDelete as string[]) : [];
    for (const alias of toAdd) {
      const holder = image.versions.find(
        (v) => !v.deleted && v !== version && v.aliases.includes(alias),
      );
      if (holder !== undefined) {
        throw new ApiError(
          'ValidationException',
          `Alias ${alias} is already associated with version ${holder.version}`,
        );
      }
    }
    if (version.deleted) {
      throw new ApiError('ResourceInUse', `ImageVersion (${version.arn}) is being deleted.`);
    }
    if (body.VendorGuidance !== undefined) {
      const guidance = body.VendorGuidance;
      if (
        typeof guidance !== 'string' ||
        !['NOT_PROVIDED', 'STABLE', 'TO_BE_ARCHIVED', 'ARCHIVED'].includes(guidance)
      )
        throw new ApiError('ValidationException', 'vendorGuidance failed to satisfy constraint');
      version.metadata.VendorGuidance = body.VendorGuidance;
    }
    version.aliases = [
      ...version.aliases.filter((a) => !toDelete.includes(a)),
      ...toAdd.filter((a) => !version.aliases.includes(a)),
    ];
    return { ImageVersionArn: version.arn };
  }

  /** DELETING for `versionDeletionMs`, then gone; its aliases go with it. */
  private deleteImageVersion(body: Record<string, unknown>): unknown {
    const image = this.requireImage(body.ImageName);
    const version = this.findVersion(image, body);
    if (version.deleted) {
      throw new ApiError('ResourceInUse', `ImageVersion (${version.arn}) is being deleted.`);
    }
    if (this.versionStatus(version) === 'CREATING') {
      throw new ApiError('ResourceInUse', `ImageVersion (${version.arn}) is being created.`);
    }
    const deleting = image.versions.find((v) => v.deleted && !this.isGone(v));
    if (this.options.deletionsOneAtATime === true && deleting !== undefined) {
      throw new ApiError('ResourceInUse', `ImageVersion (${deleting.arn}) is being deleted.`);
    }
    version.deleted = true;
    version.deletedAt = Date.now() + (this.options.versionDeletionMs ?? 0);
    version.aliases = [];
    return {};
  }
}

/** The digest a seeded version's container image has: the base image's own, or one made from its tag. */
function seedDigest(baseImage: string): string {
  return baseImage.includes('@')
    ? baseImage.slice(baseImage.indexOf('@') + 1)
    : `sha256:${createHash('sha256').update(baseImage).digest('hex')}`;
}

function sortKeys(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : 1)));
}
