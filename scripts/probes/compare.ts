// Probe definitions and what a run observed → one row per probe and an overall verdict, and the
// Markdown table the workflow writes to the job summary. Pure.
//
// Example row: | `image-not-ready` | CreateImageVersion on an image still CREATING is refused … |
//   refused: ValidationException, "invalid state"; or accepted | refused: ValidationException, … |
//   ✅ agrees |
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import type { Observation, Probe, Row, RowResult, Verdict } from './types.ts';

function rowOf(probe: Probe, observation: Observation | undefined): Row {
  const base = { id: probe.id, assumption: probe.assumption, expected: probe.expected };
  if (observation === undefined) {
    return {
      ...base,
      observed: 'not observed',
      detail: 'no scenario reported it',
      result: 'error',
    };
  }
  switch (observation.kind) {
    case 'skipped':
      return { ...base, observed: `skipped: ${observation.reason}`, detail: '', result: 'skipped' };
    case 'error':
      return { ...base, observed: 'could not ask', detail: observation.detail, result: 'error' };
    case 'observed':
      return {
        ...base,
        observed: observation.outcome,
        detail: observation.detail ?? '',
        result: probe.expected.includes(observation.outcome) ? 'agrees' : 'differs',
      };
  }
}

/** One row per probe, in the definitions' order; observations of unknown or repeated ids are strays. */
export function compare(probes: readonly Probe[], observations: readonly Observation[]): Verdict {
  const byId = new Map<string, Observation>();
  const strays: string[] = [];
  const known = new Set(probes.map((probe) => probe.id));
  for (const observation of observations) {
    if (!known.has(observation.id)) strays.push(`${observation.id}: no probe has this id`);
    else if (byId.has(observation.id)) strays.push(`${observation.id}: observed twice`);
    else byId.set(observation.id, observation);
  }
  const rows = probes.map((probe) => rowOf(probe, byId.get(probe.id)));
  const counts: Record<RowResult, number> = { agrees: 0, differs: 0, skipped: 0, error: 0 };
  for (const row of rows) counts[row.result]++;
  return {
    rows,
    counts,
    strays,
    ok: counts.differs === 0 && counts.error === 0 && strays.length === 0,
  };
}

const MARK: Readonly<Record<RowResult, string>> = {
  agrees: '✅ agrees',
  differs: '❌ differs',
  skipped: '⏭️ skipped',
  error: '⚠️ not known',
};

/** A table cell: one line, pipes escaped, at most `max` characters. */
export function cell(text: string, max = 400): string {
  const line = text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The verdict in one sentence. */
export function headline(verdict: Verdict): string {
  const { agrees, differs, skipped, error } = verdict.counts;
  const counts = `${agrees} agree, ${differs} differ, ${skipped} skipped, ${error} not known`;
  return verdict.ok
    ? `AWS answered as the code assumes (${counts}).`
    : `AWS did not answer as the code assumes, or could not be asked (${counts}).`;
}

/**
 * The job summary's section. `docsUrl` is docs/aws-assumptions.md at the commit tested: each id
 * links to its entry, which says where the code relies on it and what to change.
 */
export function renderMarkdown(verdict: Verdict, docsUrl: string): string {
  const link = (id: string): string =>
    docsUrl === '' ? `\`${id}\`` : `[\`${id}\`](${docsUrl}#${id})`;
  const lines = [
    '## AWS assumption probes',
    '',
    `**${headline(verdict)}**`,
    '',
    '| Probe | Assumption | Expected | Observed | Result |',
    '|---|---|---|---|---|',
    ...verdict.rows.map((row) =>
      [
        link(row.id),
        cell(row.assumption),
        cell(row.expected.join('; or ')),
        cell(row.detail === '' ? row.observed : `${row.observed} (${row.detail})`),
        MARK[row.result],
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
  ];
  if (verdict.strays.length > 0) {
    lines.push('', 'Observations no probe expects:', ...verdict.strays.map((s) => `- ${cell(s)}`));
  }
  lines.push(
    '',
    'Each probe asks AWS one question the API model does not answer; an answer the code does not ' +
      'expect fails the job. What to change for each is in the linked entry.',
    '',
  );
  return lines.join('\n');
}
