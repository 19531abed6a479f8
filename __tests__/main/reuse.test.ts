// Skip-if-unchanged: reusing a version of the same base image, its aliases, one still CREATING.
// Orchestration: the flow in main.ts with @actions/core and the SDK mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageVersionCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  ARN_5,
  BASE_IMAGE,
  CONTAINER,
  INPUTS,
  listed,
  notFound,
  resetRun,
  sagemaker,
  WAIT,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

beforeEach(resetRun);

describe('skip-if-unchanged', () => {
  it('outputs the newest CREATED version of the same base image and creates nothing', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(5, 'CREATE_FAILED', 'b'), listed(4, 'CREATED', ARN)],
    });
    sagemaker.on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 }).resolves({
      ImageVersionArn: ARN,
      ImageVersionStatus: 'CREATED',
      BaseImage: 'somewhere:tag',
      ContainerImage: CONTAINER,
      Version: 4,
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(core.outputs()).toMatchObject({
      'image-version-arn': ARN,
      'image-version': '4',
      created: 'false',
    });
  });

  it('creates a version when the newest one has another image', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(3, 'CREATED', 'b')],
    });
    sagemaker.on(DescribeImageVersionCommand).resolves({ BaseImage: 'other:1', Version: 3 });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(1);
    expect(core.outputs().created).toBe('true');
  });
});

describe('skip-if-unchanged with aliases', () => {
  it('adds the free aliases to the reused version and creates nothing', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true', aliases: 'latest' });
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(4, 'CREATED', ARN)],
    });
    sagemaker.on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 }).resolves({
      ImageVersionArn: ARN,
      ImageVersionStatus: 'CREATED',
      BaseImage: BASE_IMAGE,
      Version: 4,
    });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'latest' })
      .rejects(notFound());
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['latest'] },
    ]);
  });
});

describe('skip-if-unchanged and a version still CREATING', () => {
  it('waits for the matching CREATING version and reuses it, creating nothing', async () => {
    core.reset({ ...WAIT, 'skip-if-unchanged': 'true' });
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(5, 'CREATING', ARN_5), listed(4, 'CREATED', ARN)],
    });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 5 })
      .resolvesOnce({
        ImageVersionArn: ARN_5,
        ImageVersionStatus: 'CREATING',
        BaseImage: BASE_IMAGE,
      })
      .resolvesOnce({
        ImageVersionArn: ARN_5,
        ImageVersionStatus: 'CREATING',
        BaseImage: BASE_IMAGE,
      })
      .resolves({ ImageVersionArn: ARN_5, ImageVersionStatus: 'CREATED', BaseImage: BASE_IMAGE });
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(core.outputs()).toMatchObject({ 'image-version': '5', created: 'false' });
    expect(clock.sleeps).toEqual([1000, 2500]); // the poll schedule of any wait
  });

  it('with wait-for-created: false, outputs it as CREATING and goes on without waiting', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true', 'wait-for-created': 'false' });
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(5, 'CREATING', ARN_5), listed(4, 'CREATED', ARN)],
    });
    sagemaker.on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 5 }).resolves({
      ImageVersionArn: ARN_5,
      ImageVersionStatus: 'CREATING',
      BaseImage: BASE_IMAGE,
    });
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    // One read of version 5: no wait.
    expect(sagemaker.commandCalls(DescribeImageVersionCommand)).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(core.outputs()).toMatchObject({
      'image-version': '5',
      'image-version-arn': ARN_5,
      'image-version-status': 'CREATING',
      created: 'false',
    });
    expect(core.summary.text()).toContain('| Status | `CREATING` |');
  });

  it('creates a version when the matching CREATING one ends CREATE_FAILED', async () => {
    core.reset({ ...WAIT, 'skip-if-unchanged': 'true' });
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(5, 'CREATING', ARN_5)],
    });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 5 })
      .resolvesOnce({ ImageVersionStatus: 'CREATING', BaseImage: BASE_IMAGE })
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', BaseImage: BASE_IMAGE });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()).toMatchObject({ 'image-version': '4', created: 'true' });
  });
});
