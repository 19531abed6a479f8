// Dry-run: it reads what a real run reads, and plans exactly what it would send.
// Orchestration: the flow in main.ts with @actions/core and the SDK mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  CreateAppImageConfigCommand,
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  DescribeUserProfileCommand,
  ListAliasesCommand,
  ListAppsCommand,
  ListDomainsCommand,
  ListImageVersionsCommand,
  ListSpacesCommand,
  ListUserProfilesCommand,
  UpdateDomainCommand,
  UpdateImageVersionCommand,
  UpdateUserProfileCommand,
  type DescribeDomainResponse,
  type UpdateDomainRequest,
  type UpdateUserProfileRequest,
  type UserSettings,
} from '@aws-sdk/client-sagemaker';
import { FAKE_EPOCH_MS, fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  BASE_IMAGE,
  failure,
  INPUTS,
  listed,
  notFound,
  resetRun,
  sagemaker,
  sentRequests,
  serviceError,
  WAIT,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

beforeEach(resetRun);

describe('dry-run', () => {
  it('reads, prints the requests it would send, and changes nothing', async () => {
    core.reset({
      ...INPUTS,
      'dry-run': 'true',
      'create-image': 'true',
      'role-arn': 'arn:aws:iam::123456789012:role/R',
      aliases: 'stable',
      'move-aliases': 'true',
      'wait-for-created': 'true',
    });
    sagemaker.on(DescribeImageCommand).rejects(notFound());
    sagemaker.on(DescribeImageVersionCommand).rejects(notFound());
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    const writes = sagemaker
      .calls()
      .filter((c) => !/^(Describe|List)/.test((c.args[0] as object).constructor.name));
    expect(writes).toHaveLength(0);
    const lines = core.info.mock.calls.map(([line]) => line);
    expect(lines).toContain('Dry run: nothing was changed. These requests would be sent:');
    expect(lines.some((l) => l.startsWith('CreateImage {"ImageName":"my-image","RoleArn":'))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith('CreateImageVersion {"ImageName":"my-image"'))).toBe(
      true,
    );
    expect(core.outputs()).toMatchObject({ created: 'false', 'client-token': expect.any(String) });
    expect(core.summary.text()).toContain('Dry run');
  });
});

describe('a dry run reads what a real run reads and plans what it sends', () => {
  const DRY = { ...WAIT, 'dry-run': 'true' };

  it('fails like a real run when the image does not exist and create-image is off', async () => {
    core.reset(DRY);
    sagemaker.on(DescribeImageCommand).rejects(notFound());
    await run(fakeClock());
    expect(failure()).toBe(
      'Dry run: a real run would fail: the SageMaker image "my-image" does not exist in eu-west-1. ' +
        'Create it first (`aws sagemaker create-image`, or set `create-image: true` with a `role-arn`), or check `aws-region`.',
    );
    expect(sagemaker.calls().map((c) => (c.args[0] as object).constructor.name)).toEqual([
      'DescribeImageCommand',
    ]);
  });

  it('fails like a real run when AWS refuses the credentials', async () => {
    core.reset(DRY);
    sagemaker.on(DescribeImageCommand).rejects(serviceError('UnrecognizedClientException', 'bad'));
    await run(fakeClock());
    expect(failure()).toContain('AWS did not accept the credentials');
  });

  it('plans one UpdateImageVersion per alias move, exactly as a real run sends them', async () => {
    core.reset({ ...DRY, aliases: 'stable,latest', 'move-aliases': 'true' });
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'stable' })
      .resolves({ Version: 2, BaseImage: 'old:1' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'latest' })
      .rejects(notFound());
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const planned = core.info.mock.calls
      .map(([line]) => line)
      .filter((line) => /^(Create|Update)\w+ \{/.test(line));
    expect(planned).toEqual([
      expect.stringMatching(/^CreateImageVersion \{"ImageName":"my-image"/),
      'UpdateImageVersion {"ImageName":"my-image","Version":2,"AliasesToDelete":["stable"]}',
      'UpdateImageVersion {"ImageName":"my-image","Version":"<new version>","AliasesToAdd":["stable"]}',
      'UpdateImageVersion {"ImageName":"my-image","Version":"<new version>","AliasesToAdd":["latest"]}',
    ]);
    expect(sentRequests().every((r) => /^(Describe|List)/.test(r))).toBe(true);
  });

  it('plans the alias update of a reused version', async () => {
    core.reset({ ...DRY, 'skip-if-unchanged': 'true', aliases: 'latest' });
    sagemaker.on(ListImageVersionsCommand).resolves({ ImageVersions: [listed(4, 'CREATED', ARN)] });
    sagemaker.on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 }).resolves({
      ImageVersionArn: ARN,
      ImageVersionStatus: 'CREATED',
      BaseImage: BASE_IMAGE,
    });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'latest' })
      .rejects(notFound());
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith(
      'UpdateImageVersion {"ImageName":"my-image","Version":4,"AliasesToAdd":["latest"]}',
    );
    expect(sentRequests().every((r) => /^(Describe|List)/.test(r))).toBe(true);
    expect(core.summary.text()).toContain('1. `UpdateImageVersion`');
  });
});

