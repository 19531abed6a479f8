// Retention in the log and the step summary: one table, a row per version (version, status,
// created, aliases, used by, verdict), and the reminder that ECR images are never deleted. Places
// in Studio are counted per domain: the names of user profiles and spaces (often people's) go to
// debug output only (usesForDebug). Pure.
import type { RetentionAction } from '../inputs/retire-inputs.js';
import { oneLine } from '../common/log-safe.js';
import { cell } from '../common/markdown.js';
import { unmarking, type RetentionDecision } from './decide.js';
import type { GatheredFacts } from './facts.js';
import type { Use } from './uses.js';

/** The plan before it is carried out, a dry run's plan, or what was done. */
export type ReportPhase = 'plan' | 'dry-run' | 'done';

export interface RetentionReport {
  readonly imageName: string;
  readonly keepVersions: number;
  readonly keepYoungerThan: string;
  readonly action: RetentionAction;
  readonly current: number | 'new' | 'none';
  readonly decisions: readonly RetentionDecision[];
  readonly facts: Pick<GatheredFacts, 'protectionsRead' | 'searched'>;
  readonly phase: ReportPhase;
  /** Versions this run retired (phase `done`). */
  readonly retired?: readonly number[];
  /** Kept versions this run marked STABLE again (phase `done`, archive mode). */
  readonly unmarked?: readonly number[];
}

export const ECR_NOTE =
  'Retiring removes the SageMaker image version only: its container image stays in ECR (this action never deletes ECR images).';
/** Archive mode removes nothing: what marking does, and what stays. */
export const ARCHIVE_NOTE =
  'Retiring marks the SageMaker image version TO_BE_ARCHIVED only: the version stays, and its container image stays in ECR (this action never deletes ECR images).';

