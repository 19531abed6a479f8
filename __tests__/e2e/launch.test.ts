// End to end: the committed bundle's launch test against the local endpoint's spaces and apps
// (__fixtures__/studio-model.ts): a good image tested, then released; a crashing image stopping the
// release with SageMaker's reason; a start that times out; a dry run; and the production domain
// untouched until the test passed. Apps start in tens of milliseconds here, and the waits' pauses
// are capped at a second (`wait-max-delay-seconds`), so each run takes a few seconds.
import { afterEach, describe, expect, it } from '@jest/globals';
import { errorAnnotations, runAction, type RunResult } from '../../__fixtures__/run-action.ts';
import {
  startSageMakerServer,
  type SageMakerServer,
  type ServerOptions,
} from '../../__fixtures__/sagemaker-server.ts';
import type { DomainSeed } from '../../__fixtures__/studio-model.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const DIGEST = `@sha256:${'e5'.repeat(32)}`;
const GOOD = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/good${DIGEST}`;
const CRASHING = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/crash${DIGEST}`;
const SLOW = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/hang${DIGEST}`;
const TEAM = { ImageName: 'team-image', AppImageConfigName: 'team-config' };
/** The CI profile's own list, as it must be after every run. */
const CI_SETTINGS = {
  JupyterLabAppSettings: {
    CustomImages: [TEAM],
    DefaultResourceSpec: { InstanceType: 'ml.t3.large' },
  },
};
const PRODUCTION: DomainSeed = {
  id: 'd-prod',
  defaultUserSettings: { JupyterLabAppSettings: { CustomImages: [TEAM] } },
  defaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [TEAM] } },
};
const CRASH = 'InternalFailure: /usr/local/bin/start-jupyter: exec format error';
const RELEASE = {
  'image-name': 'my-image',
  'base-image': GOOD,
  aliases: 'stable',
  'move-aliases': 'true',
  'studio-domain-ids': 'd-prod',
  'launch-test-user-profile': 'ci-launch',
  'launch-test-domain-id': 'd-ci',
  'keep-versions': '1',
  'wait-max-delay-seconds': '1',
};
const SPACE = 'lt-my-image-v2-12345678901-1';

let server: SageMakerServer;
async function start(studio: ServerOptions['studio'] = {}): Promise<SageMakerServer> {
  server = await startSageMakerServer({
    images: ['my-image', 'team-image'],
    domains: [PRODUCTION, { id: 'd-ci' }],
    ecr: ANY_IMAGE,
    studio: {
      appStartMs: 40,
      appFailsWhenBaseImageContains: 'crash',
      appFailureReason: CRASH,
      ...studio,
    },
  });
  server.studio.addAppImageConfig('team-config', { JupyterLabAppImageConfig: {} });
  server.studio.addUserProfile('d-ci', 'ci-launch', CI_SETTINGS);
  // Version 1 holds `stable` and is the production domain's pin: what a release would replace.
  server.addVersion('my-image', { baseImage: GOOD.replace('e5e5', 'd4d4'), aliases: ['stable'] });
  return server;
}
afterEach(async () => {
  await server.close();
});

const run = (inputs: Record<string, string>): Promise<RunResult> =>
  runAction({ inputs: { ...RELEASE, ...inputs }, endpoint: server.url });
/** SageMaker operations that change something, in order. */
const writes = (): string[] =>
  server.operations('sagemaker').filter((op) => !/^(Describe|List)/.test(op));
const prodImages = (): unknown =>
  (
    server.studio.domainSettings('d-prod').defaultUserSettings.JupyterLabAppSettings as {
      CustomImages?: unknown;
    }
  ).CustomImages;
const stableHolder = (): number | undefined =>
  server.versionsOf('my-image').find((v) => v.aliases.includes('stable'))?.version;

/** Nothing of the test is left: no space, every app Deleted, the CI profile as it was. */
function expectNothingLeft(): void {
  expect(server.studio.spaceNames('d-ci')).toStrictEqual([]);
  expect(server.studio.apps().length).toBeGreaterThan(0);
  expect(server.studio.apps().map((app) => app.status)).toStrictEqual(
    server.studio.apps().map(() => 'Deleted'),
  );
  expect(server.studio.userProfileSettings('d-ci', 'ci-launch')).toStrictEqual(CI_SETTINGS);
}

/** Nothing was released: the alias, the production domain and the old version as they were. */
function expectNothingReleased(): void {
  expect(stableHolder()).toBe(1);
  expect(prodImages()).toStrictEqual([TEAM]);
  expect(server.versionsOf('my-image').map((v) => v.version)).toStrictEqual([1, 2]);
  for (const op of ['UpdateDomain', 'UpdateImageVersion', 'DeleteImageVersion'])
    expect(writes()).not.toContain(op);
}

describe('the launch test, end to end', () => {
  it('tests a good image in the CI profile, then releases it: alias, domain, retention', async () => {
    await start();
    const result = await run({});

    expect(result.exitCode).toBe(0);
    expect(writes()).toStrictEqual([
      'CreateImageVersion',
      'CreateAppImageConfig',
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
      'UpdateImageVersion',
      'UpdateImageVersion',
      'UpdateDomain',
    ]);
    // Retention ran last, and kept version 1: it is younger than keep-younger-than.
    const ops = server.operations();
    expect(ops.lastIndexOf('ListImageVersions')).toBeGreaterThan(ops.indexOf('UpdateDomain'));
    const app = server.requests.find((r) => r.operation === 'CreateApp')?.body;
    expect(app).toMatchObject({
      DomainId: 'd-ci',
      SpaceName: SPACE,
      ResourceSpec: {
        SageMakerImageVersionArn:
          'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/2',
        InstanceType: 'ml.t3.medium',
      },
    });
    expectNothingLeft();
    expect(stableHolder()).toBe(2);
    expect(prodImages()).toStrictEqual([
      TEAM,
      { ImageName: 'my-image', AppImageConfigName: 'my-image', ImageVersionNumber: 2 },
    ]);
    expect(result.outputs['launch-test-seconds']).toMatch(/^\d+\.\d$/);
    expect(result.outputs).toMatchObject({ 'retired-versions': '', aliases: 'stable' });
    expect(result.summary).toMatch(
      new RegExp(
        `\\| Launch test \\| Launch test passed: SageMaker image version my-image:2 was InService as a JupyterLab app on ml\\.t3\\.medium \\(private space ${SPACE} of user profile ci-launch, Studio domain d-ci\\) after \\d+\\.\\d s\\. \\|`,
      ),
    );
  });

  it("stops the release of a crashing image with SageMaker's reason, and cleans up", async () => {
    await start();
    const result = await run({ 'base-image': CRASHING });

    expect(result.exitCode).toBe(1);
    const [error] = errorAnnotations(result.stdout);
    expect(error).toMatch(
      new RegExp(
        `^Launch test failed: SageMaker image version my-image:2 did not start as a JupyterLab app on ml\\.t3\\.medium \\(private space ${SPACE} of user profile ci-launch, Studio domain d-ci\\): ${CRASH} \\(Failed after \\d+\\.\\d s\\)\\. The version stays registered, and nothing after the test was done`,
      ),
    );
    expect(error).toContain(
      `Look at the CloudWatch log group /aws/sagemaker/studio, log streams starting d-ci/${SPACE}/`,
    );
    expectNothingLeft();
    expectNothingReleased();
    // The version's outputs are there for later steps; the test's time is not.
    expect(result.outputs['image-version-arn']).toMatch(/image-version\/my-image\/2$/);
    expect(result.outputs['image-version-status']).toBe('CREATED');
    expect(result.outputs['launch-test-seconds']).toBeUndefined();
  });

  it('times out with a clear message, and still cleans up once the app leaves Pending', async () => {
    await start({ appHangsWhenBaseImageContains: 'hang', appHangMs: 2600 });
    const result = await run({ 'base-image': SLOW, 'launch-test-timeout-seconds': '2' });

    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toMatch(
      new RegExp(
        `^Launch test timed out: SageMaker image version my-image:2 was still Pending as a JupyterLab app on ml\\.t3\\.medium \\(private space ${SPACE} of user profile ci-launch, Studio domain d-ci\\) after \\d+\\.\\d s \\(\`launch-test-timeout-seconds\`: 2\\)\\.`,
      ),
    );
    expect(errorAnnotations(result.stdout)[0]).toContain('raise `launch-test-timeout-seconds`');
    expectNothingLeft();
    expectNothingReleased();
  });

  it('in a dry run, reads the CI profile, lists the test among the requests, and creates nothing', async () => {
    await start();
    const result = await run({ 'dry-run': 'true' });

    expect(result.exitCode).toBe(0);
    expect(writes()).toStrictEqual([]);
    expect(server.operations()).toContain('DescribeUserProfile');
    expect(server.studio.spaceNames('d-ci')).toStrictEqual([]);
    expect(server.studio.apps()).toStrictEqual([]);
    const planned = result.stdout
      .split('\n')
      .filter((line) => /^[A-Z]\w+ \{/.test(line))
      .map((line) => line.split(' ')[0]);
    expect(planned).toStrictEqual([
      'CreateImageVersion',
      'CreateAppImageConfig',
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
      'UpdateImageVersion',
      'UpdateImageVersion',
      'UpdateDomain',
    ]);
    expect(result.summary).toContain('`CreateApp`');
    expect(result.outputs['launch-test-seconds']).toBeUndefined();
  });

  it('fails before creating anything when the CI profile does not exist', async () => {
    await start();
    const result = await run({ 'launch-test-user-profile': 'ci-typo' });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toContain(
      'Check `launch-test-user-profile` and `launch-test-domain-id`',
    );
    expect(writes()).toStrictEqual([]);
  });

  it('tests in the production domain when no test domain is given, changing its lists only after', async () => {
    await start();
    server.studio.addUserProfile('d-prod', 'ci-launch');
    const result = await run({ 'launch-test-domain-id': '', aliases: '', 'keep-versions': '' });

    expect(result.exitCode).toBe(0);
    const ops = server.operations();
    expect(ops.indexOf('UpdateDomain')).toBeGreaterThan(ops.lastIndexOf('UpdateUserProfile'));
    expect(ops.indexOf('UpdateDomain')).toBeGreaterThan(ops.indexOf('DeleteSpace'));
    expect(server.studio.spaceNames('d-prod')).toStrictEqual([]);
    // The profile had no list of its own, and has none after: it still sees the domain's.
    expect(server.studio.userProfileSettings('d-prod', 'ci-launch')).toStrictEqual({
      JupyterLabAppSettings: {},
    });
  });
});
