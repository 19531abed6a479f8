import { describe, expect, it } from '@jest/globals';
import { oneLine, quoteForLog, withoutPresignedUrls } from '../../src/common/log-safe.js';

describe('quoteForLog', () => {
  it.each([
    ['plain', '"plain"'],
    ['a\nb', '"a\\nb"'],
    ['a\r\n::set-output name=x::y', '"a\\r\\n::set-output name=x::y"'],
    ['tab\there', '"tab\\there"'],
    ['nel\u0085x', '"nel\\u0085x"'],
    ['ls\u2028x', '"ls\\u2028x"'],
  ])('quotes %j as %s', (value, expected) => {
    expect(quoteForLog(value)).toBe(expected);
  });

  it('shortens very long values', () => {
    expect(quoteForLog('x'.repeat(1000))).toHaveLength(300 + 3);
  });
});

describe('oneLine', () => {
  it('joins lines and defuses a leading workflow command', () => {
    expect(oneLine('::error::x\n::add-mask::y')).toBe(': :error::x ::add-mask::y');
  });
});

describe('log-safe text, every character class', () => {
  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC (terminal colours)', '\u001b'],
    ['unit separator', '\u001f'],
    ['DEL', '\u007f'],
    ['NEL', '\u0085'],
    ['the last C1 character', '\u009f'],
  ])('oneLine removes %s', (_label, char) => {
    expect(oneLine(`a${char}b${char}`)).toBe('ab');
  });

  it.each([
    ['\r\n', 'a\r\nb'],
    ['a lone CR', 'a\rb'],
    ['a line separator', 'a\u2028b'],
    ['a paragraph separator', 'a\u2029b'],
    ['several breaks in a row', 'a\n\n\r\nb'],
  ])('oneLine turns %s into one space', (_label, text) => {
    expect(oneLine(text)).toBe('a b');
  });

  it('oneLine defuses a workflow command only at the start, and keeps the rest', () => {
    expect(oneLine('::warning::x')).toBe(': :warning::x');
    expect(oneLine('a ::warning::x')).toBe('a ::warning::x');
    expect(oneLine('\n::warning::x')).toBe(' ::warning::x');
    expect(oneLine('ünïcode ✓ tab\tgone')).toBe('ünïcode ✓ tabgone');
  });

  it('quoteForLog escapes C1 characters, DEL and separators as \\u escapes, and keeps other text', () => {
    expect(quoteForLog('a\u007fb\u009fc\u2029d')).toBe('"a\\u007fb\\u009fc\\u2029d"');
    expect(quoteForLog('ünïcode ✓')).toBe('"ünïcode ✓"');
  });

  it('quoteForLog keeps values of up to 300 characters whole', () => {
    expect(quoteForLog('x'.repeat(300))).toBe(`"${'x'.repeat(300)}"`);
    expect(quoteForLog('x'.repeat(301))).toBe(`"${'x'.repeat(300)}…"`);
  });
});

describe('withoutPresignedUrls', () => {
  const URL_ =
    'https://prod-us-east-1-starport-layer-bucket.s3.us-east-1.amazonaws.com/a/b?X-Amz-Security-Token=tok&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA%2F1&X-Amz-Signature=abc';

  it.each([
    ['an S3 pre-signed URL', `get ${URL_} now`, 'get (pre-signed URL, not logged) now'],
    [
      "ECR's downloadUrl in the SDK's log of a call",
      `{"output":{"downloadUrl":"http://127.0.0.1:1/x?y=1","layerDigest":"sha256:a"}}`,
      '{"output":{"downloadUrl":"(pre-signed URL, not logged)","layerDigest":"sha256:a"}}',
    ],
    [
      'a query-string signature of the older kind',
      'https://b.s3.amazonaws.com/k?AWSAccessKeyId=AKID&Expires=1&Signature=x%2B',
      '(pre-signed URL, not logged)',
    ],
  ])('hides %s', (_label, text, expected) => {
    expect(withoutPresignedUrls(text)).toBe(expected);
  });

  it('keeps URLs that sign nothing, and other text', () => {
    const text = 'https://api.ecr.us-east-1.amazonaws.com/ and ?X-Amz-Target=1 and "url":"x"';
    expect(withoutPresignedUrls(text)).toBe(text);
  });
});
