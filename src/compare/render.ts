// The comparison in Markdown: the step summary, and the pull-request comment (the same text, with a
// hidden marker first and cut to GitHub's limit). Pure.
import { cell } from '../common/markdown.js';
import type { FieldChange } from './config-diff.js';
import type { LiveVersion } from './live.js';
import { originCounts, originOf, type Origin, type OriginFacts } from './origin.js';
import type { PackageChange } from './packages.js';
import {
  SEVERITIES,
  countBySeverity,
  describeFinding,
  type Counts,
  type GateResult,
  type VulnerabilityDiff,
} from './vulnerabilities.js';
import type { FailOn } from '../inputs/compare-inputs.js';

/** GitHub's limit on a comment's body, in characters. */
export const MAX_COMMENT_CHARS = 65_536;
/** How many rows a long table shows before it says how many more there are. */
export const MAX_ROWS = 50;

/** Everything the comparison shows, read and decided beforehand. */
export interface Comparison {
  readonly imageName: string;
  /** The reference the release registers (the amd64 manifest, by digest). */
  readonly newImage: string;
  readonly domainIds: readonly string[];
  /** Per domain and level; empty without domains. */
  readonly live: readonly LiveVersion[];
  /** Without domains: what "live" is (`alias stable` → 4, `newest CREATED` → 4). */
  readonly liveByImage: readonly { readonly label: string; readonly version: number }[];
  readonly config?: {
    readonly before?: string;
    /** The AppImageConfig users' entries name, when it no longer exists (before is then undefined). */
    readonly gone?: string;
    readonly after: string;
    readonly changes: readonly FieldChange[];
  };
  /** Package changes, or why there are none to show. */
  readonly packages: readonly PackageChange[] | string;
  readonly baseImages: { readonly before?: readonly string[]; readonly after?: readonly string[] };
  readonly vulnerabilities: VulnerabilityDiff | undefined;
  /** Where the new findings came from; undefined when there are none. */
  readonly origin?: OriginFacts;
  /** Scan states that kept findings from being read, one sentence each. */
  readonly scanNotes: readonly string[];
  readonly gate?: GateResult;
  readonly failOn: FailOn;
  /** The image checks' section (src/preflight/report.ts), when they ran. */
  readonly checks?: string;
}

/** The hidden marker that finds this comparison's comment again: one per image and domains. */
export function commentMarker(imageName: string, domainIds: readonly string[]): string {
  const domains = [...domainIds].sort().join(',');
  return `<!-- sagemaker-image-version-action:compare image=${imageName.toLowerCase()} domains=${domains} -->`;
}

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

function usersSection(comparison: Comparison): string[] {
  const head = ['### What users get', ''];
  if (comparison.live.length > 0) {
    return [
      ...head,
      '| Domain | Level | App | Now | After the release |',
      '|---|---|---|---|---|',
      ...comparison.live.map((entry) => {
        const now =
          entry.pinned !== undefined
            ? `version ${entry.pinned}`
            : `unpinned (${entry.version === undefined ? 'no CREATED version' : `version ${entry.version}`})`;
        const after =
          entry.pinned !== undefined
            ? 'the new version once `register` pins it'
            : 'the new version, at once when it is CREATED';
        return `| ${code(entry.domainId)} | ${entry.level} | ${cell(entry.appType)} | ${now} | ${after} |`;
      }),
      '',
    ];
  }
  if (comparison.domainIds.length > 0)
    return [...head, 'No domain lists this image yet: every user gets it new.', ''];
  if (comparison.liveByImage.length === 0)
    return [...head, 'The image has no CREATED version yet: nothing to compare against.', ''];
  return [
    ...head,
    ...comparison.liveByImage.map(({ label, version }) => `- ${cell(label)}: version ${version}`),
    '',
  ];
}

function configSection(comparison: Comparison): string[] {
  const { config } = comparison;
  if (config === undefined) return [];
  const title = `### AppImageConfig ${code(config.after)}`;
  if (config.before === undefined)
    return [
      title,
      '',
      config.gone === undefined
        ? 'No live entry names an AppImageConfig: every field is new.'
        : `The live entries name ${code(config.gone)}, which no longer exists: every field is new.`,
      ...changeRows(config.changes),
    ];
  if (config.changes.length === 0)
    return [title, '', `The same as ${code(config.before)}, the one users start with now.`, ''];
  return [
    title,
    '',
    `Against ${code(config.before)}, the one users start with now:`,
    ...changeRows(config.changes),
  ];
}

function changeRows(changes: readonly FieldChange[]): string[] {
  return [
    '',
    '| Field | Now | New |',
    '|---|---|---|',
    ...changes.map(
      (change) =>
        `| ${code(change.path)} | ${cell(change.before ?? '—')} | ${cell(change.after ?? '—')} |`,
    ),
    '',
  ];
}

function packagesSection(comparison: Comparison): string[] {
  const { packages, baseImages } = comparison;
  const base = baseImageLines(baseImages);
  if (typeof packages === 'string') return ['### Packages', '', packages, '', ...base];
  if (packages.length === 0) return ['### Packages', '', 'No package changed.', '', ...base];
  const shown = packages.slice(0, MAX_ROWS);
  return [
    '### Packages',
    '',
    '| | Ecosystem | Package | Now | New |',
    '|---|---|---|---|---|',
    ...shown.map(
      (change) =>
        `| ${change.kind}${change.watched ? ' ★' : ''} | ${cell(change.ecosystem)} | ${cell(change.name)} | ${cell(change.before ?? '—')} | ${cell(change.after ?? '—')} |`,
    ),
    ...(packages.length > MAX_ROWS ? [`| … | | ${packages.length - MAX_ROWS} more | | |`] : []),
    '',
    '★ on the watch list.',
    '',
    ...base,
  ];
}

