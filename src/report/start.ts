// How src/index.ts starts an entry point, so that nothing ends as an unhandled rejection (which the
// runner shows as a crash, with no annotation and a raw stack): the entry's chunk failing to load
// (dist/ incomplete or mixed from two versions), and anything the entry's run lets escape (its own
// catch fails the step once, but a throw from its summary writer, say, comes after that catch).
// Either becomes the step's one failure; after a failure the entry already reported, a warning.
import type { Reporter } from './runner.js';

/** Starts the entry point `name`; `start` loads its chunk and runs it (undefined: not bundled). */
export async function startEntry(
  name: string,
  start: (() => Promise<void>) | undefined,
  report: Pick<Reporter, 'fail' | 'warning' | 'debug'>,
  alreadyFailed: () => boolean = () => process.exitCode === 1,
): Promise<void> {
  if (start === undefined) {
    report.fail(
      `This action's bundle has no entry point "${name}": dist/ is incomplete or from another ` +
        'version of the action. Use a release tag or a full commit SHA of the action.',
    );
    return;
  }
  try {
    await start();
  } catch (error) {
    if (error instanceof Error && error.stack !== undefined) report.debug(error.stack);
    report[alreadyFailed() ? 'warning' : 'fail'](unexpectedMessage(name, error, alreadyFailed()));
  }
}

/** What a load failure or an escaped error says: the cause, and what to do. Pure. */
export function unexpectedMessage(name: string, error: unknown, afterFailure: boolean): string {
  const cause = error instanceof Error ? error.message : String(error);
  if (isLoadFailure(error)) {
    return (
      `The action could not load its code for "${name}" (${cause}): dist/ is incomplete or ` +
      'from another version of the action. Re-run; if it fails again, use a release tag or a ' +
      'full commit SHA of the action.'
    );
  }
  return afterFailure
    ? `After the failure above, the action also stopped on an unexpected error: ${cause}.`
    : `The action stopped on an unexpected error: ${cause}. This is a bug of the action: please ` +
        'report it with the step debug log (re-run with debug logging).';
}

/** A chunk that could not be found or read (Node's codes for a module that fails to load). */
function isLoadFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'MODULE_NOT_FOUND' ||
    code === 'ERR_MODULE_NOT_FOUND' ||
    (error instanceof Error && /^(?:Cannot find module|Loading chunk)/.test(error.message))
  );
}
