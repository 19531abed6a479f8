// Before a version is pinned or attached in Studio: can Studio pull its image? A version whose
// image ECR no longer has, or holds in the archive (or is restoring), would not start: the step
// refuses, naming the fix (the restore command for an archived image). A lifecycle rule that would
// expire or archive it soon is a warning, and so is a check that could not read ECR: the pin is
// not held up by what is not known.
//
// Requests: one DescribeImageVersion (its ContainerImage), one DescribeImages, one lifecycle
// policy preview of the image's repository.
import type { EcrImageReads } from '../aws/ecr-images.js';
import { explainAwsError } from '../aws/errors.js';
import type { Session } from '../run/session.js';
import { checkImagesInUse, type EcrCheck } from './ecr-check.js';
import { readEcrFacts } from './ecr-read.js';

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
    refusal: `Nothing was pinned in Studio: ${refusals.map((f) => f.message).join(' ')}`,
    warnings,
  };
}

/** Reads and judges the image of `version`, which `users` are about to get. */
export async function checkPinnable(
  session: Session,
  reads: EcrImageReads,
  version: number,
  users: string,
): Promise<PinVerdict> {
  const { inputs, api, client, report } = session;
  let containerImage: string | undefined;
  try {
    const described = await api.describeImageVersion(client, inputs.imageName, version);
    containerImage = described.ContainerImage;
  } catch (error) {
    const why = explainAwsError(error, {
      // Stryker disable next-line StringLiteral: the error is a AwsCallError naming its operation
      operation: 'DescribeImageVersion',
      imageName: inputs.imageName,
      region: inputs.region,
    });
    return { warnings: [`The image of version ${version} was not checked in ECR: ${why}`] };
  }
  const versions = [{ version, users, containerImage }];
  const facts = await readEcrFacts(reads, versions, {
    clock: session.clock,
    timeoutMs: inputs.waitTimeoutSeconds * 1000,
    maxDelayMs: inputs.waitMaxDelaySeconds * 1000,
    log: (line) => report.info(line),
    imageName: inputs.imageName,
  });
  return pinVerdict(checkImagesInUse(versions, facts));
}
