// The SageMaker image itself: create it when missing, and wait until it can take versions.
import type { Inputs } from '../inputs/inputs.js';
import type { DescribeImageResponse } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import { errorFacts } from '../aws/errors.js';
import { oneLine } from '../common/log-safe.js';
import { pollUntilSettled, type Verdict } from '../wait/poll.js';
import { buildImageRequest } from './request.js';
import { waitSettings, type Session } from '../run/session.js';

/** What an image's status means for adding a version. Pure. */
export function judgeImage(
  described: DescribeImageResponse | undefined,
  imageName: string,
): Verdict<DescribeImageResponse> {
  if (described === undefined) {
    return {
      kind: 'failed',
      message: `The SageMaker image "${imageName}" disappeared while waiting for it.`,
    };
  }
  switch (described.ImageStatus) {
    case 'CREATED':
    case 'UPDATE_FAILED': // the image itself still works; only an update of it failed
      return { kind: 'done', value: described };
    case 'CREATING':
    case 'UPDATING':
      return { kind: 'pending' };
    case 'CREATE_FAILED':
      return {
        kind: 'failed',
        message:
          `The SageMaker image "${imageName}" ended CREATE_FAILED: ` +
          `${oneLine(described.FailureReason ?? 'SageMaker gave no reason')}. Check \`role-arn\`: the role ` +
          'must exist and trust sagemaker.amazonaws.com.',
      };
    default:
      return {
        kind: 'failed',
        message: `The SageMaker image "${imageName}" is ${described.ImageStatus ?? 'in an unknown state'}.`,
      };
  }
}

/** Waits until the image is CREATED (or usable), failing with its reason otherwise. */
export async function waitForImage(session: Session<Inputs>): Promise<void> {
  const { inputs, api, client } = session;
  await pollUntilSettled({
    subject: `image ${inputs.imageName}`,
    read: () => api.describeImage(client, inputs.imageName),
    statusOf: (described) => described?.ImageStatus ?? 'MISSING',
    judge: (described) => judgeImage(described, inputs.imageName),
    ...waitSettings(session, 'DescribeImage'),
  });
}

/** Creates the image (another run doing the same at once is fine), then waits for it. */
export async function createImageAndWait(session: Session<Inputs>): Promise<void> {
  const { inputs, api, client, report } = session;
  if (inputs.newImage === undefined) throw new ActionError('create-image is off');
  try {
    await api.createImage(client, buildImageRequest(inputs.imageName, inputs.newImage));
    report.info(`Created the SageMaker image "${inputs.imageName}"; waiting for it to be CREATED.`);
  } catch (error) {
    const { name, message } = errorFacts(error);
    // Losing a race to create it is fine: the other run's image is the same image.
    if (name !== 'ResourceInUse' && !/already exists/i.test(message)) throw error;
    report.info(
      `The SageMaker image "${inputs.imageName}" was created meanwhile by someone else; waiting for it.`,
    );
  }
  await waitForImage(session);
}
