// Where a new finding came from: the base image the team built `FROM`, or the team's own layers.
// Pure.
//
// Enhanced findings (Amazon Inspector) name the layer each package came in (`sourceLayerHash`);
// basic ones name none. The provenance attestation names the base image by digest:
//
//   pkg:docker/123456789012.dkr.ecr.us-east-1.amazonaws.com/team/base@22.04?platform=linux%2Famd64
//     #sha256:<the digest the build resolved>
//
// When that image is in the new image's own ECR registry (a pull-through-cache repository counts),
// its linux/amd64 manifest names its layers [a, b]. A new image whose layers are [a, b, c, d] has
// a and b from the base, c and d of its own. Layers that do not start with the base's (the base was
// rebuilt, or the final stage came FROM another image) make the origin unknown, never a guess.
// Inspector's hash may be the layer's digest (compressed) or its diff id (uncompressed): both are
// matched, the diff ids read from the new image's config in the same order as its layers.
import type { ScanFinding } from '../aws/ecr-scan.js';
import { parseEcrReference, type EcrReference } from '../inputs/ecr-reference.js';

export type Origin = 'base' | 'own' | 'unknown';

/** Where the base image is, for one BatchGetImage (by the digest the build resolved). */
export type BaseLocation =
  | { readonly kind: 'ecr'; readonly purl: string; readonly reference: EcrReference }
  | { readonly kind: 'unknown'; readonly why: string };

/** The layers of the new image's amd64 manifest, and the diff ids of its config, in order. */
export interface ImageLayers {
  readonly digests: readonly string[];
  readonly diffIds: readonly string[];
}

