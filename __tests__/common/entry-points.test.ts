// Which entry point a started script is: the folder above it and its name, on POSIX and Windows
// runners; anything else is `./`. Pure.
import { describe, expect, it } from '@jest/globals';
import { entryPointOf } from '../../src/common/entry-points.js';

describe('entryPointOf', () => {
  it.each([
    ['/home/runner/work/_actions/octo-org/action/v1/dist/index.js', 'register'],
    ['/home/runner/work/_actions/octo-org/action/v1/dist/launch-test/index.js', 'launch-test'],
    ['/home/runner/work/_actions/octo-org/action/v1/dist/launch-test/post.js', 'launch-test post'],
    ['/home/runner/work/_actions/octo-org/action/v1/dist/studio/index.js', 'studio'],
    ['/home/runner/work/_actions/octo-org/action/v1/dist/retire/index.js', 'retire'],
    ['/home/runner/work/_actions/octo-org/action/v1/dist/compare/index.js', 'compare'],
    ['D:\\a\\_actions\\octo-org\\action\\v1\\dist\\compare\\index.js', 'compare'],
    ['D:\\a\\_actions\\octo-org\\action\\v1\\dist\\launch-test\\post.js', 'launch-test post'],
    ['compare/index.js', 'compare'],
    ['/elsewhere/compare-index.js', 'register'],
    ['/dist/compare/other.js', 'register'],
    ['/dist/studio/retire/index.js', 'retire'],
    ['', 'register'],
    [undefined, 'register'],
  ])('%s starts %s', (script, entry) => {
    expect(entryPointOf(script)).toBe(entry);
  });
});
