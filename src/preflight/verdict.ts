// The image checks' verdict: a pure function of what was read from ECR (the manifest or index and
// the image config) and, when the Studio step is on, how Studio will run the image. Each finding
// names the image, what was found, what Studio needs and the fix.
//
//   1 exists         the tag or digest is in the repository                      error
//   2 platform       a linux/amd64 image (Studio's instances are x86)            error
//   3 index          an index is registered by its amd64 digest, unless SOCI     notice
//   4 user           USER against the document's uid/gid and the app type's ids  error / notice
//   5 start-command  JupyterLab or Code Editor with something to start           warning
//   6 environment    no AWS_* or SAGEMAKER_* in ENV or the document's environment warning
//   7 size           the layers' compressed total; slow start-up above 10 GB     notice
//
// Checks 4 and 5 need the Studio settings: without the Studio step they are "not checked".
import { describeImageId, referenceByDigest, type EcrReference } from '../inputs/ecr-reference.js';
import {
  containerFacts,
  STUDIO_FILE_SYSTEM_DEFAULTS,
  type AppImageConfigDocument,
} from '../inputs/app-image-config.js';
import type { StudioAppType } from '../inputs/rules.js';
import { oneLine, quoteForLog } from '../common/log-safe.js';
import { configPlatform, type ImageConfig } from './image-config.js';
import { KIND_NAMES, platformName, type ImageIndex, type ImageManifest } from './manifest.js';

export const CHECKS = [
  'exists',
  'platform',
  'index',
  'user',
  'start-command',
  'environment',
  'size',
] as const;
export type CheckName = (typeof CHECKS)[number];
export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  readonly check: CheckName;
  readonly severity: Severity;
  readonly message: string;
}

/** A check's outcome: passed, its worst finding, not checked (and why), or not reached. */
export type CheckStatus = 'passed' | Severity | 'not checked' | 'not reached';

export interface CheckResult {
  readonly check: CheckName;
  readonly status: CheckStatus;
  /** Why a check was not run. */
  readonly reason?: string;
}

/** How Studio will run the image: what the `app-image-config` document says that the checks compare with. */
export interface StudioImageSettings {
  readonly appType: StudioAppType;
  readonly uid: number;
  readonly gid: number;
  /** `ContainerConfig.ContainerEntrypoint`. */
  readonly entrypoint: readonly string[];
  /** `ContainerConfig.ContainerEnvironmentVariables`. */
  readonly environment: readonly (readonly [string, string])[];
}

/** The `app-image-config` document as the checks need it (Studio's defaults where it says nothing). */
export function studioSettingsOf(document: AppImageConfigDocument): StudioImageSettings {
  const { fileSystem, entrypoint, environment } = containerFacts(document);
  return {
    appType: document.appType,
    uid: fileSystem?.uid ?? STUDIO_FILE_SYSTEM_DEFAULTS.uid,
    gid: fileSystem?.gid ?? STUDIO_FILE_SYSTEM_DEFAULTS.gid,
    entrypoint,
    environment,
  };
}

/** How far the reads got, and what they found. */
export type ImageRead =
  /** BatchGetImage's failure code (`ImageNotFound`, …) or `RepositoryNotFoundException`. */
  | { readonly kind: 'missing'; readonly code: string; readonly reason: string }
  /** A manifest or config that is not a container image Studio can run. */
  | { readonly kind: 'unreadable'; readonly problem: string; readonly index?: ImageIndex }
  | { readonly kind: 'no-amd64'; readonly index: ImageIndex }
  | {
      readonly kind: 'image';
      /** The index the tag or digest named, when it named one. */
      readonly index?: ImageIndex;
      /** The digest of the image manifest read (the amd64 entry's, for an index). */
      readonly digest: string;
      readonly manifest: ImageManifest;
      readonly config: ImageConfig;
    };

/** What the step summary shows of the image. */
export interface ImageFacts {
  readonly registered: string;
  readonly manifestType?: string;
  readonly platform?: string;
  /** The config's USER, '' when unset. */
  readonly user?: string;
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  /** The layers' compressed total, in bytes. */
  readonly size?: number;
  readonly layers?: number;
}

export interface Verdict {
  /** What CreateImageVersion should be given as BaseImage. */
  readonly register: string;
  readonly findings: readonly Finding[];
  readonly checks: readonly CheckResult[];
  readonly facts: ImageFacts;
}

