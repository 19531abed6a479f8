// The mutation score of src/ from Stryker's JSON reports, one per chunk (the scheduled workflow
// runs one chunk per folder of src/), held to the project's targets: at least 90 % overall, no
// file under 80 %. Pure: scripts/mutation-score.ts reads the files and writes what this returns.

/** What counts, as Stryker counts it: a timeout is detected; ignored and broken mutants are left out. */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export const TARGETS = { overall: 90, file: 80 } as const;

/** The part of a Stryker JSON report (mutation-testing-report-schema) read here. */
export interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly { status: string }[] }>>;
}

export interface FileScore {
  readonly file: string;
  readonly detected: number;
  readonly undetected: number;
  /** Undefined when nothing in the file could be mutated (or every mutant was ignored). */
  readonly score: number | undefined;
}

export interface Verdict {
  readonly files: readonly FileScore[];
  readonly overall: number | undefined;
  /** Each way the targets are missed, as a sentence; none when they are met. */
  readonly problems: readonly string[];
}

function percent(detected: number, undetected: number): number | undefined {
  const counted = detected + undetected;
  return counted === 0 ? undefined : (detected / counted) * 100;
}

/** Per-file scores over every report (a file in two reports counts its mutants once, the last). */
export function fileScores(reports: readonly MutationReport[]): FileScore[] {
  const byFile = new Map<string, readonly { status: string }[]>();
  for (const report of reports)
    for (const [file, { mutants }] of Object.entries(report.files)) byFile.set(file, mutants);
  return [...byFile.entries()]
    .map(([file, mutants]) => {
      const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
      const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
      return { file, detected, undetected, score: percent(detected, undetected) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The scores against the targets. `folders`: the folders of src/ that must each have a report (a
 * chunk that timed out or failed leaves its folder out, and the run is not whole).
 */
export function judgeScores(
  reports: readonly MutationReport[],
  folders: readonly string[],
): Verdict {
  const files = fileScores(reports);
  const detected = files.reduce((sum, f) => sum + f.detected, 0);
  const undetected = files.reduce((sum, f) => sum + f.undetected, 0);
  const overall = percent(detected, undetected);
  const measured = new Set(files.map((f) => f.file.split('/')[1]));
  const problems = [
    ...folders
      .filter((folder) => !measured.has(folder))
      .map((folder) => `src/${folder}/ has no report: its chunk did not finish.`),
    ...(overall === undefined || overall < TARGETS.overall
      ? [`The overall score is ${shown(overall)}, under ${TARGETS.overall} %.`]
      : []),
    ...files
      .filter((f) => f.score !== undefined && f.score < TARGETS.file)
      .map((f) => `${f.file} scores ${shown(f.score)}, under ${TARGETS.file} %.`),
  ];
  return { files, overall, problems };
}

function shown(score: number | undefined): string {
  return score === undefined ? 'none (nothing measured)' : `${score.toFixed(1)} %`;
}

/** The step summary: the verdict, then a row per file, lowest score first. */
export function renderScores(verdict: Verdict): string {
  const rows = [...verdict.files]
    .sort((a, b) => (a.score ?? 100) - (b.score ?? 100) || a.file.localeCompare(b.file))
    .map((f) => `| \`${f.file}\` | ${shown(f.score)} | ${f.detected} | ${f.undetected} |`);
  return [
    `## Mutation score of src/: ${shown(verdict.overall)}`,
    '',
    verdict.problems.length === 0
      ? `Targets met: at least ${TARGETS.overall} % overall, no file under ${TARGETS.file} %.`
      : verdict.problems.map((problem) => `- ${problem}`).join('\n'),
    '',
    '| File | Score | Detected | Survived or not covered |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
