// The manifest and index reader: media type → kind, an index's entries and what each is for
// (image, attestation, SOCI index, artifact), the linux/amd64 entries, SOCI, and the size.
import { describe, expect, it } from '@jest/globals';
import {
  MEDIA_TYPES,
  platformName,
  readManifest,
  type ImageIndex,
  type ManifestReading,
} from '../../src/preflight/manifest.js';
import { EcrModel, LAYOUTS, STANDARD_REPOSITORY } from '../../__fixtures__/ecr-model.js';

const digest = (c: string): string => `sha256:${c.repeat(64)}`;
const CONFIG = {
  mediaType: 'application/vnd.docker.container.image.v1+json',
  size: 1234,
  digest: digest('c'),
};
const layer = (size: unknown): object => ({ mediaType: 'x', size, digest: digest('1') });

function facts(reading: ManifestReading): unknown {
  if (!reading.ok) throw new Error(reading.problem);
  return reading.facts;
}

const index = (reading: ManifestReading): ImageIndex => facts(reading) as ImageIndex;

describe('an image manifest', () => {
  it('gives its kind, config, layer count and compressed size', () => {
    const text = JSON.stringify({
      schemaVersion: 2,
      config: CONFIG,
      layers: [layer(100), layer(250), layer(-5), layer(Number.NaN), layer('9'), 'junk'],
    });
    expect(facts(readManifest(text, MEDIA_TYPES.dockerManifest))).toStrictEqual({
      kind: 'docker-manifest',
      config: { digest: digest('c'), size: 1234 },
      layers: 5,
      compressedSize: 350,
      soci: false,
    });
  });

  it("takes the document's media type when ECR gives none, and ECR's when both do", () => {
    const text = JSON.stringify({
      mediaType: MEDIA_TYPES.ociManifest,
      config: { ...CONFIG, mediaType: 'application/vnd.oci.image.config.v1+json', size: 'x' },
    });
    expect(facts(readManifest(text))).toStrictEqual({
      kind: 'oci-manifest',
      config: { digest: digest('c') },
      layers: 0,
      compressedSize: 0,
      soci: false,
    });
    expect(facts(readManifest(text, MEDIA_TYPES.dockerManifest))).toMatchObject({
      kind: 'docker-manifest',
    });
  });

  it('notices the SOCI index the manifest itself names', () => {
    const text = JSON.stringify({
      config: CONFIG,
      annotations: { 'com.amazon.soci.index-digest': digest('5') },
    });
    expect(facts(readManifest(text, MEDIA_TYPES.ociManifest))).toMatchObject({ soci: true });
  });

  it.each<[string, string, string | undefined, string]>([
    ['text that is not JSON', '{not json', MEDIA_TYPES.dockerManifest, 'its manifest is not JSON'],
    ['a JSON array', '[]', MEDIA_TYPES.dockerManifest, 'its manifest is not a JSON object'],
    [
      'a Docker schema 1 manifest',
      '{"schemaVersion":1,"fsLayers":[]}',
      undefined,
      'it has a Docker schema 1 manifest, which is deprecated',
    ],
    [
      'an unknown media type',
      '{}',
      'application/vnd.example+json',
      'its manifest has the media type application/vnd.example+json',
    ],
    ['no media type at all', '{}', undefined, 'its manifest has the media type (none)'],
    [
      'no config digest',
      '{"config":{"mediaType":"application/vnd.oci.image.config.v1+json"}}',
      MEDIA_TYPES.ociManifest,
      'its manifest names no sha256 config digest',
    ],
    [
      'a config digest that is not sha256',
      `{"config":{"digest":"sha512:${'a'.repeat(128)}"}}`,
      MEDIA_TYPES.ociManifest,
      'its manifest names no sha256 config digest',
    ],
    [
      'an artifact (a Helm chart)',
      JSON.stringify({
        config: { mediaType: 'application/vnd.cncf.helm.config.v1+json', digest: digest('c') },
      }),
      MEDIA_TYPES.ociManifest,
      'it is not a container image: its config is application/vnd.cncf.helm.config.v1+json',
    ],
    [
      'a config without media type',
      JSON.stringify({ config: { digest: digest('c') } }),
      MEDIA_TYPES.ociManifest,
      'it is not a container image: its config is (no media type)',
    ],
  ])('is refused when it is %s', (_label, text, mediaType, problem) => {
    expect(readManifest(text, mediaType)).toStrictEqual({ ok: false, problem });
  });
});

