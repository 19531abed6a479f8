// The scheduled mutation run: the scoring of Stryker's reports against the targets (a timeout
// detected, ignored mutants left out, a folder without a report a failure), and the workflow read
// as data (one chunk per folder of src/, every chunk's report scored, even after a failed chunk).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  TARGETS,
  fileScores,
  judgeScores,
  renderScores,
  type MutationReport,
} from '../../__fixtures__/mutation-scores.ts';
import { ROOT } from '../../__fixtures__/run-action.ts';

/** A report of these files, each given as its mutants' statuses. */
function report(files: Record<string, string[]>): MutationReport {
  return {
    files: Object.fromEntries(
      Object.entries(files).map(([file, statuses]) => [
        file,
        { mutants: statuses.map((status) => ({ status })) },
      ]),
    ),
  };
}
const times = (count: number, status: string): string[] => Array<string>(count).fill(status);

describe('fileScores', () => {
  it('counts killed and timed-out mutants as detected, survived and uncovered ones as not, the rest not at all', () => {
    expect(
      fileScores([
        report({
          'src/b/x.ts': ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError'],
          'src/a/y.ts': ['Ignored', 'RuntimeError'],
        }),
      ]),
    ).toStrictEqual([
      { file: 'src/a/y.ts', detected: 0, undetected: 0, score: undefined },
      { file: 'src/b/x.ts', detected: 2, undetected: 2, score: 50 },
    ]);
  });

  it('takes a file found in two reports once, from the last', () => {
    expect(
      fileScores([report({ 'src/a/x.ts': ['Survived'] }), report({ 'src/a/x.ts': ['Killed'] })]),
    ).toStrictEqual([{ file: 'src/a/x.ts', detected: 1, undetected: 0, score: 100 }]);
  });
});

describe('judgeScores', () => {
  it(`meets the targets at ${TARGETS.overall} % overall with every file at ${TARGETS.file} % or more`, () => {
    const verdict = judgeScores(
      [
        report({ 'src/a/x.ts': [...times(8, 'Killed'), ...times(2, 'Survived')] }),
        report({ 'src/b/y.ts': times(10, 'Killed'), 'src/b/types.ts': ['Ignored'] }),
      ],
      ['a', 'b'],
    );
    expect(verdict.overall).toBe(90);
    expect(verdict.problems).toStrictEqual([]);
  });

  it('names each miss: a folder without a report, the overall score, each file under the floor', () => {
    const verdict = judgeScores(
      [
        report({
          'src/a/x.ts': [...times(79, 'Killed'), ...times(21, 'NoCoverage')],
          'src/a/y.ts': [...times(4, 'Timeout'), 'Survived'],
        }),
      ],
      ['a', 'b'],
    );
    expect(verdict.problems).toStrictEqual([
      'src/b/ has no report: its chunk did not finish.',
      'The overall score is 79.0 %, under 90 %.',
      'src/a/x.ts scores 79.0 %, under 80 %.',
    ]);
  });

  it('fails a run that measured nothing', () => {
    expect(judgeScores([], []).problems).toStrictEqual([
      'The overall score is none (nothing measured), under 90 %.',
    ]);
  });
});

describe('renderScores', () => {
  it('writes the verdict and a row per file, lowest score first', () => {
    const verdict = judgeScores(
      [
        report({
          'src/a/x.ts': times(3, 'Killed'),
          'src/a/w.ts': ['Killed', 'Survived'],
          'src/a/t.ts': ['Ignored'],
        }),
      ],
      ['a'],
    );
    expect(renderScores(verdict)).toBe(
      [
        '## Mutation score of src/: 80.0 %',
        '',
        '- The overall score is 80.0 %, under 90 %.',
        '- src/a/w.ts scores 50.0 %, under 80 %.',
        '',
        '| File | Score | Detected | Survived or not covered |',
        '| --- | --- | --- | --- |',
        '| `src/a/w.ts` | 50.0 % | 1 | 1 |',
        '| `src/a/t.ts` | none (nothing measured) | 0 | 0 |',
        '| `src/a/x.ts` | 100.0 % | 3 | 0 |',
        '',
      ].join('\n'),
    );
    expect(renderScores(judgeScores([report({ 'src/a/x.ts': ['Killed'] })], ['a']))).toContain(
      'Targets met: at least 90 % overall, no file under 80 %.',
    );
  });
});

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string;
  if?: string;
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  steps: Step[];
}

describe('.github/workflows/mutation.yml', () => {
  const workflow = parseYaml(
    readFileSync(join(ROOT, '.github', 'workflows', 'mutation.yml'), 'utf8'),
  ) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };
  const { folders, chunk, score } = workflow.jobs;
  const runs = (job: Job | undefined): string =>
    (job?.steps ?? []).flatMap((step) => (step.run === undefined ? [] : [step.run])).join('\n');

  it('runs weekly and on demand, reading the repository only', () => {
    expect(Object.keys(workflow.on).sort()).toStrictEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toStrictEqual({ contents: 'read' });
  });

  it('mutates each folder of src/ on a runner of its own, every chunk run to its end', () => {
    expect(runs(folders)).toContain('find src -mindepth 1 -maxdepth 1 -type d');
    expect(chunk?.strategy).toStrictEqual({
      'fail-fast': false,
      matrix: { folder: '${{ fromJSON(needs.folders.outputs.folders) }}' },
    });
    expect(runs(chunk)).toContain('npx stryker run --mutate "src/$FOLDER/**/*.ts"');
    expect(runs(chunk)).toContain('mv reports/mutation/mutation.json "mutation-$FOLDER.json"');
  });

  it("scores every chunk's report together, also when a chunk failed", () => {
    expect(score?.needs).toBe('chunk');
    expect(score?.if).toBe('always()');
    expect(
      score?.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'))?.with,
    ).toStrictEqual({ pattern: 'mutation-*', 'merge-multiple': true });
    expect(runs(score)).toBe('node scripts/mutation-score.ts mutation-*.json');
  });
});
