/**
 * The tests `npm run mutate` runs against each mutant (test/mutation/stryker.config.js):
 * the in-process tests of the core, the .docx reader, the Word gateway's plain parts and
 * the CLI's in-process runs. Left out: the browser suites (Chromium), the suites that run
 * LibreOffice, the CLI's child processes and worker threads (they run lib/, never the
 * mutated sources) and the jsdom components: none of them can see a core mutant that these
 * do not, and each costs seconds per run.
 */
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  transform,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: [
    '<rootDir>/test/core/**/*.test.ts',
    '<rootDir>/test/docx/**/*.test.ts',
    '<rootDir>/test/word/**/*.test.ts',
    '<rootDir>/test/export/**/*.test.ts',
    '<rootDir>/test/web/**/*.test.ts',
    '<rootDir>/test/template/**/*.test.ts',
    '<rootDir>/test/cli/{check,count,render-check,template}.test.ts',
    '<rootDir>/test/e2e/{checker,reviewer}-cli.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/test/template/libreoffice\\.test\\.ts$'],
  testTimeout: 30000,
  testSequencer: '<rootDir>/test/mutation/sequencer.js',
  runner: '<rootDir>/test/mutation/bail-runner.js',
  setupFilesAfterEnv: ['<rootDir>/test/mutation/record-coverage.js'],
};
