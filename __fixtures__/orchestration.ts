// What the orchestration tests of main.ts share: the SageMaker client mocked, the run's identity in
// the environment as a runner sets it, the version they meet most, and readers of what was sent.
// Each test file still mocks @actions/core itself, before it imports main.ts.
//
// `newModels` and `serveModels` answer the mocked clients from the models the local endpoint runs
// on (images-model.ts, studio-model.ts, ecr-model.ts): a test seeds what exists, runs, and reads what
// users get from the models; a test scripts a mock only to inject a fault the models do not play.
//
// The image checks are off in INPUTS (`preflight: off`, `ecr-check: off`): these tests are about
// what comes after them. __tests__/main/preflight.test.ts turns them on. The ECR client is mocked too, refusing
// every request unless a test answers it, so no test can reach a real registry.
import {
  CreateImageVersionCommand,
  ListUserProfilesCommand,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
  type CustomImage,
} from '@aws-sdk/client-sagemaker';
import * as SageMakerCommands from '@aws-sdk/client-sagemaker';
import * as EcrCommands from '@aws-sdk/client-ecr';
import { ECRClient, ECRServiceException } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { FAKE_EPOCH_MS } from './clock.js';
import * as core from './core.js';
import type { EcrModel } from './ecr-model.js';
import { ImagesModel, TEST_ACCOUNT, type ImagesOptions } from './images-model.js';
import { ApiError, StudioModel, type StudioOptions } from './studio-model.js';

/** The run's identity, as GITHUB_SHA, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT give it. */
export function givenRun(sha: string, runId: string, runAttempt = '1'): void {
  process.env.GITHUB_SHA = sha;
  process.env.GITHUB_RUN_ID = runId;
  process.env.GITHUB_RUN_ATTEMPT = runAttempt;
}
export const SHA = '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c';

export const sagemaker = mockClient(SageMakerClient);
export const ecr = mockClient(ECRClient);
/** The ClientToken of every CreateImageVersion the mock received. */
export const sentTokens = (): (string | undefined)[] =>
  sagemaker.commandCalls(CreateImageVersionCommand).map((c) => c.args[0].input.ClientToken);
