// What every entry point reads the same way: the region (the input, else the environment
// configure-aws-credentials sets), `dry-run`, `mask-aws-account-id`, and the settings of the SageMaker
// session, which only `./` takes as inputs (the other entry points use the same defaults).
import { quoteForLog } from '../common/log-safe.js';
import { DEFAULTS, RULES } from './rules.js';
import type { CheckedInputs } from './reader.js';

export interface CommonInputs {
  readonly region: string;
  readonly dryRun: boolean;
  readonly maskAccountId: boolean;
}

/** What a SageMaker session needs besides the common inputs: the image and its time limits. */
/**
 * The inputs of an entry point that AWS error advice may name: advice names only inputs the step at
 * hand has (`./studio` has no `max-attempts`, `./launch-test` has `domain-id`, not `domain-ids`).
 */
export interface EntryAdvice {
  /** The input that names Studio domains. */
  readonly domains?: string;
  /** The inputs that name a user profile and its domain. */
  readonly profile?: string;
  /** The input that raises the SDK's attempts. */
  readonly attempts?: string;
}

export interface SessionInputs extends CommonInputs {
  readonly imageName: string;
  /** What AWS error advice may name; nothing when absent. */
  readonly advice?: EntryAdvice;
  readonly maxAttempts: number;
  readonly httpTimeoutSeconds: number;
  readonly waitTimeoutSeconds: number;
  readonly waitMaxDelaySeconds: number;
}

/** The session settings of an entry point that has no inputs for them: action.yml's defaults of `./`. */
export const SESSION_DEFAULTS = {
  maxAttempts: Number(DEFAULTS['max-attempts']),
  httpTimeoutSeconds: Number(DEFAULTS['http-timeout-seconds']),
  waitTimeoutSeconds: Number(DEFAULTS['wait-timeout-seconds']),
  waitMaxDelaySeconds: Number(DEFAULTS['wait-max-delay-seconds']),
} as const;

/** Typed inputs, or every problem found in them. */
export type ParsedInputs<T> =
  | { readonly ok: true; readonly inputs: T; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export function readCommonInputs(inputs: CheckedInputs, env: NodeJS.ProcessEnv): CommonInputs {
  return {
    region: readRegion(inputs, env),
    dryRun: inputs.flag('dry-run'),
    maskAccountId: inputs.flag('mask-aws-account-id'),
  };
}

/** The parsed inputs, or their problems: the end of every entry point's parser. */
export function parsed<T>(
  inputs: CheckedInputs,
  value: T,
  warnings: readonly string[],
): ParsedInputs<T> {
  return inputs.problems.length > 0
    ? { ok: false, problems: inputs.problems }
    : { ok: true, inputs: value, warnings };
}

/** The region: the input, else AWS_REGION, else AWS_DEFAULT_REGION; a problem when none. */
export function readRegion({ raw, problems }: CheckedInputs, env: NodeJS.ProcessEnv): string {
  const fromInput = raw('aws-region');
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
