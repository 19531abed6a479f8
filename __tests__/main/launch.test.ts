// The launch test as main.ts runs it: the test profile read before anything is created, the version
// started once CREATED and its AppImageConfig exists, and nothing released (aliases, domains,
// retention) unless it came up. Orchestration: @actions/core and the SDK mocked, a fake clock.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateAppCommand,
  CreateAppImageConfigCommand,
  CreateImageVersionCommand,
  CreateSpaceCommand,
  DeleteAppCommand,
  DeleteSpaceCommand,
  DescribeAppCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  DescribeUserProfileCommand,
  ListImageVersionsCommand,
  UpdateDomainCommand,
  UpdateImageVersionCommand,
  UpdateUserProfileCommand,
  type CustomImage,
  type UpdateUserProfileRequest,
  type UserSettings,
} from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  BASE_IMAGE,
  CONFIG_ARN,
  failure,
  INPUTS,
  listed,
  notFound,
  resetRun,
  sagemaker,
  serviceError,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

const SPACE = 'lt-my-image-v4-987654321-1';
const LAUNCH = {
  ...INPUTS,
  'wait-for-created': 'true',
  'launch-test-user-profile': 'ci-launch',
  'launch-test-domain-id': 'd-ci',
};
const MINE: CustomImage = { ImageName: 'my-image', AppImageConfigName: 'my-image' };
const TEAM: CustomImage = { ImageName: 'team', AppImageConfigName: 'team' };
const CRASH = 'InternalFailure: /usr/local/bin/start-jupyter: exec format error';

/** The SDK commands sent, by name, in order. */
const sent = (): string[] =>
  sagemaker.calls().map((c) => (c.args[0] as object).constructor.name.replace(/Command$/, ''));
/** Those that change something. */
const writes = (): string[] => sent().filter((op) => !/^(Describe|List)/.test(op));

interface World {
  /** What DescribeApp answers after CreateApp, in turn (the last one repeats). */
  starts?: string[];
  /** The test profile's JupyterLab list; null: no such profile. */
  profile?: CustomImage[] | null;
}

/**
 * Version 4 is created and CREATED at once, there is no AppImageConfig yet, and the test profile
 * and its app behave like SageMaker's: the profile keeps what UpdateUserProfile sent, the app goes
 * through `starts`, then Deleted once deleted.
 */
function given({ starts = ['Pending', 'InService'], profile = [TEAM] }: World = {}): {
  profileWrites: UpdateUserProfileRequest[];
} {
  sagemaker.on(CreateImageVersionCommand).resolves({ ImageVersionArn: ARN });
  sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
  sagemaker.on(DescribeAppImageConfigCommand).rejects(notFound());
  sagemaker.on(CreateAppImageConfigCommand).resolves({ AppImageConfigArn: CONFIG_ARN });
  let settings: UserSettings | undefined =
    profile === null ? undefined : { JupyterLabAppSettings: { CustomImages: profile } };
  const profileWrites: UpdateUserProfileRequest[] = [];
  sagemaker.on(DescribeUserProfileCommand).callsFake(() => {
    if (settings === undefined) throw notFound();
    return { UserProfileName: 'ci-launch', Status: 'InService', UserSettings: settings };
  });
  sagemaker.on(UpdateUserProfileCommand).callsFake((input: UpdateUserProfileRequest) => {
    profileWrites.push(input);
    settings = { ...settings, ...input.UserSettings };
    return {};
  });
  sagemaker.on(CreateSpaceCommand).resolves({});
  sagemaker.on(DeleteSpaceCommand).resolves({});
  const queue = [...starts];
  let created = false;
  let deleted = false;
  sagemaker.on(CreateAppCommand).callsFake(() => {
    created = true;
    return {};
  });
  sagemaker.on(DescribeAppCommand).callsFake(() => {
    if (!created) throw notFound();
    if (deleted) return { Status: 'Deleted' };
    const Status = (queue.length > 1 ? queue.shift() : queue[0]) ?? 'InService';
    return { Status, ...(Status === 'Failed' ? { FailureReason: CRASH } : {}) };
  });
  sagemaker.on(DeleteAppCommand).callsFake(() => {
    deleted = true;
    return {};
  });
  return { profileWrites };
}

beforeEach(resetRun);

