// Creating the image when create-image is on: a lost race is fine, any other failure is not.
import type { Inputs } from '../../src/inputs/inputs.js';
import { describe, expect, it, jest } from '@jest/globals';
import { ResourceInUse, SageMakerServiceException } from '@aws-sdk/client-sagemaker';
import { AwsCallError } from '../../src/aws/errors.js';
import { createImageAndWait, waitForImage } from '../../src/register/image.js';
import type { Session } from '../../src/run/session.js';
import { testSession, type TestSession } from '../../__fixtures__/session.js';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/sagemaker';

function session(api: Partial<Session<Inputs>['api']>): TestSession {
  return testSession(
    {
      imageName: 'my-image',
      region: 'eu-west-1',
      waitTimeoutSeconds: 600,
      waitMaxDelaySeconds: 5,
      newImage: { roleArn: ROLE_ARN, tags: [] },
    },
    api,
  );
}

const created = (): Promise<{ ImageStatus: 'CREATED' }> =>
  Promise.resolve({ ImageStatus: 'CREATED' });

describe('createImageAndWait', () => {
  it('creates the image with the role, then waits for it to be CREATED', async () => {
    const createImage = jest.fn((..._args: unknown[]) => Promise.resolve());
    const describeImage = jest
      .fn<() => Promise<unknown>>()
      .mockResolvedValueOnce({ ImageStatus: 'CREATING' })
      .mockResolvedValue({ ImageStatus: 'CREATED' });
    const s = session({ createImage, describeImage } as unknown as Session<Inputs>['api']);
    await createImageAndWait(s);
    expect(createImage).toHaveBeenCalledWith(s.client, {
      ImageName: 'my-image',
      RoleArn: ROLE_ARN,
    });
    expect(describeImage).toHaveBeenCalledTimes(2);
    expect(s.report.info).toHaveBeenCalledWith(
      'Created the SageMaker image "my-image"; waiting for it to be CREATED.',
    );
  });

  it.each([
    ['ResourceInUse', new ResourceInUse({ message: 'Image already being created', $metadata: {} })],
    [
      '"already exists" in any case',
      new SageMakerServiceException({
        name: 'ValidationException',
        $fault: 'client',
        message: 'Image my-image Already Exists',
        $metadata: {},
      }),
    ],
  ])('goes on waiting when another run created it first (%s)', async (_label, cause) => {
    const describeImage = jest.fn(created);
    const s = session({
      createImage: () => Promise.reject(new AwsCallError('CreateImage', cause)),
      describeImage,
    });
    await createImageAndWait(s);
    expect(describeImage).toHaveBeenCalled();
    expect(s.report.info).toHaveBeenCalledWith(
      'The SageMaker image "my-image" was created meanwhile by someone else; waiting for it.',
    );
  });

  it('fails with the error of a real failure, and does not wait', async () => {
    const denied = new AwsCallError(
      'CreateImage',
      new SageMakerServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'not authorized to perform: iam:PassRole',
        $metadata: {},
      }),
    );
    const describeImage = jest.fn(created);
    const s = session({
      createImage: () => Promise.reject(denied),
      describeImage,
    });
    await expect(createImageAndWait(s)).rejects.toBe(denied);
    expect(describeImage).not.toHaveBeenCalled();
  });

  it('refuses to run without create-image', async () => {
    const createImage = jest.fn((..._args: unknown[]) => Promise.resolve());
    const s = session({ createImage });
    const off = {
      ...s,
      inputs: { ...s.inputs, newImage: undefined } as unknown as Session<Inputs>['inputs'],
    };
    await expect(createImageAndWait(off)).rejects.toThrow('create-image is off');
    expect(createImage).not.toHaveBeenCalled();
  });
});

describe('waitForImage', () => {
  it("fails with SageMaker's reason when the image ends CREATE_FAILED", async () => {
    const s = session({
      describeImage: () =>
        Promise.resolve({ ImageStatus: 'CREATE_FAILED', FailureReason: 'Role not\nassumable' }),
    } as unknown as Session<Inputs>['api']);
    await expect(waitForImage(s)).rejects.toThrow(
      'The SageMaker image "my-image" ended CREATE_FAILED: Role not assumable. Check `role-arn`: the role must exist and trust sagemaker.amazonaws.com.',
    );
  });

  it('fails when the image disappears, or is in a state it cannot take versions in', async () => {
    const gone = session({
      describeImage: () => Promise.resolve(undefined),
    });
    await expect(waitForImage(gone)).rejects.toThrow(
      'The SageMaker image "my-image" disappeared while waiting for it.',
    );
    const deleting = session({
      describeImage: () => Promise.resolve({ ImageStatus: 'DELETING' }),
    } as unknown as Session<Inputs>['api']);
    await expect(waitForImage(deleting)).rejects.toThrow(
      'The SageMaker image "my-image" is DELETING.',
    );
    const unknown = session({
      describeImage: () => Promise.resolve({}),
    });
    await expect(waitForImage(unknown)).rejects.toThrow(
      'The SageMaker image "my-image" is in an unknown state.',
    );
  });

  it("gives SageMaker's fallback words when it gives no reason", async () => {
    const s = session({
      describeImage: () => Promise.resolve({ ImageStatus: 'CREATE_FAILED' }),
    } as unknown as Session<Inputs>['api']);
    await expect(waitForImage(s)).rejects.toThrow('ended CREATE_FAILED: SageMaker gave no reason.');
  });

  it("logs what it read under the image's name, ending on MISSING when the image is gone", async () => {
    const s = session({
      describeImage: jest
        .fn<() => Promise<unknown>>()
        .mockResolvedValueOnce({ ImageStatus: 'CREATING' })
        .mockResolvedValue(undefined),
    } as unknown as Session<Inputs>['api']);
    const wait = waitForImage(s);
    await expect(wait).rejects.toThrow(
      'The SageMaker image "my-image" disappeared while waiting for it.',
    );
    await expect(wait).rejects.toMatchObject({ lastStatus: 'MISSING' });
    expect(s.lines()).toStrictEqual([
      'image my-image: CREATING after 1.0 s',
      'image my-image: MISSING after 3.5 s',
    ]);
  });

  it('names DescribeImage when a status read is refused', async () => {
    const denied = new SageMakerServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      message: 'not authorized',
      $metadata: {},
    });
    const s = session({ describeImage: () => Promise.reject(denied) });
    await expect(waitForImage(s)).rejects.toThrow(
      /^DescribeImage for SageMaker image "my-image" in eu-west-1 failed: /,
    );
  });
});
