// The ECR edge with the SDK mocked and the download served on 127.0.0.1: what each call sends,
// ECR's per-image failures as typed results, the one GET (status, size, time, digest, proxy), and
// that no message ever holds the pre-signed URL.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, Agent as HttpAgent, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, Agent as HttpsAgent } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import {
  BatchGetImageCommand,
  ECRClient,
  ECRServiceException,
  GetDownloadUrlForLayerCommand,
  RepositoryNotFoundException,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import * as ecr from '../../src/aws/ecr.js';
import { AwsCallError, explainAwsError } from '../../src/aws/errors.js';
import { startCountingProxy } from '../../__fixtures__/proxy.js';
import { ROOT } from '../../__fixtures__/run-action.js';

const mocked = mockClient(ECRClient);
const client = new ECRClient({ region: 'eu-west-1' });
const location = { registryId: '210987654321', repository: 'team/jupyter' };
const CONFIG = '{"architecture":"amd64","os":"linux","config":{"User":"1000:100"}}';
const sha = (text: string | Buffer): string =>
  `sha256:${createHash('sha256').update(text).digest('hex')}`;
const CONFIG_DIGEST = sha(CONFIG);
/** The query a pre-signed URL carries: a credential, which no message may repeat. */
const SIGNED = 'X-Amz-Credential=AKIDSECRET&X-Amz-Signature=deadbeefsecret';
const CONTEXT = { operation: 'preflight', imageName: 'img', region: 'eu-west-1' };

/** How the download server answers a path. */
type Answer = (response: ServerResponse) => void;
const answers = new Map<string, Answer>();
let server: Server;
let base = '';
/** The download server's open connections: each download must close its own. */
const openSockets = new Set<Socket>();
/** A body of exactly the limit the download tests use. */
const AT_LIMIT = 'x'.repeat(1024);

/** Resolves once the server has no open connection (a connection left open fails the test by its timeout). */
async function allConnectionsClosed(): Promise<void> {
  while (openSockets.size > 0)
    await Promise.all(
      [...openSockets].map((socket) => new Promise((resolve) => socket.once('close', resolve))),
    );
}

/** The timers the process holds: a download must leave none behind to hold the step open. */
const timerCount = (): number =>
  process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
const plainAgents = { httpAgent: new HttpAgent(), httpsAgent: new HttpsAgent() };
const options = { timeoutMs: 2000, maxBytes: 1024, agents: plainAgents };

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    const answer = answers.get(path);
    if (answer === undefined) response.writeHead(404).end();
    else answer(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  answers.set('/config', (response) => response.writeHead(200).end(CONFIG));
  answers.set('/forbidden', (response) => response.writeHead(403).end('<Error>expired</Error>'));
  answers.set('/big', (response) => response.writeHead(200).end('x'.repeat(2048)));
  answers.set('/big-chunked', (response) => {
    response.writeHead(200, { 'transfer-encoding': 'chunked' });
    response.write('x'.repeat(700));
    setTimeout(() => response.end('y'.repeat(700)), 20);
  });
  answers.set('/redirect', (response) =>
    response.writeHead(307, { location: `${base}/config` }).end(),
  );
  answers.set('/hang', () => undefined);
  // Says it is too large and then sends almost nothing: only the declared length can refuse it.
  answers.set('/big-declared', (response) => {
    response.writeHead(200, { 'content-length': '2048' });
    response.write('x');
  });
  answers.set('/cut', (response) => {
    response.writeHead(200, { 'content-length': '100' });
    response.write('partial');
    setTimeout(() => response.socket?.destroy(), 20);
  });
  answers.set('/limit', (response) => response.writeHead(200).end(AT_LIMIT));
  answers.set('/limit-chunked', (response) => {
    response.writeHead(200, { 'transfer-encoding': 'chunked' });
    response.write(AT_LIMIT.slice(0, 500));
    setTimeout(() => response.end(AT_LIMIT.slice(500)), 20);
  });
  // Never ends: only the client closing the connection stops it.
  answers.set('/endless', (response) => {
    response.writeHead(200, { 'transfer-encoding': 'chunked' });
    const timer = setInterval(() => response.write('x'.repeat(600)), 5);
    response.on('close', () => clearInterval(timer));
  });
  server.on('connection', (socket) => {
    openSockets.add(socket);
    socket.on('close', () => openSockets.delete(socket));
  });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  mocked.reset();
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as Error,
  );
}

