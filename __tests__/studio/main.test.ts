// Orchestration of `./studio` (src/studio/main.ts): the version proved CREATED, every domain read,
// the AppImageConfig created or updated as the `app-image-config` document says, each domain's list
// changed by read-modify-write, and what the log, outputs and summary say; with @actions/core
// mocked, the SDK answered by the in-process models (images, versions, Studio: what the local
// endpoint runs on), and an injected clock, so waits take no time. A test seeds what exists, runs,
// and reads what users get from the models; other writers act through the models' hooks. A mock is
// scripted only for an answer the models never give (a refusal for want of permission, SageMaker
// leaving a field out, a refusal whose cause is not modelled): each such test says so.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAppImageConfigCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  DescribeImageVersionCommand,
  ResourceInUse,
  UpdateAppImageConfigCommand,
  UpdateDomainCommand,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  byModels,
  CONFIG_ARN,
  failure,
  OTHER,
  sagemaker,
  serviceError,
} from '../../__fixtures__/orchestration.js';
import {
  afterAnswers,
  DESIRED,
  DOCUMENT,
  FILE_SYSTEM,
  INPUTS,
  MINE,
  mine,
  models,
  resetStudioModels,
  sent,
  setUserList,
  statusesAfterReads,
  userList,
  VERSION_READS,
} from '../../__fixtures__/studio-release.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/studio/main.js');

/** Version 4 of an image that does not exist yet (`./` would create it). */
const NEW_IMAGE_ARN = ARN.replace('my-image', 'new-image');
/** A config member with `ContainerConfig` beside the document's file system settings. */
const withContainer = (ContainerConfig: object) => ({
  JupyterLabAppImageConfig: { FileSystemConfig: FILE_SYSTEM, ContainerConfig },
});
/** The config as the document of INPUTS makes it, before the run. */
const givenTheConfig = (): void =>
  models.studio.addAppImageConfig('my-image', {
    JupyterLabAppImageConfig: DESIRED.JupyterLabAppImageConfig,
  });
/** INPUTS' document with a ContainerConfig (YAML, indented under the member). */
const documentWith = (containerYaml: string): string =>
  `${DOCUMENT}  ContainerConfig:\n${containerYaml}`;
const infoLines = (): string[] => core.info.mock.calls.map(([line]) => line);
const groups = (): string[] => core.group.mock.calls.map(([name]) => name);
const writes = (): string[] => sent().filter((op) => !/^(Describe|List)/.test(op));
const denied = (action: string): Error =>
  serviceError(
    'AccessDeniedException',
    `User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: ${action}`,
  );
/** Another writer saves d-one's list from a read older than this run's write. */
const overwrittenWith = (images: (typeof OTHER)[]) => () => setUserList(images);

beforeEach(() => {
  resetStudioModels();
});

