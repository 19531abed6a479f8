// Orchestration: the flow in main.ts with @actions/core, @actions/github and the SDK mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageVersionCommand,
  DescribeImageVersionCommand,
  ResourceNotFound,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import * as core from './fixtures/core.js';

const context = {
  sha: '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c',
  runId: 987654321,
  runAttempt: 2,
};
jest.unstable_mockModule('@actions/core', () => core);
jest.unstable_mockModule('@actions/github', () => ({ context }));
const { run } = await import('../src/main.js');

const sagemaker = mockClient(SageMakerClient);
const ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/4';
const BASE_IMAGE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img@sha256:${'a1'.repeat(32)}`;
const INPUTS = {
  'image-name': 'my-image',
  'base-image': BASE_IMAGE,
  'aws-region': 'eu-west-1',
  'wait-for-created': 'false',
};

beforeEach(() => {
  sagemaker.reset();
  core.reset(INPUTS);
  context.sha = '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c';
  context.runId = 987654321;
});

describe('run', () => {
  it('creates the version with the derived token and sets every output', async () => {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run();

    expect(core.setFailed).not.toHaveBeenCalled();
    const calls = sagemaker.commandCalls(CreateImageVersionCommand);
    expect(calls).toHaveLength(1);
    const sent = calls[0]?.args[0].input;
    expect(sent).toEqual({
      ImageName: 'my-image',
      BaseImage: BASE_IMAGE,
      ClientToken: expect.stringMatching(/^987654321-3f2a9c1d0e7b-[0-9a-f]{10}$/),
    });
    expect(core.outputs()).toEqual({
      'client-token': sent?.ClientToken,
      'image-version-arn': ARN,
      'image-version': '4',
      'image-arn': 'arn:aws:sagemaker:eu-west-1:123456789012:image/my-image',
      created: 'true',
    });
    expect(core.summary.text()).toContain('| Version | 4 (new) |');
    expect(core.summary.text()).toContain(
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/images/my-image',
    );
  });

  it('sends every metadata field in the API case', async () => {
    core.reset({
      ...INPUTS,
      aliases: 'latest,stable',
      'vendor-guidance': 'stable',
      'job-type': 'training',
      'ml-framework': 'PyTorch 2.3',
      'programming-lang': 'Python 3.11',
      processor: 'gpu',
      horovod: 'true',
      'release-notes': 'Notes',
    });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand)
      .rejects(new ResourceNotFound({ message: 'none', $metadata: {} }));
    await run();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input).toMatchObject({
      Aliases: ['latest', 'stable'],
      VendorGuidance: 'STABLE',
      JobType: 'TRAINING',
      MLFramework: 'PyTorch 2.3',
      ProgrammingLang: 'Python 3.11',
      Processor: 'GPU',
      Horovod: true,
      ReleaseNotes: 'Notes',
    });
  });

  it('uses the client-token input as given', async () => {
    core.reset({ ...INPUTS, 'client-token': 'my-own-token' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input.ClientToken).toBe(
      'my-own-token',
    );
    expect(core.outputs()['client-token']).toBe('my-own-token');
  });

  it('sends the same token twice for the same request in the same run', async () => {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run();
    await run();
    const tokens = sagemaker
      .commandCalls(CreateImageVersionCommand)
      .map((c) => c.args[0].input.ClientToken);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
  });

  it('fails once, listing every bad input, and sends nothing', async () => {
    core.reset({ ...INPUTS, 'image-name': 'bad_name', processor: 'tpu' });
    await run();
    expect(sagemaker.calls()).toHaveLength(0);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    const message = String(core.setFailed.mock.calls[0]?.[0]);
    expect(message).toMatch(/^Invalid inputs; nothing was sent to AWS:/);
    expect(message).toContain('Input `image-name`');
    expect(message).toContain('Input `processor`');
    expect(core.setOutput).not.toHaveBeenCalled();
  });

  it('fails clearly outside a workflow when no client-token is given', async () => {
    context.sha = '';
    context.runId = Number.NaN;
    await run();
    expect(sagemaker.calls()).toHaveLength(0);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('set input `client-token`');
  });

  it('turns a missing image into advice, once', async () => {
    sagemaker
      .on(CreateImageVersionCommand)
      .rejects(
        new ResourceNotFound({ message: 'Cannot find Image', $metadata: { requestId: 'r-1' } }),
      );
    await run();
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    const message = String(core.setFailed.mock.calls[0]?.[0]);
    expect(message).toContain('does not exist in eu-west-1');
    expect(message).toContain('request id r-1');
    expect(core.outputs()['image-version-arn']).toBeUndefined();
  });

  it('fails when SageMaker answers with an ARN it cannot read', async () => {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: 'arn:aws:nope' });
    await run();
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('cannot read');
  });

  it('reports an unexpected error once, with its message', async () => {
    sagemaker.on(CreateImageVersionCommand).resolves({});
    await run();
    expect(core.setFailed).toHaveBeenCalledTimes(1);
  });
});
