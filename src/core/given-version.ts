// The image version an entry point is given (`image-version-arn`, the output of `./`): in the step's
// region, and read as SageMaker holds it. Shared by `./studio` and `./launch-test`, which differ only
// in what they do with it and how they say no.
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import { readImageVersionArn, type ImageVersionArnParts } from '../aws/arn.js';
import { ActionError } from '../common/action-error.js';
import type { SessionInputs } from '../inputs/common-inputs.js';
import type { Session } from '../run/session.js';

/**
 * The version `image-version-arn` names; one in another region than the step's is refused before
 * any request. `why` says why the region matters to the step, `instead` what else it could do.
 */
export function givenVersion(
  inputs: Pick<SessionInputs, 'region'> & { readonly imageVersionArn: string },
  why: string,
  instead: string,
): ImageVersionArnParts {
  const version = readImageVersionArn(inputs.imageVersionArn);
  if (version.region !== inputs.region) {
    throw new ActionError(
      `Input \`image-version-arn\` names a version in ${version.region}, but this step works in ` +
        `${inputs.region}: ${why}. Set \`aws-region\` to ${version.region}, or ${instead} ` +
        `registered in ${inputs.region}. Nothing was sent to AWS.`,
    );
  }
  return version;
}

/**
 * The image's name as the image spells it (an ARN holds it in lower case, while Studio's entries
 * name it as spelled), and the version as DescribeImageVersion gives it: undefined when it does not
 * exist (a dry run of `./` plans such a version); any other failed read (credentials, permissions)
 * throws, so a dry run fails as a real run would.
 */
export async function readGivenVersion(
  session: Session<SessionInputs>,
  version: ImageVersionArnParts,
): Promise<{ imageName: string; described: DescribeImageVersionResponse | undefined }> {
  const { api, client } = session;
  const image = await api.describeImage(client, version.imageName);
  const imageName = image?.ImageName ?? version.imageName;
  const described = await api.unlessNotFound(() =>
    api.describeImageVersion(client, imageName, version.version),
  );
  return { imageName, described };
}
