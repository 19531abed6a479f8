// Orchestration of `./studio` (src/studio/main.ts): the version proved CREATED, every domain read,
// the AppImageConfig created or updated as the `app-image-config` document says, each domain's list
// changed by read-modify-write, and what the log, outputs and summary say; with @actions/core and
// the SDK mocked, and an injected clock, so waits take no time.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAppImageConfigCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  ResourceInUse,
  UpdateAppImageConfigCommand,
  UpdateDomainCommand,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  CONFIG_ARN,
  failure,
  listed,
  notFound,
  OTHER,
  sagemaker,
  serviceError,
} from '../../__fixtures__/orchestration.js';
import {
  DESIRED,
  DOCUMENT,
  domain,
  FILE_SYSTEM,
  INPUTS,
  MINE,
  mine,
  resetStudioRun,
  sent,
  VERSION_READS,
} from '../../__fixtures__/studio-release.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/studio/main.js');

/** No AppImageConfig yet, version 4 the image's newest, and UpdateDomain accepted. */
function givenAFirstRelease(): void {
  sagemaker.on(DescribeAppImageConfigCommand).rejects(notFound());
  sagemaker.on(CreateAppImageConfigCommand).resolves({ AppImageConfigArn: CONFIG_ARN });
  sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
  sagemaker.on(UpdateDomainCommand).resolves({});
}

/** The domain without this image until the update (the check and the read before it), with it after. */
function givenTheDomainTakesTheEntry(): void {
  sagemaker
    .on(DescribeDomainCommand)
    .resolvesOnce(domain([OTHER]))
    .resolvesOnce(domain([OTHER]))
    .resolves(domain([OTHER, MINE]));
}

/** A config member with `extra` beside the document's file system settings. */
const withContainer = (ContainerConfig: object) => ({
  AppImageConfigArn: CONFIG_ARN,
  JupyterLabAppImageConfig: { FileSystemConfig: FILE_SYSTEM, ContainerConfig },
});
const CONFIG = { AppImageConfigArn: CONFIG_ARN, ...DESIRED };
/** INPUTS' document with a ContainerConfig (YAML, indented under the member). */
const documentWith = (containerYaml: string): string =>
  `${DOCUMENT}  ContainerConfig:\n${containerYaml}`;
const infoLines = (): string[] => core.info.mock.calls.map(([line]) => line);
const groups = (): string[] => core.group.mock.calls.map(([name]) => name);
const denied = (action: string): Error =>
  serviceError(
    'AccessDeniedException',
    `User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: ${action}`,
  );

beforeEach(() => resetStudioRun());

