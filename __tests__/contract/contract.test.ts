// One contract: action.yml, the README's tables and the code agree on every input and output.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseInputs } from '../../src/inputs/inputs.js';
import { DEFAULTS, RULES } from '../../src/inputs/rules.js';
import { ACTION_VERSION } from '../../src/aws/action-version.js';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { allYamlSnippets } from '../../__fixtures__/docs.ts';
import { ROOT, readActionYaml } from '../../__fixtures__/run-action.ts';

const action = readActionYaml();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The rows of the README table under a `## heading`, as arrays of cells. */
function tableRows(heading: string): string[][] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

const inputRows = new Map(tableRows('Inputs').map((cells) => [cells[0]?.replace(/`/g, ''), cells]));
const outputRows = new Map(
  tableRows('Outputs').map((cells) => [cells[0]?.replace(/`/g, ''), cells]),
);

describe('action.yml and the README', () => {
  it('list the same inputs', () => {
    expect([...inputRows.keys()]).toEqual(Object.keys(action.inputs));
  });

  it.each(Object.entries(action.inputs))(
    'README states the default and rule of %s',
    (name, spec) => {
      const [, , defaultCell, ruleCell] = inputRows.get(name) ?? [];
      const expectedDefault =
        spec.default !== undefined ? `\`${spec.default}\`` : spec.required ? '(required)' : '';
      expect(defaultCell).toBe(expectedDefault);
      expect(ruleCell).toBe(RULES[name as keyof typeof RULES].rule);
    },
  );

  it('list the same outputs', () => {
    expect([...outputRows.keys()]).toEqual(Object.keys(action.outputs));
  });

  it('declares every default as a string, and the code agrees with it', () => {
    for (const [name, value] of Object.entries(DEFAULTS)) {
      expect(action.inputs[name]?.default).toBe(value);
    }
    for (const [name, spec] of Object.entries(action.inputs)) {
      if (spec.default !== undefined) expect(typeof spec.default).toBe('string');
      if (spec.default !== undefined) expect(DEFAULTS).toHaveProperty([name]);
    }
  });

  it('runs on node24 from dist/index.js, ready for the Marketplace', () => {
    const raw = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(raw).toMatch(/^ {2}using: node24$/m);
    expect(raw).toMatch(/^ {2}main: dist\/index\.js$/m);
    const { name, description, branding } = action as unknown as Record<string, unknown>;
    expect(typeof name).toBe('string');
    expect(String(description).length).toBeLessThan(125);
    expect(branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });
});

/**
 * The names passed to `setOutput` in a source file, read from its syntax tree rather than its
 * text, so that this still holds in Stryker's sandbox, where every literal is wrapped as
 * `stryMutAct_…("12") ? "" : (stryCov_…("12"), 'created')`: the names are the non-empty literals
 * of the first argument, leaving out arguments of nested calls (Stryker's mutant ids).
 */
function outputNamesSetIn(source: string): string[] {
  const names: string[] = [];
  const literalsOf = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) return;
    if (ts.isStringLiteralLike(node) && node.text !== '') names.push(node.text);
    else ts.forEachChild(node, literalsOf);
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'setOutput' &&
      node.arguments[0] !== undefined
    ) {
      literalsOf(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true));
  return names;
}

describe('the code', () => {
  it('reads only inputs that action.yml declares, and validates each', () => {
    const read = new Set<string>();
    parseInputs((name) => {
      read.add(name);
      return name === 'create-image' ? 'true' : '';
    }, {});
    expect([...read].filter((name) => !(name in action.inputs))).toEqual([]);
    expect(Object.keys(RULES).sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('sets only outputs that action.yml declares', () => {
    const set = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => outputNamesSetIn(readFileSync(join(ROOT, 'src', file), 'utf8')));
    expect(set.length).toBeGreaterThan(0);
    expect([...new Set(set)].filter((name) => !((name ?? '') in action.outputs))).toEqual([]);
    expect(new Set(set)).toEqual(new Set(Object.keys(action.outputs)));
  });

  it('sends the version of package.json in its user agent', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(ACTION_VERSION).toBe(pkg.version);
  });
});

describe('the examples, and the snippets of the README and docs/*.md', () => {
  const ACTION_REF = /^(?:\.\/|[\w-]+\/sagemaker-image-version-action@)/;
  const examples = readdirSync(join(ROOT, 'docs', 'examples'))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => [file, readFileSync(join(ROOT, 'docs', 'examples', file), 'utf8')] as const);
  const snippets = allYamlSnippets();
  const workflows = readdirSync(join(ROOT, '.github', 'workflows')).map(
    (file) => [file, readFileSync(join(ROOT, '.github', 'workflows', file), 'utf8')] as const,
  );

  /** Every step of a workflow (or a list of steps) that uses this action. */
  function actionSteps(text: string): { id?: string; with?: Record<string, unknown> }[] {
    const found: { id?: string; with?: Record<string, unknown> }[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node !== null && typeof node === 'object') {
        const step = node as { uses?: unknown; id?: string; with?: Record<string, unknown> };
        if (typeof step.uses === 'string' && ACTION_REF.test(step.uses)) found.push(step);
        Object.values(node).forEach(visit);
      }
    };
    visit(parseYaml(text));
    return found;
  }

  it.each([...examples, ...snippets, ...workflows])(
    '%s passes only declared inputs and reads only declared outputs',
    (_name, text) => {
      for (const step of actionSteps(text)) {
        for (const input of Object.keys(step.with ?? {}))
          expect(action.inputs).toHaveProperty([input]);
        for (const required of ['image-name', 'base-image'])
          expect(step.with).toHaveProperty([required]);
        if (step.id !== undefined) {
          const read = [
            ...text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g')),
          ];
          for (const [, output] of read) expect(action.outputs).toHaveProperty([output ?? '']);
        }
      }
    },
  );

  it('examples use the action', () => {
    expect(
      examples.filter(([, text]) => actionSteps(text).length > 0).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('examples show Studio and retention', () => {
    const using = (input: string): string[] =>
      examples
        .filter(([, text]) => actionSteps(text).some((step) => input in (step.with ?? {})))
        .map(([file]) => file);
    expect(using('studio-domain-ids')).toContain('studio-release.yml');
    expect(using('keep-versions')).toContain('retention.yml');
  });
});
