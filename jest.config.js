const os = require('node:os');

/** @type {import('jest').Config} */
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
};
// npm run mutate's sandboxes (.stryker-tmp/, copies of the repository) are not part of this run.
const modulePathIgnorePatterns = ['<rootDir>/.stryker-tmp/'];
module.exports = {
  // One per-test timeout for every way of running the tests (npm test, CI, an editor): some
  // tests drive Chromium, LibreOffice and webpack, which take seconds on CI's 2 cores.
  testTimeout: 30_000,
  // jest's default leaves one core to itself: on CI's 2 cores that is one test file at a time,
  // while most of the slow files wait on Chromium, LibreOffice or a child process. Two at once
  // there; one fewer than the cores elsewhere, as jest would.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  // Type checking is `npm run typecheck`; jest only transpiles (tsconfig sets isolatedModules).
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
    },
  ],
};
