// End to end: the committed dist/index.js on Node 24, run as a runner runs it, against the local
// SageMaker endpoint on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { errorAnnotations, runAction } from '../../__fixtures__/run-action.ts';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE } from '../../__fixtures__/ecr-model.ts';

const BASE_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img@sha256:${'c3'.repeat(32)}`;
const INPUTS = { 'image-name': 'my-image', 'base-image': BASE_IMAGE };
/** For tests about anything but waiting. */
const NO_WAIT = { ...INPUTS, 'wait-for-created': 'false' };

let server: SageMakerServer;
beforeEach(async () => {
  server = await startSageMakerServer({ images: ['my-image'], ecr: ANY_IMAGE });
});
afterEach(async () => {
  await server.close();
});

describe('the bundle against a local SageMaker endpoint', () => {
  it('creates one version, writes the outputs and the step summary', async () => {
    const result = await runAction({ inputs: INPUTS, endpoint: server.url });

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({
      'client-token': expect.stringMatching(/^12345678901-3f2a9c1d0e7b-[0-9a-f]{10}$/),
      'image-version-arn': 'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/1',
      'image-version': '1',
      'image-arn': 'arn:aws:sagemaker:us-east-1:123456789012:image/my-image',
      created: 'true',
      aliases: '',
      'image-version-status': 'CREATED',
      'container-image': `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img@sha256:${'c3'.repeat(32)}`,
    });
    expect(result.stdout).toMatch(
      /^::notice title=SageMaker image version::Registered my-image version 1/m,
    );
    expect(result.summary).toContain('| Version | 1 (new) |');
    expect(result.summary).toContain(`| Base image | \`${BASE_IMAGE}\` |`);
    expect(server.versionsOf('my-image')).toHaveLength(1);

    // The image checks first: the manifest, then the config's URL and its download.
    expect(server.operations().slice(0, 3)).toEqual([
      'BatchGetImage',
      'GetDownloadUrlForLayer',
      'BlobDownload',
    ]);
    const [read] = server.requests;
    expect(read?.signatureValid).toBe(true);
    expect(String(read?.headers['user-agent'])).toMatch(/gha-run\/12345678901/);
    expect(result.summary).toContain('### Image');
    const [request] = server.sageMakerRequests();
    expect(request?.operation).toBe('CreateImageVersion');
    expect(request?.signatureValid).toBe(true);
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(String(request?.headers['user-agent'])).toMatch(
      /sagemaker-image-version-action\/1\.0\.0/,
    );
    expect(String(request?.headers['user-agent'])).toMatch(/gha-run\/12345678901/);
    expect(request?.body).toEqual({
      ImageName: 'my-image',
      BaseImage: BASE_IMAGE,
      ClientToken: result.outputs['client-token'],
    });
  });

  it('returns the same ARN on a re-run of the same workflow run, creating nothing new', async () => {
    const first = await runAction({ inputs: NO_WAIT, endpoint: server.url });
    const rerun = await runAction({ inputs: NO_WAIT, endpoint: server.url });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs['image-version-arn']).toBe(first.outputs['image-version-arn']);
    expect(rerun.outputs['client-token']).toBe(first.outputs['client-token']);
    expect(server.versionsOf('my-image')).toHaveLength(1);
  });

  it('creates a new version for a new run of the same commit', async () => {
    await runAction({ inputs: NO_WAIT, endpoint: server.url });
    const next = await runAction({ inputs: NO_WAIT, endpoint: server.url, runId: '12345678902' });
    expect(next.outputs['image-version']).toBe('2');
  });

  it('gives each image of a matrix in one run its own token and version', async () => {
    server.addImage('other-image');
    const a = await runAction({ inputs: NO_WAIT, endpoint: server.url });
    const b = await runAction({
      inputs: { ...NO_WAIT, 'image-name': 'other-image' },
      endpoint: server.url,
    });
    const c = await runAction({
      inputs: { ...NO_WAIT, 'base-image': BASE_IMAGE.replace('c3c3', 'd4d4') },
      endpoint: server.url,
    });
    expect(new Set([a, b, c].map((r) => r.outputs['client-token'])).size).toBe(3);
    expect([a, b, c].map((r) => r.exitCode)).toEqual([0, 0, 0]);
    expect(server.versionsOf('my-image')).toHaveLength(2);
    expect(server.versionsOf('other-image')).toHaveLength(1);
  });

  it('rejects bad input without sending a request', async () => {
    const result = await runAction({
      inputs: {
        'image-name': 'bad_name',
        'base-image': 'nginx:latest',
        'job-type': 'x\n::set-output name=image-arn::evil',
      },
      endpoint: server.url,
    });
    expect(result.exitCode).toBe(1);
    expect(server.requests).toHaveLength(0);
    const [error] = errorAnnotations(result.stdout);
    expect(error).toContain('Input `image-name`');
    expect(error).toContain('Input `base-image`');
    expect(error).toContain('Input `job-type`');
    expect(result.outputs).toEqual({});
    expect(result.stdout).not.toMatch(/^::set-output/m);
  });

  it('explains a missing image', async () => {
    const result = await runAction({
      inputs: { ...NO_WAIT, 'image-name': 'missing' },
      endpoint: server.url,
    });
    expect(result.exitCode).toBe(1);
    const errors = errorAnnotations(result.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('the SageMaker image "missing" does not exist in us-east-1');
    expect(errors[0]).toMatch(/request id [0-9a-f-]{36}/);
  });

  it('ends with exactly one version when the answer is lost after the server created it', async () => {
    server.faults.push({ kind: 'drop-after', operation: 'CreateImageVersion' });
    const result = await runAction({ inputs: INPUTS, endpoint: server.url });
    expect(result.exitCode).toBe(0);
    expect(server.operations('sagemaker')).toEqual([
      'CreateImageVersion',
      'CreateImageVersion',
      'DescribeImageVersion',
    ]);
    const [first, second] = server.sageMakerRequests();
    expect(first?.body.ClientToken).toBe(second?.body.ClientToken);
    expect(server.versionsOf('my-image')).toHaveLength(1);
    expect(result.outputs['image-version']).toBe('1');
  });

  it('links the China console for a China region', async () => {
    const result = await runAction({
      inputs: {
        ...INPUTS,
        'aws-region': 'cn-north-1',
        'base-image': '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/repo:1',
      },
      endpoint: server.url,
    });
    expect(result.outputs['image-version-arn']).toMatch(/^arn:aws-cn:sagemaker:cn-north-1:/);
    expect(result.summary).toContain(
      'https://cn-north-1.console.amazonaws.cn/sagemaker/home?region=cn-north-1#/images/my-image',
    );
  });

  it('points to configure-aws-credentials when there are no credentials', async () => {
    const result = await runAction({
      inputs: NO_WAIT,
      endpoint: server.url,
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined },
    });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toContain('no AWS credentials were found');
    expect(server.requests).toHaveLength(0);
  });

  it('explains rejected credentials', async () => {
    const result = await runAction({
      inputs: NO_WAIT,
      endpoint: server.url,
      env: { AWS_SECRET_ACCESS_KEY: 'wrong-secret' },
    });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toContain('did not accept the credentials');
  });

  it('explains an unreachable endpoint', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const result = await runAction({
      inputs: { ...NO_WAIT, 'max-attempts': '1' },
      endpoint: `http://127.0.0.1:${closedPort}`,
    });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toContain('could not be reached');
  });
});
