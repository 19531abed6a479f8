// What `./compare` reads, all of it read-only: the new image from ECR (the image checks' reads, and
// its attestations), what Studio users run now (domains, versions, AppImageConfigs), the live
// images' attestations, and every image's scan findings. Nothing here decides: plan.ts does.
import type { DescribeAppImageConfigResponse } from '@aws-sdk/client-sagemaker';
import type * as EcrApi from '../aws/ecr.js';
import type * as ScanApi from '../aws/ecr-scan.js';
import type { ScanFinding } from '../aws/ecr-scan.js';
import { deniesAccess, errorFacts } from '../aws/errors.js';
import { ActionError } from '../common/action-error.js';
import { parseEcrReference, type EcrReference } from '../inputs/ecr-reference.js';
import type { CompareInputs } from '../inputs/compare-inputs.js';
import { isIndex, readManifest } from '../preflight/manifest.js';
import { renderImageSection } from '../preflight/report.js';
import { runPreflight } from '../preflight/step.js';
import { studioSettingsOf } from '../preflight/verdict.js';
import type { Session } from '../run/session.js';
import { MAX_ATTESTATION_BYTES, readAttestations, type AttestationFacts } from './attestations.js';
import { entriesOf, liveVersionNumbers, resolveLive, type LiveVersion } from './live.js';
import {
  NO_LAYER_NAMED,
  configDiffIds,
  locateBase,
  manifestLayers,
  namesLayers,
  splitLayers,
  type BaseLocation,
  type ImageLayers,
  type OriginFacts,
} from './origin.js';
import { waitForScans, type ScanOutcome, type ScanSubject } from './scan-wait.js';

/** The run's session, and ECR's modules beside it, loaded once the inputs are valid. */
export interface CompareSession extends Session<CompareInputs> {
  readonly ecr: typeof EcrApi & typeof ScanApi;
  /** The ECR clients made so far, one per registry and region (closed at the end of the run). */
  readonly ecrClients: Map<string, EcrApi.ECRClient>;
  readonly runId: string;
}

/** ECR's answers for one repository: manifests, blobs within the attestations' cap, scan pages. */
export interface RepositoryReads {
  readonly reads: EcrApi.EcrReads;
  readonly attestationReads: EcrApi.EcrReads;
  readonly scanPage: (digest: string, nextToken?: string) => Promise<ScanApi.ScanPage>;
}

export function repositoryReads(session: CompareSession, reference: EcrReference): RepositoryReads {
  const { inputs } = session;
  const key = `${reference.registryId}/${reference.region}`;
  const httpTimeoutMs = inputs.httpTimeoutSeconds * 1000;
  let client = session.ecrClients.get(key);
  if (client === undefined) {
    client = session.ecr.createEcrClient({
      maxAttempts: inputs.maxAttempts,
      httpTimeoutMs,
      region: reference.region,
      runId: session.runId,
      log: (line) => session.report.debug(line),
    });
    session.ecrClients.set(key, client);
  }
  const ecrClient = client;
  const { ecrReads, describeScanFindingsPage } = session.ecr;
  return {
    reads: ecrReads(ecrClient, reference, { timeoutMs: httpTimeoutMs }),
    attestationReads: ecrReads(ecrClient, reference, {
      timeoutMs: httpTimeoutMs,
      maxBytes: MAX_ATTESTATION_BYTES,
    }),
    scanPage: (digest, nextToken) =>
      describeScanFindingsPage(ecrClient, reference, digest, nextToken),
  };
}

/** The new image as the release registers it: its amd64 manifest, the checks' verdicts, attestations. */
export interface NewImage {
  readonly reference: EcrReference;
  /** What the release registers (`…@sha256:` of the linux/amd64 manifest). */
  readonly registered: string;
  readonly digest: string;
  readonly checks: string;
  readonly attestations: AttestationFacts;
  /** The registered manifest's layers (and its config's diff ids), as the checks read them. */
  readonly layers: ImageLayers;
}

