// Creating a version: the request, its token and outputs, waiting for CREATED, a missing or busy image, a failed wait.
// Orchestration: the flow in main.ts with @actions/core and the SDK mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ResourceInUse,
  ResourceNotFound,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  BASE_IMAGE,
  CONTAINER,
  failure,
  givenRun,
  INPUTS,
  notFound,
  resetRun,
  sagemaker,
  sentTokens,
  serviceError,
  WAIT,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

beforeEach(resetRun);

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
      aliases: '',
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
    const tokens = sentTokens();
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
    givenRun('', '');
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
    expect(core.summary.text()).toMatch(
      /^### The version failed\n\n> .*does not exist in eu-west-1/,
    );
  });

  it('writes the failed version section when CreateImageVersion is denied', async () => {
    sagemaker
      .on(CreateImageVersionCommand)
      .rejects(
        serviceError(
          'AccessDeniedException',
          'not authorized to perform: sagemaker:CreateImageVersion',
        ),
      );
    await run();
    expect(core.summary.text()).toMatch(
      /^### The version failed\n\n> .*not allowed to call sagemaker:CreateImageVersion/,
    );
  });

  it('writes the failed version section when an alias is held by another version', async () => {
    core.reset({ ...INPUTS, aliases: 'latest' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'latest' })
      .resolves({ Version: 3, BaseImage: 'old:1' });
    await run();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(core.summary.text()).toMatch(
      /^### The version failed\n\n> Alias "latest" \(held by version 3\)/,
    );
  });

  it('fails when SageMaker answers with an ARN it cannot read', async () => {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: 'arn:aws:nope' });
    await run();
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('cannot read');
  });

  it('skips the step summary where the runner offers none', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.summary.write).not.toHaveBeenCalled();
  });

  it('reports an answer without an ARN once, naming the operation', async () => {
    sagemaker.on(CreateImageVersionCommand).resolves({});
    await run();
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setFailed).toHaveBeenCalledWith(
      'CreateImageVersion for SageMaker image "my-image" in eu-west-1 failed: an unexpected error happened. (Error: SageMaker answered without an ImageVersionArn)',
    );
  });
});

describe('waiting for CREATED', () => {
  it('polls the version just created until CREATED and outputs its status and image', async () => {
    core.reset(WAIT);
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolvesOnce({ ImageVersionStatus: 'CREATING' })
      .resolvesOnce({ ImageVersionStatus: 'CREATING' })
      .resolves({ ImageVersionStatus: 'CREATED', ContainerImage: CONTAINER });
    const clock = fakeClock();
    await run(clock);

    expect(core.setFailed).not.toHaveBeenCalled();
    const describes = sagemaker.commandCalls(DescribeImageVersionCommand);
    expect(describes.map((c) => c.args[0].input)).toEqual(
      Array(3).fill({ ImageName: 'my-image', Version: 4 }),
    );
    expect(clock.sleeps).toEqual([1000, 2500, 2500]);
    expect(core.outputs()).toMatchObject({
      'image-version-status': 'CREATED',
      'container-image': CONTAINER,
      created: 'true',
    });
    expect(core.notice).toHaveBeenCalledWith(
      expect.stringContaining('Registered my-image version 4'),
      expect.anything(),
    );
  });

  it('sets the ARN before waiting, so it survives a failed wait', async () => {
    core.reset(WAIT);
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker.on(DescribeImageVersionCommand).rejects(serviceError('AccessDeniedException', 'no'));
    await run(fakeClock());
    expect(core.outputs()['image-version-arn']).toBe(ARN);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('sagemaker:DescribeImageVersion');
    expect(sagemaker.commandCalls(DescribeImageVersionCommand)).toHaveLength(1);
  });

  it("fails with SageMaker's reason on CREATE_FAILED", async () => {
    core.reset(WAIT);
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'Unable to pull image' });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /^image version my-image:4 ended CREATE_FAILED: Unable to pull image\. .*IAM role/,
    );
    expect(core.summary.text()).toContain('### SageMaker image version my-image:4: failed');
    expect(core.summary.text()).toContain(
      '> image version my-image:4 ended CREATE_FAILED: Unable to pull image.',
    );
  });

  it('keeps waiting through throttling', async () => {
    core.reset(WAIT);
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand)
      .rejectsOnce(serviceError('ThrottlingException', 'Rate exceeded'))
      .resolves({ ImageVersionStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(DescribeImageVersionCommand)).toHaveLength(2);
  });

  it('honours the timeout, naming the last status', async () => {
    core.reset({ ...WAIT, 'wait-timeout-seconds': '30' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATING' });
    const clock = fakeClock();
    await run(clock);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /^Timed out after 30\.0 s waiting for image version my-image:4: its last status was CREATING/,
    );
    expect(clock.now()).toBe(30_000);
  });
});

