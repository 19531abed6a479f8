// Re-runs: every attempt of a run finds what earlier ones made; aliases and the ClientToken generations.
// Orchestration: the flow in main.ts with @actions/core mocked and the SDK answered by the
// in-process images model (what the local endpoint runs on): image my-image with versions 1 to 3.
// What an earlier attempt left is made by running that attempt against the same model, so the
// ClientTokens it holds are the ones the action derived. Each test reads the versions and aliases
// the model holds after.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  BatchGetImageCommand,
  ECRServiceException,
  GetDownloadUrlForLayerCommand,
} from '@aws-sdk/client-ecr';
import { CreateImageVersionCommand } from '@aws-sdk/client-sagemaker';
import { STANDARD_REPOSITORY } from '../../__fixtures__/ecr-model.js';
import {
  TEST_ACCOUNT,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import type { ImagesOptions } from '../../__fixtures__/images-model.js';
import {
  BASE_IMAGE,
  ecr,
  failure,
  givenRun,
  INPUTS,
  resetRun,
  sagemaker,
  sentRequests,
  sentTokens,
  SHA,
  WAIT,
  type Models,
  serveMyImage,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

let models: Models;
/** The images model's options: a test changes them between attempts (the pull fixed). */
let options: ImagesOptions;

/** Image my-image with versions 1 to 3 (CREATED, other base images). */
function given(): void {
  options = {};
  models = serveMyImage({ images: options });
}
/** Attempt `attempt` of run 987654321 ran with `inputs` against the models; its requests are forgotten. */
async function earlierAttempt(attempt: string, inputs: Record<string, string>): Promise<void> {
  givenRun(SHA, '987654321', attempt);
  core.reset(inputs);
  await run(fakeClock());
  sagemaker.resetHistory();
}
/** SageMaker cannot pull the base image (until `pullFixed`): new versions end CREATE_FAILED. */
function pullFails(reason: string): void {
  options.failBaseImagesContaining = BASE_IMAGE;
  options.failureReason = reason;
}
function pullFixed(): void {
  delete options.failBaseImagesContaining;
}
/** The live versions of my-image: number, status, base image and aliases. */
const versions = (): { version: number; status: string; baseImage: string; aliases: string[] }[] =>
  models.images
    .versionsOf('my-image')
    .map(({ version, status, baseImage, aliases }) => ({ version, status, baseImage, aliases }));

beforeEach(() => {
  resetRun();
  given();
});

describe('re-runs, aliases and the ClientToken', () => {
  it('on the first attempt, an alias held by a version of the same base image fails before creating', async () => {
    core.reset({ ...INPUTS, aliases: 'dev' });
    models.images.addVersion('my-image', { baseImage: BASE_IMAGE, aliases: ['dev'] }); // version 4
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(versions()).toHaveLength(4);
    expect(failure()).toBe(
      'Alias "dev" (held by version 4) of image "my-image" already belongs to another version, so nothing was created. ' +
        'Set `move-aliases: true` to move it to the new version once that is CREATED, or choose other aliases.',
    );
  });

  it('on a re-run, an alias held by its own earlier version is no conflict: the same token returns it', async () => {
    await earlierAttempt('1', { ...INPUTS, aliases: 'dev' }); // made version 4, holding dev
    givenRun(SHA, '987654321', '2');
    core.reset({ ...INPUTS, aliases: 'dev' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentTokens()).toEqual([expect.stringMatching(/^987654321-3f2a9c1d0e7b-[0-9a-f]{10}$/)]);
    expect(core.outputs()).toMatchObject({ 'image-version': '4', aliases: 'dev' });
    expect(versions().slice(3)).toEqual([
      { version: 4, status: 'CREATED', baseImage: BASE_IMAGE, aliases: ['dev'] },
    ]);
  });

  it('explains an alias SageMaker reports taken like the pre-check, never raw', async () => {
    givenRun(SHA, '987654321', '2');
    core.reset({ ...INPUTS, aliases: 'dev' });
    // Version 4, of this base image, holds dev but was not made with this run's token: the model
    // refuses the alias ("Alias dev is already associated with version 4").
    models.images.addVersion('my-image', { baseImage: BASE_IMAGE, aliases: ['dev'] });
    await run(fakeClock());
    expect(failure()).toMatch(
      /^CreateImageVersion for SageMaker image "my-image" in eu-west-1 failed: alias "dev" of image "my-image" already belongs to another version, so nothing was created\. Set `move-aliases: true`/,
    );
    expect(sentTokens()).toHaveLength(1);
    expect(versions()).toHaveLength(4);
  });

  it('a re-run after CREATE_FAILED registers a fresh version with the next token generation', async () => {
    pullFails('No pull access.');
    await earlierAttempt('1', WAIT); // made version 4, CREATE_FAILED
    pullFixed();
    givenRun(SHA, '987654321', '2');
    core.reset(WAIT);
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
    expect(
      versions()
        .slice(3)
        .map((v) => [v.version, v.status]),
    ).toEqual([
      [4, 'CREATE_FAILED'],
      [5, 'CREATED'],
    ]);
  });

  it('a later attempt still finds the version an earlier re-run made', async () => {
    pullFails('No pull access.');
    await earlierAttempt('1', WAIT); // made version 4, CREATE_FAILED
    pullFixed();
    await earlierAttempt('2', WAIT); // made version 5 with the -g1 token
    givenRun(SHA, '987654321', '3');
    core.reset(WAIT);
    await run(fakeClock());
    // Generation 1 returned version 5, which works: generation 2 is never sent.
    expect(sentTokens()).toHaveLength(2);
    expect(core.outputs()['image-version']).toBe('5');
    expect(versions()).toHaveLength(5);
  });

  it('takes an alias off its own failed version before registering the fresh one', async () => {
    pullFails('No pull access.');
    await earlierAttempt('1', { ...WAIT, aliases: 'dev' }); // made version 4, CREATE_FAILED, holding dev
    pullFixed();
    givenRun(SHA, '987654321', '2');
    core.reset({ ...WAIT, aliases: 'dev' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentRequests().filter((r) => /^(Create|Update)/.test(r))).toEqual([
      expect.stringMatching(/^CreateImageVersion .*"Aliases":\["dev"\]/),
      'UpdateImageVersion {"ImageName":"my-image","Version":4,"AliasesToDelete":["dev"]}',
      expect.stringMatching(/^CreateImageVersion .*"Aliases":\["dev"\].*-g1"/),
    ]);
    expect(
      versions()
        .slice(3)
        .map((v) => [v.version, v.status, v.aliases]),
    ).toEqual([
      [4, 'CREATE_FAILED', []],
      [5, 'CREATED', ['dev']],
    ]);
  });

  it('CREATE_FAILED says a re-run registers a new version, with one period after the reason', async () => {
    core.reset(WAIT);
    pullFails('Unable to pull image.');
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

  /**
   * ECR answers from the local endpoint's model (attempt 1), or throttles (attempt 2): scripted, the
   * models never throttle. The endpoint serves the layer downloads the image checks fetch.
   */
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

  /** The base images of the versions the run made (after versions 1 to 3), in order. */
  const made = (): string[] =>
    versions()
      .slice(3)
      .map((v) => v.baseImage);

  it('returns the version its first attempt made, whatever ECR answers this time', async () => {
    ecrAnswers('model');
    core.reset(CHECKED);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(made()).toEqual([expect.stringMatching(/@sha256:/)]);
    const first = core.outputs();

    // Attempt 2: ECR throttles, so warn registers the tag as given; the token is the same.
    givenRun(SHA, '987654321', '2');
    ecrAnswers('throttling');
    core.reset(CHECKED);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(made()).toHaveLength(1);
    expect(core.outputs()).toMatchObject({
      'image-version-arn': first['image-version-arn'],
      'client-token': first['client-token'],
    });
    expect(core.info).toHaveBeenCalledWith(
      `The earlier attempt registered ${made()[0] ?? ''}: its version is kept.`,
    );
    // The summary names the base image the version holds, not this attempt's reference.
    expect(core.summary.text()).toContain(`| Base image | \`${made()[0] ?? ''}\` |`);
  });

  it('and the other way round: the tag first, the amd64 image by digest on the re-run', async () => {
    ecrAnswers('throttling');
    core.reset(CHECKED);
    await run(fakeClock());
    expect(made()).toEqual([INDEX]);
    const first = core.outputs();

    givenRun(SHA, '987654321', '2');
    ecrAnswers('model');
    core.reset(CHECKED);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(made()).toHaveLength(1);
    expect(core.outputs()['image-version-arn']).toBe(first['image-version-arn']);
    expect(core.summary.text()).toContain(`| Base image | \`${INDEX}\` |`);
    expect(core.summary.text()).not.toMatch(/\| Base image \| `[^`]*@sha256:/);
  });
});