export async function readNewImage(session: CompareSession): Promise<NewImage> {
  const { inputs, report } = session;
  const reference = inputs.reference;
  const repository = repositoryReads(session, reference);
  // The first manifest read is the tag's (or digest's): an index's text names the attestations.
  // Every text the checks read is kept: the amd64 manifest's layers and its config's diff ids tell
  // a finding's origin, without another request.
  let top: { readonly digest: string; readonly manifest: string } | undefined;
  const texts = new Map<string, string>();
  const reads: EcrApi.EcrReads = {
    readManifest: async (imageId) => {
      const read = await repository.reads.readManifest(imageId);
      if (top === undefined && read.found) top = read;
      // Stryker disable next-line ConditionalExpression: a read not found has neither digest nor text, and nothing is looked up by an undefined key
      if (read.found) texts.set(read.digest, read.manifest);
      return read;
    },
    readConfig: async (digest, size) => {
      const text = await repository.reads.readConfig(digest, size);
      texts.set(digest, text);
      return text;
    },
  };
  const outcome = await runPreflight({
    reference,
    mode: 'warn',
    purpose: 'compare',
    // The user and start command are checked against the document, as `./` checks them.
    ...(inputs.appImageConfig === undefined
      ? {}
      : { studio: studioSettingsOf(inputs.appImageConfig) }),
    reads,
    log: (line) => report.info(line),
  });
  const image = registeredImage(outcome.reference, top?.digest, texts);
  if (image === undefined) {
    const why = outcome.findings.map((finding) => finding.message).join(' ');
    throw new ActionError(
      `The new image ${inputs.baseImage} could not be read from ECR, so there is nothing to compare: ${why}`,
    );
  }
  const attestations = await readAttestations(
    repository.attestationReads,
    // Stryker disable next-line OptionalChaining: a digest the checks read means their first read found something
    top?.manifest,
    image.digest,
    'The new image',
  );
  return {
    reference,
    registered: outcome.reference,
    digest: image.digest,
    checks: renderImageSection(outcome, inputs.baseImage),
    attestations,
    layers: {
      digests: manifestLayers(image.manifest),
      diffIds: configDiffIds(texts.get(image.configDigest)),
    },
  };
}

/**
 * The image manifest the release registers (its digest, its text, its config's digest): the one
 * its reference names, or, for one image manifest pushed by tag (registered as given), the tag's.
 * Undefined unless the checks read an image manifest by that digest: an image that does not exist,
 * or an index registered as given (SOCI, several amd64 images), has none to compare.
 */
function registeredImage(
  registered: string,
  topDigest: string | undefined,
  texts: ReadonlyMap<string, string>,
):
  | { readonly digest: string; readonly manifest: string; readonly configDigest: string }
  | undefined {
  // Stryker disable next-line OptionalChaining: the registered reference is the input's, or its repository by digest: it always parses
  const digest = parseEcrReference(registered)?.digest ?? topDigest;
  // Stryker disable next-line ConditionalExpression: a Map holds nothing under undefined either
  if (digest === undefined) return undefined;
  const manifest = texts.get(digest);
  // Stryker disable next-line ConditionalExpression: no text is no JSON either, so readManifest's answer is not ok
  if (manifest === undefined) return undefined;
  const read = readManifest(manifest);
  return read.ok && !isIndex(read.facts)
    ? { digest, manifest, configDigest: read.facts.config.digest }
    : undefined;
}

/**
 * Where the new findings came from: undefined without any. The base image is read only when a new
 * finding names its layer, at most two BatchGetImage requests.
 */
