// The `vulnerability-ignore` file: a YAML list of findings to ignore for a while. Pure.
//
//   # Findings we ship knowingly, each until a date.
//   - id: CVE-2024-6345
//     until: 2026-12-31
//     reason: setuptools in the base image; no fixed build of it for Python 3.11 yet
//
// A mapping with one key `ignore:` holding that list is read the same. Only this shape is read
// (block list, plain or quoted scalars, `#` comments): a file outside it fails with the line, so a
// typo can never quietly ignore nothing. Every entry needs all three keys, and a real date.
import type { IgnoreEntry } from './vulnerabilities.js';

export type IgnoreFileReading =
  | { readonly ok: true; readonly entries: readonly IgnoreEntry[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const KEYS = ['id', 'until', 'reason'] as const;

/** A plain or quoted scalar's value. */
function scalar(text: string): string {
  const value = text.trim();
  const double = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(value);
  if (double !== null) return (double[1] ?? '').replace(/\\(.)/g, '$1');
  const single = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(value);
  if (single !== null) return (single[1] ?? '').replace(/''/g, "'");
  return value.replace(/\s+#.*$/, '');
}

/** Whether `YYYY-MM-DD` is a real day. */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export function readIgnoreFile(text: string, file: string): IgnoreFileReading {
  const problems: string[] = [];
  const drafts: { line: number; fields: Record<string, string> }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/^\s*#.*$/, '');
    if (content.trim() === '' || /^ignore:\s*(?:#.*)?$/.test(content.trim())) return;
    const match = /^\s*(-\s+)?([A-Za-z_]+):\s*(.*)$/.exec(content);
    if (match === null) {
      problems.push(
        `${file}:${line}: expected \`- id: …\` or \`until: …\`/\`reason: …\` under it.`,
      );
      return;
    }
    const [, dash, key = '', value = ''] = match;
    if (dash !== undefined) drafts.push({ line, fields: {} });
    const draft = drafts.at(-1);
    if (draft === undefined || !(KEYS as readonly string[]).includes(key)) {
      problems.push(
        `${file}:${line}: unexpected \`${key}\` (an entry has \`id\`, \`until\` and \`reason\`).`,
      );
      return;
    }
    draft.fields[key] = scalar(value);
  });
  const entries = drafts.flatMap(({ line, fields }) => {
    const missing = KEYS.filter((key) => !fields[key]);
    if (missing.length > 0) {
      problems.push(
        `${file}:${line}: the entry has no ${missing.map((key) => `\`${key}\``).join(', ')}.`,
      );
      return [];
    }
    const entry = { id: fields.id ?? '', until: fields.until ?? '', reason: fields.reason ?? '' };
    if (!isDate(entry.until)) {
      problems.push(
        `${file}:${line}: \`until\` must be a date \`YYYY-MM-DD\` (got "${entry.until}").`,
      );
      return [];
    }
    return [entry];
  });
  return problems.length === 0 ? { ok: true, entries } : { ok: false, problems };
}
