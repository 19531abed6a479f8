// The flow, top to bottom: inputs → the base image checked in ECR → Studio domains and the launch
// test's profile read → the version (reused, or created and waited for) → AppImageConfig → launch
// test → aliases → Studio domains → summary → retention. Nothing is written to SageMaker before the
// image passed its checks, and nothing is released before the launch test passed. A dry run reads
// what a real run reads, then says what it would send. Steps a run may not need are loaded only
// when it does.
import { ActionError } from '../common/action-error.js';
import { forDisplay } from '../common/redact.js';
import type { PlannedRequest } from '../common/planned-request.js';
import { AwsCallError, explainAwsError } from '../aws/errors.js';
import { parseInputs, type Inputs } from '../inputs/inputs.js';
import { accountIdsIn } from '../inputs/account-ids.js';
import { isTrue } from '../inputs/reader.js';
import { RULES } from '../inputs/rules.js';
import { readRunContext, type RunContext } from '../inputs/run-context.js';
import { Output } from '../report/outputs.js';
import {
  keepingOutputs,
  readRunnerInput,
  runnerReporter,
  type Reporter,
} from '../report/runner.js';
import { summaryFacts, writeStepSummary } from '../report/step-summary.js';
import { during, summaryDraft, writeRunSummary, type SummaryDraft } from '../report/run-summary.js';
import { renderDryRunSummary } from '../report/summary.js';
import { planRequests, planReuse, type PlannedCreation } from './dry-run.js';
import {
  createVersion,
  findReusable,
  placeAliases,
  prepareCreation,
  reuse,
  type Progress,
  type Registered,
} from './step.js';
import { runIdentityProblem } from './token.js';
import type { EcrImageReads } from '../aws/ecr-images.js';
import type { LaunchGate } from '../launch-test/gate.js';
import type { CheckedImage } from '../preflight/gate.js';
import type { RetentionOutcome } from '../retire/retention.js';
import { busyBudgetFor, type Session } from '../run/session.js';
import type { StudioStep } from '../studio/step.js';
import { systemClock, type Clock } from '../wait/clock.js';

export async function run(
  clock: Clock = systemClock,
  runner: Reporter = runnerReporter,
): Promise<void> {
  const report = keepingOutputs(runner);
  // The step summary is written once, at the end, whichever way the run went.
  const draft = summaryDraft();
  let inputs: Inputs | undefined;
  const progress: Progress = {};
  try {
    const runContext = readRunContext();
    inputs = readInputs(runContext, report);
    // Before the SageMaker client loads: a bad image stops the run with nothing sent to SageMaker.
    const image = await checkImage(inputs, runContext, report);
    if (image !== undefined) {
      // The version request, skip-if-unchanged and the dry run all use what the checks chose.
      inputs = { ...inputs, baseImage: image.reference };
      draft.image = image.section;
    }
    const session = await openSession(inputs, runContext, clock, report);
    await release(session, runContext, progress, draft);
  } catch (error) {
    const message = failureMessage(report, error, inputs);
    report.fail(message);
    if (error instanceof ActionError && error.section !== undefined) draft.image = error.section;
    if (inputs !== undefined) summarizeFailedVersion(draft, inputs, progress);
    await writeRunSummary(draft, { message, outputs: report.outputs() });
  }
}

async function release(
  session: Session,
  runContext: RunContext,
  progress: Progress,
  draft: SummaryDraft,
): Promise<void> {
  const { inputs } = session;
  // Studio, the launch test's profile and a version to reuse are read before anything is created.
  const studio = await during(draft, 'Studio', () => startStudio(session, runContext));
  const launch = await during(draft, 'the launch test', () => startLaunchTest(session, runContext));
  const existing = await during(draft, 'the version', () => findReusable(session));
  if (inputs.dryRun) return dryRun(session, runContext, existing, { studio, launch, draft });
  const reused = existing === undefined ? undefined : reuse(session, existing);
  // A missing launch test profile, or a full list, stops the run here.
  await during(draft, 'the launch test', async () =>
    launch?.check(reused?.arnParts.imageArn, reused?.arnParts.version),
  );
  const registered =
    reused ??
    (await during(draft, 'the version', async () =>
      createVersion(session, await prepareCreation(session, runContext), progress),
    ));
  draft.version = versionFacts(inputs, registered);
  // The gate: the version starts in Studio before any alias, domain or retirement.
  await during(draft, 'Studio', async () => studio?.upsertConfig());
  const launchTest = await during(draft, 'the launch test', async () =>
    launch?.run(registered.arnParts.arn),
  );
  if (launchTest !== undefined) draft.version = { ...draft.version, launchTest };
  await during(draft, 'the aliases', () => placeAliases(session, registered));
  draft.version = { ...draft.version, aliases: inputs.aliases };
  const studioSection = await during(draft, 'Studio', async () =>
    studio?.attachDomains(registered.arnParts.version),
  );
  if (studioSection !== undefined) draft.studio = studioSection;
  announce(session, registered);
  const retention = await during(draft, 'retention', () =>
    retainVersions(session, runContext, registered.arnParts.version),
  );
  if (retention !== undefined) draft.retention = retention.markdown;
  // ecr-check: strict fails the step once retention is done and its section is in the summary.
  if (retention?.failure !== undefined) throw new ActionError(retention.failure);
  await writeRunSummary(draft);
}

