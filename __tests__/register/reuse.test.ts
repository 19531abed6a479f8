import type { Inputs } from '../../src/inputs/inputs.js';
import { describe, expect, it } from '@jest/globals';
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import { digestOf, findUnchangedVersion, isSameImage } from '../../src/register/reuse.js';
import type { Session } from '../../src/run/session.js';
import { testSession } from '../../__fixtures__/session.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';

describe('isSameImage', () => {
  it.each([
    ['the same tag reference', `${REPO}:v1`, { BaseImage: `${REPO}:v1` }, true],
    ['another tag', `${REPO}:v2`, { BaseImage: `${REPO}:v1` }, false],
    [
      'a digest equal to the resolved container image',
      `${REPO}@${DIGEST}`,
      { BaseImage: `${REPO}:v1`, ContainerImage: `${REPO}@${DIGEST}` },
      true,
    ],
    [
      'a digest equal to the base image digest',
      `${REPO}@${DIGEST}`,
      { BaseImage: `other@${DIGEST}` },
      true,
    ],
    [
      'another digest',
      `${REPO}@sha256:${'cd'.repeat(32)}`,
      { BaseImage: `${REPO}:v1`, ContainerImage: `${REPO}@${DIGEST}` },
      false,
    ],
    [
      'a tag against a resolved digest',
      `${REPO}:v1`,
      { BaseImage: `${REPO}:v0`, ContainerImage: `${REPO}@${DIGEST}` },
      false,
    ],
  ])('%s → %s', (_label, baseImage, existing, same) => {
    expect(isSameImage(baseImage, existing)).toBe(same);
  });
});

describe('digestOf', () => {
  it('reads a pinned digest only', () => {
    expect(digestOf(`${REPO}@${DIGEST}`)).toBe(DIGEST);
    expect(digestOf(`${REPO}:v1`)).toBeUndefined();
    expect(digestOf(undefined)).toBeUndefined();
  });
});

describe('digestOf, anchored', () => {
  it('takes a digest only at the end of the reference', () => {
    expect(digestOf(`${REPO}@${DIGEST}:v1`)).toBeUndefined();
  });
});

