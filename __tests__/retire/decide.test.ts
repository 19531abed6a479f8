import { describe, expect, it } from '@jest/globals';
import {
  decideRetention,
  retiring,
  unmarking,
  type RetentionFacts,
  type RetentionPolicy,
} from '../../src/retire/decide.js';
import type { Use } from '../../src/retire/uses.js';

const NOW = Date.UTC(2026, 10, 30, 12);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Versions 1..n, CREATED unless `statuses` says otherwise, version v made (30 - v) days ago. */
function versions(n: number, statuses: Record<number, string> = {}): RetentionFacts['versions'] {
  return Array.from({ length: n }, (_, i) => ({
    version: i + 1,
    status: statuses[i + 1] ?? 'CREATED',
    createdAt: new Date(NOW - (30 - (i + 1)) * DAY),
  }));
}

/** The versions, with those in `young` made `hoursAgo` hours ago. */
function withYoung(list: RetentionFacts['versions'], young: number[], hoursAgo = 1) {
  return list.map((v) =>
    young.includes(v.version) ? { ...v, createdAt: new Date(NOW - hoursAgo * HOUR) } : v,
  );
}

const none = new Map<number, never[]>();
const policy = (over: Partial<RetentionPolicy> = {}): RetentionPolicy => ({
  keepVersions: 3,
  action: 'delete',
  current: 10,
  keepYoungerThanMs: DAY,
  keepYoungerThan: '24h',
  nowMs: NOW,
  ...over,
});
const N = (n: number) =>
  n === 1
    ? 'the newest CREATED version older than 24h'
    : `one of the ${n} newest CREATED versions older than 24h`;
const inDomain = (place: Use['place'], name?: string): Use => ({
  domainId: 'd-1',
  place,
  ...(name === undefined ? {} : { name }),
});

/** version → verdict text, for compact expectations. */
function verdicts(facts: Partial<RetentionFacts> & Pick<RetentionFacts, 'versions'>, p = policy()) {
  return Object.fromEntries(
    decideRetention({ aliases: none, uses: none, appsOnLatest: [], ...facts }, p).map((d) => [
      d.version,
      d.verdict.kind === 'keep'
        ? `keep: ${d.verdict.reasons.join('; ')}${d.verdict.unmark ? ' (unmark)' : ''}`
        : d.verdict.kind === 'already'
          ? `already ${d.verdict.guidance}`
          : 'retire',
    ]),
  );
}