/** What is known of the new findings' origin. */
export type OriginFacts =
  | {
      readonly kind: 'known';
      /** The base image, as the provenance names it. */
      readonly base: string;
      /** The layer digests and diff ids that came with the base, and the image's own. */
      readonly baseLayers: ReadonlySet<string>;
      readonly ownLayers: ReadonlySet<string>;
    }
  | { readonly kind: 'unknown'; readonly why: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** BuildKit's Dockerfile frontend (`# syntax=`) is in the provenance's materials, but is no base. */
const FRONTENDS = /^docker\/dockerfile(-upstream)?$/;

/** The image reference in a `pkg:docker/…` purl (with `#sha256:…` as baseImagesOf writes it). */
export function imageOfPurl(purl: string): { name: string; digest?: string } | undefined {
  const match = /^pkg:docker\/([^@?#]+)(?:@([^?#]*))?(?:\?[^#]*)?(?:#(sha256:[0-9a-f]{64}))?$/.exec(
    purl,
  );
  if (match === null) return undefined;
  const name = decodeURIComponent(match[1] ?? '');
  const version = decodeURIComponent(match[2] ?? '');
  const pinned = match[3] ?? (/^sha256:[0-9a-f]{64}$/.test(version) ? version : undefined);
  return pinned === undefined ? { name } : { name, digest: pinned };
}

/** Which base image to read, or why none can be: only the new image's registry is read. */
export function locateBase(
  baseImages: readonly string[] | undefined,
  image: Pick<EcrReference, 'host'>,
): BaseLocation {
  if (baseImages === undefined)
    return {
      kind: 'unknown',
      why: 'the new image has no provenance attestation naming its base image (build it with `provenance: mode=min`)',
    };
  const bases = baseImages.flatMap((purl) => {
    const parsed = imageOfPurl(purl);
    return parsed === undefined || FRONTENDS.test(parsed.name) ? [] : [{ purl, ...parsed }];
  });
  if (bases.length === 0)
    return { kind: 'unknown', why: 'the provenance attestation names no base image' };
  const inRegistry = bases.filter(({ name }) => name.startsWith(`${image.host}/`));
  const names = bases.map(({ name }) => `\`${name}\``).join(', ');
  if (inRegistry.length === 0)
    return {
      kind: 'unknown',
      why: `the base image (${names}) is not in this image's ECR registry (${image.host}), the only one read; a pull-through-cache repository there would be`,
    };
  if (inRegistry.length > 1)
    return {
      kind: 'unknown',
      why: `the provenance names ${inRegistry.length} images of this registry (${names}) and does not say which one the image was built FROM`,
    };
  const [base] = inRegistry as [(typeof inRegistry)[number]];
  const reference =
    base.digest === undefined ? undefined : parseEcrReference(`${base.name}@${base.digest}`);
  if (reference === undefined)
    return {
      kind: 'unknown',
      why: `the provenance names the base image \`${base.name}\` without the digest the build used`,
    };
  return { kind: 'ecr', purl: base.purl, reference };
}

/** The layer digests of an image manifest's text, in order; [] when it is not one. */
export function manifestLayers(manifestText: string | undefined): string[] {
  const document = parse(manifestText);
  if (!isObject(document) || !Array.isArray(document.layers)) return [];
  return document.layers
    .filter(isObject)
    .flatMap((layer) => (typeof layer.digest === 'string' ? [layer.digest] : []));
}

/** The diff ids of an image config's text (`rootfs.diff_ids`), in order; [] when there are none. */
export function configDiffIds(configText: string | undefined): string[] {
  const document = parse(configText);
  const rootfs = isObject(document) && isObject(document.rootfs) ? document.rootfs : {};
  return Array.isArray(rootfs.diff_ids)
    ? rootfs.diff_ids.filter((id): id is string => typeof id === 'string')
    : [];
}

function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The layers of the new image split at the base's: the base's must be a prefix of the image's. */
export function splitLayers(
  image: ImageLayers,
  baseDigests: readonly string[],
  base: string,
): OriginFacts {
  if (image.digests.length === 0)
    return { kind: 'unknown', why: "the new image's manifest names no layers" };
  if (baseDigests.length === 0)
    return { kind: 'unknown', why: `the base image \`${base}\` names no layers` };
  const prefix =
    baseDigests.length <= image.digests.length &&
    baseDigests.every((digest, i) => image.digests[i] === digest);
  if (!prefix)
    return {
      kind: 'unknown',
      why: `the new image's layers do not start with those of its base image \`${base}\` (built on another digest of it, or FROM another stage)`,
    };
  const count = baseDigests.length;
  // The diff ids pair with the layers one to one; a config that says otherwise is not used.
  const diffIds = image.diffIds.length === image.digests.length ? image.diffIds : [];
  return {
    kind: 'known',
    base,
    baseLayers: new Set([...image.digests.slice(0, count), ...diffIds.slice(0, count)]),
    ownLayers: new Set([...image.digests.slice(count), ...diffIds.slice(count)]),
  };
}

/** Where one finding came from. */
export function originOf(finding: ScanFinding, facts: OriginFacts): Origin {
  if (facts.kind === 'unknown' || finding.sourceLayerHash === undefined) return 'unknown';
  if (facts.baseLayers.has(finding.sourceLayerHash)) return 'base';
  return facts.ownLayers.has(finding.sourceLayerHash) ? 'own' : 'unknown';
}

/** How many findings came from each origin. */
export function originCounts(
  findings: readonly ScanFinding[],
  facts: OriginFacts,
): Record<Origin, number> {
  const counts: Record<Origin, number> = { base: 0, own: 0, unknown: 0 };
  for (const finding of findings) counts[originOf(finding, facts)] += 1;
  return counts;
}

/** Whether reading the base image can tell anything: a new finding names its layer. */
export const namesLayers = (findings: readonly ScanFinding[]): boolean =>
  findings.some((finding) => finding.sourceLayerHash !== undefined);

/** Why nothing was read when no new finding names a layer (basic scanning's never do). */
export const NO_LAYER_NAMED =
  "no new finding names its layer (basic scanning does not; enhanced scanning's do)";