describe('./studio', () => {
  it('proves the version CREATED, reads the domain, makes the config, then attaches and checks it stayed', async () => {
    givenAFirstRelease();
    givenTheDomainTakesTheEntry();
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent()).toEqual([
      ...VERSION_READS,
      'DescribeDomain',
      // Its user profiles: those with a list of their own do not see the domain's.
      'ListUserProfiles',
      'DescribeAppImageConfig',
      'DescribeAppImageConfig',
      'CreateAppImageConfig',
      // The image's newest version: a pin never goes below it (newest wins).
      'ListImageVersions',
      'DescribeDomain',
      'UpdateDomain',
      'DescribeDomain',
    ]);
    // What the document says is what is sent.
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)[0]?.args[0].input).toEqual(DESIRED);
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: {
        JupyterLabAppSettings: { CustomImages: [OTHER, MINE], LifecycleConfigArns: ['arn:lc'] },
      },
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
    givenAFirstRelease();
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([], 'Pending'))
      .resolvesOnce(domain([], 'Pending'))
      .resolvesOnce(domain([], 'Updating'))
      .resolvesOnce(domain([]))
      .resolvesOnce(domain([]))
      .resolves(domain([MINE]));
    const clock = fakeClock();
    await run(clock);
    expect(core.setFailed).not.toHaveBeenCalled();
    // 1 s, 2.5 s, 2.5 s: the domain's three polls; nothing else waits.
    expect(clock.sleeps).toEqual([1000, 2500, 2500]);
    expect(core.info).toHaveBeenCalledWith(
      'Studio domain d-one is Pending: waiting for InService.',
    );
    expect(core.info).toHaveBeenCalledWith('Studio domain d-one: Updating after 3.5 s');
  });

  it.each(['Failed', 'Update_Failed', 'Deleting', 'Delete_Failed'])(
    'writes nothing when a domain is %s',
    async (status) => {
      givenAFirstRelease();
      sagemaker
        .on(DescribeDomainCommand)
        .resolves({ ...domain([], status), FailureReason: 'Subnet gone' });
      await run(fakeClock());
      expect(sent()).toEqual([...VERSION_READS, 'DescribeDomain']);
      expect(failure()).toBe(
        `Studio domain "d-one" is ${status}: Subnet gone. Nothing was attached to it; fix the domain (or remove it from \`domain-ids\`) and re-run.`,
      );
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
      core.reset({ ...INPUTS, 'app-image-config': 'studio/lab.yaml' });
      givenAFirstRelease();
      sagemaker
        .on(DescribeDomainCommand)
        .resolvesOnce(domain([]))
        .resolvesOnce(domain([]))
        .resolves(domain([{ ...MINE, AppImageConfigName: 'team-lab' }]));
      await run(fakeClock());
    } finally {
      process.env.GITHUB_WORKSPACE = saved;
      rmSync(workspace, { recursive: true, force: true });
    }
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)[0]?.args[0].input).toEqual({
      AppImageConfigName: 'team-lab',
      JupyterLabAppImageConfig: {
        FileSystemConfig: FILE_SYSTEM,
        ContainerConfig: { ContainerArguments: ['--debug'] },
      },
    });
    expect(
      sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input.DefaultUserSettings
        ?.JupyterLabAppSettings?.CustomImages,
    ).toEqual([{ ...MINE, AppImageConfigName: 'team-lab' }]);
  });

  it('takes the app type from the document: a KernelGateway config, both levels by default', async () => {
    const kernel = [
      'KernelGatewayImageConfig:',
      '  KernelSpecs:',
      '    - Name: python3',
      '      DisplayName: Python 3',
      '',
    ].join('\n');
    core.reset({ ...INPUTS, 'app-image-config': kernel, 'settings-levels': '' });
    givenAFirstRelease();
    const kernelDomain = (images: (typeof OTHER)[]) => ({
      DomainId: 'd-one',
      Status: 'InService' as const,
      DefaultUserSettings: { KernelGatewayAppSettings: { CustomImages: images } },
      DefaultSpaceSettings: { KernelGatewayAppSettings: { CustomImages: images } },
    });
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(kernelDomain([OTHER]))
      .resolvesOnce(kernelDomain([OTHER]))
      .resolves(kernelDomain([OTHER, MINE]));
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
  });

  it('with pin-version false writes an entry without a version, warns, and reads no newest version', async () => {
    core.reset({ ...INPUTS, 'pin-version': 'false' });
    givenAFirstRelease();
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([OTHER]))
      .resolvesOnce(domain([OTHER]))
      .resolves(domain([OTHER, mine()]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(
      sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input.DefaultUserSettings
        ?.JupyterLabAppSettings?.CustomImages,
    ).toEqual([OTHER, mine()]);
    expect(sent()).not.toContain('ListImageVersions');
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/^`pin-version: false`: the domain entry names no version/),
    );
  });

  it('goes on with the AppImageConfig another run created first', async () => {
    givenAFirstRelease();
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .rejectsOnce(notFound())
      .rejectsOnce(notFound())
      .resolves(CONFIG);
    sagemaker.on(CreateAppImageConfigCommand).rejects(
      new ResourceInUse({
        message: 'The ID or Name specified is already in use.',
        $metadata: {},
      }),
    );
    sagemaker.on(DescribeDomainCommand).resolves(domain([MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateAppImageConfigCommand)).toHaveLength(0);
    expect(core.outputs()['app-image-config-arn']).toBe(CONFIG_ARN);
    expect(core.info).toHaveBeenCalledWith(
      'AppImageConfig my-image was created meanwhile by another run; reading it again.',
    );
  });

  it('updates the AppImageConfig only when it differs in meaning', async () => {
    const environment = documentWith(
      '    ContainerEnvironmentVariables:\n      B: "2"\n      A: "1"\n',
    );
    core.reset({ ...INPUTS, 'app-image-config': environment });
    givenAFirstRelease();
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .resolves(withContainer({ ContainerEnvironmentVariables: { A: '1', B: '2' } }));
    sagemaker.on(DescribeDomainCommand).resolves(domain([MINE]));
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateAppImageConfigCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(core.outputs()['domains-updated']).toBe('');

    resetStudioRun({ ...INPUTS, 'app-image-config': environment });
    givenAFirstRelease();
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .resolves(withContainer({ ContainerEnvironmentVariables: { A: '1', B: '3' } }));
    sagemaker.on(UpdateAppImageConfigCommand).resolves({ AppImageConfigArn: CONFIG_ARN });
    sagemaker.on(DescribeDomainCommand).resolves(domain([MINE]));
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateAppImageConfigCommand)[0]?.args[0].input).toEqual({
      AppImageConfigName: 'my-image',
      JupyterLabAppImageConfig: {
        FileSystemConfig: FILE_SYSTEM,
        ContainerConfig: { ContainerEnvironmentVariables: { B: '2', A: '1' } },
      },
    });
  });

  it('redoes a lost update a bounded number of times, then says why it stopped', async () => {
    givenAFirstRelease();
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
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
    givenAFirstRelease();
    const theirs = { ...OTHER, ImageName: 'theirs' };
    sagemaker
      .on(UpdateDomainCommand)
      .rejectsOnce(serviceError('ValidationException', 'Domain is in Updating state'))
      .resolves({});
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([OTHER])) // before writing anything
      .resolvesOnce(domain([OTHER])) // the read of the read-modify-write
      .resolvesOnce(domain([OTHER, theirs], 'Updating')) // after the refusal
      .resolvesOnce(domain([OTHER, theirs], 'Updating'))
      .resolvesOnce(domain([OTHER, theirs]))
      .resolves(domain([OTHER, theirs, MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const updates = sagemaker.commandCalls(UpdateDomainCommand).map((c) => c.args[0].input);
    // Another team's entry, added meanwhile, is kept.
    expect(updates[1]?.DefaultUserSettings?.JupyterLabAppSettings?.CustomImages).toEqual([
      OTHER,
      theirs,
      MINE,
    ]);
  });

  it("fails with AWS's words when UpdateDomain is refused and the domain is InService", async () => {
    givenAFirstRelease();
    sagemaker
      .on(UpdateDomainCommand)
      .rejects(serviceError('ValidationException', 'AppImageConfig my-image does not exist.'));
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(1);
    expect(failure()).toMatch(
      /^UpdateDomain for Studio domain "d-one" in eu-west-1 failed: SageMaker refused to change the settings of the Studio domain "d-one": they list AppImageConfig "my-image", which no longer exists.*\(ValidationException: AppImageConfig my-image does not exist\.\)$/,
    );
  });

  it('in a dry run reads, prints the plan, and writes nothing', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    sagemaker.on(DescribeAppImageConfigCommand).rejects(notFound());
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
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
  });
});

