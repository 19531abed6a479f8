// ./compare in-process, on what it reads of the new image (read.ts: readNewImage, readOrigin,
// readBaseLayers, readScans): what the summary says when the new image cannot be read or has no
// attestations, where each new finding came from (or exactly why that is unknown), and which image
// each scan note is about. ECR answers from the local endpoint's model, SageMaker from the images
// and Studio models; a mock scripts only the faults the models do not play.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { BatchGetImageCommand, ECRServiceException } from '@aws-sdk/client-ecr';
import * as core from '../../__fixtures__/core.js';
import {
  COMPARE_INPUTS,
  HOST,
  givenLiveVersion,
  NEW_HIGH,
  NEW_LOW,
  OLD,
  REPOSITORY,
  summarySection,
} from '../../__fixtures__/compare.js';
import { fakeClock } from '../../__fixtures__/clock.js';
import {
  CONFIGS,
  MEDIA,
  type SeededFinding,
  type SeededImage,
} from '../../__fixtures__/ecr-model.js';
import { ecr, failure, resetRun, serveEcr } from '../../__fixtures__/orchestration.js';
import {
  TEST_ACCOUNT,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/compare/main.js');
const { readOrigin } = await import('../../src/compare/read.js');

const BASE_REPOSITORY = 'docker-hub/library/ubuntu';
const BASE_PURL = `pkg:docker/${HOST}/${BASE_REPOSITORY}@24.04?platform=linux%2Famd64`;

let server: SageMakerServer;
let live: SeededImage;

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
  live = server.ecr.seedImage(REPOSITORY, 'live', 'attestation-index', {
    sbom: ['pkg:pypi/torch@2.2.0'],
    builtFrom: BASE_PURL,
  });
  server.ecr.setScan(live.amd64Digest ?? '', [{ status: 'COMPLETE', findings: [OLD] }]);
  givenLiveVersion(live);
});

const short = (digest: string | undefined): string => (digest ?? '').slice(0, 19);

