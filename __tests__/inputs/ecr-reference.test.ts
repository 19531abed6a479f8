// The base image read into the parts ECR requests need: registry, region, host, repository, tag or
// digest; and the same grammar as the `base-image` rule.
import { describe, expect, it } from '@jest/globals';
import {
  describeImageId,
  parseEcrReference,
  referenceByDigest,
} from '../../src/inputs/ecr-reference.js';
import { RULES } from '../../src/inputs/rules.js';

const DIGEST = `sha256:${'0a'.repeat(32)}`;

describe('parseEcrReference', () => {
  it.each([
    [
      'a tag',
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/jupyter:2.1',
      {
        registryId: '123456789012',
        region: 'eu-west-1',
        host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
        dnsSuffix: 'amazonaws.com',
        fips: false,
        repository: 'jupyter',
        tag: '2.1',
      },
    ],
    [
      'a digest and a nested repository',
      `210987654321.dkr.ecr.us-east-1.amazonaws.com/team/ml/jupyter@${DIGEST}`,
      {
        registryId: '210987654321',
        region: 'us-east-1',
        host: '210987654321.dkr.ecr.us-east-1.amazonaws.com',
        dnsSuffix: 'amazonaws.com',
        fips: false,
        repository: 'team/ml/jupyter',
        digest: DIGEST,
      },
    ],
    [
      'the China partition',
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/img:latest',
      {
        registryId: '123456789012',
        region: 'cn-north-1',
        host: '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn',
        dnsSuffix: 'amazonaws.com.cn',
        fips: false,
        repository: 'img',
        tag: 'latest',
      },
    ],
    [
      'a FIPS host in GovCloud',
      '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/a.b_c-d:v1',
      {
        registryId: '123456789012',
        region: 'us-gov-west-1',
        host: '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
        dnsSuffix: 'amazonaws.com',
        fips: true,
        repository: 'a.b_c-d',
        tag: 'v1',
      },
    ],
  ])('reads %s', (_label, uri, parts) => {
    expect(parseEcrReference(uri)).toStrictEqual({ uri, ...parts });
  });

  it.each([
    ['Docker Hub', 'python:3.12'],
    ['ECR Public', 'public.ecr.aws/docker/library/python:3.12'],
    ['no tag or digest', '123456789012.dkr.ecr.us-east-1.amazonaws.com/img'],
    ['a tag and a digest', `123456789012.dkr.ecr.us-east-1.amazonaws.com/img:1@${DIGEST}`],
    ['an empty digest', '123456789012.dkr.ecr.us-east-1.amazonaws.com/img@'],
    ['an 11-digit account', '12345678901.dkr.ecr.us-east-1.amazonaws.com/img:1'],
  ])('refuses %s', (_label, uri) => {
    expect(parseEcrReference(uri)).toBeUndefined();
  });

  it('parses exactly what the base-image rule accepts', () => {
    const samples = [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1',
      `123456789012.dkr.ecr.us-east-1.amazonaws.com/r@${DIGEST}`,
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/R:1',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/r:.1',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/r/:1',
      `123456789012.dkr.ecr.us-east-1.amazonaws.com/r@sha256:${'A'.repeat(64)}`,
      'x123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1',
    ];
    for (const uri of samples) {
      expect(parseEcrReference(uri) !== undefined).toBe(
        RULES['base-image'].check(uri) === undefined,
      );
    }
  });
});

describe('referenceByDigest and describeImageId', () => {
  const reference = parseEcrReference('123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img:2.1');

  it('pins the same host and repository to a digest, dropping the tag', () => {
    expect(reference && referenceByDigest(reference, DIGEST)).toBe(
      `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img@${DIGEST}`,
    );
  });

  it('names a tag or a digest', () => {
    expect(describeImageId({ tag: '2.1' })).toBe('tag "2.1"');
    expect(describeImageId({ digest: DIGEST })).toBe(`digest ${DIGEST}`);
  });
});
