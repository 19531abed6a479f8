import { describe, expect, it } from '@jest/globals';
import { oneLine, quoteForLog } from '../../src/common/log-safe.js';

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