/** Studio's start-up is slow past this (decimal GB, as the size is shown). */
export const SLOW_START_BYTES = 10_000_000_000;

/** The uid/gid pairs Studio supports, per app type (AWS developer guide, custom images). */
const SUPPORTED_IDS: Readonly<Record<StudioAppType, readonly string[]>> = {
  JupyterLab: ['1000/100'],
  CodeEditor: ['1000/100'],
  KernelGateway: ['1000/100', '0/0'],
};

/** What a JupyterLab or Code Editor image must start (AWS developer guide). */
const SERVES: Readonly<Record<'JupyterLab' | 'CodeEditor', string>> = {
  JupyterLab: 'JupyterLab on port 8888 at base URL `/jupyterlab/default`',
  CodeEditor: 'Code Editor on 0.0.0.0:8888 at base URL `/codeeditor/default`',
};

const BUILD_FOR_AMD64 =
  'Build it for linux/amd64: `platforms: linux/amd64` in docker/build-push-action, or ' +
  '`docker buildx build --platform linux/amd64`.';
const STUDIO_OFF = 'no `app-image-config` was given';

/**
 * Who reads the image: `./` registers it (a failed read foretells a failed version, and `preflight`
 * decides), `./compare` only compares it (neither applies there).
 */
export type ImageReadPurpose = 'register' | 'compare';

export function judgeImage(
  reference: EcrReference,
  read: ImageRead,
  studio?: StudioImageSettings,
  purpose: ImageReadPurpose = 'register',
): Verdict {
  const image = `The base image ${reference.uri}`;
  switch (read.kind) {
    case 'missing':
      return stopped(
        reference,
        { check: 'exists', severity: 'error', message: missing(reference, read, purpose) },
        {},
      );
    case 'unreadable':
      return stopped(
        reference,
        {
          check: 'platform',
          severity: 'error',
          message: `${image} is not an image Studio can run: ${read.problem}. Studio needs a Docker v2 or OCI image for linux/amd64; push one and register that.`,
        },
        read.index === undefined ? {} : { manifestType: indexType(read.index) },
      );
    case 'no-amd64':
      return stopped(
        reference,
        {
          check: 'platform',
          severity: 'error',
          message:
            `${image} is ${withArticle(indexType(read.index))} with no linux/amd64 image, but Studio runs ` +
            `apps on x86 instances: the app would fail to start ("exec format error", shown as InternalFailure). ${BUILD_FOR_AMD64}`,
        },
        { manifestType: indexType(read.index), platform: platformsOf(read.index) },
      );
    case 'image':
      return judgeRead(reference, read, studio);
  }
}

/** A verdict when the reads stopped at `finding`: the checks after it were not reached. */
function stopped(
  reference: EcrReference,
  finding: Finding,
  facts: Omit<ImageFacts, 'registered'>,
): Verdict {
  const at = CHECKS.indexOf(finding.check);
  return {
    register: reference.uri,
    findings: [safe(finding)],
    checks: CHECKS.map((check, i) => ({
      check,
      status: i < at ? 'passed' : i === at ? finding.severity : 'not reached',
    })),
    facts: { registered: reference.uri, ...facts },
  };
}

function missing(
  reference: EcrReference,
  read: { code: string; reason: string },
  purpose: ImageReadPurpose,
): string {
  const where = `registry ${reference.registryId} in ${reference.region}`;
  const image = `The base image ${reference.uri}`;
  const registering = purpose !== 'compare';
  switch (read.code) {
    case 'RepositoryNotFoundException':
      return (
        `${image} cannot be found: ${where} has no repository "${reference.repository}" that ` +
        `these credentials can see${registering ? ', so SageMaker could not pull it either' : ''}. ` +
        'Create the repository and push the image, or correct `base-image` (a repository in ' +
        'another account must allow this role in its repository policy).'
      );
    case 'ImageNotFound':
      return (
        `${image} does not exist: repository "${reference.repository}" (${where}) has no ` +
        `${describeImageId(reference)}` +
        (registering ? ', so the version would end CREATE_FAILED minutes from now. ' : '. ') +
        'Push the image first (docker/build-push-action with `push: true`), or correct `base-image`.'
      );
    default:
      return (
        `${image} could not be read: ECR answered ${read.code}${read.reason ? ` (${read.reason})` : ''} ` +
        `for the ${describeImageId(reference)} of repository "${reference.repository}" (${where})` +
        `${registering ? ', so SageMaker would most likely fail to pull it too' : ''}. Check the ` +
        'image in the ECR console (its KMS key, or the upstream of a pull-through cache)' +
        `${registering ? ', or set `preflight: warn`' : ''}.`
      );
  }
}

