import { describe, expect, it } from '@jest/globals';
import type { RetentionDecision } from '../../src/retention/decide.js';
import {
  retentionLogLines,
  retentionOutcome,
  retentionSummary,
  type RetentionReport,
} from '../../src/retention/report.js';

const decisions: RetentionDecision[] = [
  {
    version: 3,
    status: 'CREATED',
    createdAt: new Date(Date.UTC(2025, 5, 2, 9, 14)),
    aliases: ['latest'],
    pinnedBy: [],
    verdict: { kind: 'keep', reasons: ["this run's version", 'holds alias "latest"'] },
  },
  {
    version: 2,
    status: 'CREATED',
    aliases: [],
    pinnedBy: ['space lab (d-1)', 'user profile a|b (d-1)'],
    verdict: { kind: 'keep', reasons: ['pinned in Studio'] },
  },
  { version: 1, status: 'CREATE_FAILED', aliases: [], pinnedBy: [], verdict: { kind: 'retire' } },
];
const report = (over: Partial<RetentionReport> = {}): RetentionReport => ({
  imageName: 'img',
  keepVersions: 1,
  action: 'delete',
  current: 3,
  decisions,
  facts: { protectionsRead: true, searched: { domains: 1, userProfiles: 1, spaces: 1 } },
  phase: 'done',
  retired: [1],
  ...over,
});

/** A log row: each column as wide as its widest cell, two spaces apart. */
const WIDTHS = [7, 13, 20, 7, 39];
const row = (...cells: string[]): string =>
  cells.map((c, i) => (i < WIDTHS.length ? c.padEnd(WIDTHS[i] ?? 0) : c)).join('  ');

describe('retention report', () => {
  it('aligns the log table and ends with the outcome and the ECR note', () => {
    expect(retentionLogLines(report())).toEqual([
      'Keep the 1 newest CREATED version (version 3 included); delete older ones that no alias or Studio setting uses, and older failed ones.',
      'Read the aliases, and searched 1 Studio domain, 1 user profile and 1 space for pinned versions.',
      row('Version', 'Status', 'Created', 'Aliases', 'Pinned by', 'Verdict'),
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
        'space lab (d-1), user profile a|b (d-1)',
        'kept: pinned in Studio',
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
      facts: { protectionsRead: false, searched: { domains: 0, userProfiles: 0, spaces: 0 } },
    });
    expect(retentionLogLines(r)).toContain(
      'Nothing could be retired, so aliases and Studio settings were not read.',
    );
    expect(retentionOutcome(r)).toBe('Nothing to retire.');
  });

  it('renders the summary as an escaped Markdown table', () => {
    const markdown = retentionSummary(report({ phase: 'dry-run', current: 'new' }));
    expect(markdown).toContain('### Retention of img (dry run): nothing was changed');
    expect(markdown).toContain('(the version this run would create included)');
    expect(markdown).toContain('| Version | Status | Created | Aliases | Pinned by | Verdict |');
    expect(markdown).toContain(
      '| 2 | CREATED |  |  | space lab (d-1), user profile a&#124;b (d-1) | kept: pinned in Studio |',
    );
    expect(markdown).toContain('**Dry run: nothing was changed. Would retire 1 version: 1.**');
    expect(markdown).toContain('its container image stays in ECR');
  });
});
