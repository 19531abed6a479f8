// ./compare in-process, on what users run now (read.ts: readLive, readLiveImage, readConfigs): the
// summary's "What users get", "Packages" and "AppImageConfig" sections for each way the image, its
// versions and aliases, the domains' entries and the live images can be, and the SageMaker requests
// that costs. SageMaker answers from the images and Studio models, ECR from the local endpoint's
// model; a mock scripts only what the models do not play (an order of ListAliases, a refused read).
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  BatchGetImageCommand,
  DescribeImageScanFindingsCommand,
  ECRServiceException,
} from '@aws-sdk/client-ecr';
import { DescribeImageVersionCommand, ListAliasesCommand } from '@aws-sdk/client-sagemaker';
import * as core from '../../__fixtures__/core.js';
import {
  COMPARE_INPUTS,
  HOST,
  REPOSITORY,
  addTeamImageDomain,
  summarySection,
} from '../../__fixtures__/compare.js';
import { fakeClock } from '../../__fixtures__/clock.js';
import type { SeededImage } from '../../__fixtures__/ecr-model.js';
import {
  ecr,
  newModels,
  resetRun,
  sagemaker,
  serveEcr,
  serveModels,
  type Models,
} from '../../__fixtures__/orchestration.js';
import { startSageMakerServer, type SageMakerServer } from '../../__fixtures__/sagemaker-server.js';
import type { VersionSeed } from '../../__fixtures__/images-model.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/compare/main.js');

let server: SageMakerServer;
const UBUNTU = 'pkg:docker/ubuntu@24.04?platform=linux%2Famd64';
const UBUNTU_DIGEST = `sha256:${'ab'.repeat(32)}`;
/** The base image line when only the new image's provenance names it. */
const NEW_BASE_ONLY = `Base image: \`${UBUNTU}#${UBUNTU_DIGEST}\`.`;
/** Two earlier images of team-image (torch 2.1.0, then 2.2.0), and the next one (torch 2.3.1). */
let older: SeededImage;
let old: SeededImage;
let next: SeededImage;

beforeAll(async () => {
  server = await startSageMakerServer({ ecr: { standardImages: false } });
});
afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  resetRun();
  serveEcr(server.ecr);
  core.reset(COMPARE_INPUTS);
  server.ecr.resetScans();
  const image = (tag: string, torch: string, size: number): SeededImage => {
    const seeded = server.ecr.seedImage(REPOSITORY, tag, 'attestation-index', {
      sbom: [`pkg:pypi/torch@${torch}`],
      builtFrom: UBUNTU,
      builtFromDigest: UBUNTU_DIGEST,
      layerSizes: [size],
    });
    server.ecr.setScan(seeded.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [] }]);
    return seeded;
  };
  older = image('older', '2.1.0', 100);
  old = image('old', '2.2.0', 200);
  next = image('next', '2.3.1', 300);
});

/** A version of team-image pushed as `image` (by its tag), registered by its amd64 digest. */
const versionOf = (image: SeededImage, seed: Partial<VersionSeed> = {}): VersionSeed => ({
  baseImage: image.uri,
  containerImage: `${HOST}/${REPOSITORY}@${image.amd64Digest ?? ''}`,
  ...seed,
});

/** The models `given` seeds, served; team-image made first unless `given` says otherwise. */
function givenModels(given: (models: Models) => void, withImage = true): Models {
  const models = newModels();
  if (withImage) models.images.addImage('team-image');
  given(models);
  serveModels(models);
  return models;
}

const section = (title: string): string => summarySection(core.summary.text(), title);
const lines = (...text: string[]): string => [...text, ''].join('\n');
/** The packages section of a comparison with the image of torch `before`. */
const torchUpgradedFrom = (before: string): string =>
  lines(
    '### Packages',
    '',
    '| | Ecosystem | Package | Now | New |',
    '|---|---|---|---|---|',
    `| upgraded ★ | pypi | torch | ${before} | 2.3.1 |`,
    '',
    '★ on the watch list.',
    '',
    `Base image: \`${UBUNTU}#${UBUNTU_DIGEST}\`, unchanged.`,
  );
/** SageMaker's operations, in the order sent. */
const operations = (): string[] =>
  sagemaker
    .calls()
    .map((call) => (call.args[0] as object).constructor.name.replace(/Command$/, ''));