export async function readOrigin(
  session: CompareSession,
  newImage: Pick<NewImage, 'attestations' | 'reference' | 'layers'>,
  added: readonly ScanFinding[],
): Promise<OriginFacts | undefined> {
  if (added.length === 0) return undefined;
  if (!namesLayers(added)) return { kind: 'unknown', why: NO_LAYER_NAMED };
  const location = locateBase(newImage.attestations.baseImages, newImage.reference);
  if (location.kind === 'unknown') return location;
  session.report.info(`Reading the base image ${location.reference.uri}: its layers, no more.`);
  const base = await readBaseLayers(session, location);
  if ('why' in base) return { kind: 'unknown', why: base.why };
  // Stryker disable next-line Regex: a purl holds no line break, so `#.*` runs to its end either way
  return splitLayers(newImage.layers, base.digests, location.purl.replace(/#.*$/, ''));
}

/**
 * The layers of the base image's linux/amd64 manifest: one BatchGetImage by the digest the build
 * used, and one more when that is an index. Or why they cannot be had.
 */
export async function readBaseLayers(
  session: CompareSession,
  location: Extract<BaseLocation, { kind: 'ecr' }>,
): Promise<{ readonly digests: readonly string[] } | { readonly why: string }> {
  const { reference } = location;
  const where = `\`${reference.repository}\``;
  const { reads } = repositoryReads(session, reference);
  try {
    // Stryker disable next-line StringLiteral: locateBase gives only a reference by digest
    const top = await reads.readManifest({ digest: reference.digest ?? '' });
    if (!top.found)
      return { why: `the base image is not in ${where} (BatchGetImage: ${top.code})` };
    const read = readManifest(top.manifest, top.mediaType);
    if (!read.ok) return { why: `the base image cannot be read: ${read.problem}` };
    if (!isIndex(read.facts)) return { digests: manifestLayers(top.manifest) };
    const amd64 = read.facts.amd64[0];
    if (amd64 === undefined) return { why: 'the base image has no linux/amd64 image' };
    const image = await reads.readManifest({ digest: amd64.digest });
    if (!image.found)
      return { why: `the base image's linux/amd64 manifest is not in ${where} (${image.code})` };
    return { digests: manifestLayers(image.manifest) };
  } catch (error) {
    const facts = errorFacts(error);
    if (deniesAccess(error))
      return {
        why: `reading the base image was denied (${facts.name}): grant \`ecr:BatchGetImage\` on ${where} (docs/iam.md#compare)`,
      };
    return { why: `the base image could not be read (${facts.name}: ${facts.message})` };
  }
}

/** One version users run now, and its image. */
export interface LiveImage {
  readonly version: number;
  readonly containerImage: string;
  readonly reference?: EcrReference;
  readonly attestations: AttestationFacts;
}

export interface LiveFacts {
  readonly live: readonly LiveVersion[];
  readonly liveByImage: readonly { readonly label: string; readonly version: number }[];
  readonly images: readonly LiveImage[];
  readonly configs: {
    readonly before?: { readonly name: string; readonly config: DescribeAppImageConfigResponse };
    /** The config the live entries name, when DescribeAppImageConfig finds none by that name. */
    readonly gone?: string;
    /** The `app-image-config` document, in CreateAppImageConfig's shape. */
    readonly after?: { readonly name: string; readonly config: Record<string, unknown> };
  };
}

/** The newest CREATED version of the image, if any. */
async function newestCreated(session: CompareSession): Promise<number | undefined> {
  const versions = await session.api.versionsDownToNewestCreated(
    session.client,
    session.inputs.imageName,
  );
  const created = versions.at(-1);
  return created?.ImageVersionStatus === 'CREATED' ? created.Version : undefined;
}

/** Without domains: the versions the image's aliases name, else its newest CREATED. */
async function liveByAliases(
  session: CompareSession,
): Promise<{ label: string; version: number }[]> {
  const { api, client, inputs } = session;
  const image = await api.describeImage(client, inputs.imageName);
  if (image === undefined) return [];
  const rows: { label: string; version: number }[] = [];
  for (const alias of await api.listAliasNames(client, inputs.imageName)) {
    const holder = await api.versionHoldingAlias(client, inputs.imageName, alias);
    if (holder !== undefined) rows.push({ label: `alias ${alias}`, version: holder.version });
  }
  if (rows.length > 0) return rows;
  const newest = await newestCreated(session);
  return newest === undefined ? [] : [{ label: 'newest CREATED', version: newest }];
}

export async function readLive(session: CompareSession): Promise<LiveFacts> {
  const { api, client, inputs } = session;
  const entries = [];
  for (const domainId of inputs.domainIds)
    entries.push(
      ...entriesOf(domainId, await api.describeDomain(client, domainId), inputs.imageName),
    );
  const unpinned = entries.some((entry) => entry.pinned === undefined);
  const live = resolveLive(entries, unpinned ? await newestCreated(session) : undefined);
  // Stryker disable next-line ArrayDeclaration: with domains, the summary and live-versions show `live`; liveByImage is read only without them
  const liveByImage = inputs.domainIds.length === 0 ? await liveByAliases(session) : [];
  const versions =
    inputs.domainIds.length === 0
      ? [...new Set(liveByImage.map((row) => row.version))].sort((a, b) => a - b)
      : liveVersionNumbers(live);
  const images: LiveImage[] = [];
  for (const version of versions) images.push(await readLiveImage(session, version));
  return { live, liveByImage, images, configs: await readConfigs(session, live) };
}

async function readLiveImage(session: CompareSession, version: number): Promise<LiveImage> {
  const described = await session.api.describeImageVersion(
    session.client,
    session.inputs.imageName,
    version,
  );
  // Stryker disable next-line StringLiteral: every version has a BaseImage (CreateImageVersion requires one)
  const containerImage = described.ContainerImage ?? described.BaseImage ?? '';
  const reference = parseEcrReference(containerImage);
  const what = `Version ${version}`;
  if (reference?.digest === undefined)
    return {
      version,
      containerImage,
      attestations: {
        notes: [`${what}'s image ${containerImage || '(none)'} is not an ECR image by digest.`],
      },
    };
  // Its attestations hang off the index it was pushed as: the BaseImage, when that still names one.
  // Stryker disable next-line StringLiteral: every version has a BaseImage (CreateImageVersion requires one)
  const base = parseEcrReference(described.BaseImage ?? '') ?? reference;
  const repository = repositoryReads(session, base);
  // Stryker disable StringLiteral: an ECR reference without a tag has a digest
  const top = await repository.reads
    .readManifest(base.tag === undefined ? { digest: base.digest ?? '' } : { tag: base.tag })
    .catch(() => undefined);
  // Stryker restore StringLiteral
  const indexText = top?.found === true ? top.manifest : undefined;
  const attestations = await readAttestations(
    repository.attestationReads,
    indexText,
    reference.digest,
    what,
  );
  return { version, containerImage, reference, attestations };
}

async function readConfigs(
  session: CompareSession,
  live: readonly LiveVersion[],
): Promise<LiveFacts['configs']> {
  const { api, client, inputs } = session;
  const beforeName = live.find(
    (entry) => entry.appImageConfigName !== undefined,
  )?.appImageConfigName;
  const document = inputs.appImageConfig;
  const withAfter =
    document === undefined
      ? {}
      : {
          after: {
            name: document.name ?? `the document of ${document.source}`,
            config: { [document.memberName]: document.member },
          },
        };
  if (beforeName === undefined) return withAfter;
  const before = await api.describeAppImageConfig(client, beforeName);
  return before === undefined
    ? { gone: beforeName, ...withAfter }
    : { before: { name: beforeName, config: before }, ...withAfter };
}

/** Every image's scan, the new one first, waited for side by side within one deadline. */
export async function readScans(
  session: CompareSession,
  newImage: NewImage,
  images: readonly LiveImage[],
): Promise<{ readonly current: ScanOutcome; readonly live: readonly ScanOutcome[] }> {
  const { clock, inputs, report } = session;
  const subject = (reference: EcrReference, digest: string, name: string): ScanSubject => ({
    subject: name,
    readPage: (nextToken) => repositoryReads(session, reference).scanPage(digest, nextToken),
  });
  const live = images.flatMap((image) =>
    image.reference?.digest === undefined
      ? []
      : [
          subject(
            image.reference,
            image.reference.digest,
            `version ${image.version} (${image.reference.digest.slice(0, 19)})`,
          ),
        ],
  );
  const [current, ...rest] = await waitForScans({
    subjects: [
      subject(newImage.reference, newImage.digest, `the new image ${newImage.digest.slice(0, 19)}`),
      ...live,
    ],
    clock,
    deadline: clock.now() + inputs.scanWaitSeconds * 1000,
    region: newImage.reference.region,
    log: (line) => report.info(line),
  });
  return { current: current as ScanOutcome, live: rest };
}
