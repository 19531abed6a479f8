// Never break what Studio users run, through main.ts with @actions/core and the SDK mocked:
// retention keeps every version in use (default specs, apps) and every young one; aliases and
// Studio pins never move to an older version unless asked; UpdateDomain is never resent from an
// old read; archive marks follow use; values and names stay out of the log; lost delete answers
// count; the creation step has one deadline; account ids are masked before input errors.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateAppImageConfigCommand,
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  ListAliasesCommand,
  ListAppsCommand,
  ListDomainsCommand,
  ListImageVersionsCommand,
  ListSpacesCommand,
  ListUserProfilesCommand,
  ResourceNotFound,
  SageMakerServiceException,
  UpdateDomainCommand,
  UpdateImageVersionCommand,
  type CustomImage,
  type DescribeDomainResponse,
} from '@aws-sdk/client-sagemaker';
import { FAKE_EPOCH_MS, fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  BASE_IMAGE,
  INPUTS,
  listed,
  OTHER,
  resetRun,
  sagemaker,
  serviceError,
  WAIT,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

beforeEach(resetRun);

const HOUR = 3_600_000;
const VERSION_ARN = (v: number) =>
  `arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/${v}`;
const IMAGE_ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image/my-image';
const deleted = (): number[] =>
  sagemaker.commandCalls(DeleteImageVersionCommand).map((c) => c.args[0].input.Version ?? 0);
const infoLines = (): string[] => core.info.mock.calls.map(([line]) => line);
const failure = (): string => String(core.setFailed.mock.calls[0]?.[0]);

/**
 * Version 6 is created; versions 1–5 exist, old. One domain, a user profile "alice" and a space
 * "lab", none of which name a version, and no app, unless a test says otherwise.
 */
function givenSixVersions(): void {
  sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: VERSION_ARN(6) });
  sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
  sagemaker.on(ListImageVersionsCommand).resolves({
    ImageVersions: [6, 5, 4, 3, 2, 1].map((v) => listed(v, 'CREATED', VERSION_ARN(v))),
  });
  sagemaker.on(ListAliasesCommand).resolves({ SageMakerImageVersionAliases: [] });
  sagemaker.on(ListDomainsCommand).resolves({ Domains: [{ DomainId: 'd-1' }] });
  sagemaker.on(DescribeDomainCommand).resolves({ DefaultUserSettings: {} });
  sagemaker.on(ListUserProfilesCommand).resolves({ UserProfiles: [{ UserProfileName: 'alice' }] });
  sagemaker.on(DescribeUserProfileCommand).resolves({ UserSettings: {} });
  sagemaker.on(ListSpacesCommand).resolves({ Spaces: [{ SpaceName: 'lab' }] });
  sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: {} });
  sagemaker.on(ListAppsCommand).resolves({ Apps: [] });
  sagemaker.on(DeleteImageVersionCommand).resolves({});
  sagemaker.on(UpdateImageVersionCommand).resolves({});
}
const KEEP_ONE = { ...WAIT, 'keep-versions': '1' };

