// End to end, what a user meets on the second push and on "Re-run jobs": aliases held by earlier
// versions, re-runs after CREATE_FAILED, skip-if-unchanged behind a slow version, and dry runs that
// must read and plan what a real run does. The committed bundle against the local endpoint.
import { afterEach, describe, expect, it } from '@jest/globals';
import { errorAnnotations, runAction, type RunOptions } from '../../__fixtures__/run-action.ts';
import {
  startSageMakerServer,
  type SageMakerServer,
  type ServerOptions,
} from '../../__fixtures__/sagemaker-server.ts';
import { ANY_IMAGE, STANDARD_REPOSITORY } from '../../__fixtures__/ecr-model.ts';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/img';
const image = (n: number): string => `${REPO}@sha256:${n.toString(16).padStart(2, '0').repeat(32)}`;

let server: SageMakerServer | undefined;
async function start(options: ServerOptions): Promise<SageMakerServer> {
  server = await startSageMakerServer({ ecr: ANY_IMAGE, ...options });
  return server;
}
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** One attempt of one workflow run. */
const attempt = (
  s: SageMakerServer,
  inputs: Record<string, string>,
  runId: string,
  runAttempt = '1',
  extra: Partial<RunOptions> = {},
) =>
  runAction({
    inputs: { 'image-name': 'img', ...inputs },
    endpoint: s.url,
    runId,
    ...extra,
    env: { GITHUB_RUN_ATTEMPT: runAttempt, ...extra.env },
  });

const writes = (s: SageMakerServer, from = 0) =>
  s.requests
    .slice(from)
    .filter((r) => r.service === 'sagemaker' && !/^(Describe|List)/.test(r.operation));

describe('aliases on a new run', () => {
  it('a new run with the same tag refuses an alias its earlier run holds, before creating', async () => {
    const s = await start({ images: ['img'] });
    const inputs = { 'base-image': `${REPO}:v1`, aliases: 'dev' };
    const run100 = await attempt(s, inputs, '100');
    expect(run100.exitCode).toBe(0);
    const seen = s.requests.length;

    const run101 = await attempt(s, inputs, '101');
    expect(run101.exitCode).toBe(1);
    expect(errorAnnotations(run101.stdout)).toEqual([
      'Alias "dev" (held by version 1) of image "img" already belongs to another version, so nothing was created. ' +
        'Set `move-aliases: true` to move it to the new version once that is CREATED, or choose other aliases.',
    ]);
    expect(writes(s, seen)).toEqual([]);
    expect(s.versionsOf('img')).toHaveLength(1);
  });

  it('a re-run of that run still gets its own version back', async () => {
    const s = await start({ images: ['img'] });
    const inputs = { 'base-image': `${REPO}:v1`, aliases: 'dev' };
    const first = await attempt(s, inputs, '100');
    const rerun = await attempt(s, inputs, '100', '2');
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs['image-version-arn']).toBe(first.outputs['image-version-arn']);
    expect(rerun.outputs.aliases).toBe('dev');
    expect(s.versionsOf('img')).toHaveLength(1);
  });

  it('explains an alias SageMaker reports taken on a re-run, naming it and move-aliases', async () => {
    const s = await start({ images: ['img'] });
    const inputs = { 'base-image': `${REPO}:v1`, aliases: 'dev' };
    await attempt(s, inputs, '100');
    // Attempt 2 of another run: the holder has the same base image but is not this run's.
    const result = await attempt(s, inputs, '101', '2');
    expect(result.exitCode).toBe(1);
    const [error] = errorAnnotations(result.stdout);
    expect(error).toMatch(
      /^CreateImageVersion for SageMaker image "img" in us-east-1 failed: alias "dev" of image "img" already belongs to another version, so nothing was created\. Set `move-aliases: true`/,
    );
    expect(s.versionsOf('img')).toHaveLength(1);
  });
});

