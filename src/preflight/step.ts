// The image checks (`preflight`): read the base image from ECR, judge it, and say what to register.
// Runs after the inputs are valid and before any SageMaker write (a dry run included); main.ts
// imports it, and the ECR edge, only when `preflight` is not `off`.
//
// Reads: BatchGetImage for the tag or digest; for an index, BatchGetImage again for its
// linux/amd64 manifest; then GetDownloadUrlForLayer and one GET for the config. That is 3 requests
// for an image manifest and 4 for an index, and fewer when the reads stop early.
//
// `strict`: error findings stop the run (a PreflightStop listing every one; the outcome, warnings
// included, travels with it). `warn`: errors become warnings and the run goes on. A missing ECR
// permission stops the run in both modes, naming it and `preflight: off`.
import type { EntryAdvice } from '../inputs/common-inputs.js';
import { ActionError } from '../common/action-error.js';
import { AwsCallError, deniesAccess, errorFacts, explainAwsError } from '../aws/errors.js';
import type { EcrReads, ImageId } from '../aws/ecr.js';
import type { EcrReference } from '../inputs/ecr-reference.js';
import { readImageConfig } from './image-config.js';
import {
  KIND_NAMES,
  isIndex,
  readManifest,
  type ImageIndex,
  type ImageManifest,
} from './manifest.js';
import {
  CHECKS,
  indexType,
  judgeImage,
  type CheckResult,
  type Finding,
  type ImageFacts,
  type ImageRead,
  type ImageReadPurpose,
  type StudioImageSettings,
} from './verdict.js';

export type PreflightMode = 'strict' | 'warn';

export interface PreflightParameters {
  readonly reference: EcrReference;
  readonly mode: PreflightMode;
  /** The Studio step's settings; undefined when it is off (user and start command unchecked). */
  readonly studio?: StudioImageSettings;
  readonly reads: EcrReads;
  readonly log: (line: string) => void;
  /** The inputs of the entry point that advice on a failed read may name. */
  readonly advice?: EntryAdvice | undefined;
  /** `./compare` reads the image without registering it: messages say nothing of a version. */
  readonly purpose?: ImageReadPurpose;
}

export interface PreflightOutcome {
  readonly mode: PreflightMode;
  /** What to give CreateImageVersion as BaseImage. */
  readonly reference: string;
  /** In `warn` mode no finding is an error: errors are warnings. */
  readonly findings: readonly Finding[];
  readonly checks: readonly CheckResult[];
  readonly facts: ImageFacts;
  /** Requests sent: to the ECR API, and the download. */
  readonly requests: number;
}

/** `strict` found errors: the run stops, and the outcome (for the summary) goes with it. */
export class PreflightStop extends ActionError {
  readonly outcome: PreflightOutcome;
  constructor(message: string, outcome: PreflightOutcome) {
    super(message);
    this.outcome = outcome;
  }
}

export async function runPreflight(parameters: PreflightParameters): Promise<PreflightOutcome> {
  const { reference, mode, studio, log } = parameters;
  let requests = 0;
  const counted: EcrReads = {
    readManifest: (imageId) => {
      requests += 1;
      return parameters.reads.readManifest(imageId);
    },
    readConfig: (digest, size) => {
      requests += 2;
      return parameters.reads.readConfig(digest, size);
    },
  };
  log(
    `Reading ${reference.uri} from ECR (registry ${reference.registryId}, ${reference.region}): ` +
      'its manifest and config, no layers.',
  );
  let read: ImageRead;
  try {
    read = await readImage(reference, counted, log);
  } catch (error) {
    return unreadable(parameters, error, requests);
  }
  const verdict = judgeImage(reference, read, studio, parameters.purpose);
  const outcome: PreflightOutcome = {
    mode,
    reference: verdict.register,
    findings: mode === 'warn' ? verdict.findings.map(asWarning) : verdict.findings,
    checks: mode === 'warn' ? verdict.checks.map(checkAsWarning) : verdict.checks,
    facts: verdict.facts,
    requests,
  };
  const errors = outcome.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new PreflightStop(stopMessage(errors), outcome);
  return outcome;
}

