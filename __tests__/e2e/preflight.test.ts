// End to end, the image checks (`preflight`): the committed bundle reads each layout and each
// problem of __fixtures__/ecr-model.ts from the local endpoint's ECR, then registers what the checks
// chose, or stops before SageMaker hears anything. One server for the file; each run names its own
// SageMaker image, so versions and requests stay apart.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorAnnotations, runAction, type RunResult } from '../../__fixtures__/run-action.ts';
import {
  TEST_ACCOUNT,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.ts';
import { LAYOUTS, STANDARD_REPOSITORY, type SeededImage } from '../../__fixtures__/ecr-model.ts';
import { JUPYTERLAB_CONFIG } from '../../__fixtures__/release.ts';

const REPOSITORY = `${TEST_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${STANDARD_REPOSITORY}`;
const IMAGES = ['plain', 'layouts', 'problems', 'studio', 'gates'];

let server: SageMakerServer;
let seeded: Record<string, SeededImage>;
beforeAll(async () => {
  server = await startSageMakerServer({ images: IMAGES });
  // The same images the server seeded: seeding is deterministic, so this gives their digests.
  seeded = server.ecr.seedStandardImages();
});
afterAll(() => server.close());

interface Run {
  readonly result: RunResult;
  /** Operations of this run, in order. */
  readonly operations: string[];
  /** The base images of the versions this run created. */
  readonly registered: string[];
}

let runs = 0;
/** A run of its own (its own run id: several layouts share one amd64 image, hence one request). */
async function run(imageName: string, inputs: Record<string, string>): Promise<Run> {
  runs += 1;
  const from = server.requests.length;
  const versionsBefore = server.versionsOf(imageName).length;
  const result = await runAction({
    inputs: { 'image-name': imageName, 'wait-for-created': 'false', ...inputs },
    endpoint: server.url,
    runId: String(5000 + runs),
  });
  return {
    result,
    operations: server.requests.slice(from).map((r) => r.operation),
    registered: server
      .versionsOf(imageName)
      .slice(versionsBefore)
      .map((v) => v.baseImage),
  };
}

const tag = (name: string): string => `${REPOSITORY}:${name}`;
const byDigest = (name: string): string => `${REPOSITORY}@${seeded[name]?.amd64Digest ?? ''}`;
/** Annotations of one kind (`notice`, `warning`, `error`), decoded. */
const annotations = (stdout: string, kind: string): string[] =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}`))
    .map((line) => line.replace(/^::\w+[^:]*::/, '').replace(/%0A/g, '\n'));
const PLAIN_READS = ['BatchGetImage', 'GetDownloadUrlForLayer', 'BlobDownload'];
const INDEX_READS = ['BatchGetImage', 'BatchGetImage', 'GetDownloadUrlForLayer', 'BlobDownload'];

/** The layouts Studio can run: the reads each takes, and how it is registered. */
const RUNNABLE: [string, string[], 'as given' | 'by digest'][] = [
  ['docker', PLAIN_READS, 'as given'],
  ['oci', PLAIN_READS, 'as given'],
  ['attestation-index', INDEX_READS, 'by digest'],
  ['multi-platform', INDEX_READS, 'by digest'],
  ['docker-list', INDEX_READS, 'by digest'],
  ['soci-index', INDEX_READS, 'as given'],
];
/** The layouts it cannot: what the error says, and the reads before it. */
const NOT_RUNNABLE: [string, string, string[]][] = [
  ['arm64-only', 'with no linux/amd64 image', ['BatchGetImage']],
  ['arm64-manifest', 'is built for linux/arm64/v8', PLAIN_READS],
];

describe('each layout', () => {
  it('is tested: every layout the endpoint seeds is in one of the two tables', () => {
    const tested = [...RUNNABLE, ...NOT_RUNNABLE].map(([layout]) => layout);
    expect(tested.sort()).toEqual([...LAYOUTS].sort());
  });

  it.each(RUNNABLE)('%s: read with %j, registered %s', async (layout, reads, how) => {
    const { result, operations, registered } = await run('layouts', { 'base-image': tag(layout) });
    expect(result.exitCode).toBe(0);
    expect(operations).toEqual([...reads, 'CreateImageVersion']);
    const expected = how === 'by digest' ? byDigest(layout) : tag(layout);
    expect(registered).toEqual([expected]);
    expect(result.summary).toContain('### Image');
    expect(result.summary).toContain(
      how === 'by digest'
        ? `| Registered as | \`${expected}\` |`
        : '| Registered as | the base image, as given |',
    );
    expect(result.stdout).toMatch(/^::group::Check the image$/m);
    if (how === 'by digest') {
      expect(annotations(result.stdout, 'notice')).toContainEqual(
        expect.stringContaining(`its linux/amd64 image is registered by digest, ${expected}`),
      );
    }
    if (layout === 'soci-index') {
      expect(annotations(result.stdout, 'notice')).toContainEqual(
        expect.stringContaining('that carries a SOCI index: it is registered as given'),
      );
    }
  });

  it.each(NOT_RUNNABLE)(
    '%s: stops before SageMaker hears anything',
    async (layout, says, reads) => {
      const { result, operations } = await run('layouts', { 'base-image': tag(layout) });
      expect(result.exitCode).toBe(1);
      expect(operations).toEqual(reads);
      const errors = errorAnnotations(result.stdout);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^The image checks found a problem .*nothing was changed in SageMaker/,
      );
      expect(errors[0]).toContain(says);
      expect(errors[0]).toContain('`platforms: linux/amd64`');
      expect(result.summary).toMatch(/\| A linux\/amd64 image \| error \|/);
      expect(result.outputs).toEqual({});
    },
  );
});

