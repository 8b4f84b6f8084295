/** Jest runs the TypeScript sources directly through ts-jest; every suite talks to the real Redis at REDIS_URL. */
// kdbush 4, geokdbush 2 and tinyqueue 3 ship ES modules only. Node (>= 20.19) require()s them from
// dist/ and tsx as they are, but Jest's module system does not before Node 24.9, so ts-jest turns
// those three into CommonJS; every other package is left alone.
const ESM_ONLY = ['kdbush', 'geokdbush', 'tinyqueue'];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true, isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  // Property tests draw a fresh seed by hand and a fixed one under CI (test/support/propertySeed.ts).
  setupFiles: ['<rootDir>/test/support/propertySeed.ts'],
  // A publish runs the flow's whole test set as its gate (about 25 s of CPU on this project's 2-core machine, and
  // growing with flows/tests); on a shared machine a test around one needs minutes, not the 30 s it once had.
  testTimeout: 120_000,
  // Every suite closes its servers, clients and browsers, yet since the console landed a handle outlives the
  // run now and then (not yet found: run `npx jest --detectOpenHandles test/console`). CI must not hang on it.
  forceExit: true,
};
