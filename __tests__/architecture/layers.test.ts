// The folders of src/ import one way only (eslint.layers.js): checked here on the code itself,
// dynamic imports included, and on the lint rule, which must refuse an import up the layers.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Linter } from 'eslint';
import { LAYERS, forbiddenImports, layerRules } from '../../eslint.layers.js';
import { ROOT } from '../../__fixtures__/run-action.ts';

const SRC = join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.ts'),
);
/** `from`'s folder (or `main` for files at the top of src/). */
const folderOf = (file: string): string =>
  file.includes('/') ? (file.split('/')[0] ?? '') : 'main';

/** Every import of one of our modules, static or dynamic: [importing file, imported file]. */
function imports(): [string, string][] {
  return files.flatMap((file) => {
    const source = readFileSync(join(SRC, file), 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)];
    return specifiers.map(([, specifier = '']): [string, string] => [
      file,
      relative(SRC, join(SRC, dirname(file), specifier)),
    ]);
  });
}

describe('the folders of src/', () => {
  it('are all placed in a layer', () => {
    const folders = new Set(files.map(folderOf).filter((folder) => folder !== 'main'));
    expect([...folders].filter((folder) => !LAYERS.flat().includes(folder))).toEqual([]);
  });

  it('import only from their own folder and the layers below, dynamic imports included', () => {
    const forbidden = forbiddenImports();
    const upward = imports().filter(
      ([from, to]) =>
        (forbidden[folderOf(from)] ?? []).includes(folderOf(to)) ||
        (folderOf(from) !== 'main' && folderOf(to) === 'main'),
    );
    expect(upward).toEqual([]);
  });

  it('have a common bottom that imports nothing of ours from elsewhere', () => {
    const fromCommon = imports().filter(
      ([from, to]) => folderOf(from) === 'common' && folderOf(to) !== 'common',
    );
    expect(fromCommon).toEqual([]);
  });
});

describe('the lint rule', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (filename: string, code: string): string[] =>
    linter
      .verify(code, layerRules(), { filename })
      .map((message) => message.ruleId ?? message.message);

  it('refuses an import up the layers or across the steps', () => {
    expect(lint('src/aws/x.ts', "import { a } from '../register/token.js';")).toEqual([
      'no-restricted-imports',
    ]);
    expect(lint('src/studio/x.ts', "import { a } from '../retire/decide.js';")).toEqual([
      'no-restricted-imports',
    ]);
    expect(lint('src/common/x.ts', "import { a } from '../inputs/rules.js';")).toEqual([
      'no-restricted-imports',
    ]);
    expect(lint('src/wait/x.ts', "import { a } from '../main.js';")).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('lets an import go down the layers or stay in its folder', () => {
    expect(lint('src/studio/x.ts', "import { a } from '../aws/arn.js';")).toEqual([]);
    expect(lint('src/studio/x.ts', "import { a } from './plan.js';")).toEqual([]);
    expect(lint('src/report/x.ts', "import { a } from '../common/markdown.js';")).toEqual([]);
  });
});
