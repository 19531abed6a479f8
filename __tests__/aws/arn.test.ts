import { describe, expect, it } from '@jest/globals';
import {
  newImageArn,
  imageConsoleUrl,
  parseImageVersionArn,
  partitionOfRegion,
  sameImageName,
} from '../../src/aws/arn.js';

describe('parseImageVersionArn', () => {
  it.each([
    ['arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/7', 'aws', 'us-east-1', 7],
    [
      'arn:aws-cn:sagemaker:cn-north-1:123456789012:image-version/my.image/1',
      'aws-cn',
      'cn-north-1',
      1,
    ],
    [
      'arn:aws-us-gov:sagemaker:us-gov-west-1:123456789012:image-version/x/42',
      'aws-us-gov',
      'us-gov-west-1',
      42,
    ],
    [
      'arn:aws-iso-b:sagemaker:us-isob-east-1:123456789012:image-version/x/3',
      'aws-iso-b',
      'us-isob-east-1',
      3,
    ],
  ])('reads %s', (arn, partition, region, version) => {
    const parts = parseImageVersionArn(arn);
    expect(parts).toMatchObject({ partition, region, version, accountId: '123456789012' });
    expect(parts?.imageArn).toBe(arn.replace('image-version/', 'image/').replace(/\/\d+$/, ''));
  });

  it.each([
    'arn:aws:sagemaker:us-east-1:123456789012:image/my-image',
    'arn:aws:sagemaker:us-east-1:12345:image-version/my-image/1',
    'arn:aws:sagemaker:us-east-1:123456789012:image-version/My-Image/1',
    'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/latest',
    'arn:aws:s3:::bucket',
    '',
  ])('rejects %j', (arn) => {
    expect(parseImageVersionArn(arn)).toBeUndefined();
  });
});

describe('partitionOfRegion', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-east-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
  ])('%s is in %s', (region, partition) => {
    expect(partitionOfRegion(region)).toBe(partition);
  });
});

describe('imageConsoleUrl', () => {
  it.each([
    [
      'aws',
      'eu-west-1',
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/images/img',
    ],
    [
      'aws-cn',
      'cn-north-1',
      'https://cn-north-1.console.amazonaws.cn/sagemaker/home?region=cn-north-1#/images/img',
    ],
    [
      'aws-us-gov',
      'us-gov-west-1',
      'https://console.amazonaws-us-gov.com/sagemaker/home?region=us-gov-west-1#/images/img',
    ],
  ])('links to the %s console', (partition, region, url) => {
    expect(imageConsoleUrl(partition, region, 'img')).toBe(url);
  });

  it('has no link for partitions without a public console', () => {
    expect(imageConsoleUrl('aws-iso', 'us-iso-east-1', 'img')).toBeUndefined();
  });
});

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/7';

describe('parseImageVersionArn, at its edges', () => {
  it.each([
    ['text before it', `x${ARN}`],
    ['text after it', `${ARN}x`],
    ['a line before it', `junk\n${ARN}`],
    ['a non-numeric version', `${ARN}a`],
    ['an account of 13 digits', ARN.replace('123456789012', '1234567890123')],
    ['a name starting with a dash', ARN.replace('my-image', '-my-image')],
    ['a name with two dashes in a row', ARN.replace('my-image', 'my--image')],
    ['an unknown partition', ARN.replace('arn:aws:', 'arn:gcp:')],
    ['another service', ARN.replace(':sagemaker:', ':ecr:')],
  ])('rejects an ARN with %s', (_label, arn) => {
    expect(parseImageVersionArn(arn)).toBeUndefined();
  });

  it('reads every part', () => {
    expect(
      parseImageVersionArn('arn:aws:sagemaker:us-east-1:123456789012:image-version/a.b-c/12'),
    ).toEqual({
      arn: 'arn:aws:sagemaker:us-east-1:123456789012:image-version/a.b-c/12',
      partition: 'aws',
      region: 'us-east-1',
      accountId: '123456789012',
      imageName: 'a.b-c',
      version: 12,
      imageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/a.b-c',
    });
  });
  it('knows the European sovereign cloud partition', () => {
    expect(partitionOfRegion('eusc-de-east-1')).toBe('aws-eusc');
  });
});

describe('sameImageName', () => {
  it('matches names whatever their case, and only the same name', () => {
    expect(sameImageName('My-Image', 'my-image')).toBe(true);
    expect(sameImageName('my-image', 'my-image')).toBe(true);
    expect(sameImageName('my-image', 'my-image2')).toBe(false);
    expect(sameImageName('my-image', '')).toBe(false);
  });
});

describe('newImageArn', () => {
  it("gives the image ARN in the role's account and partition, the name in lower case", () => {
    expect(
      newImageArn('arn:aws:iam::123456789012:role/service/SageMaker', 'eu-west-1', 'My.Image'),
    ).toBe('arn:aws:sagemaker:eu-west-1:123456789012:image/my.image');
    expect(newImageArn('arn:aws-cn:iam::123456789012:role/x', 'cn-north-1', 'img')).toBe(
      'arn:aws-cn:sagemaker:cn-north-1:123456789012:image/img',
    );
  });

  it('gives nothing for a role ARN of another shape', () => {
    expect(newImageArn('arn:aws:iam::123:role/x', 'eu-west-1', 'img')).toBeUndefined();
    expect(
      newImageArn('arn:aws:sts::123456789012:assumed-role/x', 'eu-west-1', 'img'),
    ).toBeUndefined();
  });
});
