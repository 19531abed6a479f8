// Vulnerabilities of the new image against the live one, and the `fail-on` gate. Pure.
//
// A finding is its advisory id in one package (`CVE-2024-1234` in `openssl`): the same CVE in two
// packages is two findings, and a package upgraded past its fix is a fixed finding. "New" means no
// live image has it; "fixed", that the new image no longer has it.
//
// The gate fails on new findings at or above `fail-on`, except those an entry of the ignore file
// names while its `until` date has not passed (compared with the injected clock's date, in UTC).
// An entry past its date ignores nothing and is named, so that ignoring is never forgotten.
import type { ScanFinding } from '../aws/ecr-scan.js';
import type { FailOn } from '../inputs/compare-inputs.js';
import type { IgnoreEntry } from '../inputs/vulnerability-ignore.js';

export type { IgnoreEntry };

export const SEVERITIES = [
  'CRITICAL',
  'HIGH',
  'MEDIUM',
  'LOW',
  'INFORMATIONAL',
  'UNDEFINED',
] as const;
export type Severity = (typeof SEVERITIES)[number];

const RANK: Readonly<Record<string, number>> = {
  CRITICAL: 4,
  HIGH: 3,
  MEDIUM: 2,
  LOW: 1,
};
const FAIL_RANK: Readonly<Record<FailOn, number>> = {
  none: Number.POSITIVE_INFINITY,
  critical: 4,
  high: 3,
  medium: 2,
  low: 1,
};

export type Counts = Readonly<Record<Severity, number>>;

export interface VulnerabilityDiff {
  readonly current: Counts;
  readonly live: Counts;
  readonly added: readonly ScanFinding[];
  readonly fixed: readonly ScanFinding[];
}

export interface GateResult {
  /** New findings at or above `fail-on` that nothing ignores: the run fails when any. */
  readonly failing: readonly ScanFinding[];
  readonly ignored: readonly { readonly finding: ScanFinding; readonly entry: IgnoreEntry }[];
  /** Entries past their date (each named, whether or not it matched a finding). */
  readonly expired: readonly IgnoreEntry[];
}

export const findingKey = (finding: ScanFinding): string =>
  `${finding.id}\u0000${finding.packageName ?? ''}`;

/** The severity as one of ECR's words (anything else is UNDEFINED). */
export function severityOf(finding: Pick<ScanFinding, 'severity'>): Severity {
  const upper = finding.severity.toUpperCase();
  return (SEVERITIES as readonly string[]).includes(upper) ? (upper as Severity) : 'UNDEFINED';
}

export function countBySeverity(findings: readonly ScanFinding[]): Counts {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >;
  for (const finding of unique(findings)) counts[severityOf(finding)] += 1;
  return counts;
}

/** Each finding once (a paginated read, or two live images, may repeat one). */
export function unique(findings: readonly ScanFinding[]): ScanFinding[] {
  const byKey = new Map<string, ScanFinding>();
  for (const finding of findings)
    if (!byKey.has(findingKey(finding))) byKey.set(findingKey(finding), finding);
  return [...byKey.values()];
}

/** Most severe first, then by id. */
export function bySeverity(a: ScanFinding, b: ScanFinding): number {
  return (RANK[severityOf(b)] ?? 0) - (RANK[severityOf(a)] ?? 0) || a.id.localeCompare(b.id);
}

/** The new image's findings against every live image's. */
export function diffVulnerabilities(
  current: readonly ScanFinding[],
  live: readonly ScanFinding[],
): VulnerabilityDiff {
  const liveKeys = new Set(live.map(findingKey));
  const currentKeys = new Set(current.map(findingKey));
  return {
    current: countBySeverity(current),
    live: countBySeverity(live),
    added: unique(current)
      .filter((finding) => !liveKeys.has(findingKey(finding)))
      .sort(bySeverity),
    fixed: unique(live)
      .filter((finding) => !currentKeys.has(findingKey(finding)))
      .sort(bySeverity),
  };
}

/** `2026-12-07` for a wall-clock time in milliseconds (UTC). */
export const dayOf = (epochMs: number): string => new Date(epochMs).toISOString().slice(0, 10);

/** The gate on the new findings, on the day `today` (`YYYY-MM-DD`). */
export function gateFindings(
  added: readonly ScanFinding[],
  failOn: FailOn,
  entries: readonly IgnoreEntry[],
  today: string,
): GateResult {
  const expired = entries.filter((entry) => entry.until < today);
  const active = new Map(
    entries.filter((entry) => entry.until >= today).map((entry) => [entry.id.toUpperCase(), entry]),
  );
  const atOrAbove = added.filter(
    (finding) => (RANK[severityOf(finding)] ?? 0) >= FAIL_RANK[failOn],
  );
  const ignored = atOrAbove.flatMap((finding) => {
    const entry = active.get(finding.id.toUpperCase());
    return entry === undefined ? [] : [{ finding, entry }];
  });
  const ignoredKeys = new Set(ignored.map(({ finding }) => findingKey(finding)));
  return {
    failing: atOrAbove.filter((finding) => !ignoredKeys.has(findingKey(finding))),
    ignored,
    expired,
  };
}

/** One finding in a line: `HIGH CVE-2024-1 in openssl 3.0.1 (fixed in 3.0.2)`. */
export function describeFinding(finding: ScanFinding): string {
  const where =
    finding.packageName === undefined
      ? ''
      : ` in ${finding.packageName}${finding.installedVersion === undefined ? '' : ` ${finding.installedVersion}`}`;
  const fix =
    finding.fixedInVersion === undefined
      ? ' (no fix known)'
      : ` (fixed in ${finding.fixedInVersion})`;
  return `${severityOf(finding)} ${finding.id}${where}${fix}`;
}

/** The failure message of the gate: each finding with its fix, and how to ignore one. */
export function gateMessage(gate: GateResult, failOn: FailOn, file: string | undefined): string {
  const lines = gate.failing.slice(0, 20).map((finding) => `- ${describeFinding(finding)}`);
  const more = gate.failing.length > 20 ? [`- … and ${gate.failing.length - 20} more`] : [];
  const expired = gate.expired.map(
    (entry) => `- ${entry.id}: ignored until ${entry.until}, which has passed (${entry.reason})`,
  );
  return [
    `The new image has ${gate.failing.length} finding${gate.failing.length === 1 ? '' : 's'} at ` +
      `or above ${failOn.toUpperCase()} that the image users run now does not have:`,
    ...lines,
    ...more,
    ...(expired.length === 0
      ? []
      : ['Ignore entries past their date (they ignore nothing):', ...expired]),
    'Upgrade the packages to their fixed versions, or add an entry (`id`, `until`, `reason`) to ' +
      `${file === undefined ? 'a file named by `vulnerability-ignore`' : `\`${file}\``} for a finding that must ship.`,
  ].join('\n');
}
