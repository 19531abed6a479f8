import { describe, expect, it } from '@jest/globals';
import {
  decideRetention,
  retiring,
  type RetentionFacts,
  type RetentionPolicy,
} from '../../src/retention/decide.js';

/** Versions 1..n, CREATED unless `statuses` says otherwise. */
function versions(n: number, statuses: Record<number, string> = {}): RetentionFacts['versions'] {
  return Array.from({ length: n }, (_, i) => ({
    version: i + 1,
    status: statuses[i + 1] ?? 'CREATED',
  }));
}

const none = new Map<number, string[]>();
const policy = (over: Partial<RetentionPolicy> = {}): RetentionPolicy => ({
  keepVersions: 3,
  action: 'delete',
  current: 10,
  ...over,
});

/** version → verdict text, for compact expectations. */
function verdicts(facts: Partial<RetentionFacts> & Pick<RetentionFacts, 'versions'>, p = policy()) {
  return Object.fromEntries(
    decideRetention({ aliases: none, pins: none, ...facts }, p).map((d) => [
      d.version,
      d.verdict.kind === 'keep'
        ? `keep: ${d.verdict.reasons.join('; ')}`
        : d.verdict.kind === 'already'
          ? `already ${d.verdict.guidance}`
          : 'retire',
    ]),
  );
}

