// One contract: action.yml, the README's tables and the code agree on every input and output.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseInputs } from '../../src/inputs/inputs.js';
import { DEFAULTS, RULES } from '../../src/inputs/rules.js';
import { ACTION_VERSION } from '../../src/aws/action-version.js';
import { Output } from '../../src/report/outputs.js';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { allYamlSnippets } from '../../__fixtures__/docs.ts';
import { ROOT, readActionYaml, type EntryFolder } from '../../__fixtures__/run-action.ts';

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
      // An input of another entry point only (./compare's) is held to its own action.yml.
      if (!(name in action.inputs)) continue;
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
 * The `Output.<Key>` constants a source file uses, read from its syntax tree rather than its text,
 * so that this still holds in Stryker's sandbox, where code is wrapped in mutation switches.
 */
function outputKeysUsedIn(source: string): string[] {
  const keys: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Output'
    ) {
      keys.push(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true));
  return keys;
}

describe('the code', () => {
  it('reads only inputs that action.yml declares, and validates each', () => {
    const read = new Set<string>();
    parseInputs((name) => {
      read.add(name);
      return name === 'create-image' ? 'true' : '';
    }, {});
    expect([...read].filter((name) => !(name in action.inputs))).toEqual([]);
    // One rules table for every entry point: each rule is some action.yml's input.
    const entries = readdirSync(ROOT, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, entry.name, 'action.yml')))
      .map((entry) => entry.name as EntryFolder);
    const declared = new Set([
      ...Object.keys(action.inputs),
      ...entries.flatMap((entry) => Object.keys(readActionYaml(entry).inputs)),
    ]);
    expect(Object.keys(RULES).sort()).toEqual([...declared].sort());
  });

  it('sets every output action.yml declares, through the one Output table', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [file, readFileSync(join(ROOT, 'src', file), 'utf8')] as const);
    const used = new Set(sources.flatMap(([, source]) => outputKeysUsedIn(source)));
    expect([...used].sort()).toEqual(Object.keys(Output).sort());
    // Only the runner's edge calls @actions/core's setOutput.
    const settingOutputs = sources.filter(([, source]) => /\bsetOutput\(/.test(source));
    expect(settingOutputs.map(([file]) => file)).toEqual([join('report', 'runner.ts')]);
    expect(Object.values(Output).sort()).toEqual(Object.keys(action.outputs).sort());
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