describe('batchGetImage', () => {
  it('asks the registry for a tag, accepting every manifest type Studio can run', async () => {
    mocked.on(BatchGetImageCommand).resolves({
      images: [
        {
          imageId: { imageDigest: 'sha256:aa', imageTag: '2.1' },
          imageManifest: '{}',
          imageManifestMediaType: 'application/vnd.oci.image.index.v1+json',
        },
      ],
      failures: [],
    });
    await expect(ecr.batchGetImage(client, location, { tag: '2.1' })).resolves.toStrictEqual({
      found: true,
      digest: 'sha256:aa',
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifest: '{}',
    });
    expect(mocked.commandCalls(BatchGetImageCommand)[0]?.args[0].input).toStrictEqual({
      registryId: '210987654321',
      repositoryName: 'team/jupyter',
      imageIds: [{ imageTag: '2.1' }],
      acceptedMediaTypes: [
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.oci.image.index.v1+json',
      ],
    });
  });

  it('asks for a digest, and keeps it when ECR leaves the image id and media type out', async () => {
    mocked.on(BatchGetImageCommand).resolves({ images: [{ imageManifest: '{"a":1}' }] });
    await expect(
      ecr.batchGetImage(client, location, { digest: 'sha256:bb' }),
    ).resolves.toStrictEqual({ found: true, digest: 'sha256:bb', manifest: '{"a":1}' });
    expect(mocked.commandCalls(BatchGetImageCommand)[0]?.args[0].input.imageIds).toStrictEqual([
      { imageDigest: 'sha256:bb' },
    ]);
  });

  it('has no digest to give for a tag when ECR leaves the image id out', async () => {
    mocked.on(BatchGetImageCommand).resolves({ images: [{ imageManifest: '{}' }] });
    await expect(ecr.batchGetImage(client, location, { tag: 'v1' })).resolves.toStrictEqual({
      found: true,
      digest: '',
      manifest: '{}',
    });
  });

  it.each(['ImageNotFound', 'ImageTagDoesNotMatchDigest', 'KmsError'] as const)(
    'returns the failure %s as a result, with its reason',
    async (failureCode) => {
      mocked.on(BatchGetImageCommand).resolves({
        images: [],
        failures: [
          { imageId: { imageTag: 'x' }, failureCode, failureReason: 'Requested image not found' },
        ],
      });
      await expect(ecr.batchGetImage(client, location, { tag: 'x' })).resolves.toStrictEqual({
        found: false,
        code: failureCode,
        reason: 'Requested image not found',
      });
    },
  );

  it('reads a failure without code or reason as not found', async () => {
    mocked.on(BatchGetImageCommand).resolves({ failures: [{}] });
    await expect(ecr.batchGetImage(client, location, { tag: 'x' })).resolves.toStrictEqual({
      found: false,
      code: 'ImageNotFound',
      reason: '',
    });
  });

  it('fails, naming the operation, when ECR answers with neither', async () => {
    mocked.on(BatchGetImageCommand).resolves({});
    const error = await rejection(ecr.batchGetImage(client, location, { tag: 'x' }));
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error.message).toBe(
      'BatchGetImage failed: ECR answered with neither the image nor a failure',
    );
  });

  it('fails as a AwsCallError about the repository when it does not exist', async () => {
    mocked
      .on(BatchGetImageCommand)
      .rejects(new RepositoryNotFoundException({ message: 'no repository', $metadata: {} }));
    const error = await rejection(ecr.batchGetImage(client, location, { tag: 'x' }));
    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as AwsCallError).operation).toBe('BatchGetImage');
    expect((error as AwsCallError).resource).toStrictEqual({
      kind: 'ECR repository',
      name: 'team/jupyter',
    });
  });
});

