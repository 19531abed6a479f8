// Inputs → the CreateImageVersion request. Pure.
import type { CreateImageVersionRequest } from '@aws-sdk/client-sagemaker';
import type { Inputs } from './inputs.js';
import { withoutUndefined } from './inputs.js';

/** The request without its ClientToken: what the token is derived from. */
export type VersionRequestBody = Omit<CreateImageVersionRequest, 'ClientToken'>;

export function buildVersionRequestBody({
  imageName,
  baseImage,
  metadata,
}: Inputs): VersionRequestBody {
  return withoutUndefined<VersionRequestBody>({
    ImageName: imageName,
    BaseImage: baseImage,
    Aliases: metadata.aliases.length > 0 ? [...metadata.aliases] : undefined,
    VendorGuidance: metadata.vendorGuidance,
    JobType: metadata.jobType,
    MLFramework: metadata.mlFramework,
    ProgrammingLang: metadata.programmingLang,
    Processor: metadata.processor,
    Horovod: metadata.horovod,
    ReleaseNotes: metadata.releaseNotes,
  });
}
