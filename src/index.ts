// The bundle's one entry: it picks the entry point from the script the runner started (see
// src/common/entry-points.ts) and loads only that one. With step debug logging on (the only time a
// stack trace is printed), traces point into src/ through the source maps beside the bundle; the
// entry point is loaded after that switch, so its chunks are mapped. startEntry turns a chunk that
// fails to load, or an error the entry lets escape, into a failed step (never an unhandled rejection).
import { entryPointOf, type EntryPoint } from './common/entry-points.js';
import { runnerReporter } from './report/runner.js';
import { startEntry } from './report/start.js';

if (process.env.RUNNER_DEBUG === '1') process.setSourceMapsEnabled(true);

const START: Partial<Record<EntryPoint, () => Promise<void>>> = {
  register: async () => (await import('./register/main.js')).run(),
  'launch-test': async () => (await import('./launch-test/main.js')).run(),
  'launch-test post': async () => (await import('./launch-test/post.js')).runPost(),
  studio: async () => (await import('./studio/main.js')).run(),
  retire: async () => (await import('./retire/main.js')).run(),
  compare: async () => (await import('./compare/main.js')).run(),
};

const entry = entryPointOf(process.argv[1]);
void startEntry(entry, START[entry], runnerReporter);
