import { describe, expect, it } from '@jest/globals';
import type { RetentionDecision } from '../../src/retire/decide.js';
import {
  retentionLogLines,
  retentionOutcome,
  retentionSummary,
  unmarkOutcome,
  usesForDebug,
  usesText,
  type RetentionReport,
} from '../../src/retire/report.js';

const decisions: RetentionDecision[] = [
  {
    version: 3,
    status: 'CREATED',
    createdAt: new Date(Date.UTC(2025, 5, 2, 9, 14)),
    aliases: ['latest'],
    usedBy: [],
    verdict: {
      kind: 'keep',
      reasons: ["this run's version", 'holds alias "latest"'],
      unmark: false,
    },
  },
  {
    version: 2,
    status: 'CREATED',
    aliases: [],
    usedBy: [
      { domainId: 'd-1', place: 'space', name: 'lab' },
      { domainId: 'd-1', place: 'user profile', name: 'a|b' },
      { domainId: 'd-1', place: 'user profile', name: 'ana' },
      { domainId: 'd-2', place: 'domain settings' },
    ],
    verdict: { kind: 'keep', reasons: ['in use in Studio'], unmark: false },
  },
  { version: 1, status: 'CREATE_FAILED', aliases: [], usedBy: [], verdict: { kind: 'retire' } },
];
const report = (over: Partial<RetentionReport> = {}): RetentionReport => ({
  imageName: 'img',
  keepVersions: 1,
  keepYoungerThan: '24h',
  action: 'delete',
  current: 3,
  decisions,
  facts: {
    protectionsRead: true,
    searched: { domains: 2, userProfiles: 2, spaces: 1, apps: 1 },
  },
  phase: 'done',
  retired: [1],
  ...over,
});

/** A log row: each column as wide as its widest cell, two spaces apart. */
const WIDTHS = [7, 13, 20, 7, 51];
const row = (...cells: string[]): string =>
  cells.map((c, i) => (i < WIDTHS.length ? c.padEnd(WIDTHS[i] ?? 0) : c)).join('  ');

