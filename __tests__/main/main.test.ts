// Orchestration: the flow in main.ts with @actions/core and the SDK mocked, the run's identity in
// the environment as a runner sets it.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeDomainCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  ListAliasesCommand,
  ListDomainsCommand,
  ListImageVersionsCommand,
  ListSpacesCommand,
  ListUserProfilesCommand,
  ResourceInUse,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/main.js');

/** The run's identity, as GITHUB_SHA, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT give it. */
function givenRun(sha: string, runId: string, runAttempt = '1'): void {
  process.env.GITHUB_SHA = sha;
  process.env.GITHUB_RUN_ID = runId;
  process.env.GITHUB_RUN_ATTEMPT = runAttempt;
}
const SHA = '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c';

const sagemaker = mockClient(SageMakerClient);
/** The ClientToken of every CreateImageVersion the mock received. */
const sentTokens = (): (string | undefined)[] =>
  sagemaker.commandCalls(CreateImageVersionCommand).map((c) => c.args[0].input.ClientToken);
const ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/4';
const BASE_IMAGE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img@sha256:${'a1'.repeat(32)}`;
const INPUTS = {
  'image-name': 'my-image',
  'base-image': BASE_IMAGE,
  'aws-region': 'eu-west-1',
  'wait-for-created': 'false',
};

beforeEach(() => {
  process.env.GITHUB_STEP_SUMMARY = 'summary.md'; // the core mock never writes it
  sagemaker.reset();
  core.reset(INPUTS);
  givenRun(SHA, '987654321');
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

  it('reports an unexpected error once, with its message', async () => {
    sagemaker.on(CreateImageVersionCommand).resolves({});
    await run();
    expect(core.setFailed).toHaveBeenCalledTimes(1);
  });
});

const serviceError = (name: string, message: string): Error =>
  new SageMakerServiceException({
    name,
    $fault: 'client',
    message,
    $metadata: { httpStatusCode: 400 },
  });
const notFound = (): Error => new ResourceNotFound({ message: 'Cannot find', $metadata: {} });
const WAIT = { ...INPUTS, 'wait-for-created': 'true' };
/** A ListImageVersions entry. */
const listed = (version: number, status: string, arn: string) => ({
  ImageVersionStatus: status as 'CREATED',
  Version: version,
  ImageArn: 'a',
  ImageVersionArn: arn,
  CreationTime: new Date(),
  LastModifiedTime: new Date(),
});
const CONTAINER = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img@sha256:${'a1'.repeat(32)}`;

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
      /stayed busy \(ResourceInUse.*over 60 s/,
    );
    expect(clock.now()).toBeLessThanOrEqual(60_000);
  });
});

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

/** Version 4 gets created and becomes CREATED; version 2 holds `stable`. */
function givenStableHeldByVersion2(): void {
  sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
  sagemaker
    .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
    .resolves({ ImageVersionStatus: 'CREATED' });
  sagemaker
    .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
    .resolves({ Version: 2, BaseImage: 'old:1' });
}

describe('aliases', () => {
  it('fails before creating anything when another version holds an alias', async () => {
    core.reset({ ...INPUTS, aliases: 'stable' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .resolves({ Version: 2, BaseImage: 'old:1' });
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain(
      'Alias "stable" (held by version 2)',
    );
  });

  it('sets free aliases at creation', async () => {
    core.reset({ ...INPUTS, aliases: 'latest' });
    sagemaker.on(DescribeImageVersionCommand).rejects(notFound());
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input.Aliases).toEqual([
      'latest',
    ]);
  });

  it('with move-aliases, moves them only once the new version is CREATED', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true' });
    givenStableHeldByVersion2();
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(
      sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input.Aliases,
    ).toBeUndefined();
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['stable'] },
    ]);
    const order = sagemaker
      .calls()
      .map((c) => (c.args[0] as { constructor: { name: string } }).constructor.name);
    expect(order.indexOf('UpdateImageVersionCommand')).toBeGreaterThan(
      order.indexOf('DescribeImageVersionCommand'),
    );
  });

  it('with move-aliases, waits out a busy image while moving', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true' });
    givenStableHeldByVersion2();
    sagemaker
      .on(UpdateImageVersionCommand)
      .rejectsOnce(
        new ResourceInUse({ message: 'Resource was modified concurrently.', $metadata: {} }),
      )
      .resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['stable'] },
    ]);
  });

  it('with move-aliases, leaves aliases alone when the version fails', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'x' });
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
  });

  it('move-aliases needs wait-for-created', async () => {
    core.reset({ ...INPUTS, aliases: 'stable', 'move-aliases': 'true' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain(
      '`move-aliases` needs `wait-for-created: true`',
    );
  });
});

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

