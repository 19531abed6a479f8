// The local endpoint's ECR model, through the real @aws-sdk/client-ecr: every layout the image
// checks meet, ECR's failures, the pre-signed download, and the action's own ECR edge reaching it
// through AWS_ENDPOINT_URL_ECR, as the bundle will.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  BatchGetImageCommand,
  ECRClient,
  GetDownloadUrlForLayerCommand,
  type BatchGetImageCommandOutput,
} from '@aws-sdk/client-ecr';
import { ACCEPTED_MEDIA_TYPES, openEcrReads } from '../../src/aws/ecr.js';
import {
  TEST_ACCOUNT,
  TEST_CREDENTIALS,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';
import {
  CONFIGS,
  LAYOUTS,
  MEDIA,
  STANDARD_REPOSITORY,
  STANDARD_TAGS,
  type SeededImage,
} from '../../__fixtures__/ecr-model.js';

let server: SageMakerServer;
let client: ECRClient;
const OTHER_ACCOUNT = '210987654321';
const sha = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

beforeAll(async () => {
  server = await startSageMakerServer({ images: ['img'] });
  client = new ECRClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

const getImage = (
  imageIds: { imageTag?: string; imageDigest?: string }[],
  repositoryName = STANDARD_REPOSITORY,
  extra: { registryId?: string; acceptedMediaTypes?: string[] } = {},
): Promise<BatchGetImageCommandOutput> =>
  client.send(
    new BatchGetImageCommand({
      repositoryName,
      imageIds,
      acceptedMediaTypes: [...ACCEPTED_MEDIA_TYPES],
      ...extra,
    }),
  );

async function download(digest: string, repositoryName = STANDARD_REPOSITORY): Promise<Response> {
  const { downloadUrl } = await client.send(
    new GetDownloadUrlForLayerCommand({ repositoryName, layerDigest: digest }),
  );
  return fetch(downloadUrl ?? '');
}

describe('the standard images', () => {
  it('holds every layout and every problem config under its own tag', async () => {
    const { images, failures } = await getImage(STANDARD_TAGS.map((imageTag) => ({ imageTag })));
    expect(failures).toStrictEqual([]);
    expect(images?.map((image) => image.imageId?.imageTag)).toStrictEqual([...STANDARD_TAGS]);
    expect(STANDARD_TAGS).toEqual(expect.arrayContaining([...LAYOUTS, 'root', 'huge']));
  });

  it.each<[string, string, string[]]>([
    ['docker', MEDIA.dockerManifest, []],
    ['oci', MEDIA.ociManifest, []],
    ['arm64-manifest', MEDIA.dockerManifest, []],
    ['attestation-index', MEDIA.ociIndex, ['linux/amd64', 'unknown/unknown']],
    [
      'multi-platform',
      MEDIA.ociIndex,
      ['linux/amd64', 'unknown/unknown', 'linux/arm64/v8', 'unknown/unknown'],
    ],
    ['docker-list', MEDIA.dockerList, ['linux/amd64', 'linux/arm64/v8']],
    ['arm64-only', MEDIA.ociIndex, ['linux/arm64/v8', 'unknown/unknown']],
    ['soci-index', MEDIA.ociIndex, ['linux/amd64', 'linux/amd64']],
  ])('answers %s as %s, digest and all', async (tag, mediaType, platforms) => {
    const image = (await getImage([{ imageTag: tag }])).images?.[0];
    expect(image?.imageManifestMediaType).toBe(mediaType);
    expect(image?.imageId?.imageDigest).toBe(sha(image?.imageManifest ?? ''));
    const manifest = JSON.parse(image?.imageManifest ?? '{}') as {
      manifests?: { platform: { os: string; architecture: string; variant?: string } }[];
    };
    expect(
      (manifest.manifests ?? []).map(({ platform: p }) =>
        [p.os, p.architecture, ...(p.variant ? [p.variant] : [])].join('/'),
      ),
    ).toStrictEqual(platforms);
  });

  it('marks the SOCI index by artifactType, and the image by its annotation', async () => {
    const manifest = JSON.parse(
      (await getImage([{ imageTag: 'soci-index' }])).images?.[0]?.imageManifest ?? '{}',
    ) as {
      manifests: { digest: string; artifactType?: string; annotations?: Record<string, string> }[];
    };
    const [image, soci] = manifest.manifests;
    expect(soci?.artifactType).toBe('application/vnd.amazon.soci.index.v2+json');
    expect(image?.annotations?.['com.amazon.soci.index-digest']).toBe(soci?.digest);
    expect(soci?.annotations?.['com.amazon.soci.image-manifest-digest']).toBe(image?.digest);
  });

  it('serves the amd64 manifest of an index by its digest, and its config by download', async () => {
    const index = JSON.parse(
      (await getImage([{ imageTag: 'attestation-index' }])).images?.[0]?.imageManifest ?? '{}',
    ) as { manifests: { digest: string }[] };
    const amd64 = index.manifests[0]?.digest ?? '';
    const image = (await getImage([{ imageDigest: amd64 }])).images?.[0];
    expect(image?.imageManifestMediaType).toBe(MEDIA.ociManifest);
    const { config, layers } = JSON.parse(image?.imageManifest ?? '{}') as {
      config: { digest: string; size: number };
      layers: { size: number }[];
    };
    const answer = await download(config.digest);
    const text = await answer.text();
    expect([answer.status, sha(text), text.length]).toStrictEqual([
      200,
      config.digest,
      config.size,
    ]);
    expect(JSON.parse(text)).toMatchObject({
      architecture: 'amd64',
      os: 'linux',
      config: { User: '1000:100', Entrypoint: ['jupyter-lab'] },
    });
    expect(layers.map((layer) => layer.size)).toStrictEqual(CONFIGS.studio.layerSizes);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['root', {}, ['User']],
    ['named-user', { User: 'sagemaker-user' }, []],
    ['no-start', { Cmd: null }, ['Entrypoint']],
    [
      'aws-env',
      { Env: expect.arrayContaining(['AWS_REGION=eu-west-1', 'SAGEMAKER_APP_TYPE=x']) },
      [],
    ],
  ])('gives %s its config', async (tag, expected, absent) => {
    const manifest = JSON.parse(
      (await getImage([{ imageTag: tag }])).images?.[0]?.imageManifest ?? '{}',
    ) as { config: { digest: string } };
    const config = (await (await download(manifest.config.digest)).json()) as {
      config: Record<string, unknown>;
    };
    expect(config.config).toMatchObject(expected);
    for (const key of absent) expect(config.config).not.toHaveProperty(key);
  });

  it('gives huge more than 10 GB of layers', async () => {
    const manifest = JSON.parse(
      (await getImage([{ imageTag: 'huge' }])).images?.[0]?.imageManifest ?? '{}',
    ) as { layers: { size: number }[] };
    expect(manifest.layers.reduce((total, layer) => total + layer.size, 0)).toBeGreaterThan(1e10);
  });
});

describe("ECR's failures", () => {
  it('answers a missing tag, a mismatched tag and digest, and neither, as failures', async () => {
    const seeded = server.ecr.seedImage('team/app', '1', 'docker');
    const { images, failures } = await getImage(
      [
        { imageTag: 'missing' },
        { imageTag: '1', imageDigest: sha('other') },
        {},
        { imageTag: '1', imageDigest: seeded.digest },
      ],
      'team/app',
    );
    expect(failures?.map((failure) => failure.failureCode)).toStrictEqual([
      'ImageNotFound',
      'ImageTagDoesNotMatchDigest',
      'MissingDigestAndTag',
    ]);
    expect(images?.map((image) => image.imageId?.imageDigest)).toStrictEqual([seeded.digest]);
  });

  it('answers ImageNotFound for a manifest type the caller does not accept', async () => {
    const { failures } = await getImage([{ imageTag: 'attestation-index' }], STANDARD_REPOSITORY, {
      acceptedMediaTypes: [MEDIA.dockerManifest],
    });
    expect(failures?.[0]?.failureCode).toBe('ImageNotFound');
  });

  it('fails with RepositoryNotFoundException in ECR words', async () => {
    await expect(getImage([{ imageTag: '1' }], 'nowhere')).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
      message: `The repository with name 'nowhere' does not exist in the registry with id '${TEST_ACCOUNT}'`,
    });
  });

  it('keeps registries apart: a repository of another account needs its registryId', async () => {
    const seeded: SeededImage = server.ecr.seedImage(
      'shared/base',
      'v1',
      'oci',
      CONFIGS.studio,
      OTHER_ACCOUNT,
    );
    expect(seeded.uri).toBe(`${OTHER_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/shared/base:v1`);
    await expect(getImage([{ imageTag: 'v1' }], 'shared/base')).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
    });
    const { images } = await getImage([{ imageTag: 'v1' }], 'shared/base', {
      registryId: OTHER_ACCOUNT,
    });
    expect(images?.[0]?.registryId).toBe(OTHER_ACCOUNT);
  });

  it('hands out no layer: the checks never need one', async () => {
    const manifest = JSON.parse(
      (await getImage([{ imageTag: 'docker' }])).images?.[0]?.imageManifest ?? '{}',
    ) as { layers: { digest: string }[] };
    await expect(
      client.send(
        new GetDownloadUrlForLayerCommand({
          repositoryName: STANDARD_REPOSITORY,
          layerDigest: manifest.layers[0]?.digest ?? '',
        }),
      ),
    ).rejects.toMatchObject({ name: 'LayersNotFoundException' });
  });

  it('answers AccessDeniedException naming the ecr: action when it is denied', async () => {
    server.options.deniedOperations = ['GetDownloadUrlForLayer'];
    try {
      await expect(download(sha('{}'))).rejects.toMatchObject({
        name: 'AccessDeniedException',
        message: expect.stringContaining(
          'is not authorized to perform: ecr:GetDownloadUrlForLayer',
        ),
      });
    } finally {
      server.options.deniedOperations = [];
    }
  });
});

