// ResourceInUse: the image is busy with another version, an update or a deletion. Waiting it out,
// with backoff and jitter, for at most wait-timeout-seconds. The retried call is the same each time
// (same token). Messages quote AWS's own reason ("modified concurrently", "is being deleted").
import { ActionError } from '../common/action-error.js';
import { errorFacts } from '../aws/errors.js';
import { busyRetryDelayMs } from './schedule.js';
import type { Session } from '../run/session.js';

/** Calls `attempt` until the image is not busy; `doing` names the work in messages. */
export async function retryWhileBusy<T>(
  session: Session,
  doing: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const { inputs, clock, log } = session;
  const deadline = clock.now() + inputs.waitTimeoutSeconds * 1000;
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
          `The SageMaker image "${inputs.imageName}" stayed busy (ResourceInUse: ${reason}) ` +
            `through ${retries + 1} tries over ${inputs.waitTimeoutSeconds} s ` +
            `while ${doing}. Re-run the job once the other work on the image has finished.`,
        );
      }
      log(`The image is busy (${reason}); ${doing} again in ${(delay / 1000).toFixed(1)} s.`);
      await clock.sleep(delay);
    }
  }
}
