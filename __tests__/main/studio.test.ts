// Orchestration of the Studio step: the flow in main.ts with @actions/core, @actions/github and the
// SDK mocked, and an injected clock, so waits take no time.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateAppImageConfigCommand,
  CreateImageVersionCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  ListUserProfilesCommand,
  ResourceInUse,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
  UpdateAppImageConfigCommand,
  UpdateDomainCommand,
  type CustomImage,
  type DescribeDomainResponse,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import { ARN, BASE_IMAGE, listed } from '../../__fixtures__/image-version.js';

jest.unstable_mockModule('@actions/core', () => core);
// The run's identity, as the runner gives it.
process.env.GITHUB_SHA = '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c';
process.env.GITHUB_RUN_ID = '42';
process.env.GITHUB_RUN_ATTEMPT = '1';
const { run } = await import('../../src/register/main.js');

const sagemaker = mockClient(SageMakerClient);
const CONFIG_ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:app-image-config/my-image';
const INPUTS = {
  'image-name': 'my-image',
  'base-image': BASE_IMAGE,
  'aws-region': 'eu-west-1',
  'studio-domain-ids': 'd-one',
  'studio-settings-levels': 'user',
  preflight: 'off',
};
const OTHER: CustomImage = { ImageName: 'other', AppImageConfigName: 'other' };
const MINE: CustomImage = {
  ImageName: 'my-image',
  AppImageConfigName: 'my-image',
  ImageVersionNumber: 4,
};
const FILE_SYSTEM = { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 };

const domain = (images: CustomImage[], status = 'InService'): DescribeDomainResponse => ({
  DomainId: 'd-one',
  DomainName: 'team',
  Status: status as 'InService',
  DefaultUserSettings: {
    ExecutionRole: 'arn:aws:iam::123456789012:role/Studio',
    JupyterLabAppSettings: { CustomImages: images, LifecycleConfigArns: ['arn:lc'] },
  },
});
const serviceError = (name: string, message: string): Error =>
  new SageMakerServiceException({
    name,
    $fault: 'client',
    message,
    $metadata: { httpStatusCode: 400 },
  });
/** The SDK commands sent, by name, in order. */
const sent = (): string[] =>
  sagemaker.calls().map((c) => (c.args[0] as object).constructor.name.replace(/Command$/, ''));
const failure = (): string => String(core.setFailed.mock.calls[0]?.[0]);

/** A version that is CREATED at once, no AppImageConfig yet, and UpdateDomain accepted. */
function givenAFirstAttach(): void {
  sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
  sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
  sagemaker
    .on(DescribeAppImageConfigCommand)
    .rejects(new ResourceNotFound({ message: 'Cannot find', $metadata: {} }));
  sagemaker.on(CreateAppImageConfigCommand).resolves({ AppImageConfigArn: CONFIG_ARN });
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

/** skip-if-unchanged finds version 4, CREATED from this base image. */
function givenVersionFourHasThisBaseImage(): void {
  sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4)] });
  sagemaker.on(DescribeImageVersionCommand).resolves({
    ImageVersionArn: ARN,
    ImageVersionStatus: 'CREATED',
    BaseImage: INPUTS['base-image'],
    Version: 4,
  });
}

beforeEach(() => {
  process.env.GITHUB_STEP_SUMMARY = 'summary.md';
  sagemaker.reset();
  // No user profiles unless a test gives some (profiles.test.ts does).
  sagemaker.on(ListUserProfilesCommand).resolves({ UserProfiles: [] });
  core.reset(INPUTS);
});

