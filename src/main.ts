// The flow, top to bottom: inputs → Studio domains read → reuse? → aliases → token → create →
// outputs → wait → aliases → Studio attach → summary → retention.
import * as core from '@actions/core';
import type {
  CreateImageVersionRequest,
  DescribeImageVersionResponse,
} from '@aws-sdk/client-sagemaker';
import { ActionError } from './common/action-error.js';
import {
  applyAliasesToExisting,
  assertNoConflict,
  conflictingAliases,
  findAliasHolders,
  moveAliasesTo,
  type AliasHolders,
} from './register/aliases.js';
import { readImageVersionArn, type ImageVersionArnParts } from './aws/arn.js';
import { systemClock, type Clock } from './wait/clock.js';
import { PollFailure } from './wait/poll.js';
import { createForThisAttempt } from './register/attempt.js';
import { planRequests, planReuse } from './register/dry-run.js';
import { AwsCallError, explainAwsError } from './aws/errors.js';
import { parseInputs, type Inputs } from './inputs/inputs.js';
import { quoteForLog } from './common/log-safe.js';
import { buildVersionRequestBody } from './register/request.js';
import { findUnchangedVersion } from './register/reuse.js';
import { readRunContext, type RunContext } from './inputs/run-context.js';
import type { Session } from './run/session.js';
import { maskAccount, setStatusOutputs, setVersionOutputs } from './report/outputs.js';
import { summaryFacts, writeStepSummary, writeSummary } from './report/step-summary.js';
import { renderDryRunSummary, type PlannedRequest } from './report/summary.js';
import type { StudioStep } from './studio/step.js';
import { attemptNumber, candidateTokens, runIdentityProblem } from './register/token.js';
import { waitForVersion } from './register/wait-version.js';

/** What a run has done so far, for the summary of a run that fails after creating a version. */
interface Progress {
  created?: { readonly arnParts: ImageVersionArnParts; readonly clientToken: string };
  /** The version's last status seen by a wait that failed. */
  lastStatus?: string;
}

export async function run(clock: Clock = systemClock): Promise<void> {
  let inputs: Inputs | undefined;
  const progress: Progress = {};
  try {
    const runContext = readRunContext();
    inputs = readInputs(runContext);
    await registerImageVersion(inputs, runContext, clock, progress);
  } catch (error) {
    // The one place the step fails.
    const message = failureMessage(error, inputs);
    core.setFailed(message);
    if (inputs !== undefined && progress.created !== undefined) {
      const { arnParts, clientToken } = progress.created;
      const status = progress.lastStatus === undefined ? {} : { status: progress.lastStatus };
      await writeSummary(
        { ...summaryFacts(inputs, arnParts, undefined), ...status },
        { created: true, clientToken, failure: message },
      ).catch(() => undefined);
    }
  }
}

