// `./launch-test` as the runner starts it (main.ts, then post.ts), in process: @actions/core mocked,
// the SDK mocked and answered by the in-process models the local endpoint runs on (images and
// Studio, served by __fixtures__/orchestration.ts), a fake clock. Inputs are checked before any request; the version must be CREATED; the test runs with a
// temporary AppImageConfig and never touches the one users start with; what it made is saved as
// state before each create; a clean-up that leaves something fails the step and leads the summary;
// the post step removes what the state says is left.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateAppCommand,
  CreateAppImageConfigCommand,
  CreateSpaceCommand,
  DeleteAppCommand,
  DescribeImageVersionCommand,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  failure,
  givenRun,
  newModels,
  sagemaker,
  serveModels,
  type Models,
} from '../../__fixtures__/orchestration.js';
import type { StudioOptions } from '../../__fixtures__/studio-model.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/launch-test/main.js');
const { runPost } = await import('../../src/launch-test/post.js');

const ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/4';
const SPACE = 'lt-my-image-v4-987654321-1';
const TEAM = { ImageName: 'team', AppImageConfigName: 'team' };
const CI_SETTINGS = { JupyterLabAppSettings: { CustomImages: [TEAM], LifecycleConfigArns: ['l'] } };
const INPUTS = {
  'image-version-arn': ARN,
  'app-image-config': 'JupyterLabAppImageConfig: {}',
  'domain-id': 'd-ci',
  'user-profile': 'ci-launch',
  'instance-type': 'ml.t3.medium',
  'timeout-seconds': '900',
  'aws-region': 'eu-west-1',
  'dry-run': 'false',
};
let models: Models;
let studio: Models['studio'];
let baseImage: string;

/** The SDK answered by the models. */
function serveStudio(): void {
  serveModels(models);
}

/** Version 4 of my-image (`status`, its base image `baseImage`); the CI profile and two configs. */
function given(status: 'CREATED' | 'CREATING' = 'CREATED', studioOptions: StudioOptions = {}) {
  models = newModels({
    studio: {
      appFailsWhenBaseImageContains: 'crash',
      appFailureReason: 'exec format error',
      ...studioOptions,
    },
  });
  studio = models.studio;
  models.images.addImage('team');
  models.images.addImage('my-image');
  for (const version of [1, 2, 3])
    models.images.addVersion('my-image', { baseImage: `v${version}` });
  models.images.addVersion('my-image', { baseImage, status });
  studio.addDomain({ id: 'd-ci' });
  studio.addUserProfile('d-ci', 'ci-launch', CI_SETTINGS);
  studio.addAppImageConfig('team', { JupyterLabAppImageConfig: {} });
  studio.addAppImageConfig('my-image', { JupyterLabAppImageConfig: { ContainerConfig: {} } });
  serveStudio();
}

const sent = (): string[] =>
  sagemaker.calls().map((c) => (c.args[0] as object).constructor.name.replace(/Command$/, ''));
const writes = (): string[] => sent().filter((op) => !/^(Describe|List)/.test(op));
const infoLines = (): string[] => core.info.mock.calls.map(([line]) => line);
const saved = (): { made: Record<string, unknown> } =>
  JSON.parse(core.state['launch-test'] ?? '{}') as { made: Record<string, unknown> };

function expectNothingLeft(): void {
  expect(studio.spaceNames('d-ci')).toStrictEqual([]);
  expect(studio.apps().filter((app) => app.status !== 'Deleted')).toStrictEqual([]);
  expect(studio.userProfileSettings('d-ci', 'ci-launch')).toStrictEqual(CI_SETTINGS);
  expect(studio.appImageConfigNames()).toStrictEqual(['team', 'my-image']);
  expect(studio.appImageConfig('my-image')).toStrictEqual({
    JupyterLabAppImageConfig: { ContainerConfig: {} },
  });
}

beforeEach(() => {
  process.env.GITHUB_STEP_SUMMARY = 'summary.md';
  sagemaker.reset();
  core.reset(INPUTS);
  core.summary.clear();
  givenRun('3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c', '987654321');
  baseImage = 'good';
});

