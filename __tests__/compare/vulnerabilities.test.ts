// The vulnerability diff and the fail-on gate: new and fixed by severity, and ignore entries that
// hold until their date and are named once it has passed.
import { describe, expect, it } from '@jest/globals';
import type { ScanFinding } from '../../src/aws/ecr-scan.js';
import {
  countBySeverity,
  dayOf,
  describeFinding,
  diffVulnerabilities,
  gateFindings,
  gateMessage,
  unique,
} from '../../src/compare/vulnerabilities.js';
import { readIgnoreFile } from '../../src/inputs/vulnerability-ignore.js';

const f = (
  id: string,
  severity: string,
  packageName = 'openssl',
  fixedInVersion?: string,
): ScanFinding => ({
  id,
  severity,
  packageName,
  installedVersion: '3.0.1',
  ...(fixedInVersion === undefined ? {} : { fixedInVersion }),
});

describe('diffVulnerabilities', () => {
  it('names the findings only the new image has and those it no longer has', () => {
    const live = [f('CVE-1', 'HIGH'), f('CVE-2', 'LOW')];
    const current = [
      f('CVE-1', 'HIGH'),
      f('CVE-3', 'CRITICAL', 'zlib', '1.3'),
      f('CVE-4', 'MEDIUM'),
    ];
    const diff = diffVulnerabilities(current, live);
    expect(diff.added.map((x) => x.id)).toEqual(['CVE-3', 'CVE-4']);
    expect(diff.fixed.map((x) => x.id)).toEqual(['CVE-2']);
    expect(diff.current).toMatchObject({ CRITICAL: 1, HIGH: 1, MEDIUM: 1, LOW: 0 });
    expect(diff.live).toMatchObject({ HIGH: 1, LOW: 1 });
  });

  it('counts the same CVE in two packages twice, and a repeated finding once', () => {
    const findings = [f('CVE-1', 'HIGH', 'a'), f('CVE-1', 'HIGH', 'b'), f('CVE-1', 'HIGH', 'b')];
    expect(countBySeverity(findings).HIGH).toBe(2);
    expect(diffVulnerabilities(findings, [f('CVE-1', 'HIGH', 'a')]).added).toHaveLength(1);
  });

  it('reads an unknown severity as UNDEFINED', () => {
    expect(countBySeverity([f('X', 'weird')]).UNDEFINED).toBe(1);
  });

  it('lists new and fixed findings most severe first, then by id, whatever the scan order', () => {
    const findings = [
      f('CVE-B', 'LOW'),
      f('CVE-Z', 'CRITICAL'),
      f('CVE-Y', 'INFORMATIONAL'),
      f('CVE-A', 'HIGH'),
      f('CVE-X', 'weird'),
      f('CVE-C', 'CRITICAL'),
      f('CVE-M', 'MEDIUM'),
    ];
    const order = ['CVE-C', 'CVE-Z', 'CVE-A', 'CVE-M', 'CVE-B', 'CVE-X', 'CVE-Y'];
    expect(diffVulnerabilities(findings, []).added.map((x) => x.id)).toStrictEqual(order);
    expect(diffVulnerabilities([], findings).fixed.map((x) => x.id)).toStrictEqual(order);
  });

  it('keeps the first of a finding read twice (two live images with the same CVE)', () => {
    const older = { ...f('CVE-1', 'HIGH'), installedVersion: '3.0.1' };
    const newer = { ...f('CVE-1', 'HIGH'), installedVersion: '3.0.7' };
    expect(unique([older, newer])).toStrictEqual([older]);
  });

  it('keeps a finding without a package (a basic scan may name none) apart from one with', () => {
    const bare = { id: 'CVE-1', severity: 'HIGH' };
    expect(unique([bare, { ...bare }, f('CVE-1', 'HIGH')])).toStrictEqual([
      bare,
      f('CVE-1', 'HIGH'),
    ]);
  });
});

describe('describeFinding', () => {
  it.each([
    [f('CVE-1', 'high', 'openssl', '3.0.2'), 'HIGH CVE-1 in openssl 3.0.1 (fixed in 3.0.2)'],
    [{ id: 'CVE-1', severity: 'LOW', packageName: 'zlib' }, 'LOW CVE-1 in zlib (no fix known)'],
    [{ id: 'CVE-1', severity: 'MEDIUM' }, 'MEDIUM CVE-1 (no fix known)'],
  ])('%j reads %j', (finding, line) => {
    expect(describeFinding(finding)).toBe(line);
  });
});

