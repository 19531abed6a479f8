import { describe, expect, it } from '@jest/globals';
import { assertNoConflict, conflictingAliases } from '../src/register/aliases.js';

const BASE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/r:1';

describe('conflictingAliases', () => {
  it('counts aliases held by versions of other base images only', () => {
    const holders = new Map([
      ['stable', { version: 3, baseImage: 'other' }],
      ['latest', { version: 4, baseImage: BASE }],
    ]);
    expect(conflictingAliases(holders, BASE)).toEqual([['stable', 3]]);
  });
});

describe('assertNoConflict', () => {
  it('passes when nothing conflicts', () => {
    expect(() => assertNoConflict([], 'img')).not.toThrow();
  });

  it('names each alias and the version holding it, and the way out', () => {
    expect(() =>
      assertNoConflict(
        [
          ['stable', 3],
          ['prod', 1],
        ],
        'img',
      ),
    ).toThrow(
      'Alias "stable" (held by version 3), "prod" (held by version 1) of image "img" already belongs to another version, so nothing was created. Set `move-aliases: true`',
    );
  });
});
