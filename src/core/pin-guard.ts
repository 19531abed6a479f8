// Before `./studio` writes anything: can Studio pull the version's image? A version whose image ECR
// no longer has, or holds in the archive (or is restoring), would not start: the step refuses,
// naming the fix (the restore command for an archived image). A lifecycle rule that would expire
// or archive it soon is a warning, and so is a check that could not read ECR: the release is not
// held up by what is not known.
//
// Requests: one DescribeImages and one lifecycle policy preview of the image's repository (the
// version's ContainerImage comes from the DescribeImageVersion the step made already).
import { ActionError } from '../common/action-error.js';
import type { EcrImageReads } from '../aws/ecr-images.js';
import type { Session } from '../run/session.js';
import { checkImagesInUse, type EcrCheck } from './ecr-check.js';
import { readEcrFacts, readSettings } from './ecr-read.js';

/** What the check says of a version about to be pinned. */
export interface PinVerdict {
  /** Set when Studio could not start the version: the step fails with it, before any write. */
  readonly refusal?: string;
  readonly warnings: readonly string[];
}

const CANNOT_START = new Set(['missing', 'archived', 'activating']);

/** Refuse what cannot be pulled now; warn about what a rule would do, or what was not read. Pure. */
export function pinVerdict(check: EcrCheck): PinVerdict {
  const refusals = check.findings.filter((f) => CANNOT_START.has(f.kind));
  const warnings = check.findings.filter((f) => !CANNOT_START.has(f.kind)).map((f) => f.message);
  if (refusals.length === 0) return { warnings };
  return {
    refusal: `Studio could not start this version, so nothing was changed: ${refusals.map((f) => f.message).join(' ')}`,
    warnings,
  };
}

/** The version about to be released: its number, its ContainerImage, and who will get it. */
export interface PinCandidate {
  readonly version: number;
  readonly containerImage: string | undefined;
  readonly users: string;
}

/** Reads and judges the image of the candidate. */
export async function checkPinnable(
  session: Session,
  reads: EcrImageReads,
  candidate: PinCandidate,
): Promise<PinVerdict> {
  const versions = [candidate];
  const facts = await readEcrFacts(reads, versions, readSettings(session));
  return pinVerdict(checkImagesInUse(versions, facts));
}

/**
 * The guard itself: warnings said, a refusal thrown (nothing written yet). A version with no
 * ContainerImage (a dry run's planned version) has nothing to check.
 */
export async function guardPin(
  session: Session,
  candidate: PinCandidate,
  reads: EcrImageReads,
): Promise<void> {
  if (candidate.containerImage === undefined) return;
  const { report } = session;
  const verdict = await report.group(`Check the image of version ${candidate.version} in ECR`, () =>
    checkPinnable(session, reads, candidate),
  );
  for (const warning of verdict.warnings) report.warning(warning);
  if (verdict.refusal !== undefined) throw new ActionError(verdict.refusal);
}
