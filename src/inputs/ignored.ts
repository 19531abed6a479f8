// Inputs that do nothing in a combination: each gets a warning instead of being ignored without a
// word. One table per entry point; a row names the input, when it counts as set, and why it is
// ignored. Pure.
import type { InputReader } from './reader.js';
import { isTrue } from './reader.js';

export interface IgnoredWhen {
  /** The input that would be ignored. */
  readonly input: string;
  /** Whether the user set it to something that would matter (a default never counts). */
  readonly isSet: (raw: InputReader) => boolean;
  /** Whether the combination ignores it. */
  readonly ignored: (raw: InputReader) => boolean;
  /** Why, in words: "… is empty". */
  readonly because: string;
}

const noAliases = (raw: InputReader): boolean => raw('aliases').replace(/[\s,]/g, '') === '';

/** `./`'s pairs. */
export const REGISTER_IGNORED: readonly IgnoredWhen[] = [
  {
    input: 'move-aliases',
    isSet: (raw) => isTrue(raw('move-aliases')),
    ignored: noAliases,
    because: 'it moves the aliases of `aliases`, which is empty',
  },
  {
    input: 'allow-rollback',
    isSet: (raw) => isTrue(raw('allow-rollback')),
    ignored: noAliases,
    because: 'it lets the aliases of `aliases` move to an older version, and `aliases` is empty',
  },
];

/** One warning per input the combination ignores. */
export function ignoredInputWarnings(raw: InputReader, table: readonly IgnoredWhen[]): string[] {
  return table
    .filter(({ isSet, ignored }) => isSet(raw) && ignored(raw))
    .map(({ input, because }) => `Input \`${input}\` is ignored: ${because}.`);
}