describe('./studio', () => {
  it('proves the version CREATED, reads the domain, makes the config, then attaches and checks it stayed', async () => {
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent()).toEqual([
      ...VERSION_READS,
      'DescribeDomain',
      // Its user profiles: those with a list of their own do not see the domain's.
      'ListUserProfiles',
      // Read once: a first release finds none, and creates it from that read.
      'DescribeAppImageConfig',
      'CreateAppImageConfig',
      // The image's newest version: a pin never goes below it (newest wins).
      'ListImageVersions',
      'DescribeDomain',
      'UpdateDomain',
      'DescribeDomain',
    ]);
    // What the document says is what is sent, and what users start with.
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)[0]?.args[0].input).toEqual(DESIRED);
    expect(models.studio.appImageConfig('my-image')).toEqual({
      JupyterLabAppImageConfig: DESIRED.JupyterLabAppImageConfig,
    });
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: {
        JupyterLabAppSettings: { CustomImages: [OTHER, MINE], LifecycleConfigArns: ['arn:lc'] },
      },
    });
    expect(models.studio.domainSettings('d-one').defaultUserSettings).toEqual({
      JupyterLabAppSettings: { CustomImages: [OTHER, MINE], LifecycleConfigArns: ['arn:lc'] },
    });
    expect(core.outputs()).toEqual({
      'app-image-config-arn': CONFIG_ARN,
      'domains-updated': 'd-one',
      aliases: '',
    });
    expect(core.summary.text()).toMatch(/^### SageMaker Studio\n/);
    expect(core.summary.write).toHaveBeenCalledTimes(1);
  });

  it('waits out a Pending, then Updating domain on the poll schedule', async () => {
    resetStudioModels(INPUTS, []);
    models.studio.setDomainStatus('d-one', 'Pending');
    statusesAfterReads(['Pending', 'Updating', 'InService']);
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    // 1 s, 2.5 s, 2.5 s: the domain's three polls; nothing else waits.
    expect(clock.sleeps).toEqual([1000, 2500, 2500]);
    expect(core.info).toHaveBeenCalledWith(
      'Studio domain d-one is Pending: waiting for InService.',
    );
    expect(core.info).toHaveBeenCalledWith('Studio domain d-one: Updating after 3.5 s');
    expect(userList()).toEqual([MINE]);
  });

  it.each(['Failed', 'Update_Failed', 'Deleting', 'Delete_Failed'] as const)(
    'writes nothing when a domain is %s',
    async (status) => {
      models.studio.setDomainStatus('d-one', status, 'Subnet gone');
      await run(fakeClock());
      expect(sent()).toEqual([...VERSION_READS, 'DescribeDomain']);
      expect(failure()).toBe(
        `Studio domain "d-one" is ${status}: Subnet gone. Nothing was attached to it; fix the domain (or remove it from \`domain-ids\`) and re-run.`,
      );
      expect(models.studio.appImageConfig('my-image')).toBeUndefined();
      expect(userList()).toEqual([OTHER]);
    },
  );

  it('reads the document from a file in the workspace, and names the config as it says', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'studio-workspace-'));
    const saved = process.env.GITHUB_WORKSPACE;
    try {
      process.env.GITHUB_WORKSPACE = workspace;
      mkdirSync(join(workspace, 'studio'));
      writeFileSync(
        join(workspace, 'studio', 'lab.yaml'),
        `AppImageConfigName: team-lab\n${documentWith('    ContainerArguments: [--debug]\n')}`,
      );
      resetStudioModels({ ...INPUTS, 'app-image-config': 'studio/lab.yaml' }, []);
      await run(fakeClock());
    } finally {
      process.env.GITHUB_WORKSPACE = saved;
      rmSync(workspace, { recursive: true, force: true });
    }
    expect(core.setFailed).not.toHaveBeenCalled();
    const member = {
      FileSystemConfig: FILE_SYSTEM,
      ContainerConfig: { ContainerArguments: ['--debug'] },
    };
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)[0]?.args[0].input).toEqual({
      AppImageConfigName: 'team-lab',
      JupyterLabAppImageConfig: member,
    });
    expect(models.studio.appImageConfig('team-lab')).toEqual({ JupyterLabAppImageConfig: member });
    expect(userList()).toEqual([{ ...MINE, AppImageConfigName: 'team-lab' }]);
  });

  it('takes the app type from the document: a KernelGateway config, both levels by default', async () => {
    const kernel = [
      'KernelGatewayImageConfig:',
      '  KernelSpecs:',
      '    - Name: python3',
      '      DisplayName: Python 3',
      '',
    ].join('\n');
    resetStudioModels({ ...INPUTS, 'app-image-config': kernel, 'settings-levels': '' });
    const kernelLists = (images: (typeof OTHER)[]) => ({
      defaultUserSettings: { KernelGatewayAppSettings: { CustomImages: images } },
      defaultSpaceSettings: { KernelGatewayAppSettings: { CustomImages: images } },
    });
    models.studio.setDomainSettings('d-one', kernelLists([OTHER]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)[0]?.args[0].input).toEqual({
      AppImageConfigName: 'my-image',
      KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3', DisplayName: 'Python 3' }] },
    });
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: { KernelGatewayAppSettings: { CustomImages: [OTHER, MINE] } },
      DefaultSpaceSettings: { KernelGatewayAppSettings: { CustomImages: [OTHER, MINE] } },
    });
    expect(models.studio.domainSettings('d-one')).toEqual(kernelLists([OTHER, MINE]));
  });

  it('with pin-version false writes an entry without a version, warns, and reads no newest version', async () => {
    resetStudioModels({ ...INPUTS, 'pin-version': 'false' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(
      sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input.DefaultUserSettings
        ?.JupyterLabAppSettings?.CustomImages,
    ).toEqual([OTHER, mine()]);
    expect(userList()).toEqual([OTHER, mine()]);
    expect(sent()).not.toContain('ListImageVersions');
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/^`pin-version: false`: the domain entry names no version/),
    );
  });

  it('goes on with the AppImageConfig another run created first', async () => {
    // Another run creates it between this run's read and its create.
    sagemaker
      .on(CreateAppImageConfigCommand)
      .callsFakeOnce((input: object) => {
        givenTheConfig();
        return byModels(CreateAppImageConfigCommand)(input);
      })
      .callsFake(byModels(CreateAppImageConfigCommand));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent().filter((op) => op === 'DescribeAppImageConfig')).toHaveLength(2);
    expect(sagemaker.commandCalls(UpdateAppImageConfigCommand)).toHaveLength(0);
    expect(core.outputs()['app-image-config-arn']).toBe(CONFIG_ARN);
    expect(core.info).toHaveBeenCalledWith(
      'AppImageConfig my-image was created meanwhile by another run; reading it again.',
    );
    expect(userList()).toEqual([OTHER, MINE]);
  });

  it('updates the AppImageConfig only when it differs in meaning', async () => {
    const environment = documentWith(
      '    ContainerEnvironmentVariables:\n      B: "2"\n      A: "1"\n',
    );
    resetStudioModels({ ...INPUTS, 'app-image-config': environment }, [MINE]);
    models.studio.addAppImageConfig(
      'my-image',
      withContainer({ ContainerEnvironmentVariables: { A: '1', B: '2' } }),
    );
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateAppImageConfigCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(core.outputs()['domains-updated']).toBe('');

    resetStudioModels({ ...INPUTS, 'app-image-config': environment }, [MINE]);
    models.studio.addAppImageConfig(
      'my-image',
      withContainer({ ContainerEnvironmentVariables: { A: '1', B: '3' } }),
    );
    await run(fakeClock());
    const member = withContainer({ ContainerEnvironmentVariables: { B: '2', A: '1' } });
    expect(sagemaker.commandCalls(UpdateAppImageConfigCommand)[0]?.args[0].input).toEqual({
      AppImageConfigName: 'my-image',
      ...member,
    });
    expect(models.studio.appImageConfig('my-image')).toEqual(member);
  });

  it('redoes a lost update a bounded number of times, then says why it stopped', async () => {
    // After each of its writes, another writer saves the list it read before.
    afterAnswers(
      'UpdateDomain',
      Array.from({ length: 5 }, () => overwrittenWith([OTHER])),
    );
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(5);
    expect(failure()).toBe(
      'Studio domain "d-one": other writers overwrote this image\'s entry 5 times in a row. Put the workflows that change this domain in one `concurrency:` group (see the action\'s docs/studio.md), then re-run.',
    );
    // One summary, naming Studio as the part that failed.
    expect(core.summary.text()).toContain('### Studio failed\n\n> Studio domain "d-one"');
    expect(core.summary.write).toHaveBeenCalledTimes(1);
  });

  it('waits and redoes the change when UpdateDomain is refused while the domain is Updating', async () => {
    const theirs = { ...OTHER, ImageName: 'theirs' };
    models.images.addImage('theirs');
    // Between this run's read and its write, another writer adds its entry and the domain is
    // Updating: the model refuses the write; two reads later the domain is InService again.
    afterAnswers('DescribeDomain', [
      undefined, // before writing anything
      (domainId) => {
        // the read of the read-modify-write
        setUserList([OTHER, theirs]);
        models.studio.setDomainStatus(domainId, 'Updating');
      },
      undefined, // after the refusal: Updating
      (domainId) => models.studio.setDomainStatus(domainId, 'InService'),
    ]);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const updates = sagemaker.commandCalls(UpdateDomainCommand).map((c) => c.args[0].input);
    expect(updates).toHaveLength(2);
    // Another team's entry, added meanwhile, is kept.
    expect(updates[1]?.DefaultUserSettings?.JupyterLabAppSettings?.CustomImages).toEqual([
      OTHER,
      theirs,
      MINE,
    ]);
    expect(userList()).toEqual([OTHER, theirs, MINE]);
  });

  it("fails with AWS's words when UpdateDomain is refused and the domain is InService", async () => {
    // Someone deletes the config between this run's create and its domain write.
    afterAnswers('DescribeDomain', [
      undefined,
      () => models.studio.dispatch('DeleteAppImageConfig', { AppImageConfigName: 'my-image' }),
    ]);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(1);
    expect(failure()).toMatch(
      /^UpdateDomain for Studio domain "d-one" in eu-west-1 failed: SageMaker refused to change the settings of the Studio domain "d-one": they list AppImageConfig "my-image", which no longer exists.*\(ValidationException: AppImageConfig my-image does not exist\.\)$/,
    );
    expect(userList()).toEqual([OTHER]);
  });

  it('in a dry run reads, prints the plan, and writes nothing', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent()).toEqual([
      ...VERSION_READS,
      'DescribeDomain',
      'ListUserProfiles',
      'DescribeAppImageConfig',
      'ListImageVersions',
    ]);
    const lines = infoLines();
    expect(lines).toContain(`CreateAppImageConfig ${JSON.stringify(DESIRED)}`);
    expect(lines).toContain(`  after:  ${JSON.stringify([OTHER, MINE])}`);
    expect(lines.some((l) => l.startsWith('UpdateDomain {"DomainId":"d-one"'))).toBe(true);
    expect(core.summary.text()).toContain('### SageMaker Studio (dry run: nothing was changed)');
    // One summary: the requests, then the Studio section, apart.
    expect(core.summary.text()).toMatch(
      /^### Dry run for SageMaker image my-image: nothing was changed\n/,
    );
    expect(core.summary.text()).toContain('</details>\n\n### SageMaker Studio (dry run');
    expect(lines).toContain('Dry run: nothing was changed. These requests would be sent:');
    expect(core.outputs()['app-image-config-arn']).toBeUndefined();
    expect(models.studio.appImageConfig('my-image')).toBeUndefined();
    expect(userList()).toEqual([OTHER]);
  });
});

