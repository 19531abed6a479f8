// ResourceInUse: the image is busy with another version, an update or a deletion. Waiting it out,
// with backoff and jitter, for at most wait-timeout-seconds. The retried call is the same each time
// (same token). Messages quote AWS's own reason ("modified concurrently", "is being deleted").
import { ActionError } from '../common/action-error.js';
import { errorFacts } from '../aws/errors.js';
import type { Clock } from './clock.js';
import { busyRetryDelayMs } from './schedule.js';

/** What retrying a busy image needs to know. */
export interface BusyRetry {
  readonly clock: Clock;
  readonly log: (line: string) => void;
  /** How long to keep trying, in seconds (wait-timeout-seconds). */
  readonly timeoutSeconds: number;
  /** The image, for messages. */
  readonly imageName: string;
}

/** Calls `attempt` until the image is not busy; `doing` names the work in messages. */
export async function retryWhileBusy<T>(
  options: BusyRetry,
  doing: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const { clock, log, timeoutSeconds, imageName } = options;
  const deadline = clock.now() + timeoutSeconds * 1000;
  for (let retries = 0; ; retries++) {
    try {
      return await attempt();
    } catch (error) {
      const { name, message } = errorFacts(error);
      if (name !== 'ResourceInUse') throw error;
      const reason = message.replace(/\.$/, '') || 'another version or update in progress';
      const delay = busyRetryDelayMs(retries, clock.random());
      if (clock.now() + delay > deadline) {
        throw new ActionError(
          `The SageMaker image "${imageName}" stayed busy (ResourceInUse: ${reason}) ` +
            `through ${retries + 1} tries over ${timeoutSeconds} s ` +
            `while ${doing}. Re-run the job once the other work on the image has finished.`,
        );
      }
      log(`The image is busy (${reason}); ${doing} again in ${(delay / 1000).toFixed(1)} s.`);
      await clock.sleep(delay);
    }
  }
}
