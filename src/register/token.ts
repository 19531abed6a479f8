// ClientToken derivation. The API takes 1–36 characters of [a-zA-Z0-9-]; a commit SHA alone is 40.
//
// Scheme: `<run id>-<commit prefix>-<request digest>`, e.g. `12345678901-3f2a9c1d0e7b-9a1b2c3d4e`.
// The digest (10 hex) is SHA-256 over the run id, the full SHA and every field of the request, so
// every attempt of one workflow run that sends the same request sends the same token (a re-run gets
// the version the first attempt made), while a different image, base image or metadata in the same
// run gets a different token. The commit prefix takes whatever length is left, at most 12.
//
// Generations: a version that ended CREATE_FAILED stays behind its token for good, so a re-run
// after fixing the cause needs a new token. Generation 0 is the token above; generation g ≥ 1 adds
// g to the digest's input and `-g<g>` to the end, shortening the commit prefix to make room:
//   generation 0  12345678901-3f2a9c1d0e7b-9a1b2c3d4e
//   generation 1  12345678901-3f2a9c1d0e-5c0e1f2a3b-g1
// Attempt n of a run may use generations 0 … n-1 (each earlier attempt made at most one version).
// It walks them in order: a generation whose version ended CREATE_FAILED is passed over; the first
// one that is unused, or whose version is CREATING or CREATED, is the attempt's (see attempt.ts).
// So every attempt finds what the earlier ones made, failed or not, and never guesses.
//
// The base image: the digest covers `base-image` as given, not the reference the image checks chose
// to register (an index's amd64 image by digest, or the tag as given when ECR could not be read):
// what ECR answers one attempt must not change the token. When two attempts register the base
// image differently, SageMaker refuses the second request as a reused token; attempt.ts then finds
// the reference the earlier attempt sent, and gets its version back.
import { createHash } from 'node:crypto';
import type { RunIdentity } from '../inputs/run-context.js';

const CLIENT_TOKEN_MAX_LENGTH = 36;
const DIGEST_LENGTH = 10;
const MAX_COMMIT_PREFIX = 12;
const MIN_COMMIT_PREFIX = 7;

/** Returns a problem when the run identity cannot give a token, else undefined. */
export function runIdentityProblem({ sha, runId }: RunIdentity): string | undefined {
  if (!/^[0-9a-fA-F]{7,64}$/.test(sha) || !/^\d{1,20}$/.test(runId)) {
    return (
      'No commit SHA and run id to derive a ClientToken from (GITHUB_SHA and GITHUB_RUN_ID are set ' +
      'on GitHub runners): run this in a workflow, or set input `client-token`.'
    );
  }
  return undefined;
}

/**
 * The deterministic token for one request in one workflow run. `request` is everything sent
 * besides the token; its key order does not matter. `generation` (0 unless an earlier version of
 * this request ended CREATE_FAILED) is explained above.
 */
export function deriveClientToken(run: RunIdentity, request: object, generation = 0): string {
  const identity = { runId: run.runId, sha: run.sha.toLowerCase(), request };
  const digest = createHash('sha256')
    .update(canonicalJson(generation === 0 ? identity : { ...identity, generation }))
    .digest('hex');
  const suffix = generation === 0 ? '' : `-g${generation}`;
  const readableRoom =
    CLIENT_TOKEN_MAX_LENGTH - DIGEST_LENGTH - run.runId.length - 2 - suffix.length;
  if (readableRoom < MIN_COMMIT_PREFIX)
    return `${digest.slice(0, CLIENT_TOKEN_MAX_LENGTH - suffix.length)}${suffix}`;
  const commitPrefix = run.sha.toLowerCase().slice(0, Math.min(readableRoom, MAX_COMMIT_PREFIX));
  return `${run.runId}-${commitPrefix}-${digest.slice(0, DIGEST_LENGTH)}${suffix}`;
}

/**
 * What the token is derived from: the request, its BaseImage as the user gave it (`givenBaseImage`,
 * when the image checks chose another reference to send). Pure.
 */
export function tokenBasis<T extends { BaseImage?: string | undefined }>(
  request: T,
  givenBaseImage: string | undefined,
): T {
  return givenBaseImage === undefined ? request : { ...request, BaseImage: givenBaseImage };
}

/** Which attempt of its run this is (GITHUB_RUN_ATTEMPT), 1 when unknown. Pure. */
export function attemptNumber(runAttempt: string): number {
  const n = Number(runAttempt);
  return Number.isSafeInteger(n) ? Math.max(1, n) : 1;
}

/** The tokens attempt `attempt` may use, generation 0 first (see the scheme above). Pure. */
export function candidateTokens(run: RunIdentity, request: object, attempt: number): string[] {
  return Array.from({ length: Math.max(1, attempt) }, (_, generation) =>
    deriveClientToken(run, request, generation),
  );
}

/** JSON with object keys sorted at every level, so equal requests hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          // Stryker disable next-line EqualityOperator: an object's keys are unique, never equal
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}
