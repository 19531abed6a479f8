// The action's entry point: runners execute the bundle of this file, dist/index.js. With step
// debug logging on (the only time a stack trace is printed), traces point into src/ through the
// source maps beside the bundle; the flow is loaded after that switch, so its chunks are mapped.
if (process.env.RUNNER_DEBUG === '1') process.setSourceMapsEnabled(true);
void import('./register/main.js').then(({ run }) => run());
