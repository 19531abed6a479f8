// Re-runs: every attempt of a run finds what earlier ones made; aliases and the ClientToken generations.
// Orchestration: the flow in main.ts with @actions/core and the SDK mocked.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  BatchGetImageCommand,
  ECRServiceException,
  GetDownloadUrlForLayerCommand,
} from '@aws-sdk/client-ecr';
import {
  CreateImageVersionCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  UpdateImageVersionCommand,
  type CreateImageVersionRequest,
} from '@aws-sdk/client-sagemaker';
import { STANDARD_REPOSITORY } from '../../__fixtures__/ecr-model.js';
import {
  TEST_ACCOUNT,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  ARN_5,
  BASE_IMAGE,
  ecr,
  failure,
  listed,
  givenRun,
  INPUTS,
  resetRun,
  sagemaker,
  sentRequests,
  sentTokens,
  serviceError,
  SHA,
  WAIT,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

beforeEach(resetRun);

describe('re-runs, aliases and the ClientToken', () => {
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
    // The log names each token as it is sent, and the one that returned the version in use.
    const said = core.info.mock.calls
      .map(([line]) => line)
      .filter((line) => /^(Sending CreateImageVersion|CreateImageVersion returned)/.test(line));
    expect(said).toEqual([
      `Sending CreateImageVersion with ClientToken ${tokens[0] ?? ''}.`,
      `CreateImageVersion returned version 4 for ClientToken ${tokens[0] ?? ''}.`,
      `Sending CreateImageVersion with ClientToken ${tokens[1] ?? ''}.`,
      `CreateImageVersion returned version 5 for ClientToken ${tokens[1] ?? ''}.`,
    ]);
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

describe('a re-run whose image checks read ECR differently', () => {
  const REPOSITORY = `${TEST_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${STANDARD_REPOSITORY}`;
  const INDEX = `${REPOSITORY}:attestation-index`;
  const CHECKED = { ...INPUTS, 'aws-region': 'us-east-1', 'base-image': INDEX, preflight: 'warn' };
  let server: SageMakerServer;
  beforeAll(async () => {
    server = await startSageMakerServer();
  });
  afterAll(() => server.close());

  /** ECR answers from the local endpoint's model (attempt 1), or throttles (attempt 2). */
  function ecrAnswers(how: 'model' | 'throttling'): void {
    ecr.reset();
    if (how === 'throttling') {
      ecr.onAnyCommand().rejects(
        new ECRServiceException({
          name: 'ThrottlingException',
          $fault: 'client',
          message: 'Rate exceeded',
          $metadata: { httpStatusCode: 400 },
        }),
      );
      return;
    }
    for (const [command, operation] of [
      [BatchGetImageCommand, 'BatchGetImage'],
      [GetDownloadUrlForLayerCommand, 'GetDownloadUrlForLayer'],
    ] as const) {
      ecr
        .on(command as typeof BatchGetImageCommand)
        .callsFake((input: object) => server.ecr.dispatch(operation, input as never) as never);
    }
  }

  /** CreateImageVersion with SageMaker's token rules: the same token and request return its version. */
  function idempotentCreations(): CreateImageVersionRequest[] {
    const made: CreateImageVersionRequest[] = [];
    sagemaker.on(CreateImageVersionCommand).callsFake((input: CreateImageVersionRequest) => {
      const { ClientToken } = input;
      const index = made.findIndex((m) => m.ClientToken === ClientToken);
      const earlier = made[index];
      if (earlier !== undefined) {
        if (JSON.stringify({ ...earlier, ClientToken }) !== JSON.stringify(input)) {
          throw serviceError(
            'ValidationException',
            `The client token ${ClientToken ?? ''} was already used with different request parameters.`,
          );
        }
        return { ImageVersionArn: ARN.replace(/4$/, String(4 + index)) };
      }
      made.push(input);
      return { ImageVersionArn: ARN.replace(/4$/, String(3 + made.length)) };
    });
    sagemaker.on(ListImageVersionsCommand).callsFake(() => ({
      ImageVersions: made.map((_, i) => listed(4 + i, 'CREATED', ARN)).reverse(),
    }));
    sagemaker.on(DescribeImageVersionCommand).callsFake((input: { Version?: number }) => ({
      ImageVersionStatus: 'CREATED',
      BaseImage: made[(input.Version ?? 0) - 4]?.BaseImage,
    }));
    return made;
  }

  it('returns the version its first attempt made, whatever ECR answers this time', async () => {
    const made = idempotentCreations();
    ecrAnswers('model');
    core.reset(CHECKED);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(made.map((m) => m.BaseImage)).toEqual([expect.stringMatching(/@sha256:/)]);
    const first = core.outputs();

    // Attempt 2: ECR throttles, so warn registers the tag as given; the token is the same.
    givenRun(SHA, '987654321', '2');
    ecrAnswers('throttling');
    core.reset(CHECKED);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(made).toHaveLength(1);
    expect(core.outputs()).toMatchObject({
      'image-version-arn': first['image-version-arn'],
      'client-token': first['client-token'],
    });
    expect(core.info).toHaveBeenCalledWith(
      `The earlier attempt registered ${made[0]?.BaseImage ?? ''}: its version is kept.`,
    );
  });

  it('and the other way round: the tag first, the amd64 image by digest on the re-run', async () => {
    const made = idempotentCreations();
    ecrAnswers('throttling');
    core.reset(CHECKED);
    await run(fakeClock());
    expect(made.map((m) => m.BaseImage)).toEqual([INDEX]);
    const first = core.outputs();

    givenRun(SHA, '987654321', '2');
    ecrAnswers('model');
    core.reset(CHECKED);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(made).toHaveLength(1);
    expect(core.outputs()['image-version-arn']).toBe(first['image-version-arn']);
  });
});
