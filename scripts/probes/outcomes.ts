// What an answer from AWS means for an assumption: each probe's answer is reduced to one outcome
// from this file, and a probe's definition lists the outcomes that agree with the code. Pure.
//
// The reductions mirror the code's own readings of errors (src/aws/errors.ts, obstacleOf in
// src/register/create-version.ts, sendUpdate in src/core/read-modify-write.ts), which this
// script cannot import (plain Node does not resolve src/'s `.js` suffixes to `.ts`): a test feeds
// the same recorded answers to both and checks that they agree.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.

/** One request's answer: what it returned, or the error's name and message. */
export type Answer<T = unknown> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly name: string; readonly message: string };

export const O = {
  accepted: 'accepted',
  refused: 'refused',
  invalidState: 'refused: ValidationException, "invalid state"',
  resourceInUse: 'refused: ResourceInUse',
  resourceNotFound: 'refused: ResourceNotFound',
  alreadyExists: 'refused: "already exists"',
  sameVersion: 'the same version, nothing created',
  anotherVersion: 'another version created',
  tokenExplained: 'refused, and explained as a reused ClientToken',
  returnedFailed: 'the CREATE_FAILED version returned',
  aliasNamed: 'refused: ValidationException naming the alias',
  aliasUnnamed: 'refused: ValidationException about an alias (the name not found in it)',
  created: 'CREATED',
  failedManifest: 'CREATE_FAILED, naming the manifest or media type',
  refusedManifest: 'refused, naming the manifest or media type',
  digestHolds: 'ContainerImage names the pushed digest; BaseImage as sent',
  bothDeleted: 'both accepted',
  secondBusy: 'the second refused: ResourceInUse',
  roundTrips: 'accepted, and described as sent',
  notReturned: 'accepted, but described without FileSystemConfig',
  memberReplaced: 'the member sent replaces the stored one',
  membersKept: 'every member not sent is unchanged',
  mergedByField: 'merged field by field',
  writeVisible: 'the write is visible at the first InService read',
  entriesEchoed: 'pinned and unpinned entries come back as written',
  inService: 'InService',
  failed: 'Failed',
  inServiceApp: 'refused: ValidationException "… with InService App …"',
  attestationIndex: 'an OCI image index: one linux/amd64 image, one attestation manifest',
  configBlob: 'the config blob downloads, its sha256 is its digest, linux/amd64, user 1000:100',
  imageNotFound: 'failures: ImageNotFound',
  deniedNamed: 'refused: AccessDeniedException naming sagemaker:DescribeModel',
  aliasOnCreating: 'accepted, and the CREATING version holds the alias',
  unmarked: 'accepted, and described STABLE',
  resendAccepted: 'the resend accepted; once gone, refused: ResourceNotFound',
  resendNotFound: 'the resend refused: ResourceNotFound; once gone, refused: ResourceNotFound',
  resendBeingDeleted:
    'the resend refused: ResourceInUse, being deleted; once gone, refused: ResourceNotFound',
  notFoundEach: 'refused: ResourceNotFound, for each',
  listGone: 'the list is gone',
  listStays: 'the list stays',
  fiveNotSix: 'five accepted, six refused',
  appListed: 'listed with the version sent and its CreationTime',
  newestVersion: 'listed with the newest version',
  imageOnly: 'listed with the image only, and its CreationTime',
  specEchoed: 'described with the version sent',
  createFailed: 'CREATE_FAILED',
  failedPull: 'Failed: the image could not be pulled',
} as const;

/** `accepted`, or `refused: <name>`. */
export function refusal(answer: Answer): string {
  return answer.ok ? O.accepted : `refused: ${answer.name}`;
}

/** `accepted` or `refused`, AWS's name and words left to the detail. */
export function acceptedOrRefused(answer: Answer): string {
  return answer.ok ? O.accepted : O.refused;
}

/** The error name and message as the detail column shows them. */
export function detailOf(answer: Answer): string {
  return answer.ok ? '' : `${answer.name}: ${answer.message}`;
}

/** CreateImageVersion on an image still CREATING (obstacleOf's `image-not-ready`). */
export function imageNotReadyOutcome(answer: Answer): string {
  if (!answer.ok && answer.name === 'ValidationException' && /invalid state/i.test(answer.message))
    return O.invalidState;
  return refusal(answer);
}

/** CreateImage for a name that exists (createImageAndWait's race). */
export function createImageRaceOutcome(answer: Answer): string {
  if (answer.ok || answer.name === 'ResourceInUse') return refusal(answer);
  return /already exists/i.test(answer.message) ? O.alreadyExists : refusal(answer);
}

