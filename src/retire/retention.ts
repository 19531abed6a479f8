// The retention step: read what proves each version used or unused, decide, report, then retire
// (or, in a dry run, only say what would be retired); in archive mode, kept versions marked
// TO_BE_ARCHIVED are marked STABLE again first. Then, unless `ecr-check: off`, the images of the
// versions still in use are checked in ECR (ecr-guard.ts). main.ts calls it last, once everything
// else in the run has succeeded, and imports it only when `keep-versions` is set.
import { explainAwsError } from '../aws/errors.js';
import { Output } from '../report/outputs.js';
import { ActionError } from '../common/action-error.js';
import type { PlannedRequest } from '../common/planned-request.js';
import type { Retention } from '../inputs/inputs.js';
import type { Session } from '../run/session.js';
import type { EcrImageReads } from '../aws/ecr-images.js';
import {
  decideRetention,
  retiring,
  unmarking,
  type RetentionDecision,
  type RetentionPolicy,
} from './decide.js';
import { guardImages } from './ecr-guard.js';
import { ecrLogLines, ecrSummary, strictFailure } from './ecr-report.js';
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
  /** `ecr-check: strict` and the check found something: the step fails with this, once done. */
  readonly failure?: string;
}

/**
 * `current`: this run's version, or `new` for a dry run that would create one. `ecr`: the ECR
 * check's reads, when `ecr-check` is not `off`; it runs once retention's own work is done.
 */
export async function applyRetention(
  session: Session,
  retention: Retention,
  current: number | 'new',
  ecr?: EcrImageReads,
): Promise<RetentionOutcome> {
  const { report, clock } = session;
  const policy: RetentionPolicy = { ...retention, current, nowMs: clock.epochMs() };
  const { keepVersions } = retention;
  const title = `Retention: keep the ${keepVersions} newest CREATED version${keepVersions === 1 ? '' : 's'}`;
  const { outcome, decisions, facts, retired } = await report.group(title, async () => {
    const gathered = await gatherFacts(session, policy, ecr !== undefined).catch(
      (error: unknown) => {
        throw readFailure(session, error);
      },
    );
    return retire(session, retention, policy, gathered);
  });
  if (ecr === undefined) return outcome;
  const checked = await report.group('Check the images of the versions in use in ECR', () =>
    guardImages(session, ecr, decisions, facts, retention.action === 'delete' ? retired : []),
  );
  for (const line of ecrLogLines(checked)) report.info(line);
  for (const finding of checked.findings) report.warning(finding.message);
  if (checked.unread !== undefined) report.warning(checked.unread);
  const failure = session.inputs.ecrCheck === 'strict' ? strictFailure(checked) : undefined;
  return {
    ...outcome,
    markdown: `${outcome.markdown}${ecrSummary(checked)}`,
    ...(failure === undefined ? {} : { failure }),
  };
}

interface Retired {
  readonly outcome: RetentionOutcome;
  readonly decisions: RetentionDecision[];
  readonly facts: GatheredFacts;
  /** The versions this run retired. */
  readonly retired: readonly number[];
}

/** Decides, reports, and (but in a dry run) retires and unmarks. */
async function retire(
  session: Session,
  retention: Retention,
  policy: RetentionPolicy,
  facts: GatheredFacts,
): Promise<Retired> {
  const { inputs, report } = session;
  const decisions = decideRetention(facts, policy);
  for (const line of usesForDebug(decisions)) report.debug(line);
  const base = { imageName: inputs.imageName, ...policy, decisions, facts };
  const toRetire = retiring(decisions);
  const toUnmark = unmarking(decisions);
  if (inputs.dryRun || (toRetire.length === 0 && toUnmark.length === 0)) {
    const outcome: RetentionReport = { ...base, phase: inputs.dryRun ? 'dry-run' : 'done' };
    for (const line of retentionLogLines(outcome)) report.info(line);
    report.output(Output.RetiredVersions, '');
    const plan = { unmark: toUnmark, retire: toRetire, action: retention.action };
    const requests = inputs.dryRun ? retentionRequests(inputs.imageName, plan) : [];
    const markdown = retentionSummary(outcome);
    return { outcome: { requests, markdown }, decisions, facts, retired: [] };
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
  report.output(Output.RetiredVersions, retired.join(','));
  const outcome: RetentionReport = { ...base, phase: 'done', retired, unmarked };
  report.info(retentionOutcome(outcome));
  const unmark = unmarkOutcome(outcome);
  if (unmark !== undefined) report.info(unmark);
  return {
    outcome: { requests: [], markdown: retentionSummary(outcome) },
    decisions,
    facts,
    retired,
  };
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
  report.output(Output.RetiredVersions, error.retired.join(','));
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