describe('retention keeps every version in use', () => {
  it("keeps the version a space's DefaultResourceSpec names (its chosen image)", async () => {
    core.reset(KEEP_ONE);
    givenSixVersions();
    sagemaker.on(DescribeSpaceCommand).resolves({
      SpaceSettings: {
        SpaceStorageSettings: {},
        JupyterLabAppSettings: {
          DefaultResourceSpec: {
            SageMakerImageArn: IMAGE_ARN,
            SageMakerImageVersionArn: VERSION_ARN(2),
          },
        },
      },
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(deleted()).toEqual([1, 3, 4, 5]);
    expect(
      infoLines().some((l) => /^2 +CREATED .*d-1: 1 space +kept: in use in Studio$/.test(l)),
    ).toBe(true);
  });

  it("keeps the versions a domain's default specs name, RStudio's included", async () => {
    core.reset(KEEP_ONE);
    givenSixVersions();
    sagemaker.on(DescribeDomainCommand).resolves({
      DefaultUserSettings: {
        TensorBoardAppSettings: {
          DefaultResourceSpec: { SageMakerImageVersionArn: VERSION_ARN(1) },
        },
      },
      DefaultSpaceSettings: {
        JupyterServerAppSettings: {
          DefaultResourceSpec: { SageMakerImageVersionArn: VERSION_ARN(3) },
        },
      },
      DomainSettings: {
        RStudioServerProDomainSettings: {
          DomainExecutionRoleArn: 'arn:aws:iam::123456789012:role/r',
          DefaultResourceSpec: { SageMakerImageVersionArn: VERSION_ARN(5) },
        },
      },
    });
    await run(fakeClock());
    expect(deleted()).toEqual([2, 4]);
  });

  it('keeps the version a live app runs, not one a deleted or failed app ran', async () => {
    core.reset(KEEP_ONE);
    givenSixVersions();
    const app = (
      name: string,
      version: number,
      Status: 'InService' | 'Deleted' | 'Failed' | 'Pending',
    ) => ({
      DomainId: 'd-1',
      SpaceName: name,
      AppType: 'JupyterLab' as const,
      AppName: 'default',
      Status,
      ResourceSpec: {
        SageMakerImageArn: IMAGE_ARN,
        SageMakerImageVersionArn: VERSION_ARN(version),
      },
    });
    sagemaker
      .on(ListAppsCommand)
      .resolvesOnce({
        Apps: [app('lab', 3, 'InService'), app('old', 2, 'Deleted')],
        NextToken: 'p2',
      })
      .resolves({ Apps: [app('new', 4, 'Pending'), app('broken', 5, 'Failed')] });
    await run(fakeClock());
    expect(deleted()).toEqual([1, 2, 5]);
    // Both pages read (the SDK's paginator reuses one input object, so only the last shows).
    const listCalls = sagemaker.commandCalls(ListAppsCommand);
    expect(listCalls).toHaveLength(2);
    expect(listCalls[1]?.args[0].input).toMatchObject({ DomainIdEquals: 'd-1', NextToken: 'p2' });
  });

  it('keeps every version created before an app that names the image without a version started', async () => {
    core.reset(KEEP_ONE);
    givenSixVersions();
    // Started a little after version 3 was made (97 days ago): it may run 1, 2 or 3.
    const startedAt = new Date(FAKE_EPOCH_MS - 97 * 86_400_000 + HOUR);
    sagemaker.on(ListAppsCommand).resolves({
      Apps: [
        {
          DomainId: 'd-1',
          UserProfileName: 'alice',
          AppType: 'KernelGateway',
          AppName: 'k',
          Status: 'InService',
          CreationTime: startedAt,
          ResourceSpec: { SageMakerImageArn: IMAGE_ARN },
        },
      ],
    });
    await run(fakeClock());
    expect(deleted()).toEqual([4, 5]);
  });

  it('names profiles and spaces in debug output only; the log and summary count them', async () => {
    core.reset(KEEP_ONE);
    givenSixVersions();
    const pin = {
      KernelGatewayAppSettings: {
        CustomImages: [{ ImageName: 'my-image', AppImageConfigName: 'c', ImageVersionNumber: 2 }],
      },
    };
    sagemaker.on(DescribeUserProfileCommand).resolves({ UserSettings: pin });
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: pin });
    await run(fakeClock());
    const everything = [...infoLines(), core.summary.text()].join('\n');
    expect(everything).not.toMatch(/alice|\blab\b/);
    expect(everything).toContain('d-1: 1 user profile, 1 space');
    expect(core.debug).toHaveBeenCalledWith(
      'Version 2 is used by user profile alice in Studio domain d-1.',
    );
    expect(core.debug).toHaveBeenCalledWith('Version 2 is used by space lab in Studio domain d-1.');
  });

  it('retires nothing when ListApps is denied, naming the permission', async () => {
    core.reset(KEEP_ONE);
    givenSixVersions();
    sagemaker
      .on(ListAppsCommand)
      .rejects(
        serviceError(
          'AccessDeniedException',
          'is not authorized to perform: sagemaker:ListApps on resource',
        ),
      );
    await run(fakeClock());
    expect(deleted()).toEqual([]);
    expect(failure()).toContain('retention must read the apps of Studio domain d-1');
    expect(failure()).toContain('Grant sagemaker:ListApps');
  });
});