describe('the launch test, passed', () => {
  it('starts the version after the AppImageConfig, cleans up, then releases; the time is an output', async () => {
    core.reset(LAUNCH);
    const { profileWrites } = given();
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(writes()).toStrictEqual([
      'CreateImageVersion',
      'CreateAppImageConfig',
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
    ]);
    // The profile is read before anything is created.
    expect(sent().slice(0, 3)).toStrictEqual([
      'DescribeAppImageConfig',
      'DescribeUserProfile',
      'CreateImageVersion',
    ]);
    expect(sagemaker.commandCalls(CreateAppCommand)[0]?.args[0].input).toStrictEqual({
      DomainId: 'd-ci',
      SpaceName: SPACE,
      AppType: 'JupyterLab',
      AppName: 'default',
      ResourceSpec: {
        SageMakerImageArn: 'arn:aws:sagemaker:eu-west-1:123456789012:image/my-image',
        SageMakerImageVersionArn: ARN,
        InstanceType: 'ml.t3.medium',
      },
    });
    expect(sagemaker.commandCalls(CreateSpaceCommand)[0]?.args[0].input).toMatchObject({
      DomainId: 'd-ci',
      SpaceName: SPACE,
      OwnershipSettings: { OwnerUserProfileName: 'ci-launch' },
      SpaceSharingSettings: { SharingType: 'Private' },
      SpaceSettings: { AppType: 'JupyterLab' },
    });
    // A temporary entry, removed afterwards: the profile's list as before.
    expect(profileWrites.map((w) => w.UserSettings?.JupyterLabAppSettings?.CustomImages)).toEqual([
      [TEAM, { ...MINE, ImageVersionNumber: 4 }],
      [TEAM],
    ]);
    // Pending at the first check (after 1 s), InService at the next (2.5 s later).
    expect(core.outputs()['launch-test-seconds']).toBe('3.5');
    expect(core.outputs()['app-image-config-arn']).toBe(CONFIG_ARN);
    expect(core.summary.text()).toContain(
      `| Launch test | Launch test passed: SageMaker image version my-image:4 was InService as a JupyterLab app on ml.t3.medium (private space ${SPACE} of user profile ci-launch, Studio domain d-ci) after 3.5 s. |`,
    );
    expect(core.summary.text()).toContain(
      'No Studio domain to attach to (`studio-domain-ids` is empty).',
    );
    expect(core.warning).not.toHaveBeenCalled();
  });

  it('changes the production domain only after the test passed', async () => {
    core.reset({ ...LAUNCH, 'studio-domain-ids': 'd-prod', 'launch-test-domain-id': '' });
    given();
    const domain = (images: CustomImage[]) => ({
      DomainId: 'd-prod',
      Status: 'InService' as const,
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: images } },
      DefaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: images } },
    });
    const pinned = { ...MINE, ImageVersionNumber: 4 };
    sagemaker
      .on(DescribeDomainCommand)
      .resolvesOnce(domain([TEAM]))
      .resolvesOnce(domain([TEAM]))
      .resolves(domain([TEAM, pinned]));
    sagemaker.on(UpdateDomainCommand).resolves({});
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    const ops = writes();
    expect(ops.indexOf('UpdateDomain')).toBeGreaterThan(ops.lastIndexOf('UpdateUserProfile'));
    expect(ops.indexOf('CreateApp')).toBeGreaterThan(ops.indexOf('CreateAppImageConfig'));
    // The test ran in the first of studio-domain-ids.
    expect(sagemaker.commandCalls(CreateAppCommand)[0]?.args[0].input.DomainId).toBe('d-prod');
    expect(core.outputs()['studio-domains-updated']).toBe('d-prod');
  });

  it('sets the aliases only after the test, none going with CreateImageVersion', async () => {
    core.reset({ ...LAUNCH, aliases: 'stable,latest' });
    given();
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .rejects(notFound());
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'latest' })
      .rejects(notFound());
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(
      sagemaker.commandCalls(CreateImageVersionCommand)[0]?.args[0].input.Aliases,
    ).toBeUndefined();
    expect(writes().slice(-2)).toStrictEqual(['UpdateUserProfile', 'UpdateImageVersion']);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)[0]?.args[0].input).toStrictEqual({
      ImageName: 'my-image',
      Version: 4,
      AliasesToAdd: ['stable', 'latest'],
    });
    expect(core.outputs().aliases).toBe('stable,latest');
  });

  it("still stops before creating anything on another version's alias (move-aliases off)", async () => {
    core.reset({ ...LAUNCH, aliases: 'stable' });
    given();
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .resolves({ Version: 2, BaseImage: 'old:1' });
    await run(fakeClock());
    expect(failure()).toContain('Alias "stable" (held by version 2)');
    expect(writes()).toStrictEqual([]);
  });

  it('fails without moving an alias another run took while the test ran, the version kept', async () => {
    core.reset({ ...LAUNCH, aliases: 'stable' });
    given();
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .rejectsOnce(notFound())
      .resolves({ Version: 5, BaseImage: 'other:1' });
    await run(fakeClock());
    expect(failure()).toContain(
      'Alias "stable" (held by version 5) of image "my-image" already belongs to another version, so version 4 stays registered without it. Set `move-aliases: true` to move it to version 4, or choose other aliases.',
    );
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
    expect(core.outputs()['image-version-arn']).toMatch(/image-version\/my-image\/4$/);
  });

  it('moves aliases with move-aliases only after the test', async () => {
    core.reset({ ...LAUNCH, aliases: 'stable', 'move-aliases': 'true' });
    given();
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .resolves({ Version: 2, BaseImage: 'old:1' });
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(writes().slice(-3)).toStrictEqual([
      'UpdateUserProfile',
      'UpdateImageVersion',
      'UpdateImageVersion',
    ]);
  });

  it('tests a reused version too (it may never have passed)', async () => {
    core.reset({ ...LAUNCH, 'skip-if-unchanged': 'true' });
    given();
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
    sagemaker.on(DescribeImageVersionCommand).resolves({
      ImageVersionArn: ARN,
      ImageVersionStatus: 'CREATED',
      BaseImage: BASE_IMAGE,
      Version: 4,
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(CreateAppCommand)).toHaveLength(1);
    expect(core.outputs()).toMatchObject({ created: 'false', 'launch-test-seconds': '3.5' });
  });

  it('adds no temporary entry when the profile lists the image, and writes it never', async () => {
    core.reset(LAUNCH);
    given({ profile: [MINE] });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(UpdateUserProfileCommand)).toHaveLength(0);
    expect(core.info).toHaveBeenCalledWith(
      'Launch test: user profile ci-launch of Studio domain d-ci is ready and lists image my-image.',
    );
  });

  it('warns about what the clean-up left, with the command that removes it, and goes on', async () => {
    core.reset(LAUNCH);
    given();
    sagemaker
      .on(DeleteSpaceCommand)
      .rejects(serviceError('AccessDeniedException', 'not authorized to perform DeleteSpace'));
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.warning).toHaveBeenCalledTimes(1);
    expect(String(core.warning.mock.calls[0]?.[0])).toMatch(
      new RegExp(
        `^Launch test clean-up left the private space ${SPACE}: .*Remove it with: aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name ${SPACE}$`,
      ),
    );
    // Said once: as a warning, not again as a log line.
    expect(core.info.mock.calls.filter(([line]) => line.includes('clean-up left'))).toHaveLength(0);
    expect(core.outputs()['launch-test-seconds']).toBe('3.5');
  });
});