/** Every request the mock received, as `Operation {input}`, in order. */
const sentRequests = (): string[] =>
  sagemaker
    .calls()
    .map(
      (c) =>
        `${(c.args[0] as object).constructor.name.replace(/Command$/, '')} ${JSON.stringify((c.args[0] as { input: object }).input)}`,
    );
const failure = (): string => String(core.setFailed.mock.calls[0]?.[0]);
const ARN_5 = ARN.replace(/4$/, '5');

describe('issue 9: re-runs, aliases and the ClientToken', () => {
  it('on the first attempt, an alias held by a version of the same base image fails before creating', async () => {
    core.reset({ ...INPUTS, aliases: 'dev' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'dev' })
      .resolves({ Version: 3, BaseImage: BASE_IMAGE });
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(failure()).toBe(
      'Alias "dev" (held by version 3) of image "my-image" already belongs to another version, so nothing was created. ' +
        'Set `move-aliases: true` to move it to the new version once that is CREATED, or choose other aliases.',
    );
  });

  it('on a re-run, an alias held by its own earlier version is no conflict: the same token returns it', async () => {
    givenRun(SHA, '987654321', '2');
    core.reset({ ...INPUTS, aliases: 'dev' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'dev' })
      .resolves({ Version: 4, BaseImage: BASE_IMAGE });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentTokens()).toEqual([expect.stringMatching(/^987654321-3f2a9c1d0e7b-[0-9a-f]{10}$/)]);
    expect(core.outputs()).toMatchObject({ 'image-version': '4', aliases: 'dev' });
  });

  it('explains an alias SageMaker reports taken like the pre-check, never raw', async () => {
    givenRun(SHA, '987654321', '2');
    core.reset({ ...INPUTS, aliases: 'dev' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'dev' })
      .resolves({ Version: 3, BaseImage: BASE_IMAGE });
    sagemaker
      .on(CreateImageVersionCommand)
      .rejects(
        serviceError('ValidationException', 'Alias dev is already associated with version 3'),
      );
    await run(fakeClock());
    expect(failure()).toMatch(
      /^CreateImageVersion for SageMaker image "my-image" in eu-west-1 failed: alias "dev" of image "my-image" already belongs to another version, so nothing was created\. Set `move-aliases: true`/,
    );
  });

  it('a re-run after CREATE_FAILED registers a fresh version with the next token generation', async () => {
    givenRun(SHA, '987654321', '2');
    core.reset(WAIT);
    sagemaker
      .on(CreateImageVersionCommand)
      .resolvesOnce({ ImageVersionArn: ARN })
      .resolves({ ImageVersionArn: ARN_5 });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'No pull access.' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 5 })
      .resolves({ ImageVersionStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const tokens = sentTokens();
    expect(tokens).toEqual([
      expect.stringMatching(/^987654321-3f2a9c1d0e7b-[0-9a-f]{10}$/),
      expect.stringMatching(/^987654321-3f2a9c1d0e7b-[0-9a-f]{10}-g1$/),
    ]);
    expect(core.outputs()).toMatchObject({
      'image-version': '5',
      'client-token': tokens[1],
      'image-version-status': 'CREATED',
    });
    expect(core.info).toHaveBeenCalledWith(
      expect.stringContaining('Version 4 (ClientToken 987654321-3f2a9c1d0e7b-'),
    );
  });

  it('a later attempt still finds the version an earlier re-run made', async () => {
    givenRun(SHA, '987654321', '3');
    core.reset(WAIT);
    sagemaker
      .on(CreateImageVersionCommand)
      .resolvesOnce({ ImageVersionArn: ARN })
      .resolves({ ImageVersionArn: ARN_5 });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .resolves({ ImageVersionStatus: 'CREATE_FAILED' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 5 })
      .resolves({ ImageVersionStatus: 'CREATED' });
    await run(fakeClock());
    // Generation 1 returned version 5, which works: generation 2 is never sent.
    expect(sentTokens()).toHaveLength(2);
    expect(core.outputs()['image-version']).toBe('5');
  });

  it('takes an alias off its own failed version before registering the fresh one', async () => {
    givenRun(SHA, '987654321', '2');
    core.reset({ ...WAIT, aliases: 'dev' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'dev' })
      .resolves({ Version: 4, BaseImage: BASE_IMAGE });
    sagemaker
      .on(CreateImageVersionCommand)
      .resolvesOnce({ ImageVersionArn: ARN })
      .resolves({ ImageVersionArn: ARN_5 });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .resolves({ ImageVersionStatus: 'CREATE_FAILED' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 5 })
      .resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentRequests().filter((r) => /^(Create|Update)/.test(r))).toEqual([
      expect.stringMatching(/^CreateImageVersion .*"Aliases":\["dev"\]/),
      'UpdateImageVersion {"ImageName":"my-image","Version":4,"AliasesToDelete":["dev"]}',
      expect.stringMatching(/^CreateImageVersion .*"Aliases":\["dev"\].*-g1"/),
    ]);
  });

  it('CREATE_FAILED says a re-run registers a new version, with one period after the reason', async () => {
    core.reset(WAIT);
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'Unable to pull image.' });
    await run(fakeClock());
    expect(failure()).toContain('ended CREATE_FAILED: Unable to pull image. This is most often');
    expect(failure()).not.toContain('..');
    expect(failure()).toMatch(
      /Once that is fixed, re-run the job: a later attempt of this run registers a new version\.$/,
    );
  });
});

