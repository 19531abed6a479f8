// The register step (src/register/step.ts) on its own: a reused version's outputs, the alias check
// before creating and the tokens it logs, the wait's outcome in the outputs, and where the aliases
// go. A fake API and the session fixture's clock, which never waits.
import { describe, expect, it, jest } from '@jest/globals';
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import { placeAliases, prepareCreation, reuse, createVersion } from '../../src/register/step.js';
import type { Progress, Registered } from '../../src/register/step.js';
import type { AliasHolder } from '../../src/aws/sagemaker-images.js';
import type { Inputs } from '../../src/inputs/inputs.js';
import { readImageVersionArn } from '../../src/aws/arn.js';
import { testSession } from '../../__fixtures__/session.js';

const ACCOUNT = '123456789012';
const IMAGE_ARN = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:image/img`;
const ARN = (version: number): string =>
  `${IMAGE_ARN.replace(':image/', ':image-version/')}/${version}`;
const BASE = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/team/img:v1`;
const CONTAINER = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/team/img@sha256:${'c'.repeat(64)}`;
const INPUTS: Partial<Inputs> = {
  imageName: 'img',
  baseImage: BASE,
  region: 'us-east-1',
  aliases: [],
  moveAliases: false,
  allowRollback: false,
  dryRun: false,
  maskAccountId: true,
  metadata: {},
  waitForCreated: true,
  waitTimeoutSeconds: 60,
  waitMaxDelaySeconds: 5,
};
const RUN = {
  runId: '987654321',
  runAttempt: '1',
  sha: '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c',
};
const CREATED: DescribeImageVersionResponse = {
  ImageVersionArn: ARN(4),
  ImageVersionStatus: 'CREATED',
  ContainerImage: CONTAINER,
};

const throttled = (): Error =>
  Object.assign(new Error('Rate exceeded'), {
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 400 },
  });
const denied = (): Error =>
  Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

/** SageMaker with `holders` of aliases, creating version 4, whose status reads are `statuses`. */
function sagemaker(
  inputs: Partial<Inputs>,
  {
    holders = {},
    statuses = ['CREATED'],
  }: { holders?: Record<string, AliasHolder>; statuses?: (string | Error)[] } = {},
) {
  const reads = [...statuses];
  const api = {
    versionHoldingAlias: jest.fn((_client: unknown, _image: string, alias: string) =>
      Promise.resolve(holders[alias]),
    ),
    updateImageVersion: jest.fn((_client: unknown, _request: object) => Promise.resolve()),
    createImageVersion: jest.fn((_client: unknown, _request: object) => Promise.resolve(ARN(4))),
    describeImageVersion: jest.fn(() => {
      const next = (reads.length > 1 ? reads.shift() : reads[0]) ?? 'CREATED';
      return next instanceof Error
        ? Promise.reject(next)
        : Promise.resolve({
            ...CREATED,
            ImageVersionStatus: next,
            FailureReason: 'No pull access',
          });
    }),
  };
  const session = testSession({ ...INPUTS, ...inputs }, api);
  const updates = (): object[] => api.updateImageVersion.mock.calls.map(([, request]) => request);
  return { session, api, updates };
}

describe('reuse', () => {
  it('outputs the reused version, its status and container image, masking its account', () => {
    const { session } = sagemaker({});
    expect(reuse(session, CREATED)).toStrictEqual({
      arnParts: readImageVersionArn(ARN(4)),
      created: false,
      described: CREATED,
    });
    expect(session.report.outputs()).toStrictEqual({
      'image-version-arn': ARN(4),
      'image-version': '4',
      'image-arn': IMAGE_ARN,
      created: 'false',
      'image-version-status': 'CREATED',
      'container-image': CONTAINER,
    });
    expect(session.report.mask.mock.calls).toStrictEqual([[ACCOUNT]]);
    expect(session.lines()).toStrictEqual([
      'Version 4 already has this base image: reusing it, creating nothing.',
    ]);
  });

  it('in a dry run, outputs the version but not its status (the dry run plans it)', () => {
    const { session } = sagemaker({ dryRun: true, maskAccountId: false });
    reuse(session, CREATED);
    expect(session.report.outputs()).toStrictEqual({
      'image-version-arn': ARN(4),
      'image-version': '4',
      'image-arn': IMAGE_ARN,
      created: 'false',
    });
    expect(session.report.mask).not.toHaveBeenCalled();
    expect(session.lines()).toStrictEqual([
      'Version 4 already has this base image: a real run would reuse it.',
    ]);
  });

  it('fails on a version described without an ARN, saying so', () => {
    const { session } = sagemaker({});
    expect(() => reuse(session, { ImageVersionStatus: 'CREATED' })).toThrow(
      'SageMaker answered with an ARN this action cannot read: "".',
    );
  });
});

describe('prepareCreation', () => {
  const OWN: AliasHolder = { version: 3, baseImage: BASE };
  const OTHER: AliasHolder = { version: 2, baseImage: `${BASE}-other` };
  const CONFLICT =
    'Alias "dev" (held by version 3) of image "img" already belongs to another version, so nothing was created.';

  it.each<[string, Partial<Inputs>, string, AliasHolder, boolean]>([
    ["the first attempt: nothing is the run's own yet", {}, '1', OWN, false],
    ['a re-run: a version of this base image may be its own', {}, '2', OWN, true],
    [
      'a given client-token: a version of this base image may be its own',
      { clientToken: 'mine' },
      '1',
      OWN,
      true,
    ],
    ['a re-run meeting another base image', {}, '2', { ...OTHER, version: 3 }, false],
  ])(
    'checks the aliases sent with the request on %s',
    async (_case, inputs, runAttempt, holder, passes) => {
      const { session } = sagemaker({ aliases: ['dev'], ...inputs }, { holders: { dev: holder } });
      const prepared = prepareCreation(session, { ...RUN, runAttempt });
      await (passes
        ? expect(prepared).resolves.toMatchObject({ holders: new Map([['dev', holder]]) })
        : expect(prepared).rejects.toThrow(CONFLICT));
      expect(session.report.groups()).toStrictEqual(['Check the aliases']);
    },
  );

  it('checks no alias that moves once the version is CREATED', async () => {
    const { session, api } = sagemaker(
      { aliases: ['dev'], moveAliases: true },
      { holders: { dev: OTHER } },
    );
    await expect(prepareCreation(session, RUN)).resolves.toMatchObject({ holders: new Map() });
    expect(api.versionHoldingAlias).not.toHaveBeenCalled();
    expect(session.report.groups()).toStrictEqual([]);
  });

  it("logs a re-run's tokens: the first, then the others it may send, in order", async () => {
    const { session } = sagemaker({});
    const { tokens } = await prepareCreation(session, { ...RUN, runAttempt: '3' });
    expect(tokens).toHaveLength(3);
    expect(session.lines()).toStrictEqual([
      `ClientToken ${tokens[0] ?? ''} (derived from run 987654321, commit 3f2a9c1d0e7b and the ` +
        'request; this is attempt 3: every attempt of this run with the same inputs gets the same version)',
      'A re-run: this token is sent first, so the version an earlier attempt made is found; only if ' +
        'that version ended CREATE_FAILED is the next of 3 tokens sent ' +
        `(${tokens[1] ?? ''}, ${tokens[2] ?? ''}).`,
    ]);
  });
});

describe('createVersion', () => {
  const BODY = { ImageName: 'img', BaseImage: BASE };
  const PREPARED = { requestBody: BODY, tokens: ['t0'], holders: new Map() };
  /** The outputs set once the version is created, before its wait. */
  const CREATED_OUTPUTS = {
    'client-token': 't0',
    'image-version-arn': ARN(4),
    'image-version': '4',
    'image-arn': IMAGE_ARN,
    created: 'true',
  };

  it('returns the version with the request that made it, once CREATED after one check', async () => {
    const { session } = sagemaker({});
    const progress: Progress = {};
    const described = { ...CREATED, FailureReason: 'No pull access' };
    await expect(createVersion(session, PREPARED, progress)).resolves.toStrictEqual({
      arnParts: readImageVersionArn(ARN(4)),
      created: true,
      described,
      clientToken: 't0',
      request: { ...BODY, ClientToken: 't0' },
    });
    expect(session.lines()).toStrictEqual([
      `CreateImageVersion: image "img", base image "${BASE}", region us-east-1`,
      'Sending CreateImageVersion with ClientToken t0.',
      'CreateImageVersion returned version 4 for ClientToken t0.',
      `Image version 4: ${ARN(4)}`,
      'image version img:4: CREATED after 1.0 s',
      'CREATED after 1.0 s and 1 status check.',
    ]);
    expect(session.report.outputs()).toStrictEqual({
      ...CREATED_OUTPUTS,
      'image-version-status': 'CREATED',
      'container-image': CONTAINER,
    });
    expect(progress).toStrictEqual({
      created: { arnParts: readImageVersionArn(ARN(4)), clientToken: 't0', baseImage: BASE },
    });
  });

  it('counts the status checks of a longer wait', async () => {
    const { session } = sagemaker({}, { statuses: ['CREATING', 'CREATED'] });
    await createVersion(session, PREPARED, {});
    expect(session.lines().filter((line) => line.startsWith('CREATED after'))).toStrictEqual([
      expect.stringMatching(/^CREATED after \d+\.\d s and 2 status checks\.$/),
    ]);
  });

  it.each<[string, (string | Error)[], string, string | undefined]>([
    [
      'ended CREATE_FAILED',
      ['CREATE_FAILED'],
      'ended CREATE_FAILED: No pull access.',
      'CREATE_FAILED',
    ],
    ['was refused its first status read', [denied()], 'not authorized', undefined],
    ['timed out before any status was read', [throttled()], 'Timed out', undefined],
  ])(
    'outputs the status a wait that %s last read, only when it read one',
    async (_case, statuses, message, lastStatus) => {
      const { session } = sagemaker({}, { statuses });
      const progress: Progress = {};
      await expect(createVersion(session, PREPARED, progress)).rejects.toThrow(message);
      const status = lastStatus === undefined ? {} : { 'image-version-status': lastStatus };
      expect(session.report.outputs()).toStrictEqual({ ...CREATED_OUTPUTS, ...status });
      expect(progress).toStrictEqual({
        created: { arnParts: readImageVersionArn(ARN(4)), clientToken: 't0', baseImage: BASE },
        ...(lastStatus === undefined ? {} : { lastStatus }),
      });
    },
  );
});

describe('placeAliases', () => {
  const registered = (created: boolean): Registered => ({
    arnParts: readImageVersionArn(ARN(4)),
    created,
  });
  const NEWER: AliasHolder = { version: 6, baseImage: 'old:6' };
  const NOTICE =
    'Image img: alias "dev" on version 6 stays there: it is newer than version 4 of this run, and ' +
    'aliases never move to an older version on their own (a re-run of an older run, or two ' +
    'pipelines finishing out of order). To roll back on purpose, run again with `allow-rollback: true`.';

  it.each<
    [
      string,
      boolean,
      Partial<Inputs>,
      Record<string, AliasHolder>,
      string[],
      object[],
      string,
      string[],
    ]
  >([
    ['a new version that carried them', true, { aliases: ['dev'] }, {}, [], [], 'dev', []],
    [
      'a new version, moving them',
      true,
      { aliases: ['dev'], moveAliases: true },
      {},
      ['Move the aliases'],
      [{ ImageName: 'img', Version: 4, AliasesToAdd: ['dev'] }],
      'dev',
      [],
    ],
    ['a new version, moving none', true, { moveAliases: true }, {}, [], [], '', []],
    [
      'a new version, one staying on a newer one',
      true,
      { aliases: ['dev'], moveAliases: true },
      { dev: NEWER },
      ['Move the aliases'],
      [],
      '',
      [NOTICE],
    ],
    [
      'a reused version',
      false,
      { aliases: ['dev'] },
      {},
      ['Apply the aliases'],
      [{ ImageName: 'img', Version: 4, AliasesToAdd: ['dev'] }],
      'dev',
      [],
    ],
    [
      'a reused version, moving them: one staying on a newer one',
      false,
      { aliases: ['dev'], moveAliases: true },
      { dev: NEWER },
      ['Apply the aliases'],
      [],
      '',
      [NOTICE],
    ],
    ['a reused version, with none', false, {}, {}, [], [], '', []],
  ])(
    'puts the aliases on %s',
    async (_case, created, inputs, holders, groups, sent, output, notices) => {
      const { session, updates } = sagemaker(inputs, { holders });
      const held = output === '' ? [] : output.split(',');
      await expect(placeAliases(session, registered(created))).resolves.toStrictEqual(held);
      expect(session.report.groups()).toStrictEqual(groups);
      expect(updates()).toStrictEqual(sent);
      expect(session.report.outputs()).toStrictEqual({ aliases: output });
      expect(session.report.notice.mock.calls).toStrictEqual(
        notices.map((notice) => [notice, 'Newest version wins']),
      );
    },
  );
});
