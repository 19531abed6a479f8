// BuildKit's attestations of one image, read from ECR without pulling a layer: the index names an
// attestation manifest per image (annotation `vnd.docker.reference.type: attestation-manifest`,
// `vnd.docker.reference.digest: <the image's manifest>`), whose layers are in-toto statements
// (`in-toto.io/predicate-type`: SPDX for the SBOM, SLSA for the provenance). One BatchGetImage for
// the attestation manifest, then GetDownloadUrlForLayer and one GET per statement.
//
// Attestations are optional: an image without them, or one whose reads fail, has a note saying so
// and the comparison goes on without its packages or base image.
import type { EcrReads } from '../aws/ecr.js';
import { errorFacts } from '../aws/errors.js';
import { baseImagesOf, predicateOf, spdxPackages, type Package } from './packages.js';

/** SBOMs of large conda images run to tens of MB: their own cap, well above the config's 8 MB. */
export const MAX_ATTESTATION_BYTES = 64 * 1024 * 1024;

export const ATTESTATION_TYPE = 'attestation-manifest';
const PREDICATE_TYPE = 'in-toto.io/predicate-type';

export interface AttestationFacts {
  readonly packages?: readonly Package[];
  readonly baseImages?: readonly string[];
  /** Why something is missing, in words. */
  readonly notes: readonly string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const annotations = (value: Json): Json => (isObject(value.annotations) ? value.annotations : {});

/** The attestation manifest's digest for `imageDigest` in an index's text, if it has one. Pure. */
export function attestationDigestFor(indexText: string, imageDigest: string): string | undefined {
  let index: unknown;
  try {
    index = JSON.parse(indexText);
  } catch {
    return undefined;
  }
  if (!isObject(index) || !Array.isArray(index.manifests)) return undefined;
  const attestations = index.manifests
    .filter(isObject)
    .filter((entry) => annotations(entry)['vnd.docker.reference.type'] === ATTESTATION_TYPE);
  const match = attestations.find(
    (entry) => annotations(entry)['vnd.docker.reference.digest'] === imageDigest,
  );
  const digest = match?.digest;
  return typeof digest === 'string' ? digest : undefined;
}

/** The in-toto layers of an attestation manifest: digest, size, predicate type. Pure. */
export function statementLayers(
  manifestText: string,
): { readonly digest: string; readonly size?: number; readonly predicateType: string }[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return [];
  }
  if (!isObject(manifest) || !Array.isArray(manifest.layers)) return [];
  return manifest.layers.filter(isObject).flatMap((layer) => {
    const type = annotations(layer)[PREDICATE_TYPE];
    if (typeof layer.digest !== 'string' || typeof type !== 'string') return [];
    return [
      {
        digest: layer.digest,
        ...(typeof layer.size === 'number' ? { size: layer.size } : {}),
        predicateType: type,
      },
    ];
  });
}

/** The SBOM's packages and the provenance's base images of the image `imageDigest`. */
export async function readAttestations(
  reads: EcrReads,
  indexText: string | undefined,
  imageDigest: string,
  what: string,
): Promise<AttestationFacts> {
  const digest = indexText === undefined ? undefined : attestationDigestFor(indexText, imageDigest);
  if (digest === undefined)
    return {
      notes: [
        `${what} has no attestations (build it with \`sbom: true\` and \`provenance: mode=min\`).`,
      ],
    };
  try {
    const manifest = await reads.readManifest({ digest });
    if (!manifest.found)
      return { notes: [`${what}: its attestation manifest is gone (${manifest.code}).`] };
    let packages: Package[] | undefined;
    let baseImages: string[] | undefined;
    for (const layer of statementLayers(manifest.manifest)) {
      const spdx = /spdx/i.test(layer.predicateType);
      const slsa = /slsa\.dev\/provenance/i.test(layer.predicateType);
      if (!spdx && !slsa) continue;
      const statement = predicateOf(await reads.readConfig(layer.digest, layer.size));
      if (statement === undefined) continue;
      if (spdx) packages = [...(packages ?? []), ...spdxPackages(statement.predicate)];
      else baseImages = [...(baseImages ?? []), ...baseImagesOf(statement.predicate)];
    }
    const notes = [
      ...(packages === undefined
        ? [`${what} has no SBOM attestation (build it with \`sbom: true\`).`]
        : []),
    ];
    return {
      ...(packages === undefined ? {} : { packages }),
      ...(baseImages === undefined ? {} : { baseImages }),
      notes,
    };
  } catch (error) {
    const facts = errorFacts(error);
    return {
      notes: [`${what}: its attestations could not be read (${facts.name}: ${facts.message}).`],
    };
  }
}
