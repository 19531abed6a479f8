// The flow of main.ts on the paths a user is least likely to try by hand: dry run on the reuse
// path, and the summary of a run that succeeds or fails after creating its version.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageVersionCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  SageMakerClient,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import { ARN, BASE_IMAGE, listed, notFound } from '../../__fixtures__/image-version.js';

// The run's identity, as the runner gives it.
process.env.GITHUB_SHA = '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c';
process.env.GITHUB_RUN_ID = '987654321';
process.env.GITHUB_RUN_ATTEMPT = '1';
jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

const sagemaker = mockClient(SageMakerClient);
const INPUTS = {
  'image-name': 'my-image',
  'base-image': BASE_IMAGE,
  'aws-region': 'eu-west-1',
  'wait-for-created': 'false',
  preflight: 'off',
};
/** Every request that would change something. */
const writes = (): string[] =>
  sagemaker
    .calls()
    .map((c) => (c.args[0] as object).constructor.name)
    .filter((name) => !/^(Describe|List)/.test(name));

beforeEach(() => {
  process.env.GITHUB_STEP_SUMMARY = 'summary.md'; // the core mock never writes it
  sagemaker.reset();
});

describe('dry-run with skip-if-unchanged, when the version exists', () => {
  it('reuses it and moves no alias', async () => {
    core.reset({
      ...INPUTS,
      'dry-run': 'true',
      'skip-if-unchanged': 'true',
      aliases: 'stable',
    });
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4)] });
    sagemaker.on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 }).resolves({
      ImageVersionArn: ARN,
      ImageVersionStatus: 'CREATED',
      BaseImage: BASE_IMAGE,
      Version: 4,
    });
    sagemaker.on(DescribeImageVersionCommand, { Alias: 'stable' }).rejects(notFound());
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(writes()).toEqual([]);
    expect(core.outputs()).toMatchObject({ 'image-version': '4', created: 'false' });
  });
});

describe('the step summary', () => {
  it('of a successful run is not titled as failed', async () => {
    core.reset(INPUTS);
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const summary = core.summary.text();
    expect(summary.split('\n')[0]).toBe('### SageMaker image version my-image:4');
    expect(summary).not.toContain('failed');
    expect(summary).not.toMatch(/^> /m);
  });

  it('of a run that fails after creating its version says so, with the reason', async () => {
    core.reset({ ...INPUTS, 'wait-for-created': 'true' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'no pull access' });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    const summary = core.summary.text();
    expect(summary.split('\n')[0]).toBe('### SageMaker image version my-image:4: failed');
    expect(summary).toMatch(/^> image version my-image:4 ended CREATE_FAILED: no pull access\./m);
    expect(summary).toContain('| Version | 4 (new) |');
  });
});
