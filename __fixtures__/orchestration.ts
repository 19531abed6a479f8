// What the orchestration tests of main.ts share: the SageMaker client mocked, the run's identity in
// the environment as a runner sets it, the version they meet most, and readers of what was sent.
// Each test file still mocks @actions/core itself, before it imports main.ts.
//
// The image checks are off in INPUTS (`preflight: off`, `ecr-check: off`): these tests are about
// what comes after them. __tests__/main/preflight.test.ts turns them on. The ECR client is mocked too, refusing
// every request unless a test answers it, so no test can reach a real registry.
import {
  CreateImageVersionCommand,
  DescribeImageVersionCommand,
  ListUserProfilesCommand,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
  type CustomImage,
} from '@aws-sdk/client-sagemaker';
import { ECRClient } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { FAKE_EPOCH_MS } from './clock.js';
import * as core from './core.js';

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

/** Version 4 gets created and becomes CREATED; version 2 holds `stable`. */
export function givenStableHeldByVersion2(): void {
  sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
  sagemaker
    .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
    .resolves({ ImageVersionStatus: 'CREATED' });
  sagemaker
    .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
    .resolves({ Version: 2, BaseImage: 'old:1' });
}

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
