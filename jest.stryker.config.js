// The jest config for `npm run mutate`. Tests that run the bundle (dist/index.js) in a child
// process cannot see a mutant in src/, and Stryker runs every test of a file for each of its
// static mutants (module-level code), so they would only make the run slower and flakier: the
// suites under __tests__/e2e/ stay out. src/ is a root too, so that jest's --findRelatedTests
// (which Stryker uses) can follow imports from a test through src/main.ts to the mutated module.
import base from './jest.config.js';

export default {
  ...base,
  roots: ['<rootDir>/__tests__', '<rootDir>/src'],
  // The probes' local-endpoint and comparison suites reach no module of src/ either.
  testPathIgnorePatterns: [
    '/node_modules/',
    '/__tests__/e2e/',
    '/__tests__/probes/local-endpoint\\.test\\.ts$',
    '/__tests__/probes/compare\\.test\\.ts$',
  ],
  // A mutant that leaves a promise unsettled (a wait that never ends) fails its test after 5 s,
  // as a kill, instead of running into Stryker's own timeout (net time × 1.5 + 5 s + the dry run's
  // overhead, ~20 s here) and a restart of the test runner. src/launch-test/signals.ts: 21 mutants
  // in 3 min 33 s that way (15 killed, 6 timeouts), in 1 min 51 s this way (21 killed).
  testTimeout: 5000,
};
