// Carries out a retention plan: one version at a time, oldest first, each write waiting out a busy
// image (ResourceInUse: "is being deleted", "modified concurrently") like every other write.
import { errorFacts } from '../aws/errors.js';
import type * as RetentionApi from '../aws/retention-api.js';
import type { RetentionAction } from '../inputs/inputs.js';
import type { Session } from '../run/session.js';
import { retryWhileBusy } from '../wait/busy.js';

/** A write that failed after `retired` were done. */
export class RetireError extends Error {
  override readonly name = 'RetireError';
  readonly retired: readonly number[];
  override readonly cause: unknown;
  constructor(retired: readonly number[], cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.retired = retired;
    this.cause = cause;
  }
}

/** Retires each version; returns those this run deleted or marked (not those gone meanwhile). */
export async function retireVersions(
  session: Session,
  api: typeof RetentionApi,
  versions: readonly number[],
  action: RetentionAction,
): Promise<number[]> {
  const { inputs, client, log } = session;
  const retired: number[] = [];
  for (const version of versions) {
    const doing =
      action === 'delete'
        ? `deleting version ${version}`
        : `marking version ${version} TO_BE_ARCHIVED`;
    try {
      await retryWhileBusy(session, doing, () =>
        action === 'delete'
          ? api.deleteImageVersion(client, inputs.imageName, version)
          : api.markToBeArchived(client, inputs.imageName, version),
      );
    } catch (error) {
      if (errorFacts(error).name === 'ResourceNotFound') {
        log(`Version ${version} is gone already (deleted by someone else meanwhile).`);
        continue;
      }
      throw new RetireError(retired, error);
    }
    retired.push(version);
    log(
      action === 'delete'
        ? `Deleted version ${version} (its ECR image stays).`
        : `Marked version ${version} TO_BE_ARCHIVED (SageMaker archives it after three months).`,
    );
  }
  return retired;
}