describe('re-running after CREATE_FAILED', () => {
  it('registers a fresh version once the cause is fixed, and later attempts find it', async () => {
    const s = await start({
      images: ['img'],
      failBaseImagesContaining: 'team/img',
      failureReason: 'Unable to pull the image: access denied.',
    });
    const inputs = { 'base-image': image(1), aliases: 'dev' };
    const failed = await attempt(s, inputs, '500');
    expect(failed.exitCode).toBe(1);
    const [error] = errorAnnotations(failed.stdout);
    expect(error).toContain('ended CREATE_FAILED: Unable to pull the image: access denied. This');
    expect(error).toMatch(/re-run the job: a later attempt of this run registers a new version\.$/);

    delete s.options.failBaseImagesContaining; // the user fixes the image's role
    const fixed = await attempt(s, inputs, '500', '2');
    expect(fixed.exitCode).toBe(0);
    expect(fixed.outputs).toMatchObject({
      'image-version': '2',
      'image-version-status': 'CREATED',
      created: 'true',
      aliases: 'dev',
      'client-token': expect.stringMatching(/-g1$/),
    });
    expect(s.versionsOf('img').map((v) => v.aliases)).toEqual([[], ['dev']]);

    const again = await attempt(s, inputs, '500', '3');
    expect(again.exitCode).toBe(0);
    expect(again.outputs['image-version']).toBe('2');
    expect(again.outputs['client-token']).toBe(fixed.outputs['client-token']);
    expect(s.versionsOf('img')).toHaveLength(2);
  });

  it('names the token each CreateImageVersion sends, and the one that returned the version', async () => {
    const s = await start({ images: ['img'] });
    const inputs = { 'base-image': image(2) };
    const first = await attempt(s, inputs, '510');
    const token = first.outputs['client-token'] ?? '';
    // Attempt 2 of a run whose version is CREATED: generation 0's token finds it; -g1 is not sent.
    const rerun = await attempt(s, inputs, '510', '2');
    expect(rerun.exitCode).toBe(0);
    const said = rerun.stdout
      .split('\n')
      .filter((line) => /^(Sending CreateImageVersion|CreateImageVersion returned)/.test(line));
    expect(said).toEqual([
      `Sending CreateImageVersion with ClientToken ${token}.`,
      `CreateImageVersion returned version 1 for ClientToken ${token}.`,
    ]);
    expect(rerun.outputs['client-token']).toBe(token);
    const sentTokens = s.requests
      .filter((r) => r.operation === 'CreateImageVersion')
      .map((r) => r.body.ClientToken);
    expect(sentTokens).toEqual([token, token]);
  });
});

describe('skip-if-unchanged behind a version still CREATING', () => {
  it('waits for the earlier run’s version and reuses it instead of making a duplicate', async () => {
    // CREATING for four status reads, not for a time: the first run reads it twice at most before
    // its 1 s timeout, however slow the machine (a 2.5 s creation time failed under load).
    const s = await start({ images: ['img'], versionCreatingReads: 4 });
    const inputs = { 'base-image': image(3), 'skip-if-unchanged': 'true' };
    const timedOut = await attempt(s, { ...inputs, 'wait-timeout-seconds': '1' }, '600');
    expect(timedOut.exitCode).toBe(1);
    expect(timedOut.outputs['image-version-status']).toBe('CREATING');

    const next = await attempt(s, inputs, '601');
    expect(next.exitCode).toBe(0);
    expect(next.outputs).toMatchObject({ 'image-version': '1', created: 'false' });
    expect(next.stdout).toContain('Version 1 has this base image and is still CREATING');
    expect(s.versionsOf('img')).toHaveLength(1);
  });
});

describe('skip-if-unchanged with wait-for-created: false', () => {
  it('outputs a matching version still CREATING as it is, and goes on without waiting', async () => {
    const s = await start({ images: ['img'], versionCreationMs: 60_000 });
    const inputs = { 'base-image': image(5), 'wait-for-created': 'false' };
    const first = await attempt(s, inputs, '650');
    expect(first.outputs['image-version']).toBe('1');

    const next = await attempt(s, { ...inputs, 'skip-if-unchanged': 'true' }, '651');
    expect(next.exitCode).toBe(0);
    expect(next.outputs).toMatchObject({
      'image-version': '1',
      'image-version-status': 'CREATING',
      created: 'false',
    });
    expect(next.stdout).toContain(
      'Version 1 has this base image and is still CREATING: reusing it without waiting (wait-for-created: false), creating nothing.',
    );
    expect(next.durationMs).toBeLessThan(20_000);
    expect(s.versionsOf('img')).toHaveLength(1);
  });
});