/**
 * Whether explainAwsError gives the reused-ClientToken advice for this error, in its own order:
 * the advice for a missing image, a taken alias, a busy image or a limit comes first.
 */
export function tokenAdviceApplies(name: string, message: string): boolean {
  if (['ResourceNotFound', 'ResourceInUse', 'ResourceLimitExceeded'].includes(name)) return false;
  if (name === 'ValidationException' && /\balias/i.test(message)) return false;
  return (
    /Idempoten\w*Mismatch/i.test(name) ||
    /client ?token\b.*\bused\b.*\b(?:different|other|another)\b/i.test(message) ||
    /idempotent request.*inconsistent/i.test(message)
  );
}

/** A reused ClientToken with other parameters; `firstArn` is the version the token made. */
export function tokenMismatchOutcome(answer: Answer<string>, firstArn: string): string {
  if (answer.ok) return answer.value === firstArn ? O.sameVersion : O.anotherVersion;
  return tokenAdviceApplies(answer.name, answer.message)
    ? O.tokenExplained
    : `refused: ${answer.name}, explained otherwise`;
}

/** The same ClientToken and parameters again. */
export function tokenReplayOutcome(answer: Answer<string>, firstArn: string): string {
  if (!answer.ok) return refusal(answer);
  return answer.value === firstArn ? O.sameVersion : O.anotherVersion;
}

/** The same ClientToken again after its version ended CREATE_FAILED. */
export function tokenAfterFailureOutcome(answer: Answer<string>, failedArn: string): string {
  if (!answer.ok) return refusal(answer);
  return answer.value === failedArn ? O.returnedFailed : O.anotherVersion;
}

/** The alias explainAwsError would name (aliasNamedIn in src/aws/errors.ts). */
export function aliasNamedIn(message: string): string | undefined {
  return /\balias\s+["']?([a-zA-Z0-9_][a-zA-Z0-9_.-]*)/i.exec(message)?.[1];
}

/** A request that gives an alias another version holds. */
export function aliasTakenOutcome(answer: Answer, alias: string): string {
  if (answer.ok || answer.name !== 'ValidationException' || !/\balias/i.test(answer.message))
    return refusal(answer);
  return aliasNamedIn(answer.message) === alias ? O.aliasNamed : O.aliasUnnamed;
}

const MANIFEST = /manifest|media ?type/i;

/** CreateImageVersion of an image index with an attestation: its answer, then its end. */
export function attestationOutcome(
  answer: Answer,
  end?: { status: string; reason?: string },
): string {
  if (!answer.ok) return MANIFEST.test(answer.message) ? O.refusedManifest : refusal(answer);
  if (end?.status === 'CREATED') return O.created;
  if (end?.status === 'CREATE_FAILED')
    return MANIFEST.test(end.reason ?? '') ? O.failedManifest : 'CREATE_FAILED, another reason';
  return `ended ${end?.status ?? 'unknown'}`;
}

/** How SageMaker answers an UpdateDomain sent while another one settles (sendUpdate's list). */
export function whileUpdatingOutcome(answer: Answer): string {
  return refusal(answer);
}

/**
 * DeleteImageVersion resent at once (as the SDK resends after a lost answer, while the version may
 * be DELETING), then once more when DescribeImageVersion no longer finds it.
 */
export function deleteTwiceOutcome(resend: Answer, later: Answer): string {
  // retireVersions tells "being deleted" apart from the other ResourceInUse answers by its message.
  const beingDeleted =
    !resend.ok && resend.name === 'ResourceInUse' && /\) is being deleted/i.test(resend.message);
  const first = beingDeleted ? `${refusal(resend)}, being deleted` : refusal(resend);
  return `the resend ${first}; once gone, ${refusal(later)}`;
}

/** DescribeDomain of several ids that do not exist (readEveryDomain names them all at once). */
export function unknownDomainsOutcome(answers: readonly Answer[]): string {
  if (answers.length > 0 && answers.every((a) => !a.ok && a.name === 'ResourceNotFound'))
    return O.notFoundEach;
  return answers.map(refusal).join(', then ');
}

/** UpdateUserProfile with five entries in a profile's own list, then six. */
export function profileLimitOutcome(five: Answer, six: Answer | undefined): string {
  if (!five.ok || six === undefined) return `five ${refusal(five)}`;
  return six.ok ? 'six accepted' : O.fiveNotSix;
}

/** The spec an app or a space names: which image version, or the image alone. */
export interface SpecSeen {
  readonly SageMakerImageArn?: string | undefined;
  readonly SageMakerImageVersionArn?: string | undefined;
}