describe('./launch-test', () => {
  it('tests the version with a temporary config, leaves nothing, outputs the seconds', async () => {
    given();
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
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
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)[0]?.args[0].input).toStrictEqual({
      AppImageConfigName: SPACE,
      JupyterLabAppImageConfig: {},
    });
    expectNothingLeft();
    expect(core.setOutput).toHaveBeenCalledWith('seconds', expect.stringMatching(/^\d+\.\d$/));
    expect(core.summary.addRaw).toHaveBeenCalledTimes(1);
    expect(core.summary.text()).toMatch(/^### Launch test passed\n/);
    expect(saved().made).toMatchObject({ config: 'no', space: 'no', app: 'no' });
  });

  it('lists every input problem at once, before any request', async () => {
    core.reset({ ...INPUTS, 'image-version-arn': 'nope', 'timeout-seconds': 'soon' });
    given();
    await run(fakeClock());
    expect(failure()).toMatch(
      /^Invalid inputs; nothing was sent to AWS:\n- .*image-version-arn.*\n- .*timeout-seconds/s,
    );
    expect(sent()).toStrictEqual([]);
  });

  it('starts only a CREATED version, and makes nothing otherwise', async () => {
    given('CREATING');
    await run(fakeClock());
    expect(failure()).toBe(
      'Image my-image version 4 is CREATING: `./launch-test` starts only a CREATED version (Studio could not start any other). Test it after `./` waited for it (`wait-for-created: true`), or test another version. Nothing was created.',
    );
    expect(writes()).toStrictEqual([]);
  });

  it('refuses a version that is not there; a dry run plans it (PLANNED by ./), a denied read fails both', async () => {
    given();
    sagemaker.on(DescribeImageVersionCommand).rejects(
      new SageMakerServiceException({
        name: 'ResourceNotFound',
        $fault: 'client',
        message: 'Image version does not exist',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await run(fakeClock());
    expect(failure()).toMatch(
      /^Image my-image version 4 is not there: `\.\/launch-test` starts only/,
    );
    expect(writes()).toStrictEqual([]);

    core.reset({ ...INPUTS, 'dry-run': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(infoLines()).toContain('Dry run: nothing was changed. These requests would be sent:');

    core.reset({ ...INPUTS, 'dry-run': 'true' });
    sagemaker.on(DescribeImageVersionCommand).rejects(
      new SageMakerServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'not authorized to perform: sagemaker:DescribeImageVersion',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await run(fakeClock());
    expect(failure()).toContain('AccessDeniedException');
    expect(writes()).toStrictEqual([]);
  });

  it('refuses a version of another region before any request', async () => {
    core.reset({ ...INPUTS, 'aws-region': 'us-east-1' });
    given();
    await run(fakeClock());
    expect(failure()).toMatch(/^Input `image-version-arn` names a version in eu-west-1/);
    expect(sent()).toStrictEqual([]);
  });

  it("fails with SageMaker's reason when the app fails, and leaves nothing", async () => {
    baseImage = 'crash';
    given();
    await run(fakeClock());
    expect(failure()).toMatch(
      /^Launch test failed: SageMaker image version my-image:4 did not start/,
    );
    expect(failure()).toContain('exec format error');
    expectNothingLeft();
    expect(core.setOutput).not.toHaveBeenCalledWith('seconds', expect.anything());
    expect(core.summary.text()).toMatch(/^### The launch test failed\n/);
  });

  it('a dry run reads the profile, prints the plan, saves nothing and creates nothing', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    given();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(writes()).toStrictEqual([]);
    expect(infoLines()).toContain('Dry run: nothing was changed. These requests would be sent:');
    expect(
      infoLines()
        .filter((line) => /^[A-Z]\w+ \{/.test(line))
        .map((l) => l.split(' ')[0]),
    ).toStrictEqual([
      'CreateAppImageConfig',
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
      'DeleteAppImageConfig',
    ]);
    expect(infoLines()).toContain(`DeleteAppImageConfig {"AppImageConfigName":"${SPACE}"}`);
    expect(core.saveState).not.toHaveBeenCalled();
  });

  it('a clean-up that cannot delete the app fails the step, names it and leads the summary with the commands', async () => {
    given();
    sagemaker.on(DeleteAppCommand).rejects(
      new SageMakerServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'not authorized to perform: sagemaker:DeleteApp',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await run(fakeClock());

    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(failure()).toMatch(
      new RegExp(
        `^Launch test clean-up failed: the JupyterLab app default \\(${SPACE}\\), the private space ${SPACE} are left in your account \\(a running app is billed\\)\\. Remove them with:\n` +
          `  aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name ${SPACE} --app-type JupyterLab --app-name default\n` +
          `  aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name ${SPACE}\n` +
          'Launch test passed: ',
      ),
    );
    expect(core.summary.text()).toMatch(
      /^### Launch test clean-up failed: resources are left in your account\n/,
    );
    expect(core.summary.text()).toContain('```sh\naws sagemaker delete-app ');
    // The version did come up: its time is an output all the same.
    expect(core.setOutput).toHaveBeenCalledWith('seconds', expect.stringMatching(/^\d+\.\d$/));
    // The entry and the config are gone; the app and its space are saved for the post step.
    expect(studio.userProfileSettings('d-ci', 'ci-launch')).toStrictEqual(CI_SETTINGS);
    expect(saved().made).toMatchObject({ config: 'no', space: 'maybe', app: 'maybe' });

    // The post step, DeleteApp allowed again, removes the rest.
    const state = { ...core.state };
    sagemaker.reset();
    serveStudio();
    sagemaker.reset();
    serveStudio();
    core.reset(INPUTS, state);
    await runPost(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expectNothingLeft();
  });
});

describe('the post step', () => {
  it('finds nothing to do after a clean main step, and sends nothing', async () => {
    core.reset(INPUTS, {});
    given();
    await runPost(fakeClock());
    expect(sent()).toStrictEqual([]);
    expect(infoLines()).toContain('Launch test post step: the main step left nothing to remove.');
  });

  it('finds nothing to do after a main step that removed everything it made', async () => {
    given();
    await run(fakeClock());
    const state = { ...core.state };
    expect(state['launch-test']).toBeDefined();
    sagemaker.reset();
    serveStudio();
    core.reset(INPUTS, state);
    await runPost(fakeClock());
    expect(sent()).toStrictEqual([]);
    expect(infoLines()).toStrictEqual([
      'Launch test post step: the main step left nothing to remove.',
    ]);
  });

  it('removes what a killed main step saved, and fails naming what it cannot remove', async () => {
    given();
    // The main step is killed while CreateApp is on its way: the answer never comes.
    sagemaker.on(CreateAppCommand).callsFake((input: Record<string, unknown>) => {
      studio.dispatch('CreateApp', input);
      return new Promise(() => undefined);
    });
    void run(fakeClock());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const state = { ...core.state };
    expect(JSON.parse(state['launch-test'] ?? '{}')).toMatchObject({
      made: { config: 'maybe', space: 'maybe', app: 'maybe' },
    });
    expect(studio.spaceNames('d-ci')).toStrictEqual([SPACE]);

    sagemaker.reset();
    core.reset(INPUTS, state);
    serveStudio();
    sagemaker.on(DeleteAppCommand).rejects(
      new SageMakerServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'denied',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await runPost(fakeClock());
    expect(failure()).toMatch(/^Launch test clean-up failed: the JupyterLab app default/);
    expect(failure()).toContain(
      `aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name ${SPACE}`,
    );

    sagemaker.reset();
    serveStudio();
    core.reset(INPUTS, state);
    await runPost(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expectNothingLeft();
  });
});

describe('what ./launch-test tells and sends', () => {
  const denied = (operation: string): Error =>
    new SageMakerServiceException({
      name: 'AccessDeniedException',
      $fault: 'client',
      message: `not authorized to perform: sagemaker:${operation}`,
      $metadata: { httpStatusCode: 400 },
    });
  const APP_LEFT = `the JupyterLab app default (${SPACE})`;

  /** A main step whose DeleteApp is denied: the app and its space are left, saved for the post step. */
  async function leaveAppBehind(
    inputs: Record<string, string> = INPUTS,
  ): Promise<Record<string, string>> {
    core.reset(inputs);
    given();
    sagemaker.on(DeleteAppCommand).rejects(denied('DeleteApp'));
    await run(fakeClock());
    const state = { ...core.state };
    sagemaker.reset();
    serveStudio();
    return state;
  }

  it('runs the test in a log group named after the profile, and logs the pass line', async () => {
    given();
    await run(fakeClock());
    expect(core.group).toHaveBeenCalledWith(
      'Launch test in user profile ci-launch (Studio domain d-ci)',
      expect.any(Function),
    );
    expect(infoLines()).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Launch test passed: SageMaker image version my-image:4 was InService as a JupyterLab app on ml\\.t3\\.medium \\(private space ${SPACE} of user profile ci-launch, Studio domain d-ci\\) after \\d+\\.\\d s\\.$`,
        ),
      ),
    );
  });

  it('gives the temporary AppImageConfig the tags of `app-image-config`', async () => {
    core.reset({
      ...INPUTS,
      'app-image-config': 'JupyterLabAppImageConfig: {}\nTags:\n  - Key: team\n    Value: ml',
    });
    given();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)[0]?.args[0].input).toStrictEqual({
      AppImageConfigName: SPACE,
      JupyterLabAppImageConfig: {},
      Tags: [{ Key: 'team', Value: 'ml' }],
    });
  });

  it('names what it makes after the run and its attempt, or `local-1` outside a workflow run', async () => {
    givenRun('3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c', '987654321', '2');
    given();
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateSpaceCommand)[0]?.args[0].input.SpaceName).toBe(
      'lt-my-image-v4-987654321-2',
    );

    sagemaker.reset();
    core.reset(INPUTS);
    givenRun('3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c', '', '');
    given();
    await run(fakeClock());
    expect(sagemaker.commandCalls(CreateSpaceCommand)[0]?.args[0].input.SpaceName).toBe(
      'lt-my-image-v4-local-1',
    );
  });

  it('waits for a user profile that is still Updating, up to `wait-timeout-seconds`', async () => {
    // The model keeps real time: the profile is Updating for 20 ms of it, a few checks of the fake clock.
    given('CREATED', { profileUpdateMs: 20 });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expectNothingLeft();
  });

  it('masks the account id when asked, in the main step and in the post step', async () => {
    const masked = { ...INPUTS, 'mask-aws-account-id': 'true' };
    const state = await leaveAppBehind(masked);
    expect(core.setSecret).toHaveBeenCalledWith('123456789012');

    core.reset(masked, state);
    await runPost(fakeClock());
    expect(core.setSecret).toHaveBeenCalledWith('123456789012');
    expectNothingLeft();

    core.reset(INPUTS, state);
    await runPost(fakeClock());
    expect(core.setSecret).not.toHaveBeenCalled();
  });

  it('a dry run, too, starts only a CREATED version', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    given('CREATING');
    await run(fakeClock());
    expect(failure()).toMatch(
      /^Image my-image version 4 is CREATING: `\.\/launch-test` starts only/,
    );
    expect(core.summary.text()).toMatch(/^### The launch test failed\n/);
  });

  it('says why a version of another region is refused, and what to do', async () => {
    core.reset({ ...INPUTS, 'aws-region': 'us-east-1' });
    given();
    await run(fakeClock());
    expect(failure()).toBe(
      'Input `image-version-arn` names a version in eu-west-1, but this step works in us-east-1: ' +
        'Studio starts images of its own region. Set `aws-region` to eu-west-1, or test a version ' +
        'registered in us-east-1. Nothing was sent to AWS.',
    );
  });

  it('a failed clean-up warns of each leftover, and leads the summary with them and the commands', async () => {
    await leaveAppBehind();
    expect(core.warning.mock.calls.map(([line]) => String(line))).toStrictEqual([
      expect.stringMatching(
        new RegExp(
          `^Launch test clean-up left the JupyterLab app default \\(${SPACE}\\): DeleteApp for Studio app .* failed: .*\\. ` +
            `Remove it with: aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name ${SPACE} --app-type JupyterLab --app-name default$`,
        ),
      ),
      `Launch test clean-up left the private space ${SPACE}: SageMaker deletes a space only once its app is deleted. ` +
        `Remove it with: aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name ${SPACE}`,
    ]);
    expect(core.summary.text()).toMatch(
      new RegExp(
        '^### Launch test clean-up failed: resources are left in your account\n\n' +
          `- the JupyterLab app default \\(${SPACE}\\): DeleteApp for Studio app .*DeleteApp\\)\n` +
          `- the private space ${SPACE}: SageMaker deletes a space only once its app is deleted\n\n` +
          'Remove them with:\n\n```sh\n' +
          `aws sagemaker delete-app [^\n]*\naws sagemaker delete-space [^\n]*\n` +
          '```\n\n### The launch test failed\n',
      ),
    );
  });

  it('the post step says what it does, warns of what it cannot remove, and fails naming it', async () => {
    const state = await leaveAppBehind();
    core.reset(INPUTS, state);
    sagemaker.on(DeleteAppCommand).rejects(denied('DeleteApp'));
    await runPost(fakeClock());
    expect(infoLines()).toContain(
      'Launch test post step: removing what the main step made and did not remove.',
    );
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        new RegExp(`^Launch test clean-up left ${APP_LEFT.replace(/[()]/g, '\\$&')}: `),
      ),
    );
    expect(failure()).toMatch(
      new RegExp(
        `^Launch test clean-up failed: ${APP_LEFT.replace(/[()]/g, '\\$&')}, the private space ${SPACE} are left in your account \\(a running app is billed\\)\\. Remove them with:\n` +
          '  aws sagemaker delete-app [^\n]*\n  aws sagemaker delete-space [^\n]*\n' +
          'The launch test left these behind\\.$',
      ),
    );

    sagemaker.reset();
    serveStudio();
    core.reset(INPUTS, state);
    await runPost(fakeClock());
    expect(infoLines()).toContain('Launch test post step: nothing of the test is left.');
    // The post step works in the region the main step saved.
    const client = sagemaker.send.firstCall.thisValue as {
      config: { region: () => Promise<string> };
    };
    expect(await client.config.region()).toBe('eu-west-1');
  });

  it('the post step fails, saying so, on a state it cannot read; a blank state is none', async () => {
    core.reset(INPUTS, { 'launch-test': '{"plan":' });
    given();
    await runPost(fakeClock());
    expect(failure()).toMatch(/^Launch test post step: /);
    expect(sent()).toStrictEqual([]);

    core.reset(INPUTS, { 'launch-test': ' \n' });
    await runPost(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(infoLines()).toContain('Launch test post step: the main step left nothing to remove.');
  });
});

describe('a cancelled ./launch-test', () => {
  it('removes what it made at once, fails naming the signal, and stops listening', async () => {
    const listening = process.listenerCount('SIGINT');
    given();
    // The runner cancels while CreateApp is on its way; its answer comes just after the signal.
    let answer: (value: unknown) => void = () => undefined;
    sagemaker.on(CreateAppCommand).callsFake((input: Record<string, unknown>) => {
      const made = studio.dispatch('CreateApp', input);
      return new Promise((resolve) => (answer = () => resolve(made)));
    });
    const step = run(fakeClock());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(process.listenerCount('SIGINT')).toBe(listening + 1);
    process.emit('SIGINT', 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 20));
    answer(undefined);
    await step;
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(failure()).toBe('Launch test cancelled (SIGINT). It removed everything it had made.');
    expect(String(core.warning.mock.calls[0]?.[0]).split('\n')).toStrictEqual([
      'Launch test cancelled (SIGINT): removing what it made now. Should this be cut short, the post step removes it; failing that, these commands do:',
      `  aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name ${SPACE} --app-type JupyterLab --app-name default`,
      `  aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name ${SPACE}`,
      expect.stringMatching(
        /^ {2}aws sagemaker update-user-profile --region eu-west-1 --domain-id d-ci --user-profile-name ci-launch --user-settings /,
      ),
      `  aws sagemaker delete-app-image-config --region eu-west-1 --app-image-config-name ${SPACE}`,
    ]);
    expectNothingLeft();
    expect(process.listenerCount('SIGINT')).toBe(listening);
  });
});
