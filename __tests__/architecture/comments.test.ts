// Comments, package.json's scripts and CONTRIBUTING.md name files that exist: a comment that sends the reader to a module
// (`see attempt.ts`, `src/register/main.ts`) goes stale when the module moves or is renamed (as
// `rerun.ts` and `src/main.ts` did), and nothing else would notice.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ROOT } from '../../__fixtures__/run-action.ts';

const FOLDERS = ['src', 'scripts', '__tests__', '__fixtures__'];
const sourcesOf = (top: string): string[] =>
  readdirSync(join(ROOT, top), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:ts|js)$/.test(file))
    .map((file) => join(top, file));
const everyName = new Set(FOLDERS.flatMap(sourcesOf).map((file) => basename(file)));
/** `dir/name.ts`, `name.js`: a file named in a text (not a package, a URL, a property or Node.js). */
const NAMED = /(?<![\w@/.:-])((?:[\w-]+\/)*[a-z][\w-]*\.(?:ts|js))\b/g;

/** Whether a named file exists: from the root, beside `from`, or (a bare name) anywhere. */
function exists(name: string, from: string): boolean {
  if (existsSync(join(ROOT, name)) || existsSync(join(ROOT, dirname(from), name))) return true;
  return !name.includes('/') && everyName.has(name);
}

/** The files a source's comments name that do not exist, as `file:line name`. */
function missingInComments(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      const comment = /(?:\/\/|^\s*\*|\/\*)(.*)$/.exec(line)?.[1] ?? '';
      return [...comment.matchAll(NAMED)]
        .map((match) => match[1] ?? '')
        .filter((name) => !exists(name, file))
        .map((name) => `${file}:${index + 1} ${name}`);
    });
}

describe('names of files', () => {
  it('in the comments of src/ and scripts/ are files that exist', () => {
    expect(['src', 'scripts'].flatMap(sourcesOf).flatMap(missingInComments)).toEqual([]);
  });

  it("in package.json's scripts are files that exist", () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const named = Object.values(scripts).flatMap((command) =>
      [...command.matchAll(/(?:^|\s)((?:src|scripts)\/[\w./-]+\.(?:ts|js))\b/g)].map(
        (m) => m[1] ?? '',
      ),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it('in CONTRIBUTING.md are files that exist', () => {
    const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const paths = [
      ...text.matchAll(/`((?:src|scripts|__tests__|__fixtures__)\/[\w./-]+\.(?:ts|js))`/g),
    ];
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.map((m) => m[1] ?? '').filter((path) => !existsSync(join(ROOT, path)))).toEqual(
      [],
    );
  });
});
