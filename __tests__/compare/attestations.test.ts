// BuildKit's attestations: finding the attestation manifest of one image in an index, its in-toto
// layers, and what readAttestations makes of each answer ECR can give.
import { describe, expect, it } from '@jest/globals';
import type { EcrReads, ImageId, ManifestRead } from '../../src/aws/ecr.js';
import { AwsCallError } from '../../src/aws/errors.js';
import {
  attestationDigestFor,
  readAttestations,
  statementLayers,
} from '../../src/compare/attestations.js';

const IMAGE = `sha256:${'1'.repeat(64)}`;
const OTHER_IMAGE = `sha256:${'2'.repeat(64)}`;
const ATTESTATION = `sha256:${'a'.repeat(64)}`;
const OTHER_ATTESTATION = `sha256:${'b'.repeat(64)}`;
const SBOM = `sha256:${'c'.repeat(64)}`;
const PROVENANCE = `sha256:${'d'.repeat(64)}`;
const SPDX_TYPE = 'https://spdx.dev/Document';
const SLSA_TYPE = 'https://slsa.dev/provenance/v0.2';

const attestationEntry = (digest: string, image: string) => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest,
  annotations: {
    'vnd.docker.reference.type': 'attestation-manifest',
    'vnd.docker.reference.digest': image,
  },
});
const imageEntry = (digest: string) => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest,
  platform: { architecture: 'amd64', os: 'linux' },
});
const indexOf = (...manifests: unknown[]): string =>
  JSON.stringify({ schemaVersion: 2, manifests });

const layer = (digest: string, type: string, size?: number) => ({
  mediaType: 'application/vnd.in-toto+json',
  digest,
  ...(size === undefined ? {} : { size }),
  annotations: { 'in-toto.io/predicate-type': type },
});
const manifestOf = (...layers: unknown[]): string => JSON.stringify({ schemaVersion: 2, layers });

const sbomStatement = (...packages: [string, string][]): string =>
  JSON.stringify({
    predicateType: SPDX_TYPE,
    predicate: {
      packages: packages.map(([name, version]) => ({
        name,
        versionInfo: version,
        externalRefs: [{ referenceType: 'purl', referenceLocator: `pkg:pypi/${name}@${version}` }],
      })),
    },
  });
const provenanceStatement = (...uris: string[]): string =>
  JSON.stringify({
    predicateType: SLSA_TYPE,
    predicate: { materials: uris.map((uri) => ({ uri })) },
  });

describe('attestationDigestFor', () => {
  it("finds the attestation manifest of the given image, not another image's", () => {
    const index = indexOf(
      imageEntry(OTHER_IMAGE),
      attestationEntry(OTHER_ATTESTATION, OTHER_IMAGE),
      imageEntry(IMAGE),
      attestationEntry(ATTESTATION, IMAGE),
    );
    expect(attestationDigestFor(index, IMAGE)).toBe(ATTESTATION);
    expect(attestationDigestFor(index, OTHER_IMAGE)).toBe(OTHER_ATTESTATION);
  });

  it('takes only entries typed as attestation manifests', () => {
    const typedOtherwise = {
      ...attestationEntry(OTHER_ATTESTATION, IMAGE),
      annotations: {
        'vnd.docker.reference.type': 'something-else',
        'vnd.docker.reference.digest': IMAGE,
      },
    };
    expect(attestationDigestFor(indexOf(typedOtherwise), IMAGE)).toBeUndefined();
    expect(
      attestationDigestFor(indexOf(typedOtherwise, attestationEntry(ATTESTATION, IMAGE)), IMAGE),
    ).toBe(ATTESTATION);
  });

  it('has nothing for an image without attestations, or entries without annotations', () => {
    expect(
      attestationDigestFor(indexOf(attestationEntry(ATTESTATION, OTHER_IMAGE)), IMAGE),
    ).toBeUndefined();
    expect(attestationDigestFor(indexOf(imageEntry(IMAGE)), IMAGE)).toBeUndefined();
    const annotationsNotAnObject = { digest: ATTESTATION, annotations: 'attestation-manifest' };
    expect(attestationDigestFor(indexOf(annotationsNotAnObject), IMAGE)).toBeUndefined();
  });

  it('skips entries that are not objects, and a match without a string digest', () => {
    const noDigest = { ...attestationEntry(ATTESTATION, IMAGE), digest: 7 };
    expect(attestationDigestFor(indexOf(null, 'x', [1], noDigest), IMAGE)).toBeUndefined();
    expect(
      attestationDigestFor(indexOf(null, 'x', [1], attestationEntry(ATTESTATION, IMAGE)), IMAGE),
    ).toBe(ATTESTATION);
  });

  it('has nothing for text that is not an index', () => {
    expect(attestationDigestFor('not json', IMAGE)).toBeUndefined();
    expect(attestationDigestFor('[]', IMAGE)).toBeUndefined();
    expect(attestationDigestFor('null', IMAGE)).toBeUndefined();
    expect(attestationDigestFor('{"manifests": {}}', IMAGE)).toBeUndefined();
  });
});

