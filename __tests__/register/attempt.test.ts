// Which version an attempt registers: each candidate ClientToken in turn, passing over a version an
// earlier attempt made that ended CREATE_FAILED, and describing nothing on the attempt's own token.
import { describe, expect, it, jest } from '@jest/globals';
import { createForThisAttempt, repositoryOf } from '../../src/register/attempt.js';
import type { AliasHolder } from '../../src/aws/sagemaker-images.js';
import { testSession } from '../../__fixtures__/session.js';

const ARN = (version: number): string =>
  `arn:aws:sagemaker:us-east-1:123456789012:image-version/img/${version}`;
const BODY = { ImageName: 'img', BaseImage: 'repo:1', Aliases: ['dev', 'qa'] };

/** token → the version SageMaker returns for it, and each version's status. */
function session(versions: Record<string, number>, statuses: Record<number, string>) {
  const api = {
    createImageVersion: jest.fn((_client: unknown, request: { ClientToken?: string }) =>
      Promise.resolve(ARN(versions[request.ClientToken ?? ''] ?? 0)),
    ),
    describeImageVersion: jest.fn((_client: unknown, _image: string, version: number) =>
      Promise.resolve({ ImageVersionStatus: statuses[version] }),
    ),
    updateImageVersion: jest.fn((_client: unknown, _request: object) => Promise.resolve()),
  };
  const s = testSession({ imageName: 'img', waitTimeoutSeconds: 60 }, api);
  return { s, api, log: s.report.info };
}

describe('createForThisAttempt', () => {
  it("describes nothing on the attempt's own (last) token", async () => {
    const { s, api } = session({ t0: 4 }, { 4: 'CREATE_FAILED' });
    await expect(createForThisAttempt(s, BODY, ['t0'], new Map())).resolves.toEqual({
      imageVersionArn: ARN(4),
      clientToken: 't0',
      baseImage: 'repo:1',
    });
    expect(api.describeImageVersion).not.toHaveBeenCalled();
  });

  it('stops at the first earlier version that did not fail', async () => {
    const { s, api } = session({ t0: 4, t1: 5 }, { 4: 'CREATED' });
    await expect(createForThisAttempt(s, BODY, ['t0', 't1'], new Map())).resolves.toEqual({
      imageVersionArn: ARN(4),
      clientToken: 't0',
      baseImage: 'repo:1',
    });
    expect(api.createImageVersion).toHaveBeenCalledTimes(1);
  });

  it('passes over a failed version, taking off only the aliases it holds', async () => {
    const holders = new Map<string, AliasHolder>([
      ['dev', { version: 4, baseImage: 'repo:1' }],
      ['qa', { version: 2, baseImage: 'repo:0' }],
    ]);
    const { s, api, log } = session({ t0: 4, t1: 5 }, { 4: 'CREATE_FAILED' });
    await expect(createForThisAttempt(s, BODY, ['t0', 't1'], holders)).resolves.toEqual({
      imageVersionArn: ARN(5),
      clientToken: 't1',
      baseImage: 'repo:1',
    });
    expect(api.updateImageVersion).toHaveBeenCalledWith(
      {},
      {
        ImageName: 'img',
        Version: 4,
        AliasesToDelete: ['dev'],
      },
    );
    expect(api.updateImageVersion).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(
      'Version 4 (ClientToken t0, made by an earlier attempt of this run) ended CREATE_FAILED: ' +
        'registering a new version with the next ClientToken.',
    );
  });

  it('takes off no alias when the failed version holds none', async () => {
    const { s, api } = session({ t0: 4, t1: 5 }, { 4: 'CREATE_FAILED' });
    await createForThisAttempt(
      s,
      { ImageName: 'img', BaseImage: 'repo:1' },
      ['t0', 't1'],
      new Map(),
    );
    expect(api.updateImageVersion).not.toHaveBeenCalled();
  });
});

describe('createForThisAttempt, at its edges', () => {
  it('describes nothing when the ARN SageMaker returned names no version', async () => {
    const { s, api } = session({}, {});
    api.createImageVersion.mockResolvedValue('not-an-arn');
    await expect(createForThisAttempt(s, BODY, ['t0', 't1'], new Map())).resolves.toEqual({
      imageVersionArn: 'not-an-arn',
      clientToken: 't0',
      baseImage: 'repo:1',
    });
    expect(api.describeImageVersion).not.toHaveBeenCalled();
  });

  it('passes over a requested alias that no version holds', async () => {
    const holders = new Map<string, AliasHolder>([['dev', { version: 4, baseImage: 'repo:1' }]]);
    const { s, api } = session({ t0: 4, t1: 5 }, { 4: 'CREATE_FAILED' });
    await createForThisAttempt(s, BODY, ['t0', 't1'], holders);
    expect(api.updateImageVersion).toHaveBeenCalledWith(
      {},
      {
        ImageName: 'img',
        Version: 4,
        AliasesToDelete: ['dev'],
      },
    );
  });
});

describe('repositoryOf', () => {
  it.each([
    ['1.dkr.ecr.us-east-1.amazonaws.com/team/img:v1', '1.dkr.ecr.us-east-1.amazonaws.com/team/img'],
    [
      `1.dkr.ecr.us-east-1.amazonaws.com/img@sha256:${'a'.repeat(64)}`,
      '1.dkr.ecr.us-east-1.amazonaws.com/img',
    ],
    ['localhost:5000/img', 'localhost:5000/img'],
  ])('%s is in %s', (reference, repository) => {
    expect(repositoryOf(reference)).toBe(repository);
  });
});

