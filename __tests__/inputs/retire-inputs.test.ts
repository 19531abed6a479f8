import { describe, expect, it } from '@jest/globals';
import { parseRetireInputs } from '../../src/inputs/retire-inputs.js';

const VALID = { 'image-name': 'my.image', 'keep-versions': '3', 'aws-region': 'us-east-1' };
/** What the runner fills in from retire/action.yml's defaults. */
const RUNNER_DEFAULTS: Record<string, string> = {
  'keep-younger-than': '24h',
  'retention-action': 'delete',
  'ecr-check': 'warn',
  'dry-run': 'false',
  'mask-aws-account-id': 'false',
};

function parse(inputs: Record<string, string>) {
  return parseRetireInputs((name) => ({ ...RUNNER_DEFAULTS, ...inputs })[name] ?? '', {});
}

describe('parseRetireInputs: ecr-check', () => {
  it('is warn by default', () => {
    const result = parse(VALID);
    expect(result.ok && result.inputs.ecrCheck).toBe('warn');
  });

  it.each([
    ['strict', 'strict'],
    ['Off', 'off'],
    ['WARN', 'warn'],
  ])('reads %s as %s', (value, expected) => {
    const result = parse({ ...VALID, 'ecr-check': value });
    expect(result.ok && result.inputs.ecrCheck).toBe(expected);
  });

  it('names the input when its value is not a mode, with the other problems', () => {
    const result = parse({ ...VALID, 'ecr-check': 'fail', 'keep-versions': '0' });
    expect(result.ok ? [] : result.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('`ecr-check` must be one of warn, strict, off'),
        expect.stringContaining('`keep-versions`'),
      ]),
    );
  });
});
