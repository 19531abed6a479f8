import { describe, expect, it } from '@jest/globals';
import {
  NEW_VERSION,
  aliasesHeld,
  aliasMoveSteps,
  aliasUpdateRequest,
  isRollback,
  assertNoConflict,
  conflictingAliases,
  heldNewerNotice,
  planAliasesOnExisting,
} from '../../src/core/aliases.js';

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

describe('conflictingAliases on a first attempt', () => {
  it('counts every holder: nothing of this run exists yet', () => {
    const holders = new Map([['latest', { version: 4, baseImage: BASE }]]);
    expect(conflictingAliases(holders, undefined)).toEqual([['latest', 4]]);
  });
});

describe('alias planning, shared by real runs and dry runs', () => {
  it('moves an alias with two requests, sets a free one with one, and leaves one in place', () => {
    expect(aliasMoveSteps('stable', 2, 5)).toEqual([
      { version: 2, remove: ['stable'] },
      { version: 5, add: ['stable'] },
    ]);
    expect(aliasMoveSteps('latest', undefined, NEW_VERSION)).toEqual([
      { version: NEW_VERSION, add: ['latest'] },
    ]);
    expect(aliasMoveSteps('dev', 5, 5)).toEqual([]);
  });

  it('on an existing version, adds the free aliases in one request and reports the others', () => {
    const holders = new Map([
      ['stable', { version: 2, baseImage: 'x' }],
      ['dev', { version: 4, baseImage: 'x' }],
    ]);
    expect(planAliasesOnExisting(['stable', 'dev', 'latest', 'v1'], holders, 4, false)).toEqual({
      conflicts: [['stable', 2]],
      updates: [{ version: 4, add: ['latest', 'v1'] }],
    });
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
      'Alias "stable" (held by version 3), "prod" (held by version 1) of image "img" already belongs to another version, so nothing was created. Set `move-aliases: true` to move them to the new version once that is CREATED, or choose other aliases.',
    );
  });

  it('for a version that exists, says it stays registered and moving goes to it', () => {
    expect(() => assertNoConflict([['stable', 3]], 'img', 5)).toThrow(
      new Error(
        'Alias "stable" (held by version 3) of image "img" already belongs to another version, so version 5 stays registered without it. Set `move-aliases: true` to move it to version 5, or choose other aliases.',
      ),
    );
  });

  it('says moving an alias back from a newer version also takes allow-rollback', () => {
    expect(() =>
      assertNoConflict(
        [
          ['stable', 7],
          ['dev', 3],
          ['prod', 6],
        ],
        'img',
        5,
      ),
    ).toThrow(
      new Error(
        'Alias "stable" (held by version 7), "dev" (held by version 3), "prod" (held by version 6) of image "img" already belongs to another version, so version 5 stays registered without them. Set `move-aliases: true` to move them to version 5, or choose other aliases. An alias on a newer version moves back to version 5 only with `allow-rollback: true` too ("stable", "prod").',
      ),
    );
    // A version one newer counts; the same version never conflicts with itself.
    expect(() => assertNoConflict([['stable', 6]], 'img', 5)).toThrow(/allow-rollback: true/);
  });
});

describe('aliasUpdateRequest', () => {
  it('sends only the aliases to add, or only those to delete, as one request per version', () => {
    expect([
      aliasUpdateRequest('img', { version: 4, add: ['a', 'b'] }),
      aliasUpdateRequest('img', { version: 3, remove: ['a'] }),
      aliasUpdateRequest('img', { version: 2, add: [], remove: [] }),
      aliasUpdateRequest('img', { version: NEW_VERSION, add: ['a'], remove: ['b'] }),
    ]).toStrictEqual([
      { ImageName: 'img', Version: 4, AliasesToAdd: ['a', 'b'] },
      { ImageName: 'img', Version: 3, AliasesToDelete: ['a'] },
      { ImageName: 'img', Version: 2 },
      { ImageName: 'img', Version: NEW_VERSION, AliasesToAdd: ['a'], AliasesToDelete: ['b'] },
    ]);
  });
});

describe('newest wins for aliases', () => {
  it.each([
    [5, 4, true],
    [4, 4, false],
    [3, 4, false],
    [undefined, 4, false],
    [9, NEW_VERSION, false],
  ] as const)('holder %s → target %s: rollback %s', (holder, target, expected) => {
    expect(isRollback(holder, target)).toBe(expected);
  });

  it('plans no move from a newer version, unless rollbacks are allowed', () => {
    expect(aliasMoveSteps('stable', 5, 4)).toEqual([]);
    expect(aliasMoveSteps('stable', 5, 4, true)).toEqual([
      { version: 5, remove: ['stable'] },
      { version: 4, add: ['stable'] },
    ]);
    expect(aliasMoveSteps('stable', 3, 4)).toEqual([
      { version: 3, remove: ['stable'] },
      { version: 4, add: ['stable'] },
    ]);
  });

  it('holds on an existing version with move-aliases too', () => {
    const holders = new Map([['stable', { version: 5, baseImage: 'x' }]]);
    expect(planAliasesOnExisting(['stable'], holders, 4, true)).toEqual({
      conflicts: [],
      updates: [],
    });
    expect(planAliasesOnExisting(['stable'], holders, 4, true, true).updates).toHaveLength(2);
  });
});

describe('aliasesHeld', () => {
  it('leaves out the aliases that stayed on a newer version, keeping the order', () => {
    expect(aliasesHeld(['stable', 'dev', 'qa'], [{ alias: 'stable', version: 5 }])).toStrictEqual([
      'dev',
      'qa',
    ]);
    expect(aliasesHeld(['dev'], [])).toStrictEqual(['dev']);
  });
});

describe('heldNewerNotice', () => {
  const TAIL =
    'newer than version 4 of this run, and aliases never move to an older version on their own ' +
    '(a re-run of an older run, or two pipelines finishing out of order). To roll back on ' +
    'purpose, run again with `allow-rollback: true`.';

  it('names the one alias and its version, in the singular', () => {
    expect(heldNewerNotice('img', 4, [{ alias: 'stable', version: 5 }])).toBe(
      `Image img: alias "stable" on version 5 stays there: it is ${TAIL}`,
    );
  });

  it('lists several, each with its version, in the plural', () => {
    expect(
      heldNewerNotice('img', 4, [
        { alias: 'stable', version: 5 },
        { alias: 'prod', version: 6 },
      ]),
    ).toBe(
      `Image img: aliases "stable" on version 5, "prod" on version 6 stay there: they are ${TAIL}`,
    );
  });
});