describe('decideRetention', () => {
  it('keeps the N newest CREATED versions, this run included, and retires the rest', () => {
    expect(verdicts({ versions: versions(10) })).toEqual({
      10: "keep: this run's version",
      9: 'keep: one of the 3 newest CREATED versions',
      8: 'keep: one of the 3 newest CREATED versions',
      7: 'retire',
      6: 'retire',
      5: 'retire',
      4: 'retire',
      3: 'retire',
      2: 'retire',
      1: 'retire',
    });
  });

  it.each([
    [
      'this run is the only one kept with N = 1',
      { versions: versions(3) },
      policy({ keepVersions: 1, current: 3 }),
      { 3: "keep: this run's version", 2: 'retire', 1: 'retire' },
    ],
    [
      'newer versions are kept and do not count',
      { versions: versions(6, { 6: 'CREATING', 5: 'CREATED' }) },
      policy({ keepVersions: 2, current: 4 }),
      {
        6: "keep: newer than this run's version; still CREATING",
        5: "keep: newer than this run's version",
        4: "keep: this run's version",
        3: 'keep: one of the 2 newest CREATED versions',
        2: 'retire',
        1: 'retire',
      },
    ],
    [
      'older CREATE_FAILED versions are retired and do not count',
      { versions: versions(6, { 5: 'CREATE_FAILED', 3: 'CREATE_FAILED' }) },
      policy({ keepVersions: 3, current: 6 }),
      {
        6: "keep: this run's version",
        5: 'retire',
        4: 'keep: one of the 3 newest CREATED versions',
        3: 'retire',
        2: 'keep: one of the 3 newest CREATED versions',
        1: 'retire',
      },
    ],
    [
      'a newer CREATE_FAILED version is kept',
      { versions: versions(3, { 3: 'CREATE_FAILED' }) },
      policy({ keepVersions: 1, current: 2 }),
      { 3: "keep: newer than this run's version", 2: "keep: this run's version", 1: 'retire' },
    ],
    [
      'CREATING, DELETING and unknown statuses are kept and do not count',
      { versions: versions(5, { 4: 'CREATING', 3: 'DELETING', 2: 'DELETE_FAILED' }) },
      policy({ keepVersions: 2, current: 5 }),
      {
        5: "keep: this run's version",
        4: 'keep: still CREATING',
        3: 'keep: already DELETING',
        2: 'keep: DELETE_FAILED: left for a person to look at',
        1: 'keep: one of the 2 newest CREATED versions',
      },
    ],
    [
      'an alias protects a version of any status',
      {
        versions: versions(5, { 2: 'CREATE_FAILED' }),
        aliases: new Map([
          [1, ['stable', 'lts']],
          [2, ['broken']],
        ]),
      },
      policy({ keepVersions: 2, current: 5 }),
      {
        5: "keep: this run's version",
        4: 'keep: one of the 2 newest CREATED versions',
        3: 'retire',
        2: 'keep: holds alias "broken"',
        1: 'keep: holds aliases "stable", "lts"',
      },
    ],
    [
      'a Studio pin protects a version, whoever pins it',
      {
        versions: versions(4),
        pins: new Map([
          [1, ['domain d-1 default user settings']],
          [2, ['space lab (d-1)']],
        ]),
      },
      policy({ keepVersions: 1, current: 4 }),
      {
        4: "keep: this run's version",
        3: 'retire',
        2: 'keep: pinned in Studio',
        1: 'keep: pinned in Studio',
      },
    ],
    [
      'a protected version within N says every reason',
      { versions: versions(3), aliases: new Map([[2, ['stable']]]), pins: new Map([[2, ['x']]]) },
      policy({ keepVersions: 2, current: 3 }),
      {
        3: "keep: this run's version",
        2: 'keep: one of the 2 newest CREATED versions; holds alias "stable"; pinned in Studio',
        1: 'retire',
      },
    ],
    [
      'a dry run counts the version it would create as the first of N',
      { versions: versions(4) },
      policy({ keepVersions: 3, current: 'new' }),
      {
        4: 'keep: one of the 3 newest CREATED versions',
        3: 'keep: one of the 3 newest CREATED versions',
        2: 'retire',
        1: 'retire',
      },
    ],
    [
      "this run's version counts even when the list does not show it yet",
      { versions: versions(4) },
      policy({ keepVersions: 2, current: 5 }),
      { 4: 'keep: one of the 2 newest CREATED versions', 3: 'retire', 2: 'retire', 1: 'retire' },
    ],
    [
      'archive mode leaves versions already TO_BE_ARCHIVED or ARCHIVED alone; they still count',
      {
        versions: versions(5),
        vendorGuidance: new Map([
          [4, 'TO_BE_ARCHIVED'],
          [2, 'ARCHIVED'],
          [1, 'STABLE'],
        ]),
      },
      policy({ keepVersions: 2, current: 5, action: 'archive' }),
      {
        5: "keep: this run's version",
        4: 'keep: one of the 2 newest CREATED versions',
        3: 'retire',
        2: 'already ARCHIVED',
        1: 'retire',
      },
    ],
    [
      'delete mode deletes versions whatever their guidance',
      { versions: versions(2), vendorGuidance: new Map([[1, 'ARCHIVED']]) },
      policy({ keepVersions: 1, current: 2 }),
      { 2: "keep: this run's version", 1: 'retire' },
    ],
  ])('%s', (_name, facts, p, expected) => {
    expect(verdicts(facts, p)).toEqual(expected);
  });

  it('lists newest first, carrying aliases and pins, and retires oldest first', () => {
    const decisions = decideRetention(
      {
        versions: [2, 4, 1, 3].map((version) => ({ version, status: 'CREATED' })),
        aliases: new Map([[4, ['latest']]]),
        pins: new Map([[1, ['user profile alice (d-1)']]]),
      },
      policy({ keepVersions: 1, current: 4 }),
    );
    expect(decisions.map((d) => d.version)).toEqual([4, 3, 2, 1]);
    expect(decisions[0]?.aliases).toEqual(['latest']);
    expect(decisions[3]?.pinnedBy).toEqual(['user profile alice (d-1)']);
    expect(retiring(decisions)).toEqual([2, 3]);
  });
});

describe('decideRetention, at its edges', () => {
  it("names a newer version's reason, and ignores vendor guidance when deleting", () => {
    const guidance = new Map([[2, 'TO_BE_ARCHIVED']]);
    expect(
      verdicts(
        { versions: versions(6), vendorGuidance: guidance },
        policy({ keepVersions: 1, current: 5 }),
      ),
    ).toEqual({
      6: "keep: newer than this run's version",
      5: "keep: this run's version",
      4: 'retire',
      3: 'retire',
      2: 'retire',
      1: 'retire',
    });
  });

  it('keeps a version of an unknown status for a person to look at', () => {
    expect(verdicts({ versions: versions(3, { 1: '' }) }, policy({ current: 3 }))).toMatchObject({
      1: 'keep: unknown status: left for a person to look at',
    });
  });
});
