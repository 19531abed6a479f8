// What a manifest from ECR says, read without trusting its shape. Pure.
//
// An image manifest names one config blob and the layers; an index (Docker manifest list or OCI
// image index) names manifests. buildx's default provenance turns a single-platform image into
// an index like this one:
//
//   { "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [
//       { "digest": "sha256:aaa…", "platform": { "os": "linux", "architecture": "amd64" } },
//       { "digest": "sha256:bbb…", "platform": { "os": "unknown", "architecture": "unknown" },
//         "annotations": { "vnd.docker.reference.type": "attestation-manifest" } } ] }
//
// A SOCI-enabled image (SOCI index manifest v2) adds an entry with artifactType
// `application/vnd.amazon.soci.index.v2+json` and annotates its image manifest with
// `com.amazon.soci.index-digest`.

export const MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
} as const;

export const SOCI_INDEX_V2 = 'application/vnd.amazon.soci.index.v2+json';
/** On an image manifest (or its descriptor): the SOCI index made for it. */
export const SOCI_INDEX_DIGEST = 'com.amazon.soci.index-digest';
/** On a SOCI index's descriptor in the image index: the image manifest it belongs to. */
export const SOCI_IMAGE_MANIFEST_DIGEST = 'com.amazon.soci.image-manifest-digest';
export const REFERENCE_TYPE = 'vnd.docker.reference.type';

/** The configs of container images; any other config type is an artifact (a chart, a signature). */
const IMAGE_CONFIG_TYPES: readonly string[] = [
  'application/vnd.docker.container.image.v1+json',
  'application/vnd.oci.image.config.v1+json',
];

export type ManifestKind =
  'docker-manifest' | 'oci-manifest' | 'docker-manifest-list' | 'oci-index';

export const KIND_NAMES: Readonly<Record<ManifestKind, string>> = {
  'docker-manifest': 'Docker image manifest (v2)',
  'oci-manifest': 'OCI image manifest',
  'docker-manifest-list': 'Docker manifest list',
  'oci-index': 'OCI image index',
};

const KIND_OF: Readonly<Record<string, ManifestKind>> = {
  [MEDIA_TYPES.dockerManifest]: 'docker-manifest',
  [MEDIA_TYPES.ociManifest]: 'oci-manifest',
  [MEDIA_TYPES.dockerList]: 'docker-manifest-list',
  [MEDIA_TYPES.ociIndex]: 'oci-index',
};

export interface ImageManifest {
  readonly kind: 'docker-manifest' | 'oci-manifest';
  readonly config: { readonly digest: string; readonly size?: number };
  readonly layers: number;
  /** The layers' sizes added up: what a pull downloads. */
  readonly compressedSize: number;
  /** Whether the manifest itself names a SOCI index (`com.amazon.soci.index-digest`). */
  readonly soci: boolean;
}

/** What an index entry is for: an image, a build attestation, a SOCI index, or another artifact. */
export type EntryRole = 'image' | 'attestation' | 'soci-index' | 'artifact';

export interface IndexEntry {
  readonly digest: string;
  readonly role: EntryRole;
  /** `os/architecture[/variant]`, when the entry names a platform. */
  readonly platform?: string;
}

export interface ImageIndex {
  readonly kind: 'docker-manifest-list' | 'oci-index';
  readonly entries: readonly IndexEntry[];
  /** The image entries for linux/amd64, the platform of Studio's instances. */
  readonly amd64: readonly IndexEntry[];
  /** The platforms of the other image entries, in order. */
  readonly otherPlatforms: readonly string[];
  readonly attestations: number;
  /** An entry is a SOCI index, or an entry's descriptor names one. */
  readonly soci: boolean;
}

export type ManifestFacts = ImageManifest | ImageIndex;

export function isIndex(facts: ManifestFacts): facts is ImageIndex {
  return facts.kind === 'docker-manifest-list' || facts.kind === 'oci-index';
}

