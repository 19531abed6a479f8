// CreateImageVersion, seeing it through what stands in its way: a missing image (created when
// `create-image` is on), an image not ready yet, an image busy with another version. Every retry
// sends the same request with the same ClientToken, so none can make a second version.
import type { Inputs } from '../inputs/inputs.js';
import type { CreateImageVersionRequest } from '@aws-sdk/client-sagemaker';
import { retryWhileBusy } from '../wait/busy.js';
import { errorFacts } from '../aws/errors.js';
import { createImageAndWait, waitForImage } from './image.js';
import { busyRetry, type Session } from '../run/session.js';

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
  session: Session<Inputs>,
  request: CreateImageVersionRequest,
): Promise<string> {
  const { inputs, api, client, report } = session;
  let imageCreated = false;
  for (;;) {
    try {
      return await retryWhileBusy(busyRetry(session), 'creating the version', () =>
        api.createImageVersion(client, request),
      );
    } catch (error) {
      const obstacle = obstacleOf(error);
      if (obstacle === 'missing-image' && inputs.newImage !== undefined && !imageCreated) {
        report.info(
          `The SageMaker image "${inputs.imageName}" does not exist yet: creating it (create-image: true).`,
        );
        await createImageAndWait(session);
        imageCreated = true;
      } else if (obstacle === 'image-not-ready') {
        report.info(
          `The SageMaker image "${inputs.imageName}" is not ready for a new version yet: waiting for it.`,
        );
        await waitForImage(session);
      } else {
        throw error;
      }
    }
  }
}