describe('keep-younger-than', () => {
  it('never retires a version younger than the grace period, and it uses no slot', async () => {
    core.reset({ ...KEEP_ONE, 'keep-younger-than': '36h' });
    givenSixVersions();
    const young = (v: number, hoursAgo: number) => ({
      ...listed(v, 'CREATED', VERSION_ARN(v)),
      CreationTime: new Date(FAKE_EPOCH_MS - hoursAgo * HOUR),
    });
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [
        young(6, 0),
        young(5, 35),
        ...[4, 3, 2, 1].map((v) => listed(v, 'CREATED', VERSION_ARN(v))),
      ],
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    // 6 (this run's) and 5 are young and use no slot; 4 is the one kept; 3, 2, 1 go.
    expect(deleted()).toEqual([1, 2, 3]);
    expect(infoLines().some((l) => /^5 .*kept: younger than 36h$/.test(l))).toBe(true);
  });
});

describe('archive marks follow use', () => {
  it('marks a kept version carrying TO_BE_ARCHIVED STABLE again, and says so', async () => {
    core.reset({ ...KEEP_ONE, 'retention-action': 'archive' });
    givenSixVersions();
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [6, 5].map((v) => listed(v, 'CREATED', VERSION_ARN(v))),
    });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 5 })
      .resolves({ ImageVersionStatus: 'CREATED', VendorGuidance: 'TO_BE_ARCHIVED' });
    sagemaker.on(ListAliasesCommand).resolves({ SageMakerImageVersionAliases: ['lts'] });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'lts' })
      .resolves({ Version: 5, BaseImage: 'x' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 5, VendorGuidance: 'STABLE' },
    ]);
    expect(core.info).toHaveBeenCalledWith(
      'Marked version 5 STABLE again: it is kept, and its TO_BE_ARCHIVED mark would have archived it.',
    );
    expect(core.outputs()['retired-versions']).toBe('');
  });
});

describe('lost answers to a delete', () => {
  it('count as retired by this run', async () => {
    core.reset({ ...KEEP_ONE, 'keep-versions': '5' });
    givenSixVersions();
    sagemaker
      .on(DeleteImageVersionCommand)
      .rejects(new ResourceNotFound({ message: 'gone', $metadata: { attempts: 2 } }));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['retired-versions']).toBe('1');
  });
});

describe('newest wins: aliases', () => {
  /** Version 4 is this run's (a re-run of an older run gets its older version back). */
  function givenVersionFourAndStableOnFive(): void {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .resolves({ Version: 5, BaseImage: 'newer:1' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'dev' })
      .resolves({ Version: 2, BaseImage: 'old:1' });
    sagemaker.on(UpdateImageVersionCommand).resolves({});
  }

  it('leaves an alias on a newer version, moves the others, succeeds and says how to roll back', async () => {
    core.reset({ ...WAIT, aliases: 'stable,dev', 'move-aliases': 'true' });
    givenVersionFourAndStableOnFive();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 2, AliasesToDelete: ['dev'] },
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['dev'] },
    ]);
    expect(core.outputs()['image-version']).toBe('4');
    // The outputs and the summary name only the aliases version 4 holds.
    expect(core.outputs()['aliases']).toBe('dev');
    expect(core.summary.text()).toMatch(/\| Aliases \| `dev` \|/);
    expect(core.summary.text()).not.toMatch(/`stable`/);
    expect(core.notice).toHaveBeenCalledWith(
      'Image my-image: alias "stable" on version 5 stays there: it is newer than version 4 of this run, and aliases never move to an older version on their own (a re-run of an older run, or two pipelines finishing out of order). To roll back on purpose, run again with `allow-rollback: true`.',
      { title: 'Newest version wins' },
    );
  });

  it('moves it back with allow-rollback', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true', 'allow-rollback': 'true' });
    givenVersionFourAndStableOnFive();
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input)).toEqual([
      { ImageName: 'my-image', Version: 5, AliasesToDelete: ['stable'] },
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['stable'] },
    ]);
    expect(core.notice).not.toHaveBeenCalledWith(expect.anything(), {
      title: 'Newest version wins',
    });
  });

  it('holds on the reuse path too (skip-if-unchanged finds an older version)', async () => {
    core.reset({ ...WAIT, aliases: 'stable', 'move-aliases': 'true', 'skip-if-unchanged': 'true' });
    givenVersionFourAndStableOnFive();
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
    sagemaker.on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 }).resolves({
      ImageVersionArn: ARN,
      ImageVersionStatus: 'CREATED',
      BaseImage: BASE_IMAGE,
      Version: 4,
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
    expect(core.outputs()['created']).toBe('false');
    expect(core.outputs()['aliases']).toBe('');
  });
});