/** The reads, as far as they go; a missing repository is a finding, other failures throw. */
async function readImage(
  reference: EcrReference,
  reads: EcrReads,
  log: (line: string) => void,
): Promise<ImageRead> {
  const imageId: ImageId =
    reference.tag === undefined ? { digest: reference.digest ?? '' } : { tag: reference.tag };
  const top = await reads.readManifest(imageId).catch((error: unknown) => {
    if (errorFacts(error).name !== 'RepositoryNotFoundException') throw error;
    return {
      found: false as const,
      code: 'RepositoryNotFoundException',
      reason: errorFacts(error).message,
    };
  });
  if (!top.found) return { kind: 'missing', code: top.code, reason: top.reason };
  const reading = readManifest(top.manifest, top.mediaType);
  if (!reading.ok) return { kind: 'unreadable', problem: reading.problem };
  const facts = reading.facts;
  if (!isIndex(facts)) {
    log(`${reference.uri} is ${top.digest}: ${KIND_NAMES[facts.kind]}.`);
    return readConfig(reads, facts, top.digest, undefined);
  }
  const index = facts;
  const amd64 = index.amd64[0];
  log(`${reference.uri} is ${top.digest}: ${indexType(index)}.`);
  if (amd64 === undefined) return { kind: 'no-amd64', index };
  const inner = await reads.readManifest({ digest: amd64.digest });
  const problem = (what: string): ImageRead => ({
    kind: 'unreadable',
    problem: `its linux/amd64 entry ${amd64.digest} ${what}`,
    index,
  });
  if (!inner.found) return problem(`is not in the repository (${inner.code})`);
  const innerReading = readManifest(inner.manifest, inner.mediaType);
  if (!innerReading.ok) return problem(`cannot be read: ${innerReading.problem}`);
  const image = innerReading.facts;
  if (isIndex(image)) return problem('is itself an index');
  log(`Its linux/amd64 image is ${amd64.digest}.`);
  return readConfig(reads, image, amd64.digest, index);
}

async function readConfig(
  reads: EcrReads,
  manifest: ImageManifest,
  digest: string,
  index: ImageIndex | undefined,
): Promise<ImageRead> {
  const text = await reads.readConfig(manifest.config.digest, manifest.config.size);
  const config = readImageConfig(text);
  const withIndex = index === undefined ? {} : { index };
  if (!config.ok) return { kind: 'unreadable', problem: config.problem, ...withIndex };
  return { kind: 'image', ...withIndex, digest, manifest, config: config.config };
}

/**
 * The image could not be read. A missing permission stops the run whatever the mode; in `strict`
 * so does anything else; in `warn` it is a warning and the reference is registered as given.
 */
function unreadable(
  { reference, mode, advice, purpose }: PreflightParameters,
  error: unknown,
  requests: number,
): PreflightOutcome {
  if (!(error instanceof AwsCallError)) throw error;
  // A AwsCallError of the ECR edge names its own operation and repository: the context gives the region.
  const context = { operation: 'BatchGetImage', imageName: '', region: reference.region, advice };
  const explained = explainAwsError(error, context);
  if (deniesAccess(error)) throw new ActionError(`${explained} Nothing was changed in SageMaker.`);
  if (mode === 'strict') {
    throw new ActionError(
      `The image checks could not read the base image ${reference.uri}, so nothing was changed ` +
        `in SageMaker: ${explained} With \`preflight: warn\` the run goes on when the image cannot be read.`,
    );
  }
  const finding: Finding = {
    check: 'exists',
    severity: 'warning',
    message:
      purpose === 'compare'
        ? `The base image ${reference.uri} could not be read: ${explained}`
        : `The base image ${reference.uri} could not be checked, and is registered as given: ${explained}`,
  };
  return {
    mode,
    reference: reference.uri,
    findings: [finding],
    checks: CHECKS.map((check) => ({
      check,
      status: check === 'exists' ? 'warning' : 'not reached',
    })),
    facts: { registered: reference.uri },
    requests,
  };
}

function asWarning(finding: Finding): Finding {
  return finding.severity === 'error' ? { ...finding, severity: 'warning' } : finding;
}

function checkAsWarning(result: CheckResult): CheckResult {
  return result.status === 'error' ? { ...result, status: 'warning' } : result;
}

function stopMessage(errors: readonly Finding[]): string {
  const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
  return [
    `The image checks found ${count} that would keep Studio from running the base image, so ` +
      'nothing was changed in SageMaker:',
    ...errors.map((error) => `- ${error.message}`),
    'Fix the image (or the inputs), or set `preflight: warn` to register it anyway.',
  ].join('\n');
}
