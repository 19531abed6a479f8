// The image checks as main.ts runs them (src/preflight/gate.ts): the real ECR edge, loaded by the
// gate, against the local endpoint (AWS_ENDPOINT_URL_ECR, as on a runner), with a reporter that
// records what was said. What to register, what is said where, and what a stop leaves behind.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '../../__fixtures__/core.js';
import { STANDARD_REPOSITORY } from '../../__fixtures__/ecr-model.js';
import { recordingReporter } from '../../__fixtures__/reporter.js';
import {
  TEST_ACCOUNT,
  TEST_CREDENTIALS,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';
import { ActionError } from '../../src/common/action-error.js';
import { parseInputs, type Inputs } from '../../src/inputs/inputs.js';
import type { RunContext } from '../../src/inputs/run-context.js';

jest.unstable_mockModule('@actions/core', () => core);
const { checkImage } = await import('../../src/preflight/gate.js');

const REPOSITORY = `${TEST_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${STANDARD_REPOSITORY}`;
const RUN: RunContext = { sha: 'a'.repeat(40), runId: '4321', runAttempt: '1' };

function inputs(given: Record<string, string>): Inputs {
  const parsed = parseInputs((name) => given[name] ?? '', {});
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.inputs;
}
const base = (tag: string): Record<string, string> => ({
  'image-name': 'img',
  'base-image': `${REPOSITORY}:${tag}`,
  'aws-region': 'us-east-1',
  'max-attempts': '1',
});

const ENV = ['AWS_ENDPOINT_URL_ECR', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;
let saved: (string | undefined)[];
let server: SageMakerServer;
beforeAll(async () => {
  server = await startSageMakerServer();
  saved = ENV.map((name) => process.env[name]);
  process.env.AWS_ENDPOINT_URL_ECR = server.url;
  process.env.AWS_ACCESS_KEY_ID = TEST_CREDENTIALS.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = TEST_CREDENTIALS.secretAccessKey;
});
afterAll(async () => {
  ENV.forEach((name, i) => {
    if (saved[i] === undefined) delete process.env[name];
    else process.env[name] = saved[i];
  });
  await server.close();
});
beforeEach(() => {
  core.reset({});
  process.env.GITHUB_STEP_SUMMARY = 'summary.md'; // the core mock never writes it
  server.options.deniedOperations = [];
});

describe('checkImage', () => {
  it('reads nothing and loads nothing with preflight: off', async () => {
    const report = recordingReporter();
    const before = server.requests.length;
    const checked = await checkImage(
      inputs({ ...base('arm64-only'), preflight: 'off' }),
      RUN,
      report,
    );
    expect(checked).toBeUndefined();
    expect(server.requests.length).toBe(before);
    expect(report.groups()).toStrictEqual([]);
  });

  it('gives an index of one amd64 image as that image by digest, and the section that says so', async () => {
    const seeded = server.ecr.seedImage(
      STANDARD_REPOSITORY,
      'attestation-index',
      'attestation-index',
    );
    const byDigest = `${REPOSITORY}@${seeded.amd64Digest ?? ''}`;
    const report = recordingReporter();
    const before = server.requests.length;
    const checked = await checkImage(inputs(base('attestation-index')), RUN, report);

    expect(checked?.reference).toBe(byDigest);
    expect(checked?.section).toContain(`| Base image | \`${REPOSITORY}:attestation-index\` |`);
    expect(checked?.section).toContain(`| Registered as | \`${byDigest}\` |`);
    expect(report.groups()).toStrictEqual(['Check the image']);
    expect(report.lines()).toContain(`Registered as: ${byDigest}`);
    expect(report.lines()).toContain('ECR requests: 4.');
    expect(report.notice).toHaveBeenCalledTimes(1);
    expect(report.notice).toHaveBeenCalledWith(
      expect.stringContaining(`its linux/amd64 image is registered by digest, ${byDigest}`),
      'Image check',
    );
    expect(report.warning).not.toHaveBeenCalled();
    // The run's id in the user agent; the SDK's lines in the debug log, without the URL.
    const reads = server.requests.slice(before);
    expect(String(reads[0]?.headers['user-agent'])).toContain('gha-run/4321');
    const debug = (report.debug as jest.Mock<(line: string) => void>).mock.calls.map(([l]) => l);
    expect(debug.filter((line) => /X-Amz-Signature|ecr-blob/.test(line))).toStrictEqual([]);
    // Nothing is written to the summary here: main.ts puts the section in the run's summary.
    expect(core.summary.text()).toBe('');
  });

  it('stops on an error: the other findings annotated, the stop thrown with the Image section', async () => {
    server.ecr.seedImage(STANDARD_REPOSITORY, 'arm64-huge', 'arm64-manifest', {
      layerSizes: [6_000_000_000, 5_000_000_000],
    });
    const report = recordingReporter();
    const stop = await checkImage(inputs(base('arm64-huge')), RUN, report).catch(
      (error: unknown) => error,
    );

    expect(stop).toBeInstanceOf(ActionError);
    expect((stop as ActionError).message).toContain('is built for linux/arm64/v8');
    // The error is the failure's, said once by main.ts: not annotated here.
    expect(report.warning).not.toHaveBeenCalled();
    expect(report.notice.mock.calls).toStrictEqual([
      [expect.stringContaining('is 11.0 GB compressed (2 layers)'), 'Image check'],
    ]);
    expect(report.lines()).toContain('  platform: error');
    // The run's one summary, written by main.ts at its end, takes the section from the stop.
    expect(core.summary.text()).toBe('');
    expect((stop as ActionError).section).toContain('### Image');
    expect((stop as ActionError).section).toMatch(/\| A linux\/amd64 image \| error \|/);
  });

  it('in warn mode gives errors as warnings and the base image as given', async () => {
    const report = recordingReporter();
    const checked = await checkImage(
      inputs({ ...base('arm64-only'), preflight: 'Warn' }),
      RUN,
      report,
    );
    expect(checked?.reference).toBe(`${REPOSITORY}:arm64-only`);
    expect(report.warning).toHaveBeenCalledWith(
      expect.stringContaining('with no linux/amd64 image'),
    );
    expect(checked?.section).toContain('| A linux/amd64 image | warning |');
  });

  it('compares USER with the app-image-config document when one is given', async () => {
    const report = recordingReporter();
    const stop = await checkImage(
      inputs({ ...base('root'), 'app-image-config': 'JupyterLabAppImageConfig: {}' }),
      RUN,
      report,
    ).catch((error: unknown) => error);
    expect((stop as Error).message).toContain(
      'runs as root (no USER) (uid 0, gid 0), but Studio will run it with uid 1000 and gid 100 (`FileSystemConfig` of `app-image-config`)',
    );
    const kernel = await checkImage(
      inputs({
        ...base('root'),
        'app-image-config': [
          'KernelGatewayImageConfig:',
          '  KernelSpecs: [{ Name: python3 }]',
          '  FileSystemConfig: { DefaultUid: 0, DefaultGid: 0 }',
        ].join('\n'),
      }),
      RUN,
      recordingReporter(),
    );
    expect(kernel?.reference).toBe(`${REPOSITORY}:root`);
  });

  it('stops when a permission is missing, without retrying, naming it and preflight: off', async () => {
    server.options.deniedOperations = ['BatchGetImage'];
    const before = server.requests.length;
    const error = await checkImage(
      inputs({ ...base('docker'), preflight: 'warn', 'max-attempts': '5' }),
      RUN,
      recordingReporter(),
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as Error).message).toContain(
      'the credentials are not allowed to call ecr:BatchGetImage, which the image checks need.',
    );
    expect((error as Error).message).toContain('`preflight: off`');
    expect(server.operations().slice(before)).toStrictEqual(['BatchGetImage']);
    expect(core.summary.text()).toBe('');
  });
});