describe('an index', () => {
  const entry = (extra: object, d = '1'): object => ({
    mediaType: MEDIA_TYPES.ociManifest,
    digest: digest(d),
    size: 500,
    ...extra,
  });
  const amd64 = { platform: { os: 'linux', architecture: 'amd64' } };
  const attestation = {
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
  };
  const read = (...entries: unknown[]): ImageIndex =>
    index(readManifest(JSON.stringify({ manifests: entries }), MEDIA_TYPES.ociIndex));

  it("reads buildx's default: the amd64 image and its attestation", () => {
    expect(read(entry(amd64, '1'), entry(attestation, '2'))).toStrictEqual({
      kind: 'oci-index',
      entries: [
        { digest: digest('1'), role: 'image', platform: 'linux/amd64' },
        { digest: digest('2'), role: 'attestation', platform: 'unknown/unknown' },
      ],
      amd64: [{ digest: digest('1'), role: 'image', platform: 'linux/amd64' }],
      otherPlatforms: [],
      attestations: 1,
      soci: false,
    });
  });

  it('keeps other platforms apart, variants included, and counts amd64 variants as amd64', () => {
    const facts = read(
      entry({ platform: { os: 'linux', architecture: 'amd64', variant: 'v3' } }, '1'),
      entry({ platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }, '2'),
      entry({ platform: { os: 'windows', architecture: 'amd64' } }, '3'),
      entry({ platform: { os: 'unknown', architecture: 'unknown' } }, '4'),
      entry({}, '5'),
    );
    expect(facts.amd64.map(platformName)).toStrictEqual(['linux/amd64/v3']);
    expect(facts.otherPlatforms).toStrictEqual([
      'linux/arm64/v8',
      'windows/amd64',
      'unknown/unknown',
      'unknown platform',
    ]);
    expect(facts.attestations).toBe(0);
  });

  it.each([
    [
      'an entry with the SOCI v2 artifactType',
      { artifactType: 'application/vnd.amazon.soci.index.v2+json', ...amd64 },
    ],
    [
      "an entry that names its image manifest (the SOCI index's descriptor)",
      { annotations: { 'com.amazon.soci.image-manifest-digest': digest('1') } },
    ],
  ])('finds a SOCI index in %s, and does not take it for the image', (_label, extra) => {
    const facts = read(entry(amd64, '1'), entry(extra, '2'));
    expect(facts.soci).toBe(true);
    expect(facts.entries[1]?.role).toBe('soci-index');
    expect(facts.amd64).toHaveLength(1);
  });

  it('finds SOCI in the annotation of the image entry alone', () => {
    const annotated = { ...amd64, annotations: { 'com.amazon.soci.index-digest': digest('2') } };
    expect(read(entry(annotated, '1')).soci).toBe(true);
    // One annotated entry is enough: the attestation beside it names none.
    expect(read(entry(annotated, '1'), entry(attestation, '2')).soci).toBe(true);
  });

  it('takes other artifacts and blobs for artifacts, and nested indexes for images', () => {
    const facts = read(
      entry({ artifactType: 'application/vnd.dev.sigstore.bundle+json' }, '1'),
      entry({ mediaType: 'application/vnd.oci.image.layer.v1.tar' }, '2'),
      entry({ mediaType: MEDIA_TYPES.ociIndex, ...amd64 }, '3'),
    );
    expect(facts.entries.map((e) => e.role)).toStrictEqual(['artifact', 'artifact', 'image']);
    expect(facts.amd64.map((e) => e.digest)).toStrictEqual([digest('3')]);
  });

  it('skips entries without a sha256 digest, and reads a missing list as empty', () => {
    expect(
      read({ ...amd64 }, entry({ ...amd64, digest: 'sha256:abc' }), 'junk', null).entries,
    ).toEqual([]);
    // The whole text is the digest: nothing before it, nothing after.
    const around = [`x${digest('1')}`, `${digest('1')}0`];
    expect(read(...around.map((d) => entry({ ...amd64, digest: d }))).entries).toEqual([]);
    expect(index(readManifest('{"manifests":{}}', MEDIA_TYPES.dockerList))).toMatchObject({
      kind: 'docker-manifest-list',
      entries: [],
      amd64: [],
    });
  });
});