function baseImageLines(baseImages: Comparison['baseImages']): string[] {
  const { before, after } = baseImages;
  if (after === undefined || after.length === 0)
    return ['Base image: unknown (the new image has no provenance attestation).', ''];
  const list = after.map(code).join(', ');
  if (before === undefined) return [`Base image: ${list}.`, ''];
  const same = before.length === after.length && before.every((uri) => after.includes(uri));
  return same
    ? [`Base image: ${list}, unchanged.`, '']
    : [`Base image: ${before.map(code).join(', ') || 'unknown'} → ${list}.`, ''];
}

function vulnerabilitiesSection(comparison: Comparison): string[] {
  const { vulnerabilities: diff, scanNotes, gate, failOn } = comparison;
  const notes = scanNotes.map((note) => `> ${cell(note)}`);
  if (diff === undefined) return ['### Vulnerabilities', '', ...notes, ''];
  const row = (label: string, counts: Counts): string =>
    `| ${label} | ${SEVERITIES.map((severity) => counts[severity]).join(' | ')} |`;
  return [
    '### Vulnerabilities',
    '',
    ...(notes.length === 0 ? [] : [...notes, '']),
    `| | ${SEVERITIES.join(' | ')} |`,
    `|---|${SEVERITIES.map(() => '---').join('|')}|`,
    row('New image', diff.current),
    row('Live image', diff.live),
    // Counted as the images' rows are: a severity ECR does not name (Inspector's UNTRIAGED) is UNDEFINED
    row('New', countBySeverity(diff.added)),
    row('Fixed', countBySeverity(diff.fixed)),
    '',
    ...topNew(diff, comparison.origin),
    ...gateLines(gate, failOn),
  ];
}

/** Where a finding came from, in words. */
export const ORIGIN_WORDS: Readonly<Record<Origin, string>> = {
  base: 'base image',
  own: 'own layers',
  unknown: 'origin unknown',
};

function topNew(diff: VulnerabilityDiff, origin: OriginFacts | undefined): string[] {
  if (diff.added.length === 0) return ['No new finding.', ''];
  const facts: OriginFacts = origin ?? { kind: 'unknown', why: 'not read' };
  return [
    ...originLines(diff, facts),
    'New findings, most severe first:',
    '',
    ...diff.added.slice(0, 20).map((finding) => {
      const layer =
        finding.sourceLayerHash === undefined
          ? ''
          : `, layer ${code(finding.sourceLayerHash.slice(0, 19))}`;
      return `- ${cell(describeFinding(finding))} — ${ORIGIN_WORDS[originOf(finding, facts)]}${layer}`;
    }),
    ...(diff.added.length > 20 ? [`- … and ${diff.added.length - 20} more`] : []),
    '',
  ];
}

/** The new findings counted by origin, and why an origin is unknown. */
function originLines(diff: VulnerabilityDiff, facts: OriginFacts): string[] {
  const counts = originCounts(diff.added, facts);
  const base = facts.kind === 'known' ? ` (${code(facts.base)})` : '';
  const why =
    facts.kind === 'unknown'
      ? [`Origin unknown: ${cell(facts.why)}.`, '']
      : counts.unknown > 0
        ? [`Origin unknown for ${counts.unknown}: no layer of the new image named.`, '']
        : [];
  return [
    `New findings by origin: ${counts.base} from the base image${base}, ${counts.own} from the team's own layers, ${counts.unknown} unknown.`,
    '',
    ...why,
  ];
}

function gateLines(gate: GateResult | undefined, failOn: FailOn): string[] {
  if (gate === undefined || failOn === 'none') return [];
  const verdict =
    gate.failing.length === 0
      ? `**fail-on: ${failOn}** passes: no new finding at or above ${failOn.toUpperCase()}.`
      : `**fail-on: ${failOn}** fails: ${gate.failing.length} new finding${gate.failing.length === 1 ? '' : 's'} at or above ${failOn.toUpperCase()}.`;
  return [
    verdict,
    ...gate.ignored.map(
      ({ finding, entry }) =>
        `- ignored until ${entry.until}: ${finding.id} (${cell(entry.reason)})`,
    ),
    ...gate.expired.map(
      (entry) =>
        `- expired on ${entry.until}, ignores nothing: ${entry.id} (${cell(entry.reason)})`,
    ),
    '',
  ];
}

/** The comparison as the step summary shows it. */
export function renderComparison(comparison: Comparison): string {
  return [
    `## ${cell(comparison.imageName)}: the new image against what users run now`,
    '',
    `New image: ${code(comparison.newImage)}`,
    '',
    ...usersSection(comparison),
    ...configSection(comparison),
    ...packagesSection(comparison),
    ...vulnerabilitiesSection(comparison),
    ...(comparison.checks === undefined
      ? []
      : ['<details><summary>Image checks</summary>', '', comparison.checks, '</details>', '']),
  ].join('\n');
}

/** The comment's body: the marker, the text, and, past GitHub's limit, a cut with a link. */
export function commentBody(
  marker: string,
  markdown: string,
  runUrl: string,
  limit: number = MAX_COMMENT_CHARS,
): string {
  const whole = `${marker}\n${markdown}`;
  if (whole.length <= limit) return whole;
  const footer = `\n\n… cut to fit a comment: the whole comparison is in [the run's summary](${runUrl}).\n`;
  const room = limit - footer.length;
  const cutAt = whole.lastIndexOf('\n', room);
  return `${whole.slice(0, cutAt > marker.length ? cutAt : room)}${footer}`;
}
