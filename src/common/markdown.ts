// Markdown for the step summary. Pure.

/** Escapes text for a Markdown table cell: no HTML, no pipes, no line breaks. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/[\r\n]+/g, ' ');
}

/** A collapsed block of preformatted text (JSON, say), escaped for HTML. */
export function details(title: string, blocks: readonly string[]): string[] {
  const escaped = blocks.map((block) =>
    block.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
  return [
    `<details><summary>${title}</summary>`,
    '',
    ...escaped.map((b) => `<pre>${b}</pre>`),
    '',
    '</details>',
    '',
  ];
}
