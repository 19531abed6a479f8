// Polls a status until it settles, on a schedule, within a time limit. The caller says what each
// status means; this module only keeps time, logs changes and a heartbeat, and decides when to stop.
import { ActionError } from '../common/action-error.js';
import type { Clock } from './clock.js';
import { errorFacts } from '../aws/errors.js';
import { pollDelayMs } from './schedule.js';

export type Verdict<T> =
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed'; readonly message: string };

export interface PollOptions<T, S> {
  /** What is being waited for, for log lines: e.g. `image version my-image:3`. */
  readonly subject: string;
  /** Reads the current state; an error it throws is passed to `canRetry`. */
  readonly read: () => Promise<S>;
  readonly statusOf: (state: S) => string;
  readonly judge: (state: S) => Verdict<T>;
  /** Whether an error from `read` may pass with time (throttling, 5xx, network). */
  readonly canRetry: (error: unknown) => boolean;
  /** Turns an error that waiting cannot fix into the step's failure. */
  readonly explain: (error: unknown) => string;
  readonly clock: Clock;
  readonly timeoutMs: number;
  readonly maxDelayMs: number;
  readonly log: (line: string) => void;
  /**
   * When, in ms from now, a check could end the wait before the schedule's next one (a result
   * that must hold for a while turns old enough then): the pause is cut to it. Undefined: no cut.
   */
  readonly nextUsefulCheckInMs?: () => number | undefined;
  /** How often a still-pending wait says so (default 30 s). */
  readonly heartbeatMs?: number;
  /**
   * When the time limit started, if before this wait (a step's one deadline): a time-out then
   * says how long the step waited in all.
   */
  readonly limitStartedAt?: number;
  /**
   * What the status lines count from, when not this wait's start: the request that made the thing
   * (`{ at, label: 'CreateApp' }` logs `Pending 16.0 s after CreateApp`), so that two waits on one
   * thing, each with its own start, tell one time.
   */
  readonly since?: { readonly at: number; readonly label: string } | undefined;
}

/** A wait that ended without success: CREATE_FAILED-like verdicts and timeouts. */
export class PollFailure extends ActionError {
  /** The last status read before the wait ended, when any was read. */
  readonly lastStatus: string | undefined;
  constructor(message: string, lastStatus: string | undefined) {
    super(message);
    this.lastStatus = lastStatus;
  }
}

export interface PollResult<T> {
  readonly value: T;
  readonly checks: number;
  readonly waitedMs: number;
}

export async function pollUntilSettled<T, S>(options: PollOptions<T, S>): Promise<PollResult<T>> {
  const { clock, subject, log } = options;
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const started = clock.now();
  let lastStatus: string | undefined;
  let lastHeartbeat = started;
  let checks = 0;
  const elapsed = (): number => clock.now() - started;
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const { since } = options;
  const when = (): string =>
    since === undefined
      ? `after ${seconds(elapsed())}`
      : `${seconds(clock.now() - since.at)} after ${since.label}`;

  for (;;) {
    const remainingMs = options.timeoutMs - elapsed();
    if (remainingMs <= 0) {
      const waited = clock.now() - (options.limitStartedAt ?? started);
      throw new PollFailure(
        `Timed out after ${seconds(waited)} waiting for ${subject}: its last status was ` +
          `${lastStatus ?? 'unknown'} after ${checks} checks. Raise \`wait-timeout-seconds\`, or ` +
          'look at it in the SageMaker console.',
        lastStatus,
      );
    }
    const scheduled = pollDelayMs(checks === 0 ? 0 : elapsed(), options.maxDelayMs, clock.random());
    const useful = checks === 0 ? undefined : options.nextUsefulCheckInMs?.();
    const delay = useful === undefined ? scheduled : Math.min(scheduled, useful);
    // The last check lands on the deadline rather than past it.
    await clock.sleep(Math.min(delay, remainingMs));
    checks++;
    let state: S;
    try {
      state = await options.read();
    } catch (error) {
      // The action's own errors (a cancel, a refusal) say what they mean already; AWS's are explained.
      if (!options.canRetry(error))
        throw error instanceof ActionError ? error : new ActionError(options.explain(error));
      log(`Could not read the status of ${subject}, will try again: ${errorFacts(error).name}`);
      continue;
    }
    const status = options.statusOf(state);
    const verdict = options.judge(state);
    if (status !== lastStatus) {
      log(`${subject}: ${status} ${when()}`);
      lastStatus = status;
      lastHeartbeat = clock.now();
    } else if (clock.now() - lastHeartbeat >= heartbeatMs) {
      log(`${subject}: still ${status} ${when()} (${checks} checks)`);
      lastHeartbeat = clock.now();
    }
    if (verdict.kind === 'done') return { value: verdict.value, checks, waitedMs: elapsed() };
    if (verdict.kind === 'failed') throw new PollFailure(verdict.message, status);
  }
}