describe('retention report', () => {
  it('aligns the log table and ends with the outcome and the ECR note', () => {
    expect(retentionLogLines(report())).toEqual([
      "Keep the 1 newest CREATED version older than 24h, and every version younger than that (version 3, this run's, is kept); delete older ones that no alias, Studio setting or app uses, and older failed ones.",
      'Read the aliases, and searched 2 Studio domains, 2 user profiles, 1 space and 1 app for versions in use.',
      row('Version', 'Status', 'Created', 'Aliases', 'Used by', 'Verdict'),
      row(
        '3',
        'CREATED',
        '2025-06-02 09:14 UTC',
        'latest',
        '',
        'kept: this run\'s version; holds alias "latest"',
      ),
      row(
        '2',
        'CREATED',
        '',
        '',
        'd-1: 1 space, 2 user profiles; d-2: domain settings',
        'kept: in use in Studio',
      ),
      row('1', 'CREATE_FAILED', '', '', '', 'retired (deleted)'),
      'Retired 1 version (deleted): 1.',
      'Retiring removes the SageMaker image version only: its container image stays in ECR (this action never deletes ECR images).',
    ]);
  });

  it.each([
    ['plan', 'delete', 'to retire (delete)', 'Retiring 1 version: 1.'],
    [
      'dry-run',
      'delete',
      'would retire (delete)',
      'Dry run: nothing was changed. Would retire 1 version: 1.',
    ],
    [
      'dry-run',
      'archive',
      'would retire (mark TO_BE_ARCHIVED)',
      'Dry run: nothing was changed. Would retire 1 version: 1.',
    ],
    [
      'done',
      'archive',
      'retired (marked TO_BE_ARCHIVED)',
      'Retired 1 version (marked TO_BE_ARCHIVED): 1.',
    ],
  ] as const)('in phase %s with %s, says "%s"', (phase, action, verdict, outcome) => {
    const r = report({ phase, action });
    expect(retentionLogLines(r).some((line) => line.endsWith(verdict))).toBe(true);
    expect(retentionOutcome(r)).toBe(outcome);
  });

  it('says when a version was gone before this run retired it', () => {
    const r = report({ retired: [] });
    expect(retentionLogLines(r)).toContain(
      row('1', 'CREATE_FAILED', '', '', '', 'not retired: gone meanwhile'),
    );
    expect(retentionOutcome(r)).toBe(
      'Nothing was retired: every version to retire was gone meanwhile.',
    );
  });

  it('says when nothing could be retired and Studio was not read', () => {
    const r = report({
      decisions: decisions.slice(0, 1),
      facts: {
        protectionsRead: false,
        searched: { domains: 0, userProfiles: 0, spaces: 0, apps: 0 },
      },
    });
    expect(retentionLogLines(r)).toContain(
      'Nothing could be retired, so aliases and Studio were not read.',
    );
    expect(retentionOutcome(r)).toBe('Nothing to retire.');
  });

  it('says when a done run retired nothing it was told of', () => {
    const { retired: _told, ...r } = report();
    expect(retentionLogLines(r)).toContain(
      row('1', 'CREATE_FAILED', '', '', '', 'not retired: gone meanwhile'),
    );
    expect(retentionOutcome(r)).toBe(
      'Nothing was retired: every version to retire was gone meanwhile.',
    );
  });

  it.each([
    [
      'none',
      'delete',
      'Keep the 1 newest CREATED version older than 24h, and every version younger than that; delete older ones that no alias, Studio setting or app uses, and older failed ones.',
    ],
    [
      3,
      'archive',
      "Keep the 1 newest CREATED version older than 24h, and every version younger than that (version 3, this run's, is kept); mark TO_BE_ARCHIVED older ones that no alias, Studio setting or app uses, and older failed ones.",
    ],
  ] as const)('states the policy (current %s, %s)', (current, action, policy) => {
    expect(retentionLogLines(report({ current, action }))[0]).toBe(policy);
  });

  it('renders the summary as an escaped Markdown table', () => {
    const markdown = retentionSummary(report({ phase: 'dry-run', current: 'new' }));
    expect(markdown).toContain('### Retention of img (dry run): nothing was changed');
    expect(markdown).toContain('(the version this run would create is kept)');
    expect(markdown).toContain('| Version | Status | Created | Aliases | Used by | Verdict |');
    expect(markdown).toContain(
      '| 2 | CREATED |  |  | d-1: 1 space, 2 user profiles; d-2: domain settings | kept: in use in Studio |',
    );
    // Names of profiles and spaces (often people's) are for debug output only.
    expect(markdown).not.toContain('ana');
    expect(retentionLogLines(report()).join('\n')).not.toContain('ana');
    expect(markdown).toContain('**Dry run: nothing was changed. Would retire 1 version: 1.**');
    expect(markdown).toContain('its container image stays in ECR');
  });
});

describe('what the report tells of uses', () => {
  it('counts places per domain, in the order met', () => {
    expect(
      usesText([
        { domainId: 'd-2', place: 'app', name: 'x' },
        { domainId: 'd-1', place: 'domain settings' },
        { domainId: 'd-2', place: 'app', name: 'y' },
        { domainId: 'd-1', place: 'domain settings' },
      ]),
    ).toBe('d-2: 2 apps; d-1: domain settings');
    expect(usesText([])).toBe('');
  });

  it('names each place only in debug lines', () => {
    expect(usesForDebug(decisions)).toEqual([
      'Version 2 is used by space lab in Studio domain d-1.',
      'Version 2 is used by user profile a|b in Studio domain d-1.',
      'Version 2 is used by user profile ana in Studio domain d-1.',
      'Version 2 is used by domain settings in Studio domain d-2.',
    ]);
  });
});

