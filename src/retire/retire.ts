// Carries out a retention plan: one version at a time, oldest first, each write waiting out a busy
// image (ResourceInUse: "is being deleted", "modified concurrently") like every other write.
import type { DeleteImageVersionRequest } from '@aws-sdk/client-sagemaker';
import { errorFacts } from '../aws/errors.js';
import type { PlannedRequest } from '../common/planned-request.js';
import type { UpdateImageVersionRequest } from '../aws/sagemaker-images.js';
import type { RetentionAction } from '../inputs/retire-inputs.js';
import { busyRetry, type Session } from '../run/session.js';
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

/** The request that retires a version, as a dry run lists it and a real run sends it. Pure. */
export type RetireRequest =
  | { readonly operation: 'DeleteImageVersion'; readonly input: DeleteImageVersionRequest }
  | { readonly operation: 'UpdateImageVersion'; readonly input: UpdateImageVersionRequest };

export function retireRequest(
  imageName: string,
  version: number,
  action: RetentionAction,
): RetireRequest {
  return action === 'delete'
    ? { operation: 'DeleteImageVersion', input: { ImageName: imageName, Version: version } }
    : {
        operation: 'UpdateImageVersion',
        input: { ImageName: imageName, Version: version, VendorGuidance: 'TO_BE_ARCHIVED' },
      };
}

/**
 * Whether SageMaker says this very version is being deleted: what a resent delete meets when the
 * answer to the first was lost while SageMaker still deletes it (ResourceInUse
 * "ImageVersion (arn:…:image-version/<image>/<version>) is being deleted"). Pure.
 */
export function isBeingDeleted(error: unknown, version: number): boolean {
  const { name, message } = errorFacts(error);
  return (
    name === 'ResourceInUse' &&
    new RegExp(`image-version/[^/)]+/${version}\\) is being deleted`, 'i').test(message)
  );
}

/** Retires each version; returns those this run deleted or marked (not those gone meanwhile). */
export async function retireVersions(
  session: Session,
  versions: readonly number[],
  action: RetentionAction,
): Promise<number[]> {
  const { report } = session;
  const retired: number[] = [];
  for (const version of versions) {
    let answerLost: boolean;
    try {
      answerLost = await retireOne(session, version, action);
    } catch (error) {
      if (errorFacts(error).name !== 'ResourceNotFound') throw new RetireError(retired, error);
      report.info(`Version ${version} is gone already (deleted by someone else meanwhile).`);
      continue;
    }
    retired.push(version);
    report.info(
      action === 'delete'
        ? `Deleted version ${version} (its ECR image stays)${answerLost ? '; the answer to the first request was lost, and the retry found it gone' : ''}.`
        : `Marked version ${version} TO_BE_ARCHIVED (SageMaker archives it after three months).`,
    );
  }
  return retired;
}

/**
 * Sends one version's retirement, waiting out a busy image; returns whether the answer to this
 * run's own request was lost on the way (the version then found gone counts as retired by it).
 */
async function retireOne(
  session: Session,
  version: number,
  action: RetentionAction,
): Promise<boolean> {
  const { inputs, api, client } = session;
  const request = retireRequest(inputs.imageName, version, action);
  const doing =
    action === 'delete'
      ? `deleting version ${version}`
      : `marking version ${version} TO_BE_ARCHIVED`;
  let ownDeletionSeen = false;
  try {
    await retryWhileBusy(busyRetry(session), doing, async () => {
      try {
        await (request.operation === 'DeleteImageVersion'
          ? api.deleteImageVersion(client, request.input)
          : api.updateImageVersion(client, request.input));
      } catch (error) {
        // The SDK's resend of this very delete, meeting the deletion its first send started
        // (met on a first send, the deletion is someone else's).
        const attempts = errorFacts(error).attempts ?? 1;
        if (isBeingDeleted(error, version) && attempts > 1) ownDeletionSeen = true;
        throw error;
      }
    });
    return false;
  } catch (error) {
    const { name, attempts } = errorFacts(error);
    // Found gone by a retry of this run's own request: the first answer was lost.
    const retried = (attempts ?? 1) > 1 || ownDeletionSeen;
    if (name === 'ResourceNotFound' && retried) return true;
    throw error;
  }
}

/** The request that marks a kept version STABLE again, taking back a TO_BE_ARCHIVED. Pure. */
export function unmarkRequest(imageName: string, version: number): UpdateImageVersionRequest {
  return { ImageName: imageName, Version: version, VendorGuidance: 'STABLE' };
}

/**
 * Every write a plan sends, in the order a real run sends them: the kept versions marked STABLE
 * again, then the retired ones. What a dry run lists and counts. Pure.
 */
export function retentionRequests(
  imageName: string,
  plan: {
    readonly unmark: readonly number[];
    readonly retire: readonly number[];
    readonly action: RetentionAction;
  },
): PlannedRequest[] {
  return [
    ...plan.unmark.map((version) => ({
      operation: 'UpdateImageVersion',
      input: unmarkRequest(imageName, version),
    })),
    ...plan.retire.map((version) => retireRequest(imageName, version, plan.action)),
  ];
}

/** Marks each kept version STABLE again; returns those this run marked (not those gone). */
export async function unmarkVersions(
  session: Session,
  versions: readonly number[],
): Promise<number[]> {
  const { inputs, api, client, report } = session;
  const unmarked: number[] = [];
  for (const version of versions) {
    try {
      await retryWhileBusy(busyRetry(session), `marking version ${version} STABLE`, () =>
        api.updateImageVersion(client, unmarkRequest(inputs.imageName, version)),
      );
    } catch (error) {
      if (errorFacts(error).name === 'ResourceNotFound') continue;
      throw new RetireError([], error);
    }
    unmarked.push(version);
    report.info(
      `Marked version ${version} STABLE again: it is kept, and its TO_BE_ARCHIVED mark would have archived it.`,
    );
  }
  return unmarked;
}