describe('the launch test, not passed: nothing released', () => {
  const RELEASE = {
    ...LAUNCH,
    'studio-domain-ids': 'd-prod',
    aliases: 'stable',
    'move-aliases': 'true',
    'keep-versions': '1',
  };
  function givenProduction(): void {
    sagemaker.on(DescribeDomainCommand).resolves({
      DomainId: 'd-prod',
      Status: 'InService',
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [TEAM] } },
    });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .resolves({ Version: 2, BaseImage: 'old:1' });
  }

  it("fails with SageMaker's reason, the time and where to look, after cleaning up", async () => {
    core.reset(RELEASE);
    given({ starts: ['Pending', 'Pending', 'Failed'] });
    givenProduction();
    await run(fakeClock());

    expect(failure()).toBe(
      `Launch test failed: SageMaker image version my-image:4 did not start as a JupyterLab app on ml.t3.medium (private space ${SPACE} of user profile ci-launch, Studio domain d-ci): ${CRASH} (Failed after 6.0 s). The version stays registered, and nothing after the test was done: no alias moved, no Studio domain changed, no version retired. Look at the CloudWatch log group /aws/sagemaker/studio, log streams starting d-ci/${SPACE}/, and at the Studio domain in the SageMaker console: https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/studio/d-ci JupyterLab must serve on port 8888 at base URL /jupyterlab/default and answer its health check at /jupyterlab/default/api/status; fix the image and release a new version.`,
    );
    expect(writes()).toStrictEqual([
      'CreateImageVersion',
      'CreateAppImageConfig',
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
    ]);
    expect(sagemaker.commandCalls(ListImageVersionsCommand)).toHaveLength(0);
    // The version's outputs stay; the test's time does not.
    expect(core.outputs()).toMatchObject({
      'image-version-arn': ARN,
      'image-version-status': 'CREATED',
    });
    expect(core.outputs()).not.toHaveProperty('launch-test-seconds');
    expect(core.outputs()).not.toHaveProperty('aliases');
    // One summary: the version as it is (CREATED), then the part that failed, named as such.
    const summary = core.summary.text();
    expect(summary).toContain('### SageMaker image version my-image:4\n');
    expect(summary).toContain('| Status | `CREATED` |');
    expect(summary).toContain('### The launch test failed\n\n> Launch test failed:');
    expect(summary).toContain(
      'Done before it failed:\n\n- AppImageConfig: arn:aws:sagemaker:eu-west-1:123456789012:app-image-config/my-image',
    );
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
  });

  it('times out with a clear message, and cleans up once the app leaves Pending', async () => {
    core.reset({ ...RELEASE, 'launch-test-timeout-seconds': '30' });
    given({ starts: [...Array<string>(20).fill('Pending'), 'InService'] });
    givenProduction();
    await run(fakeClock());

    expect(failure()).toMatch(
      new RegExp(
        `^Launch test timed out: SageMaker image version my-image:4 was still Pending as a JupyterLab app on ml\\.t3\\.medium \\(private space ${SPACE} of user profile ci-launch, Studio domain d-ci\\) after 3\\d\\.\\d s \\(\`launch-test-timeout-seconds\`: 30\\)\\. The version stays registered, and nothing after the test was done`,
      ),
    );
    expect(failure()).toContain('raise `launch-test-timeout-seconds`');
    expect(writes().slice(-3)).toStrictEqual(['DeleteApp', 'DeleteSpace', 'UpdateUserProfile']);
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
  });

  it('stops before creating anything when the test profile does not exist', async () => {
    core.reset(LAUNCH);
    given({ profile: null });
    await run(fakeClock());
    expect(writes()).toStrictEqual([]);
    expect(failure()).toMatch(
      /^DescribeUserProfile for user profile "ci-launch" in eu-west-1 failed: the user profile "ci-launch" does not exist in that Studio domain, or these credentials cannot see it\. Check `launch-test-user-profile` and `launch-test-domain-id`/,
    );
  });

  it("stops before creating anything when the profile's list is full", async () => {
    core.reset(LAUNCH);
    const five = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ ...TEAM, ImageName: name }));
    given({ profile: five });
    await run(fakeClock());
    expect(writes()).toStrictEqual([]);
    expect(failure()).toBe(
      'Launch test: user profile "ci-launch" already lists 5 images in UserSettings.JupyterLabAppSettings.CustomImages, the most SageMaker allows at a user profile is 5, so the test cannot add "my-image" for its run. Remove images from the test profile (it is kept for CI), then re-run; nothing was created.',
    );
  });

  it('releases nothing when a launch call is refused, and names the permission', async () => {
    core.reset(RELEASE);
    given();
    givenProduction();
    sagemaker
      .on(CreateSpaceCommand)
      .rejects(
        serviceError(
          'AccessDeniedException',
          'User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: sagemaker:CreateSpace',
        ),
      );
    await run(fakeClock());
    expect(failure()).toContain('not allowed to call sagemaker:CreateSpace');
    // A refused CreateSpace may still have made it (a lost answer): the clean-up tries.
    expect(writes()).toStrictEqual([
      'CreateImageVersion',
      'CreateAppImageConfig',
      'UpdateUserProfile',
      'CreateSpace',
      'DeleteSpace',
      'UpdateUserProfile',
    ]);
    expect(sagemaker.commandCalls(UpdateImageVersionCommand)).toHaveLength(0);
    expect(sagemaker.commandCalls(UpdateDomainCommand)).toHaveLength(0);
  });
});

