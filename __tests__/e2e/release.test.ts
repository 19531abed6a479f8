// End to end: the composed release, as the reusable workflow runs it: `./` registers, `./launch-test`
// proves the version starts (then its post step), `./studio` gives it to Studio users, `./retire`
// retires what nobody uses. Each step is the committed bundle on Node 24 against the local
// endpoint. A release whose launch test fails stops there: no AppImageConfig, domain list, alias
// or version is changed, and users keep the release before it.
import { afterEach, describe, expect, it } from '@jest/globals';
import { runAction, type RunResult } from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const REPOSITORY = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team';
const GOOD = (tag: string): string => `${REPOSITORY}/good:${tag}`;
/** The local Studio fails apps of images whose reference has this in it. */
const CRASHING = `${REPOSITORY}/crash:v3`;
const CRASH = 'InternalFailure: /usr/local/bin/start-jupyter: exec format error';
const OTHER = { ImageName: 'other-image', AppImageConfigName: 'other-config' };
const CI_SETTINGS = { JupyterLabAppSettings: { CustomImages: [OTHER] } };
/** The document both the launch test and Studio run the image with. */
const DOCUMENT = (argument: string): string =>
  `JupyterLabAppImageConfig:\n  ContainerConfig:\n    ContainerArguments: [${argument}]\n`;

let server: SageMakerServer;
afterEach(async () => {
  await server.close();
});

async function start(): Promise<void> {
  server = await startSageMakerServer({
    images: ['my-image', 'other-image'],
    ecr: ANY_IMAGE,
    domains: [
      { id: 'd-team', defaultUserSettings: { JupyterLabAppSettings: { CustomImages: [OTHER] } } },
    ],
    studio: { appStartMs: 40, appFailsWhenBaseImageContains: 'crash', appFailureReason: CRASH },
  });
  server.studio.addAppImageConfig('other-config', { JupyterLabAppImageConfig: {} });
  server.studio.addUserProfile('d-team', 'ci-launch', CI_SETTINGS);
}

/** One release, step by step as the workflow orders them; it stops at the first failed step. */
async function release(
  baseImage: string,
  argument: string,
  run: string,
): Promise<{ steps: Record<string, RunResult>; version?: string }> {
  const endpoint = server.url;
  const runId = `5000${run}`;
  const steps: Record<string, RunResult> = {};
  steps.register = await runAction({
    inputs: {
      'image-name': 'my-image',
      'base-image': baseImage,
      aliases: 'candidate',
      'move-aliases': 'true',
    },
    endpoint,
    runId,
  });
  const arn = steps.register.outputs['image-version-arn'] ?? '';
  if (steps.register.exitCode !== 0) return { steps };
  const launch = {
    'image-version-arn': arn,
    'app-image-config': DOCUMENT(argument),
    'domain-id': 'd-team',
    'user-profile': 'ci-launch',
  };
  steps.launch = await runAction({ entry: 'launch-test', inputs: launch, endpoint, runId });
  // The post step runs whatever happened (post-if: always()).
  steps.post = await runAction({
    entry: 'launch-test',
    post: true,
    state: steps.launch.state,
    inputs: launch,
    endpoint,
    runId,
  });
  if (steps.launch.exitCode !== 0) return { steps, version: arn };
  steps.studio = await runAction({
    entry: 'studio',
    inputs: {
      'image-version-arn': arn,
      'domain-ids': 'd-team',
      'app-image-config': DOCUMENT(argument),
      'settings-levels': 'user',
      aliases: 'stable',
      'move-aliases': 'true',
    },
    endpoint,
    runId,
  });
  if (steps.studio.exitCode !== 0) return { steps, version: arn };
  steps.retire = await runAction({
    entry: 'retire',
    inputs: { 'image-name': 'my-image', 'keep-versions': '1', 'keep-younger-than': '1h' },
    endpoint,
    runId,
  });
  return { steps, version: arn };
}

const domainImages = (): unknown =>
  (
    server.studio.domainSettings('d-team').defaultUserSettings.JupyterLabAppSettings as {
      CustomImages?: unknown;
    }
  ).CustomImages;
const versions = (): { version: number; aliases: string[] }[] =>
  server.versionsOf('my-image').map(({ version, aliases }) => ({ version, aliases }));

