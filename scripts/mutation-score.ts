// `node scripts/mutation-score.ts <report.json>…`: the mutation score of src/ over Stryker's JSON
// reports (one per chunk, as .github/workflows/mutation.yml makes them), held to the targets in
// __fixtures__/mutation-scores.ts. Prints the table (and appends it to $GITHUB_STEP_SUMMARY when
// set); exits 1 when a target is missed or a folder of src/ has no report.
import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { judgeScores, renderScores, type MutationReport } from '../__fixtures__/mutation-scores.ts';

const ROOT = join(import.meta.dirname, '..');
const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const reports = process.argv
  .slice(2)
  .map((path) => JSON.parse(readFileSync(path, 'utf8')) as MutationReport);
const verdict = judgeScores(reports, folders);
const markdown = renderScores(verdict);
console.log(markdown);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
process.exitCode = verdict.problems.length === 0 ? 0 : 1;
