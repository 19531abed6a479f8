// Values from inputs or AWS may hold line breaks or `::command::` text; the runner reads workflow
// commands only at the start of a line, so a quoted, escaped, one-line value cannot issue one.

const MAX_QUOTED_LENGTH = 300;

/** A value as a JSON-style quoted string, on one line, with every control character escaped. */
export function quoteForLog(value: string): string {
  const shortened =
    value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
  return JSON.stringify(shortened).replace(
    /[\u007f-\u009f\u2028\u2029]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Text for a log line: line breaks become spaces and a leading `::` is defused. */
export function oneLine(text: string): string {
  return (
    text
      .replace(/[\r\n\u2028\u2029]+/gu, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]/gu, '')
      .replace(/^::/, ': :')
  );
}