describe('newest wins: Studio pins', () => {
  const STUDIO = { ...WAIT, 'studio-domain-ids': 'd-one', 'studio-settings-levels': 'user' };
  const entry = (ImageVersionNumber?: number): CustomImage => ({
    ImageName: 'my-image',
    AppImageConfigName: 'my-image',
    ...(ImageVersionNumber === undefined ? {} : { ImageVersionNumber }),
  });
  const domain = (images: CustomImage[]): DescribeDomainResponse => ({
    DomainId: 'd-one',
    Status: 'InService',
    DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: images } },
  });
  function givenVersionFourAndTheDomain(images: CustomImage[], newest = 5): void {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .rejects(new ResourceNotFound({ message: 'none', $metadata: {} }));
    sagemaker.on(CreateAppImageConfigCommand).resolves({ AppImageConfigArn: 'arn:config' });
    sagemaker.on(ListImageVersionsCommand).resolves({
      ImageVersions: [listed(newest, 'CREATED', VERSION_ARN(newest))],
    });
    sagemaker.on(DescribeDomainCommand).resolves(domain(images));
    sagemaker.on(UpdateDomainCommand).resolves({});
  }

  it('leaves a pin to a newer version, and says which domain stays where', async () => {
    core.reset(STUDIO);
    givenVersionFourAndTheDomain([entry(5)]);
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
    expect(core.outputs()['studio-domains-updated']).toBe('');
  });

  it('leaves an entry without a version (the latest) when the image has a newer version', async () => {
    core.reset(STUDIO);
    givenVersionFourAndTheDomain([entry()], 7);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(
      expect.stringContaining('stays on version 7, newer than this run'),
    );
  });

  it('pins an entry without a version when this run has the newest version', async () => {
    core.reset(STUDIO);
    givenVersionFourAndTheDomain([entry()], 4);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [entry(4)] } },
    });
  });

  it('rolls the pin back with allow-rollback', async () => {
    core.reset({ ...STUDIO, 'allow-rollback': 'true' });
    givenVersionFourAndTheDomain([entry(5)]);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [entry(4)] } },
    });
    // Nothing to guard: the newest version is not even read.
    expect(sagemaker.commandCalls(ListImageVersionsCommand)).toHaveLength(0);
  });
});

