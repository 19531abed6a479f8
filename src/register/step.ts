// The register step: find a version to reuse (skip-if-unchanged), or prepare the request and its
// ClientTokens, create the version and wait for it; then put the aliases on it. main.ts composes
// these with the other steps; a dry run stops after the preparation.
import type { Inputs } from '../inputs/inputs.js';
import type {
  CreateImageVersionRequest,
  DescribeImageVersionResponse,
} from '@aws-sdk/client-sagemaker';
import { readImageVersionArn, type ImageVersionArnParts } from '../aws/arn.js';
import { quoteForLog } from '../common/log-safe.js';
import type { RunContext } from '../inputs/run-context.js';
import { Output, maskAccount, setStatusOutputs, setVersionOutputs } from '../report/outputs.js';
import { withDeadline, type Session } from '../run/session.js';
import { PollFailure } from '../wait/poll.js';
import {
  aliasesHeld,
  applyAliasesToExisting,
  assertNoConflict,
  conflictingAliases,
  findAliasHolders,
  heldNewerNotice,
  NEWEST_WINS,
  moveAliasesTo,
  type AliasHolders,
  type HeldNewer,
} from '../core/aliases.js';
import { createForThisAttempt } from './attempt.js';
import { aliasesAtCreation, buildVersionRequestBody, type VersionRequestBody } from './request.js';
import { findUnchangedVersion } from './reuse.js';
import { attemptNumber, candidateTokens, tokenBasis } from './token.js';
import { waitForVersion } from './wait-version.js';

/** The version this run stands behind, created or reused. */
export interface Registered {
  readonly arnParts: ImageVersionArnParts;
  readonly created: boolean;
  /** Its description, once CREATED (absent when the run did not wait). */
  readonly described?: DescribeImageVersionResponse;
  /** The token and request that created it (absent when reused). */
  readonly clientToken?: string;
  readonly request?: CreateImageVersionRequest;
}

/** What creating a version sends: the request without its token, and the tokens to try. */
export interface Preparation {
  readonly requestBody: VersionRequestBody;
  readonly tokens: readonly string[];
  /** Who held the aliases sent with the request, when any were sent. */
  readonly holders: AliasHolders;
}

/** What a run has done so far, for the summary of a run that fails after creating a version. */
export interface Progress {
  created?: {
    readonly arnParts: ImageVersionArnParts;
    readonly clientToken: string;
    /** The base image the version holds (an earlier attempt's, on a re-run that found it). */
    readonly baseImage: string;
  };
  /** The version's last status seen by a wait that failed. */
  lastStatus?: string;
}

/** skip-if-unchanged (when on): a version already made from this base image, if there is one. */
export function findReusable(
  session: Session<Inputs>,
): Promise<DescribeImageVersionResponse | undefined> {
  const { inputs, report } = session;
  if (!inputs.skipIfUnchanged) return Promise.resolve(undefined);
  if (!inputs.baseImage.includes('@')) {
    report.info(
      'skip-if-unchanged compares tags by name only: a moved tag is not noticed. Pass a digest to be sure.',
    );
  }
  return report.group('Look for a version of this base image', () => findUnchangedVersion(session));
}

/** A reused version's outputs; its aliases are placed later, like a new version's. */
export function reuse(
  session: Session<Inputs>,
  existing: DescribeImageVersionResponse,
): Registered {
  const { inputs, report } = session;
  const arnParts = readImageVersionArn(existing.ImageVersionArn ?? '');
  maskAccount(report, inputs, arnParts.accountId);
  report.info(
    inputs.dryRun
      ? `Version ${arnParts.version} already has this base image: a real run would reuse it.`
      : `Version ${arnParts.version} already has this base image: reusing it, creating nothing.`,
  );
  setVersionOutputs(report, arnParts, false);
  if (!inputs.dryRun) setStatusOutputs(report, existing);
  return { arnParts, created: false, described: existing };
}

/** The request and its tokens; aliases sent with it must be free (or this request's own). */
export async function prepareCreation(
  session: Session<Inputs>,
  runContext: RunContext,
): Promise<Preparation> {
  const { inputs, report } = session;
  const attempt = attemptNumber(runContext.runAttempt);
  // Without move-aliases, another version's alias stops the run before anything is created (the
  // aliases then go with the creation request, or, with a launch test, are set once it passed).
  let holders: AliasHolders = new Map();
  if (!inputs.moveAliases && inputs.aliases.length > 0) {
    holders = await report.group('Check the aliases', () => findAliasHolders(session));
    // Only a re-run (or a chosen client-token) can meet a version of its own.
    const mayBeOwn = attempt > 1 || inputs.clientToken !== undefined;
    const conflicts = conflictingAliases(holders, mayBeOwn ? inputs.baseImage : undefined);
    assertNoConflict(conflicts, inputs.imageName);
  }
  const requestBody = buildVersionRequestBody(inputs, aliasesAtCreation(inputs));
  const tokens =
    inputs.clientToken !== undefined
      ? [inputs.clientToken]
      : candidateTokens(runContext, tokenBasis(requestBody, inputs.givenBaseImage), attempt);
  logTokens(session, runContext, attempt, tokens);
  return { requestBody, tokens, holders };
}

