// The image checks' step with fake ECR reads: the reads each layout takes (and how many), the
// reference to register, strict and warn, a missing permission, and reads that fail.
import { describe, expect, it, jest } from '@jest/globals';
import { ActionError } from '../../src/common/action-error.js';
import { AwsCallError } from '../../src/aws/errors.js';
import type { EcrReads } from '../../src/aws/ecr.js';
import { parseEcrReference, type EcrReference } from '../../src/inputs/ecr-reference.js';
import {
  PreflightStop,
  runPreflight,
  type PreflightMode,
  type PreflightOutcome,
} from '../../src/preflight/step.js';
import type { ImageReadPurpose, StudioImageSettings } from '../../src/preflight/verdict.js';
import { CONFIGS, STANDARD_REPOSITORY } from '../../__fixtures__/ecr-model.js';
import { LOCAL_ACCOUNT, modelReads } from '../../__fixtures__/ecr-reads.js';

const HOST = `${LOCAL_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com`;
const ref = (tagOrDigest: string): EcrReference =>
  parseEcrReference(`${HOST}/${STANDARD_REPOSITORY}${tagOrDigest}`) as EcrReference;
const JUPYTER: StudioImageSettings = {
  appType: 'JupyterLab',
  uid: 1000,
  gid: 100,
  entrypoint: [],
  environment: [],
};

interface Run {
  readonly outcome?: PreflightOutcome;
  readonly error?: unknown;
  readonly calls: string[];
  readonly lines: string[];
}

async function run(
  tag: string,
  mode: PreflightMode = 'strict',
  studio: StudioImageSettings | 'off' = JUPYTER,
  reads: EcrReads & { readonly calls?: string[] } = modelReads(),
  purpose?: ImageReadPurpose,
): Promise<Run> {
  const lines: string[] = [];
  const parameters = {
    reference: ref(tag),
    mode,
    reads,
    ...(purpose === undefined ? {} : { purpose }),
    log: (line: string) => lines.push(line),
    ...(studio === 'off' ? {} : { studio }),
  };
  try {
    return { outcome: await runPreflight(parameters), calls: reads.calls ?? [], lines };
  } catch (error) {
    return { error, calls: reads.calls ?? [], lines };
  }
}

const statuses = (outcome: PreflightOutcome | undefined): Record<string, string> =>
  Object.fromEntries((outcome?.checks ?? []).map(({ check, status }) => [check, status]));

