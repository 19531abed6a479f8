// What a Studio domain's status means for attaching to it, and how unknown ids are named. Pure.
import { describe, expect, it } from '@jest/globals';
import { judgeDomain, missingDomainsMessage } from '../../src/studio/domains.js';

describe('judgeDomain', () => {
  it('attaches to an InService domain as read', () => {
    const described = { DomainId: 'd-1', Status: 'InService' as const };
    expect(judgeDomain(described, 'd-1')).toStrictEqual({ kind: 'done', value: described });
  });

  it.each(['Pending', 'Updating'] as const)('waits while the domain is %s', (Status) => {
    expect(judgeDomain({ Status }, 'd-1')).toStrictEqual({ kind: 'pending' });
  });

  it('stops on any other status, with SageMaker’s reason or saying it gave none', () => {
    expect(judgeDomain({ Status: 'Failed', FailureReason: 'VPC\ngone' }, 'd-1')).toStrictEqual({
      kind: 'failed',
      message:
        'Studio domain "d-1" is Failed: VPC gone. Nothing was attached to it; fix the domain (or remove it from `domain-ids`) and re-run.',
    });
    expect(judgeDomain({}, 'd-1')).toStrictEqual({
      kind: 'failed',
      message:
        'Studio domain "d-1" is unknown: SageMaker gave no reason. Nothing was attached to it; fix the domain (or remove it from `domain-ids`) and re-run.',
    });
  });
});

describe('missingDomainsMessage', () => {
  it('names every unknown domain, with the request ids AWS gave', () => {
    const missing = (domainId: string, requestId?: string) => ({
      domainId,
      error: Object.assign(new Error('not found'), {
        name: 'ResourceNotFound',
        ...(requestId === undefined ? {} : { $metadata: { requestId } }),
      }),
    });
    expect(
      missingDomainsMessage(
        [missing('d-a', 'r-1'), missing('d-b'), missing('d-c', 'r-3')],
        'us-east-1',
      ),
    ).toBe(
      'DescribeDomain for Studio domains "d-a", "d-b" and "d-c" in us-east-1 failed: these 3 Studio domains do not exist in us-east-1, or these credentials cannot see them. Check `domain-ids` (`aws sagemaker list-domains` lists them) and `aws-region`; nothing was created. (ResourceNotFound for each; request ids r-1, r-3)',
    );
    expect(missingDomainsMessage([missing('d-a'), missing('d-b')], 'us-east-1')).toMatch(
      /"d-a" and "d-b" .* \(ResourceNotFound for each\)$/,
    );
  });
});
