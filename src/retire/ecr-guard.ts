// The ECR check of `./retire` (`ecr-check`, issue 28): once retention's own work is done, the
// images behind the versions still in use are read in ECR (src/core/ecr-read.ts) and judged
// (src/core/ecr-check.ts); the images of the repositories that no version names any more are
// listed for the user's own clean-up (this action never deletes ECR images).
//
// In use: a version that a Studio setting or a live app names, that holds an alias, or that was the
// newest CREATED version when an app that names only the image started. Requests: one
// DescribeImageVersion per CREATED version left (its ContainerImage); per repository, one
// DescribeImages per 100 in-use digests, one lifecycle policy preview (polled), and one
// DescribeImages per 1000 images to list it.
import type { EcrImageReads, RepositoryLocation } from '../aws/ecr-images.js';
import { explainAwsError } from '../aws/errors.js';
import {
  checkImagesInUse,
  imageOfVersion,
  repositoryKey,
  unnamedImages,
  type EcrCheck,
  type UnnamedImages,
  type VersionInUse,
} from '../core/ecr-check.js';
import { readEcrFacts, readSettings } from '../core/ecr-read.js';
import type { RetireInputs } from '../inputs/retire-inputs.js';
import type { Session } from '../run/session.js';
import type { RetentionDecision } from './decide.js';
import type { GatheredFacts } from './facts.js';
import { ecrLogLines, ecrSummary, strictFailure } from './ecr-report.js';
import type { RetentionOutcome } from './retention.js';
import { usesText } from './report.js';

/** What `./retire` adds once retention is done: the summary's section, and `strict`'s failure. */
export interface EcrCheckOutcome {
  readonly markdown: string;
  readonly failure?: string;
}

/**
 * `ecr-check` not `off`: the images of the versions retention kept in use, read and judged; each
 * finding a warning, and with `strict` the failure the step ends with (after retention's work).
 */
export async function checkRetainedImages(
  session: Session<RetireInputs>,
  retention: RetentionOutcome,
  reads: EcrImageReads,
): Promise<EcrCheckOutcome> {
  const { inputs, report } = session;
  // Deleted versions name no image any more; archived ones still do, until SageMaker archives them.
  // Stryker disable next-line ArrayDeclaration: a string in place of [] matches no version number
  const retired = inputs.retention.action === 'delete' ? retention.retired : [];
  const checked = await report.group('Check the images of the versions in use in ECR', () =>
    guardImages(session, reads, retention.decisions, retention.facts, retired),
  );
  for (const line of ecrLogLines(checked)) report.info(line);
  for (const finding of checked.findings) report.warning(finding.message);
  if (checked.unread !== undefined) report.warning(checked.unread);
  const failure = inputs.ecrCheck === 'strict' ? strictFailure(checked) : undefined;
  return { markdown: ecrSummary(checked), ...(failure === undefined ? {} : { failure }) };
}

/** What the check found, for the log, the summary and `strict`. */
export interface EcrGuardOutcome extends EcrCheck {
  readonly unnamed: readonly UnnamedImages[];
  /** Set when the versions' images could not be read at all (DescribeImageVersion failed). */
  readonly unread?: string;
}

/** Who uses a version, in words: its Studio places, its aliases, apps on the latest version. */
export function usersOf(decision: RetentionDecision, latestForApps: boolean): string {
  const parts = [usesText(decision.usedBy)];
  if (decision.aliases.length > 0)
    parts.push(
      `alias${decision.aliases.length === 1 ? '' : 'es'} ${decision.aliases.map((a) => `"${a}"`).join(', ')}`,
    );
  if (latestForApps) parts.push('apps started on the latest version');
  return parts.filter((part) => part !== '').join('; ');
}

