// ./compare's contract: compare/action.yml, the parser, the rules table, the outputs table and
// docs/compare.md agree on every input and output.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPARE_INPUTS, parseCompareInputs } from '../../src/inputs/compare-inputs.js';
import { DEFAULTS, RULES } from '../../src/inputs/rules.js';
import { CompareOutput } from '../../src/report/outputs.js';
import { ROOT, readActionYaml } from '../../__fixtures__/run-action.ts';

const action = readActionYaml('compare');
const page = readFileSync(join(ROOT, 'docs', 'compare.md'), 'utf8');

/** The rows of the docs page's table under a `## heading`, keyed by their first cell. */
function tableRows(heading: string): Map<string, string[]> {
  const section = page.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return new Map(
    section
      .split('\n')
      .filter((line) => /^\| `/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      )
      .map((cells) => [cells[0]?.replace(/`/g, '') ?? '', cells]),
  );
}

describe('compare/action.yml', () => {
  it('runs on node24 from the shared bundle', () => {
    const raw = readFileSync(join(ROOT, 'compare', 'action.yml'), 'utf8');
    expect(raw).toMatch(/^ {2}using: node24$/m);
    expect(raw).toMatch(/^ {2}main: \.\.\/dist\/compare\/index\.js$/m);
  });

  it('declares exactly the inputs the parser reads, each with a rule', () => {
    expect(Object.keys(action.inputs)).toEqual([...COMPARE_INPUTS]);
    const read = new Set<string>();
    parseCompareInputs((name) => {
      read.add(name);
      return '';
    }, {});
    expect([...read].sort()).toEqual([...COMPARE_INPUTS].sort());
    for (const name of COMPARE_INPUTS) expect(RULES).toHaveProperty([name]);
  });

  it('declares the defaults the code falls back on, as strings', () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      if (spec.default === undefined) continue;
      expect(typeof spec.default).toBe('string');
      // The token's default is an expression the runner fills in; the code never falls back on it.
      if (name === 'github-token') expect(spec.default).toBe('${{ github.token }}');
      else expect(DEFAULTS[name as keyof typeof DEFAULTS]).toBe(spec.default);
    }
  });

  it('declares exactly the outputs of the CompareOutput table', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(CompareOutput).sort());
  });
});

describe('docs/compare.md', () => {
  it('lists every input with its default and rule', () => {
    const rows = tableRows('Inputs');
    expect([...rows.keys()]).toEqual(Object.keys(action.inputs));
    for (const [name, spec] of Object.entries(action.inputs)) {
      const [, , defaultCell, ruleCell] = rows.get(name) ?? [];
      const expected =
        spec.default !== undefined ? `\`${spec.default}\`` : spec.required ? '(required)' : '';
      expect(defaultCell).toBe(expected);
      expect(ruleCell).toBe(RULES[name as keyof typeof RULES].rule);
    }
  });

  it('lists every output', () => {
    expect([...tableRows('Outputs').keys()]).toEqual(Object.keys(action.outputs));
  });
});