describe('the Studio step', () => {
  it('reads the domain before creating, then attaches once CREATED and checks it stayed', async () => {
    givenAFirstAttach();
    givenTheDomainTakesTheEntry();
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent()).toEqual([
      'DescribeDomain',
      // Its user profiles: those with a list of their own do not see the domain's.
      'ListUserProfiles',
      'DescribeAppImageConfig',
      'CreateImageVersion',
      'DescribeImageVersion',
      'DescribeAppImageConfig',
      'CreateAppImageConfig',
      // The image's newest version: a pin never goes below it (newest wins).
      'ListImageVersions',
      'DescribeDomain',
      'UpdateDomain',
      'DescribeDomain',
    ]);
    expect(sagemaker.commandCalls(CreateAppImageConfigCommand)[0]?.args[0].input).toEqual({
      AppImageConfigName: 'my-image',
      JupyterLabAppImageConfig: { FileSystemConfig: FILE_SYSTEM },
    });
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: {
        JupyterLabAppSettings: { CustomImages: [OTHER, MINE], LifecycleConfigArns: ['arn:lc'] },
      },
    });
    expect(core.outputs()).toMatchObject({
      'app-image-config-arn': CONFIG_ARN,
      'studio-domains-updated': 'd-one',
    });
    expect(core.summary.text()).toContain('### SageMaker Studio');
  });

  it('waits out a Pending, then Updating domain on the poll schedule', async () => {
    givenAFirstAttach();
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
    // 1 s, 2.5 s, 2.5 s: the domain's three polls; then 1 s before the version's first check.
    expect(clock.sleeps).toEqual([1000, 2500, 2500, 1000]);
    expect(core.info).toHaveBeenCalledWith(
      'Studio domain d-one is Pending: waiting for InService.',
    );
    expect(core.info).toHaveBeenCalledWith('Studio domain d-one: Updating after 3.5 s');
  });

  it.each(['Failed', 'Update_Failed', 'Deleting', 'Delete_Failed'])(
    'stops before creating a version when a domain is %s',
    async (status) => {
      sagemaker
        .on(DescribeDomainCommand)
        .resolves({ ...domain([], status), FailureReason: 'Subnet gone' });
      await run(fakeClock());
      expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
      expect(failure()).toBe(
        `Studio domain "d-one" is ${status}: Subnet gone. Nothing was attached to it; fix the domain (or remove it from \`studio-domain-ids\`) and re-run.`,
      );
    },
  );

  it('needs wait-for-created', async () => {
    core.reset({ ...INPUTS, 'wait-for-created': 'false' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toContain('`studio-domain-ids` needs `wait-for-created: true`');
  });

  it('goes on with the AppImageConfig another run created first', async () => {
    givenAFirstAttach();
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .rejectsOnce(new ResourceNotFound({ message: 'no', $metadata: {} }))
      .rejectsOnce(new ResourceNotFound({ message: 'no', $metadata: {} }))
      .resolves({
        AppImageConfigArn: CONFIG_ARN,
        JupyterLabAppImageConfig: { FileSystemConfig: FILE_SYSTEM },
      });
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
    core.reset({ ...INPUTS, 'container-environment': 'B=2\nA=1' });
    givenAFirstAttach();
    const existing = (env: Record<string, string>) => ({
      AppImageConfigArn: CONFIG_ARN,
      JupyterLabAppImageConfig: {
        FileSystemConfig: FILE_SYSTEM,
        ContainerConfig: { ContainerEnvironmentVariables: env },
      },
    });
    sagemaker.on(DescribeAppImageConfigCommand).resolves(existing({ A: '1', B: '2' }));
    sagemaker.on(DescribeDomainCommand).resolves(domain([MINE]));
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateAppImageConfigCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(core.outputs()['studio-domains-updated']).toBe('');

    sagemaker.reset();
    sagemaker.on(ListUserProfilesCommand).resolves({ UserProfiles: [] });
    core.reset({ ...INPUTS, 'container-environment': 'B=2\nA=1' });
    givenAFirstAttach();
    sagemaker.on(DescribeAppImageConfigCommand).resolves(existing({ A: '1', B: '3' }));
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
    givenAFirstAttach();
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(5);
    expect(failure()).toBe(
      'Studio domain "d-one": other writers overwrote this image\'s entry 5 times in a row. Put the workflows that change this domain in one `concurrency:` group (see the action\'s docs/studio.md), then re-run.',
    );
    // One summary: the version as it is, then Studio named as the part that failed.
    expect(core.summary.text()).toContain('### SageMaker image version my-image:4\n');
    expect(core.summary.text()).toContain('### Studio failed\n\n> Studio domain "d-one"');
    expect(core.summary.write).toHaveBeenCalledTimes(1);
  });

  it('waits and redoes the change when UpdateDomain is refused while the domain is Updating', async () => {
    givenAFirstAttach();
    sagemaker
      .on(UpdateDomainCommand)
      .rejectsOnce(serviceError('ValidationException', 'Domain is in Updating state'))
      .resolves({});
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([OTHER])) // before creating
      .resolvesOnce(domain([OTHER])) // the read of the read-modify-write
      .resolvesOnce(domain([OTHER, { ...OTHER, ImageName: 'theirs' }], 'Updating')) // after the refusal
      .resolvesOnce(domain([OTHER, { ...OTHER, ImageName: 'theirs' }], 'Updating'))
      .resolvesOnce(domain([OTHER, { ...OTHER, ImageName: 'theirs' }]))
      .resolves(domain([OTHER, { ...OTHER, ImageName: 'theirs' }, MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const updates = sagemaker.commandCalls(UpdateDomainCommand).map((c) => c.args[0].input);
    expect(updates[1]?.DefaultUserSettings?.JupyterLabAppSettings?.CustomImages).toEqual([
      OTHER,
      { ...OTHER, ImageName: 'theirs' },
      MINE,
    ]);
  });

  it("fails with AWS's words when UpdateDomain is refused and the domain is InService", async () => {
    givenAFirstAttach();
    sagemaker
      .on(UpdateDomainCommand)
      .rejects(serviceError('ValidationException', 'AppImageConfig my-image does not exist.'));
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(1);
    expect(failure()).toMatch(
      /^UpdateDomain for Studio domain "d-one" in eu-west-1 failed: SageMaker rejected the request as invalid.*AppImageConfig my-image does not exist\./,
    );
  });

  it('attaches a reused version too (skip-if-unchanged)', async () => {
    core.reset({ ...INPUTS, 'skip-if-unchanged': 'true' });
    givenAFirstAttach();
    givenVersionFourHasThisBaseImage();
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([]))
      .resolvesOnce(domain([]))
      .resolves(domain([MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(
      sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input.DefaultUserSettings
        ?.JupyterLabAppSettings?.CustomImages,
    ).toEqual([MINE]);
  });

  it('in a dry run reads, prints the plan, and writes nothing', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true' });
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .rejects(new ResourceNotFound({ message: 'no', $metadata: {} }));
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sent()).toEqual([
      'DescribeDomain',
      'ListUserProfiles',
      'DescribeAppImageConfig',
      'DescribeImage',
    ]);
    const lines = core.info.mock.calls.map(([line]) => line);
    expect(lines).toContain(
      `CreateAppImageConfig ${JSON.stringify({ AppImageConfigName: 'my-image', JupyterLabAppImageConfig: { FileSystemConfig: FILE_SYSTEM } })}`,
    );
    expect(lines).toContain(
      `  after:  ${JSON.stringify([OTHER, { ...MINE, ImageVersionNumber: '<new version>' }])}`,
    );
    expect(lines.some((l) => l.startsWith('UpdateDomain {"DomainId":"d-one"'))).toBe(true);
    expect(core.summary.text()).toContain('### SageMaker Studio (dry run: nothing was changed)');
  });
});

describe('the Studio step, where it must stop', () => {
  it('fails on a refused CreateAppImageConfig instead of taking it for a lost race', async () => {
    givenAFirstAttach();
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    sagemaker
      .on(CreateAppImageConfigCommand)
      .rejects(
        serviceError(
          'AccessDeniedException',
          'User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: sagemaker:CreateAppImageConfig',
        ),
      );
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(failure()).toContain('not allowed to call sagemaker:CreateAppImageConfig');
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
  });

  it('stops before creating anything when a domain list is full', async () => {
    const full = Array.from({ length: 200 }, (_, i) => ({ ...OTHER, ImageName: `other-${i}` }));
    sagemaker.on(DescribeDomainCommand).resolves(domain(full));
    await run(fakeClock());
    expect(failure()).toContain('already holds 200 images');
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
  });

  it('titles a real attach as a change, not as a dry run', async () => {
    givenAFirstAttach();
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

const infoLines = (): string[] => core.info.mock.calls.map(([line]) => line);
const groups = (): string[] => core.group.mock.calls.map(([name]) => name);
const denied = (action: string): Error =>
  serviceError(
    'AccessDeniedException',
    `User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: ${action}`,
  );
const CONFIG = {
  AppImageConfigArn: CONFIG_ARN,
  JupyterLabAppImageConfig: { FileSystemConfig: FILE_SYSTEM },
};

describe('the Studio step, as its log tells it', () => {
  it('says what it found, created and changed, level by level', async () => {
    givenAFirstAttach();
    givenTheDomainTakesTheEntry();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const lines = infoLines();
    expect(lines).toEqual(
      expect.arrayContaining([
        'Studio domain d-one (team) is InService.',
        'AppImageConfig my-image does not exist yet: it will be created.',
        `Created AppImageConfig my-image: ${JSON.stringify({ AppImageConfigName: 'my-image', JupyterLabAppImageConfig: { FileSystemConfig: FILE_SYSTEM } })}`,
        'DefaultUserSettings.JupyterLabAppSettings: (none) → my-image, version 4, config my-image',
      ]),
    );
    expect(groups()).toEqual(
      expect.arrayContaining([
        'Create or update AppImageConfig my-image',
        'Attach my-image, version 4, config my-image to Studio domain d-one',
      ]),
    );
    expect(core.summary.text()).toContain(
      '| `DefaultUserSettings.JupyterLabAppSettings` | (none) | my-image, version 4, config my-image | changed |',
    );
  });

  it('writes nothing when the config and every domain are already right', async () => {
    givenAFirstAttach();
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
    expect(core.outputs()).toMatchObject({
      'app-image-config-arn': CONFIG_ARN,
      'studio-domains-updated': '',
    });
  });

  it('outputs an empty ARN when SageMaker describes the config without one', async () => {
    givenAFirstAttach();
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .resolves({ ...CONFIG, AppImageConfigArn: undefined });
    sagemaker.on(DescribeDomainCommand).resolves(domain([MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['app-image-config-arn']).toBe('');
  });

  it('says it will update a config that differs, and outputs its ARN', async () => {
    core.reset({ ...INPUTS, 'container-arguments': '--debug' });
    givenAFirstAttach();
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
    core.reset({ ...INPUTS, 'studio-domain-ids': 'd-one,d-two' });
    givenAFirstAttach();
    sagemaker.on(DescribeDomainCommand, { DomainId: 'd-one' }).resolves(domain([]));
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
    expect(core.outputs()['studio-domains-updated']).toBe('d-one');
    // Refused for want of permission: not a settling domain, so no read to see why.
    expect(sent().slice(-2)).toEqual(['DescribeDomain', 'UpdateDomain']);
    // One summary: the version as it is, and Studio failed, after changing d-one.
    const summary = core.summary.text();
    expect(summary).toContain('### SageMaker image version my-image:4\n');
    expect(summary).toContain('### Studio failed');
    expect(summary).toContain('- Studio domains updated: d-one');
    expect(core.summary.write).toHaveBeenCalledTimes(1);
  });

  it('lists every domain it changed', async () => {
    core.reset({ ...INPUTS, 'studio-domain-ids': 'd-one,d-two' });
    givenAFirstAttach();
    for (const DomainId of ['d-one', 'd-two']) {
      sagemaker
        .on(DescribeDomainCommand, { DomainId })
        .resolvesOnce({ ...domain([]), DomainId })
        .resolvesOnce({ ...domain([]), DomainId })
        .resolves({ ...domain([MINE]), DomainId });
    }
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['studio-domains-updated']).toBe('d-one,d-two');
    expect(core.info).toHaveBeenCalledWith(
      'Studio: updated d-one, d-two. Users get the image when they restart their app.',
    );
  });

  it('says so when it writes a lost entry again', async () => {
    givenAFirstAttach();
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([OTHER])) // before creating
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
      givenAFirstAttach();
      sagemaker.on(UpdateDomainCommand).rejectsOnce(serviceError(name, 'busy')).resolves({});
      sagemaker
        .on(DescribeDomainCommand)
        .resolvesOnce(domain([])) // before creating
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
    givenAFirstAttach();
    sagemaker.on(UpdateDomainCommand).rejects(serviceError('ResourceInUse', 'busy'));
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([]))
      .resolvesOnce(domain([]))
      .resolvesOnce(domain([], 'Updating'))
      .resolves(domain([MINE]));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['studio-domains-updated']).toBe('');
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
    expect(sent()).toEqual(['DescribeDomain']);
    expect(failure()).toContain('Studio domain "d-one" is Failed: SageMaker gave no reason.');
  });
});

describe('the AppImageConfig, when a write is refused', () => {
  it('does not read again after a refused create that is not a lost race', async () => {
    givenAFirstAttach();
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER]));
    sagemaker.on(CreateAppImageConfigCommand).rejects(denied('sagemaker:CreateAppImageConfig'));
    await run(fakeClock());
    expect(sent().filter((name) => name === 'DescribeAppImageConfig')).toHaveLength(2);
  });

  it('fails on "in use" when updating a config it had read, without reading again', async () => {
    givenAFirstAttach();
    core.reset({ ...INPUTS, 'container-arguments': '--debug' });
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
    givenAFirstAttach();
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

describe('the Studio step in a dry run', () => {
  const dryRunLines = (): string[] => {
    const lines = infoLines();
    return lines.slice(lines.findIndex((line) => line.startsWith('Dry run: nothing was changed')));
  };

  it('plans an update of a differing config, and shows its ARN', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true', 'container-arguments': '--debug' });
    sagemaker.on(DescribeDomainCommand).resolves(domain([MINE]));
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(infoLines()).toContain('AppImageConfig my-image exists and will be updated.');
    const planned = dryRunLines().filter((line) => /^[A-Z]\w+ \{/.test(line));
    expect(planned.map((line) => line.split(' ')[0])).toEqual([
      'CreateImageVersion',
      'UpdateAppImageConfig',
      'UpdateDomain',
    ]);
    expect(core.summary.text()).toContain(
      `AppImageConfig \`my-image\` (JupyterLab): would be updated, \`${CONFIG_ARN}\``,
    );
  });

  it('plans no Studio request for a reused version already attached, and shows the lists', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true', 'skip-if-unchanged': 'true' });
    sagemaker.on(DescribeDomainCommand).resolves(domain([OTHER, MINE]));
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    givenVersionFourHasThisBaseImage();
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

  it('plans an entry without a version number when not pinning', async () => {
    core.reset({ ...INPUTS, 'dry-run': 'true', 'studio-pin-version': 'false' });
    sagemaker.on(DescribeDomainCommand).resolves(domain([]));
    sagemaker.on(DescribeAppImageConfigCommand).resolves(CONFIG);
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(infoLines()).toContain(
      `  after:  ${JSON.stringify([{ ImageName: 'my-image', AppImageConfigName: 'my-image' }])}`,
    );
  });
});