describe('decideRetention', () => {
  it('keeps the N newest CREATED versions, this run included when it is old, and retires the rest', () => {
    expect(verdicts({ versions: versions(10) })).toEqual({
      10: "keep: this run's version",
      9: `keep: ${N(3)}`,
      8: `keep: ${N(3)}`,
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
        3: `keep: ${N(2)}`,
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
        4: `keep: ${N(3)}`,
        3: 'retire',
        2: `keep: ${N(3)}`,
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
        1: `keep: ${N(2)}`,
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
        4: `keep: ${N(2)}`,
        3: 'retire',
        2: 'keep: holds alias "broken"',
        1: 'keep: holds aliases "stable", "lts"',
      },
    ],
    [
      'a use in Studio protects a version, wherever it is named',
      {
        versions: versions(4),
        uses: new Map([
          [1, [inDomain('domain settings')]],
          [2, [inDomain('space', 'lab'), inDomain('app', 'lab/JupyterLab/default')]],
        ]),
      },
      policy({ keepVersions: 1, current: 4 }),
      {
        4: "keep: this run's version",
        3: 'retire',
        2: 'keep: in use in Studio',
        1: 'keep: in use in Studio',
      },
    ],
    [
      'a protected version within N says every reason',
      {
        versions: versions(3),
        aliases: new Map([[2, ['stable']]]),
        uses: new Map([[2, [inDomain('user profile', 'alice')]]]),
      },
      policy({ keepVersions: 2, current: 3 }),
      {
        3: "keep: this run's version",
        2: `keep: ${N(2)}; holds alias "stable"; in use in Studio`,
        1: 'retire',
      },
    ],
    [
      'a dry run keeps the version it would create, which is young and uses no slot',
      { versions: versions(4) },
      policy({ keepVersions: 2, current: 'new' }),
      { 4: `keep: ${N(2)}`, 3: `keep: ${N(2)}`, 2: 'retire', 1: 'retire' },
    ],
    [
      "this run's version uses no slot when the list does not show it yet",
      { versions: versions(4) },
      policy({ keepVersions: 2, current: 5 }),
      { 4: `keep: ${N(2)}`, 3: `keep: ${N(2)}`, 2: 'retire', 1: 'retire' },
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

  it('lists newest first, carrying aliases and uses, and retires oldest first', () => {
    const alice = inDomain('user profile', 'alice');
    const decisions = decideRetention(
      {
        versions: [2, 4, 1, 3].map((version) => ({
          version,
          status: 'CREATED',
          createdAt: new Date(0),
        })),
        aliases: new Map([[4, ['latest']]]),
        uses: new Map([[1, [alice]]]),
        appsOnLatest: [],
      },
      policy({ keepVersions: 1, current: 4 }),
    );
    expect(decisions.map((d) => d.version)).toEqual([4, 3, 2, 1]);
    expect(decisions[0]?.aliases).toEqual(['latest']);
    expect(decisions[3]?.usedBy).toEqual([alice]);
    // A version with no alias and no use carries empty lists, not a placeholder.
    expect(decisions[1]).toStrictEqual({
      version: 3,
      status: 'CREATED',
      createdAt: new Date(0),
      aliases: [],
      usedBy: [],
      verdict: { kind: 'retire' },
    });
    expect(retiring(decisions)).toEqual([2, 3]);
  });
});

describe('keep-younger-than', () => {
  it('keeps every younger version, this run included, and none of them uses a slot', () => {
    expect(
      verdicts(
        { versions: withYoung(versions(7), [7, 6, 5]) },
        policy({ keepVersions: 2, current: 7 }),
      ),
    ).toEqual({
      7: "keep: this run's version",
      6: 'keep: younger than 24h',
      5: 'keep: younger than 24h',
      4: `keep: ${N(2)}`,
      3: `keep: ${N(2)}`,
      2: 'retire',
      1: 'retire',
    });
  });

  it('names the one version kept past the grace period as such', () => {
    expect(
      verdicts({ versions: versions(3) }, policy({ keepVersions: 1, current: 'new' })),
    ).toEqual({ 3: `keep: ${N(1)}`, 2: 'retire', 1: 'retire' });
    expect(N(1)).toBe('the newest CREATED version older than 24h');
  });

  it('keeps a young failed version too: another run may still be at work on it', () => {
    expect(
      verdicts(
        { versions: withYoung(versions(3, { 2: 'CREATE_FAILED' }), [2]) },
        policy({ keepVersions: 1, current: 3 }),
      ),
    ).toEqual({ 3: "keep: this run's version", 2: 'keep: younger than 24h', 1: 'retire' });
  });

  it('counts the grace period to the millisecond: exactly that old is old', () => {
    const exactly = versions(3).map((v) =>
      v.version === 2 ? { ...v, createdAt: new Date(NOW - DAY) } : v,
    );
    const justUnder = versions(3).map((v) =>
      v.version === 2 ? { ...v, createdAt: new Date(NOW - DAY + 1) } : v,
    );
    const p = policy({ keepVersions: 1, current: 3 });
    expect(verdicts({ versions: exactly }, p)[2]).toBe('retire');
    expect(verdicts({ versions: justUnder }, p)[2]).toBe('keep: younger than 24h');
  });

  it('keeps a version whose age it cannot tell', () => {
    const unknownAge = versions(3).map(({ version, status }) => ({ version, status }));
    expect(verdicts({ versions: unknownAge }, policy({ keepVersions: 1, current: 3 }))).toEqual({
      3: "keep: this run's version",
      2: 'keep: younger than 24h',
      1: 'keep: younger than 24h',
    });
  });

  it('says the grace period as the input gave it', () => {
    expect(
      verdicts(
        { versions: withYoung(versions(3), [2], 40) },
        policy({ keepVersions: 1, current: 3, keepYoungerThanMs: 2 * DAY, keepYoungerThan: '2d' }),
      ),
    ).toEqual({ 3: "keep: this run's version", 2: 'keep: younger than 2d', 1: 'retire' });
  });
});

describe('apps that name the image but not a version', () => {
  const facts = (appsOnLatest: (Date | undefined)[]) => ({ versions: versions(5), appsOnLatest });
  const reason = 'may be what an app runs (it names the image, not a version)';

  it('keep every version created before such an app started', () => {
    const started = new Date(NOW - (30 - 3) * DAY + HOUR); // an hour after version 3
    expect(verdicts(facts([started]), policy({ keepVersions: 1, current: 5 }))).toEqual({
      5: "keep: this run's version",
      4: 'retire',
      3: `keep: ${reason}`,
      2: `keep: ${reason}`,
      1: `keep: ${reason}`,
    });
  });

  it('keep a version created the very millisecond such an app started', () => {
    const started = new Date(NOW - (30 - 3) * DAY); // when version 3 was created
    expect(verdicts(facts([started]), policy({ keepVersions: 1, current: 5 }))).toMatchObject({
      4: 'retire',
      3: `keep: ${reason}`,
    });
  });

  it('keep a version whose age it cannot tell, for an app of known start too', () => {
    const unknownAge = versions(3).map(({ version, status }) => ({ version, status }));
    expect(
      verdicts(
        { versions: unknownAge, appsOnLatest: [new Date(NOW)] },
        policy({ keepVersions: 1, current: 3 }),
      ),
    ).toMatchObject({ 1: `keep: younger than 24h; ${reason}` });
  });

  it('keep every version when an app does not say when it started', () => {
    expect(verdicts(facts([undefined]), policy({ keepVersions: 1, current: 5 }))).toMatchObject({
      4: `keep: ${reason}`,
      1: `keep: ${reason}`,
    });
  });
});

describe('archive mode', () => {
  it('leaves versions already TO_BE_ARCHIVED or ARCHIVED alone; they still count', () => {
    expect(
      verdicts(
        {
          versions: versions(5),
          vendorGuidance: new Map([
            [3, 'TO_BE_ARCHIVED'],
            [2, 'ARCHIVED'],
            [1, 'STABLE'],
          ]),
        },
        policy({ keepVersions: 2, current: 5, action: 'archive' }),
      ),
    ).toEqual({
      5: "keep: this run's version",
      4: `keep: ${N(2)}`,
      3: 'already TO_BE_ARCHIVED',
      2: 'already ARCHIVED',
      1: 'retire',
    });
  });

  it('marks a kept version STABLE again when it carries TO_BE_ARCHIVED, never an ARCHIVED one', () => {
    const decisions = decideRetention(
      {
        versions: versions(4),
        aliases: new Map([[1, ['lts']]]),
        uses: new Map([[2, [inDomain('domain settings')]]]),
        appsOnLatest: [],
        vendorGuidance: new Map([
          [4, 'TO_BE_ARCHIVED'],
          [2, 'TO_BE_ARCHIVED'],
          [1, 'ARCHIVED'],
        ]),
      },
      policy({ keepVersions: 1, current: 4, action: 'archive' }),
    );
    expect(decisions.map((d) => d.verdict.kind === 'keep' && d.verdict.unmark)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(unmarking(decisions)).toEqual([2, 4]);
    expect(retiring(decisions)).toEqual([3]);
  });

  it('marks nothing in delete mode', () => {
    const decisions = decideRetention(
      {
        versions: versions(2),
        aliases: none,
        uses: none,
        appsOnLatest: [],
        vendorGuidance: new Map([[2, 'TO_BE_ARCHIVED']]),
      },
      policy({ keepVersions: 1, current: 2 }),
    );
    expect(unmarking(decisions)).toEqual([]);
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
