// The ECR client is loaded only when the image checks run: no module imports the ECR edge or the
// SDK's ECR client statically (type-only imports vanish from the bundle), so main.ts can reach
// them only through `import()`.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../../__fixtures__/run-action.js';

/** The module specifiers a file imports for their values (not `import type`, not `import()`). */
function valueImports(source: string): string[] {
  const file = ts.createSourceFile('f.ts', source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (specifier === undefined || !ts.isStringLiteral(specifier)) continue;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const allTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (allTypes) continue;
    } else if (statement.isTypeOnly) continue;
    found.push(specifier.text);
  }
  return found;
}

describe('loading the ECR client', () => {
  const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [file, readFileSync(join(ROOT, 'src', file), 'utf8')] as const);

  it('reads the imports it means to', () => {
    expect(
      valueImports("import type { A } from './a.js';\nimport { type B } from './b.js';"),
    ).toEqual([]);
    expect(
      valueImports("import { C, type D } from './c.js';\nexport { E } from './e.js';"),
    ).toEqual(['./c.js', './e.js']);
  });

  it('is imported for its values by no module but the edge itself', () => {
    const importers = sources
      .filter(([, source]) =>
        valueImports(source).some(
          (specifier) =>
            specifier === '@aws-sdk/client-ecr' || /(?:^|\/)ecr(?:-images)?\.js$/.test(specifier),
        ),
      )
      .map(([file]) => file);
    // The ECR edge: the image checks' reads, ./compare's scan findings, and the ECR check's reads
    // (issue 28) beside them, each loaded with a dynamic import.
    expect(importers.sort()).toStrictEqual([
      join('aws', 'ecr-images.ts'),
      join('aws', 'ecr-scan.ts'),
      join('aws', 'ecr.ts'),
    ]);
  });
});
