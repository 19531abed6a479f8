// Action inputs → one typed, validated object. Pure: the input reader and environment are passed in.
import {
  DEFAULTS,
  RULES,
  TRUE_WORDS,
  type JOB_TYPES,
  type PROCESSORS,
  type Rule,
  type RuleName,
  type VENDOR_GUIDANCE,
} from './rules.js';
import { quoteForLog } from './log-safe.js';

export type VendorGuidance = (typeof VENDOR_GUIDANCE)[number];
export type JobType = (typeof JOB_TYPES)[number];
export type Processor = (typeof PROCESSORS)[number];

/** The fields of CreateImageVersion other than the image, base image and token. */
export interface VersionMetadata {
  readonly aliases: readonly string[];
  readonly vendorGuidance?: VendorGuidance;
  readonly jobType?: JobType;
  readonly mlFramework?: string;
  readonly programmingLang?: string;
  readonly processor?: Processor;
  readonly horovod?: boolean;
  readonly releaseNotes?: string;
}

export interface Inputs {
  readonly imageName: string;
  readonly baseImage: string;
  /** The user's override; when absent the token is derived from the run. */
  readonly clientToken?: string;
  readonly region: string;
  readonly metadata: VersionMetadata;
  readonly maxAttempts: number;
  readonly httpTimeoutSeconds: number;
}

export type InputsResult =
  | { readonly ok: true; readonly inputs: Inputs }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Reads one input by its action.yml name, trimmed, '' when unset (core.getInput's contract). */
export type InputReader = (name: string) => string;

export function parseInputs(readInput: InputReader, env: NodeJS.ProcessEnv): InputsResult {
  const problems: string[] = [];

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
  const withDefault = (name: keyof typeof DEFAULTS): number =>
    Number(checked(name, readInput(name) || DEFAULTS[name]) ?? DEFAULTS[name]);
  const upperCase = <T extends string>(name: RuleName): T | undefined =>
    optional(name)?.toUpperCase() as T | undefined;

  const imageName = required('image-name');
  const baseImage = required('base-image');
  const clientToken = optional('client-token');
  const region = readRegion(readInput, env, problems);
  const aliases = readList(readInput('aliases'))
    .map((alias) => checked('aliases', alias))
    .filter((alias): alias is string => alias !== undefined);
  const horovod = optional('horovod');
  const maxAttempts = withDefault('max-attempts');
  const httpTimeoutSeconds = withDefault('http-timeout-seconds');

  const metadata = withoutUndefined<VersionMetadata>({
    aliases: [...new Set(aliases)],
    vendorGuidance: upperCase<VendorGuidance>('vendor-guidance'),
    jobType: upperCase<JobType>('job-type'),
    mlFramework: optional('ml-framework'),
    programmingLang: optional('programming-lang'),
    processor: upperCase<Processor>('processor'),
    horovod:
      horovod === undefined ? undefined : (TRUE_WORDS as readonly string[]).includes(horovod),
    releaseNotes: optional('release-notes'),
  });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    inputs: withoutUndefined<Inputs>({
      imageName,
      baseImage,
      clientToken,
      region,
      metadata,
      maxAttempts,
      httpTimeoutSeconds,
    }),
  };
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

/** Splits a list input on newlines and commas, dropping blanks. */
export function readList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Drops undefined properties, so optional fields are absent rather than undefined. */
export function withoutUndefined<T extends object>(object: {
  [K in keyof T]: T[K] | undefined;
}): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}