/** The newest CREATED version when each app on "the latest" started (the newest of all, if unknown). */
export function latestAtAppStarts(
  decisions: readonly RetentionDecision[],
  appsOnLatest: GatheredFacts['appsOnLatest'],
): Set<number> {
  const created = decisions.filter((d) => d.status === 'CREATED');
  const versions = new Set<number>();
  for (const startedAt of appsOnLatest) {
    const before = created.filter(
      (d) =>
        startedAt === undefined ||
        d.createdAt === undefined ||
        d.createdAt.getTime() <= startedAt.getTime(),
    );
    const newest = Math.max(...before.map((d) => d.version));
    if (Number.isFinite(newest)) versions.add(newest);
  }
  return versions;
}

/** The versions in use that retention kept, with their users (no ContainerImage yet). */
export function inUse(
  decisions: readonly RetentionDecision[],
  facts: Pick<GatheredFacts, 'appsOnLatest'>,
): Omit<VersionInUse, 'containerImage'>[] {
  const latest = latestAtAppStarts(decisions, facts.appsOnLatest);
  return decisions
    .filter(
      (d) =>
        d.verdict.kind !== 'retire' &&
        (d.usedBy.length > 0 || d.aliases.length > 0 || latest.has(d.version)),
    )
    .map((d) => ({ version: d.version, users: usersOf(d, latest.has(d.version)) }));
}

/** Runs the check after retention: `retired` are the versions this run retired (not named any more). */
export async function guardImages(
  session: Session,
  reads: EcrImageReads,
  decisions: readonly RetentionDecision[],
  facts: Pick<GatheredFacts, 'appsOnLatest'>,
  retired: readonly number[],
): Promise<EcrGuardOutcome> {
  const { inputs, report } = session;
  let images: Map<number, string | undefined>;
  try {
    images = await containerImages(session, decisions, retired);
  } catch (error) {
    const why = explainAwsError(error, {
      // Stryker disable next-line StringLiteral: every error here is a AwsCallError naming its operation
      operation: 'DescribeImageVersion',
      imageName: inputs.imageName,
      region: inputs.region,
    });
    return { rows: [], findings: [], unnamed: [], unread: why };
  }
  const versions = inUse(decisions, facts).map((v) => ({
    ...v,
    containerImage: images.get(v.version),
  }));
  const ecrFacts = await readEcrFacts(reads, versions, readSettings(session));
  const check = checkImagesInUse(versions, ecrFacts);
  const unnamed = await unnamedIn(reads, [...images.values()], (line) => report.info(line));
  return { ...check, unnamed };
}

/** Each CREATED version's ContainerImage, but those this run retired by deleting them. */
async function containerImages(
  { inputs, api, client }: Session,
  decisions: readonly RetentionDecision[],
  retired: readonly number[],
): Promise<Map<number, string | undefined>> {
  const images = new Map<number, string | undefined>();
  for (const { version, status } of decisions) {
    if (status !== 'CREATED' || retired.includes(version)) continue;
    const described = await api.unlessNotFound(() =>
      api.describeImageVersion(client, inputs.imageName, version),
    );
    if (described !== undefined) images.set(version, described.ContainerImage);
  }
  return images;
}

/** Per repository of the versions' images: the images no version names. */
async function unnamedIn(
  reads: EcrImageReads,
  containerImages: readonly (string | undefined)[],
  log: (line: string) => void,
): Promise<UnnamedImages[]> {
  const named = new Set<string>();
  const repositories = new Map<string, RepositoryLocation>();
  for (const containerImage of containerImages) {
    const image = imageOfVersion(containerImage);
    if (image === undefined) continue;
    named.add(image.digest);
    repositories.set(repositoryKey(image), {
      registryId: image.registryId,
      repository: image.repository,
      region: image.region,
    });
  }
  const found: UnnamedImages[] = [];
  for (const location of repositories.values()) {
    try {
      found.push(unnamedImages(location.repository, await reads.listImages(location), named));
    } catch {
      log(`Could not list the images of ECR repository ${location.repository}; none is listed.`);
    }
  }
  return found;
}
