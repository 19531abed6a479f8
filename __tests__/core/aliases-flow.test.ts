// Moving and applying aliases with the SageMaker calls faked: which version loses and gains each
// alias, in which order, and what the log says.
import { describe, expect, it } from '@jest/globals';
import {
  NEWEST_WINS,
  aliasesOnExisting,
  applyAliasesToExisting,
  findAliasHolders,
  freeAliasesOf,
  heldNewerNotice,
  moveAliasesTo,
  planAliasesOnExistingVersion,
} from '../../src/core/aliases.js';
import type { AliasHolder, UpdateImageVersionRequest } from '../../src/aws/sagemaker-images.js';
import { testSession } from '../../__fixtures__/session.js';

type Change = { add?: string[]; remove?: string[] };

function session(
  inputs: { aliases: string[]; moveAliases?: boolean; allowRollback?: boolean },
  holders: Record<string, AliasHolder>,
  busyOnce = false,
) {
  const updates: [number, Change][] = [];
  let busy = busyOnce;
  const s = testSession(
    {
      imageName: 'my-image',
      aliases: inputs.aliases,
      moveAliases: inputs.moveAliases ?? false,
      allowRollback: inputs.allowRollback ?? false,
      waitTimeoutSeconds: 60,
    },
    {
      versionHoldingAlias: (_client: unknown, _image: string, alias: string) =>
        Promise.resolve(holders[alias]),
      updateImageVersion: (_client: unknown, request: UpdateImageVersionRequest) => {
        expect(request.ImageName).toBe('my-image');
        if (busy) {
          busy = false;
          return Promise.reject(
            Object.assign(new Error('Image is being modified concurrently.'), {
              name: 'ResourceInUse',
            }),
          );
        }
        const change: Change = {
          ...(request.AliasesToAdd ? { add: request.AliasesToAdd } : {}),
          ...(request.AliasesToDelete ? { remove: request.AliasesToDelete } : {}),
        };
        updates.push([request.Version ?? 0, change]);
        return Promise.resolve();
      },
    },
  );
  return { s, updates, lines: s.lines };
}

const V2 = { version: 2, baseImage: 'old:1' };
const V4 = { version: 4, baseImage: 'new:1' };

describe('findAliasHolders', () => {
  it('maps only the aliases some version holds', async () => {
    const { s } = session({ aliases: ['a', 'b'] }, { b: V2 });
    expect([...(await findAliasHolders(s))]).toEqual([['b', V2]]);
  });
});

describe('moveAliasesTo', () => {
  it('takes each alias off its holder, then puts it on the version, and says so', async () => {
    const { s, updates, lines } = session(
      { aliases: ['held', 'free', 'here'] },
      { held: V2, here: V4 },
    );
    await moveAliasesTo(s, 4);
    expect(updates).toEqual([
      [2, { remove: ['held'] }],
      [4, { add: ['held'] }],
      [4, { add: ['free'] }],
    ]);
    expect(lines()).toEqual([
      'Moved alias "held" from version 2 to version 4.',
      'Set alias "free" on version 4.',
      'Alias "here" is already on version 4.',
    ]);
  });
});

describe('applyAliasesToExisting', () => {
  it('with move-aliases, moves them to the reused version', async () => {
    const { s, updates } = session({ aliases: ['stable'], moveAliases: true }, { stable: V2 });
    await applyAliasesToExisting(s, 4);
    expect(updates).toEqual([
      [2, { remove: ['stable'] }],
      [4, { add: ['stable'] }],
    ]);
  });

  it('without it, adds the free ones in one request and leaves those already there', async () => {
    const { s, updates, lines } = session({ aliases: ['a', 'here', 'b'] }, { here: V4 });
    await applyAliasesToExisting(s, 4);
    expect(updates).toEqual([[4, { add: ['a', 'b'] }]]);
    expect(lines()).toEqual([
      'Alias "a": free.',
      'Alias "here": held by version 4.',
      'Alias "b": free.',
      'Set aliases a, b on version 4.',
    ]);
  });

  it('says "alias" for one', async () => {
    const { s, lines } = session({ aliases: ['a'] }, {});
    await applyAliasesToExisting(s, 4);
    expect(lines()).toEqual(['Alias "a": free.', 'Set alias a on version 4.']);
  });

  it('sends nothing when every alias is already there', async () => {
    const { s, updates } = session({ aliases: ['here'] }, { here: V4 });
    await applyAliasesToExisting(s, 4);
    expect(updates).toEqual([]);
  });

  it('without it, fails before changing anything when another version holds one', async () => {
    const { s, updates } = session({ aliases: ['a', 'stable'] }, { stable: V2 });
    await expect(applyAliasesToExisting(s, 4)).rejects.toThrow(
      'Alias "stable" (held by version 2) of image "my-image" already belongs to another version, so version 4 stays registered without it. Set `move-aliases: true` to move it to version 4, or choose other aliases.',
    );
    expect(updates).toEqual([]);
  });
});

const V5 = { version: 5, baseImage: 'newer:1' };