describe('downloadUrlForLayer', () => {
  it('asks for the blob of the registry and repository', async () => {
    mocked.on(GetDownloadUrlForLayerCommand).resolves({ downloadUrl: `${base}/config?${SIGNED}` });
    await expect(ecr.downloadUrlForLayer(client, location, CONFIG_DIGEST)).resolves.toBe(
      `${base}/config?${SIGNED}`,
    );
    expect(mocked.commandCalls(GetDownloadUrlForLayerCommand)[0]?.args[0].input).toStrictEqual({
      registryId: '210987654321',
      repositoryName: 'team/jupyter',
      layerDigest: CONFIG_DIGEST,
    });
  });

  it('fails, naming the operation, without a URL', async () => {
    mocked.on(GetDownloadUrlForLayerCommand).resolves({});
    await expect(ecr.downloadUrlForLayer(client, location, CONFIG_DIGEST)).rejects.toThrow(
      'GetDownloadUrlForLayer failed: ECR answered without a download URL',
    );
  });

  it('fails as a AwsCallError when the permission is missing', async () => {
    mocked.on(GetDownloadUrlForLayerCommand).rejects(
      new ECRServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'not authorized to perform: ecr:GetDownloadUrlForLayer',
        $metadata: {},
      }),
    );
    const error = await rejection(ecr.downloadUrlForLayer(client, location, CONFIG_DIGEST));
    expect(explainAwsError(error, CONTEXT)).toContain('`preflight: off`');
  });
});

