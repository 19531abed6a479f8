import { describe, expect, it } from '@jest/globals';
import { judgeImage } from '../../src/register/image.js';

describe('judgeImage', () => {
  it.each([
    ['CREATED', 'done'],
    ['UPDATE_FAILED', 'done'],
    ['CREATING', 'pending'],
    ['UPDATING', 'pending'],
    ['CREATE_FAILED', 'failed'],
    ['DELETING', 'failed'],
  ] as const)('%s → %s', (status, kind) => {
    expect(judgeImage({ ImageStatus: status }, 'img').kind).toBe(kind);
  });

  it('fails when the image is gone', () => {
    expect(judgeImage(undefined, 'img')).toEqual({
      kind: 'failed',
      message: 'The SageMaker image "img" disappeared while waiting for it.',
    });
  });

  it('gives the reason of a failed creation and points at the role', () => {
    const verdict = judgeImage({ ImageStatus: 'CREATE_FAILED', FailureReason: 'No role' }, 'img');
    expect(verdict.kind === 'failed' && verdict.message).toContain(
      'ended CREATE_FAILED: No role. Check `role-arn`',
    );
  });
});