describe('a composed release: register, launch-test, studio, retire', () => {
  it('releases a version that starts, and keeps the release before it until a new one passed', async () => {
    await start();
    const first = await release(GOOD('v1'), 'lab', '1');
    expect(Object.values(first.steps).map((step) => step.exitCode)).toStrictEqual([0, 0, 0, 0, 0]);
    expect(first.steps.launch?.outputs.seconds).toMatch(/^\d+\.\d$/);
    expect(first.steps.studio?.outputs).toMatchObject({
      'domains-updated': 'd-team',
      aliases: 'stable',
    });
    expect(domainImages()).toStrictEqual([
      OTHER,
      { ImageName: 'my-image', AppImageConfigName: 'my-image', ImageVersionNumber: 1 },
    ]);
    expect(server.studio.appImageConfig('my-image')).toMatchObject({
      JupyterLabAppImageConfig: { ContainerConfig: { ContainerArguments: ['lab'] } },
    });

    const second = await release(GOOD('v2'), 'lab2', '2');
    expect(Object.values(second.steps).map((step) => step.exitCode)).toStrictEqual([0, 0, 0, 0, 0]);
    expect(domainImages()).toStrictEqual([
      OTHER,
      { ImageName: 'my-image', AppImageConfigName: 'my-image', ImageVersionNumber: 2 },
    ]);
    // keep-versions 1 within the hour's grace: version 1 is young, so it stays for now.
    expect(second.steps.retire?.outputs['retired-versions']).toBe('');
    expect(versions()).toStrictEqual([
      { version: 1, aliases: [] },
      {
        version: 2,
        aliases: expect.arrayContaining(['candidate', 'stable']) as unknown as string[],
      },
    ]);
  });

  it('changes no AppImageConfig, domain, alias or version when the launch test fails', async () => {
    await start();
    await release(GOOD('v1'), 'lab', '1');
    const configBefore = server.studio.appImageConfig('my-image');
    const domainBefore = domainImages();
    expect(versions()).toStrictEqual([
      {
        version: 1,
        aliases: expect.arrayContaining(['candidate', 'stable']) as unknown as string[],
      },
    ]);

    const failed = await release(CRASHING, 'broken', '3');
    expect(failed.steps.register?.exitCode).toBe(0);
    expect(failed.steps.launch?.exitCode).toBe(1);
    expect(failed.steps.launch?.stdout).toContain('exec format error');
    expect(failed.steps.post?.exitCode).toBe(0);
    expect(failed.steps.studio).toBeUndefined();

    // Users start what they started before: the production config, the pin and the alias.
    expect(server.studio.appImageConfig('my-image')).toStrictEqual(configBefore);
    expect(domainImages()).toStrictEqual(domainBefore);
    expect(versions()).toStrictEqual([
      // `stable` stays on the version that passed; the new one is only a candidate.
      { version: 1, aliases: ['stable'] },
      { version: 2, aliases: ['candidate'] },
    ]);
    // Nothing of the test is left: no space, no running app, the CI profile as it was.
    expect(server.studio.spaceNames('d-team')).toStrictEqual([]);
    expect(server.studio.apps().filter((app) => app.status !== 'Deleted')).toStrictEqual([]);
    expect(server.studio.userProfileSettings('d-team', 'ci-launch')).toStrictEqual(CI_SETTINGS);
    expect(server.studio.appImageConfigNames().sort()).toStrictEqual(['my-image', 'other-config']);
  });

  it('plans every step in a dry run of the whole release, and changes nothing', async () => {
    await start();
    await release(GOOD('v1'), 'lab', '1');
    const writesBefore = server.operations('sagemaker').length;
    const dry = { 'dry-run': 'true' };
    const register = await runAction({
      inputs: { 'image-name': 'my-image', 'base-image': GOOD('v9'), ...dry },
      endpoint: server.url,
      runId: '59999',
    });
    expect(register.outputs).toMatchObject({
      'image-version-status': 'PLANNED',
      'image-version-arn': 'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/2',
    });
    const arn = register.outputs['image-version-arn'] ?? '';
    const launch = await runAction({
      entry: 'launch-test',
      inputs: {
        'image-version-arn': arn,
        'app-image-config': DOCUMENT('lab'),
        'domain-id': 'd-team',
        'user-profile': 'ci-launch',
        ...dry,
      },
      endpoint: server.url,
    });
    const studio = await runAction({
      entry: 'studio',
      inputs: {
        'image-version-arn': arn,
        'domain-ids': 'd-team',
        'app-image-config': DOCUMENT('lab'),
        ...dry,
      },
      endpoint: server.url,
    });
    const retire = await runAction({
      entry: 'retire',
      inputs: { 'image-name': 'my-image', 'keep-versions': '1', ...dry },
      endpoint: server.url,
    });
    expect([launch.exitCode, studio.exitCode, retire.exitCode]).toStrictEqual([0, 0, 0]);
    const writes = server
      .operations('sagemaker')
      .slice(writesBefore)
      .filter((op) => !/^(Describe|List)/.test(op));
    expect(writes).toStrictEqual([]);
    expect(studio.stdout).toContain('These requests would be sent:');
  });
});
