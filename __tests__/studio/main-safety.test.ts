// Never break what Studio users run, through `./studio` (src/studio/main.ts) with @actions/core
// mocked and the SDK answered by the in-process models (images, versions, Studio): aliases and Studio pins never move to an older version unless asked; an alias
// another version holds stops the release before anything is written; UpdateDomain is never resent
// from an old read; environment values stay out of the log; account ids are masked before input
// errors. What users get is read from the models; a mock is scripted only for a lost answer (the
// write lands or not, then the SDK sees an InternalFailure), which the models do not play.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateAppImageConfigCommand,
  ListImageVersionsCommand,
  SageMakerServiceException,
  UpdateAppImageConfigCommand,
  UpdateDomainCommand,
  UpdateImageVersionCommand,
  type CustomImage,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import { byModels, failure, OTHER, sagemaker } from '../../__fixtures__/orchestration.js';
import {
  DESIRED,
  DOCUMENT,
  INPUTS,
  MINE,
  mine,
  models,
  resetStudioModels,
  sent,
} from '../../__fixtures__/studio-release.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/studio/main.js');

beforeEach(() => {
  resetStudioModels();
});

const VERSION_ARN = (v: number) =>
  `arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/${v}`;
/** d-one's user-defaults JupyterLab list as stored now (or as another writer saves it). */
const userList = (): unknown =>
  (
    models.studio.domainSettings('d-one').defaultUserSettings.JupyterLabAppSettings as
      { CustomImages?: unknown } | undefined
  )?.CustomImages;
const setUserList = (images: CustomImage[]): void =>
  models.studio.setDomainSettings('d-one', {
    defaultUserSettings: { JupyterLabAppSettings: { CustomImages: images } },
  });
const aliasUpdates = () =>
  sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input);

/** The config as the document wants it, `newest` the image's newest version, the domain as given. */
function givenTheConfigAndTheDomain(images: CustomImage[], newest = 4): void {
  models.studio.addAppImageConfig('my-image', {
    JupyterLabAppImageConfig: DESIRED.JupyterLabAppImageConfig,
  });
  for (let v = 5; v <= newest; v++)
    models.images.addVersion('my-image', { baseImage: `team/my-image:${v}` });
  setUserList(images);
}
/** Places an alias on a version, as an earlier release did. */
const aliasOn = (alias: string, Version: number): unknown =>
  models.images.dispatch('UpdateImageVersion', {
    ImageName: 'my-image',
    Version,
    AliasesToAdd: [alias],
  });
/** Which version holds each alias now. */
const aliases = (): Record<string, number> =>
  Object.fromEntries(
    models.images
      .versionsOf('my-image')
      .flatMap((v) => v.aliases.map((alias) => [alias, v.version] as const)),
  );