describe('the pre-signed download', () => {
  async function configUrl(): Promise<string> {
    const seeded = server.ecr.seedImage('team/app', 'url', 'docker');
    const { downloadUrl } = await client.send(
      new GetDownloadUrlForLayerCommand({
        repositoryName: 'team/app',
        layerDigest: seeded.configDigest ?? '',
      }),
    );
    return downloadUrl ?? '';
  }

  it('looks like an S3 pre-signed URL on this server, and is recorded as BlobDownload', async () => {
    const url = await configUrl();
    expect(url).toMatch(
      new RegExp(
        `^${server.url}/ecr-blob/${TEST_ACCOUNT}/team/app/sha256:[0-9a-f]{64}\\?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=.+&X-Amz-Date=\\d{8}T\\d{6}Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=[0-9a-f]{64}$`,
      ),
    );
    expect((await fetch(url)).status).toBe(200);
    expect(server.operations().at(-1)).toBe('BlobDownload');
  });

  it('refuses a URL whose signature was changed', async () => {
    const url = (await configUrl()).replace(/Signature=[0-9a-f]/, 'Signature=x');
    const answer = await fetch(url);
    expect([answer.status, await answer.text()]).toStrictEqual([
      403,
      expect.stringContaining('<Code>SignatureDoesNotMatch</Code>'),
    ]);
  });

  it('refuses a URL once it has expired', async () => {
    server.ecr.options.downloadTtlMs = 0;
    try {
      const answer = await fetch(await configUrl());
      expect([answer.status, await answer.text()]).toStrictEqual([
        403,
        expect.stringContaining('<Message>Request has expired</Message>'),
      ]);
    } finally {
      delete server.ecr.options.downloadTtlMs;
    }
  });

  it('takes faults like any operation', async () => {
    const url = await configUrl();
    server.faults.push({ kind: 'drop-before', operation: 'BlobDownload' });
    await expect(fetch(url)).rejects.toThrow();
    expect((await fetch(url)).status).toBe(200);
  });
});

