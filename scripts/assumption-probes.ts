// The assumption probes: asks AWS each question the API model leaves open and compares the answers
// with what the code assumes (scripts/probes/definitions.ts, docs/aws-assumptions.md). Run by
// .github/workflows/integration.yml after the action, with the PROBE_* variables it sets; writes the
// table to $GITHUB_STEP_SUMMARY and the raw observations to a JSON file, and exits 1 on any
// mismatch.
//
//   node scripts/assumption-probes.ts                          ask AWS (needs credentials)
//   node scripts/assumption-probes.ts --observations <file>    only compare a recorded run
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ECRClient } from '@aws-sdk/client-ecr';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { compare, headline, renderMarkdown } from './probes/compare.ts';
import { systemClock } from './probes/context.ts';
import { PROBES } from './probes/definitions.ts';
import { runScenarios } from './probes/run.ts';
import { probeNames, readSettings } from './probes/settings.ts';
import type { Observation, Verdict } from './probes/types.ts';

const env = process.env;

function docsUrl(): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return server && repository && sha
    ? `${server}/${repository}/blob/${sha}/docs/aws-assumptions.md`
    : '';
}

function report(verdict: Verdict): void {
  for (const row of verdict.rows) {
    console.log(
      `${row.result.padEnd(8)} ${row.id}: ${row.observed}${row.detail ? ` (${row.detail})` : ''}`,
    );
  }
  for (const stray of verdict.strays) console.log(`stray    ${stray}`);
  console.log(headline(verdict));
  if (env.GITHUB_STEP_SUMMARY)
    appendFileSync(env.GITHUB_STEP_SUMMARY, renderMarkdown(verdict, docsUrl()));
  process.exitCode = verdict.ok ? 0 : 1;
}

async function askAws(): Promise<void> {
  const read = readSettings(env);
  if (!read.ok) {
    console.error(`The probes cannot start:\n${read.problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 2;
    return;
  }
  const { settings } = read;
  const sagemaker = new SageMakerClient({ region: settings.region, maxAttempts: 5 });
  // The test image's repository is in the workflow's region, as the action's own reads assume.
  const ecr = new ECRClient({ region: settings.region, maxAttempts: 5 });
  const { observations, verdict } = await runScenarios({
    sagemaker,
    ecr,
    settings,
    names: probeNames(settings.runName),
    clock: systemClock,
    pollMs: 5000,
    log: (line) => console.log(line),
  });
  const file =
    env.PROBE_OBSERVATIONS_FILE || join(env.RUNNER_TEMP ?? '.', 'probe-observations.json');
  writeFileSync(file, `${JSON.stringify(observations, null, 2)}\n`);
  console.log(`Observations written to ${file}.`);
  report(verdict);
}

const at = process.argv.indexOf('--observations');
if (at >= 0) {
  const file = process.argv[at + 1] ?? '';
  report(compare(PROBES, JSON.parse(readFileSync(file, 'utf8')) as Observation[]));
} else {
  await askAws();
}
