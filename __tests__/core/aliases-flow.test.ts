// Moving and applying aliases with the SageMaker calls faked: which version loses and gains each
// alias, in which order, and what the log says.
import { describe, expect, it } from '@jest/globals';
import { applyAliasesToExisting, findAliasHolders, moveAliasesTo } from '../../src/core/aliases.js';
import type { AliasHolder, UpdateImageVersionRequest } from '../../src/aws/sagemaker-images.js';
import { testSession } from '../../__fixtures__/session.js';

type Change = { add?: string[]; remove?: string[] };

function session(
  inputs: { aliases: string[]; moveAliases?: boolean },
  holders: Record<string, AliasHolder>,
) {
  const updates: [number, Change][] = [];
  const s = testSession(
    {
      imageName: 'my-image',
      aliases: inputs.aliases,
      moveAliases: inputs.moveAliases ?? false,
      waitTimeoutSeconds: 60,
    },
    {
      versionHoldingAlias: (_client: unknown, _image: string, alias: string) =>
        Promise.resolve(holders[alias]),
      updateImageVersion: (_client: unknown, request: UpdateImageVersionRequest) => {
        expect(request.ImageName).toBe('my-image');
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