export type ManifestReading =
  | { readonly ok: true; readonly facts: ManifestFacts }
  | { readonly ok: false; readonly problem: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const annotations = (value: Json): Json => (isObject(value.annotations) ? value.annotations : {});
/** A name from the document, cut short: it ends up in messages. */
const short = (value: string): string => (value.length > 64 ? `${value.slice(0, 64)}…` : value);
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * Reads a manifest's text; `mediaType` is ECR's (imageManifestMediaType), else the document's own.
 * A problem says what was found, for a message that names the image and the fix.
 */
export function readManifest(manifest: string, mediaType?: string): ManifestReading {
  let document: unknown;
  try {
    document = JSON.parse(manifest);
  } catch {
    return { ok: false, problem: 'its manifest is not JSON' };
  }
  if (!isObject(document)) return { ok: false, problem: 'its manifest is not a JSON object' };
  const type = mediaType ?? text(document.mediaType);
  if (document.schemaVersion === 1) {
    return { ok: false, problem: 'it has a Docker schema 1 manifest, which is deprecated' };
  }
  const kind = type === undefined ? undefined : KIND_OF[type];
  if (kind === undefined) {
    return {
      ok: false,
      problem: `its manifest has the media type ${type === undefined ? '(none)' : short(type)}`,
    };
  }
  return kind === 'docker-manifest' || kind === 'oci-manifest'
    ? readImageManifest(kind, document)
    : readIndex(kind, document);
}

function readImageManifest(kind: ImageManifest['kind'], document: Json): ManifestReading {
  const config = isObject(document.config) ? document.config : {};
  const digest = text(config.digest);
  const configType = text(config.mediaType);
  if (digest === undefined || !DIGEST.test(digest)) {
    return { ok: false, problem: 'its manifest names no sha256 config digest' };
  }
  if (configType === undefined || !IMAGE_CONFIG_TYPES.includes(configType)) {
    return {
      ok: false,
      problem: `it is not a container image: its config is ${configType === undefined ? '(no media type)' : short(configType)}`,
    };
  }
  const layers = Array.isArray(document.layers) ? document.layers.filter(isObject) : [];
  const size = (value: Json): number =>
    typeof value.size === 'number' && Number.isFinite(value.size) && value.size > 0
      ? value.size
      : 0;
  const configSize = config.size;
  return {
    ok: true,
    facts: {
      kind,
      config: typeof configSize === 'number' ? { digest, size: configSize } : { digest },
      layers: layers.length,
      compressedSize: layers.reduce((total, layer) => total + size(layer), 0),
      soci: text(annotations(document)[SOCI_INDEX_DIGEST]) !== undefined,
    },
  };
}

function readIndex(kind: ImageIndex['kind'], document: Json): ManifestReading {
  // Stryker disable next-line ArrayDeclaration: a made-up entry in place of a missing list has no digest, so it is skipped like none
  const raw = Array.isArray(document.manifests) ? document.manifests.filter(isObject) : [];
  const entries = raw.map(readEntry).filter((entry) => entry !== undefined);
  const images = entries.filter((entry) => entry.role === 'image');
  const isAmd64 = (entry: IndexEntry): boolean =>
    entry.platform === 'linux/amd64' || entry.platform?.startsWith('linux/amd64/') === true;
  return {
    ok: true,
    facts: {
      kind,
      entries,
      amd64: images.filter(isAmd64),
      otherPlatforms: images.filter((entry) => !isAmd64(entry)).map(platformName),
      attestations: entries.filter((entry) => entry.role === 'attestation').length,
      soci:
        entries.some((entry) => entry.role === 'soci-index') ||
        raw.some((entry) => text(annotations(entry)[SOCI_INDEX_DIGEST]) !== undefined),
    },
  };
}

/** An entry with a sha256 digest, and what it is for; undefined without one. */
function readEntry(entry: Json): IndexEntry | undefined {
  const digest = text(entry.digest);
  if (digest === undefined || !DIGEST.test(digest)) return undefined;
  const platform = isObject(entry.platform) ? entry.platform : undefined;
  const os = platform === undefined ? undefined : text(platform.os);
  const architecture = platform === undefined ? undefined : text(platform.architecture);
  const variant = platform === undefined ? undefined : text(platform.variant);
  const name =
    os === undefined || architecture === undefined
      ? undefined
      : [os, architecture, ...(variant ? [variant] : [])].map(short).join('/');
  return { digest, role: roleOf(entry), ...(name === undefined ? {} : { platform: name }) };
}

function roleOf(entry: Json): EntryRole {
  const notes = annotations(entry);
  if (text(entry.artifactType) === SOCI_INDEX_V2 || text(notes[SOCI_IMAGE_MANIFEST_DIGEST])) {
    return 'soci-index';
  }
  if (notes[REFERENCE_TYPE] === 'attestation-manifest') return 'attestation';
  if (text(entry.artifactType) !== undefined) return 'artifact';
  const type = text(entry.mediaType);
  return type === undefined || KIND_OF[type] !== undefined ? 'image' : 'artifact';
}

/** An image entry's platform, or `unknown platform` when it names none. */
export function platformName(entry: IndexEntry): string {
  return entry.platform ?? 'unknown platform';
}
