// Action inputs → one typed, validated object. Pure: the input reader and environment are passed in.
import {
  MAX_IMAGE_TAGS,
  RULES,
  durationMs,
  ecrRegionOf,
  type JOB_TYPES,
  type ECR_CHECK_MODES,
  type PREFLIGHT_MODES,
  type PROCESSORS,
  type RETENTION_ACTIONS,
  type VENDOR_GUIDANCE,
} from './rules.js';
import { quoteForLog } from '../common/log-safe.js';
import { withoutUndefined } from '../common/objects.js';
import { checkedInputs, isTrue, readList, type CheckedInputs, type InputReader } from './reader.js';
import {
  launchTestRequested,
  readLaunchTestInputs,
  type LaunchTestInputs,
} from './launch-inputs.js';
import { readStudioInputs, type StudioInputs } from './studio-inputs.js';

export type VendorGuidance = (typeof VENDOR_GUIDANCE)[number];
export type JobType = (typeof JOB_TYPES)[number];
export type Processor = (typeof PROCESSORS)[number];
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];
export type PreflightMode = (typeof PREFLIGHT_MODES)[number];
export type EcrCheckMode = (typeof ECR_CHECK_MODES)[number];

/** What `keep-versions` asks for: keep this many newest CREATED versions, retire the others. */
export interface Retention {
  readonly keepVersions: number;
  /** The grace period: versions younger than this are never retired and use no slot. */
  readonly keepYoungerThanMs: number;
  /** The same as given (`24h`, `7d`), for messages. */
  readonly keepYoungerThan: string;
  readonly action: RetentionAction;
}

/** The fields of CreateImageVersion other than the image, base image, aliases and token. */
export interface VersionMetadata {
  readonly vendorGuidance?: VendorGuidance;
  readonly jobType?: JobType;
  readonly mlFramework?: string;
  readonly programmingLang?: string;
  readonly processor?: Processor;
  readonly horovod?: boolean;
  readonly releaseNotes?: string;
}

/** What CreateImage needs when `create-image` is on. */
export interface NewImage {
  readonly roleArn: string;
  readonly displayName?: string;
  readonly description?: string;
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
}

export interface Inputs {
  readonly imageName: string;
  readonly baseImage: string;
  /** The user's override; when absent the token is derived from the run. */
  readonly clientToken?: string;
  readonly region: string;
  readonly aliases: readonly string[];
  readonly metadata: VersionMetadata;
  readonly maxAttempts: number;
  readonly httpTimeoutSeconds: number;
  readonly waitForCreated: boolean;
  readonly waitTimeoutSeconds: number;
  readonly waitMaxDelaySeconds: number;
  /** Present when `create-image` is on. */
  readonly newImage?: NewImage;
  readonly skipIfUnchanged: boolean;
  readonly moveAliases: boolean;
  /** Whether aliases and Studio pins may go from a higher version to a lower one. */
  readonly allowRollback: boolean;
  readonly dryRun: boolean;
  readonly maskAccountId: boolean;
  /** The image checks: `strict` stops on a problem, `warn` only says it, `off` reads nothing. */
  readonly preflight: PreflightMode;
  /**
   * The ECR check of the images behind versions in use (retention) and of the version Studio pins:
   * `warn` says what it finds, `strict` also fails retention once it is done, `off` reads nothing.
   */
  readonly ecrCheck: EcrCheckMode;
  /** Present when `keep-versions` is set. */
  readonly retention?: Retention;
  /** Present when `studio-domain-ids` is set, or the launch test needs the AppImageConfig. */
  readonly studio?: StudioInputs;
  /** Present when `launch-test-user-profile` is set. */
  readonly launchTest?: LaunchTestInputs;
}

