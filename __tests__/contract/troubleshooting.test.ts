// docs/troubleshooting.md has an entry for every message of src/ a user acts on (issue 27: "lists
// every new message"). The messages are listed by key phrase in user-messages.ts, which says why
// the list is written by hand; this test holds the list to src/ (each key is in its file, and every
// message written where it is raised is listed) and the page to the list (an entry per key).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { NOT_USER_MESSAGES, USER_MESSAGES, type UserMessage } from './user-messages.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** A source file as its messages read: string pieces joined (`'a ' +⏎ 'b'` → `a b`), \` as `. */
function asMessages(text: string): string {
  return text
    .replace(/(['"`])\s*\+\s*\n\s*(['"`])/g, '')
    .replace(/\\`/g, '`')
    .replace(/\s+/g, ' ');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const sources = new Map(
  sourceFiles(SRC).map((path) => [relative(SRC, path), readFileSync(path, 'utf8')] as const),
);

/** The page's entries (paragraphs and list items), as plain words: no backticks, no bold. */
const entries = readFileSync(join(ROOT, 'docs', 'troubleshooting.md'), 'utf8')
  .split(/\n\s*\n|\n(?=\s*- )/)
  .map((entry) => plain(entry));

function plain(text: string): string {
  return text.replace(/`|\*\*/g, '').replace(/\s+/g, ' ');
}

/** The words of a key around its placeholders (`${…}`): what the page must say, in order. */
function fragments(key: string): string[] {
  return plain(key)
    .split(/\$\{[^}]*\}+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function inOrder(entry: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = entry.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** The first argument of every call that raises or shows a message, where written as a literal. */
function literalMessages(text: string): string[] {
  const calls =
    /(?:new (?:ActionError|[A-Z]\w*Failure|[A-Z]\w*Cancelled)|\.warning|\.notice|\.fail|\bwarn)\(\s*(?=['"`])/g;
  return [...text.matchAll(calls)].map((call) => {
    const start = call.index + call[0].length;
    return text.slice(start, argumentEnd(text, start));
  });
}

/** Where the argument that starts at `start` ends: the call's `)` or the next `,` at its depth. */
function argumentEnd(text: string, start: number): number {
  const open: string[] = [];
  for (let at = start; at < text.length; at++) {
    const c = text[at] as string;
    const top = open.at(-1);
    if (top === '`' || top === "'" || top === '"') {
      if (c === '\\') at++;
      else if (c === top) open.pop();
      else if (top === '`' && c === '$' && text[at + 1] === '{') {
        open.push('}');
        at++;
      }
    } else if (c === '`' || c === "'" || c === '"') open.push(c);
    else if (c === '(' || c === '{' || c === '[')
      open.push(c === '(' ? ')' : c === '{' ? '}' : ']');
    else if (open.length === 0 && (c === ')' || c === ',')) return at;
    else if (c === ')' || c === '}' || c === ']') open.pop();
  }
  return text.length;
}

const label = (message: UserMessage): string => `${message.file}: ${message.key}`;

describe('the messages users act on', () => {
  it('are listed once each, by a key of words', () => {
    const keys = USER_MESSAGES.map(label);
    expect(new Set(keys).size).toBe(keys.length);
    for (const message of USER_MESSAGES)
      expect(fragments(message.key).join('').length).toBeGreaterThan(8);
  });

  it.each(USER_MESSAGES.map((message) => [label(message), message] as const))(
    'each key is in its source file: %s',
    (_label, message) => {
      const source = sources.get(message.file);
      expect(source).toBeDefined();
      expect(asMessages(source ?? '')).toContain(message.key);
    },
  );

  it.each(USER_MESSAGES.map((message) => [label(message), message] as const))(
    'docs/troubleshooting.md has an entry for: %s',
    (_label, message) => {
      const parts = fragments(message.key);
      expect(entries.filter((entry) => inOrder(entry, parts))).not.toStrictEqual([]);
    },
  );

  it('every message written where it is raised (ActionError and its kinds, warning, notice, fail) is listed', () => {
    const listed = [...USER_MESSAGES, ...NOT_USER_MESSAGES];
    const unlisted = [...sources].flatMap(([file, text]) =>
      literalMessages(text)
        .filter((message) => {
          const words = asMessages(message);
          return !listed.some((known) => known.file === file && words.includes(known.key));
        })
        .map((message) => `${file}: ${asMessages(message).slice(0, 100)}`),
    );
    expect(unlisted).toStrictEqual([]);
  });

  it('the exceptions are real call sites, each with its reason', () => {
    for (const exception of NOT_USER_MESSAGES) {
      expect(asMessages(sources.get(exception.file) ?? '')).toContain(exception.key);
      expect(exception.why.length).toBeGreaterThan(20);
    }
  });
});
