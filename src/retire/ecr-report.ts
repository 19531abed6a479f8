// The ECR check in the step summary and the log: the "Images in ECR" table (a row per version in
// use: who uses it, its digest, storage class, last pull, what the lifecycle policy would do), what
// was found, and the images no version names, for the user's own clean-up. Pure.
import { cell } from '../common/markdown.js';
import type { EcrGuardOutcome } from './ecr-guard.js';

const HEADERS = [
  'Version',
  'Used by',
  'Digest',
  'Storage class',
  'Last pulled',
  'Lifecycle policy would',
] as const;

export const NEVER_DELETES =
  'This action never deletes ECR images: these are candidates for your own clean-up, once no workload needs them.';

/** A digest, short enough for a table: `sha256:1234abcd…`. */
export function shortDigest(digest: string): string {
  return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}

/** One line for each finding's count, or that all is well. */
export function ecrOutcomeLine(outcome: EcrGuardOutcome): string {
  if (outcome.unread !== undefined)
    return `The images of the versions in use could not be read: ${outcome.unread}`;
  const n = outcome.findings.length;
  if (outcome.rows.length === 0) return 'ECR check: no version in use to check.';
  if (n === 0)
    return `ECR check: the images of ${outcome.rows.length} version${outcome.rows.length === 1 ? '' : 's'} in use can be pulled, and no lifecycle rule would remove them.`;
  return `ECR check: ${n} problem${n === 1 ? '' : 's'} with the images of versions in use.`;
}

function unnamedLines(outcome: EcrGuardOutcome): string[] {
  const lines: string[] = [];
  for (const { repository, tagged, untagged } of outcome.unnamed) {
    const listed = tagged.map(
      ({ digest, tags, storage }) =>
        `${repository}@${shortDigest(digest)} (${tags.map((t) => `:${t}`).join(', ')}; ${storage})`,
    );
    lines.push(...listed);
    if (untagged > 0)
      lines.push(
        `${repository}: ${untagged} untagged image${untagged === 1 ? '' : 's'} (an index's platform images, or replaced pushes)`,
      );
  }
  return lines;
}

/** Lines for the log: the table's rows, the outcome, the unnamed images. */
export function ecrLogLines(outcome: EcrGuardOutcome): string[] {
  const rows = outcome.rows.map(
    (row) =>
      `Version ${row.version} (${row.users}): ${row.digest || 'no ECR digest'}, ${row.storage}` +
      `${row.lastPulled === '' ? '' : `, last pulled ${row.lastPulled}`}; lifecycle policy: ${row.policy}.`,
  );
  const unnamed = unnamedLines(outcome);
  return [
    ...rows,
    ecrOutcomeLine(outcome),
    ...(unnamed.length === 0
      ? []
      : ['Images that no version names any more:', ...unnamed.map((line) => `  ${line}`)]),
  ];
}

/** The summary's "Images in ECR" section. */
export function ecrSummary(outcome: EcrGuardOutcome): string {
  const table =
    outcome.rows.length === 0
      ? []
      : [
          `| ${HEADERS.join(' | ')} |`,
          `|${HEADERS.map(() => '---').join('|')}|`,
          ...outcome.rows.map(
            (row) =>
              `| ${[String(row.version), row.users, shortDigest(row.digest), row.storage, row.lastPulled, row.policy].map(cell).join(' | ')} |`,
          ),
          '',
        ];
  const findings = outcome.findings.map((finding) => `- ${cell(finding.message)}`);
  const unnamed = unnamedLines(outcome);
  return [
    '',
    '#### Images in ECR',
    '',
    ...table,
    `**${cell(ecrOutcomeLine(outcome))}**`,
    '',
    ...(findings.length === 0 ? [] : [...findings, '']),
    ...(unnamed.length === 0
      ? []
      : [
          'Images that no version names any more:',
          '',
          ...unnamed.map((line) => `- ${cell(line)}`),
          '',
          NEVER_DELETES,
          '',
        ]),
  ].join('\n');
}

/** The message `strict` fails with: every finding, after retention's own work. */
export function strictFailure(outcome: EcrGuardOutcome): string | undefined {
  const problems = [
    ...(outcome.unread === undefined ? [] : [outcome.unread]),
    ...outcome.findings.map((finding) => finding.message),
  ];
  if (problems.length === 0) return undefined;
  return (
    `ecr-check is strict, and the images of versions in use have ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} ` +
    `(retention's own work is done):\n${problems.map((p) => `- ${p}`).join('\n')}`
  );
}
