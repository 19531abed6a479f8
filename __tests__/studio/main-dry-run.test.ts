// `./studio` in a dry run (src/studio/main.ts): it reads what a real run reads, prints exactly the
// writes a real run then sends (the AppImageConfig, the aliases, each domain's and, with
// `user-profiles: all`, each profile's list), and changes nothing. It plans a version that ./'s
// dry run only planned (status PLANNED), so a dry run of a whole composed release plans every step.
// Orchestration: @actions/core mocked, the SDK answered by the in-process models (images,
// versions, Studio), which keep what the real run writes.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { DescribeImageVersionCommand } from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  failure,
  newModels,
  resetRun,
  sagemaker,
  sentRequests,
  serveModels,
  serviceError,
  type Models,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/studio/main.js');

beforeEach(resetRun);

const DOCUMENT =
  'JupyterLabAppImageConfig:\n  ContainerConfig:\n    ContainerArguments: [--debug]\n';
const STUDIO = {
  'image-version-arn': ARN,
  'domain-ids': 'd-one',
  'app-image-config': DOCUMENT,
  'aws-region': 'eu-west-1',
};
const isWrite = (request: string): boolean => !/^(Describe|List)/.test(request);
/** The request lines a dry run printed (`Operation {…}`), as [operation, input]. */
const printedRequests = (): [string, unknown][] =>
  core.info.mock.calls
    .map(([line]) => line)
    .filter((line) => /^[A-Z]\w+ \{/.test(line))
    .map((line) => [
      line.slice(0, line.indexOf(' ')),
      JSON.parse(line.slice(line.indexOf(' '))) as unknown,
    ]);
/** A profile's name is a placeholder in what a dry run prints (it is in the debug log). */
const asPlanned = (operation: string, input: object): [string, unknown] => [
  operation,
  JSON.parse(
    JSON.stringify(input, (key, value: unknown) =>
      key === 'UserProfileName' ? '(a user profile: its name is in the debug log)' : value,
    ),
  ) as unknown,
];

let models: Models;

/**
 * Image my-image, versions 1 to 3 and (when `versionExists`) 4, CREATED; no AppImageConfig yet;
 * Studio domain d-one with an empty JupyterLab list and a user profile "alice" with a list of her
 * own. The models keep what the writes send.
 */
function givenAWorld({ versionExists = true } = {}): void {
  models = newModels();
  models.images.addImage('my-image');
  for (const v of versionExists ? [1, 2, 3, 4] : [1, 2, 3])
    models.images.addVersion('my-image', { baseImage: `team/my-image:${v}` });
  models.studio.addDomain({
    id: 'd-one',
    defaultUserSettings: { JupyterLabAppSettings: { CustomImages: [] } },
  });
  models.studio.addUserProfile('d-one', 'alice', { JupyterLabAppSettings: { CustomImages: [] } });
  serveModels(models);
}
const MINE = { ImageName: 'my-image', AppImageConfigName: 'my-image', ImageVersionNumber: 4 };

describe('./studio in a dry run', () => {
  const ALL = {
    ...STUDIO,
    aliases: 'latest',
    'move-aliases': 'true',
    'settings-levels': 'user',
    'user-profiles': 'all',
  };

  it('prints every write a real run then sends, operation by operation, and changes nothing', async () => {
    givenAWorld();
    core.reset({ ...ALL, 'dry-run': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentRequests().filter(isWrite)).toEqual([]);
    const printed = printedRequests();
    const summary = core.summary.text();
    expect(core.outputs()).toEqual({});

    core.reset(ALL);
    sagemaker.resetHistory();
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    const writes = sagemaker
      .calls()
      .map((c) => c.args[0] as { constructor: { name: string }; input: object })
      .filter((command) => isWrite(command.constructor.name))
      .map((command) => asPlanned(command.constructor.name.replace(/Command$/, ''), command.input));

    expect(printed).toStrictEqual(writes);
    expect(printed.map(([operation]) => operation)).toStrictEqual([
      'CreateAppImageConfig',
      'UpdateImageVersion',
      'UpdateDomain',
      'UpdateUserProfile',
    ]);
    expect(summary).toContain('4 requests would be sent:');
    expect(summary).toContain('4. `UpdateUserProfile`');
    expect(summary).not.toMatch(/alice/);
    // What the real run made.
    expect(models.studio.appImageConfig('my-image')).toEqual({
      JupyterLabAppImageConfig: { ContainerConfig: { ContainerArguments: ['--debug'] } },
    });
    expect(models.images.versionsOf('my-image').find((v) => v.version === 4)?.aliases).toEqual([
      'latest',
    ]);
    expect(models.studio.domainSettings('d-one').defaultUserSettings).toEqual({
      JupyterLabAppSettings: { CustomImages: [MINE] },
    });
    expect(models.studio.userProfileSettings('d-one', 'alice')).toEqual({
      JupyterLabAppSettings: { CustomImages: [MINE] },
    });
  });

  it('plans the version that ./ only planned (PLANNED), pinned by its number', async () => {
    givenAWorld({ versionExists: false });
    core.reset({ ...STUDIO, 'dry-run': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentRequests().filter(isWrite)).toEqual([]);
    expect(printedRequests().map(([operation]) => operation)).toEqual([
      'CreateAppImageConfig',
      'UpdateDomain',
    ]);
    expect(core.info).toHaveBeenCalledWith(`  after:  ${JSON.stringify([MINE])}`);
    expect(models.studio.appImageConfigNames()).toEqual([]);
  });

  it('and a real run refuses that version while it does not exist, writing nothing', async () => {
    givenAWorld({ versionExists: false });
    core.reset(STUDIO);
    await run(fakeClock());
    expect(sentRequests().filter(isWrite)).toEqual([]);
    expect(failure()).toBe(
      'Image my-image version 4 does not exist in eu-west-1. Check `image-version-arn` (the ' +
        '`image-version-arn` output of the `./` step that registered it) and `aws-region`. Nothing was changed.',
    );
  });

  it('fails like a real run when the version cannot be read', async () => {
    givenAWorld();
    // Scripted: a refusal for want of permission.
    sagemaker
      .on(DescribeImageVersionCommand, { ImageName: 'my-image', Version: 4 })
      .rejects(
        serviceError(
          'AccessDeniedException',
          'User: arn:aws:sts::123456789012:assumed-role/gha/s is not authorized to perform: sagemaker:DescribeImageVersion',
        ),
      );
    core.reset({ ...STUDIO, 'dry-run': 'true' });
    await run(fakeClock());
    expect(sentRequests().filter(isWrite)).toEqual([]);
    expect(failure()).toContain(
      'the credentials are not allowed to call sagemaker:DescribeImageVersion',
    );
  });

  it('says so when a real run would change nothing', async () => {
    givenAWorld();
    models.studio.setDomainSettings('d-one', {
      defaultUserSettings: { JupyterLabAppSettings: { CustomImages: [MINE] } },
    });
    models.studio.addAppImageConfig('my-image', {
      JupyterLabAppImageConfig: { ContainerConfig: { ContainerArguments: ['--debug'] } },
    });
    core.reset({ ...STUDIO, 'settings-levels': 'user', 'dry-run': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith(
      'Dry run: nothing was changed, and a real run would send no request that changes anything.',
    );
    expect(printedRequests()).toEqual([]);
  });
});