describe('./studio, where it must stop', () => {
  it('fails on a refused CreateAppImageConfig instead of taking it for a lost race', async () => {
    // Scripted: a refusal for want of permission (the models grant every call).
    sagemaker.on(CreateAppImageConfigCommand).rejects(denied('sagemaker:CreateAppImageConfig'));
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(failure()).toContain('not allowed to call sagemaker:CreateAppImageConfig');
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(userList()).toEqual([OTHER]);
  });

  it('writes nothing when a domain list is full', async () => {
    const full = Array.from({ length: 200 }, (_, i) => ({ ...OTHER, ImageName: `other-${i}` }));
    resetStudioModels(INPUTS, full);
    await run(fakeClock());
    expect(failure()).toContain('already holds 200 images');
    expect(sent()).toEqual([...VERSION_READS, 'DescribeDomain']);
    expect(models.studio.appImageConfig('my-image')).toBeUndefined();
  });

  it('leaves a config of another app type alone, and writes nothing', async () => {
    const kernel = { KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3' }] } };
    models.studio.addAppImageConfig('my-image', kernel);
    await run(fakeClock());
    expect(failure()).toBe(
      'AppImageConfig "my-image" exists for KernelGateway, not JupyterLab; it is left as it is, and nothing was attached. Set `app-image-config-name` to another name.',
    );
    expect(writes()).toEqual([]);
    expect(models.studio.appImageConfig('my-image')).toEqual(kernel);
    expect(userList()).toEqual([OTHER]);
  });

  it.each([['CREATING'], ['CREATE_FAILED'], ['DELETING']] as const)(
    'releases no version that is %s, and writes nothing',
    async (status) => {
      resetStudioModels(INPUTS, [OTHER], { images: { versionDeletionMs: 60_000 } });
      models.images.addImage('my-image');
      for (const version of [1, 2, 3])
        models.images.addVersion('my-image', { baseImage: `team/my-image:${version}` });
      models.images.addVersion('my-image', {
        baseImage: 'team/my-image:4',
        status: status === 'DELETING' ? 'CREATED' : status,
      });
      if (status === 'DELETING')
        models.images.dispatch('DeleteImageVersion', { ImageName: 'my-image', Version: 4 });
      await run(fakeClock());
      expect(sent()).toEqual(VERSION_READS);
      expect(failure()).toBe(
        `Image my-image version 4 is ${status}: \`./studio\` releases only a CREATED version (Studio could not start any other). Release it after \`./\` waited for it (\`wait-for-created: true\`), or release another version. Nothing was changed.`,
      );
    },
  );

  it('releases no version described without a status, and writes nothing', async () => {
    // Scripted: SageMaker leaving the status out (the models always give one).
    sagemaker.on(DescribeImageVersionCommand).resolves({ Version: 4 });
    await run(fakeClock());
    expect(sent()).toEqual(VERSION_READS);
    expect(failure()).toBe(
      'Image my-image version 4 is without a status: `./studio` releases only a CREATED version (Studio could not start any other). Release it after `./` waited for it (`wait-for-created: true`), or release another version. Nothing was changed.',
    );
  });

  it.each([
    ['the image has no version 4', true],
    ['the image does not exist', false],
  ])(
    "says so when %s, not with ./'s advice (create-image), and writes nothing",
    async (_, imageExists) => {
      models.images.dispatch('DeleteImageVersion', { ImageName: 'my-image', Version: 4 });
      const image = imageExists ? 'my-image' : 'gone';
      core.reset({ ...INPUTS, 'image-version-arn': ARN.replace('my-image', image) });
      await run(fakeClock());
      expect(sent()).toEqual(VERSION_READS);
      expect(failure()).toMatch(
        new RegExp(
          `^Image ${image} version 4 does not exist in eu-west-1\\. Check \`image-version-arn\``,
        ),
      );
      expect(failure()).not.toContain('create-image');
    },
  );

  it('fails with the read error itself when the version cannot be read', async () => {
    // Scripted: a refusal for want of permission.
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .rejects(denied('sagemaker:DescribeImageVersion'));
    await run(fakeClock());
    expect(sent()).toEqual(VERSION_READS);
    expect(failure()).toContain('not allowed to call sagemaker:DescribeImageVersion');
  });

  it('reads the version under the name the image spells, not as its ARN holds it', async () => {
    // The ARN holds my-image; the image is My-Image.
    resetStudioModels(INPUTS, []);
    models.images.addImage('My-Image');
    for (const version of [1, 2, 3, 4])
      models.images.addVersion('My-Image', { baseImage: `team/my-image:${version}` });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(DescribeImageVersionCommand)[0]?.args[0].input.ImageName).toBe(
      'My-Image',
    );
    expect(
      sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input.DefaultUserSettings
        ?.JupyterLabAppSettings?.CustomImages,
    ).toEqual([{ ...MINE, ImageName: 'My-Image' }]);
    expect(userList()).toEqual([{ ...MINE, ImageName: 'My-Image' }]);
  });

  it('refuses a version of another region before any request', async () => {
    core.reset({ ...INPUTS, 'aws-region': 'us-east-1' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toBe(
      'Input `image-version-arn` names a version in eu-west-1, but this step works in us-east-1: Studio domains use images of their own region. Set `aws-region` to eu-west-1, or release a version registered in us-east-1. Nothing was sent to AWS.',
    );
  });

  it('lists every input problem at once, before any request', async () => {
    core.reset({ 'aws-region': 'eu-west-1' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(failure()).toBe(
      [
        'Invalid inputs; nothing was sent to AWS:',
        '- Input `image-version-arn` is required and was empty.',
        '- Input `domain-ids` is required and was empty.',
        '- Input `app-image-config` is required and was empty.',
      ].join('\n'),
    );
  });

  it('titles a real release as a change, not as a dry run', async () => {
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.summary.text()).toContain('### SageMaker Studio');
    expect(core.summary.text()).not.toContain('dry run');
    expect(core.info).toHaveBeenCalledWith(
      'Studio: updated d-one. Users get the image when they restart their app.',
    );
  });
});

describe('./studio, as its log tells it', () => {
  it('says what it found, created and changed, level by level', async () => {
    resetStudioModels(INPUTS, []);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(infoLines()).toEqual(
      expect.arrayContaining([
        'Studio domain d-one (team) is InService.',
        'AppImageConfig my-image does not exist yet: it will be created.',
        `Created AppImageConfig my-image: ${JSON.stringify(DESIRED)}`,
        'DefaultUserSettings.JupyterLabAppSettings: (none) → my-image, version 4, config my-image',
      ]),
    );
    expect(groups()).toEqual(
      expect.arrayContaining([
        'Check the Studio domains',
        'Create or update AppImageConfig my-image',
        'Attach my-image, version 4, config my-image to Studio domain d-one',
      ]),
    );
    expect(core.summary.text()).toContain(
      '| `DefaultUserSettings.JupyterLabAppSettings` | (none) | my-image, version 4, config my-image | changed |',
    );
  });

  it('writes nothing when the config and every domain are already right', async () => {
    resetStudioModels(INPUTS, [MINE]);
    givenTheConfig();
    // Scripted: a domain described without a name (the model always names one).
    sagemaker.on(DescribeDomainCommand).callsFake((input: object) => ({
      ...(byModels(DescribeDomainCommand)(input) as object),
      DomainName: undefined,
    }));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(infoLines()).toEqual(
      expect.arrayContaining([
        'Studio domain d-one (unnamed) is InService.',
        'AppImageConfig my-image exists.',
        'AppImageConfig my-image is already as wanted.',
        'DefaultUserSettings.JupyterLabAppSettings: already right',
        'Studio: every domain already had this entry; nothing was written.',
      ]),
    );
    expect(writes()).toEqual([]);
    expect(core.outputs()).toMatchObject({
      'app-image-config-arn': CONFIG_ARN,
      'domains-updated': '',
    });
  });

  it('outputs an empty ARN when SageMaker describes the config without one', async () => {
    resetStudioModels(INPUTS, [MINE]);
    givenTheConfig();
    // Scripted: a config described without its ARN (the model always gives it).
    sagemaker.on(DescribeAppImageConfigCommand).callsFake((input: object) => ({
      ...(byModels(DescribeAppImageConfigCommand)(input) as object),
      AppImageConfigArn: undefined,
    }));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['app-image-config-arn']).toBe('');
  });

  it('says it will update a config that differs, and outputs its ARN', async () => {
    resetStudioModels(
      { ...INPUTS, 'app-image-config': documentWith('    ContainerArguments: [--debug]\n') },
      [MINE],
    );
    givenTheConfig();
    // Scripted: the ARN UpdateAppImageConfig answers differs from the one described, so the
    // output is seen to come from the update's answer (the model answers the same ARN).
    sagemaker.on(UpdateAppImageConfigCommand).callsFake((input: object) => ({
      ...(byModels(UpdateAppImageConfigCommand)(input) as object),
      AppImageConfigArn: `${CONFIG_ARN}-updated`,
    }));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const desired = {
      AppImageConfigName: 'my-image',
      ...withContainer({ ContainerArguments: ['--debug'] }),
    };
    expect(infoLines()).toEqual(
      expect.arrayContaining([
        'AppImageConfig my-image exists and will be updated.',
        `Updated AppImageConfig my-image: ${JSON.stringify(desired)}`,
      ]),
    );
    expect(core.outputs()['app-image-config-arn']).toBe(`${CONFIG_ARN}-updated`);
    expect(models.studio.appImageConfig('my-image')).toEqual(
      withContainer({ ContainerArguments: ['--debug'] }),
    );
  });

  it('tells which domains it changed before a later domain fails', async () => {
    resetStudioModels({ ...INPUTS, 'domain-ids': 'd-one,d-two' }, []);
    models.studio.addDomain({ id: 'd-two' });
    // Scripted: a refusal for want of permission, on d-two only.
    sagemaker
      .on(UpdateDomainCommand, { DomainId: 'd-two' })
      .rejects(denied('sagemaker:UpdateDomain'));
    await run(fakeClock());
    expect(failure()).toContain('not allowed to call sagemaker:UpdateDomain');
    expect(core.outputs()['domains-updated']).toBe('d-one');
    expect(userList()).toEqual([MINE]);
    // Refused for want of permission: not a settling domain, so no read to see why.
    expect(sent().slice(-2)).toEqual(['DescribeDomain', 'UpdateDomain']);
    // One summary: Studio failed, after changing d-one.
    const summary = core.summary.text();
    expect(summary).toContain('### Studio failed');
    expect(summary).toContain('- Studio domains updated: d-one');
    expect(core.summary.write).toHaveBeenCalledTimes(1);
  });

  it('lists every domain it changed', async () => {
    resetStudioModels({ ...INPUTS, 'domain-ids': 'd-one,d-two' }, []);
    models.studio.addDomain({ id: 'd-two' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['domains-updated']).toBe('d-one,d-two');
    expect(core.info).toHaveBeenCalledWith(
      'Studio: updated d-one, d-two. Users get the image when they restart their app.',
    );
    expect(userList('d-one')).toEqual([MINE]);
    expect(models.studio.domainSettings('d-two').defaultUserSettings).toEqual({
      JupyterLabAppSettings: { CustomImages: [MINE] },
    });
  });

  it('says so when it writes a lost entry again', async () => {
    // Its first two writes are lost: another writer saves the list it read before.
    afterAnswers('UpdateDomain', [overwrittenWith([OTHER]), overwrittenWith([OTHER])]);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(3);
    expect(core.info).toHaveBeenCalledWith(
      "Studio domain d-one: this image's entry is missing or wrong after the update (another writer saved the settings from an older read); writing it again.",
    );
    expect(
      infoLines().filter((line) => line.startsWith('Studio domain d-one: this image')),
    ).toHaveLength(2);
    expect(userList()).toEqual([OTHER, MINE]);
  });

  it.each([
    ['ValidationException', 'Updating'],
    ['ResourceInUse', 'Updating'],
    ['ConflictException', undefined],
  ] as const)(
    'waits out a refusal (%s) while the domain is %s (no status: read again)',
    async (name, status) => {
      resetStudioModels(INPUTS, []);
      // Scripted: the refusal itself (each name SageMaker may give), once; and, for the case of
      // no status, the read after it without one. The model keeps the lists.
      sagemaker
        .on(UpdateDomainCommand)
        .rejectsOnce(serviceError(name, 'busy'))
        .callsFake(byModels(UpdateDomainCommand));
      const model = byModels(DescribeDomainCommand);
      sagemaker
        .on(DescribeDomainCommand)
        .callsFakeOnce(model) // before writing anything
        .callsFakeOnce(model) // the read of the read-modify-write
        .callsFakeOnce((input: object) => ({ ...(model(input) as object), Status: status })) // after the refusal
        .callsFake(model);
      await run(fakeClock());
      expect(core.info).toHaveBeenCalledWith(
        status === undefined
          ? `Studio domain d-one: UpdateDomain was refused (${name}) and the domain has no status now (gone, or being replaced); reading it again.`
          : `Studio domain d-one is ${status} (another update is under way), so UpdateDomain was refused; waiting for it.`,
      );
      expect(core.setFailed).not.toHaveBeenCalled();
      expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(2);
      expect(userList()).toEqual([MINE]);
    },
  );

  it('counts no write when a refused update finds the entry made by another run', async () => {
    resetStudioModels(INPUTS, []);
    // Scripted: every write refused as in use. Meanwhile the domain is Updating for another run,
    // which adds this very entry.
    sagemaker.on(UpdateDomainCommand).rejects(serviceError('ResourceInUse', 'busy'));
    afterAnswers('DescribeDomain', [
      undefined,
      (domainId) => models.studio.setDomainStatus(domainId, 'Updating'),
      (domainId) => {
        setUserList([MINE]);
        models.studio.setDomainStatus(domainId, 'InService');
      },
    ]);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['domains-updated']).toBe('');
    expect(userList()).toEqual([MINE]);
  });

  it('logs a status SageMaker left out as unknown while waiting, then stops', async () => {
    resetStudioModels(INPUTS, []);
    models.studio.setDomainStatus('d-one', 'Pending');
    // Scripted: SageMaker leaving the status out after the first read (the model always gives it).
    const model = byModels(DescribeDomainCommand);
    sagemaker
      .on(DescribeDomainCommand)
      .callsFakeOnce(model)
      .callsFake((input: object) => ({ ...(model(input) as object), Status: undefined }));
    await run(fakeClock());
    expect(core.info).toHaveBeenCalledWith('Studio domain d-one: unknown after 1.0 s');
    expect(failure()).toContain('Studio domain "d-one" is unknown');
  });

  it('reads a failed domain once and does not wait on it', async () => {
    models.studio.setDomainStatus('d-one', 'Failed');
    await run(fakeClock());
    expect(sent()).toEqual([...VERSION_READS, 'DescribeDomain']);
    expect(failure()).toContain('Studio domain "d-one" is Failed: SageMaker gave no reason.');
  });
});

describe('the AppImageConfig, when a write is refused', () => {
  it('does not read again after a refused create that is not a lost race', async () => {
    // Scripted: a refusal for want of permission.
    sagemaker.on(CreateAppImageConfigCommand).rejects(denied('sagemaker:CreateAppImageConfig'));
    await run(fakeClock());
    // The one read before anything was written.
    expect(sent().filter((name) => name === 'DescribeAppImageConfig')).toHaveLength(1);
  });

  it('fails on "in use" when updating a config it had read, without reading again', async () => {
    resetStudioModels({
      ...INPUTS,
      'app-image-config': documentWith('    ContainerArguments: [--debug]\n'),
    });
    givenTheConfig();
    // Scripted: an update refused as in use (the model has no config in use).
    sagemaker
      .on(UpdateAppImageConfigCommand)
      .rejects(new ResourceInUse({ message: 'Config is in use.', $metadata: {} }));
    await run(fakeClock());
    expect(failure()).toContain('Config is in use.');
    expect(sent().filter((name) => name === 'DescribeAppImageConfig')).toHaveLength(1);
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(models.studio.appImageConfig('my-image')).toEqual({
      JupyterLabAppImageConfig: DESIRED.JupyterLabAppImageConfig,
    });
    expect(userList()).toEqual([OTHER]);
  });

  it('fails with the create error when the config said to be in use still cannot be found', async () => {
    // Scripted: a create refused as in use while no such config can be described.
    sagemaker
      .on(CreateAppImageConfigCommand)
      .rejects(new ResourceInUse({ message: 'Name already in use.', $metadata: {} }));
    await run(fakeClock());
    expect(failure()).toContain('Name already in use.');
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)).toHaveLength(1);
    // The read before anything was written, and the one after the refusal.
    expect(sent().filter((name) => name === 'DescribeAppImageConfig')).toHaveLength(2);
    expect(userList()).toEqual([OTHER]);
  });
});

