import { describe, expect, it } from '@jest/globals';
import { digestOf, isSameImage } from '../src/register/reuse.js';

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
