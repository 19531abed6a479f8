// The jest config for `npm run mutate`: the tests that run the bundle (dist/index.js) in a child
// process cannot see a mutant in src/, so they only slow Stryker's runs down.
import base from './jest.config.js';

export default {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '/__tests__/e2e[^/]*\\.test\\.ts$',
    '/__tests__/iam-policy\\.test\\.ts$',
  ],
};