describe('./studio in a dry run', () => {
  const dryRunLines = (): string[] => {
    const lines = infoLines();
    return lines.slice(lines.findIndex((line) => line.startsWith('Dry run: nothing was changed')));
  };

  it('plans an update of a differing config, and shows its ARN', async () => {
    resetStudioModels(
      {
        ...INPUTS,
        'dry-run': 'true',
        'app-image-config': documentWith('    ContainerArguments: [--debug]\n'),
      },
      [],
    );
    givenTheConfig();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(infoLines()).toContain('AppImageConfig my-image exists and will be updated.');
    const planned = dryRunLines().filter((line) => /^[A-Z]\w+ \{/.test(line));
    expect(planned.map((line) => line.split(' ')[0])).toEqual([
      'UpdateAppImageConfig',
      'UpdateDomain',
    ]);
    expect(core.summary.text()).toContain(
      `AppImageConfig \`my-image\` (JupyterLab): would be updated, \`${CONFIG_ARN}\``,
    );
    expect(writes()).toEqual([]);
    expect(models.studio.appImageConfig('my-image')).toEqual({
      JupyterLabAppImageConfig: DESIRED.JupyterLabAppImageConfig,
    });
  });

  it('plans no request for a version already released, and shows the lists', async () => {
    resetStudioModels({ ...INPUTS, 'dry-run': 'true' }, [OTHER, MINE]);
    givenTheConfig();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(dryRunLines()).toEqual([
      'Dry run: nothing was changed, and a real run would send no request that changes anything.',
    ]);
    expect(infoLines()).toEqual(
      expect.arrayContaining([
        'Studio domain d-one, DefaultUserSettings.JupyterLabAppSettings.CustomImages:',
        `  before: ${JSON.stringify([OTHER, MINE])}`,
        `  after:  ${JSON.stringify([OTHER, MINE])} (unchanged)`,
      ]),
    );
  });

  it('plans an entry without a version number when not pinning, and warns', async () => {
    resetStudioModels({ ...INPUTS, 'dry-run': 'true', 'pin-version': 'false' }, []);
    givenTheConfig();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(infoLines()).toContain(`  after:  ${JSON.stringify([mine()])}`);
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/^`pin-version: false`: the domain entry names no version/),
    );
    expect(userList()).toEqual([]);
  });

  it('plans the release of an image ./ would create', async () => {
    resetStudioModels(
      { ...INPUTS, 'dry-run': 'true', aliases: 'stable', 'image-version-arn': NEW_IMAGE_ARN },
      [],
    );
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent().slice(0, 3)).toEqual([...VERSION_READS, 'DescribeDomain']);
    const planned = dryRunLines()
      .filter((line) => /^[A-Z]\w+ \{/.test(line))
      .map((line) => line.split(' ')[0]);
    expect(planned).toEqual(['CreateAppImageConfig', 'UpdateImageVersion', 'UpdateDomain']);
    expect(writes()).toEqual([]);
  });

  it('refuses a version that failed, as a real run would', async () => {
    resetStudioModels({ ...INPUTS, 'dry-run': 'true' });
    models.images.addImage('my-image');
    for (const version of [1, 2, 3])
      models.images.addVersion('my-image', { baseImage: `team/my-image:${version}` });
    models.images.addVersion('my-image', { baseImage: 'team/my-image:4', status: 'CREATE_FAILED' });
    await run(fakeClock());
    expect(sent()).toEqual(VERSION_READS);
    expect(failure()).toMatch(/^Image my-image version 4 is CREATE_FAILED: `\.\/studio` releases/);
  });

  it('fails on a refused read of the version rather than planning past it', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    // Scripted: a refusal for want of permission.
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .rejects(denied('sagemaker:DescribeImageVersion'));
    await run(fakeClock());
    expect(sent()).toEqual(VERSION_READS);
    expect(failure()).toContain('not allowed to call sagemaker:DescribeImageVersion');
  });

  it('plans a version that ./ would create (not there yet), and the aliases it would place', async () => {
    resetStudioModels({ ...INPUTS, 'dry-run': 'true', aliases: 'stable' });
    models.images.dispatch('DeleteImageVersion', { ImageName: 'my-image', Version: 4 });
    givenTheConfig();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const planned = dryRunLines().filter((line) => /^[A-Z]\w+ \{/.test(line));
    expect(planned).toEqual([
      `UpdateImageVersion ${JSON.stringify({ ImageName: 'my-image', Version: 4, AliasesToAdd: ['stable'] })}`,
      expect.stringMatching(/^UpdateDomain /),
    ]);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
    expect(models.images.versionsOf('my-image').map((v) => v.aliases)).toEqual([[], [], []]);
  });
});
