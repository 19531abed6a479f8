// Creating a version: the request, its token and outputs, waiting for CREATED, a missing or busy image, a failed wait.
// Orchestration: the flow in main.ts with @actions/core mocked and the SDK answered by the
// in-process images model (what the local endpoint runs on): image my-image with versions 1 to 3,
// so the run makes version 4 (ARN). Each test reads what the model holds after the run. Scripted
// only where the models play no such fault, each saying why.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ResourceInUse,
  ResourceNotFound,
  type CreateImageRequest,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import type { ImagesOptions } from '../../__fixtures__/images-model.js';
import {
  ARN,
  BASE_IMAGE,
  byModels,
  CONTAINER,
  failure,
  givenRun,
  INPUTS,
  newModels,
  resetRun,
  sagemaker,
  sentTokens,
  serveModels,
  serviceError,
  WAIT,
  type Models,
  serveMyImage,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

let models: Models;

/** Image my-image with versions 1 to 3 (CREATED, other base images); `image: false`: no image yet. */
function given(options: ImagesOptions = {}, image = true): void {
  if (image) {
    models = serveMyImage({ images: options });
    return;
  }
  models = newModels({ images: options });
  serveModels(models);
}
/** The live versions of my-image: number, status and base image. */
const versions = (): { version: number; status: string; baseImage: string }[] =>
  models.images
    .versionsOf('my-image')
    .map(({ version, status, baseImage }) => ({ version, status, baseImage }));
/** A version of CREATE_FAILED from SageMaker's pull, with this reason. */
const failing = (failureReason: string): ImagesOptions => ({
  failBaseImagesContaining: BASE_IMAGE,
  failureReason,
});

beforeEach(() => {
  resetRun();
  given();
});

describe('run', () => {
  it('creates the version with the derived token and sets every output', async () => {
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
    expect(versions().at(-1)).toEqual({ version: 4, status: 'CREATED', baseImage: BASE_IMAGE });
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
    expect(models.images.versionsOf('my-image').at(-1)).toMatchObject({
      version: 4,
      aliases: ['latest', 'stable'],
      vendorGuidance: 'STABLE',
    });
  });

  it('uses the client-token input as given', async () => {
    core.reset({ ...INPUTS, 'client-token': 'my-own-token' });
    await run();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input.ClientToken).toBe(
      'my-own-token',
    );
    expect(core.outputs()['client-token']).toBe('my-own-token');
  });

  it('sends the same token twice for the same request in the same run', async () => {
    await run();
    await run();
    const tokens = sentTokens();
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
    // SageMaker's idempotency: the second request returned the first one's version.
    expect(versions().map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(core.outputs()['image-version']).toBe('4');
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
    expect(versions()).toHaveLength(3);
  });

  it('fails clearly outside a workflow when no client-token is given', async () => {
    givenRun('', '');
    await run();
    expect(sagemaker.calls()).toHaveLength(0);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('set input `client-token`');
    expect(versions()).toHaveLength(3);
  });

  it('turns a missing image into advice, once', async () => {
    // Scripted: the request id the message quotes (the models answer without one).
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
    // Scripted: a permission refusal (the models let every caller in).
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
    given();
    models.images.addVersion('my-image', { baseImage: 'old:1', aliases: ['latest'] });
    await run();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(versions()).toHaveLength(4);
    expect(core.summary.text()).toMatch(
      /^### The version failed\n\n> Alias "latest" \(held by version 4\)/,
    );
  });

  it('fails when SageMaker answers with an ARN it cannot read', async () => {
    // Scripted: an answer SageMaker should never give (the models answer well-formed ARNs).
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: 'arn:aws:nope' });
    await run();
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('cannot read');
  });

  it('skips the step summary where the runner offers none', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.summary.write).not.toHaveBeenCalled();
  });

  it('reports an answer without an ARN once, naming the operation', async () => {
    // Scripted: SageMaker leaving out a field (the models always send it).
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
    given({ versionCreatingReads: 2 });
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
    // Scripted: a permission refusal (the models let every caller in).
    sagemaker.on(DescribeImageVersionCommand).rejects(serviceError('AccessDeniedException', 'no'));
    await run(fakeClock());
    expect(core.outputs()['image-version-arn']).toBe(ARN);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('sagemaker:DescribeImageVersion');
    expect(sagemaker.commandCalls(DescribeImageVersionCommand)).toHaveLength(1);
    expect(versions().at(-1)).toEqual({ version: 4, status: 'CREATED', baseImage: BASE_IMAGE });
  });

  it("fails with SageMaker's reason on CREATE_FAILED", async () => {
    core.reset(WAIT);
    given(failing('Unable to pull image'));
    await run(fakeClock());
    expect(versions().at(-1)).toMatchObject({ version: 4, status: 'CREATE_FAILED' });
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
    // Scripted: throttling, once (the models never throttle).
    sagemaker
      .on(DescribeImageVersionCommand)
      .rejectsOnce(serviceError('ThrottlingException', 'Rate exceeded'))
      .callsFake(byModels(DescribeImageVersionCommand));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(DescribeImageVersionCommand)).toHaveLength(2);
  });

  it('honours the timeout, naming the last status', async () => {
    core.reset({ ...WAIT, 'wait-timeout-seconds': '30' });
    given({ versionCreationMs: 600_000 }); // CREATING for ten minutes of the wall clock
    const clock = fakeClock();
    await run(clock);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /^Timed out after 30\.0 s waiting for image version my-image:4: its last status was CREATING/,
    );
    expect(clock.now()).toBe(30_000);
    expect(versions().at(-1)).toMatchObject({ version: 4, status: 'CREATING' });
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
    given({ imageCreatingReads: 1 }, false);
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
    expect(sagemaker.commandCalls(DescribeImageCommand)).toHaveLength(2);
    expect(models.images.hasImage('my-image')).toBe(true);
    expect(versions()).toEqual([{ version: 1, status: 'CREATED', baseImage: BASE_IMAGE }]);
  });

  it('goes on when another run created the image first', async () => {
    core.reset(CREATE);
    given({}, false);
    // Another run's CreateImage lands just before ours, which the model then refuses (ResourceInUse).
    sagemaker.on(CreateImageCommand).callsFake((input: CreateImageRequest) => {
      models.images.addImage('my-image');
      return byModels(CreateImageCommand)(input);
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(versions()).toEqual([{ version: 1, status: 'CREATED', baseImage: BASE_IMAGE }]);
  });

  it('fails with the reason when the image cannot be created', async () => {
    core.reset(CREATE);
    given({ failImageCreation: true }, false);
    await run(fakeClock());
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain(
      'ended CREATE_FAILED: The role cannot be assumed by SageMaker',
    );
    expect(versions()).toEqual([]);
  });

  it('does not create the image unless asked', async () => {
    given({}, false);
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageCommand)).toHaveLength(0);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain('does not exist in eu-west-1');
    expect(models.images.hasImage('my-image')).toBe(false);
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
    // The image is CREATING for one more DescribeImage: the model refuses the version meanwhile
    // (ValidationException "... is in an invalid state: CREATING").
    given({}, false);
    models.images.addImage('my-image', undefined, 0, 1);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(DescribeImageCommand)).toHaveLength(2);
    expect(sentTokens()).toHaveLength(2);
    expect(versions()).toEqual([{ version: 1, status: 'CREATED', baseImage: BASE_IMAGE }]);
  });
});

