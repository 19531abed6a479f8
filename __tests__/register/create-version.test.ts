// What stands in CreateImageVersion's way (obstacleOf) and how each is seen through: a missing
// image created once, an image not ready waited for, a busy one sent to again; anything else thrown.
import { describe, expect, it, jest } from '@jest/globals';
import {
  ResourceInUse,
  ResourceNotFound,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import { createVersionSeeingItThrough, obstacleOf } from '../../src/register/create-version.js';
import { AwsCallError } from '../../src/aws/errors.js';
import { testSession } from '../../__fixtures__/session.js';

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

describe('createVersionSeeingItThrough', () => {
  const notFound = (): Error =>
    new ResourceNotFound({ message: 'Cannot find Image', $metadata: {} });
  const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:image-version/img/1';
  const REQUEST = { ImageName: 'img', BaseImage: 'repo:1', ClientToken: 't0' };

  /** CreateImageVersion answers `answers` in turn (an Error is thrown), then ARN. */
  function sagemaker(answers: Error[], createImage: boolean) {
    const queue = [...answers];
    const api = {
      createImageVersion: jest.fn((_client: unknown, _request: object) => {
        const next = queue.shift();
        return next === undefined ? Promise.resolve(ARN) : Promise.reject(next);
      }),
      createImage: jest.fn((_client: unknown, _request: object) => Promise.resolve()),
      describeImage: jest.fn(() => Promise.resolve({ ImageStatus: 'CREATED' })),
    };
    const session = testSession(
      {
        imageName: 'img',
        region: 'us-east-1',
        waitTimeoutSeconds: 600,
        waitMaxDelaySeconds: 5,
        ...(createImage
          ? { newImage: { roleArn: 'arn:aws:iam::123456789012:role/R', tags: [] } }
          : {}),
      },
      api,
    );
    return { session, api };
  }

  it('creates a missing image once (create-image: true), then sends the same request again', async () => {
    const { session, api } = sagemaker([notFound()], true);
    await expect(createVersionSeeingItThrough(session, REQUEST)).resolves.toBe(ARN);
    expect(api.createImage).toHaveBeenCalledTimes(1);
    expect(api.createImageVersion.mock.calls.map(([, request]) => request)).toStrictEqual([
      REQUEST,
      REQUEST,
    ]);
    expect(session.lines()[0]).toBe(
      'The SageMaker image "img" does not exist yet: creating it (create-image: true).',
    );
  });

  it.each<[string, Error[], boolean]>([
    ['a missing image without create-image', [notFound()], false],
    ['an image still missing after creating it', [notFound(), notFound()], true],
    ['any other refusal', [validation('1 validation error detected')], true],
  ])('fails on %s, with that error', async (_case, answers, createImage) => {
    const { session, api } = sagemaker(answers, createImage);
    await expect(createVersionSeeingItThrough(session, REQUEST)).rejects.toBe(answers.at(-1));
    expect(api.createImage).toHaveBeenCalledTimes(answers.length - 1);
  });

  it('waits for an image not ready yet, then sends again', async () => {
    const { session, api } = sagemaker(
      [
        validation(
          'Image arn:aws:sagemaker:us-east-1:1:image/img is in an invalid state: CREATING',
        ),
      ],
      false,
    );
    await expect(createVersionSeeingItThrough(session, REQUEST)).resolves.toBe(ARN);
    expect(api.describeImage).toHaveBeenCalledTimes(1);
    expect(session.lines()).toStrictEqual([
      'The SageMaker image "img" is not ready for a new version yet: waiting for it.',
      'image img: CREATED after 1.0 s',
    ]);
  });

  it('sends again once the busy image is free, saying what it does again', async () => {
    const busy = new ResourceInUse({
      message: 'Resource was modified concurrently.',
      $metadata: {},
    });
    const { session } = sagemaker([busy], false);
    await expect(createVersionSeeingItThrough(session, REQUEST)).resolves.toBe(ARN);
    expect(session.lines()).toStrictEqual([
      expect.stringMatching(
        /^The image is busy \(.*\); creating the version again in \d+\.\d s\.$/,
      ),
    ]);
  });
});