describe('each layout', () => {
  it('reads a plain image with a manifest and its config: 3 requests, registered as given', async () => {
    const reads = modelReads();
    const seeded = reads.model.seedImage(STANDARD_REPOSITORY, 'app', 'docker');
    const { outcome, calls, lines } = await run(':app', 'strict', JUPYTER, reads);
    expect(calls).toStrictEqual(['manifest app', `config ${seeded.configDigest}`]);
    expect(outcome).toMatchObject({
      mode: 'strict',
      reference: `${HOST}/${STANDARD_REPOSITORY}:app`,
      findings: [],
      requests: 3,
    });
    expect(Object.values(statuses(outcome))).toStrictEqual(Array(7).fill('passed'));
    expect(lines).toStrictEqual([
      `Reading ${HOST}/${STANDARD_REPOSITORY}:app from ECR (registry ${LOCAL_ACCOUNT}, us-east-1): its manifest and config, no layers.`,
      `${HOST}/${STANDARD_REPOSITORY}:app is ${seeded.digest}: Docker image manifest (v2).`,
    ]);
  });

  it('reads a digest by digest', async () => {
    const reads = modelReads();
    const seeded = reads.model.seedImage(STANDARD_REPOSITORY, 'oci-app', 'oci');
    const { outcome, calls } = await run(`@${seeded.digest}`, 'strict', JUPYTER, reads);
    expect(calls[0]).toBe(`manifest ${seeded.digest}`);
    expect(outcome?.reference).toBe(`${HOST}/${STANDARD_REPOSITORY}@${seeded.digest}`);
  });

  it.each(['attestation-index', 'multi-platform', 'docker-list'])(
    'reads %s, then its amd64 manifest by digest: 4 requests, registered by that digest',
    async (tag) => {
      const reads = modelReads();
      const seeded = reads.model.seedImage(STANDARD_REPOSITORY, `${tag}-2`, tag as 'docker');
      const { outcome, calls, lines } = await run(`:${tag}-2`, 'strict', JUPYTER, reads);
      expect(calls).toStrictEqual([
        `manifest ${tag}-2`,
        `manifest ${seeded.amd64Digest}`,
        `config ${seeded.configDigest}`,
      ]);
      expect(outcome?.requests).toBe(4);
      expect(outcome?.reference).toBe(`${HOST}/${STANDARD_REPOSITORY}@${seeded.amd64Digest}`);
      expect(outcome?.findings.map((f) => [f.check, f.severity])).toStrictEqual([
        ['index', 'notice'],
      ]);
      expect(lines.at(-1)).toBe(`Its linux/amd64 image is ${seeded.amd64Digest}.`);
    },
  );

  it('registers a SOCI-enabled index as given: 4 requests', async () => {
    const { outcome, calls } = await run(':soci-index');
    expect(calls).toHaveLength(3);
    expect(outcome?.requests).toBe(4);
    expect(outcome?.reference).toBe(`${HOST}/${STANDARD_REPOSITORY}:soci-index`);
    expect(outcome?.findings[0]?.message).toContain(
      'that carries a SOCI index: it is registered as given',
    );
  });

  it('stops at an arm64-only index after one request, in strict', async () => {
    const { error, calls } = await run(':arm64-only');
    expect(calls).toStrictEqual(['manifest arm64-only']);
    expect(error).toBeInstanceOf(PreflightStop);
    expect(error).toBeInstanceOf(ActionError);
    const stop = error as PreflightStop;
    expect(stop.message).toBe(
      [
        'The image checks found a problem that would keep Studio from running the base image, so nothing was changed in SageMaker:',
        `- The base image ${HOST}/${STANDARD_REPOSITORY}:arm64-only is an OCI image index (linux/arm64/v8, 1 attestation) with no linux/amd64 image, but Studio runs apps on x86 instances: the app would fail to start ("exec format error", shown as InternalFailure). Build it for linux/amd64: \`platforms: linux/amd64\` in docker/build-push-action, or \`docker buildx build --platform linux/amd64\`.`,
        'Fix the image (or the inputs), or set `preflight: warn` to register it anyway.',
      ].join('\n'),
    );
    expect(stop.outcome).toMatchObject({
      mode: 'strict',
      reference: `${HOST}/${STANDARD_REPOSITORY}:arm64-only`,
      requests: 1,
    });
    expect(statuses(stop.outcome)).toMatchObject({ platform: 'error', index: 'not reached' });
  });

  it('lets an arm64-only index through as a warning, in warn', async () => {
    const { outcome } = await run(':arm64-only', 'warn');
    expect(outcome?.findings.map((f) => [f.check, f.severity])).toStrictEqual([
      ['platform', 'warning'],
    ]);
    expect(statuses(outcome)).toMatchObject({ platform: 'warning' });
    expect(outcome?.reference).toBe(`${HOST}/${STANDARD_REPOSITORY}:arm64-only`);
  });
});

