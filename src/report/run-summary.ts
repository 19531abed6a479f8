// The step summary of a run, written once, at its end, whichever way it went: the version with its
// real status, then each step's section (Image, Studio, Retention), and, when the run failed after
// the version was known, the part that failed, named as such, with what was already done. main.ts
// fills a SummaryDraft as the run goes. Pure, but for `writeRunSummary`.
import { cell } from '../common/markdown.js';
import { LaunchTestOutput, Output, RetireOutput, StudioOutput } from './outputs.js';
import { writeStepSummary } from './step-summary.js';
import { renderSummary, type SummaryFacts } from './summary.js';

/** The parts of a run, as a failure names them. */
export type RunPart =
  | 'the inputs'
  | 'the image checks'
  | 'Studio'
  | 'the launch test'
  | 'the version'
  | 'the aliases'
  | 'retention'
  | 'the ECR check';

/** What the summary will show, filled in as the run goes. */
export interface SummaryDraft {
  /** The part under way: the one a failure is put down to. */
  part: RunPart;
  /** The version, once known (created, reused), as the summary shows it. */
  version?: Omit<SummaryFacts, 'failure'>;
  /** The Image section (the image checks). */
  image?: string;
  studio?: string;
  retention?: string;
}

export function summaryDraft(): SummaryDraft {
  return { part: 'the inputs' };
}

/** Runs one part of the run, so that a failure in it is put down to it. */
export function during<T>(draft: SummaryDraft, part: RunPart, work: () => Promise<T>): Promise<T> {
  draft.part = part;
  return work();
}

/** How each output that records a change reads in "done before it failed". */
const DONE_OUTPUTS: readonly [Output, (value: string) => string][] = [
  [LaunchTestOutput.Seconds, (value) => `the launch test passed (${value} s)`],
  [Output.Aliases, (value) => `aliases set: ${value}`],
  [StudioOutput.AppImageConfigArn, (value) => `AppImageConfig: ${value}`],
  [StudioOutput.DomainsUpdated, (value) => `Studio domains updated: ${value}`],
  [RetireOutput.RetiredVersions, (value) => `versions retired: ${value}`],
];

/** Titles that do not read "<Part> failed". */
const FAILED_TITLES: Partial<Record<RunPart, string>> = { 'the inputs': 'Invalid inputs' };

/** The failed part's section: what failed, and what the run had done before. */
export function failureSection(
  part: RunPart,
  message: string,
  outputs: Partial<Record<Output, string>>,
): string[] {
  const done = DONE_OUTPUTS.flatMap(([name, say]) => {
    const value = outputs[name];
    return value === undefined || value === '' ? [] : [`- ${cell(say(value))}`];
  });
  return [
    `### ${FAILED_TITLES[part] ?? `${part.charAt(0).toUpperCase()}${part.slice(1)} failed`}`,
    '',
    // A message of several lines (a list of problems) stays a list inside the quote.
    ...message.split('\n').map((line) => `> ${cell(line)}`),
    '',
    ...(done.length === 0
      ? ['Nothing else was changed before it failed.']
      : ['Done before it failed:', '', ...done]),
    '',
  ];
}

/**
 * The whole summary; `failure` when the run failed. A failure of the version itself (its creation
 * or its wait) titles the version "failed"; any other part, and the version failing before it is
 * known (a missing image, an alias held by another version, a refused request), gets a section of
 * its own, the version keeping its real title and status. Every failure shows; undefined only when
 * a run that did not fail has nothing to show.
 */
export function renderRunSummary(
  draft: SummaryDraft,
  failure?: { readonly message: string; readonly outputs: Partial<Record<Output, string>> },
): string | undefined {
  const versionFailed =
    failure !== undefined && draft.part === 'the version' && draft.version !== undefined;
  const sections = [draft.image, draft.studio, draft.retention].filter(
    (section): section is string => section !== undefined && section !== '',
  );
  const version =
    draft.version === undefined
      ? []
      : [
          renderSummary({
            ...draft.version,
            ...(versionFailed ? { failure: failure.message } : {}),
          }),
        ];
  // The image checks' errors are in the Image section's table: the failure quotes its headline only.
  const quoted = (message: string): string =>
    draft.part === 'the image checks' && draft.image !== undefined
      ? // Stryker disable next-line StringLiteral: split gives at least one string, never undefined
        `${(message.split('\n')[0] ?? '').replace(/:$/, '')}: the Image section lists why.`
      : message;
  const failed =
    failure === undefined || versionFailed
      ? []
      : [failureSection(draft.part, quoted(failure.message), failure.outputs).join('\n')];
  if (version.length === 0 && sections.length === 0 && failed.length === 0) return undefined;
  return [...version, ...sections, ...failed, ''].join('\n');
}

/** Writes the summary once; a failure to write it never hides the run's own outcome. */
export async function writeRunSummary(
  draft: SummaryDraft,
  failure?: { readonly message: string; readonly outputs: Partial<Record<Output, string>> },
): Promise<void> {
  const markdown = renderRunSummary(draft, failure);
  if (markdown !== undefined) await writeStepSummary(markdown).catch(() => undefined);
}
