// Never break what Studio users run, through `./studio` (src/studio/main.ts) with @actions/core and
// the SDK mocked: aliases and Studio pins never move to an older version unless asked; an alias
// another version holds stops the release before anything is written; UpdateDomain is never resent
// from an old read; environment values stay out of the log; account ids are masked before input
// errors.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateAppImageConfigCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  SageMakerServiceException,
  UpdateAppImageConfigCommand,
  UpdateDomainCommand,
  UpdateImageVersionCommand,
  type CustomImage,
  type DescribeDomainResponse,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  failure,
  listed,
  notFound,
  OTHER,
  sagemaker,
} from '../../__fixtures__/orchestration.js';
import {
  DESIRED,
  DOCUMENT,
  INPUTS,
  MINE,
  mine,
  resetStudioRun,
  sent,
} from '../../__fixtures__/studio-release.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/studio/main.js');

beforeEach(() => resetStudioRun());

const VERSION_ARN = (v: number) =>
  `arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/${v}`;
const domain = (images: CustomImage[]): DescribeDomainResponse => ({
  DomainId: 'd-one',
  Status: 'InService',
  DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: images } },
});
const aliasUpdates = () =>
  sagemaker.commandCalls(UpdateImageVersionCommand).map((c) => c.args[0].input);

/** The config as the document wants it, `newest` the image's newest version, the domain as given. */
function givenTheConfigAndTheDomain(images: CustomImage[], newest = 4): void {
  sagemaker.on(DescribeAppImageConfigCommand).resolves({ AppImageConfigArn: 'arn:c', ...DESIRED });
  sagemaker.on(ListImageVersionsCommand).resolves({
    ImageVersions: [listed(newest, 'CREATED', VERSION_ARN(newest))],
  });
  sagemaker.on(DescribeDomainCommand).resolves(domain(images));
  sagemaker.on(UpdateDomainCommand).resolves({});
}

describe('newest wins: aliases', () => {
  /** Version 4 is the one released (a re-run of an older release gets the older version). */
  function givenStableOnFiveAndDevOnTwo(): void {
    givenTheConfigAndTheDomain([MINE]);
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .resolves({ Version: 5, BaseImage: 'newer:1' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'dev' })
      .resolves({ Version: 2, BaseImage: 'old:1' });
    sagemaker.on(UpdateImageVersionCommand).resolves({});
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
    expect(core.notice).not.toHaveBeenCalledWith(expect.anything(), {
      title: 'Newest version wins',
    });
  });

  it('sets free aliases after the config, before the lists, reading its holder again just before', async () => {
    core.reset({ ...INPUTS, aliases: 'prod,lts' });
    givenTheConfigAndTheDomain([]);
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([]))
      .resolvesOnce(domain([]))
      .resolves(domain([MINE]));
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'prod' })
      .rejects(notFound());
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'lts' })
      .rejects(notFound());
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(aliasUpdates()).toEqual([
      { ImageName: 'my-image', Version: 4, AliasesToAdd: ['prod', 'lts'] },
    ]);
    expect(core.outputs()['aliases']).toBe('prod,lts');
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
    sagemaker.on(UpdateAppImageConfigCommand).resolves({ AppImageConfigArn: 'arn:c' });
    await run(fakeClock());
    expect(failure()).toBe(
      'Alias "dev" (held by version 2) of image "my-image" already belongs to another version, so version 4 stays registered without it. Set `move-aliases: true` to move it to version 4, or choose other aliases.',
    );
    // The config users of version 2 start with is not touched, nor any list.
    expect(sent().filter((op) => !/^(Describe|List)/.test(op))).toEqual([]);
    expect(sagemaker.commandCalls(UpdateAppImageConfigCommand)).toHaveLength(0);
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
  });

  it('leaves an entry without a version (the latest) when the image has a newer version', async () => {
    givenTheConfigAndTheDomain([mine()], 7);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(
      expect.stringContaining('stays on version 7, newer than this run'),
    );
  });

  it('pins an entry without a version when this release is the newest version', async () => {
    givenTheConfigAndTheDomain([mine()], 4);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [MINE] } },
    });
  });

  it('rolls the pin back with allow-rollback', async () => {
    core.reset({ ...INPUTS, 'allow-rollback': 'true' });
    givenTheConfigAndTheDomain([mine(5)], 5);
    await run(fakeClock());
    expect(sagemaker.commandCalls(UpdateDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [MINE] } },
    });
    // Nothing to guard: the newest version is not even read.
    expect(sagemaker.commandCalls(ListImageVersionsCommand)).toHaveLength(0);
  });
});

describe('no stale write is ever resent', () => {
  const THIRD: CustomImage = { ImageName: 'third', AppImageConfigName: 'third' };
  const lost = (): Error =>
    new SageMakerServiceException({
      name: 'InternalFailure',
      $fault: 'server',
      message: 'internal',
      $metadata: { httpStatusCode: 500 },
    });

  it('reads the domain again after a lost answer, and stops when the entry is there', async () => {
    givenTheConfigAndTheDomain([]);
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
    givenTheConfigAndTheDomain([]);
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
  const SECRET_DOCUMENT = `${DOCUMENT}  ContainerConfig:\n    ContainerEnvironmentVariables:\n      API_TOKEN: s3cr3t-value\n      MODE: fast\n`;

  it('are never printed; their names are', async () => {
    core.reset({ ...INPUTS, 'app-image-config': SECRET_DOCUMENT });
    sagemaker.on(DescribeAppImageConfigCommand).rejects(notFound());
    sagemaker.on(CreateAppImageConfigCommand).resolves({ AppImageConfigArn: 'arn:c' });
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
    sagemaker.on(DescribeDomainCommand).resolves(domain([MINE]));
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
    core.reset({ ...INPUTS, 'dry-run': 'true', 'app-image-config': SECRET_DOCUMENT });
    sagemaker.on(DescribeAppImageConfigCommand).rejects(notFound());
    sagemaker.on(DescribeDomainCommand).resolves({ DomainId: 'd-one', Status: 'InService' });
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

  it('masks nothing when it is off', async () => {
    core.reset({ ...INPUTS, 'domain-ids': 'not a domain' });
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setSecret).not.toHaveBeenCalled();
  });
});