describe('strict and warn', () => {
  it('lists every error at once, and keeps the warnings in the outcome', async () => {
    const reads = modelReads();
    reads.model.seedImage(STANDARD_REPOSITORY, 'bad', 'arm64-manifest', {
      config: { user: '', env: ['AWS_REGION=x'] },
    });
    const { error } = await run(':bad', 'strict', JUPYTER, reads);
    const stop = error as PreflightStop;
    expect(stop.message).toMatch(/^The image checks found 2 problems that would keep Studio/);
    expect(stop.message.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(2);
    expect(stop.outcome.findings.map((f) => [f.check, f.severity])).toStrictEqual([
      ['platform', 'error'],
      ['user', 'error'],
      ['environment', 'warning'],
    ]);
    expect(stop.outcome.requests).toBe(3);
  });

  it('returns warnings and notices without stopping, in strict', async () => {
    const { outcome } = await run(':aws-env');
    expect(outcome?.findings.map((f) => [f.check, f.severity])).toStrictEqual([
      ['environment', 'warning'],
    ]);
  });

  it('does not check the user or start without the Studio step', async () => {
    const { outcome } = await run(':root', 'strict', 'off');
    expect(outcome?.findings).toStrictEqual([]);
    expect(statuses(outcome)).toMatchObject({
      user: 'not checked',
      'start-command': 'not checked',
    });
  });

  it.each([
    [':root', 'user'],
    [':no-start', 'start-command'],
  ])('judges %s with the Studio step', async (tag, check) => {
    const { outcome, error } = await run(tag, 'warn');
    expect(error).toBeUndefined();
    expect(outcome?.findings.map((f) => f.check)).toStrictEqual([check]);
    expect(outcome?.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('notes a huge image', async () => {
    const { outcome } = await run(':huge');
    expect(outcome?.findings.map((f) => [f.check, f.severity])).toStrictEqual([['size', 'notice']]);
    expect(outcome?.facts.size).toBe(11_000_000_000);
  });

  it('in warn, turns errors into warnings and leaves warnings and notices as they are', async () => {
    const warned = async (tag: string): Promise<string[][]> => {
      const { outcome } = await run(tag, 'warn');
      return [
        ...(outcome?.findings ?? []).map((f) => [f.check, f.severity]),
        ...(outcome?.checks ?? [])
          .filter(({ status }) => status !== 'passed' && status !== 'not checked')
          .map(({ check, status }) => [check, status]),
      ];
    };
    expect(await warned(':huge')).toStrictEqual([
      ['size', 'notice'],
      ['size', 'notice'],
    ]);
    expect(await warned(':root')).toStrictEqual([
      ['user', 'warning'],
      ['user', 'warning'],
    ]);
  });
});

describe('an image that is not there', () => {
  it('stops at a missing tag after one request, in strict', async () => {
    const { error, calls } = await run(':nope');
    expect(calls).toStrictEqual(['manifest nope']);
    expect((error as PreflightStop).outcome.findings[0]?.message).toContain('has no tag "nope"');
  });

  it('turns a missing tag into a warning, in warn', async () => {
    const { outcome } = await run(':nope', 'warn');
    expect(outcome?.findings.map((f) => [f.check, f.severity])).toStrictEqual([
      ['exists', 'warning'],
    ]);
    expect(outcome?.requests).toBe(1);
  });

  it('reads a missing repository as a missing image', async () => {
    const reads = modelReads({}, 'nowhere');
    const { error, outcome } = await run(':x', 'warn', JUPYTER, reads);
    expect(error).toBeUndefined();
    expect(outcome?.findings[0]?.message).toContain(`has no repository "${STANDARD_REPOSITORY}"`);
  });
});

describe('manifests the checks cannot use', () => {
  /** Reads whose first manifest is `top`, whose amd64 manifest is `inner`. */
  function fakeReads(top: object | string, inner?: object | string, config = '{}'): EcrReads {
    const answer = (manifest: object | string) => ({
      found: true as const,
      digest: `sha256:${'a'.repeat(64)}`,
      manifest: typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
    });
    const readManifest = jest.fn<EcrReads['readManifest']>().mockResolvedValueOnce(answer(top));
    if (inner !== undefined) readManifest.mockResolvedValueOnce(answer(inner));
    return {
      readManifest,
      readConfig: jest.fn<EcrReads['readConfig']>().mockResolvedValue(config),
    };
  }
  const D = (c: string): string => `sha256:${c.repeat(64)}`;
  const index = {
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [{ digest: D('1'), platform: { os: 'linux', architecture: 'amd64' } }],
  };
  const image = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: D('c') },
  };

  async function problem(reads: EcrReads): Promise<string | undefined> {
    const outcome = await runPreflight({
      reference: ref(':t'),
      mode: 'warn',
      reads,
      log: () => undefined,
    });
    expect(outcome.findings[0]?.check).toBe('platform');
    return outcome.findings[0]?.message;
  }

  it.each<[string, EcrReads, string]>([
    ['a manifest that is not JSON', fakeReads('{'), 'its manifest is not JSON'],
    [
      'an index whose amd64 entry is not JSON',
      fakeReads(index, '[]'),
      `its linux/amd64 entry ${D('1')} cannot be read: its manifest is not a JSON object`,
    ],
    [
      'an index whose amd64 entry is an index',
      fakeReads(index, index),
      `its linux/amd64 entry ${D('1')} is itself an index`,
    ],
    ['a config that is not JSON', fakeReads(image, undefined, 'nope'), 'its config is not JSON'],
  ])('reads %s as an image Studio cannot run', async (_label, reads, found) => {
    await expect(problem(reads)).resolves.toContain(`is not an image Studio can run: ${found}.`);
  });

  it('reads an index whose amd64 entry is gone as an image Studio cannot run', async () => {
    const readManifest = jest
      .fn<EcrReads['readManifest']>()
      .mockResolvedValueOnce({ found: true, digest: D('a'), manifest: JSON.stringify(index) })
      .mockResolvedValueOnce({ found: false, code: 'ImageNotFound', reason: '' });
    const reads = { readManifest, readConfig: jest.fn<EcrReads['readConfig']>() };
    await expect(problem(reads)).resolves.toContain(
      `its linux/amd64 entry ${D('1')} is not in the repository (ImageNotFound).`,
    );
    expect(reads.readConfig).not.toHaveBeenCalled();
  });
});

describe('reads that fail', () => {
  const repository = { kind: 'ECR repository', name: STANDARD_REPOSITORY } as const;
  /** The config's download timed out: the image cannot be checked (nor, for ./compare, read). */
  const timeout = new AwsCallError(
    'ImageConfigDownload',
    Object.assign(new Error('no answer'), { name: 'TimeoutError' }),
    repository,
  );
  const awsError = (name: string, message: string, operation = 'BatchGetImage'): AwsCallError =>
    new AwsCallError(
      operation,
      Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } }),
      repository,
    );
  const failing = (error: Error, at: 'manifest' | 'config' = 'manifest'): EcrReads => {
    const reads = modelReads();
    const fail = (): Promise<never> => Promise.reject(error);
    return {
      readManifest: at === 'manifest' ? fail : (imageId) => reads.readManifest(imageId),
      readConfig: fail,
    };
  };

  it.each<[PreflightMode, 'manifest' | 'config', string]>([
    ['strict', 'manifest', 'ecr:BatchGetImage'],
    ['warn', 'manifest', 'ecr:BatchGetImage'],
    ['warn', 'config', 'ecr:GetDownloadUrlForLayer'],
  ])(
    'stops on a missing permission in %s mode (%s read), naming it and `preflight: off`',
    async (mode, at, action) => {
      const operation = at === 'manifest' ? 'BatchGetImage' : 'GetDownloadUrlForLayer';
      const denied = awsError(
        'AccessDeniedException',
        `User: x is not authorized to perform: ${action} on resource: y`,
        operation,
      );
      const { error } = await run(':docker', mode, JUPYTER, failing(denied, at));
      expect(error).toBeInstanceOf(ActionError);
      expect(error).not.toBeInstanceOf(PreflightStop);
      const message = (error as Error).message;
      expect(message).toMatch(
        new RegExp(
          `^${operation} for ECR repository "${STANDARD_REPOSITORY}" in us-east-1 failed: the credentials are not allowed to call ${action}, which the image checks need\\.`,
        ),
      );
      expect(message).toContain('or set `preflight: off` to register without checking the image.');
      expect(message).toMatch(/ Nothing was changed in SageMaker\.$/);
    },
  );

  it('stops on any other read failure in strict, saying what warn would do', async () => {
    const { error } = await run(
      ':docker',
      'strict',
      JUPYTER,
      failing(awsError('ThrottlingException', 'Rate exceeded')),
    );
    expect((error as Error).message).toBe(
      `The image checks could not read the base image ${HOST}/${STANDARD_REPOSITORY}:docker, so nothing was changed in SageMaker: BatchGetImage for ECR repository "${STANDARD_REPOSITORY}" in us-east-1 failed: ECR kept throttling the requests after every retry. Re-run later. (ThrottlingException: Rate exceeded) With \`preflight: warn\` the run goes on when the image cannot be read.`,
    );
  });

  it('says, for ./compare, that the image could not be read, not that it is registered', async () => {
    const { outcome } = await run(
      ':attestation-index',
      'warn',
      JUPYTER,
      failing(timeout, 'config'),
      'compare',
    );
    expect(outcome?.findings[0]?.message).toMatch(
      /^The base image .+:attestation-index could not be read: ImageConfigDownload for ECR repository "studio-images" in us-east-1 failed: the image config could not be downloaded/,
    );
  });

  it('goes on with a warning in warn, registering as given, counting the requests made', async () => {
    const { outcome } = await run(
      ':attestation-index',
      'warn',
      JUPYTER,
      failing(timeout, 'config'),
    );
    expect(outcome).toMatchObject({
      mode: 'warn',
      reference: `${HOST}/${STANDARD_REPOSITORY}:attestation-index`,
      facts: { registered: `${HOST}/${STANDARD_REPOSITORY}:attestation-index` },
      requests: 4,
    });
    expect(outcome?.findings).toStrictEqual([
      {
        check: 'exists',
        severity: 'warning',
        message: expect.stringMatching(
          /^The base image .+:attestation-index could not be checked, and is registered as given: ImageConfigDownload for ECR repository "studio-images" in us-east-1 failed: the image config could not be downloaded/,
        ),
      },
    ]);
    expect(statuses(outcome)).toStrictEqual({
      exists: 'warning',
      platform: 'not reached',
      index: 'not reached',
      user: 'not reached',
      'start-command': 'not reached',
      environment: 'not reached',
      size: 'not reached',
    });
  });

  it('lets an error that is not an AWS call through as it is', async () => {
    const bug = new TypeError('bug');
    const { error } = await run(':docker', 'warn', JUPYTER, failing(bug));
    expect(error).toBe(bug);
  });

  it('reads the anyImage fallback of the model like any image', async () => {
    const { outcome } = await run(
      ':whatever',
      'strict',
      JUPYTER,
      modelReads({ anyImage: CONFIGS.studio }),
    );
    expect(outcome?.findings).toStrictEqual([]);
  });
});
