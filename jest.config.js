// ts-jest in ESM mode; run through `npm test`, which sets --experimental-vm-modules.
// `npm run test:unit` runs every suite but __tests__/e2e/ (those run the bundle, dist/index.js);
// `npm run test:e2e` builds the bundle first, then runs them.
export default {
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