describe('statementLayers', () => {
  it('lists each in-toto layer with its digest, size and predicate type', () => {
    expect(
      statementLayers(manifestOf(layer(SBOM, SPDX_TYPE, 1234), layer(PROVENANCE, SLSA_TYPE))),
    ).toEqual([
      { digest: SBOM, size: 1234, predicateType: SPDX_TYPE },
      { digest: PROVENANCE, predicateType: SLSA_TYPE },
    ]);
  });

  it('leaves out a size that is not a number', () => {
    const sizeAsText = { ...layer(SBOM, SPDX_TYPE), size: '1234' };
    expect(statementLayers(manifestOf(sizeAsText))).toEqual([
      { digest: SBOM, predicateType: SPDX_TYPE },
    ]);
  });

  it('skips layers without a digest or a predicate type, and entries that are not objects', () => {
    const noDigest = { annotations: { 'in-toto.io/predicate-type': SPDX_TYPE } };
    const noType = { digest: SBOM, annotations: {} };
    const typeNotText = { digest: SBOM, annotations: { 'in-toto.io/predicate-type': 3 } };
    const noAnnotations = { digest: SBOM };
    expect(
      statementLayers(
        manifestOf(
          null,
          'x',
          noDigest,
          noType,
          typeNotText,
          noAnnotations,
          layer(PROVENANCE, SLSA_TYPE),
        ),
      ),
    ).toEqual([{ digest: PROVENANCE, predicateType: SLSA_TYPE }]);
  });

  it('has nothing for text that is not a manifest with layers', () => {
    expect(statementLayers('not json')).toEqual([]);
    expect(statementLayers('[]')).toEqual([]);
    expect(statementLayers('null')).toEqual([]);
    expect(statementLayers('{"layers": {}}')).toEqual([]);
  });
});

/** EcrReads over fixed answers, recording what was asked for. */
function fakeReads(
  manifests: Record<string, ManifestRead>,
  blobs: Record<string, string>,
): EcrReads & { readonly asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    readManifest(imageId: ImageId) {
      const digest = 'digest' in imageId ? imageId.digest : imageId.tag;
      asked.push(`manifest ${digest}`);
      const read = manifests[digest];
      if (read === undefined) return Promise.reject(new Error(`unexpected manifest ${digest}`));
      return Promise.resolve(read);
    },
    readConfig(digest: string, size: number | undefined) {
      asked.push(`blob ${digest} ${size ?? '-'}`);
      const text = blobs[digest];
      if (text === undefined) return Promise.reject(new Error(`unexpected blob ${digest}`));
      return Promise.resolve(text);
    },
  };
}
const found = (digest: string, manifest: string): ManifestRead => ({
  found: true,
  digest,
  manifest,
});
const INDEX = indexOf(imageEntry(IMAGE), attestationEntry(ATTESTATION, IMAGE));

