// The API's constraints on each action input, in one table. Validation uses `check`; the README's
// inputs table states each `rule` word for word (a test holds the two together).

export interface Rule {
  /** The rule in words, as the README states it. */
  readonly rule: string;
  /** Returns what is wrong with a non-empty value, or undefined when it is valid. */
  readonly check: (value: string) => string | undefined;
}

interface TextRuleSpec {
  readonly min: number;
  readonly max: number;
  readonly pattern?: RegExp;
  readonly patternRule?: string;
}

// Control characters (C0, DEL, C1) and Unicode line/paragraph separators: never valid in any input.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

function textRule({ min, max, pattern, patternRule }: TextRuleSpec): Rule {
  // Stryker disable next-line StringLiteral: no input has a fixed length (yet)
  const lengthRule = min === max ? `${min} characters` : `${min}–${max} characters`;
  const rule = patternRule === undefined ? lengthRule : `${lengthRule}, ${patternRule}`;
  return {
    rule,
    check(value) {
      const length = [...value].length;
      if (length < min || length > max) return `must be ${lengthRule} (got ${length})`;
      if (CONTROL_CHARACTERS.test(value))
        return 'must not contain control characters or line breaks';
      if (pattern !== undefined && !pattern.test(value)) return `must be ${patternRule ?? rule}`;
      return undefined;
    },
  };
}

function enumRule(values: readonly string[]): Rule {
  const rule = `one of ${values.join(', ')} (any case)`;
  return {
    rule,
    check: (value) => (values.includes(value.toUpperCase()) ? undefined : `must be ${rule}`),
  };
}

function integerRule(min: number, max: number, unit = ''): Rule {
  const rule = `a whole number from ${min} to ${max}${unit}`;
  return {
    rule,
    check(value) {
      if (!/^\d{1,9}$/.test(value)) return `must be ${rule}`;
      const n = Number(value);
      return n < min || n > max ? `must be ${rule}` : undefined;
    },
  };
}

// The YAML 1.2 core-schema spellings that @actions/core's getBooleanInput accepts.
export const TRUE_WORDS = ['true', 'True', 'TRUE'] as const;
export const FALSE_WORDS = ['false', 'False', 'FALSE'] as const;

const booleanRule: Rule = {
  rule: '`true` or `false`',
  check: (value) =>
    [...TRUE_WORDS, ...FALSE_WORDS].includes(value as 'true')
      ? undefined
      : 'must be `true` or `false`',
};

export const VENDOR_GUIDANCE = ['NOT_PROVIDED', 'STABLE', 'TO_BE_ARCHIVED', 'ARCHIVED'] as const;
export const JOB_TYPES = ['TRAINING', 'INFERENCE', 'NOTEBOOK_KERNEL'] as const;
export const PROCESSORS = ['CPU', 'GPU'] as const;

// An ECR image reference: <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]/<repository> followed
// by :<tag> or @sha256:<digest>. Repository and tag grammars are ECR's and Docker's.
const ECR_REGISTRY = String.raw`(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d{1,2})\.amazonaws\.com(?:\.cn)?`;
const ECR_REPOSITORY = String.raw`(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*`;
const TAG = String.raw`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`;
const DIGEST = String.raw`sha256:[0-9a-f]{64}`;
const ECR_IMAGE_URI = new RegExp(`^${ECR_REGISTRY}/(${ECR_REPOSITORY})(?::(${TAG})|@(${DIGEST}))$`);

const baseImageText = textRule({ min: 1, max: 255 });
const baseImageRule: Rule = {
  rule: '1–255 characters, an ECR image `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>` with `:<tag>` or `@sha256:<64 hex>`',
  check(value) {
    const textProblem = baseImageText.check(value);
    if (textProblem !== undefined) return textProblem;
    if (ECR_IMAGE_URI.test(value)) return undefined;
    if (!/[:@]/.test(value.slice(value.indexOf('/') + 1)))
      return 'must name a tag (`:<tag>`) or a digest (`@sha256:<64 hex>`) after the repository';
    return 'must be an ECR image `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>` with `:<tag>` or `@sha256:<64 hex>`';
  },
};

