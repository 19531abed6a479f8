import { describe, expect, it } from '@jest/globals';
import {
  attemptNumber,
  candidateTokens,
  canonicalJson,
  deriveClientToken,
  runIdentityProblem,
  tokenBasis,
} from '../../src/register/token.js';

const SHA = '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c';
const RUN = { sha: SHA, runId: '12345678901' };
const REQUEST = { ImageName: 'img', BaseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1' };
const VALID_TOKEN = /^[a-zA-Z0-9-]{1,36}$/;

describe('deriveClientToken', () => {
  it('shows the run id and commit, then a digest of the request', () => {
    expect(deriveClientToken(RUN, REQUEST)).toMatch(/^12345678901-3f2a9c1d0e7b-[0-9a-f]{10}$/);
  });

  it('is deterministic, whatever the key order', () => {
    const reordered = { BaseImage: REQUEST.BaseImage, ImageName: REQUEST.ImageName };
    expect(deriveClientToken(RUN, reordered)).toBe(deriveClientToken(RUN, REQUEST));
  });

  it.each([
    ['image name', { ...REQUEST, ImageName: 'other' }],
    ['base image', { ...REQUEST, BaseImage: `${REQUEST.BaseImage}1` }],
    ['metadata', { ...REQUEST, ReleaseNotes: 'x' }],
    ['aliases', { ...REQUEST, Aliases: ['a'] }],
  ])('differs for a different %s in the same run', (_label, request) => {
    expect(deriveClientToken(RUN, request)).not.toBe(deriveClientToken(RUN, REQUEST));
  });

  it('differs between runs and between commits', () => {
    const base = deriveClientToken(RUN, REQUEST);
    expect(deriveClientToken({ ...RUN, runId: '12345678902' }, REQUEST)).not.toBe(base);
    expect(deriveClientToken({ ...RUN, sha: `${SHA.slice(0, 39)}0` }, REQUEST)).not.toBe(base);
  });

  it.each([
    ['1', 12],
    ['12345678901', 12],
    ['1234567890123456', 8],
    ['12345678901234567', 7],
  ])('stays within 36 characters for run id %s (commit prefix %i)', (runId, prefix) => {
    const token = deriveClientToken({ sha: SHA, runId }, REQUEST);
    expect(token).toMatch(VALID_TOKEN);
    expect(token.split('-')[1]).toHaveLength(prefix);
  });

  it('falls back to a plain digest when the run id leaves no room for a commit', () => {
    const token = deriveClientToken({ sha: SHA, runId: '123456789012345678' }, REQUEST);
    expect(token).toMatch(/^[0-9a-f]{36}$/);
  });

  it('lower-cases the commit', () => {
    expect(deriveClientToken({ ...RUN, sha: SHA.toUpperCase() }, REQUEST)).toBe(
      deriveClientToken(RUN, REQUEST),
    );
  });

  it('always gives a valid token across many runs and requests', () => {
    const seen = new Set<string>();
    for (let runId = 1; runId < 1e18; runId *= 7) {
      for (const name of ['a', 'b', 'c']) {
        const token = deriveClientToken(
          { sha: SHA, runId: String(runId) },
          { ...REQUEST, ImageName: name },
        );
        expect(token).toMatch(VALID_TOKEN);
        seen.add(token);
      }
    }
    expect(seen.size).toBe(3 * Math.ceil(Math.log(1e18) / Math.log(7)));
  });
});

describe('runIdentityProblem', () => {
  it.each([
    [{ sha: '', runId: '1' }],
    [{ sha: SHA, runId: '' }],
    [{ sha: 'not-a-sha', runId: '1' }],
    [{ sha: SHA, runId: '12a' }],
  ])('explains that %j cannot give a token', (run) => {
    expect(runIdentityProblem(run)).toMatch(/set input `client-token`/);
  });

  it('accepts a real run', () => {
    expect(runIdentityProblem(RUN)).toBeUndefined();
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
  });
});

describe('token generations (re-runs after CREATE_FAILED)', () => {
  it('keeps generation 0 as the plain token, and marks later ones with -g<n>', () => {
    expect(deriveClientToken(RUN, REQUEST, 0)).toBe(deriveClientToken(RUN, REQUEST));
    const first = deriveClientToken(RUN, REQUEST, 1);
    expect(first).toMatch(/^12345678901-3f2a9c1d0e-[0-9a-f]{10}-g1$/);
    expect(first).toHaveLength(36);
    expect(deriveClientToken(RUN, REQUEST, 1)).toBe(first);
    expect(deriveClientToken(RUN, REQUEST, 2)).not.toBe(first);
  });

  it('stays a valid token for any run id and generation', () => {
    for (const runId of ['1', '12345678901', '1234567890123456', '123456789012345678901']) {
      for (const generation of [0, 1, 9, 10, 49]) {
        expect(deriveClientToken({ sha: SHA, runId }, REQUEST, generation)).toMatch(VALID_TOKEN);
      }
    }
  });

  it('gives attempt n the generations 0 … n-1', () => {
    expect(candidateTokens(RUN, REQUEST, 1)).toEqual([deriveClientToken(RUN, REQUEST)]);
    expect(candidateTokens(RUN, REQUEST, 3)).toEqual(
      [0, 1, 2].map((g) => deriveClientToken(RUN, REQUEST, g)),
    );
  });

  it.each([
    ['', 1],
    ['1', 1],
    ['4', 4],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['x', 1],
  ])('reads run attempt %j as %i', (text, n) => {
    expect(attemptNumber(text)).toBe(n);
  });
});

describe('runIdentityProblem, at its edges', () => {
  const PROBLEM =
    'No commit SHA and run id to derive a ClientToken from (GITHUB_SHA and GITHUB_RUN_ID are set on GitHub runners): run this in a workflow, or set input `client-token`.';

  it.each([
    ['a commit with text before it', { sha: `x${SHA}`, runId: '1' }],
    ['a commit with text after it', { sha: `${SHA}x`, runId: '1' }],
    ['a commit of 6 hex digits', { sha: SHA.slice(0, 6), runId: '1' }],
    ['a commit of 65 hex digits', { sha: `${SHA}${SHA}`.slice(0, 65), runId: '1' }],
    ['a run id with text before it', { sha: SHA, runId: 'x1' }],
    ['a run id with text after it', { sha: SHA, runId: '1x' }],
    ['a run id of 21 digits', { sha: SHA, runId: '1'.repeat(21) }],
  ])('refuses %s, saying what to do', (_label, run) => {
    expect(runIdentityProblem(run)).toBe(PROBLEM);
  });

  it.each([
    ['a commit of 7 hex digits', { sha: SHA.slice(0, 7), runId: '1' }],
    ['a commit of 64 hex digits (SHA-256)', { sha: `${SHA}${SHA}`.slice(0, 64), runId: '1' }],
    ['an upper-case commit', { sha: SHA.toUpperCase(), runId: '1' }],
    ['a run id of 20 digits', { sha: SHA, runId: '9'.repeat(20) }],
  ])('accepts %s', (_label, run) => {
    expect(runIdentityProblem(run)).toBeUndefined();
  });
});

describe('deriveClientToken, at its edges', () => {
  const REQUEST = { ImageName: 'img', BaseImage: 'r:1' };

  it('keeps a 7-character commit prefix when exactly that much room is left', () => {
    const token = deriveClientToken({ sha: SHA, runId: '1'.repeat(17) }, REQUEST);
    expect(token).toMatch(new RegExp(`^${'1'.repeat(17)}-${SHA.slice(0, 7)}-[0-9a-f]{10}$`));
    expect(token).toHaveLength(36);
  });

  it('sorts keys at every level, and keeps arrays in their order', () => {
    const run = { sha: SHA, runId: '1' };
    const nested = { a: { y: 1, x: [2, 1] }, b: null };
    expect(deriveClientToken(run, { b: null, a: { x: [2, 1], y: 1 } })).toBe(
      deriveClientToken(run, nested),
    );
    expect(deriveClientToken(run, { a: { y: 1, x: [1, 2] }, b: null })).not.toBe(
      deriveClientToken(run, nested),
    );
  });
  it('derives the same token as every earlier release for the same run and request', () => {
    // A changed scheme would make a re-run of an old run create a second version.
    const run = { sha: SHA.toUpperCase(), runId: '12345678901' };
    const request = {
      ImageName: 'img',
      BaseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1',
    };
    expect(deriveClientToken(run, request)).toBe('12345678901-3f2a9c1d0e7b-b547e6cec9');
    // Each later generation hashes its number with the run and the request.
    expect([1, 2].map((generation) => deriveClientToken(run, request, generation))).toStrictEqual([
      '12345678901-3f2a9c1d0e-fdd3ebf233-g1',
      '12345678901-3f2a9c1d0e-600202b2e9-g2',
    ]);
  });
});

describe('tokenBasis', () => {
  const request = { ImageName: 'img', BaseImage: 'repo@sha256:aa' };
  it('derives from base-image as given, not from the reference the image checks chose', () => {
    expect(tokenBasis(request, 'repo:v1')).toStrictEqual({
      ImageName: 'img',
      BaseImage: 'repo:v1',
    });
    expect(tokenBasis(request, undefined)).toBe(request);
  });
});