describe('the new image', () => {
  /** An OCI index under `next` of two linux/amd64 images, the first with AWS_* variables. */
  function givenAnIndexOfTwoAmd64Images(): void {
    const images = [
      server.ecr.seedImage(REPOSITORY, 'amd64-a', 'docker', CONFIGS['aws-env']),
      server.ecr.seedImage(REPOSITORY, 'amd64-b', 'docker', { layerSizes: [5] }),
    ];
    const index = {
      schemaVersion: 2,
      mediaType: MEDIA.ociIndex,
      manifests: images.map((image) => ({
        mediaType: MEDIA.dockerManifest,
        digest: image.digest,
        size: 1000,
        platform: { architecture: 'amd64', os: 'linux' },
      })),
    };
    server.ecr.putManifest(REPOSITORY, index, MEDIA.ociIndex, 'next');
  }
  const ZEROS = `sha256:${'0'.repeat(64)}`;
  // The reasons are the image checks' findings, all of them, in the words of a comparison (nothing
  // is registered: no version to fail, no `preflight` input).
  const refusals: [string, string, () => void, string][] = [
    [
      'a tag that does not exist',
      `${HOST}/${REPOSITORY}:missing`,
      () => {},
      `The base image ${HOST}/${REPOSITORY}:missing does not exist: repository "${REPOSITORY}" (registry ${TEST_ACCOUNT} in us-east-1) has no tag "missing". Push the image first (docker/build-push-action with \`push: true\`), or correct \`base-image\`.`,
    ],
    [
      'a digest that does not exist',
      `${HOST}/${REPOSITORY}@${ZEROS}`,
      () => {},
      `The base image ${HOST}/${REPOSITORY}@${ZEROS} does not exist: repository "${REPOSITORY}" (registry ${TEST_ACCOUNT} in us-east-1) has no digest ${ZEROS}. Push the image first (docker/build-push-action with \`push: true\`), or correct \`base-image\`.`,
    ],
    [
      'an index of two linux/amd64 images, registered as given',
      `${HOST}/${REPOSITORY}:next`,
      givenAnIndexOfTwoAmd64Images,
      `The base image ${HOST}/${REPOSITORY}:next is an OCI image index (linux/amd64, linux/amd64) with 2 linux/amd64 images (linux/amd64, linux/amd64): it is registered as given and the runtime picks one; the checks read the first. ` +
        `The base image ${HOST}/${REPOSITORY}:next sets \`AWS_REGION\`, \`SAGEMAKER_APP_TYPE\` in its environment (ENV): SageMaker sets its own AWS_* and SAGEMAKER_* variables in Studio apps, and they take precedence, so the app would not see the values the image was built with. Remove them from the Dockerfile, or name them without these prefixes.`,
    ],
  ];

  it.each(refusals)(
    'is refused, saying why, when it is %s: there is no image manifest to compare',
    async (_, uri, given, why) => {
      given();
      core.reset({ ...COMPARE_INPUTS, 'base-image': uri });
      await run(fakeClock());
      expect(failure()).toBe(
        `The new image ${uri} could not be read from ECR, so there is nothing to compare: ${why}`,
      );
      expect(core.summary.write).not.toHaveBeenCalled();
    },
  );

  it('pushed by tag as one image manifest: compares that manifest, found by the tag', async () => {
    const next = server.ecr.seedImage(REPOSITORY, 'next', 'docker', { layerSizes: [1_000] });
    server.ecr.setScan(next.digest, [{ status: 'COMPLETE', findings: [OLD, NEW_LOW] }]);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.outputs()['new-vulnerabilities']).toBe('1');
    expect(core.summary.text()).toContain(`\nNew image: \`${HOST}/${REPOSITORY}:next\`\n`);
  });

  it('without attestations: the packages section says how to build it with them', async () => {
    const next = server.ecr.seedImage(REPOSITORY, 'next', 'docker');
    server.ecr.setScan(next.digest, [{ status: 'COMPLETE', findings: [OLD] }]);
    await run(fakeClock());
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(summarySection(core.summary.text(), 'Packages')).toBe(
      [
        '### Packages',
        '',
        'The new image has no attestations (build it with `sbom: true` and `provenance: mode=min`).',
        '',
        'Base image: unknown (the new image has no provenance attestation).',
        '',
      ].join('\n'),
    );
  });
});

