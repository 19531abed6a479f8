// The retention step: read what proves each version used or unused, decide, report, then retire
// (or, in a dry run, only say what would be retired); in archive mode, kept versions marked
// TO_BE_ARCHIVED are marked STABLE again first. What it read and decided goes back to main.ts, which
// then checks the images of the versions still in use in ECR (ecr-guard.ts, unless `ecr-check: off`).
import { explainAwsError } from '../aws/errors.js';
import { RetireOutput } from '../report/outputs.js';
import { ActionError } from '../common/action-error.js';
import type { PlannedRequest } from '../common/planned-request.js';
import type { Retention } from '../inputs/retire-inputs.js';
import type { Session } from '../run/session.js';
import {
  decideRetention,
  retiring,
  unmarking,
  type RetentionDecision,
  type RetentionPolicy,
} from './decide.js';
import { RetentionReadError, gatherFacts, type GatheredFacts } from './facts.js';
import {
  retentionLogLines,
  retentionOutcome,
  retentionSummary,
  unmarkOutcome,
  usesForDebug,
  type RetentionReport,
} from './report.js';
import { RetireError, retentionRequests, retireVersions, unmarkVersions } from './retire.js';

/** What retention did, or in a dry run would do: its summary section, and a dry run's writes. */
export interface RetentionOutcome {
  /** The writes a dry run would send (main.ts lists and counts them with the rest); [] otherwise. */
  readonly requests: PlannedRequest[];
  /** The step summary's Retention section. */
  readonly markdown: string;
  /** Each version's decision, and the facts it was made from: what the ECR check reads next. */
  readonly decisions: readonly RetentionDecision[];
  readonly facts: GatheredFacts;
  /** The versions this run retired (none in a dry run). */
  readonly retired: readonly number[];
}

/**
 * `current`: this run's version, `new` for a dry run that would create one, or `none` when the run
 * made no version (`./retire` on its own: the grace period keeps what a release just made).
 * `readUses`: read aliases and Studio even when nothing could be retired (the ECR check needs them).
 */
export async function applyRetention(
  session: Session,
  retention: Retention,
  current: number | 'new' | 'none',
  readUses: boolean,
): Promise<RetentionOutcome> {
  const { inputs, report, clock } = session;
  const policy: RetentionPolicy = { ...retention, current, nowMs: clock.epochMs() };
  const { keepVersions } = retention;
  const title = `Retention: keep the ${keepVersions} newest CREATED version${keepVersions === 1 ? '' : 's'}`;
  return report.group(title, async () => {
    // Said first, so that a read that fails leaves no empty group behind.
    report.info(
      `Reading the versions of ${inputs.imageName}, and every Studio domain, user profile, space and app of ${inputs.region}, to find the versions in use.`,
    );
    const gathered = await gatherFacts(session, policy, readUses).catch((error: unknown) => {
      throw readFailure(session, error);
    });
    return retire(session, retention, policy, gathered);
  });
}

/** Decides, reports, and (but in a dry run) retires and unmarks. */
async function retire(
  session: Session,
  retention: Retention,
  policy: RetentionPolicy,
  facts: GatheredFacts,
): Promise<RetentionOutcome> {
  const { inputs, report } = session;
  const decisions = decideRetention(facts, policy);
  for (const line of usesForDebug(decisions)) report.debug(line);
  const base = { imageName: inputs.imageName, ...policy, decisions, facts };
  const toRetire = retiring(decisions);
  const toUnmark = unmarking(decisions);
  if (inputs.dryRun || (toRetire.length === 0 && toUnmark.length === 0)) {
    const outcome: RetentionReport = {
      ...base,
      phase: inputs.dryRun
        ? 'dry-run'
        : // Stryker disable next-line StringLiteral: with nothing to retire or mark, every phase reads the same
          'done',
    };
    for (const line of retentionLogLines(outcome)) report.info(line);
    report.output(RetireOutput.RetiredVersions, '');
    // None but in a dry run: a real run gets here with nothing to write.
    const plan = { unmark: toUnmark, retire: toRetire, action: retention.action };
    const requests = retentionRequests(inputs.imageName, plan);
    return { requests, markdown: retentionSummary(outcome), decisions, facts, retired: [] };
  }
  for (const line of retentionLogLines({ ...base, phase: 'plan' })) report.info(line);
  let unmarked: number[];
  let retired: number[];
  try {
    unmarked = await unmarkVersions(session, toUnmark);
    retired = await retireVersions(session, toRetire, retention.action);
  } catch (error) {
    throw stopped(session, error);
  }
  report.output(RetireOutput.RetiredVersions, retired.join(','));
  const outcome: RetentionReport = { ...base, phase: 'done', retired, unmarked };
  report.info(retentionOutcome(outcome));
  const unmark = unmarkOutcome(outcome);
  if (unmark !== undefined) report.info(unmark);
  return { requests: [], markdown: retentionSummary(outcome), decisions, facts, retired };
}

/** Fail safe: a read that failed means nothing is retired, and the message names the permission. */
function readFailure({ inputs }: Session, error: unknown): unknown {
  // Stryker disable next-line ConditionalExpression: every error out of gatherFacts is a RetentionReadError
  if (!(error instanceof RetentionReadError)) return error;
  return new ActionError(
    `No image version was retired: to prove which versions are in use, retention must read ` +
      `${error.reading}, and ${explainAwsError(error.cause, {
        // Stryker disable next-line StringLiteral: the cause is a AwsCallError, which names its own operation
        operation: 'retention',
        imageName: inputs.imageName,
        region: inputs.region,
      })}`,
  );
}

/** A write failed part-way: say what was retired already, and set the output to it. */
function stopped({ inputs, report }: Session, error: unknown): unknown {
  // Stryker disable next-line ConditionalExpression: every error out of retireVersions is a RetireError
  if (!(error instanceof RetireError)) return error;
  report.output(RetireOutput.RetiredVersions, error.retired.join(','));
  const done =
    error.retired.length === 0
      ? 'No version was retired'
      : `Retention stopped after retiring version${error.retired.length === 1 ? '' : 's'} ${error.retired.join(', ')}`;
  const cause = error.cause;
  const why =
    cause instanceof ActionError
      ? cause.message
      : explainAwsError(cause, {
          // Stryker disable next-line StringLiteral: the cause is a AwsCallError, which names its own operation
          operation: 'retention',
          imageName: inputs.imageName,
          region: inputs.region,
        });
  return new ActionError(`${done}: ${why}`);
}
