// The action's entry points: one action.yml each, one bundle for all. The runner starts
// dist/index.js for `./` and dist/<path>.js for the others; scripts/build.js writes those as
// one-line scripts that load dist/index.js, so the script the runner started names the entry point.

/** Each entry point by the script that starts it, relative to dist/. */
export const ENTRY_SCRIPTS = {
  register: 'index.js',
  'launch-test': 'launch-test/index.js',
  'launch-test post': 'launch-test/post.js',
  studio: 'studio/index.js',
  retire: 'retire/index.js',
  compare: 'compare/index.js',
} as const;

export type EntryPoint = keyof typeof ENTRY_SCRIPTS;

/**
 * The entry point a script path starts: the folder above the script and its name, matched against
 * ENTRY_SCRIPTS; any other script (dist/index.js itself, a copy under another name) is `./`.
 */
export function entryPointOf(scriptPath: string | undefined): EntryPoint {
  // Stryker disable next-line StringLiteral: any text that names no entry script is `./`, as '' is
  const parts = (scriptPath ?? '').split(/[\\/]/);
  const tail = parts.slice(-2).join('/');
  const found = (Object.keys(ENTRY_SCRIPTS) as EntryPoint[]).find(
    (entry) => ENTRY_SCRIPTS[entry] === tail,
  );
  return found ?? 'register';
}