describe('newest wins: aliases', () => {
  /** Version 4 is the one released (a re-run of an older release gets the older version). */
  function givenStableOnFiveAndDevOnTwo(): void {
    givenTheConfigAndTheDomain([MINE], 5);
    aliasOn('stable', 5);
    aliasOn('dev', 2);
  }

  it('leaves an alias on a newer version, moves the others, succeeds and says how to roll back', async () => {
    core.reset({ ...INPUTS, aliases: 'stable,dev', 'move-aliases': 'true' });
    givenStableOnFiveAndDevOnTwo();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(aliasUpdates()).toEqual([
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['dev'] },
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['dev'] },
    ]);
    expect(core.outputs()['aliases']).toBe('dev');
    expect(aliases()).toEqual({ stable: 5, dev: 4 });
    expect(core.notice).toHaveBeenCalledWith(
      'Image my-image: alias "stable" on version 5 stays there: it is newer than version 4 of this run, and aliases never move to an older version on their own (a re-run of an older run, or two pipelines finishing out of order). To roll back on purpose, run again with `allow-rollback: true`.',
      { title: 'Newest version wins' },
    );
  });

  it('moves it back with allow-rollback', async () => {
    core.reset({ ...INPUTS, aliases: 'stable', 'move-aliases': 'true', 'allow-rollback': 'true' });
    givenStableOnFiveAndDevOnTwo();
    await run(fakeClock());
    expect(aliasUpdates()).toEqual([
      { ImageName: 'my-image', Version: 5, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['stable'] },
    ]);
    expect(core.outputs()['aliases']).toBe('stable');
    expect(aliases()).toEqual({ stable: 4, dev: 2 });
    expect(core.notice).not.toHaveBeenCalledWith(expect.anything(), {
      title: 'Newest version wins',
    });
  });

  it('sets free aliases after the config, before the lists, reading its holder again just before', async () => {
    core.reset({ ...INPUTS, aliases: 'prod,lts' });
    givenTheConfigAndTheDomain([]);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(aliasUpdates()).toEqual([
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['prod', 'lts'] },
    ]);
    expect(core.outputs()['aliases']).toBe('prod,lts');
    expect(aliases()).toEqual({ prod: 4, lts: 4 });
    expect(userList()).toEqual([MINE]);
    const ops = sent();
    // The version, then each alias's holder twice: to plan, and just before the write.
    expect(ops.filter((op) => op === 'DescribeImageVersion')).toHaveLength(5);
    expect(ops.indexOf('UpdateImageVersion')).toBeLessThan(ops.indexOf('UpdateDomain'));
  });

  it('stops before anything is written when another version holds an alias (no move-aliases)', async () => {
    core.reset({
      ...INPUTS,
      aliases: 'dev',
      'app-image-config': `${DOCUMENT}  ContainerConfig:\n    ContainerArguments: [--debug]\n`,
    });
    givenStableOnFiveAndDevOnTwo();
    await run(fakeClock());
    expect(failure()).toBe(
      'Alias "dev" (held by version 2) of image "my-image" already belongs to another version, so version 4 stays registered without it. Set `move-aliases: true` to move it to version 4, or choose other aliases.',
    );
    // The config users of version 2 start with is not touched, nor any list.
    expect(sent().filter((op) => !/^(Describe|List)/.test(op))).toEqual([]);
    expect(sagemaker.commandCalls(UpdateAppImageConfigCommand)).toHaveLength(0);
    expect(aliases()).toEqual({ stable: 5, dev: 2 });
    expect(models.studio.appImageConfig('my-image')).toEqual({
      JupyterLabAppImageConfig: DESIRED.JupyterLabAppImageConfig,
    });
  });
});

describe('newest wins: Studio pins', () => {
  it('leaves a pin to a newer version, and says which domain stays where', async () => {
    givenTheConfigAndTheDomain([mine(5)], 5);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(
      "DefaultUserSettings.JupyterLabAppSettings: stays on version 5, newer than this run's (allow-rollback is off)",
    );
    expect(core.notice).toHaveBeenCalledWith(
      expect.stringContaining(
        'Image my-image in Studio: d-one DefaultUserSettings.JupyterLabAppSettings stays on version 5: newer than version 4 of this run',
      ),
      { title: 'Newest version wins' },
    );
    expect(core.outputs()['domains-updated']).toBe('');
    expect(userList()).toEqual([mine(5)]);
  });

  it('leaves an entry without a version (the latest) when the image has a newer version', async () => {
    givenTheConfigAndTheDomain([mine()], 7);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(
      expect.stringContaining('stays on version 7, newer than this run'),
    );
    expect(userList()).toEqual([mine()]);
  });

  it('pins an entry without a version when this release is the newest version', async () => {
    givenTheConfigAndTheDomain([mine()], 4);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [MINE] } },
    });
    expect(userList()).toEqual([MINE]);
  });

  it('rolls the pin back with allow-rollback', async () => {
    core.reset({ ...INPUTS, 'allow-rollback': 'true' });
    givenTheConfigAndTheDomain([mine(5)], 5);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [MINE] } },
    });
    expect(userList()).toEqual([MINE]);
    // Nothing to guard: the newest version is not even read.
    expect(sagemaker.commandCalls(ListImageVersionsCommand)).toHaveLength(0);
  });
});

