// The read-modify-write that puts this image's entry in a list of Studio settings, or takes it
// out: a domain's defaults (UpdateDomain, ./studio) or a user profile's own list
// (UpdateUserProfile: ./studio's `user-profiles: all`, and the launch test's CI profile). Neither call takes a
// condition, so two writers that read before either writes lose one update: after each write the
// settings are read again (once the update has settled) and the write redone, from that new read,
// while this image's entry is missing or wrong. A write is never resent as it was (the SDK does not
// retry it either: see src/aws/without-retries.ts).
import { ActionError } from '../common/action-error.js';
import { errorFacts } from '../aws/errors.js';
import { busyRetryDelayMs } from '../wait/schedule.js';
import type { Reporter } from '../report/runner.js';
import type { Clock } from '../wait/clock.js';

/** What a read-modify-write needs of its run (a Session has both). */
export interface WriteContext {
  readonly clock: Clock;
  readonly report: Pick<Reporter, 'info'>;
}

/**
 * Writes per target, the first included. Each one after the first means another writer overwrote
 * this entry from an older read (or SageMaker refused an update while another settled). Every round
 * ends with one writer done, so this bounds how many pipelines may race on one target.
 */
export const MAX_WRITES = 5;

/** What is written: a domain or a user profile, as the log names it. */
export interface WriteTarget<Plan extends { readonly request?: object | undefined }> {
  /** Begins a sentence: `Studio domain d-x`, `Studio domain d-x, user profile 2 of 9`. */
  readonly subject: string;
  /** `domain`, `profile`: "reading the domain again". */
  readonly noun: string;
  readonly operation: 'UpdateDomain' | 'UpdateUserProfile';
  /** Reads it once settled and plans from that read; undefined when it is gone. */
  readAndPlan(): Promise<Plan | undefined>;
  send(request: NonNullable<Plan['request']>): Promise<void>;
  /** Its status, read once (after a refused write). */
  status(): Promise<string | undefined>;
  /** The failure once other writers overwrote the entry MAX_WRITES times in a row. */
  readonly overwritten: string;
  /** What is wrong when a read after a write still plans a write (default: the entry). */
  readonly stillWrong?: string;
}

export interface WriteOutcome<Plan> {
  /** The plan made from the first read (undefined when the target was gone). */
  readonly plan: Plan | undefined;
  /** Writes that SageMaker accepted (or whose answer was lost). */
  readonly writes: number;
  /** The target was there at the first read and gone at the last (deleted while this run wrote). */
  readonly gone: boolean;
}

/**
 * Puts the entry in the target's list (or takes it out), and sees it stay so. `first`: the plan
 * from a read the caller made already, instead of the first read.
 */
export async function readModifyWrite<Plan extends { readonly request?: object | undefined }>(
  session: WriteContext,
  target: WriteTarget<Plan>,
  first?: Plan,
): Promise<WriteOutcome<Plan>> {
  const firstPlan = first ?? (await target.readAndPlan());
  let plan = firstPlan;
  let writes = 0;
  for (let attempt = 1; plan?.request !== undefined; attempt++) {
    if (attempt > MAX_WRITES) throw new ActionError(target.overwritten);
    const request = plan.request as NonNullable<Plan['request']>;
    const sent = await sendUpdate(session, target, request, attempt);
    if (sent !== 'refused') writes++;
    plan = await target.readAndPlan();
    if (plan?.request !== undefined) session.report.info(whyAgain(target, sent));
  }
  return { plan: firstPlan, writes, gone: firstPlan !== undefined && plan === undefined };
}

/** What became of one update: accepted, sent without a clear answer, or refused while another settled. */
type Sent = 'accepted' | 'unclear' | 'refused';

/** Why a read after an update still plans a write, as the log tells it before writing again. */
function whyAgain(
  { subject, operation, stillWrong }: WriteTarget<{ readonly request?: object | undefined }>,
  sent: Sent,
): string {
  // After a refusal this run's update never happened: nothing of it can be "wrong".
  if (sent === 'refused')
    return `${subject}: the other update has settled; sending ${operation} again.`;
  const wrong = `${subject}: ${stillWrong ?? "this image's entry is missing or wrong"} after the update`;
  return sent === 'accepted'
    ? `${wrong} (another writer saved the settings from an older read); writing it again.`
    : `${wrong} that got no clear answer (it did not land, or another writer saved the settings from an older read); writing it again.`;
}

/**
 * Sends the update, once. When its answer is lost, throttled, a server fault or a time-out, the
 * write may or may not have happened: returns 'unclear' after a pause, and the caller reads again and
 * plans again from what it finds, never resending the old body. When SageMaker refuses it and the
 * target is no longer InService (another writer's update is settling: the error it gives then is
 * not documented), returns 'refused' likewise; any other refusal is the step's failure.
 */
async function sendUpdate<Plan extends { readonly request?: object | undefined }>(
  session: WriteContext,
  target: WriteTarget<Plan>,
  request: NonNullable<Plan['request']>,
  attempt: number,
): Promise<Sent> {
  try {
    await target.send(request);
    return 'accepted';
  } catch (error) {
    const { name } = errorFacts(error);
    // Loaded here, once a write failed: the classification is the SDK's runtime (src/aws/transient.ts).
    const { isTransient } = await import('../aws/transient.js');
    if (isTransient(error)) {
      const delay = busyRetryDelayMs(attempt, session.clock.random());
      session.report.info(
        `${target.subject}: ${target.operation} got no clear answer (${name}); reading the ${target.noun} again in ${(delay / 1000).toFixed(1)} s to see what it holds.`,
      );
      await session.clock.sleep(delay);
      return 'unclear';
    }
    if (!['ValidationException', 'ResourceInUse', 'ConflictException'].includes(name)) throw error;
    const status = await target.status();
    if (status === 'InService') throw error;
    session.report.info(
      status === undefined
        ? `${target.subject}: ${target.operation} was refused (${name}) and the ${target.noun} has no status now (gone, or being replaced); reading it again.`
        : `${target.subject} is ${status} (another update is under way), so ${target.operation} was refused; waiting for it.`,
    );
    return 'refused';
  }
}