function judgeRead(
  reference: EcrReference,
  read: Extract<ImageRead, { kind: 'image' }>,
  studio: StudioImageSettings | undefined,
): Verdict {
  const image = `The base image ${reference.uri}`;
  const { register, finding: indexFinding } = registration(reference, read);
  const findings: Finding[] = [
    ...platformFindings(image, read.config),
    ...(indexFinding === undefined ? [] : [indexFinding]),
    ...(studio === undefined ? [] : userFindings(image, read.config, studio)),
    ...(studio === undefined ? [] : startFindings(image, read.config, studio)),
    ...environmentFindings(reference.uri, read.config, studio),
    ...sizeFindings(image, read.manifest),
  ];
  const notChecked = new Map<CheckName, string>();
  if (studio === undefined) {
    notChecked.set('user', STUDIO_OFF);
    notChecked.set('start-command', STUDIO_OFF);
  } else if (studio.appType === 'KernelGateway') {
    notChecked.set(
      'start-command',
      'Studio starts KernelGateway images itself (ENTRYPOINT and CMD are overridden)',
    );
  }
  return {
    register,
    findings: findings.map(safe),
    checks: CHECKS.map((check) => checkResult(check, findings, notChecked.get(check))),
    facts: {
      registered: register,
      manifestType:
        read.index === undefined ? KIND_NAMES[read.manifest.kind] : indexType(read.index),
      platform: configPlatform(read.config),
      user: read.config.user,
      entrypoint: read.config.entrypoint,
      cmd: read.config.cmd,
      size: read.manifest.compressedSize,
      layers: read.manifest.layers,
    },
  };
}

/** Text from the image (users, keys, platforms) cannot break a line or start a workflow command. */
function safe(finding: Finding): Finding {
  return { ...finding, message: oneLine(finding.message) };
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 };

function checkResult(
  check: CheckName,
  findings: readonly Finding[],
  notCheckedReason: string | undefined,
): CheckResult {
  if (notCheckedReason !== undefined)
    return { check, status: 'not checked', reason: notCheckedReason };
  const worst = findings
    .filter((finding) => finding.check === check)
    .reduce<Severity | undefined>(
      (most, { severity }) => (most === undefined || RANK[severity] > RANK[most] ? severity : most),
      undefined,
    );
  return { check, status: worst ?? 'passed' };
}

function platformFindings(image: string, config: ImageConfig): Finding[] {
  if (config.os === 'linux' && config.architecture === 'amd64') return [];
  return [
    {
      check: 'platform',
      severity: 'error',
      message:
        `${image} is built for ${configPlatform(config)}, but Studio runs apps on x86 instances ` +
        `(linux/amd64): the app would fail to start ("exec format error", shown as InternalFailure). ${BUILD_FOR_AMD64}`,
    },
  ];
}

/** What to register for an index: its amd64 manifest by digest, unless SOCI or ambiguity. */
function registration(
  reference: EcrReference,
  read: Extract<ImageRead, { kind: 'image' }>,
): { register: string; finding?: Finding } {
  const { index } = read;
  if (index === undefined) return { register: reference.uri };
  const image = `The base image ${reference.uri} is ${withArticle(indexType(index))}`;
  const notice = (message: string): Finding => ({ check: 'index', severity: 'notice', message });
  if (index.soci || read.manifest.soci) {
    return {
      register: reference.uri,
      finding: notice(
        `${image} that carries a SOCI index: it is registered as given, since Studio needs the ` +
          'index to find the SOCI index and start the image lazily (faster start-up).',
      ),
    };
  }
  if (index.amd64.length > 1) {
    return {
      register: reference.uri,
      finding: notice(
        `${image} with ${index.amd64.length} linux/amd64 images (${index.amd64.map(platformName).join(', ')}): ` +
          'it is registered as given and the runtime picks one; the checks read the first.',
      ),
    };
  }
  const register = referenceByDigest(reference, read.digest);
  return {
    register,
    finding: notice(
      `${image}: its linux/amd64 image is registered by digest, ${register}, so SageMaker gets ` +
        'the one image Studio can run and not the build attestations or other platforms beside ' +
        'it. Building with `provenance: false` is not needed for this.',
    ),
  };
}