/** The closing note for the retention's action. Pure. */
export function retirementNote(action: RetentionAction): string {
  return action === 'delete' ? ECR_NOTE : ARCHIVE_NOTE;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function verdictText(decision: RetentionDecision, report: RetentionReport): string {
  const { verdict } = decision;
  if (verdict.kind === 'keep') {
    const kept = `kept: ${verdict.reasons.join('; ')}`;
    if (!verdict.unmark) return kept;
    const unmark = { plan: 'to mark', 'dry-run': 'would mark', done: 'marked' }[report.phase];
    return `${kept}; TO_BE_ARCHIVED: ${unmark} STABLE again`;
  }
  if (verdict.kind === 'already') return `already ${verdict.guidance}: no change`;
  const how = report.action === 'delete' ? 'delete' : 'mark TO_BE_ARCHIVED';
  switch (report.phase) {
    case 'plan':
      return `to retire (${how})`;
    case 'dry-run':
      return `would retire (${how})`;
    case 'done':
      return report.retired?.includes(decision.version)
        ? `retired (${report.action === 'delete' ? 'deleted' : 'marked TO_BE_ARCHIVED'})`
        : 'not retired: gone meanwhile';
  }
}

/** Places in Studio, counted per domain: `d-1: domain settings, 2 user profiles, 1 app`. */
export function usesText(uses: readonly Use[]): string {
  const byDomain = new Map<string, Map<Use['place'], number>>();
  for (const { domainId, place } of uses) {
    const places = byDomain.get(domainId) ?? new Map<Use['place'], number>();
    places.set(place, (places.get(place) ?? 0) + 1);
    byDomain.set(domainId, places);
  }
  return [...byDomain]
    .map(
      ([domainId, places]) =>
        `${domainId}: ${[...places].map(([place, n]) => (place === 'domain settings' ? place : plural(n, place))).join(', ')}`,
    )
    .join('; ');
}

/** Debug lines naming each place that uses a kept version. */
export function usesForDebug(decisions: readonly RetentionDecision[]): string[] {
  return decisions.flatMap(({ version, usedBy }) =>
    usedBy.map(
      ({ domainId, place, name }) =>
        `Version ${version} is used by ${place}${name === undefined ? '' : ` ${name}`} in Studio domain ${domainId}.`,
    ),
  );
}

function createdText(createdAt: Date | undefined): string {
  return createdAt === undefined
    ? ''
    : `${createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The policy, and what was searched, in a sentence or two. */
function introduction(report: RetentionReport): string[] {
  const { keepVersions, action, current, facts } = report;
  const grace = report.keepYoungerThan;
  const ofWhich =
    current === 'none'
      ? ''
      : current === 'new'
        ? ' (the version this run would create is kept)'
        : ` (version ${current}, this run's, is kept)`;
  const lines = [
    `Keep the ${plural(keepVersions, 'newest CREATED version')} older than ${grace}, and every ` +
      `version younger than that${ofWhich}; ${action === 'delete' ? 'delete' : 'mark TO_BE_ARCHIVED'} ` +
      'older ones that no alias, Studio setting or app uses, and older failed ones.',
  ];
  const { domains, userProfiles, spaces, apps } = facts.searched;
  lines.push(
    facts.protectionsRead
      ? `Read the aliases, and searched ${plural(domains, 'Studio domain')}, ${plural(userProfiles, 'user profile')}, ` +
          `${plural(spaces, 'space')} and ${plural(apps, 'app')} for versions in use.`
      : 'Nothing could be retired, so aliases and Studio were not read.',
  );
  return lines;
}

/** One line: what was (or would be) retired. */
export function retentionOutcome(report: RetentionReport): string {
  const planned = report.decisions.filter((d) => d.verdict.kind === 'retire').map((d) => d.version);
  const list = (versions: readonly number[]): string =>
    [...versions].sort((a, b) => a - b).join(', ');
  const verb = report.action === 'delete' ? 'deleted' : 'marked TO_BE_ARCHIVED';
  if (planned.length === 0) return 'Nothing to retire.';
  switch (report.phase) {
    case 'plan':
      return `Retiring ${plural(planned.length, 'version')}: ${list(planned)}.`;
    case 'dry-run':
      return `Dry run: nothing was changed. Would retire ${plural(planned.length, 'version')}: ${list(planned)}.`;
    case 'done': {
      const retired = report.retired ?? [];
      return retired.length === 0
        ? 'Nothing was retired: every version to retire was gone meanwhile.'
        : `Retired ${plural(retired.length, 'version')} (${verb}): ${list(retired)}.`;
    }
  }
}

/** One line, in archive mode: kept versions marked STABLE again, oldest first (undefined when none). */
export function unmarkOutcome(report: RetentionReport): string | undefined {
  const planned = unmarking(report.decisions);
  if (planned.length === 0) return undefined;
  const versions = (report.phase === 'done' ? (report.unmarked ?? []) : planned).join(', ');
  const why = 'kept, and marked TO_BE_ARCHIVED, which would archive them';
  switch (report.phase) {
    case 'plan':
      return `Marking STABLE again (${why}): ${versions}.`;
    case 'dry-run':
      return `Would mark STABLE again (${why}): ${versions}.`;
    case 'done':
      return versions === '' ? undefined : `Marked STABLE again (${why}): ${versions}.`;
  }
}

const HEADERS = ['Version', 'Status', 'Created', 'Aliases', 'Used by', 'Verdict'] as const;

function rows(report: RetentionReport): string[][] {
  return report.decisions.map((d) => [
    String(d.version),
    d.status,
    createdText(d.createdAt),
    d.aliases.join(', '),
    usesText(d.usedBy),
    verdictText(d, report),
  ]);
}

/** Lines for the log: the introduction, an aligned table, the outcome and the ECR note. */
export function retentionLogLines(report: RetentionReport): string[] {
  const table = [[...HEADERS], ...rows(report)].map((row) => row.map(oneLine));
  // Stryker disable next-line OptionalChaining: every row has a cell under each header
  const widths = HEADERS.map((_, i) => Math.max(...table.map((row) => row[i]?.length ?? 0)));
  // The last column (the verdict, never blank) is padded too, and trimmed again.
  const aligned = table.map((row) =>
    row
      .map((text, i) => text.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  const unmark = unmarkOutcome(report);
  return [
    ...introduction(report),
    ...aligned,
    retentionOutcome(report),
    ...(unmark === undefined ? [] : [unmark]),
    retirementNote(report.action),
  ];
}

/** The step summary's retention section. */
export function retentionSummary(report: RetentionReport): string {
  const title =
    report.phase === 'dry-run'
      ? `### Retention of ${cell(report.imageName)} (dry run): nothing was changed`
      : `### Retention of ${cell(report.imageName)}`;
  const unmark = unmarkOutcome(report);
  return [
    '',
    title,
    '',
    ...introduction(report).map(cell),
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...rows(report).map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    `**${cell(retentionOutcome(report))}**`,
    '',
    ...(unmark === undefined ? [] : [cell(unmark), '']),
    retirementNote(report.action),
    '',
  ].join('\n');
}