/**
 * Creates the version (or finds the one an earlier attempt made), then waits for CREATED, all
 * within wait-timeout-seconds (plus one poll).
 */
export async function createVersion(
  runSession: Session<Inputs>,
  preparation: Preparation,
  progress: Progress,
): Promise<Registered> {
  // One deadline for the whole step: a new image, a busy one, and CREATED.
  const session = withDeadline(runSession);
  const { inputs, report } = session;
  const { requestBody, tokens, holders } = preparation;
  const { imageVersionArn, clientToken, baseImage } = await report.group(
    'Create the image version',
    () => {
      report.info(
        `CreateImageVersion: image ${quoteForLog(inputs.imageName)}, base image ` +
          `${quoteForLog(inputs.baseImage)}, region ${inputs.region}`,
      );
      return createForThisAttempt(session, requestBody, tokens, holders);
    },
  );
  const request: CreateImageVersionRequest = {
    ...requestBody,
    BaseImage: baseImage,
    ClientToken: clientToken,
  };
  const arnParts = readImageVersionArn(imageVersionArn);
  maskAccount(report, inputs, arnParts.accountId);
  // Set right away, so `if: always()` steps can use them whatever happens next.
  report.output(Output.ClientToken, clientToken);
  setVersionOutputs(report, arnParts, true);
  progress.created = { arnParts, clientToken, baseImage };
  report.info(`Image version ${arnParts.version}: ${imageVersionArn}`);
  if (!inputs.waitForCreated) return { arnParts, created: true, clientToken, request };
  const described = await waitUntilCreated(session, arnParts.version, progress);
  return { arnParts, created: true, described, clientToken, request };
}

async function waitUntilCreated(
  session: Session<Inputs>,
  version: number,
  progress: Progress,
): Promise<DescribeImageVersionResponse> {
  const { report } = session;
  const described = await report.group(`Wait for version ${version} to be CREATED`, async () => {
    try {
      const { value, checks, waitedMs } = await waitForVersion(session, version);
      report.info(
        `CREATED after ${(waitedMs / 1000).toFixed(1)} s and ${checks} status check${checks === 1 ? '' : 's'}.`,
      );
      return value;
    } catch (error) {
      // The status the wait ended on is an output too, for the steps that clean up.
      if (error instanceof PollFailure && error.lastStatus !== undefined) {
        report.output(Output.ImageVersionStatus, error.lastStatus);
        progress.lastStatus = error.lastStatus;
      }
      throw error;
    }
  });
  setStatusOutputs(report, described);
  return described;
}

/**
 * The aliases, once the version is CREATED (and passed its launch test): moved to a new version
 * with `move-aliases` (its creation request carried none: see aliasesAtCreation), applied to a
 * reused one; otherwise they went with the creation request. An alias on a newer version stays
 * there (newest wins) unless `allow-rollback`, and a notice says so. Returns the aliases the
 * version holds (the `aliases` output and the summary name only those).
 */
export async function placeAliases(
  session: Session<Inputs>,
  registered: Registered,
): Promise<readonly string[]> {
  const { inputs, report } = session;
  const version = registered.arnParts.version;
  let heldNewer: HeldNewer[] = [];
  if (registered.created && inputs.moveAliases && inputs.aliases.length > 0) {
    heldNewer = await report.group('Move the aliases', () => moveAliasesTo(session, version));
  } else if (!registered.created && inputs.aliases.length > 0) {
    heldNewer = await report.group('Apply the aliases', () =>
      applyAliasesToExisting(session, version),
    );
  }
  const held = aliasesHeld(inputs.aliases, heldNewer);
  report.output(Output.Aliases, held.join(','));
  if (heldNewer.length > 0)
    report.notice(heldNewerNotice(inputs.imageName, version, heldNewer), NEWEST_WINS);
  return held;
}

function logTokens(
  { inputs, report }: Session<Inputs>,
  runContext: RunContext,
  attempt: number,
  tokens: readonly string[],
): void {
  if (inputs.clientToken !== undefined) {
    report.info(`ClientToken ${inputs.clientToken} (from input client-token)`);
    return;
  }
  report.info(
    // Stryker disable next-line StringLiteral: candidateTokens gives at least generation 0
    `ClientToken ${tokens[0] ?? ''} (derived from run ${runContext.runId}, commit ` +
      `${runContext.sha.slice(0, 12)} and the request; this is attempt ${attempt}: ` +
      'every attempt of this run with the same inputs gets the same version)',
  );
  // Which token is sent, and which returns the version, is said as it happens (attempt.ts).
  if (tokens.length > 1) {
    report.info(
      `A re-run: this token is sent first, so the version an earlier attempt made is found; only ` +
        `if that version ended CREATE_FAILED is the next of ${tokens.length} tokens sent ` +
        `(${tokens.slice(1).join(', ')}).`,
    );
  }
}