describe('no stale write is ever resent', () => {
  const STUDIO = { ...WAIT, 'studio-domain-ids': 'd-one', 'studio-settings-levels': 'user' };
  const THIRD: CustomImage = { ImageName: 'third', AppImageConfigName: 'third' };
  const MINE: CustomImage = {
    ImageName: 'my-image',
    AppImageConfigName: 'my-image',
    ImageVersionNumber: 4,
  };
  const domain = (images: CustomImage[]): DescribeDomainResponse => ({
    DomainId: 'd-one',
    Status: 'InService',
    DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: images } },
  });
  const lost = (): Error =>
    new SageMakerServiceException({
      name: 'InternalFailure',
      $fault: 'server',
      message: 'internal',
      $metadata: { httpStatusCode: 500 },
    });

  function givenACreation(): void {
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker.on(DescribeAppImageConfigCommand).resolves({
      AppImageConfigArn: 'arn:c',
      JupyterLabAppImageConfig: {
        FileSystemConfig: {
          MountPath: '/home/sagemaker-user',
          DefaultUid: 1000,
          DefaultGid: 100,
        },
      },
    });
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
  }

  it('reads the domain again after a lost answer, and stops when the entry is there', async () => {
    core.reset(STUDIO);
    givenACreation();
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([OTHER]))
      .resolvesOnce(domain([OTHER]))
      .resolves(domain([OTHER, MINE]));
    sagemaker.on(UpdateDomainCommand).rejects(lost());
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(1);
    expect(core.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Studio domain d-one: UpdateDomain got no clear answer \(InternalFailure\); reading the domain again in \d+\.\d s to see what it holds\.$/,
      ),
    );
  });

  it('plans the next write from the new read, never resending the old body', async () => {
    core.reset(STUDIO);
    givenACreation();
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([OTHER]))
      .resolvesOnce(domain([OTHER]))
      // Meanwhile another writer added its image; this run's write did not land.
      .resolvesOnce(domain([OTHER, THIRD]))
      .resolves(domain([OTHER, THIRD, MINE]));
    sagemaker.on(UpdateDomainCommand).rejectsOnce(lost()).resolves({});
    await run(fakeClock());
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
  it('are never printed; their names are', async () => {
    core.reset({
      ...WAIT,
      'studio-domain-ids': 'd-one',
      'studio-settings-levels': 'user',
      'container-environment': 'API_TOKEN=s3cr3t-value\nMODE=fast',
    });
    sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
    sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .rejects(new ResourceNotFound({ message: 'none', $metadata: {} }));
    sagemaker.on(CreateAppImageConfigCommand).resolves({ AppImageConfigArn: 'arn:c' });
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
    sagemaker.on(DescribeDomainCommand).resolves({
      DomainId: 'd-one',
      Status: 'InService',
      DefaultUserSettings: {
        JupyterLabAppSettings: {
          CustomImages: [
            { ImageName: 'my-image', AppImageConfigName: 'my-image', ImageVersionNumber: 4 },
          ],
        },
      },
    });
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
  });

  it('are hidden in a dry run too', async () => {
    core.reset({
      ...WAIT,
      'dry-run': 'true',
      'studio-domain-ids': 'd-one',
      'container-environment': 'API_TOKEN=s3cr3t-value',
    });
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    sagemaker
      .on(DescribeAppImageConfigCommand)
      .rejects(new ResourceNotFound({ message: 'none', $metadata: {} }));
    sagemaker.on(DescribeDomainCommand).resolves({ DomainId: 'd-one', Status: 'InService' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const printed = [...core.info.mock.calls.map(([line]) => line), core.summary.text()].join('\n');
    expect(printed).not.toContain('s3cr3t-value');
    expect(printed).toContain('API_TOKEN');
  });
});

describe('the creation step has one deadline', () => {
  it('ends within wait-timeout-seconds (plus one poll) however often the image is not ready', async () => {
    core.reset({ ...INPUTS, 'wait-timeout-seconds': '10' });
    sagemaker
      .on(CreateImageVersionCommand)
      .rejects(serviceError('ValidationException', 'Image my-image is in an invalid state.'));
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    const clock = fakeClock();
    await run(clock);
    expect(failure()).toMatch(/^Timed out after 1\d\.\d s waiting for image my-image/);
    expect(clock.now()).toBeLessThanOrEqual(10_000 + 5_000);
    expect(sagemaker.commandCalls(CreateImageVersionCommand).length).toBeLessThanOrEqual(11);
  });
});

describe('mask-aws-account-id', () => {
  it('masks the account id before an input error can print it', async () => {
    core.reset({
      ...INPUTS,
      'mask-aws-account-id': 'true',
      'base-image': '210987654321.dkr.ecr.eu-west-1.amazonaws.com/team/img:bad tag',
      'role-arn': 'arn:aws:iam::111122223333:role/Images',
    });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setSecret).toHaveBeenCalledWith('210987654321');
    expect(core.setSecret).toHaveBeenCalledWith('111122223333');
    const masked = core.setSecret.mock.invocationCallOrder.at(-1) ?? 0;
    expect(masked).toBeLessThan(core.setFailed.mock.invocationCallOrder[0] ?? 0);
    expect(sagemaker.calls()).toHaveLength(0);
  });

  it('masks nothing when it is off', async () => {
    core.reset({
      ...INPUTS,
      'base-image': '210987654321.dkr.ecr.eu-west-1.amazonaws.com/x:bad tag',
    });
    await run(fakeClock());
    expect(core.setSecret).not.toHaveBeenCalled();
  });
});