describe('dry run', () => {
  it('fails like a real run when the image does not exist', async () => {
    const s = await start({});
    const result = await attempt(s, { 'base-image': image(1), 'dry-run': 'true' }, '700');
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)).toEqual([
      'Dry run: a real run would fail: the SageMaker image "img" does not exist in us-east-1. ' +
        'Create it first (`aws sagemaker create-image`, or set `create-image: true` with a `role-arn`), or check `aws-region`.',
    ]);
    expect(s.operations('sagemaker')).toEqual(['DescribeImage']);
  });

  it('fails like a real run without credentials', async () => {
    const s = await start({ images: ['img'] });
    const result = await attempt(s, { 'base-image': image(1), 'dry-run': 'true' }, '701', '1', {
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined },
    });
    expect(result.exitCode).toBe(1);
    expect(errorAnnotations(result.stdout)[0]).toContain('no AWS credentials were found');
  });

  /** The requests a dry run printed (`Operation {json}` lines), as [operation, input]. */
  const planned = (stdout: string): [string, unknown][] =>
    stdout
      .split('\n')
      .filter((line) => /^(Create|Update)\w+ \{/.test(line))
      .map((line) => [line.slice(0, line.indexOf(' ')), JSON.parse(line.slice(line.indexOf(' ')))]);
  /** What the server received, the same way, with the new version's number as a dry run writes it. */
  const sent = (s: SageMakerServer, from: number, newVersion?: number): [string, unknown][] =>
    writes(s, from).map(({ operation, body }) => [
      operation,
      newVersion !== undefined && body.Version === newVersion
        ? { ...body, Version: '<new version>' }
        : body,
    ]);

  it('plans exactly the requests a real run sends for move-aliases', async () => {
    const s = await start({ images: ['img'] });
    await attempt(s, { 'base-image': image(1), aliases: 'stable,latest' }, '800');
    const inputs = { 'base-image': image(2), aliases: 'stable,latest,v2', 'move-aliases': 'true' };
    const dry = await attempt(s, { ...inputs, 'dry-run': 'true' }, '801');
    expect(dry.exitCode).toBe(0);
    const seen = s.requests.length;
    const real = await attempt(s, inputs, '801');
    expect(real.exitCode).toBe(0);
    expect(planned(dry.stdout)).toEqual(sent(s, seen, Number(real.outputs['image-version'])));
    expect(
      planned(dry.stdout).filter(([operation]) => operation === 'UpdateImageVersion'),
    ).toHaveLength(5);
  });

  it('plans the alias update a reused version gets', async () => {
    const s = await start({ images: ['img'] });
    await attempt(s, { 'base-image': image(4) }, '900');
    const inputs = { 'base-image': image(4), 'skip-if-unchanged': 'true', aliases: 'latest' };
    const dry = await attempt(s, { ...inputs, 'dry-run': 'true' }, '901');
    const seen = s.requests.length;
    const real = await attempt(s, inputs, '901');
    expect([dry.exitCode, real.exitCode]).toEqual([0, 0]);
    expect(planned(dry.stdout)).toEqual([
      ['UpdateImageVersion', { ImageName: 'img', Version: 1, AliasesToAdd: ['latest'] }],
    ]);
    expect(planned(dry.stdout)).toEqual(sent(s, seen));
  });
});

describe('a re-run whose image checks read ECR differently', () => {
  it('returns the version its first attempt made, even when ECR throttles the re-run', async () => {
    const s = await start({ images: ['img'], ecr: {} });
    const index = `123456789012.dkr.ecr.us-east-1.amazonaws.com/${STANDARD_REPOSITORY}:attestation-index`;
    const inputs = { 'base-image': index, preflight: 'warn', 'max-attempts': '1' };
    const first = await attempt(s, inputs, '100');
    expect(first.exitCode).toBe(0);
    expect(s.versionsOf('img').map((v) => v.baseImage)).toEqual([
      expect.stringMatching(/@sha256:/),
    ]);
    s.faults.push({ kind: 'throttle', operation: 'BatchGetImage', times: 5 });
    const rerun = await attempt(s, inputs, '100', '2');
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs['image-version-arn']).toBe(first.outputs['image-version-arn']);
    expect(rerun.outputs['client-token']).toBe(first.outputs['client-token']);
    expect(s.versionsOf('img')).toHaveLength(1);
  });
});
