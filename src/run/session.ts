// What every step of a run shares: the inputs, the SageMaker calls and client, time, and the
// reporter (the one sink for log lines, groups, annotations and outputs).
import type { Clock } from '../wait/clock.js';
import { explainAwsError } from '../aws/errors.js';
import type { SessionInputs } from '../inputs/common-inputs.js';
import type { Reporter } from '../report/runner.js';
import type { PollOptions } from '../wait/poll.js';
import type { BusyBudget, BusyRetry } from '../wait/busy.js';
import type * as SageMakerApi from '../aws/api.js';

/** `I`: the entry point's inputs (what every session has, by default). */
export interface Session<I extends SessionInputs = SessionInputs> {
  readonly inputs: I;
  /** Every SageMaker call; each takes the client first. */
  readonly api: typeof SageMakerApi;
  readonly client: SageMakerApi.SageMakerClient;
  readonly clock: Clock;
  readonly report: Reporter;
  /** How long, in all, the run may wait out a busy image: one budget for every write. */
  readonly busyBudget: BusyBudget;
  /**
   * When the current step must end (clock time), if it has one deadline for all its waits: the
   * creation step does (a new image, a busy one, CREATED), so it ends within wait-timeout-seconds
   * plus one poll whatever SageMaker answers.
   */
  readonly deadline?: number;
}

/** A fresh busy-retry budget of wait-timeout-seconds, for one run. */
export function busyBudgetFor(inputs: Pick<SessionInputs, 'waitTimeoutSeconds'>): BusyBudget {
  return { totalMs: inputs.waitTimeoutSeconds * 1000, spentMs: 0 };
}

/** The session with one deadline, wait-timeout-seconds from now, for every wait of a step. */
export function withDeadline<I extends SessionInputs>(session: Session<I>): Session<I> {
  return { ...session, deadline: session.clock.now() + session.inputs.waitTimeoutSeconds * 1000 };
}

type WaitSettings = Pick<
  PollOptions<unknown, unknown>,
  'canRetry' | 'explain' | 'clock' | 'timeoutMs' | 'maxDelayMs' | 'log' | 'limitStartedAt'
>;

/**
 * How every wait of a run behaves: the inputs' time limits (what is left until the step's deadline,
 * when it has one), transient errors retried.
 */
export function waitSettings(session: Session<SessionInputs>, operation: string): WaitSettings {
  const { inputs, deadline } = session;
  const limitMs = inputs.waitTimeoutSeconds * 1000;
  return {
    ...(deadline === undefined ? {} : { limitStartedAt: deadline - limitMs }),
    canRetry: session.api.isTransient,
    explain: (error) =>
      explainAwsError(error, {
        operation,
        imageName: inputs.imageName,
        region: inputs.region,
        advice: inputs.advice,
      }),
    clock: session.clock,
    timeoutMs: deadline === undefined ? limitMs : Math.max(0, deadline - session.clock.now()),
    maxDelayMs: inputs.waitMaxDelaySeconds * 1000,
    log: (line) => session.report.info(line),
  };
}

/** How every write of a run waits out a busy image: from the run's one budget, by the deadline. */
export function busyRetry(session: Session<SessionInputs>): BusyRetry {
  const { inputs, clock, report, busyBudget, deadline } = session;
  return {
    clock,
    log: (line) => report.info(line),
    budget: busyBudget,
    imageName: inputs.imageName,
    ...(deadline === undefined ? {} : { deadline }),
  };
}
