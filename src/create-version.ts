// CreateImageVersion, seeing it through what stands in its way: a missing image (created when
// `create-image` is on), an image not ready yet, an image busy with another version. Every retry
// sends the same request with the same ClientToken, so none can make a second version.
import type { CreateImageVersionRequest } from '@aws-sdk/client-sagemaker';
import { ActionError } from './action-error.js';
import { errorFacts } from './errors.js';
import { createImageAndWait, waitForImage } from './image.js';
import { busyRetryDelayMs } from './schedule.js';
import type { Session } from './session.js';

export type Obstacle = 'missing-image' | 'image-not-ready' | 'image-busy' | 'none';

/** What a CreateImageVersion error says stands in the way. Pure. */
export function obstacleOf(error: unknown): Obstacle {
  const { name, message } = errorFacts(error);
  if (name === 'ResourceNotFound') return 'missing-image';
  if (name === 'ResourceInUse') return 'image-busy';
  // SageMaker's answer when the image exists but is still CREATING or UPDATING.
  if (name === 'ValidationException' && /invalid state/i.test(message)) return 'image-not-ready';
  return 'none';
}

export async function createVersionSeeingItThrough(
  session: Session,
  request: CreateImageVersionRequest,
): Promise<string> {
  const { inputs, api, client, clock, log } = session;
  const deadline = clock.now() + inputs.waitTimeoutSeconds * 1000;
  let imageCreated = false;
  for (let busyRetries = 0; ;) {
    try {
      return await api.createImageVersion(client, request);
    } catch (error) {
      const obstacle = obstacleOf(error);
      if (obstacle === 'missing-image' && inputs.newImage !== undefined && !imageCreated) {
        log(
          `The SageMaker image "${inputs.imageName}" does not exist yet: creating it (create-image: true).`,
        );
        await createImageAndWait(session);
        imageCreated = true;
      } else if (obstacle === 'image-not-ready') {
        log(
          `The SageMaker image "${inputs.imageName}" is not ready for a new version yet: waiting for it.`,
        );
        await waitForImage(session);
      } else if (obstacle === 'image-busy') {
        const delay = busyRetryDelayMs(busyRetries++, clock.random());
        if (clock.now() + delay > deadline) {
          throw new ActionError(
            `The SageMaker image "${inputs.imageName}" stayed busy (ResourceInUse: another version or ` +
              `update in progress) through ${busyRetries} tries over ${inputs.waitTimeoutSeconds} s. ` +
              'Re-run the job once the other work on the image has finished.',
          );
        }
        log(
          `The image is busy with another version or update; trying again in ${(delay / 1000).toFixed(1)} s.`,
        );
        await clock.sleep(delay);
      } else {
        throw error;
      }
    }
  }
}
