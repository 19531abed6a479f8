// End to end: bounded network behaviour, proxies, secrets and masking, with the committed bundle.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, errorAnnotations, runAction } from '../../__fixtures__/run-action.ts';
import { startCountingProxy, type CountingProxy } from '../../__fixtures__/proxy.ts';
import {
  TEST_CREDENTIALS,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const BASE_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img@sha256:${'e5'.repeat(32)}`;
const INPUTS = { 'image-name': 'img', 'base-image': BASE_IMAGE };

let server: SageMakerServer;
let proxy: CountingProxy | undefined;
beforeEach(async () => {
  server = await startSageMakerServer({ images: ['img'], ecr: ANY_IMAGE });
});
afterEach(async () => {
  await server.close();
  await proxy?.close();
  proxy = undefined;
});

describe('a silent endpoint', () => {
  const BOUNDED = {
    ...INPUTS,
    'http-timeout-seconds': '1',
    'max-attempts': '2',
    'wait-for-created': 'false',
  };

  it('ends in a clear failure within http-timeout-seconds × max-attempts, never a stuck job', async () => {
    server.faults.push({ kind: 'hang', operation: 'CreateImageVersion', times: 10 });
    const result = await runAction({ inputs: BOUNDED, endpoint: server.url, timeoutMs: 20_000 });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toContain('could not be reached');
    expect(server.operations().filter((op) => op === 'CreateImageVersion')).toHaveLength(2);
  });

  it('stops the image checks the same way, before anything is sent to SageMaker', async () => {
    server.faults.push({ kind: 'hang', times: 10 });
    const result = await runAction({ inputs: BOUNDED, endpoint: server.url, timeoutMs: 20_000 });
    expect(result.exitCode).toBe(1);
    const [error] = errorAnnotations(result.stdout);
    expect(error).toMatch(/^The image checks could not read the base image /);
    expect(error).toContain('could not be reached');
    expect(server.operations()).toEqual(['BatchGetImage', 'BatchGetImage']);
    expect(result.durationMs).toBeLessThan(10_000);
  });

  it('bounds the download of the image config as well', async () => {
    server.faults.push({ kind: 'hang', operation: 'BlobDownload', times: 10 });
    const result = await runAction({ inputs: BOUNDED, endpoint: server.url, timeoutMs: 20_000 });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toMatch(
      /^The image checks could not read the base image .*ImageConfigDownload/,
    );
    expect(server.operations().filter((op) => op.startsWith('Create'))).toEqual([]);
    expect(result.durationMs).toBeLessThan(10_000);
  });
});

describe('proxies', () => {
  it.each(['HTTP_PROXY', 'http_proxy'])('sends every request through %s', async (variable) => {
    proxy = await startCountingProxy();
    const result = await runAction({
      inputs: INPUTS,
      endpoint: server.url,
      env: { [variable]: proxy.url },
    });
    expect(result.exitCode).toBe(0);
    const port = new URL(server.url).port;
    // The SDK's requests, and the image config's download (a GET of its pre-signed URL).
    expect(proxy.seen).toEqual(
      server.requests.map(
        ({ operation }) => `${operation === 'BlobDownload' ? 'GET' : 'POST'} 127.0.0.1:${port}`,
      ),
    );
    expect(proxy.seen).toContain(`GET 127.0.0.1:${port}`);
    expect(proxy.seen.length).toBeGreaterThanOrEqual(2);
  });

  it.each(['NO_PROXY', 'no_proxy'])('goes direct for hosts in %s', async (variable) => {
    proxy = await startCountingProxy();
    const result = await runAction({
      inputs: INPUTS,
      endpoint: server.url,
      env: { HTTP_PROXY: proxy.url, [variable]: '127.0.0.1' },
    });
    expect(result.exitCode).toBe(0);
    expect(proxy.seen).toEqual([]);
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
  });
});

describe('HTTPS through a proxy', () => {
  it.each(['HTTPS_PROXY', 'https_proxy'])('tunnels every request through %s', async (variable) => {
    const tlsDir = join(ROOT, '__fixtures__', 'tls');
    const tlsServer = await startSageMakerServer({
      images: ['img'],
      ecr: ANY_IMAGE,
      tls: {
        key: readFileSync(join(tlsDir, 'key.pem'), 'utf8'),
        cert: readFileSync(join(tlsDir, 'cert.pem'), 'utf8'),
      },
    });
    proxy = await startCountingProxy();
    try {
      const result = await runAction({
        inputs: INPUTS,
        endpoint: tlsServer.url,
        env: { [variable]: proxy.url, NODE_EXTRA_CA_CERTS: join(tlsDir, 'cert.pem') },
      });
      expect(result.exitCode).toBe(0);
      expect(tlsServer.requests.length).toBeGreaterThanOrEqual(2);
      expect(proxy.seen.length).toBeGreaterThanOrEqual(1);
      expect(
        proxy.seen.every((line) => line === `CONNECT 127.0.0.1:${new URL(tlsServer.url).port}`),
      ).toBe(true);
    } finally {
      await tlsServer.close();
    }
  });
});

describe('secrets', () => {
  const SESSION_TOKEN = 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN0123456789abcdefSECRETSESSION';
  const secretsIn = (text: string): string[] =>
    [
      TEST_CREDENTIALS.secretAccessKey,
      SESSION_TOKEN,
      'Signature=',
      'AWS4-HMAC-SHA256',
      'x-amz-security-token',
    ].filter((secret) => text.toLowerCase().includes(secret.toLowerCase()));

  it.each([
    ['a successful run', INPUTS, {}],
    ['a failing run', { ...INPUTS, 'image-name': 'missing' }, {}],
    ['rejected credentials', INPUTS, { AWS_SECRET_ACCESS_KEY: 'wrong-secret-value-000' }],
  ])(
    'leaves no secret key, session token or signature anywhere, with debug logging: %s',
    async (_label, inputs, env) => {
      const result = await runAction({
        inputs,
        endpoint: server.url,
        env: {
          ACTIONS_STEP_DEBUG: 'true',
          RUNNER_DEBUG: '1',
          AWS_SESSION_TOKEN: SESSION_TOKEN,
          ...env,
        },
      });
      expect(result.stdout).toMatch(/^::debug::/m);
      const everything = [
        result.stdout,
        result.stderr,
        result.summary,
        JSON.stringify(result.outputs),
      ].join('\n');
      expect(secretsIn(everything)).toEqual([]);
      if (!('AWS_SECRET_ACCESS_KEY' in env)) expect(server.requests[0]?.signatureValid).toBe(true);
    },
  );

  it('masks the account id with mask-aws-account-id', async () => {
    const result = await runAction({
      inputs: { ...INPUTS, 'mask-aws-account-id': 'true' },
      endpoint: server.url,
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^::add-mask::123456789012$/m);
  });

  it('masks nothing by default', async () => {
    const result = await runAction({ inputs: INPUTS, endpoint: server.url });
    expect(result.stdout).not.toContain('::add-mask::');
  });
});
