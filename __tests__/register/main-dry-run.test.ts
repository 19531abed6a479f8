// `./` in a dry run (src/register/main.ts): it reads what a real run reads, prints exactly what it
// would send, changes nothing, and sets the outputs of the version it would create or reuse with
// status PLANNED, so that the next steps of a composed release can plan too.
// Orchestration: @actions/core mocked and the SDK answered by the in-process images model (what the
// local endpoint runs on): image my-image with versions 1 to 3 unless a test says otherwise. Each
// test also reads from the model that the dry run changed nothing.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { DescribeImageCommand, ListImageVersionsCommand } from '@aws-sdk/client-sagemaker';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import {
  ARN,
  BASE_IMAGE,
  failure,
  INPUTS,
  newModels,
  resetRun,
  sagemaker,
  sentRequests,
  serveModels,
  serviceError,
  WAIT,
  type Models,
  serveMyImage,
} from '../../__fixtures__/orchestration.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

let models: Models;

/**
 * Image my-image with `versions` CREATED versions of other base images, version 2 holding the
 * `stable` of `stableOn2`; `image: false`: no image my-image at all.
 */
function given({ versions = 3, stableOn2 = false, image = true } = {}): void {
  if (!image) {
    models = newModels();
    serveModels(models);
    return;
  }
  models = serveMyImage({ versions, aliases: stableOn2 ? { 2: ['stable'] } : {} });
}
/** Each live version of my-image with its aliases, as `<version>:<alias>,…`. */
const holdings = (): string[] =>
  models.images.versionsOf('my-image').map((v) => `${v.version}:${v.aliases.join(',')}`);

beforeEach(() => {
  resetRun();
  given();
});

const IMAGE_ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image/my-image';
const DRY = { ...WAIT, 'dry-run': 'true' };
const NEW_IMAGE = { 'create-image': 'true', 'role-arn': 'arn:aws:iam::123456789012:role/R' };
const onlyReads = (): boolean => sentRequests().every((r) => /^(Describe|List)/.test(r));
/** The request lines a dry run printed (`Operation {…}`). */
const plannedLines = (): string[] =>
  core.info.mock.calls.map(([line]) => line).filter((line) => /^[A-Z]\w+ \{/.test(line));

describe('a dry run of ./', () => {
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
    given({ image: false });
    await run(fakeClock());

    expect(core.setFailed).not.toHaveBeenCalled();
    expect(onlyReads()).toBe(true);
    const lines = core.info.mock.calls.map(([line]) => line);
    expect(lines).toContain('Dry run: nothing was changed. These requests would be sent:');
    expect(plannedLines()).toEqual([
      expect.stringMatching(/^CreateImage \{"ImageName":"my-image","RoleArn":/),
      expect.stringMatching(/^CreateImageVersion \{"ImageName":"my-image"/),
      'UpdateImageVersion {"ImageName":"my-image","Version":"<new version>","AliasesToAdd":["stable"]}',
    ]);
    expect(core.outputs()).toMatchObject({ created: 'false', 'client-token': expect.any(String) });
    // The image it would create, in the role's account: the next steps of a release can plan too.
    expect(core.outputs()).toMatchObject({
      'image-version-arn': 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/1',
      'image-version': '1',
      'image-version-status': 'PLANNED',
    });
    expect(core.summary.text()).toContain('Dry run');
    expect(models.images.hasImage('my-image')).toBe(false);
  });

  it('outputs the version it would create, the next number, with status PLANNED', async () => {
    core.reset(DRY);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(onlyReads()).toBe(true);
    expect(core.outputs()).toMatchObject({
      'image-version-arn': `${IMAGE_ARN.replace(':image/', ':image-version/')}/4`,
      'image-version': '4',
      'image-arn': IMAGE_ARN,
      'image-version-status': 'PLANNED',
      created: 'false',
    });
    // The newest version, read the way a real run's number is given: one, newest first.
    expect(sagemaker.commandCalls(ListImageVersionsCommand)[0]?.args[0].input).toMatchObject({
      ImageName: 'my-image',
      SortBy: 'VERSION',
      SortOrder: 'DESCENDING',
      MaxResults: 1,
    });
    expect(plannedLines()).toEqual([expect.stringMatching(/^CreateImageVersion \{/)]);
    expect(holdings()).toEqual(['1:', '2:', '3:']);
  });

  it('plans version 1 of an image that has none yet', async () => {
    core.reset(DRY);
    given({ versions: 0 });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()).toMatchObject({
      'image-version-arn': `${IMAGE_ARN.replace(':image/', ':image-version/')}/1`,
      'image-version': '1',
      'image-version-status': 'PLANNED',
    });
    expect(holdings()).toEqual([]);
  });

  it('sets no version outputs for a new image whose ARN the role cannot tell', async () => {
    // The rule admits `role` without a `/`; CreateImage's ARN is read from `:role/` only.
    core.reset({
      ...DRY,
      'create-image': 'true',
      'role-arn': 'arn:aws:iam::123456789012:roleR',
    });
    given({ image: false });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()).toStrictEqual({
      'client-token': expect.stringMatching(/^987654321-3f2a9c1d0e7b-[0-9a-f]{10}$/),
      created: 'false',
    });
  });

  it.each([
    ['an image with versions', {}, true, ['DescribeImage', 'ListImageVersions']],
    ['a missing image it would create', NEW_IMAGE, false, ['DescribeImage']],
    [
      'aliases that go with the creation request',
      { aliases: 'dev' },
      true,
      ['DescribeImageVersion', 'DescribeImage', 'ListImageVersions'],
    ],
  ])('reads only what its plan needs, for %s', async (_case, inputs, image, reads) => {
    core.reset({ ...DRY, ...inputs });
    given({ image });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentRequests().map((request) => request.replace(/ .*/, ''))).toStrictEqual(reads);
  });
});