describe('archive mode marking kept versions STABLE again', () => {
  const marked: RetentionDecision[] = [
    {
      version: 4,
      status: 'CREATED',
      aliases: [],
      usedBy: [],
      verdict: { kind: 'keep', reasons: ["this run's version"], unmark: true },
    },
    ...decisions.slice(1),
  ];
  const r = (phase: RetentionReport['phase'], unmarked?: number[]): RetentionReport => ({
    ...report({ decisions: marked, action: 'archive', phase, current: 4 }),
    ...(unmarked === undefined ? {} : { unmarked }),
  });

  it.each([
    [
      'plan',
      undefined,
      'Marking STABLE again (kept, and marked TO_BE_ARCHIVED, which would archive them): 4.',
    ],
    [
      'dry-run',
      undefined,
      'Would mark STABLE again (kept, and marked TO_BE_ARCHIVED, which would archive them): 4.',
    ],
    [
      'done',
      [4],
      'Marked STABLE again (kept, and marked TO_BE_ARCHIVED, which would archive them): 4.',
    ],
    ['done', [], undefined],
  ] as const)('in phase %s says so', (phase, unmarked, expected) => {
    expect(unmarkOutcome(r(phase, unmarked === undefined ? undefined : [...unmarked]))).toBe(
      expected,
    );
  });

  it.each(['plan', 'dry-run', 'done'] as const)(
    'in phase %s says nothing of it when no kept version carries the mark',
    (phase) => {
      expect(unmarkOutcome(report({ action: 'archive', phase, unmarked: [] }))).toBeUndefined();
    },
  );

  it('says nothing of it when a done run was told of no version marked', () => {
    expect(unmarkOutcome(r('done'))).toBeUndefined();
  });

  it('writes the whole summary, oldest first, each alias and the plan to mark', () => {
    const two: RetentionDecision[] = [
      { ...marked[0]!, version: 5, aliases: ['latest', 'stable'] },
      ...marked,
    ];
    const plan = report({ decisions: two, action: 'archive', phase: 'plan', current: 'none' });
    expect(retentionSummary(plan).split('\n')).toStrictEqual([
      '',
      '### Retention of img',
      '',
      'Keep the 1 newest CREATED version older than 24h, and every version younger than that; mark TO_BE_ARCHIVED older ones that no alias, Studio setting or app uses, and older failed ones.',
      'Read the aliases, and searched 2 Studio domains, 2 user profiles, 1 space and 1 app for versions in use.',
      '',
      '| Version | Status | Created | Aliases | Used by | Verdict |',
      '|---|---|---|---|---|---|',
      "| 5 | CREATED |  | latest, stable |  | kept: this run's version; TO_BE_ARCHIVED: to mark STABLE again |",
      "| 4 | CREATED |  |  |  | kept: this run's version; TO_BE_ARCHIVED: to mark STABLE again |",
      '| 2 | CREATED |  |  | d-1: 1 space, 2 user profiles; d-2: domain settings | kept: in use in Studio |',
      '| 1 | CREATE_FAILED |  |  |  | to retire (mark TO_BE_ARCHIVED) |',
      '',
      '**Retiring 1 version: 1.**',
      '',
      'Marking STABLE again (kept, and marked TO_BE_ARCHIVED, which would archive them): 4, 5.',
      '',
      'Retiring marks the SageMaker image version TO_BE_ARCHIVED only: the version stays, and its container image stays in ECR (this action never deletes ECR images).',
      '',
    ]);
    // Without versions to mark, no line for them.
    expect(retentionSummary(report()).split('\n').slice(-6)).toStrictEqual([
      '| 1 | CREATE_FAILED |  |  |  | retired (deleted) |',
      '',
      '**Retired 1 version (deleted): 1.**',
      '',
      'Retiring removes the SageMaker image version only: its container image stays in ECR (this action never deletes ECR images).',
      '',
    ]);
  });

  it('says it in the verdict, the log and the summary', () => {
    const lines = retentionLogLines(r('done', [4]));
    expect(lines.find((line) => line.startsWith('4 '))).toContain(
      "kept: this run's version; TO_BE_ARCHIVED: marked STABLE again",
    );
    expect(lines).toContain(
      'Marked STABLE again (kept, and marked TO_BE_ARCHIVED, which would archive them): 4.',
    );
    expect(retentionSummary(r('dry-run'))).toContain('would mark STABLE again');
    expect(unmarkOutcome(report())).toBeUndefined();
  });
});