describe('without domains: users run what the aliases name, else the newest CREATED version', () => {
  const NOTHING_YET = lines(
    '### What users get',
    '',
    'The image has no CREATED version yet: nothing to compare against.',
  );
  const HOUR = 3_600_000;
  const cases: [string, (models: Models) => void, boolean, string][] = [
    ['the image does not exist yet', () => {}, false, NOTHING_YET],
    ['the image has no version', () => {}, true, NOTHING_YET],
    [
      'its only version failed',
      (models) =>
        models.images.addVersion('team-image', versionOf(old, { status: 'CREATE_FAILED' })),
      true,
      NOTHING_YET,
    ],
    [
      'no version holds an alias: the newest CREATED one',
      (models) => {
        const now = Date.now();
        models.images.addVersion('team-image', versionOf(older, { createdAt: now - 3 * HOUR }));
        models.images.addVersion('team-image', versionOf(old, { createdAt: now - 2 * HOUR }));
        models.images.addVersion(
          'team-image',
          versionOf(next, { createdAt: now - HOUR, status: 'CREATE_FAILED' }),
        );
      },
      true,
      lines('### What users get', '', '- newest CREATED: version 2'),
    ],
  ];

  it.each(cases)('%s', async (_, given, withImage, users) => {
    givenModels(given, withImage);
    core.reset({ ...COMPARE_INPUTS, 'domain-ids': '' });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(section('What users get')).toBe(users);
  });

  it('reads each version the aliases name once, in version order, and compares with the newest; an alias gone meanwhile names none', async () => {
    givenModels((models) => {
      models.images.addVersion('team-image', versionOf(older, { aliases: ['previous'] }));
      models.images.addVersion('team-image', versionOf(old, { aliases: ['stable', 'latest'] }));
    });
    // ListAliases promises no order: here the newest version's alias comes first, and `gone` was
    // removed from its version between the list and the read.
    sagemaker
      .on(ListAliasesCommand)
      .resolves({ SageMakerImageVersionAliases: ['stable', 'previous', 'gone', 'latest'] });
    core.reset({ ...COMPARE_INPUTS, 'domain-ids': '' });
    await run(fakeClock());
    expect(section('What users get')).toBe(
      lines(
        '### What users get',
        '',
        '- alias stable: version 2',
        '- alias previous: version 1',
        '- alias latest: version 2',
      ),
    );
    expect(core.outputs()['live-versions']).toBe(
      '{"alias stable":2,"alias previous":1,"alias latest":2}',
    );
    expect(
      sagemaker
        .commandCalls(DescribeImageVersionCommand)
        .flatMap((call) => call.args[0].input.Version ?? []),
    ).toStrictEqual([1, 2]);
    expect(section('Packages')).toBe(torchUpgradedFrom('2.2.0'));
  });
});

describe('with domains: each entry and the version its users get now', () => {
  it('a pinned entry its version, an unpinned one the newest CREATED', async () => {
    givenModels((models) => {
      models.images.addVersion('team-image', versionOf(older));
      models.images.addVersion('team-image', versionOf(old));
      addTeamImageDomain(models, [{ ImageVersionNumber: 1 }], [{}]);
    });
    await run(fakeClock());
    expect(section('What users get')).toBe(
      lines(
        '### What users get',
        '',
        '| Domain | Level | App | Now | After the release |',
        '|---|---|---|---|---|',
        '| `d-one` | user | JupyterLab | version 1 | the new version once `register` pins it |',
        '| `d-one` | space | JupyterLab | unpinned (version 2) | the new version, at once when it is CREATED |',
      ),
    );
    expect(core.outputs()['live-versions']).toBe('{"d-one/user":1,"d-one/space":"unpinned"}');
    expect(section('Packages')).toBe(torchUpgradedFrom('2.2.0'));
  });

  it('every entry pinned: reads the domain and the pinned version only, no version list or alias', async () => {
    givenModels((models) => {
      models.images.addVersion('team-image', versionOf(older, { aliases: ['stable'] }));
      models.images.addVersion('team-image', versionOf(old));
      addTeamImageDomain(models, [{ ImageVersionNumber: 1 }]);
    });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(operations()).toStrictEqual(['DescribeDomain', 'DescribeImageVersion']);
    expect(section('Packages')).toBe(torchUpgradedFrom('2.1.0'));
  });
});

