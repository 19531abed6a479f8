// How the wait for a new version reads its status: what each status means, SageMaker's reason as
// one sentence, the advice for a derived or a given ClientToken, and the operation a failed read names.
import { describe, expect, it, jest } from '@jest/globals';
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import {
  NEW_TOKEN_ADVICE,
  RERUN_ADVICE,
  judgeVersion,
  waitForVersion,
} from '../../src/register/wait-version.js';
import { PollFailure } from '../../src/wait/poll.js';
import { testSession } from '../../__fixtures__/session.js';

describe('judgeVersion', () => {
  it.each([
    ['CREATED', 'done'],
    ['CREATING', 'pending'],
    ['CREATE_FAILED', 'failed'],
    ['DELETING', 'failed'],
    ['DELETE_FAILED', 'failed'],
    [undefined, 'failed'],
  ] as const)('%s → %s', (status, kind) => {
    expect(judgeVersion({ ImageVersionStatus: status }, 'v').kind).toBe(kind);
  });

  it("explains CREATE_FAILED with SageMaker's reason and a hint about the role", () => {
    const verdict = judgeVersion(
      { ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'Access denied to ECR\nrepository' },
      'image version img:2',
    );
    expect(verdict.kind === 'failed' && verdict.message).toBe(
      "image version img:2 ended CREATE_FAILED: Access denied to ECR repository. This is most often the image's IAM role: it needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository (and ecr:GetAuthorizationToken), and the repository must be in the same region as the image. Once that is fixed, re-run the job: a later attempt of this run registers a new version.",
    );
  });
});

describe('judgeVersion, issue 9', () => {
  it('ends the reason with one period, whatever SageMaker wrote', () => {
    const verdict = judgeVersion(
      { ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'Unable to pull image. ' },
      'v',
    );
    expect(verdict.kind === 'failed' && verdict.message).toMatch(
      /^v ended CREATE_FAILED: Unable to pull image\. This/,
    );
  });

  it('tells a user with their own client-token to change it', () => {
    const verdict = judgeVersion({ ImageVersionStatus: 'CREATE_FAILED' }, 'v', NEW_TOKEN_ADVICE);
    expect(verdict.kind === 'failed' && verdict.message).toMatch(/set a new `client-token`/);
  });
});

describe('judgeVersion, the message of a version that will not become CREATED', () => {
  const ROLE_HINT =
    "This is most often the image's IAM role: it needs ecr:BatchGetImage and " +
    'ecr:GetDownloadUrlForLayer on the repository (and ecr:GetAuthorizationToken), and the ' +
    'repository must be in the same region as the image.';
  const message = (described: DescribeImageVersionResponse): string | false => {
    const verdict = judgeVersion(described, 'v');
    return verdict.kind === 'failed' && verdict.message;
  };

  it.each([
    ['  Unable to pull image', 'Unable to pull image.'],
    ['Unable to pull image...', 'Unable to pull image.'],
    ['Unable to pull image. .\n', 'Unable to pull image.'],
    [undefined, 'SageMaker gave no reason.'],
  ])('says CREATE_FAILED reason %j as %j', (reason, sentence) => {
    expect(
      message({
        ImageVersionStatus: 'CREATE_FAILED',
        ...(reason === undefined ? {} : { FailureReason: reason }),
      }),
    ).toBe(`v ended CREATE_FAILED: ${sentence} ${ROLE_HINT} ${RERUN_ADVICE}`);
  });

  it.each([
    ['DELETING', 'v is DELETING: someone is deleting it.'],
    [undefined, 'v is in an unknown state: someone is deleting it.'],
  ] as const)('says status %s as %j', (status, said) => {
    expect(message({ ImageVersionStatus: status })).toBe(said);
  });
});

describe('waitForVersion', () => {
  /** A wait for version 4 of img whose status reads answer `read`. */
  function waiting(read: () => Promise<DescribeImageVersionResponse>, clientToken?: string) {
    const api = { describeImageVersion: jest.fn(read) };
    return waitForVersion(
      testSession(
        {
          imageName: 'img',
          region: 'us-east-1',
          waitTimeoutSeconds: 60,
          waitMaxDelaySeconds: 5,
          ...(clientToken === undefined ? {} : { clientToken }),
        },
        api,
      ),
      4,
    );
  }
  const failed = { ImageVersionStatus: 'CREATE_FAILED' } as const;

  it.each([
    ['a derived token: a re-run registers anew', undefined, RERUN_ADVICE],
    ['a given client-token: a new one is needed', 'mine', NEW_TOKEN_ADVICE],
  ])('advises, after CREATE_FAILED with %s', async (_case, clientToken, advice) => {
    const wait = waiting(() => Promise.resolve(failed), clientToken);
    await expect(wait).rejects.toThrow(advice);
    await expect(wait).rejects.toMatchObject({ lastStatus: 'CREATE_FAILED' });
  });

  it('ends on a version with no status, which it last read as UNKNOWN', async () => {
    const wait = waiting(() => Promise.resolve({}));
    await expect(wait).rejects.toThrow(
      new PollFailure(
        'image version img:4 is in an unknown state: someone is deleting it.',
        'UNKNOWN',
      ),
    );
    await expect(wait).rejects.toMatchObject({ lastStatus: 'UNKNOWN' });
  });

  it('names DescribeImageVersion when a status read is refused', async () => {
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
    await expect(waiting(() => Promise.reject(denied))).rejects.toThrow(
      /^DescribeImageVersion for SageMaker image "img" in us-east-1 failed: /,
    );
  });
});
