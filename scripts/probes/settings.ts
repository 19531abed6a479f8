// What the probes and the clean-up are told by the workflow (environment variables), and the
// names of everything they make. Every name starts with the run's name, `siv-it-<run id>-<attempt>`,
// so parallel or interrupted runs never touch each other's resources, and the clean-up can find
// leftovers by prefix. Pure.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.

/** A read integration/account.yml does not grant, so access-denied-names-action sees a refusal. */
export const DENIED_ON_PURPOSE = 'sagemaker:DescribeModel';

/** Every resource of every run starts with this (the clean-up's leftover search). */
export const NAME_PREFIX = 'siv-it-';

export interface ProbeSettings {
  readonly region: string;
  /** `siv-it-<run id>-<attempt>`: the test image's name, and the start of every other name. */
  readonly runName: string;
  /** The image the action made (its name is `runName`). */
  readonly imageName: string;
  /** The pushed image by digest, `<registry>/<repository>@sha256:…`. */
  readonly baseImage: string;
  /** The same image by its tag, `<registry>/<repository>:<tag>`. */
  readonly baseImageTag: string;
  /** The image's IAM role, for the probe image's CreateImage. */
  readonly roleArn: string;
  /** The AppImageConfig the action made, for CustomImages entries. */
  readonly appImageConfigName: string;
  /** The same image pushed with a provenance attestation, by tag; empty to skip. */
  readonly attestationImage: string;
  /**
   * A tiny image of this run's own, by digest, that the archive probes archive (ECR bills an
   * archived image for 90 days at least: it must be small, and no other step may use it); empty
   * to skip them.
   */
  readonly archiveImage: string;
  readonly domainId: string;
  readonly userProfile: string;
  readonly instanceType: string;
  /** How long an app may take to start (or a domain to settle), in seconds. */
  readonly settleTimeoutSeconds: number;
}

export type SettingsResult =
  | { readonly ok: true; readonly settings: ProbeSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

const RUN_NAME = /^siv-it-\d{1,20}-\d{1,4}$/;
const BY_DIGEST =
  /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/[^@:]+@sha256:[0-9a-f]{64}$/;
const BY_TAG = /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/[^@:]+:[\w][\w.-]{0,127}$/;

/** The settings from `PROBE_*` variables (and AWS_REGION), every problem listed at once. */
export function readSettings(env: Readonly<Record<string, string | undefined>>): SettingsResult {
  const problems: string[] = [];
  const get = (name: string, pattern?: RegExp, required = true): string => {
    const value = (env[name] ?? '').trim();
    if (value === '' && required) problems.push(`${name} is not set.`);
    else if (value !== '' && pattern !== undefined && !pattern.test(value))
      problems.push(`${name} does not look right: "${value}".`);
    return value;
  };
  const runName = get('PROBE_RUN_NAME', RUN_NAME);
  const timeout = Number(env.PROBE_SETTLE_TIMEOUT_SECONDS ?? '900');
  if (!Number.isInteger(timeout) || timeout < 60)
    problems.push('PROBE_SETTLE_TIMEOUT_SECONDS must be a whole number ≥ 60.');
  const settings: ProbeSettings = {
    region: get('AWS_REGION', /^[a-z]{2}(?:-[a-z]+)+-\d$/),
    runName,
    imageName: runName,
    baseImage: get('PROBE_BASE_IMAGE', BY_DIGEST),
    baseImageTag: get('PROBE_BASE_IMAGE_TAG', BY_TAG),
    roleArn: get('PROBE_ROLE_ARN', /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/),
    appImageConfigName: get('PROBE_APP_IMAGE_CONFIG', /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/),
    attestationImage: get('PROBE_ATTESTATION_IMAGE', BY_TAG, false),
    archiveImage: get('PROBE_ARCHIVE_IMAGE', BY_DIGEST, false),
    domainId: get('PROBE_DOMAIN_ID', /^d-(-*[a-z0-9]){1,61}$/, false),
    userProfile: get('PROBE_USER_PROFILE', /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, false),
    instanceType: (env.PROBE_INSTANCE_TYPE ?? '').trim() || 'ml.t3.medium',
    settleTimeoutSeconds: timeout,
  };
  return problems.length === 0 ? { ok: true, settings } : { ok: false, problems };
}

/** The names of what the probes make, each `<run name>-<suffix>`. */
export function probeNames(runName: string) {
  const name = (suffix: string): string => `${runName}-${suffix}`;
  return {
    /** A second image, created by the probes (image-not-ready, apps). */
    probeImage: name('probe'),
    jupyterLabConfig: name('jl'),
    codeEditorConfig: name('ce'),
    updateConfig: name('upd'),
    /** Private spaces of the CI profile, one per app case, and one never started. */
    space: (purpose: 'domain' | 'nolist' | 'profile' | 'spec' | 'archive'): string => name(purpose),
    /** An alias no version holds. */
    freeAlias: name('free'),
    /** The alias the action's version holds (the workflow sets it). */
    heldAlias: 'it-latest',
    /** A tag never pushed: its versions end CREATE_FAILED, its BatchGetImage finds nothing. */
    missingTag: name('never-pushed'),
    /** An alias put on a version while it is CREATING. */
    creatingAlias: name('creating'),
    /** Five more images, each with a version, to fill a user profile's own list past five. */
    limitImages: [1, 2, 3, 4, 5].map((n) => name(`lim${n}`)),
    /** Domain ids that fit the pattern and name no domain (`d-sivit<run>nope1`). */
    unknownDomainIds: [1, 2].map((n) => `d-${runName.replace(/[^a-z0-9]/g, '')}nope${n}`),
    /** ClientTokens (1–36 of [a-zA-Z0-9-]): the run id keeps runs apart. */
    token: (purpose: string): string =>
      `${runName.slice(NAME_PREFIX.length)}-${purpose}`.slice(0, 36),
  };
}

export type ProbeNames = ReturnType<typeof probeNames>;