describe("a dry run's count is the real count", () => {
  /** A placeholder stands for the new version and for a profile's name in what a dry run prints. */
  const asPlanned = (operation: string, input: object): [string, unknown] => [
    operation,
    JSON.parse(
      JSON.stringify(input, (key, value: unknown) =>
        (key === 'Version' || key === 'ImageVersionNumber') && value === 4
          ? '<new version>'
          : key === 'UserProfileName'
            ? '(a user profile: its name is in the debug log)'
            : value,
      ),
    ) as unknown,
  ];

  /**
   * Versions 1–3, old and unused; version 4 once created (young). Studio domain d-one with a user
   * profile that has a list of its own. Everything keeps what the writes send.
   */
  function givenAWorld(): void {
    let created = false;
    const young = { ...listed(4, 'CREATED', ARN), CreationTime: new Date(FAKE_EPOCH_MS) };
    sagemaker.on(DescribeImageCommand).resolves({ ImageStatus: 'CREATED', ImageArn: 'arn:i' });
    sagemaker.on(CreateImageVersionCommand).callsFake(() => {
      created = true;
      return { ImageVersionArn: ARN };
    });
    sagemaker.on(ListImageVersionsCommand).callsFake(() => ({
      ImageVersions: [
        ...(created ? [young] : []),
        listed(3, 'CREATED', 'arn:v3'),
        listed(2, 'CREATED', 'arn:v2'),
        listed(1, 'CREATED', 'arn:v1'),
      ],
    }));
    sagemaker.on(DescribeImageVersionCommand).resolves({ ImageVersionStatus: 'CREATED' });
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Alias: 'latest' })
      .rejects(notFound());
    sagemaker.on(ListAliasesCommand).resolves({ SageMakerImageVersionAliases: [] });
    sagemaker.on(DescribeAppImageConfigCommand).rejects(notFound());
    sagemaker.on(CreateAppImageConfigCommand).resolves({ AppImageConfigArn: 'arn:config' });
    let domain: DescribeDomainResponse = {
      DomainId: 'd-one',
      Status: 'InService',
      DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [] } },
    };
    sagemaker.on(DescribeDomainCommand).callsFake(() => domain);
    sagemaker.on(UpdateDomainCommand).callsFake((input: UpdateDomainRequest) => {
      domain = { ...domain, DefaultUserSettings: input.DefaultUserSettings };
      return {};
    });
    let userSettings: UserSettings = { JupyterLabAppSettings: { CustomImages: [] } };
    sagemaker
      .on(ListUserProfilesCommand)
      .resolves({ UserProfiles: [{ UserProfileName: 'alice' }] });
    sagemaker.on(DescribeUserProfileCommand).callsFake(() => ({
      UserProfileName: 'alice',
      Status: 'InService',
      UserSettings: userSettings,
    }));
    sagemaker.on(UpdateUserProfileCommand).callsFake((input: UpdateUserProfileRequest) => {
      userSettings = { ...userSettings, ...input.UserSettings };
      return {};
    });
    sagemaker.on(ListDomainsCommand).resolves({ Domains: [{ DomainId: 'd-one' }] });
    sagemaker.on(ListSpacesCommand).resolves({ Spaces: [] });
    sagemaker.on(ListAppsCommand).resolves({ Apps: [] });
    sagemaker.on(UpdateImageVersionCommand).resolves({});
    sagemaker.on(DeleteImageVersionCommand).resolves({});
  }

  it('lists every write a real run then sends, retention included, operation by operation', async () => {
    const inputs = {
      ...WAIT,
      aliases: 'latest',
      'move-aliases': 'true',
      'studio-domain-ids': 'd-one',
      'studio-settings-levels': 'user',
      'studio-user-profiles': 'all',
      'keep-versions': '1',
    };
    givenAWorld();
    core.reset({ ...inputs, 'dry-run': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const printed = core.info.mock.calls
      .map(([line]) => line)
      .filter((line) => /^[A-Z]\w+ \{/.test(line))
      .map((line): [string, unknown] => [
        line.slice(0, line.indexOf(' ')),
        JSON.parse(line.slice(line.indexOf(' '))) as unknown,
      ]);
    const summary = core.summary.text();
    expect(sentRequests().every((r) => /^(Describe|List)/.test(r))).toBe(true);

    core.reset(inputs);
    sagemaker.resetHistory();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const writes = sagemaker
      .calls()
      .map((c) => c.args[0] as { constructor: { name: string }; input: object })
      .filter((command) => !/^(Describe|List)/.test(command.constructor.name))
      .map((command) => asPlanned(command.constructor.name.replace(/Command$/, ''), command.input));

    expect(printed).toStrictEqual(writes);
    expect(printed.map(([operation]) => operation)).toStrictEqual([
      'CreateImageVersion',
      'CreateAppImageConfig',
      'UpdateImageVersion',
      'UpdateDomain',
      'UpdateUserProfile',
      'DeleteImageVersion',
      'DeleteImageVersion',
    ]);
    expect(summary).toContain('7 requests would be sent:');
    expect(summary).toContain('7. `DeleteImageVersion`');
    expect(core.outputs()['retired-versions']).toBe('1,2');
  });

  it('counts the STABLE marks and TO_BE_ARCHIVED marks of archive mode', async () => {
    core.reset({ ...WAIT, 'keep-versions': '1', 'retention-action': 'archive', 'dry-run': 'true' });
    givenAWorld();
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 3 })
      .resolves({ ImageVersionStatus: 'CREATED', VendorGuidance: 'TO_BE_ARCHIVED' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const planned = core.info.mock.calls
      .map(([line]) => line)
      .filter((line) => /^[A-Z]\w+ \{/.test(line));
    expect(planned.slice(1)).toEqual([
      'UpdateImageVersion {"ImageName":"my-image","Version":3,"VendorGuidance":"STABLE"}',
      'UpdateImageVersion {"ImageName":"my-image","Version":1,"VendorGuidance":"TO_BE_ARCHIVED"}',
      'UpdateImageVersion {"ImageName":"my-image","Version":2,"VendorGuidance":"TO_BE_ARCHIVED"}',
    ]);
    expect(core.summary.text()).toContain('4 requests would be sent:');
    expect(core.summary.text()).toContain(
      '### Retention of my-image (dry run): nothing was changed',
    );
  });
});
