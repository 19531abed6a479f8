// `./compare`: what Studio users will get against what they run now, as the step summary, one
// pull-request comment, and a `fail-on` gate. Read only: nothing is ever written to AWS.
//
// inputs (every problem at once, the ignore file included, before any request) → read: the new
// image from ECR (the image checks' reads, its attestations), what users run now (domains, versions,
// AppImageConfigs), the live images, every scan, the base image's layers when a new finding names
// its layer → plan (plan.ts, pure) → report: outputs, the step summary once, the comment (auto: on
// a pull request, or a push with one), then the one `fail`.
import { ActionError } from '../common/action-error.js';
import { parseCompareInputs, type CompareInputs } from '../inputs/compare-inputs.js';
import { readRunContext } from '../inputs/run-context.js';
import { CompareOutput } from '../report/outputs.js';
import { readRunnerInput, runnerReporter, type Reporter } from '../report/runner.js';
import { failureMessage, openSession, readEntryInputs } from '../run/entry.js';
import { writeStepSummary } from '../report/step-summary.js';
import { systemClock, type Clock } from '../wait/clock.js';
import { newFindings, planComparison, type ComparePlan } from './plan.js';
import { readLive, readNewImage, readOrigin, readScans, type CompareSession } from './read.js';
import { commentBody, commentMarker, renderComparison } from './render.js';
import { dayOf } from './vulnerabilities.js';

export async function run(
  clock: Clock = systemClock,
  runner: Reporter = runnerReporter,
): Promise<void> {
  let inputs: CompareInputs | undefined;
  let session: CompareSession | undefined;
  try {
    // The token is hidden before anything is said, input problems included.
    const token = readRunnerInput('github-token');
    if (token !== '') runner.mask(token);
    inputs = readEntryInputs(parseCompareInputs, runner);
    session = await openCompareSession(inputs, clock, runner);
    const plan = await compare(session);
    await report(session, plan);
  } catch (error) {
    runner.fail(failureMessage(runner, error, inputs));
  } finally {
    for (const client of session?.ecrClients.values() ?? []) client.destroy();
    session?.client.destroy();
  }
}

/** The SageMaker session (read only here) and the ECR edge, loaded only now that the inputs are valid. */
async function openCompareSession(
  inputs: CompareInputs,
  clock: Clock,
  report: Reporter,
): Promise<CompareSession> {
  const runContext = readRunContext();
  const [session, ecr, scan] = await Promise.all([
    openSession(inputs, runContext, clock, report),
    import('../aws/ecr.js'),
    import('../aws/ecr-scan.js'),
  ]);
  return { ...session, ecr: { ...ecr, ...scan }, ecrClients: new Map(), runId: runContext.runId };
}

/** Reads everything, then plans. */
async function compare(session: CompareSession): Promise<ComparePlan> {
  const { report, inputs, clock } = session;
  const newImage = await report.group('Read the new image', () => readNewImage(session));
  const live = await report.group('Read what users run now', () => readLive(session));
  const scans = await report.group('Read the scans', () =>
    readScans(session, newImage, live.images),
  );
  const origin = await readOrigin(session, newImage, newFindings(scans));
  return planComparison({
    inputs,
    newImage,
    live,
    scans,
    ignore: inputs.ignore,
    today: dayOf(clock.epochMs()),
    // Stryker disable next-line ConditionalExpression: an `origin` key left undefined is no origin (plan.ts tests origin === undefined)
    ...(origin === undefined ? {} : { origin }),
  });
}

async function report(session: CompareSession, plan: ComparePlan): Promise<void> {
  const { report: runner, inputs } = session;
  const { outputs } = plan;
  runner.output(CompareOutput.Vulnerabilities, outputs.vulnerabilities);
  runner.output(CompareOutput.NewVulnerabilities, outputs.newVulnerabilities);
  runner.output(CompareOutput.FixedVulnerabilities, outputs.fixedVulnerabilities);
  runner.output(CompareOutput.PackagesChanged, outputs.packagesChanged);
  runner.output(CompareOutput.LiveVersions, outputs.liveVersions);
  for (const warning of plan.warnings) runner.warning(warning);
  const markdown = renderComparison(plan.comparison);
  await writeStepSummary(markdown);
  const url = inputs.comment === 'auto' ? await writeComment(session, markdown) : undefined;
  runner.output(CompareOutput.CommentUrl, url ?? '');
  if (plan.failure !== undefined) throw new ActionError(plan.failure);
}

/** The comment, where there is a pull request; a refusal is a warning. */
async function writeComment(
  session: CompareSession,
  markdown: string,
): Promise<string | undefined> {
  const { inputs, report } = session;
  const github = await import('../github/comment.js');
  const event = github.readGitHubEvent();
  if (inputs.githubToken === '') {
    report.warning('No `github-token`: the comparison is in the step summary only.');
    return undefined;
  }
  const api = await github.octokitApi(inputs.githubToken, event.apiUrl);
  const marker = commentMarker(inputs.imageName, inputs.domainIds);
  const runUrl = runSummaryUrl(process.env);
  const result = await github.postComment(api, event, marker, (limit) =>
    commentBody(marker, markdown, runUrl, limit),
  );
  if (result.kind === 'skipped') {
    if (result.warning !== undefined) report.warning(result.warning);
    else report.info(`No comment: ${result.reason}.`);
    return undefined;
  }
  report.info(
    `${result.created ? 'Posted' : 'Updated'} the comparison on the pull request: ${result.url} (${result.requests} requests).`,
  );
  return result.url;
}

/** The run's page, where its summary is. */
export function runSummaryUrl(env: NodeJS.ProcessEnv): string {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}${attempt}`;
}
