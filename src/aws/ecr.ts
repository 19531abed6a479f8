// The ECR edge of the image checks: read a manifest (BatchGetImage) and the image config
// (GetDownloadUrlForLayer, then one GET of the pre-signed URL it answers), never a layer. Loaded
// only when the checks run (a dynamic import), so runs with `preflight: off` carry none of it.
//
// Every failure is a AwsCallError naming its operation and the repository. The download URL is a
// credential (its query signs the request): it is never put in a message, an error or a log line.
import { createHash } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  BatchGetImageCommand,
  ECRClient,
  GetDownloadUrlForLayerCommand,
} from '@aws-sdk/client-ecr';
import type { EcrReference } from '../inputs/ecr-reference.js';
import {
  proxyAwareAgents,
  sdkClientConfig,
  type Agents,
  type ClientSettings,
} from './client-config.js';
import { AwsCallError, IMAGE_CONFIG_DOWNLOAD, call, type AwsResource } from './errors.js';

export type { ECRClient };

/** Every manifest type Studio can run, asked for explicitly so ECR converts nothing. */
export const ACCEPTED_MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
] as const;

/** Image configs are a few kB; a long history makes them hundreds. Anything larger is not read. */
export const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

/** Where the image lives: the registry (an account, maybe not this one) and the repository. */
export type ImageLocation = Pick<EcrReference, 'registryId' | 'repository'>;

/** A tag or a digest, as BatchGetImage takes them. */
export type ImageId = { readonly tag: string } | { readonly digest: string };

/** What BatchGetImage answered for one image: its manifest, or ECR's reason for not having it. */
export type ManifestRead =
  | {
      readonly found: true;
      readonly digest: string;
      /** ECR's imageManifestMediaType; may be absent for old images. */
      readonly mediaType?: string;
      readonly manifest: string;
    }
  | {
      readonly found: false;
      /** ECR's failureCode: `ImageNotFound`, `ImageTagDoesNotMatchDigest`, `KmsError`, … */
      readonly code: string;
      readonly reason: string;
    };

/** The two reads the image checks make, for one repository. */
export interface EcrReads {
  /** One BatchGetImage request. */
  readManifest(imageId: ImageId): Promise<ManifestRead>;
  /**
   * The image config's text, its sha256 checked against `digest`: one GetDownloadUrlForLayer
   * request and one GET. `size` is the manifest's, checked before anything is requested.
   */
  readConfig(digest: string, size: number | undefined): Promise<string>;
}

export function createEcrClient(settings: ClientSettings): ECRClient {
  return new ECRClient(sdkClientConfig(settings));
}

const repositoryOf = (location: ImageLocation): AwsResource => ({
  kind: 'ECR repository',
  name: location.repository,
});

export async function batchGetImage(
  client: ECRClient,
  location: ImageLocation,
  imageId: ImageId,
): Promise<ManifestRead> {
  const response = await call(
    'BatchGetImage',
    () =>
      client.send(
        new BatchGetImageCommand({
          registryId: location.registryId,
          repositoryName: location.repository,
          imageIds: [
            'tag' in imageId ? { imageTag: imageId.tag } : { imageDigest: imageId.digest },
          ],
          acceptedMediaTypes: [...ACCEPTED_MEDIA_TYPES],
        }),
      ),
    repositoryOf(location),
  );
  const image = response.images?.[0];
  if (image?.imageManifest !== undefined) {
    return {
      found: true,
      digest: image.imageId?.imageDigest ?? ('digest' in imageId ? imageId.digest : ''),
      ...(image.imageManifestMediaType ? { mediaType: image.imageManifestMediaType } : {}),
      manifest: image.imageManifest,
    };
  }
  const failure = response.failures?.[0];
  if (failure !== undefined) {
    return {
      found: false,
      code: failure.failureCode ?? 'ImageNotFound',
      reason: failure.failureReason ?? '',
    };
  }
  throw new AwsCallError(
    'BatchGetImage',
    new Error('ECR answered with neither the image nor a failure'),
    repositoryOf(location),
  );
}

/** The pre-signed URL of one blob. A credential: the caller must never log it. */
export async function downloadUrlForLayer(
  client: ECRClient,
  location: ImageLocation,
  digest: string,
): Promise<string> {
  const response = await call(
    'GetDownloadUrlForLayer',
    () =>
      client.send(
        new GetDownloadUrlForLayerCommand({
          registryId: location.registryId,
          repositoryName: location.repository,
          layerDigest: digest,
        }),
      ),
    repositoryOf(location),
  );
  if (!response.downloadUrl) {
    throw new AwsCallError(
      'GetDownloadUrlForLayer',
      new Error('ECR answered without a download URL'),
      repositoryOf(location),
    );
  }
  return response.downloadUrl;
}

export interface DownloadOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly agents: Agents;
}

