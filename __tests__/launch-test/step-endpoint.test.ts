// The launch test against the local endpoint, through the real SDK client and the real calls: a
// good version passes and leaves nothing behind, a crashing one fails with SageMaker's reason and
// leaves nothing behind either, and an image SageMaker wants in the domain list is explained.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import * as api from '../../src/aws/api.js';
import { explainAwsError } from '../../src/aws/errors.js';
import { isTransient } from '../../src/aws/transient.js';
import {
  LaunchTestFailure,
  runLaunchTest,
  type LaunchTestParams,
} from '../../src/launch-test/step.js';
import type { Clock } from '../../src/wait/clock.js';
import {
  TEST_CREDENTIALS,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';

const BASE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image';
const PROFILE_SETTINGS = {
  JupyterLabAppSettings: {
    CustomImages: [{ ImageName: 'team', AppImageConfigName: 'team' }],
    DefaultResourceSpec: { InstanceType: 'ml.t3.large' },
  },
};
/** Real time, but no pause longer than 50 ms: the endpoint's lifecycles last a few hundred. */
const quickClock: Clock = {
  now: () => performance.now(),
  epochMs: () => Date.now(),
  sleep: (ms) => sleep(Math.min(ms, 50)),
  random: () => 0.5,
};

let server: SageMakerServer;
let client: SageMakerClient;
const arns = new Map<string, string>();
let lines: string[];

const params = (tag: string, runTag: string): LaunchTestParams => ({
  settings: {
    domainId: 'd-ci',
    userProfileName: 'ci-launch',
    instanceType: 'ml.t3.medium',
    timeoutSeconds: 30,
  },
  imageVersionArn: arns.get(tag) ?? '',
  appImageConfigName: 'my-image',
  appType: 'JupyterLab',
  runTag,
  clock: quickClock,
  calls: { api, client },
  log: (line) => lines.push(line),
  waits: {
    canRetry: isTransient,
    explain: (error) =>
      explainAwsError(error, { operation: '', imageName: 'my-image', region: 'us-east-1' }),
    clock: quickClock,
    maxDelayMs: 50,
    log: (line) => lines.push(line),
  },
});

beforeAll(async () => {
  server = await startSageMakerServer({
    images: ['my-image', 'team'],
    domains: [{ id: 'd-ci' }],
    studio: {
      appStartMs: 300,
      appDeletionMs: 200,
      appFailsWhenBaseImageContains: 'crash',
      appFailureReason: 'InternalFailure: /usr/local/bin/start: not found',
    },
  });
  server.studio.addAppImageConfig('my-image', { JupyterLabAppImageConfig: {} });
  server.studio.addAppImageConfig('team', { JupyterLabAppImageConfig: {} });
  for (const tag of ['good', 'crash']) {
    const version = server.addVersion('my-image', { baseImage: `${BASE}:${tag}` });
    arns.set(tag, server.versionsOf('my-image').find((v) => v.version === version)?.arn ?? '');
  }
  client = new SageMakerClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 2,
  });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});
beforeEach(() => {
  lines = [];
  server.studio.addUserProfile('d-ci', 'ci-launch', PROFILE_SETTINGS);
  server.studio.options.customImagesFrom = 'profile-or-domain';
});

/** Nothing of the test is left: no space, every app Deleted, the profile as it was. */
const expectNothingLeft = (): void => {
  expect(server.studio.spaceNames('d-ci')).toEqual([]);
  expect(server.studio.apps().every((app) => app.status === 'Deleted')).toBe(true);
  expect(server.studio.userProfileSettings('d-ci', 'ci-launch')).toEqual(PROFILE_SETTINGS);
};

describe('the launch test against the local endpoint', () => {
  it('passes a good version, timed, and leaves nothing behind', async () => {
    const outcome = await runLaunchTest(params('good', '100-1'));
    expect(outcome.cleanupProblems).toEqual([]);
    expect(outcome.seconds).toBeGreaterThanOrEqual(0.3);
    const created = server.requests.find((r) => r.operation === 'CreateApp')?.body;
    expect(created).toEqual({
      DomainId: 'd-ci',
      SpaceName: 'lt-my-image-v1-100-1',
      AppType: 'JupyterLab',
      AppName: 'default',
      ResourceSpec: {
        SageMakerImageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/my-image',
        SageMakerImageVersionArn: arns.get('good'),
        InstanceType: 'ml.t3.medium',
      },
    });
    expect(server.studio.apps()).toMatchObject([
      { spaceName: 'lt-my-image-v1-100-1', status: 'Deleted' },
    ]);
    expectNothingLeft();
  });

  it('fails a crashing version with SageMaker reason, and leaves nothing behind', async () => {
    const error = await runLaunchTest(params('crash', '101-1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LaunchTestFailure);
    expect((error as Error).message).toMatch(
      /^Launch test failed: SageMaker image version my-image:2 did not start .*: InternalFailure: \/usr\/local\/bin\/start: not found \(Failed after \d+\.\d s\)/,
    );
    expectNothingLeft();
  });

  it('explains an image this SageMaker wants in the domain list', async () => {
    server.studio.options.customImagesFrom = 'domain';
    await expect(runLaunchTest(params('good', '102-1'))).rejects.toThrow(
      /wants it in the domain's list/,
    );
    expectNothingLeft();
  });
});