describe('a dry run of ./ reads what a real run reads and plans what it sends', () => {
  it('fails like a real run when the image does not exist and create-image is off', async () => {
    core.reset(DRY);
    given({ image: false });
    await run(fakeClock());
    expect(failure()).toBe(
      'Dry run: a real run would fail: the SageMaker image "my-image" does not exist in eu-west-1. ' +
        'Create it first (`aws sagemaker create-image`, or set `create-image: true` with a `role-arn`), or check `aws-region`.',
    );
    expect(sagemaker.calls().map((c) => (c.args[0] as object).constructor.name)).toEqual([
      'DescribeImageCommand',
    ]);
    expect(core.outputs()['image-version-status']).toBeUndefined();
  });

  it('fails like a real run when AWS refuses the credentials', async () => {
    core.reset(DRY);
    // Scripted: credentials refused (the models take any).
    sagemaker.on(DescribeImageCommand).rejects(serviceError('UnrecognizedClientException', 'bad'));
    await run(fakeClock());
    expect(failure()).toContain('AWS did not accept the credentials');
  });

  it('plans one UpdateImageVersion per alias move, exactly as a real run sends them', async () => {
    core.reset({ ...DRY, aliases: 'stable,latest', 'move-aliases': 'true' });
    given({ stableOn2: true });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(plannedLines()).toEqual([
      expect.stringMatching(/^CreateImageVersion \{"ImageName":"my-image"/),
      'UpdateImageVersion {"ImageName":"my-image","Version":2,"AliasesToDelete":["stable"]}',
      'UpdateImageVersion {"ImageName":"my-image","Version":"<new version>","AliasesToAdd":["stable"]}',
      'UpdateImageVersion {"ImageName":"my-image","Version":"<new version>","AliasesToAdd":["latest"]}',
    ]);
    expect(onlyReads()).toBe(true);
    expect(holdings()).toEqual(['1:', '2:stable', '3:']);
  });

  it('without move-aliases, sends the aliases with the creation and plans no UpdateImageVersion', async () => {
    core.reset({ ...DRY, aliases: 'latest' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(plannedLines()).toEqual([
      expect.stringMatching(/^CreateImageVersion \{"ImageName":"my-image".*"Aliases":\["latest"\]/),
    ]);
    expect(holdings()).toEqual(['1:', '2:', '3:']);
  });

  it('plans the alias update of a reused version, and outputs that version as PLANNED', async () => {
    core.reset({ ...DRY, 'skip-if-unchanged': 'true', aliases: 'latest' });
    models.images.addVersion('my-image', { baseImage: BASE_IMAGE }); // version 4
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(plannedLines()).toEqual([
      'UpdateImageVersion {"ImageName":"my-image","Version":4,"AliasesToAdd":["latest"]}',
    ]);
    expect(onlyReads()).toBe(true);
    expect(core.summary.text()).toContain('1. `UpdateImageVersion`');
    expect(core.outputs()).toMatchObject({
      'image-version-arn': ARN,
      'image-version': '4',
      'image-version-status': 'PLANNED',
      created: 'false',
    });
    expect(holdings()).toEqual(['1:', '2:', '3:', '4:']);
  });

  it('says so when a reused version needs no change', async () => {
    core.reset({ ...DRY, 'skip-if-unchanged': 'true' });
    models.images.addVersion('my-image', { baseImage: BASE_IMAGE }); // version 4
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith(
      'Dry run: nothing was changed, and a real run would send no request that changes anything.',
    );
    expect(core.outputs()['image-version-arn']).toBe(ARN);
  });
});

describe('a dry run of ./ plans what a real run sends, and the version it makes', () => {
  /** A placeholder stands for the new version in what a dry run prints. */
  const asPlanned = (operation: string, input: object): [string, unknown] => [
    operation,
    JSON.parse(
      JSON.stringify(input, (key, value: unknown) =>
        key === 'Version' && value === 4 ? '<new version>' : value,
      ),
    ) as unknown,
  ];

  it('prints every write a real run then sends, operation by operation', async () => {
    const inputs = { ...WAIT, aliases: 'stable,latest', 'move-aliases': 'true' };
    given({ stableOn2: true }); // the real run's writes change what its later reads see

    core.reset({ ...inputs, 'dry-run': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(onlyReads()).toBe(true);
    const printed = plannedLines().map((line): [string, unknown] => [
      line.slice(0, line.indexOf(' ')),
      JSON.parse(line.slice(line.indexOf(' '))) as unknown,
    ]);
    const planned = core.outputs();
    const summary = core.summary.text();

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
      'UpdateImageVersion',
      'UpdateImageVersion',
      'UpdateImageVersion',
    ]);
    expect(summary).toContain('4 requests would be sent:');
    expect(summary).toContain('4. `UpdateImageVersion`');
    // The version the dry run planned is the one the real run made.
    expect(planned['image-version-status']).toBe('PLANNED');
    expect(core.outputs()['image-version-status']).toBe('CREATED');
    for (const name of ['image-version-arn', 'image-version', 'image-arn', 'client-token'])
      expect(planned[name]).toBe(core.outputs()[name]);
    expect(holdings()).toEqual(['1:', '2:', '3:', '4:stable,latest']);
  });
});
