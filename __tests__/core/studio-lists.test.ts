// The Studio list model's guard against rollbacks when a caller gives none (the merge and
// rollbackFrom are table-tested with the domain plan in __tests__/studio/plan.test.ts).
import { describe, expect, it } from '@jest/globals';
import type { CustomImage } from '@aws-sdk/client-sagemaker';
import { mergeCustomImages, rollbackFrom } from '../../src/core/studio-lists.js';

const other: CustomImage = { ImageName: 'team-a', AppImageConfigName: 'team-a' };
const mine = (version?: number): CustomImage => ({
  ImageName: 'my-image',
  AppImageConfigName: 'my-config',
  ...(version === undefined ? {} : { ImageVersionNumber: version }),
});

describe('mergeCustomImages without a guard', () => {
  it('keeps a newer pin: rollbacks are not allowed unless asked', () => {
    expect(mergeCustomImages([other, mine(5)], mine(4))).toStrictEqual({
      images: [other, mine(5)],
      before: mine(5),
      changed: false,
      heldNewer: 5,
    });
  });

  it('moves an older pin up, where it stands', () => {
    expect(mergeCustomImages([mine(3), other], mine(4))).toStrictEqual({
      images: [mine(4), other],
      before: mine(3),
      changed: true,
    });
  });
});

describe('rollbackFrom', () => {
  it.each<[string, CustomImage, CustomImage, number | undefined, number | undefined]>([
    ['a lower pin loses the pin it replaces, not the newest version', mine(5), mine(4), 9, 5],
    ['latest pinned below the newest loses the newest', mine(), mine(4), 7, 7],
    ['the same pin loses nothing, whatever the newest', mine(4), mine(4), 9, undefined],
    ['unpinning to latest is never a step back', mine(5), mine(), 9, undefined],
  ])('%s', (_name, before, entry, newest, expected) => {
    expect(rollbackFrom(before, entry, newest)).toBe(expected);
  });
});