describe('createForThisAttempt, when the token was sent before with another base image', () => {
  const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';
  const SENT = `${REPO}@sha256:${'a'.repeat(64)}`;
  const GIVEN = `${REPO}:v1`;
  /** SageMaker's refusal of a token used with other parameters (the local endpoint's wording). */
  const mismatch = (): Error =>
    Object.assign(
      new Error('The client token t0 was already used with different request parameters.'),
      { name: 'ValidationException' },
    );
  const denied = (): Error =>
    Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });

  /**
   * SageMaker returns version 4 only for `earlier` (the BaseImage the earlier attempt sent) and
   * refuses every other BaseImage with `refusal`; the image's newest versions have `listed` base images.
   */
  function refusing(
    earlier: string,
    listed: readonly (string | undefined)[],
    { inputs = {}, refusal = mismatch }: { inputs?: object; refusal?: () => Error } = {},
  ) {
    const api = {
      createImageVersion: jest.fn((_client: unknown, request: { BaseImage?: string }) =>
        request.BaseImage === earlier ? Promise.resolve(ARN(4)) : Promise.reject(refusal()),
      ),
      newestVersions: jest.fn((_client: unknown, _image: string, _count: number) =>
        Promise.resolve([...listed.map((_, i) => ({ Version: 10 + i })), {}]),
      ),
      describeImageVersion: jest.fn((_client: unknown, _image: string, version: number) =>
        Promise.resolve(
          listed[version - 10] === undefined ? {} : { BaseImage: listed[version - 10] },
        ),
      ),
    };
    const s = testSession(
      {
        imageName: 'img',
        baseImage: SENT,
        givenBaseImage: GIVEN,
        waitTimeoutSeconds: 60,
        ...inputs,
      },
      api,
    );
    const sent = (): (string | undefined)[] =>
      api.createImageVersion.mock.calls.map(([, request]) => request.BaseImage);
    return { s, api, sent };
  }
  const body = { ImageName: 'img', BaseImage: SENT };
  const LOOKING =
    'ClientToken t0 was sent by an earlier attempt of this run with another base image reference ' +
    '(its image checks read ECR differently): looking for it.';

  it('sends base-image as given first: its version is kept', async () => {
    const { s, api, sent } = refusing(GIVEN, []);
    await expect(createForThisAttempt(s, body, ['t0'], new Map())).resolves.toStrictEqual({
      imageVersionArn: ARN(4),
      clientToken: 't0',
      baseImage: GIVEN,
    });
    expect(sent()).toStrictEqual([SENT, GIVEN]);
    expect(api.newestVersions).toHaveBeenCalledWith({}, 'img', 20);
    expect(s.lines()).toStrictEqual([
      'Sending CreateImageVersion with ClientToken t0.',
      LOOKING,
      `The earlier attempt registered ${GIVEN}: its version is kept.`,
      'CreateImageVersion returned version 4 for ClientToken t0.',
    ]);
  });

  it('then each base image of the same repository among the newest versions, once each, never the one sent', async () => {
    const other = `${REPO}@sha256:${'b'.repeat(64)}`;
    const earlier = `${REPO}:v0`;
    const { s, api, sent } = refusing(earlier, [
      `${REPO}-other:v1`, // another repository
      SENT, // the one refused already
      undefined, // no base image
      other,
      GIVEN, // tried already
      other, // twice
      earlier,
    ]);
    await expect(createForThisAttempt(s, body, ['t0'], new Map())).resolves.toStrictEqual({
      imageVersionArn: ARN(4),
      clientToken: 't0',
      baseImage: earlier,
    });
    expect(sent()).toStrictEqual([SENT, GIVEN, other, earlier]);
    // Every listed version is described, the one without a number never.
    expect(api.describeImageVersion.mock.calls.map(([, , version]) => version)).toStrictEqual([
      10, 11, 12, 13, 14, 15, 16,
    ]);
  });

  it('sends the checked reference when no base-image was rewritten, and fails as refused when nothing matches', async () => {
    const { s, sent } = refusing('nowhere', [GIVEN], { inputs: { givenBaseImage: undefined } });
    await expect(createForThisAttempt(s, body, ['t0'], new Map())).rejects.toThrow(
      'The client token t0 was already used with different request parameters.',
    );
    expect(sent()).toStrictEqual([SENT, GIVEN]);
  });

  it.each<[string, { inputs?: object; refusal?: () => Error }, string]>([
    [
      'a given client-token',
      { inputs: { clientToken: 't0' } },
      'The client token t0 was already used with different request parameters.',
    ],
    ['another refusal', { refusal: denied }, 'not authorized'],
  ])('looks for nothing after %s: the error is thrown as it came', async (_case, how, message) => {
    const { s, api, sent } = refusing(GIVEN, [], how);
    await expect(createForThisAttempt(s, body, ['t0'], new Map())).rejects.toThrow(message);
    expect(sent()).toStrictEqual([SENT]);
    expect(api.newestVersions).not.toHaveBeenCalled();
    expect(s.lines()).toStrictEqual(['Sending CreateImageVersion with ClientToken t0.']);
  });

  it('stops at a retry SageMaker refuses for another reason, with that reason', async () => {
    const { s, api, sent } = refusing(GIVEN, [`${REPO}:v0`]);
    api.createImageVersion.mockRejectedValueOnce(mismatch()).mockRejectedValueOnce(denied());
    await expect(createForThisAttempt(s, body, ['t0'], new Map())).rejects.toThrow(
      'not authorized',
    );
    expect(sent()).toStrictEqual([SENT, GIVEN]);
  });
});