describe('anyImage', () => {
  it('answers any tag or digest of an existing repository with a plain image of the seed', async () => {
    const lenient = await startSageMakerServer({ ecr: { anyImage: CONFIGS.root } });
    const lenientClient = new ECRClient({
      region: 'us-east-1',
      endpoint: lenient.url,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    });
    try {
      const digest = `sha256:${'ab'.repeat(32)}`;
      const { images } = await lenientClient.send(
        new BatchGetImageCommand({
          repositoryName: STANDARD_REPOSITORY,
          imageIds: [{ imageDigest: digest }, { imageTag: 'anything' }],
        }),
      );
      expect(images?.map((image) => image.imageId?.imageDigest)[0]).toBe(digest);
      expect(images?.map((image) => image.imageManifestMediaType)).toStrictEqual([
        MEDIA.dockerManifest,
        MEDIA.dockerManifest,
      ]);
    } finally {
      lenientClient.destroy();
      await lenient.close();
    }
  });
});

describe("the action's ECR edge against the local endpoint", () => {
  it('reaches it through AWS_ENDPOINT_URL_ECR, signed for service ecr, and reads an image', async () => {
    const names = ['AWS_ENDPOINT_URL_ECR', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;
    const saved = names.map((name) => process.env[name]);
    process.env.AWS_ENDPOINT_URL_ECR = server.url;
    process.env.AWS_ACCESS_KEY_ID = TEST_CREDENTIALS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = TEST_CREDENTIALS.secretAccessKey;
    const before = server.requests.length;
    const logged: string[] = [];
    const { client: edge, reads } = openEcrReads(
      { registryId: TEST_ACCOUNT, repository: STANDARD_REPOSITORY, region: 'us-east-1' },
      { maxAttempts: 1, httpTimeoutMs: 5000, runId: '7', log: (line) => logged.push(line) },
    );
    try {
      const manifest = await reads.readManifest({ tag: 'docker' });
      expect(manifest.found).toBe(true);
      const document = JSON.parse(manifest.found ? manifest.manifest : '{}') as {
        config: { digest: string; size: number };
      };
      const config = await reads.readConfig(document.config.digest, document.config.size);
      expect(JSON.parse(config)).toMatchObject({ architecture: 'amd64', os: 'linux' });
      const seen = server.requests.slice(before);
      expect(seen.map((request) => [request.operation, request.signatureValid])).toStrictEqual([
        ['BatchGetImage', true],
        ['GetDownloadUrlForLayer', true],
        ['BlobDownload', true],
      ]);
      expect(String(seen[0]?.headers.authorization)).toMatch(/\/us-east-1\/ecr\/aws4_request/);
      expect(String(seen[0]?.headers['user-agent'])).toContain('gha-run/7');
      // The SDK's own log lines (the step's debug log) never hold the pre-signed URL.
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.filter((line) => /X-Amz-Signature|ecr-blob/.test(line))).toStrictEqual([]);
    } finally {
      edge.destroy();
      names.forEach((name, i) => {
        if (saved[i] === undefined) delete process.env[name];
        else process.env[name] = saved[i];
      });
    }
  });
});
