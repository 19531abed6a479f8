// Inputs → the CreateImageVersion and CreateImage requests. Pure.
import type { CreateImageRequest, CreateImageVersionRequest } from '@aws-sdk/client-sagemaker';
import type { Inputs, NewImage } from '../inputs/inputs.js';
import { withoutUndefined } from '../common/objects.js';

/** The request without its ClientToken: what the token is derived from. */
export type VersionRequestBody = Omit<CreateImageVersionRequest, 'ClientToken'>;

/**
 * The aliases CreateImageVersion carries: without `move-aliases` they go with the request. With
 * `move-aliases` they move once the version is CREATED. (Aliases that only a tested version may hold
 * belong to `./studio`, after `./launch-test`.)
 */
export function aliasesAtCreation(
  inputs: Pick<Inputs, 'aliases' | 'moveAliases'>,
): readonly string[] {
  return inputs.moveAliases ? [] : inputs.aliases;
}

/** `aliases`: the ones to set at creation (see aliasesAtCreation). */
export function buildVersionRequestBody(
  { imageName, baseImage, metadata }: Inputs,
  aliases: readonly string[],
): VersionRequestBody {
  return withoutUndefined<VersionRequestBody>({
    ImageName: imageName,
    BaseImage: baseImage,
    Aliases: aliases.length > 0 ? [...aliases] : undefined,
    VendorGuidance: metadata.vendorGuidance,
    JobType: metadata.jobType,
    MLFramework: metadata.mlFramework,
    ProgrammingLang: metadata.programmingLang,
    Processor: metadata.processor,
    Horovod: metadata.horovod,
    ReleaseNotes: metadata.releaseNotes,
  });
}

export function buildImageRequest(imageName: string, newImage: NewImage): CreateImageRequest {
  return withoutUndefined<CreateImageRequest>({
    ImageName: imageName,
    RoleArn: newImage.roleArn,
    DisplayName: newImage.displayName,
    Description: newImage.description,
    Tags: newImage.tags.length > 0 ? newImage.tags.map((tag) => ({ ...tag })) : undefined,
  });
}
