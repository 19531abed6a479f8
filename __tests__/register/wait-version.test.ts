import { describe, expect, it } from '@jest/globals';
import { NEW_TOKEN_ADVICE, judgeVersion } from '../../src/register/wait-version.js';

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