function failureMessage(error: unknown, inputs: Inputs | undefined): string {
  if (error instanceof ActionError) return error.message;
  if (error instanceof AwsCallError && inputs !== undefined) {
    return explainAwsError(error, {
      operation: error.operation,
      imageName: inputs.imageName,
      region: inputs.region,
    });
  }
  core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** The validated inputs; every problem, the run's identity included, is listed before any request. */
function readInputs(runContext: RunContext): Inputs {
  const parsed = parseInputs((name) => core.getInput(name), process.env);
  const problems = parsed.ok ? [] : [...parsed.problems];
  // A derived ClientToken needs the run's identity; without it no request may be sent.
  const identityProblem = runIdentityProblem(runContext);
  if (identityProblem !== undefined && core.getInput('client-token') === '') {
    problems.push(identityProblem);
  }
  if (!parsed.ok || problems.length > 0) {
    throw new ActionError(
      `Invalid inputs; nothing was sent to AWS:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  maskAccount(parsed.inputs, /^(\d{12})\./.exec(parsed.inputs.baseImage)?.[1]);
  for (const warning of parsed.warnings) core.warning(warning);
  return parsed.inputs;
}

async function registerImageVersion(
  inputs: Inputs,
  runContext: RunContext,
  clock: Clock,
  progress: Progress,
): Promise<void> {
  // Loaded only now, so that bad inputs fail without paying for it.
  const api = await import('./aws/sagemaker.js');
  const client = api.createSageMakerClient({
    region: inputs.region,
    maxAttempts: inputs.maxAttempts,
    httpTimeoutMs: inputs.httpTimeoutSeconds * 1000,
    runId: runContext.runId,
    log: (line) => core.debug(line),
  });
  const session: Session = { inputs, api, client, clock, log: (line) => core.info(line) };
  // Studio: every domain is read before anything is created.
  const studio = await startStudio(session);

  if (inputs.skipIfUnchanged) {
    if (!inputs.baseImage.includes('@')) {
      core.info(
        'skip-if-unchanged compares tags by name only: a moved tag is not noticed. Pass a digest to be sure.',
      );
    }
    const unchanged = await core.group('Look for a version of this base image', () =>
      findUnchangedVersion(session),
    );
    if (unchanged !== undefined) return reuseVersion(session, unchanged, studio);
  }

  const attempt = attemptNumber(runContext.runAttempt);
  // Without move-aliases, aliases go with the creation request: check first that they are free.
  const aliasesAtCreation = inputs.moveAliases ? [] : inputs.aliases;
  let holders: AliasHolders = new Map();
  if (aliasesAtCreation.length > 0) {
    holders = await core.group('Check the aliases', () => findAliasHolders(session));
    // Only a re-run (or a chosen client-token) can meet a version of its own.
    const mayBeOwn = attempt > 1 || inputs.clientToken !== undefined;
    const conflicts = conflictingAliases(holders, mayBeOwn ? inputs.baseImage : undefined);
    assertNoConflict(conflicts, inputs.imageName);
  }
  const requestBody = buildVersionRequestBody(inputs, aliasesAtCreation);
  const tokens =
    inputs.clientToken !== undefined
      ? [inputs.clientToken]
      : candidateTokens(runContext, requestBody, attempt);
  logTokens(inputs, runContext, attempt, tokens);

  if (inputs.dryRun) {
    const first = tokens[0] ?? '';
    core.setOutput('client-token', first);
    const planned = await planRequests(session, { ...requestBody, ClientToken: first });
    return dryRun(session, planned, 'new', studio);
  }

  const { imageVersionArn, clientToken } = await core.group('Create the image version', () => {
    core.info(
      `CreateImageVersion: image ${quoteForLog(inputs.imageName)}, base image ` +
        `${quoteForLog(inputs.baseImage)}, region ${inputs.region}`,
    );
    return createForThisAttempt(session, requestBody, tokens, holders);
  });
  const request: CreateImageVersionRequest = { ...requestBody, ClientToken: clientToken };
  const arnParts = readImageVersionArn(imageVersionArn);
  maskAccount(inputs, arnParts.accountId);
  // Set right away, so `if: always()` steps can use them whatever happens next.
  core.setOutput('client-token', clientToken);
  setVersionOutputs(arnParts, true);
  progress.created = { arnParts, clientToken };
  core.info(`Image version ${arnParts.version}: ${imageVersionArn}`);

  let described: DescribeImageVersionResponse | undefined;
  if (inputs.waitForCreated) {
    described = await core.group(`Wait for version ${arnParts.version} to be CREATED`, async () => {
      try {
        const { value, checks, waitedMs } = await waitForVersion(session, arnParts.version);
        core.info(
          `CREATED after ${(waitedMs / 1000).toFixed(1)} s and ${checks} status check${checks === 1 ? '' : 's'}.`,
        );
        return value;
      } catch (error) {
        // The status the wait ended on is an output too, for the steps that clean up.
        if (error instanceof PollFailure && error.lastStatus !== undefined) {
          core.setOutput('image-version-status', error.lastStatus);
          progress.lastStatus = error.lastStatus;
        }
        throw error;
      }
    });
    setStatusOutputs(described);
  }
  if (inputs.moveAliases && inputs.aliases.length > 0) {
    await core.group('Move the aliases', () => moveAliasesTo(session, arnParts.version));
  }
  core.setOutput('aliases', inputs.aliases.join(','));
  const studioSection = await studio?.attach(arnParts.version);

  core.notice(`Registered ${inputs.imageName} version ${arnParts.version} (${imageVersionArn}).`, {
    title: 'SageMaker image version',
  });
  await writeSummary(
    summaryFacts(inputs, arnParts, described),
    { clientToken, created: true, request, aliases: inputs.aliases },
    studioSection,
  );
  await retainVersions(session, arnParts.version);
}

/** The Studio step (`studio-domain-ids`), loaded only then; it reads every domain at once. */
async function startStudio(session: Session): Promise<StudioStep | undefined> {
  const { studio } = session.inputs;
  if (studio === undefined) return undefined;
  const { startStudioStep } = await import('./studio/step.js');
  return core.group('Check the Studio domains', () => startStudioStep(session, studio));
}

/** skip-if-unchanged found a version of this base image: output it, create nothing. */
async function reuseVersion(
  session: Session,
  existing: DescribeImageVersionResponse,
  studio: StudioStep | undefined,
): Promise<void> {
  const { inputs } = session;
  const imageVersionArn = existing.ImageVersionArn ?? '';
  const arnParts = readImageVersionArn(imageVersionArn);
  maskAccount(inputs, arnParts.accountId);
  if (inputs.dryRun) {
    core.info(
      `Version ${arnParts.version} already has this base image: a real run would reuse it.`,
    );
    setVersionOutputs(arnParts, false);
    return dryRun(session, await planReuse(session, arnParts.version), arnParts.version, studio);
  }
  core.info(
    `Version ${arnParts.version} already has this base image: reusing it, creating nothing.`,
  );
  setVersionOutputs(arnParts, false);
  setStatusOutputs(existing);
  if (inputs.aliases.length > 0) {
    await core.group('Apply the aliases', () => applyAliasesToExisting(session, arnParts.version));
  }
  core.setOutput('aliases', inputs.aliases.join(','));
  const studioSection = await studio?.attach(arnParts.version);
  core.notice(
    `Reused ${inputs.imageName} version ${arnParts.version}: it already has this base image.`,
    {
      title: 'SageMaker image version',
    },
  );
  await writeSummary(
    summaryFacts(inputs, arnParts, existing),
    { created: false, aliases: inputs.aliases },
    studioSection,
  );
  await retainVersions(session, arnParts.version);
}

/** dry-run: print exactly what would be sent; everything before this only read. */
async function dryRun(
  session: Session,
  planned: readonly PlannedRequest[],
  version: number | 'new',
  studio: StudioStep | undefined,
): Promise<void> {
  const studioPlan = studio?.dryRun(version === 'new' ? undefined : version);
  const requests = [...planned, ...(studioPlan?.requests ?? [])];
  core.info(
    requests.length === 0
      ? 'Dry run: nothing was changed, and a real run would send no request that changes anything.'
      : 'Dry run: nothing was changed. These requests would be sent:',
  );
  for (const { operation, input } of requests) core.info(`${operation} ${JSON.stringify(input)}`);
  core.setOutput('created', 'false');
  await writeStepSummary(
    [renderDryRunSummary(session.inputs, requests), studioPlan?.markdown ?? ''].join('\n'),
  );
  await retainVersions(session, version);
}

/** keep-versions: runs last, once all else succeeded; without it, none of it is even loaded. */
async function retainVersions(session: Session, current: number | 'new'): Promise<void> {
  const { retention } = session.inputs;
  if (retention === undefined) return;
  const { applyRetention } = await import('./retention/retention.js');
  await applyRetention(session, retention, current);
}

function logTokens(
  inputs: Inputs,
  runContext: RunContext,
  attempt: number,
  tokens: readonly string[],
): void {
  if (inputs.clientToken !== undefined) {
    core.info(`ClientToken ${inputs.clientToken} (from input client-token)`);
    return;
  }
  core.info(
    `ClientToken ${tokens[0] ?? ''} (derived from run ${runContext.runId}, commit ` +
      `${runContext.sha.slice(0, 12)} and the request; this is attempt ${attempt}: ` +
      'every attempt of this run with the same inputs gets the same version)',
  );
  if (tokens.length > 1) {
    core.info(
      `A re-run: versions earlier attempts made that ended CREATE_FAILED are passed over, using ` +
        `the next of ${tokens.length} tokens (${tokens.slice(1).join(', ')}).`,
    );
  }
}
