import { describe, expect, it } from '@jest/globals';
import { judgeVersion } from '../src/register/wait-version.js';

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
      "image version img:2 ended CREATE_FAILED: Access denied to ECR repository. This is most often the image's IAM role: it needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository (and ecr:GetAuthorizationToken), and the repository must be in the same region as the image.",
    );
  });
});