describe('./studio, where it must stop', () => {
  it('fails on a refused CreateAppImageConfig instead of taking it for a lost race', async () => {
    givenAFirstRelease();
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    sagemaker.on(CreateAppImageConfigCommand).rejects(denied('sagemaker:CreateAppImageConfig'));
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(failure()).toContain('not allowed to call sagemaker:CreateAppImageConfig');
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
  });

  it('writes nothing when a domain list is full', async () => {
    givenAFirstRelease();
    const full = Array.from({ length: 200 }, (_, i) => ({ ...OTHER, ImageName: `other-${i}` }));
    sagemaker.on(DescribeDomainCommand).resolves(domain(full));
    await run(fakeClock());
    expect(failure()).toContain('already holds 200 images');
    expect(sent()).toEqual([...VERSION_READS, 'DescribeDomain']);
  });

  it('leaves a config of another app type alone, and writes nothing', async () => {
    givenAFirstRelease();
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    sagemaker.on(DescribeAppImageConfigCommand).resolves({
      AppImageConfigArn: CONFIG_ARN,
      KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3' }] },
    });
    await run(fakeClock());
    expect(failure()).toBe(
      'AppImageConfig "my-image" exists for KernelGateway, not JupyterLab; it is left as it is, and nothing was attached. Set `app-image-config-name` to another name.',
    );
    expect(sent().filter((op) => !/^(Describe|List)/.test(op))).toEqual([]);
  });

  it.each([['CREATING'], ['CREATE_FAILED'], ['DELETING'], [undefined]])(
    'releases no version that is %s (undefined: no status), and writes nothing',
    async (status) => {
      sagemaker
        .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
        .resolves({ ImageVersionStatus: status as 'CREATED' | undefined });
      await run(fakeClock());
      expect(sent()).toEqual(VERSION_READS);
      expect(failure()).toBe(
        `Image my-image version 4 is ${status ?? 'without a status'}: \`./studio\` releases only a CREATED version (Studio could not start any other). Release it after \`./\` waited for it (\`wait-for-created: true\`), or release another version. Nothing was changed.`,
      );
    },
  );

  it.each([
    ['the image has no version 4', true],
    ['the image does not exist', false],
  ])(
    "says so when %s, not with ./'s advice (create-image), and writes nothing",
    async (_, imageExists) => {
      if (!imageExists) sagemaker.on(DescribeImageCommand).rejects(notFound());
      sagemaker
        .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
        .rejects(notFound());
      await run(fakeClock());
      expect(sent()).toEqual(VERSION_READS);
      expect(failure()).toMatch(
        /^Image my-image version 4 does not exist in eu-west-1\. Check `image-version-arn`/,
      );
      expect(failure()).not.toContain('create-image');
    },
  );

  it('fails with the read error itself when the version cannot be read', async () => {
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .rejects(denied('sagemaker:DescribeImageVersion'));
    await run(fakeClock());
    expect(sent()).toEqual(VERSION_READS);
    expect(failure()).toContain('not allowed to call sagemaker:DescribeImageVersion');
  });

  it('reads the version under the name the image spells, not as its ARN holds it', async () => {
    // The ARN holds my-image; the image is My-Image.
    sagemaker
      .on(DescribeImageCommand, { ImageName: 'my-image' })
      .resolves({ ImageName: 'My-Image', ImageStatus: 'CREATED' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'My-Image', Version: 4 })
      .resolves({ ImageVersionStatus: 'CREATED' });
    givenAFirstRelease();
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([]))
      .resolvesOnce(domain([]))
      .resolves(domain([{ ...MINE, ImageName: 'My-Image' }]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(
      sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input.DefaultUserSettings
        ?.JupyterLabAppSettings?.CustomImages,
    ).toEqual([{ ...MINE, ImageName: 'My-Image' }]);
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
    givenAFirstRelease();
    givenTheDomainTakesTheEntry();
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
    givenAFirstRelease();
    givenTheDomainTakesTheEntry();
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
    givenAFirstRelease();
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    sagemaker.on(DescribeDomainCommand).resolves({ ...domain([MINE]), DomainName: undefined });
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
    expect(sent().filter((op) => !/^(Describe|List)/.test(op))).toEqual([]);
    expect(core.outputs()).toMatchObject({
      'app-image-config-arn': CONFIG_ARN,
      'domains-updated': '',
    });
  });

  it('outputs an empty ARN when SageMaker describes the config without one', async () => {
    givenAFirstRelease();
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .resolves({ ...CONFIG, AppImageConfigArn: undefined });
    sagemaker.on(DescribeDomainCommand).resolves(domain([MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['app-image-config-arn']).toBe('');
  });

  it('says it will update a config that differs, and outputs its ARN', async () => {
    core.reset({
      ...INPUTS,
      'app-image-config': documentWith('    ContainerArguments: [--debug]\n'),
    });
    givenAFirstRelease();
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    sagemaker
      .on(UpdateAppImageConfigCommand)
      .resolves({ AppImageConfigArn: `${CONFIG_ARN}-updated` });
    sagemaker.on(DescribeDomainCommand).resolves(domain([MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const desired = {
      AppImageConfigName: 'my-image',
      JupyterLabAppImageConfig: {
        FileSystemConfig: FILE_SYSTEM,
        ContainerConfig: { ContainerArguments: ['--debug'] },
      },
    };
    expect(infoLines()).toEqual(
      expect.arrayContaining([
        'AppImageConfig my-image exists and will be updated.',
        `Updated AppImageConfig my-image: ${JSON.stringify(desired)}`,
      ]),
    );
    expect(core.outputs()['app-image-config-arn']).toBe(`${CONFIG_ARN}-updated`);
  });

  it('tells which domains it changed before a later domain fails', async () => {
    core.reset({ ...INPUTS, 'domain-ids': 'd-one,d-two' });
    givenAFirstRelease();
    sagemaker
      .on(DescribeDomainCommand, { DomainId: 'd-one' })
      .resolvesOnce(domain([]))
      .resolvesOnce(domain([]))
      .resolves(domain([MINE]));
    sagemaker
      .on(DescribeDomainCommand, { DomainId: 'd-two' })
      .resolves({ ...domain([]), DomainId: 'd-two' });
    sagemaker
      .on(UpdateDomainCommand, { DomainId: 'd-two' })
      .rejects(denied('sagemaker:UpdateDomain'));
    await run(fakeClock());
    expect(failure()).toContain('not allowed to call sagemaker:UpdateDomain');
    expect(core.outputs()['domains-updated']).toBe('d-one');
    // Refused for want of permission: not a settling domain, so no read to see why.
    expect(sent().slice(-2)).toEqual(['DescribeDomain', 'UpdateDomain']);
    // One summary: Studio failed, after changing d-one.
    const summary = core.summary.text();
    expect(summary).toContain('### Studio failed');
    expect(summary).toContain('- Studio domains updated: d-one');
    expect(core.summary.write).toHaveBeenCalledTimes(1);
  });

  it('lists every domain it changed', async () => {
    core.reset({ ...INPUTS, 'domain-ids': 'd-one,d-two' });
    givenAFirstRelease();
    for (const DomainId of ['d-one', 'd-two']) {
      sagemaker
        .on(DescribeDomainCommand, { DomainId })
        .resolvesOnce({ ...domain([]), DomainId })
        .resolvesOnce({ ...domain([]), DomainId })
        .resolves({ ...domain([MINE]), DomainId });
    }
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['domains-updated']).toBe('d-one,d-two');
    expect(core.info).toHaveBeenCalledWith(
      'Studio: updated d-one, d-two. Users get the image when they restart their app.',
    );
  });

  it('says so when it writes a lost entry again', async () => {
    givenAFirstRelease();
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([OTHER])) // before writing anything
      .resolvesOnce(domain([OTHER])) // the read of the read-modify-write
      .resolvesOnce(domain([OTHER])) // after the first write: lost
      .resolvesOnce(domain([OTHER])) // after the second: lost again
      .resolves(domain([OTHER, MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(3);
    expect(core.info).toHaveBeenCalledWith(
      "Studio domain d-one: this image's entry is missing or wrong after the update (another writer saved the settings from an older read); writing it again.",
    );
    expect(
      infoLines().filter((line) => line.startsWith('Studio domain d-one: this image')),
    ).toHaveLength(2);
  });

  it.each([
    ['ValidationException', 'Updating'],
    ['ResourceInUse', 'Updating'],
    ['ConflictException', undefined],
  ])(
    'waits out a refusal (%s) while the domain is %s (no status: unknown)',
    async (name, status) => {
      givenAFirstRelease();
      sagemaker.on(UpdateDomainCommand).rejectsOnce(serviceError(name, 'busy')).resolves({});
      sagemaker
        .on(DescribeDomainCommand)
        .resolvesOnce(domain([])) // before writing anything
        .resolvesOnce(domain([])) // the read of the read-modify-write
        .resolvesOnce({ ...domain([]), Status: status as 'Updating' }) // after the refusal
        .resolvesOnce(domain([]))
        .resolves(domain([MINE]));
      await run(fakeClock());
      expect(core.info).toHaveBeenCalledWith(
        `Studio domain d-one is ${status ?? 'unknown'} (another update is under way), so UpdateDomain was refused; waiting for it.`,
      );
      expect(core.setFailed).not.toHaveBeenCalled();
      expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(2);
    },
  );

  it('counts no write when a refused update finds the entry made by another run', async () => {
    givenAFirstRelease();
    sagemaker.on(UpdateDomainCommand).rejects(serviceError('ResourceInUse', 'busy'));
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([]))
      .resolvesOnce(domain([]))
      .resolvesOnce(domain([], 'Updating'))
      .resolves(domain([MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['domains-updated']).toBe('');
  });

  it('logs a status SageMaker left out as unknown while waiting, then stops', async () => {
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([], 'Pending'))
      .resolves({ ...domain([]), Status: undefined });
    await run(fakeClock());
    expect(core.info).toHaveBeenCalledWith('Studio domain d-one: unknown after 1.0 s');
    expect(failure()).toContain('Studio domain "d-one" is unknown');
  });

  it('reads a failed domain once and does not wait on it', async () => {
    sagemaker.on(DescribeDomainCommand).resolves(domain([], 'Failed'));
    await run(fakeClock());
    expect(sent()).toEqual([...VERSION_READS, 'DescribeDomain']);
    expect(failure()).toContain('Studio domain "d-one" is Failed: SageMaker gave no reason.');
  });
});

describe('the AppImageConfig, when a write is refused', () => {
  it('does not read again after a refused create that is not a lost race', async () => {
    givenAFirstRelease();
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    sagemaker.on(CreateAppImageConfigCommand).rejects(denied('sagemaker:CreateAppImageConfig'));
    await run(fakeClock());
    expect(sent().filter((name) => name === 'DescribeAppImageConfig')).toHaveLength(2);
  });

  it('fails on "in use" when updating a config it had read, without reading again', async () => {
    core.reset({
      ...INPUTS,
      'app-image-config': documentWith('    ContainerArguments: [--debug]\n'),
    });
    givenAFirstRelease();
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    sagemaker
      .on(UpdateAppImageConfigCommand)
      .rejects(new ResourceInUse({ message: 'Config is in use.', $metadata: {} }));
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    await run(fakeClock());
    expect(failure()).toContain('Config is in use.');
    expect(sent().filter((name) => name === 'DescribeAppImageConfig')).toHaveLength(2);
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
  });

  it('fails with the create error when the config said to be in use still cannot be found', async () => {
    givenAFirstRelease();
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    sagemaker
      .on(CreateAppImageConfigCommand)
      .rejects(new ResourceInUse({ message: 'Name already in use.', $metadata: {} }));
    await run(fakeClock());
    expect(failure()).toContain('Name already in use.');
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)).toHaveLength(1);
    expect(sent().filter((name) => name === 'DescribeAppImageConfig')).toHaveLength(3);
  });
});

describe('./studio in a dry run', () => {
  const dryRunLines = (): string[] => {
    const lines = infoLines();
    return lines.slice(lines.findIndex((line) => line.startsWith('Dry run: nothing was changed')));
  };

  it('plans an update of a differing config, and shows its ARN', async () => {
    core.reset({
      ...INPUTS,
      'dry-run': 'true',
      'app-image-config': documentWith('    ContainerArguments: [--debug]\n'),
    });
    sagemaker.on(DescribeDomainCommand).resolves(domain([]));
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
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
  });

  it('plans no request for a version already released, and shows the lists', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER, MINE]));
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
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
    core.reset({ ...INPUTS, 'dry-run': 'true', 'pin-version': 'false' });
    sagemaker.on(DescribeDomainCommand).resolves(domain([]));
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(infoLines()).toContain(`  after:  ${JSON.stringify([mine()])}`);
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/^`pin-version: false`: the domain entry names no version/),
    );
  });

  it('plans the release of an image ./ would create', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true', aliases: 'stable' });
    sagemaker.on(DescribeImageCommand).rejects(notFound());
    sagemaker.on(DescribeImageVersionCommand).rejects(notFound());
    sagemaker.on(ListImageVersionsCommand).rejects(notFound());
    sagemaker.on(DescribeDomainCommand).resolves(domain([]));
    sagemaker.on(DescribeAppImageConfigCommand).rejects(notFound());
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent().slice(0, 3)).toEqual([...VERSION_READS, 'DescribeDomain']);
    const planned = dryRunLines()
      .filter((line) => /^[A-Z]\w+ \{/.test(line))
      .map((line) => line.split(' ')[0]);
    expect(planned).toEqual(['CreateAppImageConfig', 'UpdateImageVersion', 'UpdateDomain']);
  });

  it('refuses a version that failed, as a real run would', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .resolves({ ImageVersionStatus: 'CREATE_FAILED' });
    await run(fakeClock());
    expect(sent()).toEqual(VERSION_READS);
    expect(failure()).toMatch(/^Image my-image version 4 is CREATE_FAILED: `\.\/studio` releases/);
  });

  it('fails on a refused read of the version rather than planning past it', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .rejects(denied('sagemaker:DescribeImageVersion'));
    await run(fakeClock());
    expect(sent()).toEqual(VERSION_READS);
    expect(failure()).toContain('not allowed to call sagemaker:DescribeImageVersion');
  });

  it('plans a version that ./ would create (not there yet), and the aliases it would place', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true', aliases: 'stable' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .rejects(notFound());
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .rejects(notFound());
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const planned = dryRunLines().filter((line) => /^[A-Z]\w+ \{/.test(line));
    expect(planned).toEqual([
      `UpdateImageVersion ${JSON.stringify({ ImageName: 'my-image', Version: 4, AliasesToAdd: ['stable'] })}`,
      expect.stringMatching(/^UpdateDomain /),
    ]);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
  });
});