describe('the layouts of the local endpoint', () => {
  const model = new EcrModel(
    {},
    '123456789012',
    () => 'http://127.0.0.1',
    () => 'us-east-1',
  );

  it.each(LAYOUTS)('reads %s', (layout) => {
    const answer = model.dispatch('BatchGetImage', {
      repositoryName: STANDARD_REPOSITORY,
      imageIds: [{ imageTag: layout }],
    }) as { images: { imageManifest: string; imageManifestMediaType: string }[] };
    const image = answer.images[0];
    const reading = readManifest(image?.imageManifest ?? '', image?.imageManifestMediaType);
    const summary = (): unknown => {
      const read = facts(reading) as ImageIndex | { kind: string; layers: number };
      if (!('entries' in read)) return { kind: read.kind, layers: read.layers };
      return {
        kind: read.kind,
        amd64: read.amd64.length,
        otherPlatforms: read.otherPlatforms,
        attestations: read.attestations,
        soci: read.soci,
      };
    };
    expect(summary()).toStrictEqual(
      {
        docker: { kind: 'docker-manifest', layers: 3 },
        oci: { kind: 'oci-manifest', layers: 3 },
        'arm64-manifest': { kind: 'docker-manifest', layers: 3 },
        'attestation-index': {
          kind: 'oci-index',
          amd64: 1,
          otherPlatforms: [],
          attestations: 1,
          soci: false,
        },
        'multi-platform': {
          kind: 'oci-index',
          amd64: 1,
          otherPlatforms: ['linux/arm64/v8'],
          attestations: 2,
          soci: false,
        },
        'docker-list': {
          kind: 'docker-manifest-list',
          amd64: 1,
          otherPlatforms: ['linux/arm64/v8'],
          attestations: 0,
          soci: false,
        },
        'arm64-only': {
          kind: 'oci-index',
          amd64: 0,
          otherPlatforms: ['linux/arm64/v8'],
          attestations: 1,
          soci: false,
        },
        'soci-index': {
          kind: 'oci-index',
          amd64: 1,
          otherPlatforms: [],
          attestations: 0,
          soci: true,
        },
      }[layout],
    );
  });
});

describe('names from the document', () => {
  it('are cut to 64 characters', () => {
    const long = 'a'.repeat(100);
    const cut = `${'a'.repeat(64)}…`;
    expect(readManifest('{}', long)).toStrictEqual({
      ok: false,
      problem: `its manifest has the media type ${cut}`,
    });
    const text = JSON.stringify({ config: { digest: digest('c'), mediaType: long } });
    expect(readManifest(text, MEDIA_TYPES.ociManifest)).toStrictEqual({
      ok: false,
      problem: `it is not a container image: its config is ${cut}`,
    });
    const entry = { digest: digest('1'), platform: { os: long, architecture: 'amd64' } };
    const facts = readManifest(JSON.stringify({ manifests: [entry] }), MEDIA_TYPES.ociIndex);
    expect(facts).toMatchObject({ ok: true, facts: { otherPlatforms: [`${cut}/amd64`] } });
  });
});
