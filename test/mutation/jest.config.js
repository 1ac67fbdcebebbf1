/**
 * The tests `npm run mutate` runs against each mutant (test/mutation/stryker.config.js): the
 * unit tests of the decision points, that is the in-process tests of the core (test/core), the
 * .docx reader (test/docx), the template read back (test/template) and the settings the Word
 * gateway parses (test/word/settings-*). A mutant those do not see is a survivor, even if a
 * front end's suite would fail on it: the measure is whether the tests of the code that decides
 * see a wrong decision.
 *
 * Left out: the front ends' suites (the CLI in process and as child processes, the reviewer's
 * and checker's CLI runs, the Word gateway against the fake Office, the page's workers and
 * exports), the browser suites (Chromium), LibreOffice and the jsdom components. Each runs the
 * whole pipeline for seconds, and a surviving mutant runs every file that reaches it: with
 * them, a run of the scope took hours on 2 cores.
 */
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  // Node's, with a file's tests stopping at its first failure during a mutant run.
  testEnvironment: require('node:path').join(__dirname, 'bail-environment.js'),
  transform,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: [
    '<rootDir>/test/core/**/*.test.ts',
    '<rootDir>/test/docx/**/*.test.ts',
    '<rootDir>/test/word/settings-*.test.ts',
    '<rootDir>/test/template/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/test/template/libreoffice\\.test\\.ts$'],
  testTimeout: 30000,
  testSequencer: '<rootDir>/test/mutation/sequencer.js',
  runner: '<rootDir>/test/mutation/bail-runner.js',
  setupFilesAfterEnv: ['<rootDir>/test/mutation/record-coverage.js'],
};
