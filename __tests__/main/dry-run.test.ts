// Dry-run: it reads what a real run reads, and plans exactly what it would send.
// Orchestration: the flow in main.ts with @actions/core and the SDK mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  BASE_IMAGE,
  failure,
  INPUTS,
  listed,
  notFound,
  resetRun,
  sagemaker,
  sentRequests,
  serviceError,
  WAIT,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/main.js');

beforeEach(resetRun);

describe('dry-run', () => {
  it('reads, prints the requests it would send, and changes nothing', async () => {
    core.reset({
      ...INPUTS,
      'dry-run': 'true',
      'create-image': 'true',
      'role-arn': 'arn:aws:iam::123456789012:role/R',
      aliases: 'stable',
      'move-aliases': 'true',
      'wait-for-created': 'true',
    });
    sagemaker.on(DescribeImageCommand).rejects(notFound());
    sagemaker.on(DescribeImageVersionCommand).rejects(notFound());
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    const writes = sagemaker
      .calls()
      .filter((c) => !/^(Describe|List)/.test((c.args[0] as object).constructor.name));
    expect(writes).toHaveLength(0);
    const lines = core.info.mock.calls.map(([line]) => line);
    expect(lines).toContain('Dry run: nothing was changed. These requests would be sent:');
    expect(lines.some((l) => l.startsWith('CreateImage {"ImageName":"my-image","RoleArn":'))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith('CreateImageVersion {"ImageName":"my-image"'))).toBe(
      true,
    );
    expect(core.outputs()).toMatchObject({ created: 'false', 'client-token': expect.any(String) });
    expect(core.summary.text()).toContain('Dry run');
  });
});

describe('a dry run reads what a real run reads and plans what it sends', () => {
  const DRY = { ...WAIT, 'dry-run': 'true' };

  it('fails like a real run when the image does not exist and create-image is off', async () => {
    core.reset(DRY);
    sagemaker.on(DescribeImageCommand).rejects(notFound());
    await run(fakeClock());
    expect(failure()).toBe(
      'Dry run: a real run would fail: the SageMaker image "my-image" does not exist in eu-west-1. ' +
        'Create it first (`aws sagemaker create-image`, or set `create-image: true` with a `role-arn`), or check `aws-region`.',
    );
    expect(sagemaker.calls().map((c) => (c.args[0] as object).constructor.name)).toEqual([
      'DescribeImageCommand',
    ]);
  });

  it('fails like a real run when AWS refuses the credentials', async () => {
    core.reset(DRY);
    sagemaker.on(DescribeImageCommand).rejects(serviceError('UnrecognizedClientException', 'bad'));
    await run(fakeClock());
    expect(failure()).toContain('AWS did not accept the credentials');
  });

  it('plans one UpdateImageVersion per alias move, exactly as a real run sends them', async () => {
    core.reset({ ...DRY, aliases: 'stable,latest', 'move-aliases': 'true' });
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .resolves({ Version: 2, BaseImage: 'old:1' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'latest' })
      .rejects(notFound());
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const planned = core.info.mock.calls
      .map(([line]) => line)
      .filter((line) => /^(Create|Update)\w+ \{/.test(line));
    expect(planned).toEqual([
      expect.stringMatching(/^CreateImageVersion \{"ImageName":"my-image"/),
      'UpdateImageVersion {"ImageName":"my-image","Version":2,"AliasesToDelete":["stable"]}',
      'UpdateImageVersion {"ImageName":"my-image","Version":"<new version>","AliasesToAdd":["stable"]}',
      'UpdateImageVersion {"ImageName":"my-image","Version":"<new version>","AliasesToAdd":["latest"]}',
    ]);
    expect(sentRequests().every((r) => /^(Describe|List)/.test(r))).toBe(true);
  });

  it('plans the alias update of a reused version', async () => {
    core.reset({ ...DRY, 'skip-if-unchanged': 'true', aliases: 'latest' });
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
    sagemaker.on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 }).resolves({
      ImageVersionArn: ARN,
      ImageVersionStatus: 'CREATED',
      BaseImage: BASE_IMAGE,
    });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'latest' })
      .rejects(notFound());
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith(
      'UpdateImageVersion {"ImageName":"my-image","Version":4,"AliasesToAdd":["latest"]}',
    );
    expect(sentRequests().every((r) => /^(Describe|List)/.test(r))).toBe(true);
    expect(core.summary.text()).toContain('1. `UpdateImageVersion`');
  });
});
