// `./`, register: inputs → the base image checked in ECR → the version (reused, or created and
// waited for) → aliases → summary. Nothing is written to SageMaker before the image passed its
// checks. A dry run reads what a real run reads, then says what it would send and sets the outputs
// of the version it would create or reuse (status PLANNED), so the next entry points of a composed
// release can plan too. Releasing to Studio, the launch test and retention are entry points of
// their own (./launch-test, ./studio, ./retire), composed by the workflow.
import { ActionError } from '../common/action-error.js';
import { logPlannedRequests } from '../report/planned-requests.js';
import type { PlannedRequest } from '../common/planned-request.js';
import { parseInputs, type Inputs } from '../inputs/inputs.js';
import { readRunContext, type RunContext } from '../inputs/run-context.js';
import { Output, setPlannedVersionOutputs } from '../report/outputs.js';
import { keepingOutputs, runnerReporter, type Reporter } from '../report/runner.js';
import { summaryFacts, writeStepSummary } from '../report/step-summary.js';
import { during, summaryDraft, writeRunSummary, type SummaryDraft } from '../report/run-summary.js';
import { renderDryRunSummary, type SummaryFacts } from '../report/summary.js';
import { withoutUndefined } from '../common/objects.js';
import { planRequests, type PlannedCreation } from './dry-run.js';
import { planAliasesOnExistingVersion } from '../core/aliases.js';
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
import type { CheckedImage } from '../preflight/gate.js';
import { failureMessage, openSession, readEntryInputs } from '../run/entry.js';
import type { Session } from '../run/session.js';
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
    const checked = inputs;
    const image = await during(draft, 'the image checks', () =>
      checkImage(checked, runContext, report),
    );
    if (image !== undefined) {
      // The version request, skip-if-unchanged and the dry run all use what the checks chose; the
      // derived ClientToken uses base-image as given (token.ts).
      inputs = { ...inputs, baseImage: image.reference, givenBaseImage: inputs.baseImage };
      draft.image = image.section;
    }
    const session = await openSession(inputs, runContext, clock, report);
    await release(session, runContext, progress, draft);
  } catch (error) {
    const message = failureMessage(report, error, inputs);
    report.fail(message);
    if (error instanceof ActionError && error.section !== undefined) draft.image = error.section;
    // Stryker disable next-line ConditionalExpression: without inputs nothing was created, so it would return at once
    if (inputs !== undefined) summarizeFailedVersion(draft, inputs, progress);
    await writeRunSummary(draft, { message, outputs: report.outputs() });
  }
}

async function release(
  session: Session<Inputs>,
  runContext: RunContext,
  progress: Progress,
  draft: SummaryDraft,
): Promise<void> {
  const { inputs } = session;
  const existing = await during(draft, 'the version', () => findReusable(session));
  if (inputs.dryRun) return dryRun(session, runContext, existing, draft);
  const registered =
    existing === undefined
      ? await during(draft, 'the version', async () =>
          createVersion(session, await prepareCreation(session, runContext), progress),
        )
      : reuse(session, existing);
  draft.version = versionFacts(inputs, registered);
  const aliases = await during(draft, 'the aliases', () => placeAliases(session, registered));
  draft.version = { ...draft.version, aliases };
  announce(session, registered);
  await writeRunSummary(draft);
}

/** The version as the summary shows it, once it is known. */
function versionFacts(
  inputs: Inputs,
  registered: Registered,
): NonNullable<SummaryDraft['version']> {
  return {
    ...summaryFacts(
      inputs,
      registered.arnParts,
      registered.described,
      registered.request?.BaseImage,
    ),
    created: registered.created,
    ...withoutUndefined<Pick<SummaryFacts, 'clientToken' | 'request'>>({
      clientToken: registered.clientToken,
      request: registered.request,
    }),
  };
}

/** A version created by a run that failed before it was described (its wait, say). */
function summarizeFailedVersion(draft: SummaryDraft, inputs: Inputs, progress: Progress): void {
  if (draft.version !== undefined || progress.created === undefined) return;
  const { arnParts, clientToken, baseImage } = progress.created;
  draft.version = {
    ...summaryFacts(inputs, arnParts, undefined, baseImage),
    ...withoutUndefined<Pick<SummaryFacts, 'status'>>({ status: progress.lastStatus }),
    created: true,
    clientToken,
  };
}

/** The validated inputs; every problem, the run's identity included, is listed before any request. */
function readInputs(runContext: RunContext, report: Reporter): Inputs {
  return readEntryInputs(parseInputs, report, (read) => {
    // A derived ClientToken needs the run's identity; without it no request may be sent.
    const identityProblem = runIdentityProblem(runContext);
    return identityProblem !== undefined && read('client-token') === '' ? [identityProblem] : [];
  });
}

/** The image checks (`preflight` not `off`), loaded only then, with the ECR client. */
async function checkImage(
  inputs: Inputs,
  runContext: RunContext,
  report: Reporter,
): Promise<CheckedImage | undefined> {
  // Stryker disable next-line ConditionalExpression,StringLiteral: gate.checkImage returns undefined for off too; this spares loading the checks
  if (inputs.preflight === 'off') return undefined;
  const gate = await import('../preflight/gate.js');
  return gate.checkImage(inputs, runContext, report);
}

function announce({ inputs, report }: Session<Inputs>, { arnParts, created }: Registered): void {
  report.notice(
    created
      ? `Registered ${inputs.imageName} version ${arnParts.version} (${arnParts.arn}).`
      : `Reused ${inputs.imageName} version ${arnParts.version}: it already has this base image.`,
    'SageMaker image version',
  );
}

/**
 * dry-run: print exactly what would be sent, in the order a real run sends it; nothing but reads.
 * The version's outputs name what a real run would create (the next number) or reuse, PLANNED.
 */
async function dryRun(
  session: Session<Inputs>,
  runContext: RunContext,
  existing: Awaited<ReturnType<typeof findReusable>>,
  draft: SummaryDraft,
): Promise<void> {
  const { report } = session;
  let planned: PlannedCreation;
  if (existing === undefined) {
    const preparation = await prepareCreation(session, runContext);
    // Stryker disable next-line StringLiteral: prepareCreation gives at least one token (generation 0, or client-token)
    const first = preparation.tokens[0] ?? '';
    report.output(Output.ClientToken, first);
    planned = await planRequests(session, { ...preparation.requestBody, ClientToken: first });
  } else {
    const { arnParts } = reuse(session, existing);
    const aliases = await planAliasesOnExistingVersion(session, arnParts.version);
    planned = { creation: [], aliases, imageArn: arnParts.imageArn, version: arnParts.version };
  }
  if (planned.imageArn !== undefined) {
    setPlannedVersionOutputs(report, planned.imageArn, planned.version);
  }
  const requests: PlannedRequest[] = [...planned.creation, ...planned.aliases];
  logPlannedRequests(report, requests);
  report.output(Output.Created, 'false');
  await writeStepSummary(
    [renderDryRunSummary(session.inputs, requests), draft.image ?? ''].join('\n'),
  );
}