export type InputsResult =
  | { readonly ok: true; readonly inputs: Inputs; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Inputs that only CreateImage uses: validated always, warned about when `create-image` is off. */
export const NEW_IMAGE_INPUTS = [
  'role-arn',
  'image-display-name',
  'image-description',
  'image-tags',
] as const;

export type { InputReader } from './reader.js';
export { readList } from './reader.js';

export function parseInputs(readInput: InputReader, env: NodeJS.ProcessEnv): InputsResult {
  const inputs = checkedInputs(readInput);
  const { problems } = inputs;
  const warnings: string[] = [];
  const imageName = inputs.required('image-name');
  const baseImage = inputs.required('base-image');
  const clientToken = inputs.optional('client-token');
  const region = readRegion(readInput, env, problems);
  const aliases = [...new Set(inputs.list('aliases'))];
  const metadata = readMetadata(inputs);
  const waitForCreated = inputs.flag('wait-for-created');
  const moveAliases = inputs.flag('move-aliases');
  if (moveAliases && !waitForCreated) {
    problems.push(
      'Input `move-aliases` needs `wait-for-created: true`: aliases move only once the new version is CREATED.',
    );
  }
  const newImage = readNewImage(inputs, warnings);
  const retention = readRetention(inputs, waitForCreated);
  const mismatch = regionMismatch(baseImage, region);
  if (mismatch !== undefined) warnings.push(mismatch);
  const studio = readStudioInputs({
    ...inputs,
    imageName,
    waitForCreated,
    launchTest: launchTestRequested(inputs),
  });
  const launchTest = readLaunchTestInputs({
    ...inputs,
    waitForCreated,
    studioDomainIds: studio?.domainIds ?? [],
    warnings,
  });
  const parsed = withoutUndefined<Inputs>({
    imageName,
    baseImage,
    clientToken,
    region,
    aliases,
    metadata,
    maxAttempts: inputs.integer('max-attempts'),
    httpTimeoutSeconds: inputs.integer('http-timeout-seconds'),
    waitForCreated,
    waitTimeoutSeconds: inputs.integer('wait-timeout-seconds'),
    waitMaxDelaySeconds: inputs.integer('wait-max-delay-seconds'),
    newImage,
    skipIfUnchanged: inputs.flag('skip-if-unchanged'),
    moveAliases,
    allowRollback: inputs.flag('allow-rollback'),
    dryRun: inputs.flag('dry-run'),
    maskAccountId: inputs.flag('mask-aws-account-id'),
    preflight: inputs.withDefault('preflight').toLowerCase() as PreflightMode,
    ecrCheck: readEcrCheck(inputs),
    retention,
    studio,
    launchTest,
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, inputs: parsed, warnings };
}

function readMetadata(inputs: CheckedInputs): VersionMetadata {
  const horovod = inputs.optional('horovod');
  return withoutUndefined<VersionMetadata>({
    vendorGuidance: inputs.upperCase<VendorGuidance>('vendor-guidance'),
    jobType: inputs.upperCase<JobType>('job-type'),
    mlFramework: inputs.optional('ml-framework'),
    programmingLang: inputs.optional('programming-lang'),
    processor: inputs.upperCase<Processor>('processor'),
    horovod: horovod === undefined ? undefined : isTrue(horovod),
    releaseNotes: inputs.oneLineText('release-notes'),
  });
}

/** Read and checked whether or not create-image is on, so a mistake shows before it matters. */
function readNewImage(inputs: CheckedInputs, warnings: string[]): NewImage | undefined {
  const { raw, problems } = inputs;
  const createImage = inputs.flag('create-image');
  const roleArn = inputs.optional('role-arn');
  if (createImage && raw('role-arn') === '') {
    problems.push(
      'Input `role-arn` is required when `create-image` is true: CreateImage needs the role SageMaker uses to pull from ECR.',
    );
  }
  const tagLines = readList(raw('image-tags'));
  if (tagLines.length > MAX_IMAGE_TAGS) {
    problems.push(
      `Input \`image-tags\` must list at most ${MAX_IMAGE_TAGS} tags (got ${tagLines.length}).`,
    );
  }
  const tags = tagLines
    .map(trimAroundEquals)
    .map((line) => inputs.checked('image-tags', line))
    .filter((line): line is string => line !== undefined)
    .map((line) => {
      const separator = line.indexOf('=');
      return { Key: line.slice(0, separator), Value: line.slice(separator + 1) };
    });
  const displayName = inputs.optional('image-display-name');
  const description = inputs.optional('image-description');
  const unused = NEW_IMAGE_INPUTS.filter((name) => raw(name) !== '');
  if (!createImage && unused.length > 0) {
    warnings.push(
      `${unused.map((name) => `\`${name}\``).join(', ')} ${unused.length === 1 ? 'is' : 'are'} ` +
        'used only with `create-image: true`, which is off: ignored.',
    );
  }
  if (!createImage || roleArn === undefined) return undefined;
  return withoutUndefined<NewImage>({ roleArn, displayName, description, tags });
}

function readRetention(inputs: CheckedInputs, waitForCreated: boolean): Retention | undefined {
  const keepVersions = inputs.optional('keep-versions');
  const action = inputs.withDefault('retention-action').toLowerCase() as RetentionAction;
  const keepYoungerThan = inputs.withDefault('keep-younger-than');
  const keepYoungerThanMs = durationMs(keepYoungerThan) ?? 0;
  if (keepVersions === undefined) return undefined;
  if (!waitForCreated) {
    inputs.problems.push(
      "Input `keep-versions` needs `wait-for-created: true`: versions are retired only once this run's version is CREATED.",
    );
  }
  return { keepVersions: Number(keepVersions), keepYoungerThan, keepYoungerThanMs, action };
}

/** `ecr-check`, read with the retention inputs: retention and the Studio step both use it. */
function readEcrCheck(inputs: CheckedInputs): EcrCheckMode {
  return inputs.withDefault('ecr-check').toLowerCase() as EcrCheckMode;
}

/** A warning when the ECR repository is in another region than the SageMaker image. */
function regionMismatch(baseImage: string, region: string): string | undefined {
  const imageRegion = ecrRegionOf(baseImage);
  if (imageRegion === undefined || region === '' || imageRegion === region) return undefined;
  return (
    `The base image's ECR repository is in ${imageRegion}, but the SageMaker image is in ` +
    `${region}: SageMaker pulls from a repository in the image's own region, so the version ` +
    `will most likely end CREATE_FAILED. Push the image to ECR in ${region}, or set \`aws-region\` to ${imageRegion}.`
  );
}

function readRegion(readInput: InputReader, env: NodeJS.ProcessEnv, problems: string[]): string {
  const fromInput = readInput('aws-region');
  const [source, value] =
    fromInput !== ''
      ? ['Input `aws-region`', fromInput]
      : env.AWS_REGION
        ? ['AWS_REGION', env.AWS_REGION.trim()]
        : env.AWS_DEFAULT_REGION
          ? ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION.trim()]
          : [undefined, ''];
  if (source === undefined) {
    problems.push(
      'No AWS region: set input `aws-region`, or AWS_REGION (aws-actions/configure-aws-credentials sets it).',
    );
    return '';
  }
  const problem = RULES['aws-region'].check(value);
  if (problem !== undefined) problems.push(`${source} ${problem}: ${quoteForLog(value)}.`);
  return value;
}

/** `key = value` → `key=value`: spaces around the first `=` are layout, not part of the tag. */
export function trimAroundEquals(line: string): string {
  const separator = line.indexOf('=');
  if (separator < 0) return line;
  return `${line.slice(0, separator).trim()}=${line.slice(separator + 1).trim()}`;
}
