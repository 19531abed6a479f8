// The image checks of `./` (src/register/main.ts, `preflight`): strict stops before any SageMaker
// request, warn goes on, off sends nothing to ECR, an attestation index is registered by its amd64
// digest (by the real run, the dry run and skip-if-unchanged alike), a missing ECR permission stops
// both modes. With the optional `app-image-config` document the checks also compare the image's
// USER and start command with how Studio will run it; without it they say those were not checked.
// Orchestration: @actions/core and both SDK clients mocked; ECR's answers come from the local
// endpoint's ECR model, whose server serves the config download, and SageMaker's from the
// in-process images model (image my-image with versions 1 to 3: a run that goes on makes version 4,
// CREATED at once).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { BatchGetImageCommand, GetDownloadUrlForLayerCommand } from '@aws-sdk/client-ecr';
import { CreateImageVersionCommand } from '@aws-sdk/client-sagemaker';
import { ecrError } from '../../__fixtures__/sdk-errors.js';
import { fakeClock } from '../../__fixtures__/clock.js';
import * as core from '../../__fixtures__/core.js';
import { STANDARD_REPOSITORY } from '../../__fixtures__/ecr-model.js';
import {
  INPUTS,
  ecr,
  failure,
  resetRun,
  sagemaker,
  type Models,
  serveMyImage,
} from '../../__fixtures__/orchestration.js';
import {
  TEST_ACCOUNT,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';
import { ApiError } from '../../__fixtures__/studio-model.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/register/main.js');

const REPOSITORY = `${TEST_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${STANDARD_REPOSITORY}`;
const image = (tag: string): string => `${REPOSITORY}:${tag}`;
const CHECKED = {
  ...INPUTS,
  'aws-region': 'us-east-1',
  'base-image': image('docker'),
  preflight: 'strict',
};

let server: SageMakerServer;
beforeAll(async () => {
  server = await startSageMakerServer();
});
afterAll(() => server.close());

/** ECR's answers from the local endpoint's model; its server serves the config download. */
function answerFromTheModel(): void {
  ecr.reset();
  const dispatch = (operation: string, input: object): unknown => {
    try {
      return server.ecr.dispatch(operation, input as Record<string, unknown>);
    } catch (error) {
      if (error instanceof ApiError) throw ecrError(error.type, error.message);
      throw error;
    }
  };
  ecr
    .on(BatchGetImageCommand)
    .callsFake((input: object) => dispatch('BatchGetImage', input) as never);
  ecr
    .on(GetDownloadUrlForLayerCommand)
    .callsFake((input: object) => dispatch('GetDownloadUrlForLayer', input) as never);
}

let models: Models;

/** Image my-image with versions 1 to 3 (other base images): a new version is version 4, at once CREATED. */
function givenTheImage(): void {
  models = serveMyImage();
}
/** The base images of the versions made after versions 1 to 3. */
const registered = (): string[] =>
  models.images
    .versionsOf('my-image')
    .slice(3)
    .map((v) => v.baseImage);

const ecrOperations = (): string[] =>
  ecr.calls().map((c) => (c.args[0] as object).constructor.name.replace(/Command$/, ''));
const sentBaseImages = (): (string | undefined)[] =>
  sagemaker.commandCalls(CreateImageVersionCommand).map((c) => c.args[0].input.BaseImage);
const warnings = (): string[] => core.warning.mock.calls.map(([message]) => String(message));
const notices = (): string[] => core.notice.mock.calls.map(([message]) => String(message));

beforeEach(() => {
  resetRun();
  givenTheImage();
  answerFromTheModel();
});

