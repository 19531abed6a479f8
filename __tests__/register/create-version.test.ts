import { describe, expect, it } from '@jest/globals';
import {
  ResourceInUse,
  ResourceNotFound,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import { obstacleOf } from '../../src/register/create-version.js';
import { AwsCallError } from '../../src/aws/errors.js';

const validation = (message: string): Error =>
  new SageMakerServiceException({
    name: 'ValidationException',
    $fault: 'client',
    message,
    $metadata: {},
  });

describe('obstacleOf', () => {
  it.each([
    [new ResourceNotFound({ message: 'Cannot find Image', $metadata: {} }), 'missing-image'],
    [
      new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: {} }),
      'image-busy',
    ],
    [
      validation('Image arn:aws:sagemaker:us-east-1:1:image/x is in an invalid state'),
      'image-not-ready',
    ],
    [validation('1 validation error detected'), 'none'],
    [new Error('socket hang up'), 'none'],
  ])('%s → %s', (error, obstacle) => {
    expect(obstacleOf(error)).toBe(obstacle);
    expect(obstacleOf(new AwsCallError('CreateImageVersion', error))).toBe(obstacle);
  });
});
