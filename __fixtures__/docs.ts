// The user's manual as the contract tests read it: the README and the pages under docs/, their
// YAML snippets, their relative links and the anchors their headings make on GitHub.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-action.ts';

export interface MarkdownFile {
  /** The path from the repository's root, such as `docs/iam.md`. */
  readonly path: string;
  readonly text: string;
}

/** README.md, then every `docs/*.md` (not the examples, which are workflows). */
export function markdownFiles(): MarkdownFile[] {
  const pages = readdirSync(join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => `docs/${file}`);
  return ['README.md', ...pages].map((path) => ({
    path,
    text: readFileSync(join(ROOT, path), 'utf8'),
  }));
}

/** A page under docs/ by its name, such as `iam.md`; a missing page reads as empty. */
export function docsPage(name: string): string {
  const path = join(ROOT, 'docs', name);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** The ```yaml blocks of a Markdown text, in order. */
export function yamlSnippets(text: string): string[] {
  return [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
}

/** Every ```yaml block of the README and docs/*.md, named `<path> snippet <n>`. */
export function allYamlSnippets(): (readonly [string, string])[] {
  return markdownFiles().flatMap(({ path, text }) =>
    yamlSnippets(text).map((snippet, i) => [`${path} snippet ${i + 1}`, snippet] as const),
  );
}

/** The text outside fenced code blocks and inline code spans: where links and headings are. */
export function prose(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1$/gm, '').replace(/`[^`\n]*`/g, '``');
}

/**
 * The anchors GitHub gives a Markdown text's headings: the heading's text as rendered (code
 * spans and links reduced to their text), lower-cased, with punctuation other than `-` and `_`
 * dropped and spaces made `-`; a repeated anchor gets `-1`, `-2`, … as on GitHub.
 */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const withoutCode = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1$/gm, '');
  for (const [, heading = ''] of withoutCode.matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const rendered = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*]/g, '')
      .trim();
    const slug = rendered
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let anchor = slug;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${slug}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

/** The targets of a Markdown text's inline links, outside code. */
export function linkTargets(text: string): string[] {
  return [...prose(text).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? '');
}
