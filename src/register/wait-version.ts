// Waits for a new image version to leave CREATING.
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import { oneLine } from '../report/log-safe.js';
import { pollUntilSettled, type PollResult, type Verdict } from '../wait/poll.js';
import { waitSettings, type Session } from '../run/session.js';

/** What a version's status means for the wait. Pure. */
export function judgeVersion(
  described: DescribeImageVersionResponse,
  subject: string,
): Verdict<DescribeImageVersionResponse> {
  switch (described.ImageVersionStatus) {
    case 'CREATED':
      return { kind: 'done', value: described };
    case 'CREATING':
      return { kind: 'pending' };
    case 'CREATE_FAILED':
      return {
        kind: 'failed',
        message:
          `${subject} ended CREATE_FAILED: ${oneLine(described.FailureReason ?? 'SageMaker gave no reason')}. ` +
          "This is most often the image's IAM role: it needs ecr:BatchGetImage and " +
          'ecr:GetDownloadUrlForLayer on the repository (and ecr:GetAuthorizationToken), and the ' +
          'repository must be in the same region as the image.',
      };
    default:
      return {
        kind: 'failed',
        message: `${subject} is ${described.ImageVersionStatus ?? 'in an unknown state'}: someone is deleting it.`,
      };
  }
}

export function waitForVersion(
  session: Session,
  version: number,
): Promise<PollResult<DescribeImageVersionResponse>> {
  const { inputs, api, client } = session;
  const subject = `image version ${inputs.imageName}:${version}`;
  return pollUntilSettled({
    subject,
    read: () => api.describeImageVersion(client, inputs.imageName, version),
    statusOf: (described) => described.ImageVersionStatus ?? 'UNKNOWN',
    judge: (described) => judgeVersion(described, subject),
    ...waitSettings(session, 'DescribeImageVersion'),
  });
}