interface ParsedUser {
  readonly uid?: number;
  readonly gid?: number;
  readonly userName?: string;
  readonly groupName?: string;
}

/** `USER` as ids where the config alone tells them: numbers, root, or nothing (root). */
export function parseUser(user: string): ParsedUser {
  if (user === '') return { uid: 0, gid: 0 };
  const separator = user.indexOf(':');
  const userPart = separator < 0 ? user : user.slice(0, separator);
  const groupPart = separator < 0 ? undefined : user.slice(separator + 1);
  const id = (part: string): number | undefined =>
    /^\d+$/.test(part) ? Number(part) : part === 'root' ? 0 : undefined;
  const uid = id(userPart);
  // Without a group, Docker takes the user's primary group from /etc/passwd: root's is 0.
  const gid = groupPart === undefined ? (uid === 0 ? 0 : undefined) : id(groupPart);
  return {
    ...(uid === undefined ? { userName: userPart } : { uid }),
    ...(gid !== undefined ? { gid } : groupPart === undefined ? {} : { groupName: groupPart }),
  };
}

function userFindings(image: string, config: ImageConfig, studio: StudioImageSettings): Finding[] {
  const { uid, gid, appType } = studio;
  const parsed = parseUser(config.user);
  const shown = config.user === '' ? 'root (no USER)' : quoteForLog(config.user);
  const ids = `uid ${uid} and gid ${gid} (\`FileSystemConfig\` of \`app-image-config\`)`;
  const findings: Finding[] = [];
  const wrong = [
    ...(parsed.uid !== undefined && parsed.uid !== uid ? [`uid ${parsed.uid}`] : []),
    ...(parsed.gid !== undefined && parsed.gid !== gid ? [`gid ${parsed.gid}`] : []),
  ];
  if (wrong.length > 0) {
    const own = `${parsed.uid ?? ''}/${parsed.gid ?? ''}`;
    const other = SUPPORTED_IDS[appType].includes(own)
      ? `, or set \`DefaultUid: ${parsed.uid}\` and \`DefaultGid: ${parsed.gid}\` in the document's \`FileSystemConfig\``
      : '';
    findings.push({
      check: 'user',
      severity: 'error',
      message:
        `${image} runs as ${shown} (${wrong.join(', ')}), but Studio will run it with ${ids}: ` +
        `the ${appType} app would not own its home directory and may fail to start. ` +
        `Set \`USER ${uid}:${gid}\` in the Dockerfile${other}.`,
    });
  }
  const unknown = [
    ...(parsed.userName === undefined ? [] : [`the user ${quoteForLog(parsed.userName)}`]),
    ...(parsed.gid !== undefined
      ? []
      : [
          parsed.groupName === undefined
            ? 'its primary group'
            : `the group ${quoteForLog(parsed.groupName)}`,
        ]),
  ];
  if (unknown.length > 0) {
    findings.push({
      check: 'user',
      severity: 'notice',
      message:
        `${image} runs as ${shown}: the ids of ${unknown.join(' and ')} are defined in the ` +
        "image's /etc/passwd and /etc/group, which these checks do not read. Studio will run it " +
        `with ${ids}; write \`USER ${uid}:${gid}\` with numbers so the check can confirm it.`,
    });
  }
  if (wrong.length === 0 && !SUPPORTED_IDS[appType].includes(`${uid}/${gid}`)) {
    findings.push({
      check: 'user',
      severity: 'warning',
      message:
        `${image} is to run with ${ids}, but Studio supports ${SUPPORTED_IDS[appType].join(' or ').replace(/\//g, ':')} ` +
        `for ${appType} images. Use \`USER 1000:100\` in the Dockerfile and Studio's default \`DefaultUid\` and \`DefaultGid\`.`,
    });
  }
  return findings;
}

