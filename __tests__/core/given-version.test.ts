import { describe, expect, it, jest } from '@jest/globals';
import { ResourceNotFound } from '@aws-sdk/client-sagemaker';
import { givenVersion, readGivenVersion } from '../../src/core/given-version.js';
import { testSession } from '../../__fixtures__/session.js';
import { parseImageVersionArn } from '../../src/aws/arn.js';

const ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/my.image/3';

describe('givenVersion', () => {
  it("takes a version of the step's region, and refuses another before any request", () => {
    expect(givenVersion({ imageVersionArn: ARN, region: 'eu-west-1' }, 'why', 'do')).toMatchObject({
      imageName: 'my.image',
      version: 3,
    });
    expect(() =>
      givenVersion({ imageVersionArn: ARN, region: 'us-east-1' }, 'it must', 'release a version'),
    ).toThrow(
      'Input `image-version-arn` names a version in eu-west-1, but this step works in us-east-1: it must. Set `aws-region` to eu-west-1, or release a version registered in us-east-1. Nothing was sent to AWS.',
    );
  });
});

describe('readGivenVersion', () => {
  const version = parseImageVersionArn(ARN);
  if (version === undefined) throw new Error('ARN');

  it("reads the version by the image's own spelling of its name", async () => {
    const describeVersion = jest.fn((_client: unknown, _name: string, _version: number) =>
      Promise.resolve({ ImageVersionStatus: 'CREATED' }),
    );
    const session = testSession(
      {},
      {
        describeImage: () => Promise.resolve({ ImageName: 'My.Image' }),
        describeImageVersion: describeVersion,
        unlessNotFound: (read: () => Promise<unknown>) => read(),
      },
    );
    await expect(readGivenVersion(session, version)).resolves.toStrictEqual({
      imageName: 'My.Image',
      described: { ImageVersionStatus: 'CREATED' },
    });
    expect(describeVersion).toHaveBeenCalledWith(session.client, 'My.Image', 3);
  });

  it('gives no version when SageMaker has none, and lets any other failure through', async () => {
    const notFound = new ResourceNotFound({ message: 'gone', $metadata: {} });
    const unlessNotFound = (read: () => Promise<unknown>) =>
      read().catch((error: unknown) => {
        if (error === notFound) return undefined;
        throw error;
      });
    const missing = testSession(
      {},
      {
        describeImage: () => Promise.resolve(undefined),
        describeImageVersion: () => Promise.reject(notFound),
        unlessNotFound,
      },
    );
    await expect(readGivenVersion(missing, version)).resolves.toStrictEqual({
      imageName: 'my.image',
      described: undefined,
    });
    const denied = testSession(
      {},
      {
        describeImage: () => Promise.resolve(undefined),
        describeImageVersion: () => Promise.reject(new Error('AccessDenied')),
        unlessNotFound,
      },
    );
    await expect(readGivenVersion(denied, version)).rejects.toThrow('AccessDenied');
  });
});