describe('no stale write is ever resent', () => {
  const THIRD: CustomImage = { ImageName: 'third', AppImageConfigName: 'other' };
  const lost = (): Error =>
    new SageMakerServiceException({
      name: 'InternalFailure',
      $fault: 'server',
      message: 'internal',
      $metadata: { httpStatusCode: 500 },
    });

  it('reads the domain again after a lost answer, and stops when the entry is there', async () => {
    givenTheConfigAndTheDomain([OTHER]);
    // The write lands; its answer is lost.
    const model = byModels(UpdateDomainCommand);
    sagemaker.on(UpdateDomainCommand).callsFake((input: object) => {
      model(input);
      throw lost();
    });
    await run(fakeClock());
    expect(userList()).toEqual([OTHER, MINE]);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(1);
    expect(core.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Studio domain d-one: UpdateDomain got no clear answer \(InternalFailure\); reading the domain again in \d+\.\d s to see what it holds\.$/,
      ),
    );
  });

  it('plans the next write from the new read, never resending the old body', async () => {
    givenTheConfigAndTheDomain([OTHER]);
    models.images.addImage('third');
    sagemaker
      .on(UpdateDomainCommand)
      .callsFakeOnce(() => {
        // Meanwhile another writer added its image; this run's write did not land.
        setUserList([OTHER, THIRD]);
        throw lost();
      })
      .callsFake(byModels(UpdateDomainCommand));
    await run(fakeClock());
    expect(userList()).toEqual([OTHER, THIRD, MINE]);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(
      sagemaker.commandCalls(UpdateDomainCommand).map((c) => c.args[0].input.DefaultUserSettings),
    ).toEqual([
      { JupyterLabAppSettings: { CustomImages: [OTHER, MINE] } },
      { JupyterLabAppSettings: { CustomImages: [OTHER, THIRD, MINE] } },
    ]);
  });
});

describe('environment values', () => {
  const SECRET_DOCUMENT = `${DOCUMENT}  ContainerConfig:\n    ContainerEnvironmentVariables:\n      API_TOKEN: s3cr3t-value\n      MODE: fast\n`;

  it('are never printed; their names are', async () => {
    core.reset({ ...INPUTS, 'app-image-config': SECRET_DOCUMENT });
    setUserList([MINE]);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const printed = [
      ...core.info.mock.calls.map(([line]) => line),
      ...core.debug.mock.calls.map(([line]) => line),
      core.summary.text(),
    ].join('\n');
    expect(printed).not.toContain('s3cr3t-value');
    expect(printed).toContain('"API_TOKEN":"(hidden)"');
    // Sent as given, of course.
    expect(
      sagemaker.commandCalls(CreateAppImageConfigCommand)[0]?.args[0].input.JupyterLabAppImageConfig
        ?.ContainerConfig?.ContainerEnvironmentVariables,
    ).toEqual({ API_TOKEN: 's3cr3t-value', MODE: 'fast' });
    expect(models.studio.appImageConfig('my-image')).toMatchObject({
      JupyterLabAppImageConfig: {
        ContainerConfig: { ContainerEnvironmentVariables: { API_TOKEN: 's3cr3t-value' } },
      },
    });
  });

  it('are hidden in a dry run too', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true', 'app-image-config': SECRET_DOCUMENT });
    models.studio.setDomainSettings('d-one', { defaultUserSettings: {} });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const printed = [...core.info.mock.calls.map(([line]) => line), core.summary.text()].join('\n');
    expect(printed).not.toContain('s3cr3t-value');
    expect(printed).toContain('API_TOKEN');
  });

  it('are never printed when the document itself is refused', async () => {
    core.reset({
      ...INPUTS,
      'app-image-config': `${SECRET_DOCUMENT}    ContainerArguments: 7\n`,
    });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toContain('ContainerArguments');
    expect(failure()).not.toContain('s3cr3t-value');
  });
});

describe('mask-aws-account-id', () => {
  it('masks the account id before an input error can print it', async () => {
    core.reset({
      ...INPUTS,
      'mask-aws-account-id': 'true',
      'image-version-arn': VERSION_ARN(4).replace('123456789012', '210987654321'),
      'domain-ids': 'not a domain',
    });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setSecret).toHaveBeenCalledWith('210987654321');
    const masked = core.setSecret.mock.invocationCallOrder.at(-1) ?? 0;
    expect(masked).toBeLessThan(core.setFailed.mock.invocationCallOrder[0] ?? 0);
    expect(failure()).toContain('`domain-ids`');
    expect(sagemaker.calls()).toHaveLength(0);
  });

  it('masks the account id of a valid run', async () => {
    core.reset({ ...INPUTS, 'mask-aws-account-id': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.setSecret).toHaveBeenCalledWith('123456789012');
    expect(sagemaker.calls().length).toBeGreaterThan(0);
  });

  it('masks nothing when it is off', async () => {
    core.reset({ ...INPUTS, 'domain-ids': 'not a domain' });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setSecret).not.toHaveBeenCalled();
  });
});
