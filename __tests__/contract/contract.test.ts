// One contract per entry point: its action.yml, its page's tables (the README for `./`, docs/<entry>.md
// for the others, as `npm run docs:inputs` writes them), its parser, its output table and every
// workflow that uses it agree on every input and output.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { InputReader } from '../../src/inputs/inputs.js';
import { DEFAULTS, RULES, type RuleName } from '../../src/inputs/rules.js';
import { ACTION_VERSION } from '../../src/aws/action-version.js';
import * as outputs from '../../src/report/outputs.js';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { allYamlSnippets } from '../../__fixtures__/docs.ts';
import {
  ENTRY_POINTS,
  ENTRY_ROOT as ROOT,
  entryActionYaml,
  entryOfUses,
  readPage,
  renderPage,
} from '../../__fixtures__/entry-points.ts';

/** The rows of a page's table under a `## heading`, by their first cell's name. */
function tableRows(text: string, heading: string): Map<string, string[]> {
  const section = text.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  return new Map(rows.map((cells) => [cells[0]?.replace(/`/g, '') ?? '', cells]));
}

/** Each entry point's parser, reading inputs through `read` (a workspace with no file in it). */
/**
 * Each entry point's parser: its module in src/inputs/ and its name. Loaded when its action.yml
 * exists, so an entry point joins the contract with its folder.
 */
const PARSERS: Record<string, readonly [module: string, name: string]> = {
  '.': ['inputs.js', 'parseInputs'],
  'launch-test': ['launch-inputs.js', 'parseLaunchTestInputs'],
  studio: ['studio-inputs.js', 'parseStudioInputs'],
  retire: ['retire-inputs.js', 'parseRetireInputs'],
  compare: ['compare-inputs.js', 'parseCompareInputs'],
};
type Parser = (read: InputReader, env: NodeJS.ProcessEnv, files: typeof NO_FILES) => unknown;
async function parserOf(folder: string): Promise<Parser | undefined> {
  const [module, name] = PARSERS[folder] ?? [];
  if (module === undefined || name === undefined) return undefined;
  const loaded = (await import(`../../src/inputs/${module}`)) as Record<string, Parser>;
  return loaded[name];
}
const NO_FILES = { workspace: '/nowhere', read: () => undefined };

describe.each(ENTRY_POINTS.map((entry) => [entry.path, entry] as const))(
  '%s: its action.yml and its page',
  (_path, entry) => {
    const spec = entryActionYaml(entry.folder);
    const page = readPage(entry);
    const inputRows = tableRows(page, 'Inputs');
    const outputRows = tableRows(page, 'Outputs');

    it(`${entry.page} holds the tables npm run docs:inputs writes`, () => {
      expect(page).toBe(renderPage(entry, page));
    });

    it('list the same inputs, each with its default and the rule of src/inputs/rules.ts', () => {
      expect([...inputRows.keys()]).toEqual(Object.keys(spec.inputs));
      for (const [name, input] of Object.entries(spec.inputs)) {
        const [, , defaultCell, ruleCell] = inputRows.get(name) ?? [];
        const expectedDefault =
          input.default !== undefined
            ? `\`${input.default}\``
            : input.required === true
              ? '(required)'
              : '';
        expect({ name, defaultCell }).toEqual({ name, defaultCell: expectedDefault });
        expect({ name, ruleCell }).toEqual({ name, ruleCell: RULES[name as RuleName].rule });
      }
    });

    it('list the same outputs, exactly its table in src/report/outputs.ts', () => {
      expect([...outputRows.keys()]).toEqual(Object.keys(spec.outputs));
      const table = outputs.OUTPUTS_OF[entry.folder] as Record<string, string>;
      expect(Object.values(table).sort()).toEqual(Object.keys(spec.outputs).sort());
    });

    it('declares every default as a string that DEFAULTS of rules.ts agrees with', () => {
      for (const [name, input] of Object.entries(spec.inputs)) {
        // An expression (`${{ github.token }}`) is the runner's to fill in.
        if (input.default === undefined || input.default.startsWith('${{')) continue;
        expect(typeof input.default).toBe('string');
        expect({ name, default: DEFAULTS[name as keyof typeof DEFAULTS] }).toEqual({
          name,
          default: input.default,
        });
      }
    });

    it('runs on node24 from the one bundle, ready for the Marketplace', () => {
      const main = entry.folder === '.' ? 'dist/index.js' : `../dist/${entry.folder}/index.js`;
      expect(spec.runs.using).toBe('node24');
      expect(spec.runs.main).toBe(main);
      if (entry.folder === 'launch-test') {
        expect(spec.runs).toMatchObject({
          post: '../dist/launch-test/post.js',
          'post-if': 'always()',
        });
      } else expect(spec.runs).not.toHaveProperty(['post']);
      expect(typeof spec.name).toBe('string');
      expect(String(spec.description).length).toBeLessThan(125);
      expect(spec.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    });

    it('its parser reads only inputs its action.yml declares', async () => {
      const parse = await parserOf(entry.folder);
      expect(parse).toBeDefined();
      const read = new Set<string>();
      parse?.(
        (name) => {
          read.add(name);
          return name === 'create-image' ? 'true' : '';
        },
        {},
        NO_FILES,
      );
      expect(read.size).toBeGreaterThan(0);
      expect([...read].filter((name) => !(name in spec.inputs))).toEqual([]);
    });
  },
);

describe('the entry points together', () => {
  it('are ./, ./launch-test, ./studio and ./retire at least', () => {
    expect(ENTRY_POINTS.map((entry) => entry.path)).toEqual(
      expect.arrayContaining(['./', './launch-test', './studio', './retire']),
    );
  });

  it('have a rule for each input they declare, and no rule that none declares', () => {
    const declared = new Set(
      ENTRY_POINTS.flatMap((entry) => Object.keys(entryActionYaml(entry.folder).inputs)),
    );
    expect(Object.keys(RULES).sort()).toEqual([...declared].sort());
    expect(Object.keys(DEFAULTS).filter((name) => !declared.has(name))).toEqual([]);
  });

  it('declare each input that two of them share with one default', () => {
    const defaults = new Map<string, string | undefined>();
    for (const entry of ENTRY_POINTS) {
      for (const [name, input] of Object.entries(entryActionYaml(entry.folder).inputs)) {
        if (!defaults.has(name)) defaults.set(name, input.default);
        expect({ name, default: input.default }).toEqual({ name, default: defaults.get(name) });
      }
    }
  });
});

/** The name each output table is exported under: `Output`, `StudioOutput`, … */
const TABLE_NAMES = Object.entries(outputs)
  .filter(([, value]) => Object.values(outputs.OUTPUTS_OF).includes(value as never))
  .map(([name]) => name);

/**
 * The `<Table>.<Key>` constants a source file uses (`Output.ImageVersionArn`,
 * `StudioOutput.DomainsUpdated`), read from its syntax tree rather than its text, so that this
 * still holds in Stryker's sandbox, where code is wrapped in mutation switches.
 */
function outputKeysUsedIn(source: string): string[] {
  const keys: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      TABLE_NAMES.includes(node.expression.text)
    ) {
      keys.push(`${node.expression.text}.${node.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true));
  return keys;
}

describe('the code', () => {
  it("keeps RULES in ./'s action.yml order, which the list of invalid inputs follows", () => {
    const order = Object.keys(RULES);
    const declared = Object.keys(entryActionYaml('.').inputs).filter((name) =>
      order.includes(name),
    );
    expect(declared).toEqual(order.filter((name) => declared.includes(name)));
  });

  it('sets every output of every entry point through its table, and only the runner calls setOutput', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [file, readFileSync(join(ROOT, 'src', file), 'utf8')] as const);
    const used = new Set(sources.flatMap(([, source]) => outputKeysUsedIn(source)));
    const declared = TABLE_NAMES.flatMap((name) =>
      Object.keys(outputs[name as keyof typeof outputs] as object).map((key) => `${name}.${key}`),
    );
    // `aliases` of ./studio is ./'s own constant, set through either name.
    const unset = declared.filter(
      (key) => !used.has(key) && !(key === 'StudioOutput.Aliases' && used.has('Output.Aliases')),
    );
    expect(TABLE_NAMES.length).toBe(Object.keys(outputs.OUTPUTS_OF).length);
    expect(unset).toEqual([]);
    // Only the runner's edge calls @actions/core's setOutput.
    const settingOutputs = sources.filter(([, source]) => /\bsetOutput\(/.test(source));
    expect(settingOutputs.map(([file]) => file)).toEqual([join('report', 'runner.ts')]);
  });

  it('sends the version of package.json in its user agent', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(ACTION_VERSION).toBe(pkg.version);
  });
});

describe('the examples, and the snippets of the README and docs/*.md', () => {
  const examples = readdirSync(join(ROOT, 'docs', 'examples'))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => [file, readFileSync(join(ROOT, 'docs', 'examples', file), 'utf8')] as const);
  const snippets = allYamlSnippets();
  const workflows = readdirSync(join(ROOT, '.github', 'workflows')).map(
    (file) => [file, readFileSync(join(ROOT, '.github', 'workflows', file), 'utf8')] as const,
  );

  interface Step {
    uses: string;
    id?: string;
    with?: Record<string, unknown>;
  }
  /** Every step of a workflow (or a list of steps) that uses one of this action's entry points. */
  function actionSteps(text: string): Step[] {
    const found: Step[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node !== null && typeof node === 'object') {
        const step = node as Partial<Step>;
        if (typeof step.uses === 'string' && entryOfUses(step.uses) !== undefined)
          found.push(step as Step);
        Object.values(node).forEach(visit);
      }
    };
    visit(parseYaml(text));
    return found;
  }

  it.each([...examples, ...snippets, ...workflows])(
    '%s passes each entry point only its declared inputs, every required one, and reads only its outputs',
    (_name, text) => {
      for (const step of actionSteps(text)) {
        const entry = entryOfUses(step.uses);
        expect({ uses: step.uses, exists: ENTRY_POINTS.includes(entry as never) }).toEqual({
          uses: step.uses,
          exists: true,
        });
        const spec = entryActionYaml(entry?.folder ?? '.');
        const passed = Object.keys(step.with ?? {});
        expect({
          uses: step.uses,
          undeclared: passed.filter((name) => !(name in spec.inputs)),
        }).toEqual({ uses: step.uses, undeclared: [] });
        const required = Object.entries(spec.inputs)
          .filter(([, input]) => input.required === true)
          .map(([name]) => name);
        expect({
          uses: step.uses,
          missing: required.filter((name) => !passed.includes(name)),
        }).toEqual({ uses: step.uses, missing: [] });
        if (step.id !== undefined) {
          const read = [
            ...text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g')),
          ];
          for (const [, output] of read) expect(spec.outputs).toHaveProperty([output ?? '']);
        }
      }
    },
  );

  it('examples use the action', () => {
    expect(
      examples.filter(([, text]) => actionSteps(text).length > 0).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('examples show the full release and retiring', () => {
    const using = (path: string): string[] =>
      examples
        .filter(([, text]) =>
          actionSteps(text).some((step) => entryOfUses(step.uses)?.path === path),
        )
        .map(([file]) => file);
    for (const path of ['./launch-test', './studio', './retire'])
      expect(using(path)).toContain('studio-release.yml');
    expect(using('./retire')).toContain('retire.yml');
  });
});

describe('the CHANGELOG', () => {
  // The one-step action's inputs and outputs before the split (action.yml at cb6adee).
  const ONE_STEP_INPUTS = [
    ...['image-name', 'base-image', 'client-token', 'aws-region', 'aliases', 'vendor-guidance'],
    ...['job-type', 'ml-framework', 'programming-lang', 'processor', 'horovod', 'release-notes'],
    ...['max-attempts', 'http-timeout-seconds', 'wait-for-created', 'wait-timeout-seconds'],
    ...['wait-max-delay-seconds', 'create-image', 'role-arn', 'image-display-name'],
    ...['image-description', 'image-tags', 'skip-if-unchanged', 'move-aliases', 'allow-rollback'],
    ...['dry-run', 'mask-aws-account-id', 'preflight', 'keep-versions', 'retention-action'],
    ...['keep-younger-than', 'studio-domain-ids', 'studio-app-type', 'studio-pin-version'],
    ...['studio-settings-levels', 'app-image-config-name', 'kernel-name', 'kernel-display-name'],
    ...['container-environment', 'container-entrypoint', 'container-arguments'],
    ...['file-system-mount-path', 'file-system-uid', 'file-system-gid'],
    ...['launch-test-user-profile', 'launch-test-domain-id', 'launch-test-instance-type'],
    ...['launch-test-timeout-seconds', 'studio-user-profiles'],
  ];
  const ONE_STEP_OUTPUTS = [
    ...['image-version-arn', 'image-version', 'image-arn', 'client-token', 'image-version-status'],
    ...['container-image', 'created', 'aliases', 'retired-versions', 'app-image-config-arn'],
    ...['studio-domains-updated', 'launch-test-seconds'],
  ];
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const unreleased = changelog.split('\n## [Unreleased]\n')[1]?.split('\n## [')[0] ?? '';
  /** The first cells of the migration table: what the one-step action called them. */
  const migrated = unreleased
    .split('\n')
    .filter((line) => /^\| (`|outputs? )/.test(line))
    .map((line) => line.split('|')[1] ?? '');
  const named = (name: string, cells: string[]): boolean =>
    cells.some((cell) =>
      [...cell.matchAll(/`([\w*-]+)`/g)].some(([, pattern = '']) =>
        new RegExp(`^${pattern.replace(/\*/g, '[\\w-]+')}$`).test(name),
      ),
    );

  it('has a migration table for every input of the one-step action that ./ no longer takes', () => {
    const root = entryActionYaml('.');
    const moved = ONE_STEP_INPUTS.filter((name) => !(name in root.inputs));
    expect(moved.length).toBeGreaterThan(10);
    expect(moved.filter((name) => !named(name, migrated))).toEqual([]);
  });

  it('and for every output ./ no longer sets', () => {
    const root = entryActionYaml('.');
    const moved = ONE_STEP_OUTPUTS.filter((name) => !(name in root.outputs));
    const outputRows = migrated.filter((cell) => /outputs? /.test(cell));
    expect(moved.filter((name) => !named(name, outputRows))).toEqual([]);
  });
});
