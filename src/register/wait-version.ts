// Waits for a new image version to leave CREATING.
import type { Inputs } from '../inputs/inputs.js';
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import { oneLine } from '../common/log-safe.js';
import { pollUntilSettled, type PollResult, type Verdict } from '../wait/poll.js';
import { waitSettings, type Session } from '../run/session.js';

/** What to do after a CREATE_FAILED, when the ClientToken is derived (re-runs get a fresh one). */
export const RERUN_ADVICE =
  'Once that is fixed, re-run the job: a later attempt of this run registers a new version.';
/** …and when the user set `client-token`, which keeps returning the failed version. */
export const NEW_TOKEN_ADVICE =
  'Once that is fixed, set a new `client-token` (or leave it empty): the same token returns this failed version.';

/** SageMaker's reason as one sentence ending in one period. Pure. */
function asSentence(reason: string): string {
  return `${oneLine(reason)
    .trim()
    .replace(/[.\s]+$/, '')}.`;
}

/** What a version's status means for the wait. Pure. */
export function judgeVersion(
  described: DescribeImageVersionResponse,
  subject: string,
  afterFailure: string = RERUN_ADVICE,
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
          `${subject} ended CREATE_FAILED: ${asSentence(described.FailureReason ?? 'SageMaker gave no reason')} ` +
          "This is most often the image's IAM role: it needs ecr:BatchGetImage and " +
          'ecr:GetDownloadUrlForLayer on the repository (and ecr:GetAuthorizationToken), and the ' +
          `repository must be in the same region as the image. ${afterFailure}`,
      };
    default:
      return {
        kind: 'failed',
        message: `${subject} is ${described.ImageVersionStatus ?? 'in an unknown state'}: someone is deleting it.`,
      };
  }
}

export function waitForVersion(
  session: Session<Inputs>,
  version: number,
): Promise<PollResult<DescribeImageVersionResponse>> {
  const { inputs, api, client } = session;
  const subject = `image version ${inputs.imageName}:${version}`;
  const afterFailure = inputs.clientToken === undefined ? RERUN_ADVICE : NEW_TOKEN_ADVICE;
  return pollUntilSettled({
    subject,
    read: () => api.describeImageVersion(client, inputs.imageName, version),
    statusOf: (described) => described.ImageVersionStatus ?? 'UNKNOWN',
    judge: (described) => judgeVersion(described, subject, afterFailure),
    ...waitSettings(session, 'DescribeImageVersion'),
  });
}