describe('findUnchangedVersion', () => {
  type Listed = { Version?: number; ImageVersionStatus?: string };
  /** The image's versions as listed, and what describing each one says, in turn. */
  function session(
    listed: Listed[],
    described: Record<number, DescribeImageVersionResponse[]>,
    inputs: Partial<Session<Inputs>['inputs']> = {},
  ) {
    const describes: number[] = [];
    const api = {
      versionsDownToNewestCreated: () => Promise.resolve(listed),
      describeImageVersion: (_c: unknown, _image: string, version: number) => {
        describes.push(version);
        const answers = described[version] ?? [];
        return Promise.resolve(answers.length > 1 ? answers.shift() : answers[0]);
      },
    };
    const value = testSession(
      {
        imageName: 'img',
        baseImage: `${REPO}@${DIGEST}`,
        region: 'us-east-1',
        dryRun: false,
        waitForCreated: true,
        waitTimeoutSeconds: 60,
        waitMaxDelaySeconds: 5,
        ...inputs,
      },
      api,
    );
    return { session: value, describes, lines: value.lines };
  }
  const SAME = { BaseImage: `${REPO}@${DIGEST}`, ImageVersionStatus: 'CREATED' as const };
  const OTHER = { BaseImage: `${REPO}:old`, ImageVersionStatus: 'CREATED' as const };

  it('says when there is no version to compare with', async () => {
    const { session: s, lines } = session([], {});
    expect(await findUnchangedVersion(s)).toBeUndefined();
    expect(lines()).toEqual(['No version to compare with.']);
  });

  it('reuses the newest CREATED version of this base image without waiting', async () => {
    const {
      session: s,
      describes,
      lines,
    } = session([{ Version: 2, ImageVersionStatus: 'CREATED' }], { 2: [{ ...SAME, Version: 2 }] });
    expect(await findUnchangedVersion(s)).toEqual({ ...SAME, Version: 2 });
    expect(describes).toEqual([2]);
    expect(lines()).toEqual([]);
  });

  it('says which image the newest CREATED version was made from, and passes over the rest', async () => {
    const {
      session: s,
      describes,
      lines,
    } = session(
      [
        { Version: 5, ImageVersionStatus: 'CREATE_FAILED' },
        { ImageVersionStatus: 'CREATED' },
        { Version: 4, ImageVersionStatus: 'CREATING' },
        { Version: 3, ImageVersionStatus: 'CREATED' },
      ],
      { 4: [{ ...OTHER, ImageVersionStatus: 'CREATING' }], 3: [{ BaseImage: undefined }] },
    );
    expect(await findUnchangedVersion(s)).toBeUndefined();
    expect(describes).toEqual([4, 3]);
    expect(lines()).toEqual([
      'The newest CREATED version, 3, was made from another image ("unknown").',
    ]);
  });

  it('waits for a version of this base image still CREATING, then reuses it', async () => {
    const creating = { ...SAME, ImageVersionStatus: 'CREATING' as const };
    const { session: s, lines } = session([{ Version: 6, ImageVersionStatus: 'CREATING' }], {
      6: [creating, creating, { ...SAME, Version: 6 }],
    });
    expect(await findUnchangedVersion(s)).toEqual({ ...SAME, Version: 6 });
    expect(lines()[0]).toBe(
      'Version 6 has this base image and is still CREATING (an earlier run stopped waiting for it): waiting for it instead of creating another.',
    );
  });

  it('in a dry run only says it would wait', async () => {
    const creating = { ...SAME, ImageVersionStatus: 'CREATING' as const };
    const {
      session: s,
      describes,
      lines,
    } = session(
      [{ Version: 6, ImageVersionStatus: 'CREATING' }],
      { 6: [creating] },
      { dryRun: true },
    );
    expect(await findUnchangedVersion(s)).toEqual(creating);
    expect(describes).toEqual([6]);
    expect(lines()).toEqual([
      'Version 6 has this base image and is still CREATING: a real run would wait for it and reuse it once CREATED.',
    ]);
  });

  it('with wait-for-created: false, reuses a version still CREATING as it is', async () => {
    const creating = { ...SAME, ImageVersionStatus: 'CREATING' as const, Version: 6 };
    const {
      session: s,
      describes,
      lines,
    } = session(
      [{ Version: 6, ImageVersionStatus: 'CREATING' }],
      { 6: [creating, { ...SAME, Version: 6 }] },
      { waitForCreated: false },
    );
    expect(await findUnchangedVersion(s)).toEqual(creating);
    expect(describes).toEqual([6]);
    expect(s.clock.sleeps).toEqual([]);
    expect(lines()).toEqual([
      'Version 6 has this base image and is still CREATING: reusing it without waiting (wait-for-created: false), creating nothing.',
    ]);
  });

  it('in a dry run with wait-for-created: false, says it would reuse it without waiting', async () => {
    const creating = { ...SAME, ImageVersionStatus: 'CREATING' as const };
    const { session: s, lines } = session(
      [{ Version: 6, ImageVersionStatus: 'CREATING' }],
      { 6: [creating] },
      { dryRun: true, waitForCreated: false },
    );
    expect(await findUnchangedVersion(s)).toEqual(creating);
    expect(lines()).toEqual([
      'Version 6 has this base image and is still CREATING: a real run would reuse it without waiting (wait-for-created: false), creating nothing.',
    ]);
  });

  it('goes on to an older version when the one it waited for ends CREATE_FAILED', async () => {
    const creating = { ...SAME, ImageVersionStatus: 'CREATING' as const };
    const { session: s, lines } = session(
      [
        { Version: 6, ImageVersionStatus: 'CREATING' },
        { Version: 5, ImageVersionStatus: 'CREATED' },
      ],
      {
        6: [creating, creating, { ...SAME, ImageVersionStatus: 'CREATE_FAILED' }],
        5: [{ ...SAME, Version: 5 }],
      },
    );
    expect(await findUnchangedVersion(s)).toEqual({ ...SAME, Version: 5 });
    expect(lines()).toContain('Version 6 ended CREATE_FAILED, so it cannot be reused.');
  });

  it('fails when the version it waited for is being deleted', async () => {
    const creating = { ...SAME, ImageVersionStatus: 'CREATING' as const };
    const { session: s } = session([{ Version: 6, ImageVersionStatus: 'CREATING' }], {
      6: [creating, creating, { ...SAME, ImageVersionStatus: 'DELETING' }],
    });
    await expect(findUnchangedVersion(s)).rejects.toThrow(
      'image version img:6 is DELETING: someone is deleting it.',
    );
  });
});
