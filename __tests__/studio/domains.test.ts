// What a Studio domain's status means for attaching to it. Pure.
import { describe, expect, it } from '@jest/globals';
import { judgeDomain } from '../../src/studio/domains.js';

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
        'Studio domain "d-1" is Failed: VPC gone. Nothing was attached to it; fix the domain (or remove it from `studio-domain-ids`) and re-run.',
    });
    expect(judgeDomain({}, 'd-1')).toStrictEqual({
      kind: 'failed',
      message:
        'Studio domain "d-1" is unknown: SageMaker gave no reason. Nothing was attached to it; fix the domain (or remove it from `studio-domain-ids`) and re-run.',
    });
  });
});
