import { describe, expect, it } from '@jest/globals';
import type { Inputs } from '../../src/inputs/inputs.js';
import { buildImageRequest, buildVersionRequestBody } from '../../src/register/request.js';

const INPUTS = {
  imageName: 'img',
  baseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1',
  region: 'us-east-1',
  aliases: ['latest'],
  metadata: {},
} as unknown as Inputs;

describe('buildVersionRequestBody', () => {
  it('sends only what is set, and the aliases it is given', () => {
    expect(buildVersionRequestBody(INPUTS, [])).toEqual({
      ImageName: 'img',
      BaseImage: INPUTS.baseImage,
    });
    expect(buildVersionRequestBody(INPUTS, ['latest'])).toEqual({
      ImageName: 'img',
      BaseImage: INPUTS.baseImage,
      Aliases: ['latest'],
    });
  });

  it('maps every metadata field to its API name', () => {
    const inputs = {
      ...INPUTS,
      metadata: {
        vendorGuidance: 'STABLE',
        jobType: 'TRAINING',
        mlFramework: 'PyTorch 2.3',
        programmingLang: 'Python 3.11',
        processor: 'GPU',
        horovod: false,
        releaseNotes: 'Notes',
      },
    } as Inputs;
    expect(buildVersionRequestBody(inputs, [])).toEqual({
      ImageName: 'img',
      BaseImage: INPUTS.baseImage,
      VendorGuidance: 'STABLE',
      JobType: 'TRAINING',
      MLFramework: 'PyTorch 2.3',
      ProgrammingLang: 'Python 3.11',
      Processor: 'GPU',
      Horovod: false,
      ReleaseNotes: 'Notes',
    });
  });
});

describe('buildImageRequest', () => {
  it('leaves out what is not set, tags included', () => {
    expect(buildImageRequest('img', { roleArn: 'arn:aws:iam::1:role/R', tags: [] })).toEqual({
      ImageName: 'img',
      RoleArn: 'arn:aws:iam::1:role/R',
    });
  });

  it('sends display name, description and tags', () => {
    expect(
      buildImageRequest('img', {
        roleArn: 'arn:aws:iam::1:role/R',
        displayName: 'Image',
        description: 'About it',
        tags: [{ Key: 'team', Value: 'ml' }],
      }),
    ).toEqual({
      ImageName: 'img',
      RoleArn: 'arn:aws:iam::1:role/R',
      DisplayName: 'Image',
      Description: 'About it',
      Tags: [{ Key: 'team', Value: 'ml' }],
    });
  });
});