describe('gateFindings', () => {
  const added = [
    f('CVE-H', 'HIGH', 'openssl', '3.0.2'),
    f('CVE-M', 'MEDIUM'),
    f('CVE-C', 'CRITICAL'),
  ];
  it.each([
    ['none', []],
    ['critical', ['CVE-C']],
    ['high', ['CVE-H', 'CVE-C']],
    ['medium', ['CVE-H', 'CVE-M', 'CVE-C']],
    ['low', ['CVE-H', 'CVE-M', 'CVE-C']],
  ] as const)('fail-on %s fails on %j', (failOn, ids) => {
    expect(gateFindings(added, failOn, [], '2026-12-07').failing.map((x) => x.id)).toEqual(ids);
  });

  it('passes an image whose HIGH findings all came with the live image', () => {
    const live = [f('CVE-H', 'HIGH')];
    const diff = diffVulnerabilities([f('CVE-H', 'HIGH')], live);
    expect(gateFindings(diff.added, 'high', [], '2026-12-07').failing).toEqual([]);
  });

  it('ignores a finding until the end of its date, then names the entry', () => {
    const entry = { id: 'cve-h', until: '2026-12-07', reason: 'no fix upstream' };
    const onTheDay = gateFindings(added, 'high', [entry], '2026-12-07');
    expect(onTheDay.failing.map((x) => x.id)).toEqual(['CVE-C']);
    expect(onTheDay.ignored.map(({ finding }) => finding.id)).toEqual(['CVE-H']);
    expect(onTheDay.expired).toEqual([]);
    const after = gateFindings(added, 'high', [entry], '2026-12-08');
    expect(after.failing.map((x) => x.id)).toEqual(['CVE-H', 'CVE-C']);
    expect(after.expired).toEqual([entry]);
  });

  it('says which findings fail, with their fix, and the ignore file', () => {
    const entry = { id: 'CVE-OLD', until: '2026-01-01', reason: 'waiting' };
    const gate = gateFindings(added, 'high', [entry], '2026-12-07');
    const message = gateMessage(gate, 'high', '.github/ignore.yml');
    expect(message).toContain('HIGH CVE-H in openssl 3.0.1 (fixed in 3.0.2)');
    expect(message).toContain('CRITICAL CVE-C in openssl 3.0.1 (no fix known)');
    expect(message).toContain('CVE-OLD: ignored until 2026-01-01, which has passed');
    expect(message).toContain('`.github/ignore.yml`');
  });

  const failing = (count: number): ScanFinding[] =>
    Array.from({ length: count }, (_, i) => f(`CVE-${i + 1}`, 'HIGH'));
  const lines = (count: number): string[] =>
    Array.from({ length: count }, (_, i) => `- HIGH CVE-${i + 1} in openssl 3.0.1 (no fix known)`);
  const nameTheFile =
    'Upgrade the packages to their fixed versions, or add an entry (`id`, `until`, `reason`) to ' +
    'a file named by `vulnerability-ignore` for a finding that must ship.';

  it('says one finding fails, and where an ignore entry would go without a file', () => {
    const gate = { failing: failing(1), ignored: [], expired: [] };
    expect(gateMessage(gate, 'high', undefined)).toBe(
      [
        'The new image has 1 finding at or above HIGH that the image users run now does not have:',
        ...lines(1),
        nameTheFile,
      ].join('\n'),
    );
  });

  it('lists twenty findings, counts the rest, and names each entry past its date', () => {
    const expired = [{ id: 'CVE-OLD', until: '2026-01-01', reason: 'waiting' }];
    expect(gateMessage({ failing: failing(21), ignored: [], expired }, 'medium', 'i.yml')).toBe(
      [
        'The new image has 21 findings at or above MEDIUM that the image users run now does not have:',
        ...lines(20),
        '- … and 1 more',
        'Ignore entries past their date (they ignore nothing):',
        '- CVE-OLD: ignored until 2026-01-01, which has passed (waiting)',
        'Upgrade the packages to their fixed versions, or add an entry (`id`, `until`, `reason`) to ' +
          '`i.yml` for a finding that must ship.',
      ].join('\n'),
    );
    expect(gateMessage({ failing: failing(20), ignored: [], expired: [] }, 'high', undefined)).toBe(
      [
        'The new image has 20 findings at or above HIGH that the image users run now does not have:',
        ...lines(20),
        nameTheFile,
      ].join('\n'),
    );
  });

  it('takes the day from the clock in UTC', () => {
    expect(dayOf(Date.UTC(2026, 11, 7, 23, 59))).toBe('2026-12-07');
  });
});

describe('readIgnoreFile', () => {
  it('reads a list, quoted values and comments, with or without `ignore:`', () => {
    const text = [
      '# shipped knowingly',
      'ignore:',
      '  - id: CVE-2024-6345',
      '    until: 2026-12-31',
      '    reason: "setuptools: no fix for 3.11" # why',
      "  - id: 'GHSA-xxxx'",
      '    until: "2027-01-15"',
      '    reason: base image',
    ].join('\n');
    expect(readIgnoreFile(text, 'f.yml')).toEqual({
      ok: true,
      entries: [
        { id: 'CVE-2024-6345', until: '2026-12-31', reason: 'setuptools: no fix for 3.11' },
        { id: 'GHSA-xxxx', until: '2027-01-15', reason: 'base image' },
      ],
    });
  });

  it.each([
    ['- id: CVE-1\n  until: 2026-02-30\n  reason: x', 'f.yml:1: `until` must be a date'],
    ['- id: CVE-1\n  reason: x', 'f.yml:1: the entry has no `until`'],
    ['- id: CVE-1\n  untill: 2026-01-01\n  reason: x', 'f.yml:2: unexpected `untill`'],
    ['[CVE-1]', 'f.yml:1: expected'],
  ])('names the line of a mistake: %j', (text, problem) => {
    const reading = readIgnoreFile(text, 'f.yml');
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems.join('\n')).toContain(problem);
  });
});