export const ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/4';
export const ARN_5 = ARN.replace(/4$/, '5');
/** The AppImageConfig the Studio step makes for my-image. */
export const CONFIG_ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:app-image-config/my-image';
/** Another team's entry in a Studio list. */
export const OTHER: CustomImage = { ImageName: 'other', AppImageConfigName: 'other' };
export const BASE_IMAGE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img@sha256:${'a1'.repeat(32)}`;
export const CONTAINER = BASE_IMAGE;
export const INPUTS = {
  'image-name': 'my-image',
  'base-image': BASE_IMAGE,
  'aws-region': 'eu-west-1',
  'wait-for-created': 'false',
  preflight: 'off',
};
export const WAIT = { ...INPUTS, 'wait-for-created': 'true' };

/**
 * Before each test: no requests answered yet but ListUserProfiles (no user profiles, which a Studio
 * attach reads), the inputs above, run 987654321's first attempt.
 */
export function resetRun(): void {
  process.env.GITHUB_STEP_SUMMARY = 'summary.md'; // the core mock never writes it
  sagemaker.reset();
  sagemaker.on(ListUserProfilesCommand).resolves({ UserProfiles: [] });
  refuseEcr();
  core.reset(INPUTS);
  givenRun(SHA, '987654321');
}

/** No ECR request is answered: a test that turns the checks on answers the ones it expects. */
export function refuseEcr(): void {
  ecr.reset();
  ecr.onAnyCommand().rejects(new Error('This test answers no ECR request.'));
}

export const serviceError = (name: string, message: string): Error =>
  new SageMakerServiceException({
    name,
    $fault: 'client',
    message,
    $metadata: { httpStatusCode: 400 },
  });
export const notFound = (): Error =>
  new ResourceNotFound({ message: 'Cannot find', $metadata: {} });

/** A ListImageVersions entry of version `version`, made (100 - version) days before the fake clock's now. */
export const listed = (version: number, status: string, arn: string) => ({
  ImageVersionStatus: status as 'CREATED',
  Version: version,
  ImageArn: 'a',
  ImageVersionArn: arn,
  CreationTime: new Date(FAKE_EPOCH_MS - (100 - version) * 86_400_000),
  LastModifiedTime: new Date(FAKE_EPOCH_MS - (100 - version) * 86_400_000),
});

/** Every request the mock received, as `Operation {input}`, in order. */
export const sentRequests = (): string[] =>
  sagemaker
    .calls()
    .map(
      (c) =>
        `${(c.args[0] as object).constructor.name.replace(/Command$/, '')} ${JSON.stringify((c.args[0] as { input: object }).input)}`,
    );
/** The message the step failed with. */
export const failure = (): string => String(core.setFailed.mock.calls[0]?.[0]);

/** Where the in-process models make their resources: eu-west-1, the test account (ARN above). */
export const ARN_PREFIX = `arn:aws:sagemaker:eu-west-1:${TEST_ACCOUNT}`;

/** SageMaker as one in-process run meets it: images and versions, and Studio. */
export interface Models {
  readonly images: ImagesModel;
  readonly studio: StudioModel;
}

/** Empty models in eu-west-1; Studio sees the images model's images and versions (CreateApp, lists). */
export function newModels(
  options: { readonly images?: ImagesOptions; readonly studio?: StudioOptions } = {},
): Models {
  const images = new ImagesModel(options.images ?? {}, () => ARN_PREFIX);
  const studio = new StudioModel(
    options.studio ?? {},
    () => ARN_PREFIX,
    (name) => images.hasImage(name),
    (arn) => images.versionFacts(arn),
  );
  return { images, studio };
}

/**
 * The image most orchestration tests of `./` meet, served: my-image with versions 1 to `versions`
 * (3 by default), each CREATED from another base image (`old:1`, `old:2`, …), with the `aliases`
 * of each version number given.
 */
export function serveMyImage(
  options: {
    readonly images?: ImagesOptions;
    readonly versions?: number;
    readonly aliases?: Readonly<Record<number, readonly string[]>>;
  } = {},
): Models {
  const models = newModels({ images: options.images ?? {} });
  models.images.addImage('my-image');
  for (let v = 1; v <= (options.versions ?? 3); v += 1) {
    const aliases = options.aliases?.[v];
    models.images.addVersion('my-image', {
      baseImage: `old:${v}`,
      ...(aliases === undefined ? {} : { aliases }),
    });
  }
  serveModels(models);
  return models;
}

interface Dispatcher {
  handles?(operation: string): boolean;
  dispatch(operation: string, body: Record<string, unknown>): unknown;
}
type Exception = new (options: {
  name: string;
  $fault: 'client' | 'server';
  message: string;
  $metadata: { httpStatusCode: number };
}) => Error;

/**
 * What the SDK would make of the model's answer on the wire (awsJson 1.1): JSON, so members left
 * undefined are absent, and timestamps (`*Time`, `*Timestamp`, ECR's `*At`: epoch seconds) as Dates.
 */
function asTheSdkReadsIt(value: unknown, key = ''): unknown {
  if (typeof value === 'number' && /(Time|Timestamp|At)$/.test(key)) return new Date(value * 1000);
  if (Array.isArray(value)) return value.map((item) => asTheSdkReadsIt(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, member]) => [name, asTheSdkReadsIt(member, name)]),
    );
  }
  return value;
}

/** The model's answer to one request; a model error as the SDK's exception of that name. */
function answer(
  model: Dispatcher,
  operation: string,
  input: object,
  exception: Exception,
): unknown {
  try {
    const sent = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    return asTheSdkReadsIt(JSON.parse(JSON.stringify(model.dispatch(operation, sent) ?? {})));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw new exception({
      name: error.type,
      $fault: error.status >= 500 ? 'server' : 'client',
      message: error.message,
      $metadata: { httpStatusCode: error.status },
    });
  }
}

/** Each command of `commands` whose operation `handles` names, answered by `model` on `client`. */
function serve(
  client: { on(command: never): { callsFake(fake: (input: object) => unknown): unknown } },
  commands: Record<string, unknown>,
  handles: (operation: string) => boolean,
  model: Dispatcher,
  exception: Exception,
): void {
  for (const [name, command] of Object.entries(commands)) {
    if (!name.endsWith('Command') || typeof command !== 'function') continue;
    const operation = name.slice(0, -'Command'.length);
    if (!handles(operation)) continue;
    client
      .on(command as never)
      .callsFake((input: object) => answer(model, operation, input, exception));
  }
}

let served: Models | undefined;

/**
 * Every SageMaker command the models know answered by them, as the local endpoint answers it. Call
 * it after `sagemaker.reset()`. A test that injects a fault scripts that command after it, and
 * hands the rest back to the models: `sagemaker.on(C).rejectsOnce(fault).callsFake(byModels(C))`
 * (a later `on` replaces the models' answer for that command wholly).
 */
export function serveModels(models: Models): void {
  served = models;
  serve(
    sagemaker,
    SageMakerCommands,
    (operation) => models.images.handles(operation) || models.studio.handles(operation),
    { dispatch: (operation, body) => modelOf(models, operation).dispatch(operation, body) },
    SageMakerServiceException,
  );
}

function modelOf(models: Models, operation: string): Dispatcher {
  return models.images.handles(operation) ? models.images : models.studio;
}

/** The served models' answer to `command`, for a test that scripts some of its answers first. */
export function byModels(command: { name: string }): (input: object) => unknown {
  const operation = command.name.replace(/Command$/, '');
  return (input) => {
    if (served === undefined) throw new Error('serveModels first');
    return answer(modelOf(served, operation), operation, input, SageMakerServiceException);
  };
}

/** The ECR requests the model knows answered by it (the image checks, retention's ECR reads). */
export function serveEcr(model: EcrModel): void {
  const operations = [
    'BatchGetImage',
    'GetDownloadUrlForLayer',
    'DescribeImages',
    'StartLifecyclePolicyPreview',
    'GetLifecyclePolicyPreview',
    'DescribeImageScanFindings',
  ];
  serve(
    ecr,
    EcrCommands,
    (operation) => operations.includes(operation),
    model,
    ECRServiceException,
  );
}