describe('the origin of new findings', () => {
  /**
   * The new image, built FROM `base` (in the registry's pull-through cache) at the digest the build
   * resolved, one layer its own; its scan finds OLD and `findings`, given its layers.
   */
  function givenAnImageOn(
    base: { readonly digest: string; readonly layers?: readonly string[] },
    findings: (layers: readonly string[]) => SeededFinding[],
    diffIds?: readonly string[],
  ): SeededImage {
    const next = server.ecr.seedImage(REPOSITORY, 'next', 'attestation-index', {
      config: { ...CONFIGS.studio.config, ...(diffIds === undefined ? {} : { diffIds }) },
      sbom: ['pkg:pypi/torch@2.3.1'],
      builtFrom: BASE_PURL,
      builtFromDigest: base.digest,
      baseLayers: base.layers ?? [],
      layerSizes: [400_000_000],
    });
    server.ecr.setScan(next.amd64Digest ?? '', [
      { status: 'COMPLETE', findings: [OLD, ...findings(next.layers ?? [])], enhanced: true },
    ]);
    return next;
  }

  /** The section, its two new findings (HIGH, then LOW) coming from `high` and `low`. */
  const vulnerabilities = (originLines: readonly string[], high: string, low: string): string =>
    [
      '### Vulnerabilities',
      '',
      '| | CRITICAL | HIGH | MEDIUM | LOW | INFORMATIONAL | UNDEFINED |',
      '|---|---|---|---|---|---|---|',
      '| New image | 0 | 2 | 0 | 1 | 0 | 0 |',
      '| Live image | 0 | 1 | 0 | 0 | 0 | 0 |',
      '| New | 0 | 1 | 0 | 1 | 0 | 0 |',
      '| Fixed | 0 | 0 | 0 | 0 | 0 | 0 |',
      '',
      ...originLines,
      'New findings, most severe first:',
      '',
      `- HIGH CVE-2026-0002 in torch 2.3.1 (fixed in 2.3.2) — ${high}`,
      `- LOW CVE-2026-0003 in bash 5.1 (no fix known) — ${low}`,
      '',
    ].join('\n');

  it('reads a base that is one image manifest once, and tells its layers from the own ones', async () => {
    const base = server.ecr.seedImage(BASE_REPOSITORY, 'single', 'docker', {
      layerSizes: [30_000_000],
    });
    const next = givenAnImageOn(base, (layers) => [
      { ...NEW_HIGH, layer: layers[1] ?? '' },
      { ...NEW_LOW, layer: layers[0] ?? '' },
    ]);
    await run(fakeClock());
    expect(summarySection(core.summary.text(), 'Vulnerabilities')).toBe(
      vulnerabilities(
        [
          `New findings by origin: 1 from the base image (\`${BASE_PURL}\`), 1 from the team's own layers, 0 unknown.`,
          '',
        ],
        `own layers, layer \`${short(next.layers?.[1])}\``,
        `base image, layer \`${short(next.layers?.[0])}\``,
      ),
    );
    expect(
      ecr
        .commandCalls(BatchGetImageCommand)
        .filter((call) => call.args[0].input.repositoryName === BASE_REPOSITORY)
        .map((call) => call.args[0].input.imageIds),
    ).toStrictEqual([[{ imageDigest: base.digest }]]);
    expect(core.info).toHaveBeenCalledWith(
      `Reading the base image ${HOST}/${BASE_REPOSITORY}@${base.digest}: its layers, no more.`,
    );
  });

  it("tells a finding's origin by the layer's diff id too (Inspector may name either)", async () => {
    const base = server.ecr.seedImage(BASE_REPOSITORY, 'single', 'docker', {
      layerSizes: [30_000_000],
    });
    const [baseDiff, ownDiff] = [`sha256:${'b0'.repeat(32)}`, `sha256:${'c1'.repeat(32)}`];
    givenAnImageOn(
      base,
      () => [
        { ...NEW_HIGH, layer: ownDiff },
        { ...NEW_LOW, layer: baseDiff },
      ],
      [baseDiff, ownDiff],
    );
    await run(fakeClock());
    expect(summarySection(core.summary.text(), 'Vulnerabilities')).toBe(
      vulnerabilities(
        [
          `New findings by origin: 1 from the base image (\`${BASE_PURL}\`), 1 from the team's own layers, 0 unknown.`,
          '',
        ],
        `own layers, layer \`${short(ownDiff)}\``,
        `base image, layer \`${short(baseDiff)}\``,
      ),
    );
  });

  it('without a new finding: no origin, and nothing read', async () => {
    // A session that has nothing: any read would throw.
    const session = {} as Parameters<typeof readOrigin>[0];
    const image = {
      reference: { host: HOST } as never,
      attestations: { baseImages: [BASE_PURL], notes: [] },
      layers: { digests: [], diffIds: [] },
    };
    await expect(readOrigin(session, image, [])).resolves.toBeUndefined();
  });

  /** Each way the base's layers cannot be had, and what the summary says of it. */
  const unreadable: [string, () => { digest: string; layers?: readonly string[] }, string][] = [
    [
      'an index without a linux/amd64 image',
      () => server.ecr.seedImage(BASE_REPOSITORY, 'arm', 'arm64-only'),
      'the base image has no linux/amd64 image',
    ],
    [
      'an index whose linux/amd64 manifest is gone',
      () => {
        const base = server.ecr.seedImage(BASE_REPOSITORY, 'both', 'multi-platform');
        server.ecr.deleteImage(BASE_REPOSITORY, base.amd64Digest ?? '');
        return base;
      },
      `the base image's linux/amd64 manifest is not in \`${BASE_REPOSITORY}\` (ImageNotFound)`,
    ],
    [
      'a manifest that names no config',
      () => {
        server.ecr.addRepository(BASE_REPOSITORY);
        const manifest = { schemaVersion: 2, mediaType: MEDIA.dockerManifest, layers: [] };
        return { digest: server.ecr.putManifest(BASE_REPOSITORY, manifest, MEDIA.dockerManifest) };
      },
      'the base image cannot be read: its manifest names no sha256 config digest',
    ],
    [
      'a request ECR refuses for another reason than access',
      () => {
        ecr.on(BatchGetImageCommand, { repositoryName: BASE_REPOSITORY }).rejects(
          new ECRServiceException({
            name: 'InvalidParameterException',
            $fault: 'client',
            message: 'Invalid parameter at imageIds',
            $metadata: { httpStatusCode: 400 },
          }),
        );
        return server.ecr.seedImage(BASE_REPOSITORY, 'single', 'docker');
      },
      'the base image could not be read (InvalidParameterException: Invalid parameter at imageIds)',
    ],
  ];

  it.each(unreadable)(
    'a base image that is %s: the origin is unknown, and why',
    async (_, seed, why) => {
      const base = seed();
      const next = givenAnImageOn(base, (layers) => [
        { ...NEW_HIGH, layer: layers.at(-1) ?? '' },
        { ...NEW_LOW, layer: layers.at(-1) ?? '' },
      ]);
      await run(fakeClock());
      expect(core.setFailed).not.toHaveBeenCalled();
      const layer = `origin unknown, layer \`${short(next.layers?.at(-1))}\``;
      expect(summarySection(core.summary.text(), 'Vulnerabilities')).toBe(
        vulnerabilities(
          [
            "New findings by origin: 0 from the base image, 0 from the team's own layers, 2 unknown.",
            '',
            `Origin unknown: ${why}.`,
            '',
          ],
          layer,
          layer,
        ),
      );
    },
  );
});

