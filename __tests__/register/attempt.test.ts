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