describe('issue 9: the status of a failed wait', () => {
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

describe('issue 9: skip-if-unchanged and a version still CREATING', () => {
  it('waits for the matching CREATING version and reuses it, creating nothing', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
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

  it('creates a version when the matching CREATING one ends CREATE_FAILED', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(5, 'CREATING', ARN_5)],
    });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 5 })
      .resolvesOnce({ ImageVersionStatus: 'CREATING', BaseImage: BASE_IMAGE })
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', BaseImage: BASE_IMAGE });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()).toMatchObject({ 'image-version': '4', created: 'true' });
  });
});

describe('issue 9: dry run reads what a real run reads and plans what it sends', () => {
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

describe('issue 9: inputs', () => {
  it('lists a missing run id with the other input problems, before any request', async () => {
    givenRun('', '');
    core.reset({ ...INPUTS, processor: 'tpu' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toMatch(
      /^Invalid inputs; nothing was sent to AWS:\n- Input `processor` .*\n- No commit SHA and run id/,
    );
  });

  it('warns about create-image inputs while create-image is off', async () => {
    core.reset({ ...INPUTS, 'role-arn': 'arn:aws:iam::123456789012:role/R' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.warning).toHaveBeenCalledWith(
      '`role-arn` is used only with `create-image: true`, which is off: ignored.',
    );
  });

  it('warns before creating when the ECR repository is in another region', async () => {
    core.reset({ ...INPUTS, 'aws-region': 'us-west-2' });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The base image's ECR repository is in eu-west-1, but the SageMaker image is in us-west-2/,
      ),
    );
  });

  it('sets the aliases output and an Aliases summary row', async () => {
    core.reset({ ...INPUTS, aliases: 'latest,v1' });
    sagemaker.on(DescribeImageVersionCommand).rejects(notFound());
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    await run(fakeClock());
    expect(core.outputs().aliases).toBe('latest,v1');
    expect(core.summary.text()).toContain('| Aliases | `latest`, `v1` |');
  });
});

describe('retention (keep-versions)', () => {
  const KEEP = { ...WAIT, 'keep-versions': '2' };
  const denied = (operation: string): Error =>
    serviceError(
      'AccessDeniedException',
      `User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: sagemaker:${operation} because no identity-based policy allows the sagemaker:${operation} action`,
    );
  const pinIn = (version: number) => ({
    KernelGatewayAppSettings: {
      CustomImages: [
        { ImageName: 'my-image', AppImageConfigName: 'c', ImageVersionNumber: version },
      ],
    },
  });
  const deleted = (): number[] =>
    sagemaker.commandCalls(DeleteImageVersionCommand).map((c) => c.args[0].input.Version ?? 0);

  /**
   * Version 4 is created; versions 1–3 exist, two of ListImageVersions' pages. Version 1 is pinned
   * by a space; nothing else holds it. Studio: one domain (two pages of user profiles), one space.
   */
  function givenFourVersions(): void {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker
      .on(ListImageVersionsCommand)
      .resolvesOnce({
        ImageVersions: [listed(4, 'CREATED', ARN), listed(3, 'CREATED', 'c')],
        NextToken: 'page-2',
      })
      .resolves({ ImageVersions: [listed(2, 'CREATED', 'b'), listed(1, 'CREATED', 'a')] });
    sagemaker.on(ListAliasesCommand).resolves({ SageMakerImageVersionAliases: [] });
    sagemaker.on(ListDomainsCommand).resolves({ Domains: [{ DomainId: 'd-1' }] });
    sagemaker.on(DescribeDomainCommand).resolves({ DefaultUserSettings: {} });
    sagemaker
      .on(ListUserProfilesCommand)
      .resolvesOnce({ UserProfiles: [{ UserProfileName: 'alice' }], NextToken: 'p2' })
      .resolves({ UserProfiles: [{ UserProfileName: 'bob' }] });
    sagemaker.on(DescribeUserProfileCommand).resolves({ UserSettings: {} });
    sagemaker.on(ListSpacesCommand).resolves({ Spaces: [{ SpaceName: 'lab' }] });
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: pinIn(1) });
    sagemaker.on(DeleteImageVersionCommand).resolves({});
  }

  it('reads every page, then deletes the unused old versions one at a time, last', async () => {
    core.reset(KEEP);
    givenFourVersions();
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([2]);
    expect(core.outputs()['retired-versions']).toBe('2');
    expect(sagemaker.commandCalls(ListImageVersionsCommand)[1]?.args[0].input.NextToken).toBe(
      'page-2',
    );
    expect(sagemaker.commandCalls(DescribeUserProfileCommand).map((c) => c.args[0].input)).toEqual([
      { DomainId: 'd-1', UserProfileName: 'alice' },
      { DomainId: 'd-1', UserProfileName: 'bob' },
    ]);
    const order = sagemaker.calls().map((c) => (c.args[0] as object).constructor.name);
    expect(order.at(-1)).toBe('DeleteImageVersionCommand');
    // Last: after the wait (the only DescribeImageVersion calls here).
    expect(order.indexOf('ListImageVersionsCommand')).toBeGreaterThan(
      order.lastIndexOf('DescribeImageVersionCommand'),
    );
    const lines = core.info.mock.calls.map(([line]) => line);
    expect(lines).toContain('Retired 1 version (deleted): 2.');
    expect(
      lines.some((l) => /^1 +CREATED .*space lab \(d-1\) +kept: pinned in Studio$/.test(l)),
    ).toBe(true);
    expect(core.summary.text()).toContain('| 2 | CREATED |');
    expect(core.summary.text()).toContain('retired (deleted)');
    expect(core.summary.text()).toContain('its container image stays in ECR');
  });

  it('sends one request at a time', async () => {
    core.reset(KEEP);
    givenFourVersions();
    let inFlight = 0;
    let most = 0;
    sagemaker.on(DescribeUserProfileCommand).callsFake(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return { UserSettings: {} };
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(most).toBe(1);
  });

  it.each([
    [
      'ListImageVersions',
      (e: Error) => sagemaker.on(ListImageVersionsCommand).rejects(e),
      'the versions of image "my-image"',
    ],
    [
      'ListAliases',
      (e: Error) => sagemaker.on(ListAliasesCommand).rejects(e),
      'the aliases of image "my-image"',
    ],
    [
      'ListDomains',
      (e: Error) => sagemaker.on(ListDomainsCommand).rejects(e),
      'the Studio domains of the region',
    ],
    [
      'DescribeDomain',
      (e: Error) => sagemaker.on(DescribeDomainCommand).rejects(e),
      'the settings of Studio domain d-1',
    ],
    [
      'ListUserProfiles',
      (e: Error) => sagemaker.on(ListUserProfilesCommand).rejects(e),
      'the user profiles of Studio domain d-1',
    ],
    [
      'DescribeUserProfile',
      (e: Error) => sagemaker.on(DescribeUserProfileCommand).rejects(e),
      'user profile alice of Studio domain d-1',
    ],
    [
      'ListSpaces',
      (e: Error) => sagemaker.on(ListSpacesCommand).rejects(e),
      'the spaces of Studio domain d-1',
    ],
    [
      'DescribeSpace',
      (e: Error) => sagemaker.on(DescribeSpaceCommand).rejects(e),
      'space lab of Studio domain d-1',
    ],
  ] as const)(
    'retires nothing when %s is denied, and names the permission',
    async (operation, deny, what) => {
      core.reset(KEEP);
      givenFourVersions();
      deny(denied(operation));
      await run(fakeClock());

      expect(deleted()).toEqual([]);
      expect(core.setFailed).toHaveBeenCalledTimes(1);
      const message = String(core.setFailed.mock.calls[0]?.[0]);
      expect(message).toContain(
        `No image version was retired: to prove which versions are in use, retention must read ${what}, and ${operation}`,
      );
      expect(message).toContain(
        `the credentials are not allowed to call sagemaker:${operation}. Grant sagemaker:${operation}`,
      );
      // The version itself was registered: its outputs stand.
      expect(core.outputs()['image-version-arn']).toBe(ARN);
    },
  );

  it('names the step after N, and says what it retired when a later write fails', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1' });
    givenFourVersions();
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    sagemaker.on(DeleteImageVersionCommand).resolvesOnce({}).rejects(denied('DeleteImageVersion'));
    await run(fakeClock());
    expect(core.group).toHaveBeenCalledWith(
      'Retention: keep the 1 newest CREATED version',
      expect.any(Function),
    );
    expect(core.outputs()['retired-versions']).toBe('1');
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /^Retention stopped after retiring version 1: DeleteImageVersion for SageMaker image "my-image" in eu-west-1 failed: the credentials are not allowed to call sagemaker:DeleteImageVersion\./,
    );
  });

  it('says which versions it retired, in the plural, when a third write fails', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1' });
    givenFourVersions();
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    sagemaker
      .on(DeleteImageVersionCommand)
      .resolvesOnce({})
      .resolvesOnce({})
      .rejects(denied('DeleteImageVersion'));
    await run(fakeClock());
    expect(deleted()).toEqual([1, 2, 3]);
    expect(core.outputs()['retired-versions']).toBe('1,2');
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /^Retention stopped after retiring versions 1, 2: DeleteImageVersion for SageMaker image "my-image" in eu-west-1 failed: /,
    );
  });

  it('in a dry run only says what it would retire', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1', 'dry-run': 'true' });
    givenFourVersions();
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([]);
    expect(core.outputs()['retired-versions']).toBe('');
    // The version this run would create is the one kept; version 1 is pinned by a space.
    expect(core.info).toHaveBeenCalledWith(
      'Dry run: nothing was changed. Would retire 3 versions: 2, 3, 4.',
    );
    expect(core.summary.text()).toContain(
      '### Retention of my-image (dry run): nothing was changed',
    );
  });

  it('says once that there is nothing to retire', async () => {
    core.reset({ ...KEEP, 'keep-versions': '4' });
    givenFourVersions();
    await run(fakeClock());
    const lines = core.info.mock.calls.map(([line]) => line);
    expect(lines.filter((line) => line === 'Nothing to retire.')).toHaveLength(1);
  });

  it('names the step after N, in the plural', async () => {
    core.reset(KEEP);
    givenFourVersions();
    await run(fakeClock());
    expect(core.group).toHaveBeenCalledWith(
      'Retention: keep the 2 newest CREATED versions',
      expect.any(Function),
    );
  });

  it('waits out a busy image between deletions', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1' });
    givenFourVersions();
    sagemaker
      .on(DeleteImageVersionCommand)
      .rejectsOnce(
        new ResourceInUse({
          message:
            'ImageVersion (arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/2) is being deleted.',
          $metadata: {},
        }),
      )
      .resolves({});
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([2, 2, 3]);
    expect(core.outputs()['retired-versions']).toBe('2,3');
    expect(core.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The image is busy \(ImageVersion \(.*\/2\) is being deleted\); deleting version 2 again in 0\.8 s\.$/,
      ),
    );
  });

  it('skips a version someone else deleted meanwhile, and says what it retired when a write fails', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1' });
    givenFourVersions();
    sagemaker
      .on(DeleteImageVersionCommand)
      .rejectsOnce(notFound())
      .rejectsOnce(denied('DeleteImageVersion'));
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [
        listed(4, 'CREATED', ARN),
        listed(3, 'CREATED', 'c'),
        listed(2, 'CREATED', 'b'),
      ],
    });
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    await run(fakeClock());
    expect(deleted()).toEqual([2, 3]);
    expect(core.outputs()['retired-versions']).toBe('');
    expect(core.info).toHaveBeenCalledWith(
      'Version 2 is gone already (deleted by someone else meanwhile).',
    );
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(
      /^No version was retired: DeleteImageVersion for SageMaker image "my-image" in eu-west-1 failed: the credentials are not allowed to call sagemaker:DeleteImageVersion\. Grant sagemaker:DeleteImageVersion on the image/,
    );
  });

  it('reads nothing more and retires nothing when no version is beyond the N newest', async () => {
    core.reset({ ...KEEP, 'keep-versions': '4' });
    givenFourVersions();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(ListDomainsCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(ListAliasesCommand)).toHaveLength(0);
    expect(deleted()).toEqual([]);
    expect(core.outputs()['retired-versions']).toBe('');
    expect(core.info).toHaveBeenCalledWith('Nothing to retire.');
  });

  it('archive mode marks TO_BE_ARCHIVED, leaving versions already marked alone', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1', 'retention-action': 'archive' });
    givenFourVersions();
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 2 })
      .resolves({ ImageVersionStatus: 'CREATED', VendorGuidance: 'TO_BE_ARCHIVED' });
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([]);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 1, VendorGuidance: 'TO_BE_ARCHIVED' },
      { ImageName: 'my-image', Version: 3, VendorGuidance: 'TO_BE_ARCHIVED' },
    ]);
    expect(core.outputs()['retired-versions']).toBe('1,3');
    expect(core.summary.text()).toContain('already TO_BE_ARCHIVED: no change');
  });

  it('archive mode skips a version deleted between the list and its description', async () => {
    core.reset({ ...KEEP, 'keep-versions': '1', 'retention-action': 'archive' });
    givenFourVersions();
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 2 })
      .rejects(notFound());
    sagemaker
      .on(UpdateImageVersionCommand, { ImageName: 'my-image', Version: 2 })
      .rejects(notFound());
    sagemaker.on(UpdateImageVersionCommand, { ImageName: 'my-image', Version: 1 }).resolves({});
    sagemaker.on(UpdateImageVersionCommand, { ImageName: 'my-image', Version: 3 }).resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['retired-versions']).toBe('1,3');
    expect(core.info).toHaveBeenCalledWith(
      'Version 2 is gone already (deleted by someone else meanwhile).',
    );
  });

  it('applies to a reused version too, after its aliases are set', async () => {
    core.reset({ ...KEEP, 'skip-if-unchanged': 'true', 'keep-versions': '1', aliases: 'latest' });
    givenFourVersions();
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [4, 3, 2, 1].map((v) => listed(v, 'CREATED', String(v))),
    });
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    sagemaker.on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 }).resolves({
      ImageVersionArn: ARN,
      ImageVersionStatus: 'CREATED',
      BaseImage: BASE_IMAGE,
      Version: 4,
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(deleted()).toEqual([2, 3]);
    const order = sagemaker.calls().map((c) => (c.args[0] as object).constructor.name);
    expect(order.indexOf('UpdateImageVersionCommand')).toBeLessThan(
      order.indexOf('ListAliasesCommand'),
    );
  });

  it('in a dry run, says what it would retire and writes nothing', async () => {
    core.reset({ ...KEEP, 'dry-run': 'true' });
    givenFourVersions();
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const writes = sagemaker
      .calls()
      .filter((c) => !/^(Describe|List)/.test((c.args[0] as object).constructor.name));
    expect(writes).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(
      'Dry run: nothing was changed. Would retire 2 versions: 2, 3.',
    );
    expect(core.outputs()['retired-versions']).toBe('');
  });

  it('retires nothing when the run fails before the end', async () => {
    core.reset(KEEP);
    givenFourVersions();
    sagemaker
      .on(DescribeImageVersionCommand)
      .resolves({ ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'x' });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(sagemaker.commandCalls(ListImageVersionsCommand)).toHaveLength(0);
    expect(deleted()).toEqual([]);
  });

  it('needs wait-for-created', async () => {
    core.reset({ ...INPUTS, 'keep-versions': '3' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toContain(
      '`keep-versions` needs `wait-for-created: true`',
    );
  });
});
