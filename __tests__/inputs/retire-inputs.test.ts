// `./retire`'s inputs: the image, how many versions to keep, the grace period and the action.
import { describe, expect, it } from '@jest/globals';
import { parseRetireInputs } from '../../src/inputs/retire-inputs.js';
import { DEFAULTS } from '../../src/inputs/rules.js';

const VALID = { 'image-name': 'my.image', 'aws-region': 'us-east-1' };
/** What the runner fills in from action.yml's defaults. */
const RUNNER_DEFAULTS: Record<string, string> = { ...DEFAULTS };

function parse(inputs: Record<string, string>) {
  return parseRetireInputs((name) => ({ ...RUNNER_DEFAULTS, ...inputs })[name] ?? '', {});
}
function problemsOf(inputs: Record<string, string>): readonly string[] {
  const result = parse(inputs);
  return result.ok ? [] : result.problems;
}

describe('./retire inputs', () => {
  it('require the image and keep-versions, named at once', () => {
    expect(problemsOf({ 'aws-region': 'us-east-1' })).toStrictEqual([
      'Input `image-name` is required and was empty.',
      'Input `keep-versions` is required and was empty.',
    ]);
  });

  it('read the image, the region and the session defaults', () => {
    const result = parse({ ...VALID, 'keep-versions': '3' });
    expect(result.ok && result.inputs).toMatchObject({
      imageName: 'my.image',
      region: 'us-east-1',
    });
  });

  it.each([
    [
      { 'keep-versions': '10' },
      { keepVersions: 10, keepYoungerThan: '24h', keepYoungerThanMs: 86_400_000, action: 'delete' },
    ],
    [
      { 'keep-versions': '1', 'retention-action': 'ARCHIVE', 'keep-younger-than': '1h' },
      { keepVersions: 1, keepYoungerThan: '1h', keepYoungerThanMs: 3_600_000, action: 'archive' },
    ],
    [
      { 'keep-versions': '1000', 'retention-action': 'Delete', 'keep-younger-than': '7d' },
      {
        keepVersions: 1000,
        keepYoungerThan: '7d',
        keepYoungerThanMs: 7 * 86_400_000,
        action: 'delete',
      },
    ],
    [
      { 'keep-versions': '3', 'keep-younger-than': '3650d' },
      {
        keepVersions: 3,
        keepYoungerThan: '3650d',
        keepYoungerThanMs: 3650 * 86_400_000,
        action: 'delete',
      },
    ],
  ])('reads %j', (inputs, expected) => {
    const result = parse({ ...VALID, ...inputs });
    expect(result.ok && result.inputs.retention).toEqual(expected);
  });

  it.each([
    [{ 'keep-versions': '0' }, 'Input `keep-versions` must be a whole number from 1 to 1000: "0".'],
    [
      { 'keep-versions': '1001' },
      'Input `keep-versions` must be a whole number from 1 to 1000: "1001".',
    ],
    [
      { 'keep-versions': 'ten' },
      'Input `keep-versions` must be a whole number from 1 to 1000: "ten".',
    ],
    [
      { 'keep-versions': '3', 'retention-action': 'purge' },
      'Input `retention-action` must be one of delete, archive (any case): "purge".',
    ],
    ...['0h', '59m', '1.5d', '3651d', '24', 'd', '1w', '-1h'].map(
      (value): [Record<string, string>, string] => [
        { 'keep-versions': '3', 'keep-younger-than': value },
        `Input \`keep-younger-than\` must be a number of hours or days such as \`36h\` or \`7d\` (any case), from \`1h\` to \`3650d\`: ${JSON.stringify(value)}.`,
      ],
    ),
  ])('rejects %j', (inputs, problem) => {
    expect(problemsOf({ ...VALID, ...inputs })).toEqual([problem]);
  });
});

describe('./retire inputs: ecr-check', () => {
  it('is warn by default', () => {
    const result = parse({ ...VALID, 'keep-versions': '3' });
    expect(result.ok && result.inputs.ecrCheck).toBe('warn');
  });

  it.each([
    ['strict', 'strict'],
    ['Off', 'off'],
    ['WARN', 'warn'],
  ])('reads %s as %s', (value, expected) => {
    const result = parse({ ...VALID, 'keep-versions': '3', 'ecr-check': value });
    expect(result.ok && result.inputs.ecrCheck).toBe(expected);
  });

  it('names the input when its value is not a mode, with the other problems', () => {
    expect(problemsOf({ ...VALID, 'keep-versions': '0', 'ecr-check': 'fail' })).toEqual([
      'Input `keep-versions` must be a whole number from 1 to 1000: "0".',
      'Input `ecr-check` must be one of warn, strict, off (any case): "fail".',
    ]);
  });
});