describe('creating the image when missing', () => {
  const CREATE = {
    ...INPUTS,
    'create-image': 'true',
    'role-arn': 'arn:aws:iam::123456789012:role/SageMakerImages',
    'image-display-name': 'My image',
    'image-tags': 'team=ml\ncost-center=42',
  };

  it('creates it, waits for it, then creates the version with the same token', async () => {
    core.reset(CREATE);
    sagemaker
      .on(CreateImageVersionCommand)
      .rejectsOnce(notFound())
      .resolves({ ImageVersionArn: ARN });
    sagemaker.on(CreateImageCommand).resolves({ ImageArn: 'arn:x' });
    sagemaker
      .on(DescribeImageCommand)
      .resolvesOnce({ ImageStatus: 'CREATING' })
      .resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageCommand)[0]?.args[0].input).toEqual({
      ImageName: 'my-image',
      RoleArn: 'arn:aws:iam::123456789012:role/SageMakerImages',
      DisplayName: 'My image',
      Tags: [
        { Key: 'team', Value: 'ml' },
        { Key: 'cost-center', Value: '42' },
      ],
    });
    const tokens = sentTokens();
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
  });

  it('goes on when another run created the image first', async () => {
    core.reset(CREATE);
    sagemaker
      .on(CreateImageVersionCommand)
      .rejectsOnce(notFound())
      .resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(CreateImageCommand)
      .rejects(new ResourceInUse({ message: 'Image already exists', $metadata: {} }));
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('fails with the reason when the image cannot be created', async () => {
    core.reset(CREATE);
    sagemaker.on(CreateImageVersionCommand).rejects(notFound());
    sagemaker.on(CreateImageCommand).resolves({});
    sagemaker
      .on(DescribeImageCommand)
      .resolves({ ImageStatus: 'CREATE_FAILED', FailureReason: 'Bad role' });
    await run(fakeClock());
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('ended CREATE_FAILED: Bad role');
  });

  it('does not create the image unless asked', async () => {
    sagemaker.on(CreateImageVersionCommand).rejects(notFound());
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageCommand)).toHaveLength(0);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('does not exist in eu-west-1');
  });

  it('requires role-arn with create-image', async () => {
    core.reset({ ...INPUTS, 'create-image': 'true' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain(
      'Input `role-arn` is required when `create-image` is true',
    );
  });

  it('waits for an image that is not ready yet', async () => {
    sagemaker
      .on(CreateImageVersionCommand)
      .rejectsOnce(serviceError('ValidationException', 'Image arn:x is in an invalid state'))
      .resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageCommand)
      .resolvesOnce({ ImageStatus: 'CREATING' })
      .resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(DescribeImageCommand)).toHaveLength(2);
  });
});

describe('a busy image', () => {
  const busy = (): Error =>
    new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: {} });

  it('retries ResourceInUse with backoff and the same token', async () => {
    sagemaker
      .on(CreateImageVersionCommand)
      .rejectsOnce(busy())
      .rejectsOnce(busy())
      .resolves({ ImageVersionArn: ARN });
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    const tokens = new Set(sentTokens());
    expect(tokens.size).toBe(1);
    expect(clock.sleeps).toEqual([750, 1250]);
  });

  it('gives up clearly after the wait timeout', async () => {
    core.reset({ ...INPUTS, 'wait-timeout-seconds': '60' });
    sagemaker.on(CreateImageVersionCommand).rejects(busy());
    const clock = fakeClock();
    await run(clock);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /stayed busy \(ResourceInUse.*waited out a busy image for 55\.0 s of its 60 s/,
    );
    expect(clock.now()).toBeLessThanOrEqual(60_000);
  });
});

describe('the status of a failed wait', () => {
  it('outputs CREATE_FAILED and shows a Status row in the failure summary', async () => {
    core.reset(WAIT);
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'x' });
    await run(fakeClock());
    expect(core.outputs()['image-version-status']).toBe('CREATE_FAILED');
    expect(core.summary.text()).toContain('| Status | `CREATE_FAILED` |');
  });

  it('outputs the last status seen when the wait times out', async () => {
    core.reset({ ...WAIT, 'wait-timeout-seconds': '10' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATING' });
    await run(fakeClock());
    expect(failure()).toMatch(/^Timed out/);
    expect(core.outputs()['image-version-status']).toBe('CREATING');
    expect(core.summary.text()).toContain('| Status | `CREATING` |');
  });
});
