// The edges of the pure modules: anchors of the patterns, exact limits, every character class.
import { describe, expect, it } from '@jest/globals';
import { parseImageVersionArn, partitionOfRegion } from '../../src/aws/arn.js';
import { RULES } from '../../src/inputs/rules.js';
import { oneLine, quoteForLog } from '../../src/common/log-safe.js';
import { deriveClientToken, runIdentityProblem } from '../../src/register/token.js';

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/7';
const SHA = '3f2a9c1d0e7b5a4f6c8d9e0a1b2c3d4e5f6a7b8c';

describe('parseImageVersionArn, at its edges', () => {
  it.each([
    ['text before it', `x${ARN}`],
    ['text after it', `${ARN}x`],
    ['a line before it', `junk\n${ARN}`],
    ['a non-numeric version', `${ARN}a`],
    ['an account of 13 digits', ARN.replace('123456789012', '1234567890123')],
    ['a name starting with a dash', ARN.replace('my-image', '-my-image')],
    ['a name with two dashes in a row', ARN.replace('my-image', 'my--image')],
    ['an unknown partition', ARN.replace('arn:aws:', 'arn:gcp:')],
    ['another service', ARN.replace(':sagemaker:', ':ecr:')],
  ])('rejects an ARN with %s', (_label, arn) => {
    expect(parseImageVersionArn(arn)).toBeUndefined();
  });

  it('reads every part', () => {
    expect(
      parseImageVersionArn('arn:aws:sagemaker:us-east-1:123456789012:image-version/a.b-c/12'),
    ).toEqual({
      arn: 'arn:aws:sagemaker:us-east-1:123456789012:image-version/a.b-c/12',
      partition: 'aws',
      region: 'us-east-1',
      accountId: '123456789012',
      imageName: 'a.b-c',
      version: 12,
      imageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/a.b-c',
    });
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
});

describe('log-safe text, every character class', () => {
  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC (terminal colours)', '\u001b'],
    ['unit separator', '\u001f'],
    ['DEL', '\u007f'],
    ['NEL', '\u0085'],
    ['the last C1 character', '\u009f'],
  ])('oneLine removes %s', (_label, char) => {
    expect(oneLine(`a${char}b${char}`)).toBe('ab');
  });

  it.each([
    ['\r\n', 'a\r\nb'],
    ['a lone CR', 'a\rb'],
    ['a line separator', 'a\u2028b'],
    ['a paragraph separator', 'a\u2029b'],
    ['several breaks in a row', 'a\n\n\r\nb'],
  ])('oneLine turns %s into one space', (_label, text) => {
    expect(oneLine(text)).toBe('a b');
  });

  it('oneLine defuses a workflow command only at the start, and keeps the rest', () => {
    expect(oneLine('::warning::x')).toBe(': :warning::x');
    expect(oneLine('a ::warning::x')).toBe('a ::warning::x');
    expect(oneLine('\n::warning::x')).toBe(' ::warning::x');
    expect(oneLine('ünïcode ✓ tab\tgone')).toBe('ünïcode ✓ tabgone');
  });

  it('quoteForLog escapes C1 characters, DEL and separators as \\u escapes, and keeps other text', () => {
    expect(quoteForLog('a\u007fb\u009fc\u2029d')).toBe('"a\\u007fb\\u009fc\\u2029d"');
    expect(quoteForLog('ünïcode ✓')).toBe('"ünïcode ✓"');
  });

  it('quoteForLog keeps values of up to 300 characters whole', () => {
    expect(quoteForLog('x'.repeat(300))).toBe(`"${'x'.repeat(300)}"`);
    expect(quoteForLog('x'.repeat(301))).toBe(`"${'x'.repeat(300)}…"`);
  });
});

describe('the remaining edges', () => {
  it('knows the European sovereign cloud partition', () => {
    expect(partitionOfRegion('eusc-de-east-1')).toBe('aws-eusc');
  });

  it('derives the same token as every earlier release for the same run and request', () => {
    // A changed scheme would make a re-run of an old run create a second version.
    const run = { sha: SHA.toUpperCase(), runId: '12345678901' };
    const request = {
      ImageName: 'img',
      BaseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1',
    };
    expect(deriveClientToken(run, request)).toBe('12345678901-3f2a9c1d0e7b-b547e6cec9');
  });

  it('states the pattern rule alone when only the pattern is broken', () => {
    expect(RULES['image-name'].check('my_image')).toBe(
      'must be letters, digits, and single `-` or `.` between them',
    );
  });

  it('names a registry with a port as not ECR, rather than asking for a tag', () => {
    expect(RULES['base-image'].check('localhost:5000/team/img')).toBe(
      'must be an ECR image `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>` with `:<tag>` or `@sha256:<64 hex>`; SageMaker takes images from private ECR only, not Docker Hub or other registries',
    );
  });
});
