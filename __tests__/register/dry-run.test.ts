// dry-run: the exact list of requests a run would send, found by reading only.
import type { Inputs } from '../../src/inputs/inputs.js';
import { describe, expect, it, jest } from '@jest/globals';
import { planRequests } from '../../src/register/dry-run.js';
import type { Session } from '../../src/run/session.js';
import { recordingReporter } from '../../__fixtures__/reporter.js';
import type { AliasHolder } from '../../src/aws/sagemaker-images.js';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/sagemaker';
const REQUEST = { ImageName: 'my-image', BaseImage: 'repo:1', ClientToken: 'tok' };
const IMAGE_ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image/my-image';
const VERSION = { operation: 'CreateImageVersion', input: REQUEST };

function session(
  inputs: { createImage?: boolean; aliases?: string[]; moveAliases?: boolean },
  world: { imageExists?: boolean; holders?: Record<string, AliasHolder>; newest?: number } = {},
): Session<Inputs> & { api: { describeImage: jest.Mock; versionHoldingAlias: jest.Mock } } {
  const describeImage = jest.fn(() =>
    Promise.resolve(
      world.imageExists === true ? { ImageStatus: 'CREATED', ImageArn: IMAGE_ARN } : undefined,
    ),
  );
  const versionHoldingAlias = jest.fn((_client: unknown, _image: string, alias: string) =>
    Promise.resolve(world.holders?.[alias]),
  );
  const newestVersionNumber = jest.fn(() => Promise.resolve(world.newest));
  return {
    inputs: {
      imageName: 'my-image',
      region: 'eu-west-1',
      aliases: inputs.aliases ?? [],
      moveAliases: inputs.moveAliases ?? false,
      newImage: inputs.createImage === true ? { roleArn: ROLE_ARN, tags: [] } : undefined,
    } as unknown as Session<Inputs>['inputs'],
    api: {
      describeImage,
      versionHoldingAlias,
      newestVersionNumber,
    } as unknown as Session<Inputs>['api'] & {
      describeImage: jest.Mock;
      versionHoldingAlias: jest.Mock;
    },
    client: {} as Session<Inputs>['client'],
    clock: {} as Session<Inputs>['clock'],
    report: recordingReporter(),
    busyBudget: { totalMs: 0, spentMs: 0 },
  };
}

describe('planRequests', () => {
  it('plans the image, the version, and moving each alias from its holder to the new version', async () => {
    const s = session(
      { createImage: true, aliases: ['stable', 'latest'], moveAliases: true },
      { holders: { stable: { version: 2, baseImage: 'old:1' } } },
    );
    await expect(planRequests(s, REQUEST)).resolves.toStrictEqual({
      creation: [
        { operation: 'CreateImage', input: { ImageName: 'my-image', RoleArn: ROLE_ARN } },
        VERSION,
      ],
      aliases: [
        {
          operation: 'UpdateImageVersion',
          input: { ImageName: 'my-image', Version: 2, AliasesToDelete: ['stable'] },
        },
        {
          operation: 'UpdateImageVersion',
          input: { ImageName: 'my-image', Version: '<new version>', AliasesToAdd: ['stable'] },
        },
        {
          operation: 'UpdateImageVersion',
          input: { ImageName: 'my-image', Version: '<new version>', AliasesToAdd: ['latest'] },
        },
      ],
      // From the role's account: CreateImage takes a role of the image's own account.
      imageArn: IMAGE_ARN,
      version: 1,
    });
  });

  it("plans no CreateImage when the image exists, and gives the image's ARN", async () => {
    const s = session({ createImage: true }, { imageExists: true, newest: 4 });
    await expect(planRequests(s, REQUEST)).resolves.toStrictEqual({
      creation: [VERSION],
      aliases: [],
      imageArn: IMAGE_ARN,
      version: 5,
    });
    expect(s.api.describeImage).toHaveBeenCalledWith(s.client, 'my-image');
  });

  it('reads the image without create-image too, failing as a real run would when it is missing', async () => {
    const s = session({});
    await expect(planRequests(s, REQUEST)).rejects.toThrow(
      'Dry run: a real run would fail: the SageMaker image "my-image" does not exist in eu-west-1.',
    );
    expect(s.api.describeImage).toHaveBeenCalledWith(s.client, 'my-image');
    const found = session({}, { imageExists: true });
    // An image without versions: the first one.
    await expect(planRequests(found, REQUEST)).resolves.toMatchObject({
      creation: [VERSION],
      version: 1,
    });
  });

  it('plans no alias move without move-aliases (the aliases go with the request)', async () => {
    const s = session(
      { aliases: ['stable'] },
      { imageExists: true, holders: { stable: { version: 2, baseImage: 'old:1' } } },
    );
    await expect(planRequests(s, REQUEST)).resolves.toMatchObject({
      creation: [VERSION],
      aliases: [],
    });
    expect(s.api.versionHoldingAlias).not.toHaveBeenCalled();
  });

  it('plans no alias move with move-aliases but no aliases', async () => {
    const s = session({ moveAliases: true }, { imageExists: true });
    await expect(planRequests(s, REQUEST)).resolves.toMatchObject({ aliases: [] });
    const unmoved = session({ aliases: ['stable'] }, { imageExists: true });
    // Without move-aliases the aliases go with CreateImageVersion: nothing after it.
    await expect(planRequests(unmoved, REQUEST)).resolves.toMatchObject({ aliases: [] });
  });
});