describe('the live images', () => {
  it.each([
    ['public.ecr.aws/docker/library/python:3.12', 'public.ecr.aws/docker/library/python:3.12'],
    ['', '(none)'],
  ])(
    'a version whose image is %j, no ECR image by digest: a note, and no scan of it',
    async (containerImage, shown) => {
      givenModels((models) => {
        models.images.addVersion('team-image', versionOf(old, { containerImage }));
        addTeamImageDomain(models, [{ ImageVersionNumber: 1 }]);
      });
      await run(fakeClock());
      expect(core.setFailed).not.toHaveBeenCalled();
      expect(section('Packages')).toBe(
        lines(
          '### Packages',
          '',
          `Version 1's image ${shown} is not an ECR image by digest.`,
          '',
          NEW_BASE_ONLY,
        ),
      );
      const scanned = ecr
        .commandCalls(DescribeImageScanFindingsCommand)
        .map((call) => call.args[0].input.imageId?.imageDigest);
      expect([...new Set(scanned)]).toStrictEqual([next.amd64Digest]);
    },
  );

  it('a version registered by its index digest: its attestations are read from that index', async () => {
    givenModels((models) => {
      models.images.addVersion(
        'team-image',
        versionOf(old, { baseImage: `${HOST}/${REPOSITORY}@${old.digest}` }),
      );
      addTeamImageDomain(models, [{ ImageVersionNumber: 1 }]);
    });
    await run(fakeClock());
    expect(section('Packages')).toBe(torchUpgradedFrom('2.2.0'));
  });

  it('a version whose index cannot be read: it has no attestations, and the run goes on', async () => {
    givenModels((models) => {
      models.images.addVersion('team-image', versionOf(old));
      addTeamImageDomain(models, [{ ImageVersionNumber: 1 }]);
    });
    ecr.on(BatchGetImageCommand, { imageIds: [{ imageTag: 'old' }] }).rejects(
      new ECRServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'not authorized to perform ecr:BatchGetImage',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(section('Packages')).toBe(
      lines(
        '### Packages',
        '',
        'Version 1 has no attestations (build it with `sbom: true` and `provenance: mode=min`).',
        '',
        NEW_BASE_ONLY,
      ),
    );
  });
});

describe("the AppImageConfig: the document against the one users' entries name", () => {
  const DOCUMENT = {
    AppImageConfigName: 'team-config-v2',
    JupyterLabAppImageConfig: {
      FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1001 },
    },
  };
  const AGAINST_TEAM_CONFIG = (title: string): string =>
    lines(
      `### AppImageConfig \`${title}\``,
      '',
      'Against `team-config`, the one users start with now:',
      '',
      '| Field | Now | New |',
      '|---|---|---|',
      '| `JupyterLabAppImageConfig.FileSystemConfig.DefaultUid` | 1000 | 1001 |',
    );
  const ALL_NEW = (why = 'No live entry names an AppImageConfig: every field is new.'): string =>
    lines(
      '### AppImageConfig `team-config-v2`',
      '',
      why,
      '',
      '| Field | Now | New |',
      '|---|---|---|',
      '| `JupyterLabAppImageConfig.FileSystemConfig.DefaultUid` | — | 1001 |',
      '| `JupyterLabAppImageConfig.FileSystemConfig.MountPath` | — | "/home/sagemaker-user" |',
    );
  const cases: [string, (models: Models) => void, Record<string, string>, string][] = [
    [
      'a document without a name is named by where it came from',
      (models) =>
        addTeamImageDomain(models, [{ ImageVersionNumber: 1, AppImageConfigName: 'team-config' }]),
      {
        'app-image-config': JSON.stringify({ ...DOCUMENT, AppImageConfigName: undefined }),
      },
      AGAINST_TEAM_CONFIG('the document of the input'),
    ],
    [
      'the first entry names no config, a later one does: against the later one',
      (models) =>
        addTeamImageDomain(
          models,
          [{ ImageVersionNumber: 1 }],
          [{ ImageVersionNumber: 1, AppImageConfigName: 'team-config' }],
        ),
      {},
      AGAINST_TEAM_CONFIG('team-config-v2'),
    ],
    [
      'the config the entry names is gone: every field is new',
      (models) =>
        addTeamImageDomain(models, [{ ImageVersionNumber: 1, AppImageConfigName: 'gone' }]),
      {},
      ALL_NEW('The live entries name `gone`, which no longer exists: every field is new.'),
    ],
    ['no domains: every field is new', () => {}, { 'domain-ids': '' }, ALL_NEW()],
  ];

  it.each(cases)('%s', async (_, given, inputs, expected) => {
    givenModels((models) => {
      models.images.addVersion('team-image', versionOf(old));
      models.studio.addAppImageConfig('team-config', {
        JupyterLabAppImageConfig: {
          FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000 },
        },
      });
      given(models);
    });
    core.reset({ ...COMPARE_INPUTS, 'app-image-config': JSON.stringify(DOCUMENT), ...inputs });
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(section('AppImageConfig')).toBe(expected);
  });
});