/** A failure of the download, in words that hold no part of the URL. */
export class DownloadError extends Error {
  override readonly name: string;
  readonly code: string | undefined;
  readonly $metadata: { readonly httpStatusCode?: number };
  constructor(name: string, message: string, fields: { code?: string; status?: number } = {}) {
    super(message);
    this.name = name;
    this.code = fields.code;
    this.$metadata = fields.status === undefined ? {} : { httpStatusCode: fields.status };
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * One GET of `url`: HTTPS (plain HTTP only to this machine, for a local endpoint), through the
 * proxy the environment names, within `timeoutMs`, at most `maxBytes`, and only if the body's
 * sha256 is `digest`. No redirect is followed.
 */
export function downloadVerified(
  url: string,
  digest: string,
  options: DownloadOptions,
): Promise<Buffer> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(
      new DownloadError('ImageConfigNotHttps', 'the download URL is not a URL'),
    );
  }
  const https = target.protocol === 'https:';
  if (!https && !(target.protocol === 'http:' && LOOPBACK.has(target.hostname))) {
    return Promise.reject(
      new DownloadError('ImageConfigNotHttps', `the download URL uses ${target.protocol}`),
    );
  }
  return new Promise<Buffer>((resolve, reject) => {
    const send = https ? httpsRequest : httpRequest;
    const request = send(target, {
      // Stryker disable next-line StringLiteral: Node sends GET for an empty method too
      method: 'GET',
      agent: https ? options.agents.httpsAgent : options.agents.httpAgent,
    });
    const fail = (error: DownloadError): void => {
      clearTimeout(timer);
      request.destroy();
      reject(error);
    };
    const timer = setTimeout(
      () =>
        fail(
          new DownloadError('TimeoutError', `no complete answer within ${options.timeoutMs} ms`),
        ),
      options.timeoutMs,
    );
    request.on('error', (error: Error & { code?: unknown }) => {
      // Stryker disable next-line ConditionalExpression: Node's network errors carry a string code or none
      const code = typeof error.code === 'string' ? error.code : undefined;
      fail(
        new DownloadError(
          'ImageConfigNetworkError',
          `the connection failed${code === undefined ? '' : ` (${code})`}`,
          code === undefined ? {} : { code },
        ),
      );
    });
    request.on('response', (response) => {
      readBody(response, options.maxBytes).then(
        (body) => {
          clearTimeout(timer);
          const actual = `sha256:${createHash('sha256').update(body).digest('hex')}`;
          if (actual === digest) resolve(body);
          else
            reject(
              new DownloadError(
                'ImageConfigDigestMismatch',
                `expected ${digest}, the body has ${actual}`,
              ),
            );
        },
        (error: DownloadError) => fail(error),
      );
    });
    request.end();
  });
}

/** The body of a 200 answer, at most `maxBytes`; any other answer fails, its body unread. */
function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const status = response.statusCode ?? 0;
    if (status !== 200) {
      // Stryker disable next-line CallExpression: the caller's fail() destroys the request, and this answer with it
      response.resume();
      reject(new DownloadError('ImageConfigHttpError', `HTTP ${status}`, { status }));
      return;
    }
    const tooLarge = (): DownloadError =>
      new DownloadError('ImageConfigTooLarge', `more than ${maxBytes} bytes`);
    if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
      response.destroy();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let length = 0;
    response.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        // Stryker disable next-line CallExpression: the caller's fail() destroys the request, and this answer with it
        response.destroy();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', () =>
      reject(new DownloadError('ImageConfigNetworkError', 'the answer was cut off')),
    );
  });
}

/** The reads of one repository through `client`; the download shares its time limit. */
export function ecrReads(
  client: ECRClient,
  location: ImageLocation,
  options: { readonly timeoutMs: number; readonly maxBytes?: number },
): EcrReads {
  const maxBytes = options.maxBytes ?? MAX_CONFIG_BYTES;
  return {
    readManifest: (imageId) => batchGetImage(client, location, imageId),
    async readConfig(digest, size) {
      if (size !== undefined && size > maxBytes) {
        const error = new DownloadError('ImageConfigTooLarge', `${size} bytes`);
        throw new AwsCallError(IMAGE_CONFIG_DOWNLOAD, error, repositoryOf(location));
      }
      const url = await downloadUrlForLayer(client, location, digest);
      // No keep-alive: one request, and nothing left to hold the process open after it.
      const agents = proxyAwareAgents({ keepAlive: false });
      const body = await call(
        IMAGE_CONFIG_DOWNLOAD,
        () => downloadVerified(url, digest, { timeoutMs: options.timeoutMs, maxBytes, agents }),
        repositoryOf(location),
      );
      return body.toString('utf8');
    },
  };
}

/** The ECR client for the base image's registry (its own region) and the reads the checks make. */
export function openEcrReads(
  reference: Pick<EcrReference, 'registryId' | 'repository' | 'region'>,
  settings: Omit<ClientSettings, 'region'>,
): { readonly reads: EcrReads; readonly client: ECRClient } {
  const client = createEcrClient({ ...settings, region: reference.region });
  return { client, reads: ecrReads(client, reference, { timeoutMs: settings.httpTimeoutMs }) };
}