describe('the scans', () => {
  it('names the image of each scan note: the new one, and each live version by its digest', async () => {
    const next = server.ecr.seedImage(REPOSITORY, 'next', 'attestation-index', {
      sbom: ['pkg:pypi/torch@2.3.1'],
      layerSizes: [400_000_000],
    });
    server.ecr.setScan(next.amd64Digest ?? '', [{ status: 'UNSUPPORTED_IMAGE' }]);
    server.ecr.setScan(live.amd64Digest ?? '', [{ status: 'SCAN_ELIGIBILITY_EXPIRED' }]);
    await run(fakeClock());
    const text = summarySection(core.summary.text(), 'Vulnerabilities');
    expect(text.split('\n').filter((line) => line.startsWith('> '))).toStrictEqual([
      `> the new image ${short(next.amd64Digest)}: ECR cannot scan this image (UNSUPPORTED_IMAGE): its operating system or the scanner's support for it; see ECR's list of supported operating systems`,
      `> version 1 (${short(live.amd64Digest)}): the image is no longer scanned (SCAN_ELIGIBILITY_EXPIRED): continuous scanning stops after the registry's scan duration; raise it in Amazon Inspector, or push the image again`,
      "> Without a live image's findings, every finding of the new image counts as new.",
    ]);
    // The log follows the image checks' reads and each round of the scans.
    const logged = core.info.mock.calls.map(([line]) => String(line));
    expect(logged[0]).toMatch(`Reading ${HOST}/${REPOSITORY}:next from ECR`);
    expect(logged).toContain(
      `the ECR scans: the new image ${short(next.amd64Digest)}: UNSUPPORTED_IMAGE; version 1 (${short(live.amd64Digest)}): SCAN_ELIGIBILITY_EXPIRED after 1.0 s`,
    );
  });
});