describe('downloadVerified', () => {
  const url = (path: string): string => `${base}${path}?${SIGNED}`;

  /** The failure's name, its message, and proof that neither holds the URL. */
  async function failure(path: string, opts = options): Promise<[string, string]> {
    const error = await rejection(ecr.downloadVerified(url(path), CONFIG_DIGEST, opts));
    const explained = explainAwsError(
      new AwsCallError('ImageConfigDownload', error, { kind: 'ECR repository', name: 'r' }),
      CONTEXT,
    );
    for (const text of [error.message, explained, String(error.stack)]) {
      expect(text).not.toContain('SECRET');
      expect(text).not.toContain('secret');
      expect(text).not.toContain(path);
    }
    return [error.name, error.message];
  }

  it('returns the body when its sha256 is the digest', async () => {
    const body = await ecr.downloadVerified(url('/config'), CONFIG_DIGEST, options);
    expect(body.toString('utf8')).toBe(CONFIG);
  });

  it.each<[string, string, string, string]>([
    ['a body past the limit, by its length', '/big', 'ImageConfigTooLarge', 'more than 1024 bytes'],
    [
      'a declared length past the limit, before the body',
      '/big-declared',
      'ImageConfigTooLarge',
      'more than 1024 bytes',
    ],
    ['a refusal', '/forbidden', 'ImageConfigHttpError', 'HTTP 403'],
    ['a redirect, not followed', '/redirect', 'ImageConfigHttpError', 'HTTP 307'],
    [
      'a body past the limit, streamed',
      '/big-chunked',
      'ImageConfigTooLarge',
      'more than 1024 bytes',
    ],
    ['an answer cut off', '/cut', 'ImageConfigNetworkError', 'the answer was cut off'],
  ])('fails on %s', async (_label, path, name, message) => {
    await expect(failure(path)).resolves.toStrictEqual([name, message]);
  });

  it('takes a body of exactly the limit, declared or streamed', async () => {
    for (const path of ['/limit', '/limit-chunked']) {
      const body = await ecr.downloadVerified(url(path), sha(AT_LIMIT), options);
      expect(body.toString('utf8')).toBe(AT_LIMIT);
    }
  });

  it('keeps the HTTP status of a refusal, for the explanation', async () => {
    const refused = await rejection(
      ecr.downloadVerified(url('/forbidden'), CONFIG_DIGEST, options),
    );
    expect((refused as ecr.DownloadError).$metadata).toStrictEqual({ httpStatusCode: 403 });
    const cut = await rejection(ecr.downloadVerified(url('/cut'), CONFIG_DIGEST, options));
    expect((cut as ecr.DownloadError).$metadata).toStrictEqual({});
  });

  it.each([
    ['a body it read', '/config', CONFIG_DIGEST],
    ['a refusal, its body unread', '/forbidden', CONFIG_DIGEST],
    ['a body that never ends, past the limit', '/endless', CONFIG_DIGEST],
    ['an answer that never comes', '/hang', CONFIG_DIGEST],
  ])('closes its connection and leaves no timer after %s', async (_label, path, digest) => {
    const timers = timerCount();
    await ecr
      .downloadVerified(url(path), digest, { ...options, timeoutMs: 200 })
      .catch(() => undefined);
    await allConnectionsClosed();
    // The server's own timers (the endless body's) stop as its connection closes.
    await new Promise((resolve) => setImmediate(resolve));
    expect(timerCount()).toBe(timers);
  });

  it('fails when the body is not what the digest names', async () => {
    const error = await rejection(ecr.downloadVerified(url('/config'), sha('other'), options));
    expect([error.name, error.message]).toStrictEqual([
      'ImageConfigDigestMismatch',
      `expected ${sha('other')}, the body has ${CONFIG_DIGEST}`,
    ]);
  });

  it('gives up after its time limit', async () => {
    await expect(failure('/hang', { ...options, timeoutMs: 100 })).resolves.toStrictEqual([
      'TimeoutError',
      'no complete answer within 100 ms',
    ]);
  });

  it('fails as a network problem, with its code only, when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await rejection(
      ecr.downloadVerified(`http://127.0.0.1:${port}/x?${SIGNED}`, CONFIG_DIGEST, options),
    );
    expect([error.name, error.message, (error as ecr.DownloadError).code]).toStrictEqual([
      'ImageConfigNetworkError',
      'the connection failed (ECONNREFUSED)',
      'ECONNREFUSED',
    ]);
  });

  it.each(['localhost', '[::1]'])(
    'takes plain HTTP to %s as this machine, and connects',
    async (host) => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const error = await rejection(
        ecr.downloadVerified(`http://${host}:${port}/x?${SIGNED}`, CONFIG_DIGEST, options),
      );
      expect(error.name).toBe('ImageConfigNetworkError');
    },
  );

  it.each([
    ['plain HTTP to another host', `http://example.com/x?${SIGNED}`, 'the download URL uses http:'],
    ['another scheme', `ftp://127.0.0.1/x?${SIGNED}`, 'the download URL uses ftp:'],
    ['no URL at all', 'not a url SECRET', 'the download URL is not a URL'],
  ])('refuses %s without connecting', async (_label, target, message) => {
    const error = await rejection(ecr.downloadVerified(target, CONFIG_DIGEST, options));
    expect([error.name, error.message]).toStrictEqual(['ImageConfigNotHttps', message]);
  });

  it('fetches over HTTPS with the HTTPS agent', async () => {
    const tls = {
      key: readFileSync(join(ROOT, '__fixtures__', 'tls', 'key.pem')),
      cert: readFileSync(join(ROOT, '__fixtures__', 'tls', 'cert.pem')),
    };
    const secure = createHttpsServer(tls, (_request, response) => response.end(CONFIG));
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    try {
      const port = (secure.address() as AddressInfo).port;
      const agents = { httpAgent: new HttpAgent(), httpsAgent: new HttpsAgent({ ca: tls.cert }) };
      const body = await ecr.downloadVerified(
        `https://127.0.0.1:${port}/config?${SIGNED}`,
        CONFIG_DIGEST,
        { ...options, agents },
      );
      expect(body.toString('utf8')).toBe(CONFIG);
    } finally {
      secure.closeAllConnections();
      await new Promise<void>((resolve) => secure.close(() => resolve()));
    }
  });
});

