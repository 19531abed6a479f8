// ResourceInUse: the image is busy with another version, an update or a deletion. Waiting it out,
// with backoff and jitter, from one budget for the whole run (wait-timeout-seconds in all, however
// many writes wait) and never past the step's deadline. The retried call is the same each time
// (same token). Messages quote AWS's own reason ("modified concurrently", "is being deleted").
import { ActionError } from '../common/action-error.js';
import { errorFacts } from '../aws/errors.js';
import type { Clock } from './clock.js';
import { busyRetryDelayMs } from './schedule.js';

/** The time a run may spend waiting out a busy image, shared by all its writes. */
export interface BusyBudget {
  readonly totalMs: number;
  spentMs: number;
}

/** What retrying a busy image needs to know. */
export interface BusyRetry {
  readonly clock: Clock;
  readonly log: (line: string) => void;
  readonly budget: BusyBudget;
  /** Clock time the current step must end by, when it has one deadline. */
  readonly deadline?: number;
  /** The image, for messages. */
  readonly imageName: string;
}

/** Calls `attempt` until the image is not busy; `doing` names the work in messages. */
export async function retryWhileBusy<T>(
  options: BusyRetry,
  doing: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const { clock, log, budget, deadline, imageName } = options;
  for (let retries = 0; ; retries++) {
    try {
      return await attempt();
    } catch (error) {
      const { name, message } = errorFacts(error);
      if (name !== 'ResourceInUse') throw error;
      const reason = message.replace(/\.$/, '') || 'another version or update in progress';
      const delay = busyRetryDelayMs(retries, clock.random());
      const pastDeadline = deadline !== undefined && clock.now() + delay > deadline;
      if (budget.spentMs + delay > budget.totalMs || pastDeadline) {
        throw new ActionError(
          `The SageMaker image "${imageName}" stayed busy (ResourceInUse: ${reason}) ` +
            `through ${retries + 1} tries while ${doing}, and this run has waited out a busy ` +
            `image for ${(budget.spentMs / 1000).toFixed(1)} s of its ${budget.totalMs / 1000} s ` +
            '(`wait-timeout-seconds`). Re-run the job once the other work on the image has finished.',
        );
      }
      log(`The image is busy (${reason}); ${doing} again in ${(delay / 1000).toFixed(1)} s.`);
      await clock.sleep(delay);
      budget.spentMs += delay;
    }
  }
}
