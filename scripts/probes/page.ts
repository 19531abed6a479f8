// docs/aws-assumptions.md's probe entries, generated from the definitions (definitions.ts): the
// page's prose (its introduction, "Not probed", the SDK's behaviours) is written by hand, and the
// entries between its two markers are this module's. `npm run docs:assumptions` rewrites them; a
// test checks that the page holds what this renders, so the entries are never written twice.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import type { Needs, Probe, ProbeSection, Reliance } from './types.ts';

export const BEGIN_MARKER =
  '<!-- The entries below are generated from scripts/probes/definitions.ts: edit them there, then run `npm run docs:assumptions`. -->';
export const END_MARKER = '<!-- End of the generated entries. -->';

/** What a probe needs beyond the account, as its entry says it (nothing for the account alone). */
const NEEDS: Readonly<Record<Needs, string>> = {
  account: '',
  domain: ' Needs: the test domain.',
  'user-profile': ' Needs: the test domain and its CI user profile.',
  'attestation-image': ' Needs: the attested test image.',
  'archive-image': " Needs: the run's archive probe image.",
};

/** One probe's entry: its id as the heading, then what it assumes, where, and what to do. Pure. */
export function renderEntry(probe: Probe): string {
  const lines = [
    `### ${probe.id}`,
    '',
    `- **Assumes:** ${probe.assumption}`,
    `- **Relied on in:** ${reliedOn(probe.reliedOn)}.`,
    ...(probe.added === undefined
      ? []
      : [`- **Added by issue ${probe.added.issue}** (landed): ${probe.added.why}`]),
    `- **Probe:** ${probe.observedHow}${NEEDS[probe.needs]}`,
    `- **Agrees when:** ${probe.expected.map((outcome) => `“${outcome}”`).join(' or ')}.`,
    `- **If AWS differs:** ${probe.ifFails}`,
  ];
  const notes = probe.notes === undefined ? [] : [`  ${probe.notes}`];
  return [lines.join('\n'), ...notes].join('\n\n');
}

/** `file` (`a`, `b`): one file's symbols together, but a symbol with a note alone. Pure. */
function reliedOn(reliances: readonly Reliance[]): string {
  const groups: { file: string; symbols: string[]; noted: boolean }[] = [];
  for (const { file, symbol, note } of reliances) {
    const named = note === undefined ? `\`${symbol}\`` : `\`${symbol}\`: ${note}`;
    const last = groups.at(-1);
    if (note === undefined && last?.file === file && !last.noted) last.symbols.push(named);
    else groups.push({ file, symbols: [named], noted: note !== undefined });
  }
  return groups.map(({ file, symbols }) => `\`${file}\` (${symbols.join(', ')})`).join(', ');
}

/** Every section with its entries, between the markers. Pure. */
export function renderEntries(sections: readonly ProbeSection[]): string {
  const body = sections.map(({ title, intro, probes }) =>
    [`## ${title}`, ...(intro === undefined ? [] : [intro]), ...probes.map(renderEntry)].join(
      '\n\n',
    ),
  );
  return [BEGIN_MARKER, ...body, END_MARKER].join('\n\n');
}

/** The page with its generated part replaced; undefined when the page lacks either marker. Pure. */
export function withEntries(page: string, entries: string): string | undefined {
  const begin = page.indexOf(BEGIN_MARKER);
  const end = page.indexOf(END_MARKER);
  if (begin < 0 || end < begin) return undefined;
  return page.slice(0, begin) + entries + page.slice(end + END_MARKER.length);
}