describe('each problem', () => {
  /** How Studio will run the image: the user and start-command checks compare the image with it. */
  const STUDIO = { 'app-image-config': JUPYTERLAB_CONFIG, 'wait-for-created': 'true' };

  it('a tag that is not there stops the run, naming the tag and the push', async () => {
    const { result, operations } = await run('problems', { 'base-image': tag('not-pushed') });
    expect(result.exitCode).toBe(1);
    expect(operations).toEqual(['BatchGetImage']);
    expect(errorAnnotations(result.stdout)[0]).toContain(
      `The base image ${tag('not-pushed')} does not exist: repository "${STANDARD_REPOSITORY}" (registry ${TEST_ACCOUNT} in us-east-1) has no tag "not-pushed"`,
    );
  });

  it("a user that does not match app-image-config's uid/gid stops the run, naming both", async () => {
    const { result, operations } = await run('studio', { ...STUDIO, 'base-image': tag('root') });
    expect(result.exitCode).toBe(1);
    expect(operations).toEqual(PLAIN_READS);
    expect(errorAnnotations(result.stdout)[0]).toContain(
      'runs as root (no USER) (uid 0, gid 0), but Studio will run it with uid 1000 and gid 100 (`FileSystemConfig` of `app-image-config`)',
    );
  });

  it('without app-image-config, the user and the start command are not checked', async () => {
    const { result, registered } = await run('problems', { 'base-image': tag('root') });
    expect(result.exitCode).toBe(0);
    expect(registered).toEqual([tag('root')]);
    expect(result.summary).toMatch(
      /\| USER matches .* \| not checked: no `app-image-config` was given/,
    );
  });

  it.each([
    ['named-user', 'notice', 'runs as "sagemaker-user": the ids of the user "sagemaker-user"'],
    ['aws-env', 'warning', 'sets `AWS_REGION`, `SAGEMAKER_APP_TYPE` in its environment (ENV)'],
    ['huge', 'notice', 'is 11.0 GB compressed (3 layers): Studio pulls all of it'],
  ])('%s: a %s, and the release goes on', async (name, kind, says) => {
    const { result, registered } = await run('studio', { ...STUDIO, 'base-image': tag(name) });
    expect(result.exitCode).toBe(0);
    expect(registered).toEqual([tag(name)]);
    expect(annotations(result.stdout, kind)).toContainEqual(expect.stringContaining(says));
    expect(result.outputs['image-version-status']).toBe('CREATED');
  });

  it('an image with nothing to start stops the run in strict, and is a warning with warn', async () => {
    const says =
      'has no ENTRYPOINT and no CMD, and `app-image-config` has no `ContainerEntrypoint`';
    const strict = await run('studio', { ...STUDIO, 'base-image': tag('no-start') });
    expect(strict.result.exitCode).toBe(1);
    expect(strict.registered).toEqual([]);
    expect(errorAnnotations(strict.result.stdout)[0]).toContain(says);
    const warn = await run('studio', {
      ...STUDIO,
      'base-image': tag('no-start'),
      preflight: 'warn',
    });
    expect(warn.result.exitCode).toBe(0);
    expect(warn.registered).toEqual([tag('no-start')]);
    expect(annotations(warn.result.stdout, 'warning')).toContainEqual(
      expect.stringContaining(says),
    );
  });

  it('never shows the values of baked-in variables', async () => {
    const { result } = await run('problems', { 'base-image': tag('aws-env') });
    expect(result.exitCode).toBe(0);
    expect(`${result.stdout}\n${result.summary}`).not.toContain('eu-west-1');
  });
});

describe('preflight: warn and off, and the permissions', () => {
  it('warn: an arm64 image is a warning, and registered as given', async () => {
    const { result, registered } = await run('gates', {
      'base-image': tag('arm64-only'),
      preflight: 'warn',
    });
    expect(result.exitCode).toBe(0);
    expect(registered).toEqual([tag('arm64-only')]);
    expect(annotations(result.stdout, 'warning')).toContainEqual(
      expect.stringContaining('with no linux/amd64 image'),
    );
  });

  it('off: nothing is read from ECR', async () => {
    const { result, operations } = await run('gates', {
      'base-image': tag('arm64-only'),
      preflight: 'off',
    });
    expect(result.exitCode).toBe(0);
    expect(operations).toEqual(['CreateImageVersion']);
    expect(result.summary).not.toContain('### Image');
  });

  it.each(['strict', 'warn'])(
    'a missing ecr:GetDownloadUrlForLayer stops %s, naming it and preflight: off',
    async (mode) => {
      server.options.deniedOperations = ['GetDownloadUrlForLayer'];
      try {
        const { result, operations } = await run('gates', {
          'base-image': tag('docker'),
          preflight: mode,
        });
        expect(result.exitCode).toBe(1);
        expect(operations).toEqual(['BatchGetImage', 'GetDownloadUrlForLayer']);
        const [error] = errorAnnotations(result.stdout);
        expect(error).toContain('not allowed to call ecr:GetDownloadUrlForLayer');
        expect(error).toContain('`preflight: off`');
      } finally {
        server.options.deniedOperations = [];
      }
    },
  );

  it('a dry run reads ECR and plans the version by digest', async () => {
    const { result, operations } = await run('gates', {
      'base-image': tag('attestation-index'),
      'dry-run': 'true',
    });
    expect(result.exitCode).toBe(0);
    // The image's versions give the number a real run's version would get (PLANNED).
    expect(operations).toEqual([...INDEX_READS, 'DescribeImage', 'ListImageVersions']);
    expect(result.outputs['image-version-status']).toBe('PLANNED');
    expect(result.stdout).toContain(`"BaseImage":"${byDigest('attestation-index')}"`);
    expect(result.summary).toContain('### Dry run');
    expect(result.summary).toContain('### Image');
  });
});