/** The version as the summary shows it, once it is known. */
function versionFacts(
  inputs: Inputs,
  registered: Registered,
): NonNullable<SummaryDraft['version']> {
  return {
    ...summaryFacts(inputs, registered.arnParts, registered.described),
    created: registered.created,
    ...(registered.clientToken === undefined ? {} : { clientToken: registered.clientToken }),
    ...(registered.request === undefined ? {} : { request: registered.request }),
  };
}

/** A version created by a run that failed before it was described (its wait, say). */
function summarizeFailedVersion(draft: SummaryDraft, inputs: Inputs, progress: Progress): void {
  if (draft.version !== undefined || progress.created === undefined) return;
  const { arnParts, clientToken } = progress.created;
  draft.version = {
    ...summaryFacts(inputs, arnParts, undefined),
    ...(progress.lastStatus === undefined ? {} : { status: progress.lastStatus }),
    created: true,
    clientToken,
  };
}

function failureMessage(report: Reporter, error: unknown, inputs: Inputs | undefined): string {
  if (error instanceof ActionError) return error.message;
  if (error instanceof AwsCallError && inputs !== undefined) {
    return explainAwsError(error, {
      operation: error.operation,
      imageName: inputs.imageName,
      region: inputs.region,
    });
  }
  report.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** The validated inputs; every problem, the run's identity included, is listed before any request. */
function readInputs(runContext: RunContext, report: Reporter): Inputs {
  // Masked before anything is said, input problems included.
  if (isTrue(readRunnerInput('mask-aws-account-id'))) {
    for (const name of Object.keys(RULES))
      for (const accountId of accountIdsIn(readRunnerInput(name))) report.mask(accountId);
  }
  const parsed = parseInputs(readRunnerInput, process.env);
  const problems = parsed.ok ? [] : [...parsed.problems];
  // A derived ClientToken needs the run's identity; without it no request may be sent.
  const identityProblem = runIdentityProblem(runContext);
  if (identityProblem !== undefined && readRunnerInput('client-token') === '') {
    problems.push(identityProblem);
  }
  if (!parsed.ok || problems.length > 0) {
    throw new ActionError(
      `Invalid inputs; nothing was sent to AWS:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  for (const warning of parsed.warnings) report.warning(warning);
  return parsed.inputs;
}

/** The SageMaker client and calls, loaded only now, so that bad inputs fail without paying for them. */
async function openSession(
  inputs: Inputs,
  runContext: RunContext,
  clock: Clock,
  report: Reporter,
): Promise<Session> {
  const api = await import('../aws/api.js');
  const client = api.createSageMakerClient({
    region: inputs.region,
    maxAttempts: inputs.maxAttempts,
    httpTimeoutMs: inputs.httpTimeoutSeconds * 1000,
    runId: runContext.runId,
    log: (line) => report.debug(line),
  });
  return { inputs, api, client, clock, report, busyBudget: busyBudgetFor(inputs) };
}

/** The image checks (`preflight` not `off`), loaded only then, with the ECR client. */
async function checkImage(
  inputs: Inputs,
  runContext: RunContext,
  report: Reporter,
): Promise<CheckedImage | undefined> {
  if (inputs.preflight === 'off') return undefined;
  const gate = await import('../preflight/gate.js');
  return gate.checkImage(inputs, runContext, report);
}

/** The Studio step (`studio-domain-ids`), loaded only then; it reads every domain at once. */
async function startStudio(
  session: Session,
  runContext: RunContext,
): Promise<StudioStep | undefined> {
  const { studio } = session.inputs;
  if (studio === undefined) return undefined;
  const { startStudioStep } = await import('../studio/step.js');
  const ecr = await ecrReads(session, runContext);
  return session.report.group('Check the Studio domains', () =>
    startStudioStep(session, studio, ecr),
  );
}

/** The launch test (`launch-test-user-profile`), loaded only then. */
async function startLaunchTest(
  session: Session,
  runContext: RunContext,
): Promise<LaunchGate | undefined> {
  // The inputs give the Studio inputs (its app type, its AppImageConfig) whenever it is on.
  const { launchTest, studio } = session.inputs;
  if (launchTest === undefined || studio === undefined) return undefined;
  const { startLaunchGate } = await import('../launch-test/gate.js');
  return startLaunchGate(session, launchTest, studio, runContext);
}

function announce({ inputs, report }: Session, { arnParts, created }: Registered): void {
  report.notice(
    created
      ? `Registered ${inputs.imageName} version ${arnParts.version} (${arnParts.arn}).`
      : `Reused ${inputs.imageName} version ${arnParts.version}: it already has this base image.`,
    'SageMaker image version',
  );
}

/** dry-run: print exactly what would be sent, in the order a real run sends it; nothing but reads. */
async function dryRun(
  session: Session,
  runContext: RunContext,
  existing: Awaited<ReturnType<typeof findReusable>>,
  {
    studio,
    launch,
    draft,
  }: { studio: StudioStep | undefined; launch: LaunchGate | undefined; draft: SummaryDraft },
): Promise<void> {
  const { report } = session;
  let planned: PlannedCreation;
  let version: number | 'new';
  if (existing === undefined) {
    const preparation = await prepareCreation(session, runContext);
    const first = preparation.tokens[0] ?? '';
    report.output(Output.ClientToken, first);
    planned = await planRequests(session, { ...preparation.requestBody, ClientToken: first });
    version = 'new';
  } else {
    const { arnParts } = reuse(session, existing);
    version = arnParts.version;
    const aliases = await planReuse(session, version);
    planned = { creation: [], aliases, imageArn: arnParts.imageArn };
  }
  const known = version === 'new' ? undefined : version;
  const studioPlan = await studio?.dryRun(known);
  const launchPlan = await launch?.dryRun(planned.imageArn, known);
  // Retention runs last in a real run; it reads now, so its writes are listed and counted too.
  const retentionPlan = await retainVersions(session, runContext, version);
  const requests: PlannedRequest[] = [
    ...planned.creation,
    ...(studioPlan?.config ?? []),
    ...(launchPlan ?? []),
    ...planned.aliases,
    ...(studioPlan?.domains ?? []),
    ...(studioPlan?.profiles ?? []),
    ...(retentionPlan?.requests ?? []),
  ];
  report.info(
    requests.length === 0
      ? 'Dry run: nothing was changed, and a real run would send no request that changes anything.'
      : 'Dry run: nothing was changed. These requests would be sent:',
  );
  for (const { operation, input, shown } of requests)
    report.info(`${operation} ${JSON.stringify(forDisplay(shown ?? input))}`);
  report.output(Output.Created, 'false');
  await writeStepSummary(
    [
      renderDryRunSummary(session.inputs, requests),
      draft.image ?? '',
      studioPlan?.markdown ?? '',
      retentionPlan?.markdown ?? '',
    ].join('\n'),
  );
  if (retentionPlan?.failure !== undefined) throw new ActionError(retentionPlan.failure);
}

/**
 * keep-versions: runs last, once all else succeeded; without it, none of it is even loaded. Returns
 * its summary section, and in a dry run what it would send.
 */
async function retainVersions(
  session: Session,
  runContext: RunContext,
  current: number | 'new',
): Promise<RetentionOutcome | undefined> {
  const { retention } = session.inputs;
  if (retention === undefined) return undefined;
  const { applyRetention } = await import('../retire/retention.js');
  return applyRetention(session, retention, current, await ecrReads(session, runContext));
}

/** The ECR check's reads (`ecr-check` not `off`), loaded only then. */
async function ecrReads(
  { inputs, report }: Session,
  runContext: RunContext,
): Promise<EcrImageReads | undefined> {
  if (inputs.ecrCheck === 'off') return undefined;
  const { openEcrImageReads } = await import('../aws/ecr-images.js');
  return openEcrImageReads({
    maxAttempts: inputs.maxAttempts,
    httpTimeoutMs: inputs.httpTimeoutSeconds * 1000,
    runId: runContext.runId,
    log: (line) => report.debug(line),
  });
}