describe('the launch test in a dry run', () => {
  it('lists its requests where a real run sends them, and sends nothing', async () => {
    core.reset({ ...LAUNCH, 'dry-run': 'true', aliases: 'stable' });
    given();
    sagemaker
      .on(DescribeImageCommand)
      .resolves({ ImageArn: 'arn:aws:sagemaker:eu-west-1:123456789012:image/my-image' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .rejects(notFound());
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(writes()).toStrictEqual([]);
    const planned = core.info.mock.calls
      .map(([line]) => line)
      .filter((line) => /^[A-Z]\w+ \{/.test(line));
    expect(planned.map((line) => line.split(' ')[0])).toStrictEqual([
      'CreateImageVersion',
      'CreateAppImageConfig',
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
      'UpdateImageVersion',
    ]);
    expect(planned).toContain(
      'CreateApp {"DomainId":"d-ci","SpaceName":"lt-my-image-vnew-987654321-1","AppType":"JupyterLab","AppName":"default","ResourceSpec":{"SageMakerImageArn":"arn:aws:sagemaker:eu-west-1:123456789012:image/my-image","SageMakerImageVersionArn":"arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/<new version>","InstanceType":"ml.t3.medium"}}',
    );
    expect(planned.at(-1)).toBe(
      'UpdateImageVersion {"ImageName":"my-image","Version":"<new version>","AliasesToAdd":["stable"]}',
    );
    expect(core.outputs()).not.toHaveProperty('launch-test-seconds');
    expect(core.summary.text()).toContain('9 requests would be sent');
  });
});
