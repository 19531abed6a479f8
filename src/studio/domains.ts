// Studio domains: read one once it is InService (waiting out Pending and Updating), and put this
// image's entry in its lists by read-modify-write (read-modify-write.ts: read again after each
// write, and write again from that read while the entry is missing or wrong; UpdateDomain is never
// resent as it was, not even by the SDK's retries).
import type { CustomImage } from '@aws-sdk/client-sagemaker';
import type { DescribeDomainResponse } from '../aws/sagemaker-domains.js';
import { ActionError } from '../common/action-error.js';
import { errorFacts } from '../aws/errors.js';
import type { StudioInputs } from '../inputs/studio-inputs.js';
import { oneLine } from '../common/log-safe.js';
import { pollUntilSettled, type Verdict } from '../wait/poll.js';
import { waitSettings, type Session } from '../run/session.js';
import { planDomain, type DomainPlan } from './plan.js';
import type { RollbackGuard } from '../core/studio-lists.js';
import { MAX_WRITES, readModifyWrite } from '../core/read-modify-write.js';

/** Read-modify-writes per domain, the first included (see read-modify-write.ts). */
export const MAX_DOMAIN_WRITES = MAX_WRITES;

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
          'the domain (or remove it from `domain-ids`) and re-run.',
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
  session.report.info(
    // Stryker disable next-line StringLiteral: only Pending and Updating get here, so Status is set
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

/**
 * Every domain of `domainIds`, each once InService, read one after the other; `check` sees each
 * (a full list fails there, at once). A domain that does not exist does not stop the reading: every
 * such id is named in one failure once all were read. Any other error fails at once.
 */
export async function readEveryDomain(
  session: Session,
  domainIds: readonly string[],
  check: (domainId: string, described: DescribeDomainResponse) => void,
): Promise<Map<string, DescribeDomainResponse>> {
  const domains = new Map<string, DescribeDomainResponse>();
  const missing: { readonly domainId: string; readonly error: unknown }[] = [];
  for (const domainId of domainIds) {
    let described: DescribeDomainResponse;
    try {
      described = await readSettledDomain(session, domainId);
    } catch (error) {
      if (errorFacts(error).name !== 'ResourceNotFound') throw error;
      missing.push({ domainId, error });
      continue;
    }
    check(domainId, described);
    domains.set(domainId, described);
  }
  // One missing domain fails as any failed call does; several are named together.
  if (missing.length > 1)
    throw new ActionError(missingDomainsMessage(missing, session.inputs.region));
  const [only] = missing;
  if (only !== undefined) throw only.error;
  return domains;
}

/** Several domains that do not exist, in one message, with AWS's request ids. Pure. */
export function missingDomainsMessage(
  missing: readonly { readonly domainId: string; readonly error: unknown }[],
  region: string,
): string {
  const ids = missing.map(({ domainId }) => `"${domainId}"`);
  // Stryker disable next-line StringLiteral: called with two domains or more
  const list = `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}`;
  const requestIds = missing.flatMap(({ error }) => errorFacts(error).requestId ?? []);
  return (
    `DescribeDomain for Studio domains ${list} in ${region} failed: these ${missing.length} ` +
    `Studio domains do not exist in ${region}, or these credentials cannot see them. Check ` +
    '`domain-ids` (`aws sagemaker list-domains` lists them) and `aws-region`; nothing ' +
    `was created. (ResourceNotFound for each${requestIds.length === 0 ? '' : `; request ids ${requestIds.join(', ')}`})`
  );
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
  const { api, client } = session;
  const { plan, writes } = await readModifyWrite(session, {
    subject: `Studio domain ${domainId}`,
    noun: 'domain',
    operation: 'UpdateDomain',
    readAndPlan: async () =>
      planDomain(domainId, await readSettledDomain(session, domainId), studio, entry, guard),
    send: (request) => api.updateDomain(client, request),
    status: async () => (await api.describeDomain(client, domainId)).Status,
    overwritten:
      `Studio domain "${domainId}": other writers overwrote this image's entry ${MAX_DOMAIN_WRITES} ` +
      'times in a row. Put the workflows that change this domain in one `concurrency:` group ' +
      "(see the action's docs/studio.md), then re-run.",
  });
  // Stryker disable next-line all: a domain is never gone here (its read fails instead)
  if (plan === undefined) throw new Error(`Studio domain ${domainId} was not read`);
  return { plan, writes };
}
