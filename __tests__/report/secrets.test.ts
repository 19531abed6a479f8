// Container environment values registered as secrets before any request.
import { describe, expect, it } from '@jest/globals';
import { maskEnvironmentValues } from '../../src/report/secrets.js';

describe('maskEnvironmentValues', () => {
  it('registers every value that is not empty or blank, from a record or from pairs, never a key', () => {
    const masked: string[] = [];
    const report = { mask: (secret: string) => masked.push(secret) };
    maskEnvironmentValues(
      { API_URL: 'https://internal', EMPTY: '', BLANK: ' \t', TOKEN: 's3cr3t' },
      report,
    );
    maskEnvironmentValues([['OTHER', 'value 2']], report);
    expect(masked).toStrictEqual(['https://internal', 's3cr3t', 'value 2']);
  });
});
