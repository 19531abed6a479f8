// One rule for case: every enumeration and every duration is accepted in any case (`Warn`, `24H`),
// as `TRUE` is; and a combination that ignores an input says so.
import { describe, expect, it } from '@jest/globals';
import { RULES, durationMs } from '../../src/inputs/rules.js';
import { REGISTER_IGNORED, ignoredInputWarnings } from '../../src/inputs/ignored.js';

const flipCase = (value: string): string =>
  [...value].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');

describe('the case rule', () => {
  const enumerations = Object.entries(RULES).filter(([, { rule }]) => rule.startsWith('one of '));
  const durations = Object.entries(RULES).filter(([, { rule }]) => rule.includes('hours or days'));

  it('finds the enumerations and durations it checks', () => {
    expect(enumerations.length).toBeGreaterThanOrEqual(5);
    expect(durations.map(([name]) => name)).toContain('keep-younger-than');
  });

  it.each(enumerations)('%s: every value in any case, and the rule says so', (_name, rule) => {
    expect(rule.rule).toMatch(/\(any case\)/);
    const values = /^one of (.*) \(any case\)/.exec(rule.rule)?.[1]?.split(', ') ?? [];
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) {
      for (const spelled of [value.toLowerCase(), value.toUpperCase(), flipCase(value)])
        expect(rule.check(spelled)).toBeUndefined();
    }
  });

  it.each(durations)('%s: `24H` and `7D` like `24h` and `7d`, and the rule says so', (_n, rule) => {
    expect(rule.rule).toMatch(/\(any case\)/);
    for (const value of ['24h', '24H', '7d', '7D']) expect(rule.check(value)).toBeUndefined();
    expect(durationMs('24H')).toBe(durationMs('24h'));
    expect(durationMs('7D')).toBe(7 * 24 * 3_600_000);
  });
});

describe('inputs a combination ignores', () => {
  const reader =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? '';

  it('warns about move-aliases and allow-rollback without aliases', () => {
    expect(
      ignoredInputWarnings(
        reader({ 'move-aliases': 'true', 'allow-rollback': 'TRUE', aliases: ' , ' }),
        REGISTER_IGNORED,
      ),
    ).toStrictEqual([
      'Input `move-aliases` is ignored: it moves the aliases of `aliases`, which is empty.',
      'Input `allow-rollback` is ignored: it lets the aliases of `aliases` move to an older version, and `aliases` is empty.',
    ]);
  });

  it('says nothing when they are off (their defaults), or when there are aliases', () => {
    expect(
      ignoredInputWarnings(
        reader({ 'move-aliases': 'false', 'allow-rollback': 'false' }),
        REGISTER_IGNORED,
      ),
    ).toStrictEqual([]);
    expect(
      ignoredInputWarnings(
        reader({ 'move-aliases': 'true', 'allow-rollback': 'true', aliases: 'dev' }),
        REGISTER_IGNORED,
      ),
    ).toStrictEqual([]);
  });
});
