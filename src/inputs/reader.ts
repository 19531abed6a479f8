// Reading inputs against their rules. Each read returns the value when it meets its rule (from
// rules.ts) and otherwise records the problem, so that parseInputs lists every problem at once.
import { quoteForLog } from '../common/log-safe.js';
import { DEFAULTS, RULES, TRUE_WORDS, type Rule, type RuleName } from './rules.js';

/** Reads one input by its action.yml name, trimmed, '' when unset (core.getInput's contract). */
export type InputReader = (name: string) => string;

export interface CheckedInputs {
  /** The raw input, trimmed, '' when unset. */
  readonly raw: InputReader;
  /** What is wrong so far, one sentence each. */
  readonly problems: string[];
  /** `value` when it meets the rule; otherwise records the problem and returns undefined. */
  checked(name: RuleName, value: string, rule?: Rule): string | undefined;
  /** An input that must be set and valid ('' when it is not, with the problem recorded). */
  required(name: RuleName): string;
  /** An input read and checked; undefined when empty or invalid. */
  optional(name: RuleName): string | undefined;
  /** An input read and checked, its default when empty or invalid. */
  withDefault(name: keyof typeof DEFAULTS): string;
  integer(name: keyof typeof DEFAULTS): number;
  /** A boolean input, its default when empty. */
  flag(name: keyof typeof DEFAULTS): boolean;
  /** An enumeration the API spells in upper case, accepted in any case. */
  upperCase<T extends string>(name: RuleName): T | undefined;
  /** Free text that must be one line; a line break gets its own message. */
  oneLineText(name: RuleName): string | undefined;
  /** A list split on newlines and commas, each item checked. */
  list(name: RuleName): string[];
  /** The non-blank lines of an input, split on `separators`, each trimmed and checked. */
  checkedLines(name: RuleName, separators?: RegExp): string[];
}

export function isTrue(value: string): boolean {
  return (TRUE_WORDS as readonly string[]).includes(value);
}

/**
 * Problems in the order of `names` (an action.yml's inputs, which RULES follows): each by the input
 * it starts with (``Input `name` …``); a problem that starts with none goes last. Stable. Pure.
 */
export function inInputOrder(problems: readonly string[], names: readonly string[]): string[] {
  const rank = (problem: string): number => {
    const named = /^Input `([a-z0-9-]+)`/.exec(problem)?.[1];
    const index = named === undefined ? -1 : names.indexOf(named);
    return index < 0 ? names.length : index;
  };
  return problems
    .map((problem, at) => ({ problem, at, rank: rank(problem) }))
    .sort((a, b) => a.rank - b.rank || a.at - b.at)
    .map(({ problem }) => problem);
}

/** Splits a list input on newlines and commas, dropping blanks. */
export function readList(value: string): string[] {
  return splitLines(value, /[\n,]/);
}

/** Splits on `separators`, trims, and drops blanks. */
export function splitLines(value: string, separators: RegExp): string[] {
  return value
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function checkedInputs(raw: InputReader): CheckedInputs {
  const problems: string[] = [];
  const checked = (name: RuleName, value: string, rule: Rule = RULES[name]): string | undefined => {
    if (value === '') return undefined;
    const problem = rule.check(value);
    if (problem === undefined) return value;
    problems.push(`Input \`${name}\` ${problem}: ${quoteForLog(value)}.`);
    return undefined;
  };
  const withDefault = (name: keyof typeof DEFAULTS): string =>
    checked(name, raw(name) || DEFAULTS[name]) ?? DEFAULTS[name];
  const optional = (name: RuleName): string | undefined => checked(name, raw(name));
  const checkedLines = (name: RuleName, separators = /\n/): string[] =>
    splitLines(raw(name), separators)
      .map((line) => checked(name, line))
      .filter((line): line is string => line !== undefined);
  return {
    raw,
    problems,
    checked,
    optional,
    withDefault,
    checkedLines,
    required(name) {
      const value = raw(name);
      if (value === '') problems.push(`Input \`${name}\` is required and was empty.`);
      return checked(name, value) ?? '';
    },
    integer: (name) => Number(withDefault(name)),
    flag: (name) => isTrue(withDefault(name)),
    upperCase: <T extends string>(name: RuleName) => optional(name)?.toUpperCase() as T | undefined,
    oneLineText(name) {
      const value = raw(name);
      const lines = value.split(/\r\n|\r|\n/).length;
      if (lines === 1) return checked(name, value);
      problems.push(
        `Input \`${name}\` must be one line (got ${lines} lines): a commit message usually has ` +
          'several, so pass its first line (see "Release notes from a commit" in the README).',
      );
      return undefined;
    },
    list: (name) => checkedLines(name, /[\n,]/),
  };
}
