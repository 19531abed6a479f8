// ts-jest in ESM mode; run through `npm test`, which sets --experimental-vm-modules.
// `npm run test:unit` runs every suite but __tests__/e2e/ (those run the bundle, dist/index.js);
// `npm run test:e2e` builds the bundle first, then runs them.
import { availableParallelism } from 'node:os';

export default {
  // Jest's default is one worker fewer than the cores: one worker on a 2-core runner. The suites
  // spend much of their time waiting for the bundle's child processes and the local endpoint, so a
  // second worker on 2 cores runs the end-to-end suites in about 20 % less time (measured in .ci/run).
  maxWorkers: Math.max(2, availableParallelism() - 1),
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 30000,
};
