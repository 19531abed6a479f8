// Reads what the ECR check decides on (ecr-check.ts), for the images of versions in use: per
// repository, one DescribeImages per 100 of their digests, then one lifecycle policy preview
// (StartLifecyclePolicyPreview, then GetLifecyclePolicyPreview polled through poll.ts until
// COMPLETE, within PREVIEW_TIMEOUT_MS). A repository without a policy is fine. A read that fails
// makes its repository `unreadable`, explained: the check says so and never stops what it guards.
import { AwsCallError, explainAwsError } from '../aws/errors.js';
import type {
  EcrImageReads,
  EcrImageState,
  PreviewRead,
  RepositoryLocation,
} from '../aws/ecr-images.js';
import type { Session } from '../run/session.js';
import { pollUntilSettled, type Verdict } from '../wait/poll.js';
import type { Clock } from '../wait/clock.js';
import {
  imageOfVersion,
  repositoryKey,
  type EcrFacts,
  type RepositoryPreview,
  type VersionInUse,
} from './ecr-check.js';

/**
 * How long a preview may take. ECR evaluates a repository's policy in seconds; one still running
 * after this is stuck or very large, and the check says "not read" rather than hold up the step.
 */
export const PREVIEW_TIMEOUT_MS = 120_000;

/** How the reads wait and speak. */
export interface EcrReadSettings {
  readonly clock: Clock;
  /** The step's own limit: the preview waits at most the lower of this and PREVIEW_TIMEOUT_MS. */
  readonly timeoutMs: number;
  readonly maxDelayMs: number;
  readonly log: (line: string) => void;
  /** For messages about a failed read. */
  readonly imageName: string;
}

interface Repository {
  readonly location: RepositoryLocation;
  readonly digests: string[];
}

/** The repositories of the versions' images, each with the digests asked about. */
export function repositoriesOf(versions: readonly VersionInUse[]): Map<string, Repository> {
  const repositories = new Map<string, Repository>();
  for (const { containerImage } of versions) {
    const image = imageOfVersion(containerImage);
    if (image === undefined) continue;
    const key = repositoryKey(image);
    const entry = repositories.get(key) ?? {
      location: {
        registryId: image.registryId,
        repository: image.repository,
        region: image.region,
      },
      digests: [],
    };
    if (!entry.digests.includes(image.digest)) entry.digests.push(image.digest);
    repositories.set(key, entry);
  }
  return repositories;
}

/** Every repository's images and preview; a repository that fails is `unreadable`. */
export async function readEcrFacts(
  reads: EcrImageReads,
  versions: readonly VersionInUse[],
  settings: EcrReadSettings,
): Promise<EcrFacts> {
  const images = new Map<string, EcrImageState>();
  const previews = new Map<string, RepositoryPreview>();
  const unreadable = new Map<string, string>();
  for (const [key, { location, digests }] of repositoriesOf(versions)) {
    try {
      for (const state of await reads.describeImages(location, digests))
        images.set(state.digest, state);
    } catch (error) {
      unreadable.set(key, explain(error, location, settings));
      continue;
    }
    previews.set(key, await readPreview(reads, location, settings));
  }
  return { images, previews, unreadable };
}

function explain(error: unknown, location: RepositoryLocation, settings: EcrReadSettings): string {
  return explainAwsError(error, {
    // Stryker disable next-line StringLiteral: every error here is a AwsCallError naming its operation
    operation: 'DescribeImages',
    imageName: settings.imageName,
    region: location.region,
  });
}

/** The preview of one repository's policy, waited for within the bound. */
export async function readPreview(
  reads: EcrImageReads,
  location: RepositoryLocation,
  settings: EcrReadSettings,
): Promise<RepositoryPreview> {
  try {
    if (!(await reads.startPreview(location))) return { kind: 'no-policy' };
    const { isTransient } = await import('../aws/transient.js');
    const { value } = await pollUntilSettled<PreviewRead, PreviewRead>({
      subject: `the lifecycle policy preview of ECR repository ${location.repository}`,
      read: () => reads.readPreview(location),
      statusOf: (read) => read.status,
      judge: previewVerdict,
      canRetry: isTransient,
      explain: (error) => explain(error, location, settings),
      clock: settings.clock,
      timeoutMs: Math.min(settings.timeoutMs, PREVIEW_TIMEOUT_MS),
      maxDelayMs: settings.maxDelayMs,
      log: settings.log,
    });
    return { kind: 'read', actions: value.actions };
  } catch (error) {
    const why =
      error instanceof AwsCallError
        ? explain(error, location, settings)
        : error instanceof Error
          ? error.message
          : String(error);
    return { kind: 'unread', why };
  }
}

/** COMPLETE is done; IN_PROGRESS waits; EXPIRED or FAILED end the wait without results. */
export function previewVerdict(read: PreviewRead): Verdict<PreviewRead> {
  if (read.status === 'COMPLETE') return { kind: 'done', value: read };
  if (read.status === 'IN_PROGRESS' || read.status === '') return { kind: 'pending' };
  return {
    kind: 'failed',
    message: `ECR ended the lifecycle policy preview as ${read.status}: what the policy would do is not known.`,
  };
}

/** The ECR check's reads, through the same attempts and time limits as the session's SageMaker client. */
export async function openEcrReads(
  { inputs, report }: Pick<Session, 'inputs' | 'report'>,
  runId: string,
): Promise<EcrImageReads> {
  const { openEcrImageReads } = await import('../aws/ecr-images.js');
  return openEcrImageReads({
    maxAttempts: inputs.maxAttempts,
    httpTimeoutMs: inputs.httpTimeoutSeconds * 1000,
    runId,
    log: (line) => report.debug(line),
  });
}

/** How the check's reads wait and speak, from the session. */
export function readSettings({ inputs, clock, report }: Session): EcrReadSettings {
  return {
    clock,
    timeoutMs: inputs.waitTimeoutSeconds * 1000,
    maxDelayMs: inputs.waitMaxDelaySeconds * 1000,
    log: (line) => report.info(line),
    imageName: inputs.imageName,
  };
}
