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
  /** What a value that breaks the pattern is told, when "must be <patternRule>" reads badly. */
  readonly patternProblem?: string;
}

// Control characters (C0, DEL, C1) and Unicode line/paragraph separators: never valid in any input.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

function textRule({ min, max, pattern, patternRule, patternProblem }: TextRuleSpec): Rule {
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
      if (pattern !== undefined && !pattern.test(value))
        return patternProblem ?? `must be ${patternRule ?? rule}`;
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

/** An enumeration of the action's own (lower-case) words, accepted in any case. */
function lowerCaseEnumRule(values: readonly string[]): Rule {
  const rule = `one of ${values.join(', ')} (any case)`;
  return {
    rule,
    check: (value) => (values.includes(value.toLowerCase()) ? undefined : `must be ${rule}`),
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

const HOUR_MS = 3_600_000;

/** A duration in whole hours or days (`36h`, `7d`), from `min` to `max` milliseconds. */
function durationRule(minMs: number, maxMs: number, minText: string, maxText: string): Rule {
  const rule = `a number of hours or days such as \`36h\` or \`7d\` (any case), from ${minText} to ${maxText}`;
  return {
    rule,
    check(value) {
      const ms = durationMs(value);
      return ms === undefined || ms < minMs || ms > maxMs ? `must be ${rule}` : undefined;
    },
  };
}

/** `36h` (or `36H`, any case like every enumeration) → 129600000; undefined for anything else. Pure. */
export function durationMs(value: string): number | undefined {
  const match = /^(\d{1,6})([hd])$/i.exec(value);
  if (match === null) return undefined;
  return Number(match[1]) * HOUR_MS * (match[2]?.toLowerCase() === 'd' ? 24 : 1);
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

/** Like enumRule, for values spelled in mixed case (`JupyterLab`): any case is accepted. */
function namedValueRule(values: readonly string[]): Rule {
  const rule = `one of ${values.join(', ')} (any case)`;
  return {
    rule,
    check: (value) =>
      values.some((v) => v.toLowerCase() === value.toLowerCase()) ? undefined : `must be ${rule}`,
  };
}

export const VENDOR_GUIDANCE = ['NOT_PROVIDED', 'STABLE', 'TO_BE_ARCHIVED', 'ARCHIVED'] as const;
export const JOB_TYPES = ['TRAINING', 'INFERENCE', 'NOTEBOOK_KERNEL'] as const;
export const PROCESSORS = ['CPU', 'GPU'] as const;
/** What retention does to a version it retires (the action's own words, not an API enum). */
export const RETENTION_ACTIONS = ['delete', 'archive'] as const;
export const STUDIO_APP_TYPES = ['JupyterLab', 'CodeEditor', 'KernelGateway'] as const;
export type StudioAppType = (typeof STUDIO_APP_TYPES)[number];
export const STUDIO_SETTINGS_LEVELS = ['user', 'space'] as const;
/** Which user profiles' own image lists get this image (the action's own words). */
export const STUDIO_USER_PROFILES = ['none', 'all'] as const;
/** What the image checks do with a problem they find (src/preflight/). */
export const PREFLIGHT_MODES = ['strict', 'warn', 'off'] as const;
/** What the ECR check does with an image in use that cannot be pulled (src/core/ecr-check.ts). */
export const ECR_CHECK_MODES = ['warn', 'strict', 'off'] as const;
/** The least severity that fails `./compare` (the action's own words; `none` never fails). */
export const FAIL_ON_LEVELS = ['none', 'critical', 'high', 'medium', 'low'] as const;
/** Whether `./compare` writes its pull-request comment. */
export const COMMENT_MODES = ['auto', 'off'] as const;

// An ECR image reference: <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]/<repository> followed
// by :<tag> or @sha256:<digest>. Repository and tag grammars are ECR's and Docker's.
const ECR_REGISTRY = String.raw`(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d{1,2})\.amazonaws\.com(?:\.cn)?`;
const ECR_REPOSITORY = String.raw`(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*`;
const TAG = String.raw`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`;
const DIGEST = String.raw`sha256:[0-9a-f]{64}`;
/** Groups: account, region, repository, then the tag or the digest. */
export const ECR_IMAGE_URI = new RegExp(
  `^${ECR_REGISTRY}/(${ECR_REPOSITORY})(?::(${TAG})|@(${DIGEST}))$`,
);

const baseImageText = textRule({ min: 1, max: 255 });
const ECR_IMAGE_SHAPE =
  'an ECR image `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>` with `:<tag>` or `@sha256:<64 hex>`';
const ECR_HOST = new RegExp(`^${ECR_REGISTRY}/`);

/** Which rule a base image that is not a valid ECR reference breaks, most specific first. Pure. */
function baseImageProblem(value: string): string {
  if (value.startsWith('public.ecr.aws/')) {
    return "must be a private ECR repository (`<account>.dkr.ecr.<region>.amazonaws.com/...`): SageMaker cannot use ECR Public (`public.ecr.aws`); push the image to a private repository in the image's region";
  }
  if (!ECR_HOST.test(value)) {
    return `must be ${ECR_IMAGE_SHAPE}; SageMaker takes images from private ECR only, not Docker Hub or other registries`;
  }
  const path = value.slice(value.indexOf('/') + 1);
  if (path.endsWith('@')) {
    return "ends with `@` and no digest: the digest was empty (an empty `${{ steps.build.outputs.digest }}` gives this: give docker/build-push-action `push: true` and an `id`, and read that step's output)";
  }
  if (/:[^/@]*@/.test(path)) {
    return 'must have a tag or a digest, not both (`repo:tag@sha256:...`): keep only `@sha256:<digest>`';
  }
  if (!/[:@]/.test(path)) {
    return 'must name a tag (`:<tag>`) or a digest (`@sha256:<64 hex>`) after the repository';
  }
  if (path.includes('@') && !/@sha256:[0-9a-f]{64}$/.test(path)) {
    return 'must have a digest of the form `@sha256:<64 lower-case hex>`';
  }
  return `must be ${ECR_IMAGE_SHAPE}`;
}

const baseImageRule: Rule = {
  rule: `1–255 characters, ${ECR_IMAGE_SHAPE}`,
  check(value) {
    const textProblem = baseImageText.check(value);
    if (textProblem !== undefined) return textProblem;
    if (ECR_IMAGE_URI.test(value)) return undefined;
    return baseImageProblem(value);
  },
};

/** The region of an ECR base image reference, if it is one. Pure. */
export function ecrRegionOf(baseImage: string): string | undefined {
  return ECR_HOST.exec(baseImage)?.[2];
}

// The shape of the ARN SageMaker gives an image version (names in lower case); src/aws/arn.ts reads it.
const IMAGE_VERSION_ARN_SHAPE =
  /^arn:aws(?:-[a-z0-9]+)*:sagemaker:[a-z0-9-]+:\d{12}:image-version\/[a-z0-9](?:[-.]?[a-z0-9])*\/\d+$/;

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
    patternProblem:
      'must hold only letters, digits, `-`, `_` and `.` in each alias, not starting with `.` or `-`',
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
    patternProblem: 'must not start or end with a space',
  }),
  'image-description': textRule({ min: 1, max: 512 }),
  'image-tags': textRule({
    min: 1,
    max: 385,
    pattern: /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/+\-@]{1,128}=[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u,
    patternRule:
      'one `key=value` per line, at most 50; key 1–128 and value 0–256 letters, digits, spaces and `_.:/=+-@`; key not starting with `aws:`',
    patternProblem:
      'must have one `key=value` per line, the key 1–128 and the value 0–256 letters, digits, spaces and `_.:/=+-@`, the key not starting with `aws:`',
  }),
  'skip-if-unchanged': booleanRule,
  'move-aliases': booleanRule,
  'allow-rollback': booleanRule,
  'dry-run': booleanRule,
  'mask-aws-account-id': booleanRule,
  // The image checks (src/preflight/): the base image read from ECR before anything is written.
  preflight: lowerCaseEnumRule(PREFLIGHT_MODES),
  // Retention
  // At least 1: this run's version is always kept. At most 1000: a larger number is a typo, not a
  // policy (it would keep every version of any image seen so far).
  'keep-versions': integerRule(1, 1000),
  'retention-action': lowerCaseEnumRule(RETENTION_ACTIONS),
  // At least an hour: a run that retires what another run made minutes ago races it.
  'keep-younger-than': durationRule(HOUR_MS, 3650 * 24 * HOUR_MS, '`1h`', '`3650d`'),
  // `./retire`'s ECR check (src/retire/ecr-guard.ts): the images behind versions in use, read in ECR.
  'ecr-check': lowerCaseEnumRule(ECR_CHECK_MODES),

  // The version the ./launch-test and ./studio entry points take: what ./ put out as its output.
  'image-version-arn': {
    rule: 'an image version ARN `arn:<partition>:sagemaker:<region>:<account>:image-version/<name>/<n>` (the `image-version-arn` output of `./`)',
    check: (value) =>
      IMAGE_VERSION_ARN_SHAPE.test(value)
        ? undefined
        : 'must be an image version ARN `arn:aws:sagemaker:<region>:<account>:image-version/<name>/<n>`, as `./` outputs it',
  },

  // Studio: releasing the version to SageMaker Studio domains (src/studio/). The rules between
  // inputs are in src/inputs/studio-inputs.ts; the app-image-config document's, in
  // src/inputs/app-image-config-shape.ts.
  'domain-ids': textRule({
    min: 3,
    max: 63,
    pattern: /^d-(?:-*[a-z0-9]){1,61}$/,
    patternRule: 'each `d-` and then lower-case letters, digits and `-`',
  }),
  // A document, or the path of one: parseAppImageConfig (app-image-config.ts) checks it whole, as
  // only it can read the file; this row gives the rule its words and lets any value through.
  'app-image-config': {
    rule: "a path to a YAML or JSON file in the workspace, or the document itself, in the shape of CreateAppImageConfig's request",
    check: () => undefined,
  },
  'pin-version': booleanRule,
  'settings-levels': namedValueRule(STUDIO_SETTINGS_LEVELS),
  'app-image-config-name': textRule({
    min: 1,
    max: 63,
    pattern: /^[a-zA-Z0-9](?:-*[a-zA-Z0-9])*$/,
    patternRule: 'letters, digits and `-`, starting and ending with a letter or digit (no `.`)',
  }),
  // The launch test (src/launch-test/): the version started for real, in a private space of a user
  // profile kept for CI, before anything is released. The rules between inputs are in
  // src/inputs/launch-inputs.ts.
  'user-profile': textRule({
    min: 1,
    max: 63,
    pattern: /^[a-zA-Z0-9](?:-*[a-zA-Z0-9])*$/,
    patternRule: 'letters, digits and `-`, starting and ending with a letter or digit',
  }),
  'domain-id': textRule({
    min: 3,
    max: 63,
    pattern: /^d-(?:-*[a-z0-9]){1,61}$/,
    patternRule: '`d-` and then lower-case letters, digits and `-`',
  }),
  // The shape only: SageMaker's list of instance types grows (ml.p6e-gb200.36xlarge), and CreateApp
  // names a type the region lacks.
  'instance-type': textRule({
    min: 1,
    max: 64,
    pattern: /^ml\.[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+$/,
    patternRule: 'an instance type `ml.<family>.<size>` such as `ml.t3.medium`',
  }),
  // At most an hour: a start that takes longer is a broken image, not a slow one (pulling even a
  // large image takes minutes).
  'timeout-seconds': integerRule(1, 3600),
  // Studio users with their own image list (src/studio/profiles.ts).
  'user-profiles': lowerCaseEnumRule(STUDIO_USER_PROFILES),
  // ./compare (src/compare/): what users will get against what they run now (`domain-ids` and
  // `app-image-config` above, as ./studio takes them).
  'fail-on': lowerCaseEnumRule(FAIL_ON_LEVELS),
  'vulnerability-ignore': textRule({
    min: 1,
    max: 1024,
    pattern: /^[^*?[\]]+$/,
    patternRule: 'the path of a YAML file in the workspace (no wildcards)',
  }),
  // At most six hours, the longest a job may run on GitHub's runners; 0 reads what is there.
  'scan-wait-seconds': integerRule(0, 21600),
  comment: lowerCaseEnumRule(COMMENT_MODES),
  // Never echoed: a problem names its length only (see compare-inputs.ts).
  'github-token': textRule({ min: 1, max: 2048 }),
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
  preflight: 'strict',
  // Retention
  'retention-action': 'delete',
  'keep-younger-than': '24h',
  'allow-rollback': 'false',
  'ecr-check': 'warn',

  // Studio
  'pin-version': 'true',
  // The launch test
  'instance-type': 'ml.t3.medium',
  'timeout-seconds': '900',
  'user-profiles': 'none',
  // ./compare
  'fail-on': 'none',
  'scan-wait-seconds': '900',
  comment: 'auto',
} as const satisfies Partial<Record<RuleName, string>>;

/** How many tags CreateImage takes. */
export const MAX_IMAGE_TAGS = 50;