describe('moveAliasesTo, newest wins', () => {
  it('leaves an alias on a newer version, sends nothing for it, says so and returns it', async () => {
    const { s, updates, lines } = session({ aliases: ['stable', 'free'] }, { stable: V5 });
    expect(await moveAliasesTo(s, 4)).toStrictEqual([{ alias: 'stable', version: 5 }]);
    expect(updates).toEqual([[4, { add: ['free'] }]]);
    expect(lines()).toStrictEqual([
      'Alias "stable" stays on version 5, newer than version 4 (allow-rollback is off).',
      'Set alias "free" on version 4.',
    ]);
  });

  it('with allow-rollback, moves it back and returns nothing held', async () => {
    const { s, updates, lines } = session(
      { aliases: ['stable'], allowRollback: true },
      { stable: V5 },
    );
    expect(await moveAliasesTo(s, 4)).toStrictEqual([]);
    expect(updates).toEqual([
      [5, { remove: ['stable'] }],
      [4, { add: ['stable'] }],
    ]);
    expect(lines()).toStrictEqual(['Moved alias "stable" from version 5 to version 4.']);
  });
});

describe('an alias update that meets a busy image', () => {
  const busy = (doing: string): string =>
    `The image is busy (Image is being modified concurrently); ${doing} again in 0.8 s.`;

  it.each<[string, (s: ReturnType<typeof session>['s']) => Promise<unknown>, string[]]>([
    [
      'moving',
      (s) => moveAliasesTo(s, 4),
      [busy('moving alias "free"'), 'Set alias "free" on version 4.'],
    ],
    [
      'setting',
      (s) => applyAliasesToExisting(s, 4),
      ['Alias "free": free.', busy('setting aliases'), 'Set alias free on version 4.'],
    ],
    [
      'freeing',
      (s) => freeAliasesOf(s, 4, ['free']),
      [
        busy('freeing aliases'),
        'Took alias free off version 4, which ended CREATE_FAILED, for the new version.',
      ],
    ],
  ])('is sent again after a wait, the log naming the work: %s', async (_, apply, expected) => {
    const { s, updates, lines } = session({ aliases: ['free'] }, {}, true);
    await apply(s);
    expect(updates).toHaveLength(1);
    expect(lines()).toStrictEqual(expected);
  });
});

describe('freeAliasesOf', () => {
  it('takes one alias off a failed version in one request, and says so', async () => {
    const { s, updates, lines } = session({ aliases: [] }, {});
    await freeAliasesOf(s, 3, ['stable']);
    expect(updates).toEqual([[3, { remove: ['stable'] }]]);
    expect(lines()).toStrictEqual([
      'Took alias stable off version 3, which ended CREATE_FAILED, for the new version.',
    ]);
  });

  it('says "aliases" for two, joined by a comma', async () => {
    const { s, updates, lines } = session({ aliases: [] }, {});
    await freeAliasesOf(s, 3, ['stable', 'dev']);
    expect(updates).toEqual([[3, { remove: ['stable', 'dev'] }]]);
    expect(lines()).toStrictEqual([
      'Took aliases stable, dev off version 3, which ended CREATE_FAILED, for the new version.',
    ]);
  });

  it('sends and says nothing without aliases', async () => {
    const { s, updates, lines } = session({ aliases: [] }, {});
    await freeAliasesOf(s, 3, []);
    expect(updates).toEqual([]);
    expect(lines()).toStrictEqual([]);
  });
});

describe('aliasesOnExisting', () => {
  it('opens no group and reads nothing without aliases', async () => {
    const { s, updates } = session({ aliases: [] }, {});
    expect(await aliasesOnExisting(s, 4)).toStrictEqual([]);
    expect(s.report.groups()).toStrictEqual([]);
    expect(s.lines()).toStrictEqual([]);
    expect(updates).toEqual([]);
  });

  it('applies them in one group; one left on a newer version is noticed and not returned', async () => {
    const { s } = session({ aliases: ['stable', 'dev'], moveAliases: true }, { stable: V5 });
    expect(await aliasesOnExisting(s, 4)).toStrictEqual(['dev']);
    expect(s.report.groups()).toStrictEqual(['Apply the aliases']);
    expect(s.report.notice.mock.calls).toStrictEqual([
      [heldNewerNotice('my-image', 4, [{ alias: 'stable', version: 5 }]), NEWEST_WINS],
    ]);
  });

  it('gives no notice when every alias is placed', async () => {
    const { s } = session({ aliases: ['dev'], moveAliases: true }, {});
    expect(await aliasesOnExisting(s, 4)).toStrictEqual(['dev']);
    expect(s.report.notice).not.toHaveBeenCalled();
  });
});

describe('planAliasesOnExistingVersion', () => {
  it('plans nothing and reads nothing without aliases', async () => {
    const { s } = session({ aliases: [] }, { stable: V5 });
    expect(await planAliasesOnExistingVersion(s, 4)).toStrictEqual([]);
    expect(s.lines()).toStrictEqual([]);
  });
});
