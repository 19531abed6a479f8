// Studio domains: read one once it is InService (waiting out Pending and Updating), and put this
// image's entry in its lists by read-modify-write. UpdateDomain has no condition to send, so two
// writers that read before either writes lose one update: after each write the domain is read again
// (once the update has settled) and the write redone, from that new read, while this image's entry
// is missing or wrong. UpdateDomain is never resent as it was (not even by the SDK's retries).
import type { CustomImage } from '@aws-sdk/client-sagemaker';
import type { DescribeDomainResponse } from '../aws/studio-api.js';
import { ActionError } from '../common/action-error.js';
import { errorFacts, isTransient } from '../aws/errors.js';
import type { StudioInputs } from '../inputs/studio-inputs.js';
import { oneLine } from '../common/log-safe.js';
import { pollUntilSettled, type Verdict } from '../wait/poll.js';
import { busyRetryDelayMs } from '../wait/schedule.js';
import { waitSettings, type Session } from '../run/session.js';
import { planDomain, type DomainPlan, type RollbackGuard } from './plan.js';

/**
 * Read-modify-writes per domain, the first included. Each one after the first means another writer
 * overwrote this entry from an older read (or SageMaker refused an update while another settled).
 * Every round ends with one writer done, so this bounds how many pipelines may race on one domain.
 */
export const MAX_DOMAIN_WRITES = 5;

/** What a domain's status means for attaching to it. Pure. */
export function judgeDomain(
  described: DescribeDomainResponse,
  domainId: string,
): Verdict<DescribeDomainResponse> {
  const status = described.Status ?? 'unknown';
  switch (status) {
    case 'InService':
      return { kind: 'done', value: described };
    case 'Pending':
    case 'Updating':
      return { kind: 'pending' };
    default: {
      const reason = oneLine(described.FailureReason ?? 'SageMaker gave no reason');
      return {
        kind: 'failed',
        message:
          `Studio domain "${domainId}" is ${status}: ${reason}. Nothing was attached to it; fix ` +
          'the domain (or remove it from `studio-domain-ids`) and re-run.',
      };
    }
  }
}

/** The domain as it is once InService; fails on Failed, Update_Failed, Deleting, Delete_Failed. */
export async function readSettledDomain(
  session: Session,
  domainId: string,
): Promise<DescribeDomainResponse> {
  const first = await session.api.describeDomain(session.client, domainId);
  const verdict = judgeDomain(first, domainId);
  if (verdict.kind === 'done') return verdict.value;
  if (verdict.kind === 'failed') throw new ActionError(verdict.message);
  // Stryker disable next-line StringLiteral: only Pending and Updating get here, so Status is set
  session.report.info(
    `Studio domain ${domainId} is ${first.Status ?? 'unknown'}: waiting for InService.`,
  );
  const { value } = await pollUntilSettled({
    subject: `Studio domain ${domainId}`,
    read: () => session.api.describeDomain(session.client, domainId),
    statusOf: (described) => described.Status ?? 'unknown',
    judge: (described) => judgeDomain(described, domainId),
    // Stryker disable next-line StringLiteral: describeDomain's errors name their own operation
    ...waitSettings(session, 'DescribeDomain'),
  });
  return value;
}

export interface DomainOutcome {
  /** The plan made from the first read: each level's entry before and after. */
  readonly plan: DomainPlan;
  /** UpdateDomain calls that SageMaker accepted. */
  readonly writes: number;
}

type Studio = Pick<StudioInputs, 'appType' | 'levels'>;

/** Puts `entry` in the domain's chosen lists, and sees it stay there. */
export async function attachToDomain(
  session: Session,
  studio: Studio,
  domainId: string,
  entry: CustomImage,
  guard: RollbackGuard,
): Promise<DomainOutcome> {
  const { report } = session;
  const planFrom = (described: DescribeDomainResponse): DomainPlan =>
    planDomain(domainId, described, studio, entry, guard);
  const firstPlan = planFrom(await readSettledDomain(session, domainId));
  let plan = firstPlan;
  let writes = 0;
  for (let attempt = 1; plan.request !== undefined; attempt++) {
    if (attempt > MAX_DOMAIN_WRITES) {
      throw new ActionError(
        `Studio domain "${domainId}": other writers overwrote this image's entry ${MAX_DOMAIN_WRITES} ` +
          'times in a row. Put the workflows that change this domain in one `concurrency:` group ' +
          "(see the action's docs/studio.md), then re-run.",
      );
    }
    if (await sendUpdate(session, domainId, plan.request, attempt)) writes++;
    plan = planFrom(await readSettledDomain(session, domainId));
    if (plan.request !== undefined) {
      report.info(
        `Studio domain ${domainId}: this image's entry is missing or wrong after the update ` +
          '(another writer saved the settings from an older read); writing it again.',
      );
    }
  }
  return { plan: firstPlan, writes };
}

/**
 * Sends the update, once (the SDK does not resend it). When its answer is lost, throttled, a server
 * fault or a time-out, the write may or may not have happened: returns true after a pause, and the
 * caller reads the domain again and plans again from what it finds, never resending the old body.
 * When SageMaker refuses it and the domain is no longer InService (another writer's update is
 * settling: the error it gives then is not documented), returns false likewise; any other refusal
 * is the step's failure.
 */
async function sendUpdate(
  session: Session,
  domainId: string,
  request: NonNullable<DomainPlan['request']>,
  attempt: number,
): Promise<boolean> {
  try {
    await session.api.updateDomain(session.client, request);
    return true;
  } catch (error) {
    const { name } = errorFacts(error);
    if (isTransient(error)) {
      const delay = busyRetryDelayMs(attempt, session.clock.random());
      session.report.info(
        `Studio domain ${domainId}: UpdateDomain got no clear answer (${name}); reading the domain again in ${(delay / 1000).toFixed(1)} s to see what it holds.`,
      );
      await session.clock.sleep(delay);
      return true;
    }
    if (!['ValidationException', 'ResourceInUse', 'ConflictException'].includes(name)) throw error;
    const status = (await session.api.describeDomain(session.client, domainId)).Status;
    if (status === 'InService') throw error;
    session.report.info(
      `Studio domain ${domainId} is ${status ?? 'unknown'} (another update is under way), so UpdateDomain was refused; waiting for it.`,
    );
    return false;
  }
}
