// The image checks' two ECR reads, answered in process by an EcrModel (no HTTP), for tests of the
// step and of the flow: every layout of ecr-model.ts, and ECR's own failures as the edge reports
// them (AwsCallError). Each call is recorded.
import { AwsCallError } from '../src/aws/errors.js';
import type { EcrReads, ImageId } from '../src/aws/ecr.js';
import { EcrModel, STANDARD_REPOSITORY, type EcrOptions } from './ecr-model.js';
import { ApiError } from './studio-model.js';

export const LOCAL_ACCOUNT = '123456789012';

export interface ModelReads extends EcrReads {
  readonly model: EcrModel;
  /** The reads made, in order: `manifest <tag or digest>` or `config <digest>`. */
  readonly calls: string[];
}

/** An error as the SDK raises it: a name, a message, and the HTTP status. */
function sdkError(error: ApiError): Error {
  return Object.assign(new Error(error.message), {
    name: error.type,
    $metadata: { httpStatusCode: error.status },
  });
}

export function modelReads(
  options: EcrOptions = {},
  repository: string = STANDARD_REPOSITORY,
  registryId: string = LOCAL_ACCOUNT,
): ModelReads {
  const model = new EcrModel(
    options,
    LOCAL_ACCOUNT,
    () => 'http://127.0.0.1:1',
    () => 'us-east-1',
  );
  const calls: string[] = [];
  const resource = { kind: 'ECR repository', name: repository } as const;
  const send = <T>(operation: string, body: Record<string, unknown>): T => {
    try {
      return model.dispatch(operation, { registryId, repositoryName: repository, ...body }) as T;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new AwsCallError(operation, sdkError(error), resource);
    }
  };
  return {
    model,
    calls,
    readManifest: async (imageId: ImageId) => {
      calls.push(`manifest ${'tag' in imageId ? imageId.tag : imageId.digest}`);
      await Promise.resolve();
      const { images, failures } = send<{
        images: {
          imageId: { imageDigest: string };
          imageManifest: string;
          imageManifestMediaType: string;
        }[];
        failures: { failureCode: string; failureReason: string }[];
      }>('BatchGetImage', {
        imageIds: ['tag' in imageId ? { imageTag: imageId.tag } : { imageDigest: imageId.digest }],
      });
      const image = images[0];
      if (image !== undefined) {
        return {
          found: true as const,
          digest: image.imageId.imageDigest,
          mediaType: image.imageManifestMediaType,
          manifest: image.imageManifest,
        };
      }
      const failure = failures[0];
      return {
        found: false as const,
        code: failure?.failureCode ?? 'ImageNotFound',
        reason: failure?.failureReason ?? '',
      };
    },
    readConfig: async (digest: string) => {
      calls.push(`config ${digest}`);
      await Promise.resolve();
      const { downloadUrl } = send<{ downloadUrl: string }>('GetDownloadUrlForLayer', {
        layerDigest: digest,
      });
      return model.download(downloadUrl.replace('http://127.0.0.1:1', '')).body;
    },
  };
}