function startFindings(image: string, config: ImageConfig, studio: StudioImageSettings): Finding[] {
  const { appType } = studio;
  if (appType === 'KernelGateway') return [];
  if (config.entrypoint.length > 0 || config.cmd.length > 0 || studio.entrypoint.length > 0) {
    return [];
  }
  return [
    {
      // An error: `strict` stops an app that could never start; `warn` makes it a warning.
      check: 'start-command',
      severity: 'error',
      message:
        `${image} has no ENTRYPOINT and no CMD, and \`app-image-config\` has no \`ContainerEntrypoint\`: a ` +
        `${appType} app would have nothing to start. Studio needs it to serve ${SERVES[appType]}. ` +
        'Add ENTRYPOINT or CMD to the Dockerfile, or set `ContainerConfig.ContainerEntrypoint` (and `ContainerArguments`) in `app-image-config`.',
    },
  ];
}

const RESERVED = /^(?:AWS|SAGEMAKER)_/;
const CREDENTIALS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
const MAX_KEYS_SHOWN = 10;
const MAX_KEY_LENGTH = 64;

/** Keys in backticks, at most ten of them: never a value, which may be a secret. */
function keyList(keys: readonly string[]): string {
  const shown = keys
    .slice(0, MAX_KEYS_SHOWN)
    .map((key) => `\`${key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH)}…` : key}\``);
  const more = keys.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

function environmentFindings(
  uri: string,
  config: ImageConfig,
  studio: StudioImageSettings | undefined,
): Finding[] {
  const imageKeys = [
    ...new Set(
      config.env.map((line) => line.split('=')[0] ?? '').filter((key) => RESERVED.test(key)),
    ),
  ];
  const inputKeys = (studio?.environment ?? [])
    .map(([key]) => key)
    .filter((key) => RESERVED.test(key));
  const overridden =
    'SageMaker sets its own AWS_* and SAGEMAKER_* variables in Studio apps, and they take precedence';
  const findings: Finding[] = [];
  if (imageKeys.length > 0) {
    const credentials = imageKeys.some((key) => CREDENTIALS.includes(key))
      ? ' Credentials in an image can be read by anyone who can pull it: rotate them.'
      : '';
    findings.push({
      check: 'environment',
      severity: 'warning',
      message:
        `The base image ${uri} sets ${keyList(imageKeys)} in its environment (ENV): ${overridden}, so the app ` +
        'would not see the values the image was built with. Remove them from the Dockerfile, or ' +
        `name them without these prefixes.${credentials}`,
    });
  }
  if (inputKeys.length > 0) {
    findings.push({
      check: 'environment',
      severity: 'warning',
      message:
        `\`ContainerEnvironmentVariables\` in \`app-image-config\` sets ${keyList(inputKeys)} for the base image ${uri}: ` +
        `${overridden}. Name them without these prefixes, or leave them out.`,
    });
  }
  return findings;
}

function sizeFindings(image: string, manifest: ImageManifest): Finding[] {
  if (manifest.compressedSize <= SLOW_START_BYTES) return [];
  return [
    {
      check: 'size',
      severity: 'notice',
      message:
        `${image} is ${formatBytes(manifest.compressedSize)} compressed (${manifest.layers} layers): ` +
        'Studio pulls all of it before the app starts, so start-up will be slow. A SOCI index ' +
        '(`soci convert`, registered with the image index it makes) lets Studio start it lazily; ' +
        'a smaller image starts faster too.',
    },
  ];
}

/** Bytes in decimal units, as registries show them: `512 B`, `12.3 MB`, `10.7 GB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit] ?? ''}`;
}

/** An index in words: `OCI image index (linux/amd64, linux/arm64, 1 attestation, SOCI index)`. */
export function indexType(index: ImageIndex): string {
  const parts = [
    ...index.amd64.map(platformName),
    ...index.otherPlatforms,
    ...(index.attestations > 0
      ? [`${index.attestations} attestation${index.attestations === 1 ? '' : 's'}`]
      : []),
    ...(index.entries.some((entry) => entry.role === 'soci-index') ? ['SOCI index'] : []),
  ];
  return `${KIND_NAMES[index.kind]} (${parts.length === 0 ? 'empty' : parts.join(', ')})`;
}

/** `an OCI image index`, `a Docker manifest list`. */
function withArticle(name: string): string {
  // Stryker disable next-line Regex: the names are KIND_NAMES' ('OCI image index', 'Docker manifest list'): no other capital vowel
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}

/** The platforms an index holds images for. */
function platformsOf(index: ImageIndex): string {
  const platforms = [...index.amd64.map(platformName), ...index.otherPlatforms];
  return platforms.length === 0 ? 'none' : platforms.join(', ');
}
