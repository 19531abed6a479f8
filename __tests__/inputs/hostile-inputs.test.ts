// A corpus of hostile values over every input (__fixtures__/hostile-corpus.ts). Each is rejected by the
// parser before any request, with a message naming the input and no raw line break or NUL in it.
// e2e/hostile-inputs runs one value of each category through the committed bundle.
import { describe, expect, it } from '@jest/globals';
import { parseInputs } from '../../src/inputs/inputs.js';
import { ROWS, inputsFor } from '../../__fixtures__/hostile-corpus.ts';

describe('the hostile corpus', () => {
  it('has at least 150 values and covers every input', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
    const covered = new Set(ROWS.map(([input]) => input));
    expect(covered.size).toBe(26);
  });

  it.each(ROWS)('the parser rejects %s (%s): %j', (input, _category, value) => {
    // The runner and core.getInput trim values; do the same.
    const result = parseInputs((name) => (inputsFor(input, value)[name] ?? '').trim(), {});
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toContain(`\`${input}\``);
      // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
      expect(problem).not.toMatch(/[\r\n\u0000\u2028]/);
    }
  });
});
