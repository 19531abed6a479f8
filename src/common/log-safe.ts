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

const PRESIGNED_URL =
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*[?&](?:X-Amz-(?:Signature|Credential|Security-Token)|Signature|AWSAccessKeyId)=[^\s"'<>]*/gi;

/**
 * Text with every pre-signed URL (an S3 download link, ECR's `downloadUrl`) replaced: such a URL
 * is a credential until it expires, and logs outlive it.
 */
export function withoutPresignedUrls(text: string): string {
  return text
    .replace(/("downloadUrl"\s*:\s*)"(?:[^"\\]|\\.)*"/g, '$1"(pre-signed URL, not logged)"')
    .replace(PRESIGNED_URL, '(pre-signed URL, not logged)');
}

/** Every 12-digit AWS account id in `text` (in ARNs, ECR hosts, anywhere) as `***`. Pure. */
export function withoutAccountIds(text: string): string {
  return text.replace(/(?<![0-9])[0-9]{12}(?![0-9])/g, '***');
}