/** An app as ListApps lists it (the fields the probes read). */
export interface ListedApp {
  readonly ResourceSpec?: SpecSeen | undefined;
  readonly CreationTime?: unknown;
}

/** ListApps' entry for an app started with `sentVersionArn` (retention's search reads it). */
export function listedAppOutcome(app: ListedApp | undefined, sentVersionArn: string): string {
  if (app === undefined) return 'not listed';
  const spec = app.ResourceSpec?.SageMakerImageVersionArn;
  if (spec === undefined) return 'listed without a version in its ResourceSpec';
  if (spec !== sentVersionArn) return 'listed with another version';
  return app.CreationTime === undefined ? 'listed without its CreationTime' : O.appListed;
}

/**
 * ListApps' entry for an app started with the image's ARN alone: the version it resolved to (the
 * newest, `newestArn`, as rollbackFrom takes it), or the image alone with its start time, which
 * retention counts as "any version created before it started".
 */
export function imageOnlyAppOutcome(
  app: ListedApp | undefined,
  newestArn: string | undefined,
): string {
  if (app === undefined) return 'not listed';
  const version = app.ResourceSpec?.SageMakerImageVersionArn;
  if (version !== undefined)
    return version === newestArn ? O.newestVersion : 'listed with an older version';
  if (app.ResourceSpec?.SageMakerImageArn === undefined) return 'listed without the image';
  return app.CreationTime === undefined
    ? 'listed with the image only, no CreationTime'
    : O.imageOnly;
}

/** UpdateDomain while an app runs in the domain (resourceAdvice's "with InService App"). */
export function runningAppOutcome(answer: Answer): string {
  if (
    !answer.ok &&
    answer.name === 'ValidationException' &&
    /with InService App/i.test(answer.message)
  )
    return O.inServiceApp;
  return refusal(answer);
}

/** A call the role may not make: does the message name the action, as deniedAction reads it? */
export function accessDeniedOutcome(answer: Answer, action: string): string {
  if (answer.ok || !/AccessDenied|NotAuthorized/i.test(answer.name)) return refusal(answer);
  const named = /perform: (\S+)/.exec(answer.message)?.[1];
  return named === action
    ? `refused: AccessDeniedException naming ${action}`
    : `refused: ${answer.name}, naming ${named ?? 'no action'}`;
}

/** What a probe's own wait for an app ended on. */
export function appOutcome(answer: Answer, end?: { status: string; timedOut: boolean }): string {
  if (!answer.ok) return O.refused;
  if (end === undefined) return 'not waited for';
  if (end.timedOut) return `not settled: still ${end.status}`;
  if (end.status === 'InService') return O.inService;
  return end.status === 'Failed' ? O.failed : `ended ${end.status}`;
}

/** CreateImageVersion of an image ECR holds archived: its answer, then the version's end. */
export function archivedVersionOutcome(answer: Answer, end?: { status: string }): string {
  if (!answer.ok) return O.refused;
  if (end?.status === 'CREATE_FAILED') return O.createFailed;
  return end?.status === 'CREATED' ? O.created : `ended ${end?.status ?? 'unknown'}`;
}

/** The words of a FailureReason about pulling the image (not the container's own failure). */
const PULL = /pull|archiv|not found|manifest|404/i;

/**
 * CreateApp of a version whose image ECR archived after the version was made: refused, Failed
 * because the image could not be pulled, or (against the assumption) InService. A Failed app whose
 * reason says nothing of the pull tells nothing: the probe image itself may have failed.
 */
export function archivedAppOutcome(
  answer: Answer,
  end?: { status: string; timedOut: boolean; reason: string },
): string {
  if (!answer.ok) return O.refused;
  if (end === undefined) return 'not waited for';
  if (end.timedOut) return `not settled: still ${end.status}`;
  if (end.status === 'Failed')
    return PULL.test(end.reason) ? O.failedPull : 'Failed, another reason';
  return end.status === 'InService' ? O.inService : `ended ${end.status}`;
}

/** Two values as canonical JSON (object keys sorted at every level), for comparisons. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}

/** The dotted paths at which two JSON-like values differ (at most `limit`). */
export function differingPaths(a: unknown, b: unknown, path = '', limit = 10): string[] {
  if (canonical(a) === canonical(b)) return [];
  const objects = [a, b].every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
  if (!objects) return [path || '(root)'];
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  return keys
    .flatMap((key) => differingPaths(left[key], right[key], path ? `${path}.${key}` : key, limit))
    .slice(0, limit);
}
