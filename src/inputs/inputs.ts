// The inputs of `./` (register) → one typed, validated object. Pure: the input reader and
// environment are passed in.
import {
  MAX_IMAGE_TAGS,
  ecrRegionOf,
  type JOB_TYPES,
  type PREFLIGHT_MODES,
  type PROCESSORS,
  type VENDOR_GUIDANCE,
} from './rules.js';
import { withoutUndefined } from '../common/objects.js';
import { checkedInputs, isTrue, readList, type CheckedInputs, type InputReader } from './reader.js';
import {
  parsed,
  readCommonInputs,
  type ParsedInputs,
  type SessionInputs,
} from './common-inputs.js';
import type { AppImageConfigDocument, WorkspaceFiles } from './app-image-config.js';
import { readDocument } from './studio-inputs.js';
import { workspaceFiles } from './workspace-files.js';

export type VendorGuidance = (typeof VENDOR_GUIDANCE)[number];
export type JobType = (typeof JOB_TYPES)[number];
export type Processor = (typeof PROCESSORS)[number];
export type PreflightMode = (typeof PREFLIGHT_MODES)[number];

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

export interface Inputs extends SessionInputs {
  readonly baseImage: string;
  /**
   * `base-image` as given, when the image checks chose another reference to register (its amd64
   * image by digest): the derived ClientToken is computed from this one, so it does not depend on
   * what ECR answered this time.
   */
  readonly givenBaseImage?: string;
  /** The user's override; when absent the token is derived from the run. */
  readonly clientToken?: string;
  readonly aliases: readonly string[];
  readonly metadata: VersionMetadata;
  readonly waitForCreated: boolean;
  /** Present when `create-image` is on. */
  readonly newImage?: NewImage;
  readonly skipIfUnchanged: boolean;
  readonly moveAliases: boolean;
  /** Whether aliases and Studio pins may go from a higher version to a lower one. */
  readonly allowRollback: boolean;
  /** `app-image-config`: how Studio will run the image, for the image checks; absent when empty. */
  readonly appImageConfig?: AppImageConfigDocument;
  /** The image checks: `strict` stops on a problem, `warn` only says it, `off` reads nothing. */
  readonly preflight: PreflightMode;
}

export type InputsResult = ParsedInputs<Inputs>;

/** Inputs that only CreateImage uses: validated always, warned about when `create-image` is off. */
export const NEW_IMAGE_INPUTS = [
  'role-arn',
  'image-display-name',
  'image-description',
  'image-tags',
] as const;

import { REGISTER_IGNORED, ignoredInputWarnings } from './ignored.js';
export type { InputReader } from './reader.js';
export { readList } from './reader.js';

export function parseInputs(
  readInput: InputReader,
  env: NodeJS.ProcessEnv,
  files: WorkspaceFiles = workspaceFiles(env.GITHUB_WORKSPACE || process.cwd()),
): InputsResult {
  const inputs = checkedInputs(readInput);
  const { problems } = inputs;
  const warnings: string[] = [];
  const imageName = inputs.required('image-name');
  const baseImage = inputs.required('base-image');
  const clientToken = inputs.optional('client-token');
  const common = readCommonInputs(inputs, env);
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
  const appImageConfig =
    inputs.raw('app-image-config') === '' ? undefined : readDocument(inputs, files);
  const mismatch = regionMismatch(baseImage, common.region);
  // In `strict` mode the image checks stop the run instead (src/preflight/gate.ts).
  const strict = ['', 'strict'].includes(inputs.raw('preflight').toLowerCase());
  if (mismatch !== undefined && !strict) warnings.push(mismatch);
  warnings.push(...ignoredInputWarnings(inputs.raw, REGISTER_IGNORED));
  const value = withoutUndefined<Inputs>({
    ...common,
    imageName,
    baseImage,
    clientToken,
    aliases,
    metadata,
    maxAttempts: inputs.integer('max-attempts'),
    advice: { attempts: 'max-attempts' },
    httpTimeoutSeconds: inputs.integer('http-timeout-seconds'),
    waitForCreated,
    waitTimeoutSeconds: inputs.integer('wait-timeout-seconds'),
    waitMaxDelaySeconds: inputs.integer('wait-max-delay-seconds'),
    newImage,
    appImageConfig,
    skipIfUnchanged: inputs.flag('skip-if-unchanged'),
    moveAliases,
    allowRollback: inputs.flag('allow-rollback'),
    preflight: inputs.withDefault('preflight').toLowerCase() as PreflightMode,
  });
  return parsed(inputs, value, warnings);
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

/** `key = value` → `key=value`: spaces around the first `=` are layout, not part of the tag. */
export function trimAroundEquals(line: string): string {
  const separator = line.indexOf('=');
  if (separator < 0) return line;
  return `${line.slice(0, separator).trim()}=${line.slice(separator + 1).trim()}`;
}
