// Action inputs → one typed, validated object. Pure: the input reader and environment are passed in.
import {
  DEFAULTS,
  MAX_IMAGE_TAGS,
  RULES,
  TRUE_WORDS,
  ecrRegionOf,
  type JOB_TYPES,
  type PROCESSORS,
  type RETENTION_ACTIONS,
  type Rule,
  type RuleName,
  type VENDOR_GUIDANCE,
} from './rules.js';
import { quoteForLog } from '../common/log-safe.js';
import { withoutUndefined } from '../common/objects.js';
import { readStudioInputs, type StudioInputs } from './studio-inputs.js';

export type VendorGuidance = (typeof VENDOR_GUIDANCE)[number];
export type JobType = (typeof JOB_TYPES)[number];
export type Processor = (typeof PROCESSORS)[number];
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

/** What `keep-versions` asks for: keep this many newest CREATED versions, retire the others. */
export interface Retention {
  readonly keepVersions: number;
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
  readonly dryRun: boolean;
  readonly maskAccountId: boolean;
  /** Present when `keep-versions` is set. */
  readonly retention?: Retention;
  /** Present when `studio-domain-ids` is set. */
  readonly studio?: StudioInputs;
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

/** Reads one input by its action.yml name, trimmed, '' when unset (core.getInput's contract). */
export type InputReader = (name: string) => string;

export function parseInputs(readInput: InputReader, env: NodeJS.ProcessEnv): InputsResult {
  const problems: string[] = [];
  const warnings: string[] = [];

  const checked = (name: RuleName, value: string, rule: Rule = RULES[name]): string | undefined => {
    if (value === '') return undefined;
    const problem = rule.check(value);
    if (problem === undefined) return value;
    problems.push(`Input \`${name}\` ${problem}: ${quoteForLog(value)}.`);
    return undefined;
  };
  const required = (name: RuleName): string => {
    const value = readInput(name);
    if (value === '') problems.push(`Input \`${name}\` is required and was empty.`);
    return checked(name, value) ?? '';
  };
  const optional = (name: RuleName): string | undefined => checked(name, readInput(name));
  const withDefault = (name: keyof typeof DEFAULTS): string =>
    checked(name, readInput(name) || DEFAULTS[name]) ?? DEFAULTS[name];
  const integer = (name: keyof typeof DEFAULTS): number => Number(withDefault(name));
  const flag = (name: keyof typeof DEFAULTS): boolean => isTrue(withDefault(name));
  const upperCase = <T extends string>(name: RuleName): T | undefined =>
    optional(name)?.toUpperCase() as T | undefined;
  /** Free text that must be one line; a line break gets its own message (a commit message has several). */
  const oneLineText = (name: RuleName): string | undefined => {
    const value = readInput(name);
    const lines = value.split(/\r\n|\r|\n/).length;
    if (lines === 1) return checked(name, value);
    problems.push(
      `Input \`${name}\` must be one line (got ${lines} lines): a commit message usually has ` +
        'several, so pass its first line (see "Release notes from a commit" in the README).',
    );
    return undefined;
  };
  const list = (name: RuleName): string[] =>
    readList(readInput(name))
      .map((item) => checked(name, item))
      .filter((item): item is string => item !== undefined);

  const imageName = required('image-name');
  const baseImage = required('base-image');
  const clientToken = optional('client-token');
  const region = readRegion(readInput, env, problems);
  const aliases = [...new Set(list('aliases'))];
  const horovod = optional('horovod');
  const metadata = withoutUndefined<VersionMetadata>({
    vendorGuidance: upperCase<VendorGuidance>('vendor-guidance'),
    jobType: upperCase<JobType>('job-type'),
    mlFramework: optional('ml-framework'),
    programmingLang: optional('programming-lang'),
    processor: upperCase<Processor>('processor'),
    horovod: horovod === undefined ? undefined : isTrue(horovod),
    releaseNotes: oneLineText('release-notes'),
  });

  const waitForCreated = flag('wait-for-created');
  const moveAliases = flag('move-aliases');
  if (moveAliases && !waitForCreated) {
    problems.push(
      'Input `move-aliases` needs `wait-for-created: true`: aliases move only once the new version is CREATED.',
    );
  }
  // Read and checked whether or not create-image is on, so a mistake shows before it matters.
  const createImage = flag('create-image');
  const newImage = readNewImage();
  const unused = NEW_IMAGE_INPUTS.filter((name) => readInput(name) !== '');
  if (!createImage && unused.length > 0) {
    warnings.push(
      `${unused.map((name) => `\`${name}\``).join(', ')} ${unused.length === 1 ? 'is' : 'are'} ` +
        'used only with `create-image: true`, which is off: ignored.',
    );
  }
  const retention = readRetention();

  function readRetention(): Retention | undefined {
    const keepVersions = optional('keep-versions');
    const action = withDefault('retention-action').toLowerCase() as RetentionAction;
    if (keepVersions === undefined) return undefined;
    if (!waitForCreated) {
      problems.push(
        "Input `keep-versions` needs `wait-for-created: true`: versions are retired only once this run's version is CREATED.",
      );
    }
    return { keepVersions: Number(keepVersions), action };
  }

  function readNewImage(): NewImage | undefined {
    const roleArn = optional('role-arn');
    if (createImage && readInput('role-arn') === '') {
      problems.push(
        'Input `role-arn` is required when `create-image` is true: CreateImage needs the role SageMaker uses to pull from ECR.',
      );
    }
    const tagLines = readList(readInput('image-tags'));
    if (tagLines.length > MAX_IMAGE_TAGS) {
      problems.push(
        `Input \`image-tags\` must list at most ${MAX_IMAGE_TAGS} tags (got ${tagLines.length}).`,
      );
    }
    const tags = tagLines
      .map(trimAroundEquals)
      .map((line) => checked('image-tags', line))
      .filter((line): line is string => line !== undefined)
      .map((line) => {
        const separator = line.indexOf('=');
        return { Key: line.slice(0, separator), Value: line.slice(separator + 1) };
      });
    const displayName = optional('image-display-name');
    const description = optional('image-description');
    if (!createImage || roleArn === undefined) return undefined;
    return withoutUndefined<NewImage>({ roleArn, displayName, description, tags });
  }

  const imageRegion = ecrRegionOf(baseImage);
  if (imageRegion !== undefined && region !== '' && imageRegion !== region) {
    warnings.push(
      `The base image's ECR repository is in ${imageRegion}, but the SageMaker image is in ` +
        `${region}: SageMaker pulls from a repository in the image's own region, so the version ` +
        `will most likely end CREATE_FAILED. Push the image to ECR in ${region}, or set \`aws-region\` to ${imageRegion}.`,
    );
  }

  const studio = readStudioInputs({
    ...{ readInput, checked, optional, withDefault, flag, problems },
    ...{ imageName, waitForCreated },
  });

  const inputs = withoutUndefined<Inputs>({
    imageName,
    baseImage,
    clientToken,
    region,
    aliases,
    metadata,
    maxAttempts: integer('max-attempts'),
    httpTimeoutSeconds: integer('http-timeout-seconds'),
    waitForCreated,
    waitTimeoutSeconds: integer('wait-timeout-seconds'),
    waitMaxDelaySeconds: integer('wait-max-delay-seconds'),
    newImage,
    skipIfUnchanged: flag('skip-if-unchanged'),
    moveAliases,
    dryRun: flag('dry-run'),
    maskAccountId: flag('mask-aws-account-id'),
    retention,
    studio,
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, inputs, warnings };
}

function isTrue(value: string): boolean {
  return (TRUE_WORDS as readonly string[]).includes(value);
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

/** Splits a list input on newlines and commas, dropping blanks. */
export function readList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