const NAME_PATTERN_RULE = 'letters, digits, and single `-` or `.` between them';

/** Rules keyed by the action's input names. */
export const RULES = {
  'image-name': textRule({
    min: 1,
    max: 63,
    pattern: /^[a-zA-Z0-9](?:[-.]?[a-zA-Z0-9])*$/,
    patternRule: NAME_PATTERN_RULE,
  }),
  'base-image': baseImageRule,
  'client-token': textRule({
    min: 1,
    max: 36,
    pattern: /^[a-zA-Z0-9-]+$/,
    patternRule: 'letters, digits and `-`',
  }),
  'aws-region': textRule({
    min: 1,
    max: 32,
    pattern: /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/,
    patternRule: 'a region code such as `us-east-1`',
  }),
  aliases: textRule({
    min: 1,
    max: 128,
    pattern: /^[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/,
    patternRule: 'each letters, digits, `-`, `_` and `.`, not starting with `.` or `-`',
  }),
  'vendor-guidance': enumRule(VENDOR_GUIDANCE),
  'job-type': enumRule(JOB_TYPES),
  'ml-framework': textRule({
    min: 1,
    max: 128,
    pattern: /^[a-zA-Z]+ ?\d+\.\d+(?:\.\d+)?$/,
    patternRule: 'a name and a version such as `PyTorch 2.3`',
  }),
  'programming-lang': textRule({
    min: 1,
    max: 128,
    pattern: /^[a-zA-Z]+ ?\d+\.\d+(?:\.\d+)?$/,
    patternRule: 'a name and a version such as `Python 3.11`',
  }),
  processor: enumRule(PROCESSORS),
  horovod: booleanRule,
  'release-notes': textRule({ min: 1, max: 255 }),
  'max-attempts': integerRule(1, 10),
  'http-timeout-seconds': integerRule(1, 600),
  'wait-for-created': booleanRule,
  'wait-timeout-seconds': integerRule(1, 21600),
  'wait-max-delay-seconds': integerRule(1, 300),
  'create-image': booleanRule,
  'role-arn': textRule({
    min: 20,
    max: 2048,
    pattern: /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/,
    patternRule: 'an IAM role ARN `arn:aws:iam::<account>:role/<name>`',
  }),
  'image-display-name': textRule({
    min: 1,
    max: 128,
    pattern: /^\S(?:.*\S)?$/u,
    patternRule: 'no leading or trailing spaces',
  }),
  'image-description': textRule({ min: 1, max: 512 }),
  'image-tags': textRule({
    min: 1,
    max: 385,
    pattern: /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/+\-@]{1,128}=[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u,
    patternRule:
      'one `key=value` per line, at most 50; key 1–128 and value 0–256 letters, digits, spaces and `_.:/=+-@`; key not starting with `aws:`',
  }),
  'skip-if-unchanged': booleanRule,
  'move-aliases': booleanRule,
  'dry-run': booleanRule,
  'mask-aws-account-id': booleanRule,
} as const satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

/** Defaults of the optional inputs that have one; action.yml declares the same (a test checks). */
export const DEFAULTS = {
  'max-attempts': '5',
  'http-timeout-seconds': '30',
  'wait-for-created': 'true',
  'wait-timeout-seconds': '1200',
  'wait-max-delay-seconds': '5',
  'create-image': 'false',
  'skip-if-unchanged': 'false',
  'move-aliases': 'false',
  'dry-run': 'false',
  'mask-aws-account-id': 'false',
} as const satisfies Partial<Record<RuleName, string>>;

/** How many tags CreateImage takes. */
export const MAX_IMAGE_TAGS = 50;