describe('a busy image', () => {
  const busy = (): Error =>
    new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: {} });

  it('retries ResourceInUse with backoff and the same token', async () => {
    // Scripted: busy twice, then free (the model's busy window is on the wall clock, which the
    // action's fake clock does not advance).
    sagemaker
      .on(CreateImageVersionCommand)
      .rejectsOnce(busy())
      .rejectsOnce(busy())
      .callsFake(byModels(CreateImageVersionCommand));
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    const tokens = new Set(sentTokens());
    expect(tokens.size).toBe(1);
    expect(clock.sleeps).toEqual([750, 1250]);
    expect(versions().at(-1)).toEqual({ version: 4, status: 'CREATED', baseImage: BASE_IMAGE });
  });

  it('gives up clearly after the wait timeout', async () => {
    core.reset({ ...INPUTS, 'wait-timeout-seconds': '60' });
    // Another run has just made version 4: the image stays busy for ten minutes of the wall clock.
    given({ inUseWindowMs: 600_000 });
    models.images.dispatch('CreateImageVersion', {
      ImageName: 'my-image',
      BaseImage: 'other:1',
      ClientToken: 'another-run',
    });
    const clock = fakeClock();
    await run(clock);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /stayed busy \(ResourceInUse.*waited out a busy image for 55\.0 s of its 60 s/,
    );
    expect(clock.now()).toBeLessThanOrEqual(60_000);
    expect(sentTokens().length).toBeGreaterThan(1);
    expect(versions().map((v) => v.baseImage)).toEqual(['old:1', 'old:2', 'old:3', 'other:1']);
  });
});

describe('the status of a failed wait', () => {
  it('outputs CREATE_FAILED and shows a Status row in the failure summary', async () => {
    core.reset(WAIT);
    given(failing('x'));
    await run(fakeClock());
    expect(core.outputs()['image-version-status']).toBe('CREATE_FAILED');
    expect(core.summary.text()).toContain('| Status | `CREATE_FAILED` |');
  });

  it('outputs the last status seen when the wait times out', async () => {
    core.reset({ ...WAIT, 'wait-timeout-seconds': '10' });
    given({ versionCreationMs: 600_000 }); // CREATING for ten minutes of the wall clock
    await run(fakeClock());
    expect(failure()).toMatch(/^Timed out/);
    expect(core.outputs()['image-version-status']).toBe('CREATING');
    expect(core.summary.text()).toContain('| Status | `CREATING` |');
  });
});