describe('ecrReads', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('reads a manifest with one BatchGetImage', async () => {
    mocked.on(BatchGetImageCommand).resolves({ images: [{ imageManifest: '{}' }] });
    const reads = ecr.ecrReads(client, location, { timeoutMs: 1000 });
    await expect(reads.readManifest({ digest: 'sha256:cc' })).resolves.toMatchObject({
      found: true,
    });
    expect(mocked.calls()).toHaveLength(1);
  });

  it('reads the config: the URL, then one GET through the proxy the environment names', async () => {
    mocked.on(GetDownloadUrlForLayerCommand).resolves({ downloadUrl: `${base}/config?${SIGNED}` });
    const proxy = await startCountingProxy();
    try {
      process.env.HTTP_PROXY = proxy.url;
      delete process.env.NO_PROXY;
      delete process.env.no_proxy;
      const reads = ecr.ecrReads(client, location, { timeoutMs: 2000 });
      await expect(reads.readConfig(CONFIG_DIGEST, CONFIG.length)).resolves.toBe(CONFIG);
      expect(proxy.seen).toStrictEqual([`GET 127.0.0.1:${new URL(base).port}`]);
    } finally {
      await proxy.close();
    }
  });

  it('does not ask for a config the manifest says is too large', async () => {
    const reads = ecr.ecrReads(client, location, { timeoutMs: 1000, maxBytes: 10 });
    const error = await rejection(reads.readConfig(CONFIG_DIGEST, 11));
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error.message).toBe('ImageConfigDownload failed: 11 bytes');
    expect(((error as AwsCallError).cause as Error).name).toBe('ImageConfigTooLarge');
    expect(mocked.calls()).toHaveLength(0);
  });

  it('asks for a config of exactly the limit, and closes the connection after it', async () => {
    mocked.on(GetDownloadUrlForLayerCommand).resolves({ downloadUrl: `${base}/limit?${SIGNED}` });
    const reads = ecr.ecrReads(client, location, { timeoutMs: 2000, maxBytes: 1024 });
    await expect(reads.readConfig(sha(AT_LIMIT), 1024)).resolves.toBe(AT_LIMIT);
    await allConnectionsClosed();
  });

  it('fails as ImageConfigDownload about the repository, never naming the URL', async () => {
    mocked
      .on(GetDownloadUrlForLayerCommand)
      .resolves({ downloadUrl: `${base}/forbidden?${SIGNED}` });
    const reads = ecr.ecrReads(client, location, { timeoutMs: 1000 });
    const error = await rejection(reads.readConfig(CONFIG_DIGEST, undefined));
    const explained = explainAwsError(error, CONTEXT);
    expect(explained).toMatch(
      /^ImageConfigDownload for ECR repository "team\/jupyter" in eu-west-1 failed: the pre-signed download URL ECR gave was refused/,
    );
    expect(explained).not.toContain(base);
    expect(explained).not.toContain('SECRET');
  });
});

describe('createEcrClient and openEcrReads', () => {
  const settings = { maxAttempts: 4, httpTimeoutMs: 1500, runId: '42', log: () => undefined };

  it("goes to the region of the image's registry, with the run's settings and user agent", async () => {
    const { client: opened, reads } = ecr.openEcrReads(
      { registryId: '210987654321', repository: 'r', region: 'ap-south-1' },
      settings,
    );
    await expect(opened.config.region()).resolves.toBe('ap-south-1');
    await expect(opened.config.maxAttempts()).resolves.toBe(4);
    expect(opened.config.customUserAgent).toStrictEqual([
      ['sagemaker-image-version-action', expect.any(String)],
      ['gha-run', '42'],
    ]);
    expect(Object.keys(reads).sort()).toStrictEqual(['readConfig', 'readManifest']);
    opened.destroy();
  });
});