describe('preflight: strict (the default)', () => {
  it('checks a plain image in its own group, with 3 reads, and registers it as given', async () => {
    // No `preflight` input: the runner passes action.yml's default, '' here.
    core.reset({ ...CHECKED, preflight: '' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(ecrOperations()).toEqual(['BatchGetImage', 'GetDownloadUrlForLayer']);
    expect(server.requests.at(-1)?.operation).toBe('BlobDownload');
    expect(core.group.mock.calls[0]?.[0]).toBe('Check the image');
    expect(sentBaseImages()).toEqual([image('docker')]);
    expect(registered()).toEqual([image('docker')]);
    const summary = core.summary.text();
    expect(summary).toContain('### Image');
    expect(summary).toContain('| Registered as | the base image, as given |');
    expect(summary).toContain('| A linux/amd64 image | passed |');
    expect(summary).toContain('Read from ECR with 3 requests; no layer was downloaded.');
    // The version's own section comes first.
    expect(summary.indexOf('### SageMaker image version')).toBeLessThan(
      summary.indexOf('### Image'),
    );
  });

  it('stops an ECR repository in another region before reading it, in strict mode', async () => {
    core.reset({ ...CHECKED, 'aws-region': 'eu-west-1' });
    await run(fakeClock());
    expect(ecrOperations()).toEqual([]);
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toMatch(
      /^The base image's ECR repository is in us-east-1, but the SageMaker image is in eu-west-1: .* nothing was changed in SageMaker\. .*`preflight: warn` registers it anyway\.$/,
    );
    expect(core.warning).not.toHaveBeenCalled();
  });

  it('only warns about it in warn mode', async () => {
    core.reset({ ...CHECKED, 'aws-region': 'eu-west-1', preflight: 'warn' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The base image's ECR repository is in us-east-1, but the SageMaker image is in eu-west-1/,
      ),
    );
  });

  it('stops a dry run where a real run would stop, saying so like its other stops', async () => {
    core.reset({ ...CHECKED, 'base-image': image('arm64-only'), 'dry-run': 'true' });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toMatch(/^Dry run: a real run would fail: The image checks found a problem/);
  });

  it('stops an arm64-only image before any SageMaker request, with the Image section', async () => {
    core.reset({ ...CHECKED, 'base-image': image('arm64-only') });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toMatch(
      /^The image checks found a problem that would keep Studio from running the base image, so nothing was changed in SageMaker:\n- The base image .*studio-images:arm64-only is an OCI image index \(linux\/arm64\/v8, 1 attestation\) with no linux\/amd64 image/,
    );
    expect(failure()).toContain('`platforms: linux/amd64`');
    expect(failure()).toMatch(/set `preflight: warn` to register it anyway\.$/);
    const summary = core.summary.text();
    expect(summary).toContain('### Image');
    expect(summary).toMatch(/\| A linux\/amd64 image \| error \| The base image /);
    expect(summary).not.toContain('### SageMaker image version');
    expect(core.setOutput).not.toHaveBeenCalled();
  });

  it('puts a stop down to the image checks, quoting only its headline beside the Image section', async () => {
    core.reset({ ...CHECKED, 'base-image': image('arm64-only') });
    await run(fakeClock());
    const summary = core.summary.text();
    expect(summary.slice(summary.indexOf('### The image checks failed'))).toBe(
      [
        '### The image checks failed',
        '',
        '> The image checks found a problem that would keep Studio from running the base image, ' +
          'so nothing was changed in SageMaker: the Image section lists why.',
        '',
        'Nothing else was changed before it failed.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('keeps the Image section of checks that passed when a later part fails', async () => {
    core.reset({ ...CHECKED, aliases: 'dev' });
    models.images.addVersion('my-image', { baseImage: 'old:4', aliases: ['dev'] }); // version 4
    await run(fakeClock());
    expect(failure()).toMatch(/^Alias "dev" \(held by version 4\) of image "my-image"/);
    const summary = core.summary.text();
    expect(summary).toMatch(/^### Image\n/);
    expect(summary).toContain('| A linux/amd64 image | passed |');
    expect(summary).toContain('\n### The version failed\n');
  });

  it('lists every error at once and annotates the findings that are not errors', async () => {
    server.ecr.seedImage(STANDARD_REPOSITORY, 'arm64-root-huge', 'arm64-manifest', {
      config: { user: '' },
      layerSizes: [6_000_000_000, 6_000_000_000],
    });
    core.reset({
      ...CHECKED,
      'base-image': image('arm64-root-huge'),
      'app-image-config': 'JupyterLabAppImageConfig: {}',
      'wait-for-created': 'true',
    });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toContain('The image checks found 2 problems');
    expect(failure()).toContain('is built for linux/arm64/v8');
    expect(failure()).toContain('runs as root (no USER) (uid 0, gid 0)');
    expect(notices()).toEqual([expect.stringContaining('is 12.0 GB compressed (2 layers)')]);
  });
});

describe('the Studio checks: user and start command, from the app-image-config document', () => {
  it('are not run without app-image-config, and the summary says why', async () => {
    core.reset({ ...CHECKED, 'base-image': image('root') });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sentBaseImages()).toEqual([image('root')]);
    const summary = core.summary.text();
    expect(summary).toContain(
      '| USER matches the uid / gid of `app-image-config` | not checked: no `app-image-config` was given |',
    );
    expect(summary).toContain(
      '| Something to start (JupyterLab, Code Editor) | not checked: no `app-image-config` was given |',
    );
  });

  it("stop a root image with Studio's default ids, before any SageMaker request", async () => {
    core.reset({
      ...CHECKED,
      'base-image': image('root'),
      'app-image-config': 'JupyterLabAppImageConfig: {}',
    });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toContain(
      'runs as root (no USER) (uid 0, gid 0), but Studio will run it with uid 1000 and gid 100 (`FileSystemConfig` of `app-image-config`)',
    );
  });

  it("take the ids from the document's FileSystemConfig, read from a workspace file", async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'main-preflight-'));
    const workspaceBefore = process.env.GITHUB_WORKSPACE;
    try {
      writeFileSync(
        join(workspace, 'kernel.yaml'),
        [
          'KernelGatewayImageConfig:',
          '  KernelSpecs: [{ Name: python3 }]',
          '  FileSystemConfig: { DefaultUid: 0, DefaultGid: 0 }',
          '',
        ].join('\n'),
      );
      process.env.GITHUB_WORKSPACE = workspace;
      core.reset({ ...CHECKED, 'base-image': image('root'), 'app-image-config': 'kernel.yaml' });
      await run(fakeClock());
      expect(core.setFailed).not.toHaveBeenCalled();
      expect(sentBaseImages()).toEqual([image('root')]);
      // Studio starts KernelGateway images itself: no start command to check.
      const summary = core.summary.text();
      expect(summary).toContain('| USER matches the uid / gid of `app-image-config` | passed |');
      expect(summary).toContain(
        '| Something to start (JupyterLab, Code Editor) | not checked: Studio starts KernelGateway images itself',
      );
    } finally {
      if (workspaceBefore === undefined) delete process.env.GITHUB_WORKSPACE;
      else process.env.GITHUB_WORKSPACE = workspaceBefore;
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('stop at an image with nothing to start in strict mode, warn in warn mode, unless the document names an entrypoint', async () => {
    const noStart = {
      ...CHECKED,
      'base-image': image('no-start'),
      'app-image-config': 'JupyterLabAppImageConfig: {}',
    };
    core.reset(noStart);
    await run(fakeClock());
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(failure()).toContain(
      'has no ENTRYPOINT and no CMD, and `app-image-config` has no `ContainerEntrypoint`',
    );
    expect(sagemaker.calls()).toHaveLength(0);

    core.reset({ ...noStart, preflight: 'warn' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(warnings()).toContainEqual(
      expect.stringContaining(
        'has no ENTRYPOINT and no CMD, and `app-image-config` has no `ContainerEntrypoint`',
      ),
    );

    core.reset({
      ...CHECKED,
      'base-image': image('no-start'),
      'app-image-config':
        'JupyterLabAppImageConfig:\n  ContainerConfig:\n    ContainerEntrypoint: [jupyter-lab]\n',
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(warnings()).toEqual([]);
  });

  it('fail on a document that is not valid before ECR or SageMaker is asked anything', async () => {
    core.reset({
      ...CHECKED,
      'app-image-config': 'JupyterLabAppImageConfig:\n  ContainerConfig:\n    Entrypoint: [x]\n',
    });
    await run(fakeClock());
    expect(failure()).toMatch(/^Invalid inputs; nothing was sent to AWS:\n/);
    expect(failure()).toContain('Entrypoint');
    expect(ecr.calls()).toHaveLength(0);
    expect(sagemaker.calls()).toHaveLength(0);
  });
});

describe('an image index of one amd64 image and its attestation', () => {
  const INDEX = image('attestation-index');
  let byDigest: string;
  beforeAll(() => {
    const seeded = server.ecr.seedImage(
      STANDARD_REPOSITORY,
      'attestation-index',
      'attestation-index',
    );
    byDigest = `${REPOSITORY}@${seeded.amd64Digest ?? ''}`;
  });

  it('is registered as its amd64 image, by digest, and the run says so', async () => {
    core.reset({ ...CHECKED, 'base-image': INDEX });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(ecrOperations()).toEqual(['BatchGetImage', 'BatchGetImage', 'GetDownloadUrlForLayer']);
    expect(sentBaseImages()).toEqual([byDigest]);
    expect(registered()).toEqual([byDigest]);
    expect(notices()).toContainEqual(
      expect.stringContaining(`its linux/amd64 image is registered by digest, ${byDigest}`),
    );
    const summary = core.summary.text();
    expect(summary).toContain(`| Base image | \`${INDEX}\` |`);
    expect(summary).toContain(`| Registered as | \`${byDigest}\` |`);
    expect(summary).toContain('Read from ECR with 4 requests');
  });

  it('is planned by digest in a dry run, which reads ECR and writes nothing', async () => {
    core.reset({ ...CHECKED, 'base-image': INDEX, 'dry-run': 'true' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(ecrOperations()).toHaveLength(3);
    const writes = sagemaker
      .calls()
      .filter((c) => !/^(Describe|List)/.test((c.args[0] as object).constructor.name));
    expect(writes).toHaveLength(0);
    const planned = core.info.mock.calls
      .map(([line]) => line)
      .find((line) => line.startsWith('CreateImageVersion '));
    expect(planned).toContain(`"BaseImage":"${byDigest}"`);
    const summary = core.summary.text();
    expect(summary).toContain('### Dry run');
    expect(summary).toContain(`| Registered as | \`${byDigest}\` |`);
    expect(registered()).toEqual([]);
  });

  it('is found by skip-if-unchanged in the version registered by digest', async () => {
    core.reset({
      ...CHECKED,
      'base-image': INDEX,
      'skip-if-unchanged': 'true',
      'wait-for-created': 'true',
    });
    models.images.addVersion('my-image', { baseImage: byDigest }); // version 4
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(sagemaker.commandCalls(CreateImageVersionCommand)).toHaveLength(0);
    expect(core.outputs()).toMatchObject({ created: 'false', 'image-version': '4' });
  });
});

describe('preflight: warn', () => {
  it('turns the errors into warnings and registers the image as given', async () => {
    core.reset({ ...CHECKED, 'base-image': image('arm64-only'), preflight: 'warn' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(warnings()).toContainEqual(expect.stringContaining('with no linux/amd64 image'));
    expect(sentBaseImages()).toEqual([image('arm64-only')]);
    const summary = core.summary.text();
    expect(summary).toContain('| A linux/amd64 image | warning |');
    expect(summary).toContain('`preflight: warn`: problems are warnings, and the run went on.');
  });

  it('goes on when the image cannot be read, registering it as given', async () => {
    ecr.on(BatchGetImageCommand).rejects(ecrError('ServerException', 'Internal error'));
    core.reset({ ...CHECKED, preflight: 'warn', 'max-attempts': '1' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(warnings()).toContainEqual(
      expect.stringMatching(/could not be checked, and is registered as given/),
    );
    expect(sentBaseImages()).toEqual([image('docker')]);
  });
});

describe('a missing ECR permission', () => {
  it.each(['strict', 'warn'])(
    'stops the run in %s mode, naming the permission and preflight: off',
    async (mode) => {
      ecr
        .on(GetDownloadUrlForLayerCommand)
        .rejects(
          ecrError(
            'AccessDeniedException',
            `User: arn:aws:sts::${TEST_ACCOUNT}:assumed-role/ci/run is not authorized to perform: ecr:GetDownloadUrlForLayer on resource: arn:aws:ecr:us-east-1:${TEST_ACCOUNT}:repository/${STANDARD_REPOSITORY}`,
          ),
        );
      core.reset({ ...CHECKED, preflight: mode });
      await run(fakeClock());
      expect(sagemaker.calls()).toHaveLength(0);
      expect(failure()).toContain(
        'the credentials are not allowed to call ecr:GetDownloadUrlForLayer, which the image checks need.',
      );
      expect(failure()).toContain(
        'or set `preflight: off` to register without checking the image.',
      );
      expect(failure()).toContain('Nothing was changed in SageMaker.');
    },
  );
});

describe('preflight: off', () => {
  it('sends nothing to ECR and registers the image as given', async () => {
    core.reset({ ...CHECKED, 'base-image': image('arm64-only'), preflight: 'off' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(ecr.calls()).toHaveLength(0);
    expect(core.group.mock.calls.map(([title]) => title)).not.toContain('Check the image');
    expect(sentBaseImages()).toEqual([image('arm64-only')]);
    expect(core.summary.text()).not.toContain('### Image');
  });
});

describe('inputs that are not valid', () => {
  it('fail before ECR is asked anything', async () => {
    core.reset({ ...CHECKED, preflight: 'sometimes' });
    await run(fakeClock());
    expect(failure()).toContain(
      'Input `preflight` must be one of strict, warn, off (any case): "sometimes".',
    );
    expect(ecr.calls()).toHaveLength(0);
  });
});

describe('the base image in another account', () => {
  it('is read from that registry', async () => {
    server.ecr.seedImage('shared/base', 'v1', 'docker', undefined, '210987654321');
    core.reset({
      ...CHECKED,
      'base-image': '210987654321.dkr.ecr.us-east-1.amazonaws.com/shared/base:v1',
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(ecr.commandCalls(BatchGetImageCommand)[0]?.args[0].input).toMatchObject({
      registryId: '210987654321',
      repositoryName: 'shared/base',
      imageIds: [{ imageTag: 'v1' }],
    });
  });

  it('stops the run when that repository cannot be seen', async () => {
    core.reset({
      ...CHECKED,
      'base-image': '210987654321.dkr.ecr.us-east-1.amazonaws.com/hidden/base:v1',
    });
    await run(fakeClock());
    expect(sagemaker.calls()).toHaveLength(0);
    expect(failure()).toContain(
      'cannot be found: registry 210987654321 in us-east-1 has no repository "hidden/base"',
    );
  });
});
