// Probes of ECR reads, the image checks' way of seeing an image without pulling it
// (src/aws/ecr.ts, src/preflight/). Read-only; the download URL is never logged.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import { createHash } from 'node:crypto';
import { BatchGetImageCommand, GetDownloadUrlForLayerCommand } from '@aws-sdk/client-ecr';
import { ask, notKnown, observed, skipped, type ProbeContext } from '../context.ts';
import { O, detailOf } from '../outcomes.ts';
import type { Observation } from '../types.ts';

const IDS = ['ecr-attestation-index-layout', 'ecr-config-blob', 'ecr-missing-tag'] as const;

export const MEDIA_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
];

interface BatchGetImageOutput {
  images?: { imageManifest?: string; imageManifestMediaType?: string }[];
  failures?: { failureCode?: string; failureReason?: string }[];
}

interface ManifestEntry {
  platform?: { architecture?: string; os?: string };
  annotations?: Record<string, string>;
}

/** `{registryId, repositoryName}` of `<account>.dkr.ecr.<region>.amazonaws.com/<repo>…`. Pure. */
export function ecrLocation(reference: string): { registryId: string; repositoryName: string } {
  const [, registryId = '', repositoryName = ''] =
    /^(\d{12})\.dkr\.ecr\.[^/]+\/([^@:]+)/.exec(reference) ?? [];
  return { registryId, repositoryName };
}

/** What BatchGetImage returned for an image pushed with a provenance attestation. Pure. */
export function indexLayout(mediaType: string | undefined, manifest: string | undefined): string {
  const parsed = JSON.parse(manifest ?? '{}') as {
    mediaType?: string;
    manifests?: ManifestEntry[];
  };
  const entries = parsed.manifests ?? [];
  const amd64 = entries.filter(
    (e) => e.platform?.os === 'linux' && e.platform.architecture === 'amd64',
  );
  const attestations = entries.filter(
    (e) =>
      e.platform?.os === 'unknown' &&
      e.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
  );
  const index = (mediaType ?? parsed.mediaType) === 'application/vnd.oci.image.index.v1+json';
  if (index && entries.length === 2 && amd64.length === 1 && attestations.length === 1)
    return O.attestationIndex;
  return `another layout: ${mediaType ?? 'no media type'}, ${entries.length} entries`;
}

/** Whether a downloaded config blob is the one its digest names, and what it says. Pure. */
export function configOutcome(
  digest: string,
  blob: Uint8Array,
): { outcome: string; detail: string } {
  const actual = `sha256:${createHash('sha256').update(blob).digest('hex')}`;
  if (actual !== digest)
    return {
      outcome: 'the blob is not the one its digest names',
      detail: `${actual} for ${digest}`,
    };
  const config = JSON.parse(Buffer.from(blob).toString('utf8')) as {
    architecture?: string;
    os?: string;
    config?: { User?: string };
  };
  const seen = `${config.os ?? '?'}/${config.architecture ?? '?'}, user ${config.config?.User ?? '(none)'}`;
  const right =
    config.os === 'linux' && config.architecture === 'amd64' && config.config?.User === '1000:100';
  return { outcome: right ? O.configBlob : `the config says ${seen}`, detail: seen };
}

async function configBlob(context: ProbeContext): Promise<Observation> {
  const { settings, ecr: client } = context;
  const id = IDS[1];
  const location = ecrLocation(settings.baseImage);
  const imageDigest = settings.baseImage.split('@')[1] ?? '';
  const got = await ask(() =>
    client.send(
      new BatchGetImageCommand({
        ...location,
        imageIds: [{ imageDigest }],
        acceptedMediaTypes: MEDIA_TYPES,
      }),
    ),
  );
  const manifest = got.ok
    ? (got.value as BatchGetImageOutput).images?.[0]?.imageManifest
    : undefined;
  const layerDigest = (JSON.parse(manifest ?? '{}') as { config?: { digest?: string } }).config
    ?.digest;
  if (!got.ok || layerDigest === undefined)
    return notKnown(id, `BatchGetImage: ${got.ok ? 'no manifest with a config' : detailOf(got)}`);
  const url = await ask(() =>
    client.send(new GetDownloadUrlForLayerCommand({ ...location, layerDigest })),
  );
  const downloadUrl = url.ok ? (url.value as { downloadUrl?: string }).downloadUrl : undefined;
  if (downloadUrl === undefined) return notKnown(id, `GetDownloadUrlForLayer: ${detailOf(url)}`);
  const response = await ask(() => fetch(downloadUrl));
  if (!response.ok || !response.value.ok)
    return notKnown(
      id,
      `the download failed (${response.ok ? `HTTP ${response.value.status}` : response.name})`,
    );
  const { outcome, detail } = configOutcome(
    layerDigest,
    new Uint8Array(await response.value.arrayBuffer()),
  );
  return observed(id, outcome, detail);
}

export async function ecrScenario(context: ProbeContext): Promise<Observation[]> {
  const { settings, names, ecr: client } = context;
  const location = ecrLocation(settings.baseImage);
  const byTag = (tag: string) =>
    ask(() =>
      client.send(
        new BatchGetImageCommand({
          ...location,
          imageIds: [{ imageTag: tag }],
          acceptedMediaTypes: MEDIA_TYPES,
        }),
      ),
    );
  const found: Observation[] = [];
  if (settings.attestationImage === '')
    found.push(skipped(IDS[0], 'PROBE_ATTESTATION_IMAGE is not set'));
  else {
    const got = await byTag(settings.attestationImage.split(':').at(-1) ?? '');
    const image = got.ok ? (got.value as BatchGetImageOutput).images?.[0] : undefined;
    found.push(
      got.ok
        ? observed(IDS[0], indexLayout(image?.imageManifestMediaType, image?.imageManifest))
        : notKnown(IDS[0], detailOf(got)),
    );
  }
  found.push(await configBlob(context));
  const missing = await byTag(names.missingTag);
  const failure = missing.ok ? (missing.value as BatchGetImageOutput).failures?.[0] : undefined;
  found.push(
    missing.ok
      ? observed(
          IDS[2],
          failure?.failureCode === 'ImageNotFound'
            ? O.imageNotFound
            : `failures: ${failure?.failureCode ?? 'none'}`,
          failure?.failureReason,
        )
      : observed(IDS[2], `refused: ${missing.name}`, detailOf(missing)),
  );
  return found;
}
