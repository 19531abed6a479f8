// End to end: the bundle's `./launch-test` and its post step against the local endpoint's spaces
// and apps (__fixtures__/studio-model.ts). A good version passes and leaves nothing; a crashing one
// fails and leaves nothing; a cancel (SIGINT, then SIGTERM 7.5 s later, as the runner sends them)
// at each point of the test leaves nothing once the post step ran; a create whose answer was lost
// (the SDK resends it and meets the run's own resource) leaves nothing; a refused DeleteApp fails
// the step with the command that removes the app. Apps start in tens of milliseconds here, so each
// run takes a second or two: a cancel ends the step long before its SIGTERM would be sent.
import { afterEach, describe, expect, it } from '@jest/globals';
import { errorAnnotations, runAction, type RunResult } from '../../__fixtures__/run-action.ts';
import {
  startSageMakerServer,
  type SageMakerServer,
  type ServerOptions,
} from '../../__fixtures__/sagemaker-server.ts';
import type { DomainSeed } from '../../__fixtures__/studio-model.ts';

const DIGEST = `@sha256:${'e5'.repeat(32)}`;
const GOOD = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/good${DIGEST}`;
const CRASHING = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/crash${DIGEST}`;
const SLOW = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/hang${DIGEST}`;
const TEAM = { ImageName: 'team-image', AppImageConfigName: 'team-config' };
/** The CI profile's own list and settings: as it must be after every run. */
const CI_SETTINGS = {
  JupyterLabAppSettings: {
    CustomImages: [TEAM],
    DefaultResourceSpec: { InstanceType: 'ml.t3.large' },
  },
};
const PRODUCTION: DomainSeed = {
  id: 'd-ci',
  defaultUserSettings: { JupyterLabAppSettings: { CustomImages: [TEAM] } },
};
const CRASH = 'InternalFailure: /usr/local/bin/start-jupyter: exec format error';
const ARN = (version: number): string =>
  `arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/${version}`;
const INPUTS = {
  'image-version-arn': ARN(2),
  'app-image-config':
    'JupyterLabAppImageConfig:\n  ContainerConfig:\n    ContainerArguments: [lab]\n',
  'domain-id': 'd-ci',
  'user-profile': 'ci-launch',
};
const RUN = '12345678901-1';
const SPACE = `lt-my-image-v2-${RUN}`;
/** The runner's cancel: SIGINT, then SIGTERM 7.5 s later (the step ends before that here). */
const CANCEL = ['SIGINT', 'SIGTERM'] as const;

let server: SageMakerServer;
async function start(
  base: string = GOOD,
  studio: ServerOptions['studio'] = {},
  options: ServerOptions = {},
): Promise<SageMakerServer> {
  server = await startSageMakerServer({
    images: ['my-image', 'team-image'],
    domains: [PRODUCTION],
    studio: {
      appStartMs: 40,
      appFailsWhenBaseImageContains: 'crash',
      appFailureReason: CRASH,
      ...studio,
    },
    ...options,
  });
  server.studio.addAppImageConfig('team-config', { JupyterLabAppImageConfig: {} });
  // The config users start with: the test never touches it.
  server.studio.addAppImageConfig('my-image', { JupyterLabAppImageConfig: {} });
  server.studio.addUserProfile('d-ci', 'ci-launch', CI_SETTINGS);
  server.addVersion('my-image', { baseImage: GOOD.replace('e5e5', 'd4d4') });
  server.addVersion('my-image', { baseImage: base });
  return server;
}
afterEach(async () => {
  await server.close();
});

const run = (
  inputs: Record<string, string> = {},
  more: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<RunResult> =>
  runAction({
    entry: 'launch-test',
    inputs: { ...INPUTS, ...inputs },
    endpoint: server.url,
    ...more,
  });
/** The post step, with what the main step saved. */
const post = (main: RunResult): Promise<RunResult> =>
  runAction({
    entry: 'launch-test',
    post: true,
    state: main.state,
    inputs: INPUTS,
    endpoint: server.url,
  });
/** SageMaker operations that change something, in order. */
const writes = (): string[] =>
  server.operations('sagemaker').filter((op) => !/^(Describe|List)/.test(op));

/** Nothing of the test is left: no space, no app but Deleted ones, the profile and configs as they were. */
function expectNothingLeft(): void {
  expect(server.studio.spaceNames('d-ci')).toStrictEqual([]);
  expect(server.studio.apps().filter((app) => app.status !== 'Deleted')).toStrictEqual([]);
  expect(server.studio.userProfileSettings('d-ci', 'ci-launch')).toStrictEqual(CI_SETTINGS);
  expect(server.studio.appImageConfigNames().sort()).toStrictEqual(['my-image', 'team-config']);
  expect(server.studio.appImageConfig('my-image')).toStrictEqual({ JupyterLabAppImageConfig: {} });
}

describe('./launch-test, end to end', () => {
  it('starts the version with a temporary config, passes, and leaves nothing; the post step finds nothing', async () => {
    await start();
    const result = await run();

    expect(result.exitCode).toBe(0);
    expect(writes()).toStrictEqual([
      'CreateAppImageConfig',
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
      'DeleteAppImageConfig',
    ]);
    const config = server.requests.find((r) => r.operation === 'CreateAppImageConfig')?.body;
    expect(config).toStrictEqual({
      AppImageConfigName: SPACE,
      JupyterLabAppImageConfig: { ContainerConfig: { ContainerArguments: ['lab'] } },
    });
    expect(server.requests.find((r) => r.operation === 'CreateApp')?.body).toMatchObject({
      DomainId: 'd-ci',
      SpaceName: SPACE,
      ResourceSpec: { SageMakerImageVersionArn: ARN(2), InstanceType: 'ml.t3.medium' },
    });
    expectNothingLeft();
    expect(result.outputs.seconds).toMatch(/^\d+\.\d$/);
    expect(result.summary).toMatch(
      /^### Launch test passed\n\nLaunch test passed: SageMaker image version my-image:2 was InService/,
    );
    expect(JSON.parse(result.state['launch-test'] ?? '{}')).toMatchObject({
      made: { app: 'no', space: 'no', config: 'no' },
    });

    const after = await post(result);
    expect(after.exitCode).toBe(0);
    expect(after.stdout).toContain('the main step left nothing to remove');
  });

  it("fails with SageMaker's reason when the app fails, and leaves nothing", async () => {
    await start(CRASHING);
    const result = await run();

    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toMatch(
      /^Launch test failed: SageMaker image version my-image:2 did not start as a JupyterLab app/,
    );
    expect(errorAnnotations(result.stdout)[0]).toContain(CRASH);
    expectNothingLeft();
    expect(result.outputs.seconds).toBeUndefined();
    expect((await post(result)).exitCode).toBe(0);
  });

  it('times out, and still cleans up once the app leaves Pending', async () => {
    await start(SLOW, { appHangsWhenBaseImageContains: 'hang', appHangMs: 2600 });
    const result = await run({ 'timeout-seconds': '2' });

    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toMatch(
      /^Launch test timed out: .* \(`timeout-seconds`: 2\)\. The test app came InService \d+\.\d s after CreateApp.*, \d+\.\d s after the 2 s timeout: set `timeout-seconds` above that\./,
    );
    // The clean-up, which watches the app while it deletes it, says when it came up.
    expect(result.stdout).toMatch(
      /^Launch test clean-up: the test app came InService \d+\.\d s after CreateApp/m,
    );
    expectNothingLeft();
  });

  it('in a dry run, reads the profile, lists the requests and creates nothing', async () => {
    await start();
    const result = await run({ 'dry-run': 'true' });

    expect(result.exitCode).toBe(0);
    expect(writes()).toStrictEqual([]);
    const planned = result.stdout
      .split('\n')
      .filter((line) => /^[A-Z]\w+ \{/.test(line))
      .map((line) => line.split(' ')[0]);
    expect(planned).toStrictEqual([
      'CreateAppImageConfig',
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
      'DeleteAppImageConfig',
    ]);
    expect(result.state).toStrictEqual({});
  });

  it('refuses a version that is not CREATED, before anything is made', async () => {
    await start();
    server.addVersion('my-image', { baseImage: GOOD, status: 'CREATE_FAILED' });
    const result = await run({ 'image-version-arn': ARN(3) });

    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toContain('is CREATE_FAILED');
    expect(writes()).toStrictEqual([]);
  });
});

describe('a cancelled launch test leaves nothing once the post step ran', () => {
  it.each([
    ['the temporary config is sent', 'created the temporary AppImageConfig'],
    ['the entry is added', 'for this run.'],
    ['the space is made', 'created private space'],
    ['the app is starting', 'waiting for InService'],
  ])('cancelled once %s', async (_, line) => {
    await start(SLOW, { appHangsWhenBaseImageContains: 'hang', appHangMs: 300 });
    const result = await run({}, { cancel: { when: line, signals: CANCEL, gapMs: 7500 } });

    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toMatch(/Launch test cancelled \(SIGINT\)/);
    const after = await post(result);
    expect(after.exitCode).toBe(0);
    expectNothingLeft();
  });

  it('prints the delete commands at once, and the post step removes what a kill left', async () => {
    // The app stays Pending for 4 s: the step's own clean-up waits for it, and is killed first.
    await start(SLOW, { appHangsWhenBaseImageContains: 'hang', appHangMs: 4000 });
    const result = await run(
      {},
      {
        cancel: { when: 'waiting for InService', signals: ['SIGINT', 'SIGKILL'], gapMs: 500 },
      },
    );

    expect(result.exitCode).toBeNull();
    expect(result.stdout).toContain(
      `aws sagemaker delete-app --region us-east-1 --domain-id d-ci --space-name ${SPACE} --app-type JupyterLab --app-name default`,
    );
    expect(result.stdout).toContain(
      `aws sagemaker delete-space --region us-east-1 --domain-id d-ci --space-name ${SPACE}`,
    );
    expect(result.stdout).toContain(
      `aws sagemaker delete-app-image-config --region us-east-1 --app-image-config-name ${SPACE}`,
    );
    expect(server.studio.spaceNames('d-ci')).toStrictEqual([SPACE]);

    const after = await post(result);
    expect(after.exitCode).toBe(0);
    expect(after.stdout).toContain('nothing of the test is left');
    expectNothingLeft();
  });
});

describe('a create whose answer was lost', () => {
  it.each(['CreateAppImageConfig', 'CreateSpace', 'CreateApp'])(
    'counts %s met again as its own, and leaves nothing',
    async (operation) => {
      await start();
      server.faults.push({ kind: 'drop-after', operation });
      const result = await run();

      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain("this run's own");
      expectNothingLeft();
    },
  );
});

describe('a clean-up that cannot remove the app', () => {
  it('fails the step with the command, the summary leading with it; the post step finishes it', async () => {
    await start(GOOD, {}, { deniedOperations: ['DeleteApp'] });
    const result = await run();

    expect(result.exitCode).toBe(1);
    const [error] = errorAnnotations(result.stdout);
    expect(error).toMatch(/^Launch test clean-up failed: the JupyterLab app default/);
    expect(error).toContain(
      `aws sagemaker delete-app --region us-east-1 --domain-id d-ci --space-name ${SPACE} --app-type JupyterLab --app-name default`,
    );
    expect(result.summary).toMatch(
      /^### Launch test clean-up failed: resources are left in your account/,
    );
    expect(result.summary).toContain('```sh\naws sagemaker delete-app ');
    expect(result.outputs.seconds).toMatch(/^\d+\.\d$/);
    expect(server.studio.apps().map((app) => app.status)).toStrictEqual(['InService']);

    const refused = await post(result);
    expect(refused.exitCode).toBe(1);
    expect(errorAnnotations(refused.stdout)[0]).toContain('aws sagemaker delete-app ');

    server.options.deniedOperations = [];
    const after = await post(result);
    expect(after.exitCode).toBe(0);
    expectNothingLeft();
  });
});