describe('readAttestations', () => {
  it("reads the SBOM's packages and the provenance's base images", async () => {
    const reads = fakeReads(
      {
        [ATTESTATION]: found(
          ATTESTATION,
          manifestOf(layer(SBOM, SPDX_TYPE, 99), layer(PROVENANCE, SLSA_TYPE)),
        ),
      },
      {
        [SBOM]: sbomStatement(['torch', '2.3.1'], ['numpy', '1.26.4']),
        [PROVENANCE]: provenanceStatement('pkg:docker/python@3.11', 'https://example.com/x'),
      },
    );
    await expect(readAttestations(reads, INDEX, IMAGE, 'The new image')).resolves.toStrictEqual({
      packages: [
        { ecosystem: 'pypi', name: 'torch', version: '2.3.1' },
        { ecosystem: 'pypi', name: 'numpy', version: '1.26.4' },
      ],
      baseImages: ['pkg:docker/python@3.11'],
      notes: [],
    });
    expect(reads.asked).toEqual([
      `manifest ${ATTESTATION}`,
      `blob ${SBOM} 99`,
      `blob ${PROVENANCE} -`,
    ]);
  });

  it('joins the packages of two SBOM layers and the images of two provenance layers', async () => {
    const SBOM2 = `sha256:${'e'.repeat(64)}`;
    const PROVENANCE2 = `sha256:${'f'.repeat(64)}`;
    const reads = fakeReads(
      {
        [ATTESTATION]: found(
          ATTESTATION,
          manifestOf(
            layer(SBOM, SPDX_TYPE),
            layer(PROVENANCE, 'https://SLSA.dev/provenance/v1'),
            layer(SBOM2, 'https://SPDX.dev/Document'),
            layer(PROVENANCE2, SLSA_TYPE),
          ),
        ),
      },
      {
        [SBOM]: sbomStatement(['torch', '2.3.1']),
        [SBOM2]: sbomStatement(['numpy', '1.26.4']),
        [PROVENANCE]: provenanceStatement('pkg:docker/python@3.11'),
        [PROVENANCE2]: provenanceStatement('pkg:docker/ubuntu@22.04'),
      },
    );
    await expect(readAttestations(reads, INDEX, IMAGE, 'The new image')).resolves.toStrictEqual({
      packages: [
        { ecosystem: 'pypi', name: 'torch', version: '2.3.1' },
        { ecosystem: 'pypi', name: 'numpy', version: '1.26.4' },
      ],
      baseImages: ['pkg:docker/python@3.11', 'pkg:docker/ubuntu@22.04'],
      notes: [],
    });
  });

  it('reads no layer of another predicate type, and notes a missing SBOM', async () => {
    const VULN = `sha256:${'9'.repeat(64)}`;
    const reads = fakeReads(
      {
        [ATTESTATION]: found(
          ATTESTATION,
          manifestOf(
            layer(VULN, 'https://cosign.sigstore.dev/attestation/vuln/v1'),
            layer(PROVENANCE, SLSA_TYPE),
          ),
        ),
      },
      { [PROVENANCE]: provenanceStatement('pkg:docker/python@3.11') },
    );
    await expect(readAttestations(reads, INDEX, IMAGE, 'The live image')).resolves.toStrictEqual({
      baseImages: ['pkg:docker/python@3.11'],
      notes: ['The live image has no SBOM attestation (build it with `sbom: true`).'],
    });
    expect(reads.asked).toEqual([`manifest ${ATTESTATION}`, `blob ${PROVENANCE} -`]);
  });

  it('skips a layer whose text is not an in-toto statement', async () => {
    const reads = fakeReads(
      {
        [ATTESTATION]: found(
          ATTESTATION,
          manifestOf(layer(SBOM, SPDX_TYPE), layer(PROVENANCE, SLSA_TYPE)),
        ),
      },
      { [SBOM]: 'not json', [PROVENANCE]: '{"predicateType": "x"}' },
    );
    await expect(readAttestations(reads, INDEX, IMAGE, 'The new image')).resolves.toStrictEqual({
      notes: ['The new image has no SBOM attestation (build it with `sbom: true`).'],
    });
  });

  it('notes an image without attestations, and one read as a single manifest', async () => {
    const reads = fakeReads({}, {});
    const none = {
      notes: [
        'The new image has no attestations (build it with `sbom: true` and `provenance: mode=min`).',
      ],
    };
    await expect(
      readAttestations(reads, indexOf(imageEntry(IMAGE)), IMAGE, 'The new image'),
    ).resolves.toStrictEqual(none);
    await expect(readAttestations(reads, undefined, IMAGE, 'The new image')).resolves.toStrictEqual(
      none,
    );
    expect(reads.asked).toEqual([]);
  });

  it('notes an attestation manifest ECR no longer has', async () => {
    const reads = fakeReads(
      {
        [ATTESTATION]: { found: false, code: 'ImageNotFound', reason: 'Requested image not found' },
      },
      {},
    );
    await expect(readAttestations(reads, INDEX, IMAGE, 'The live image')).resolves.toStrictEqual({
      notes: ['The live image: its attestation manifest is gone (ImageNotFound).'],
    });
  });

  it('notes a failed read with its error, and goes on without packages', async () => {
    const reads = fakeReads(
      { [ATTESTATION]: found(ATTESTATION, manifestOf(layer(SBOM, SPDX_TYPE))) },
      {},
    );
    reads.readConfig = () => {
      const cause = Object.assign(new Error('The layer does not exist'), {
        name: 'LayersNotFoundException',
      });
      return Promise.reject(new AwsCallError('GetDownloadUrlForLayer', cause));
    };
    await expect(readAttestations(reads, INDEX, IMAGE, 'The new image')).resolves.toStrictEqual({
      notes: [
        'The new image: its attestations could not be read (LayersNotFoundException: The layer does not exist).',
      ],
    });
  });
});
