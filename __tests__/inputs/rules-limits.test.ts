// Every rule at exactly its limits: the longest valid value passes, one character more fails with
// the rule in words; the same for the numbers' bounds and the anchors of each pattern.
import { describe, expect, it } from '@jest/globals';
import { RULES, type RuleName } from '../../src/inputs/rules.js';

const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/';
const ARN_PREFIX = 'arn:aws:iam::123456789012:role/';

/** For each text input: its limits and the longest valid value. */
const LONGEST: [RuleName, number, number, string][] = [
  ['image-name', 1, 63, 'a'.repeat(63)],
  ['client-token', 1, 36, 'a'.repeat(36)],
  ['aws-region', 1, 32, `us-${'a'.repeat(27)}-1`],
  ['aliases', 1, 128, 'a'.repeat(128)],
  ['ml-framework', 1, 128, `${'P'.repeat(125)}2.3`],
  ['programming-lang', 1, 128, `${'P'.repeat(125)}3.1`],
  ['release-notes', 1, 255, 'n'.repeat(255)],
  ['role-arn', 20, 2048, `${ARN_PREFIX}${'r'.repeat(2048 - ARN_PREFIX.length)}`],
  ['image-display-name', 1, 128, 'd'.repeat(128)],
  ['image-description', 1, 512, 'd'.repeat(512)],
  ['image-tags', 1, 385, `${'k'.repeat(128)}=${'v'.repeat(256)}`],
  ['base-image', 1, 255, `${ECR}${'r'.repeat(255 - ECR.length - 4)}:tag`],
];

describe('text rules at their limits', () => {
  it.each(LONGEST)('%s takes %i to %i characters', (name, min, max, longest) => {
    const { check } = RULES[name];
    expect(longest).toHaveLength(max);
    expect(check(longest)).toBeUndefined();
    expect(check(`${longest}a`)).toBe(`must be ${min}–${max} characters (got ${max + 1})`);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(RULES['release-notes'].check('😀'.repeat(255))).toBeUndefined();
    expect(RULES['release-notes'].check('😀'.repeat(256))).toBe(
      'must be 1–255 characters (got 256)',
    );
  });

  it('role-arn needs 20 characters', () => {
    expect(RULES['role-arn'].check('a'.repeat(19))).toBe('must be 20–2048 characters (got 19)');
  });

  it('refuses control characters and line breaks in free text', () => {
    for (const char of ['\u0000', '\u001f', '\u007f', '\u009f', '\u2028', '\u2029', '\n']) {
      expect(RULES['release-notes'].check(`a${char}b`)).toBe(
        'must not contain control characters or line breaks',
      );
    }
    expect(RULES['release-notes'].check('a\u00a0b ü')).toBeUndefined();
  });
});

describe('number rules at their bounds', () => {
  it.each([
    ['max-attempts', 1, 10],
    ['http-timeout-seconds', 1, 600],
    ['wait-timeout-seconds', 1, 21600],
    ['wait-max-delay-seconds', 1, 300],
  ] as const)('%s takes %i to %i', (name, min, max) => {
    const { check } = RULES[name];
    const problem = `must be a whole number from ${min} to ${max}`;
    expect(check(String(min))).toBeUndefined();
    expect(check(String(max))).toBeUndefined();
    expect(check(String(min - 1))).toBe(problem);
    expect(check(String(max + 1))).toBe(problem);
    for (const bad of [`x${min}`, `${min}x`, `${min}.0`, '1234567890', `-${min}`]) {
      expect(check(bad)).toBe(problem);
    }
  });
});

describe('patterns are anchored at both ends', () => {
  it.each([
    ['image-name', 'my-image'],
    ['client-token', 'abc-123'],
    ['aws-region', 'eu-west-1'],
    ['aliases', 'stable'],
    ['ml-framework', 'PyTorch 2.3'],
    ['programming-lang', 'Python 3.11'],
    ['role-arn', `${ARN_PREFIX}ci`],
    ['image-display-name', 'My image', ' '],
    ['image-tags', 'team=ml'],
  ] as [RuleName, string, string?][])('%s', (name, valid, bad = '!') => {
    const { check } = RULES[name];
    expect(check(valid)).toBeUndefined();
    expect(check(`${bad}${valid}`)).toMatch(/^must /);
    expect(check(`${valid}${bad}`)).toMatch(/^must /);
  });

  it('base-image', () => {
    const valid = `${ECR}team/img:1.0`;
    const problem =
      'must be an ECR image `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>` with `:<tag>` or `@sha256:<64 hex>`; SageMaker takes images from private ECR only, not Docker Hub or other registries';
    expect(RULES['base-image'].check(valid)).toBeUndefined();
    expect(RULES['base-image'].check(`x${valid}`)).toBe(problem);
    // Anything after an ECR reference: still ECR, so the registry hint is left out.
    expect(RULES['base-image'].check(`${valid}!`)).toBe(problem.slice(0, problem.indexOf(';')));
    expect(RULES['base-image'].check(`${ECR}team/img`)).toBe(
      'must name a tag (`:<tag>`) or a digest (`@sha256:<64 hex>`) after the repository',
    );
  });
});

describe('rule messages, at their edges', () => {
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
