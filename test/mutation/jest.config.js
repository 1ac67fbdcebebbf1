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
 *
 * Also left out, by measurement (MUTATION_PROFILE, ./profile.js): four broad suites of the core
 * that take 3–18 s a run under instrumentation and almost never kill. In the whole-scope and docx
 * profiles of 2026-12-01, 228 runs of them killed 6 mutants, and they took 1,775 s of the runs of
 * mutants that survived anyway (each survivor runs every file that reaches it).
 * - test/docx/hostile.test.ts and test/docx/fuzz.test.ts: crafted and damaged archives through the
 *   whole reader; test/docx/zip.test.ts and the numbering tests check the same bounds directly.
 * - test/core/structure/invariants.test.ts: seeded random documents, checked for consistent ranges;
 *   the structure's mirror files pin the ranges of each case.
 * - test/core/diagnostic-cap.test.ts: 50,000 headings through the engine; the cap's own logic is
 *   src/core/diagnostic-cap.ts, outside the scope.
 * They run in `npm test` as before.
 */
/** Test files `npm run mutate` does not run (see above). */
const SLOW_SUITES = ['/test/docx/hostile\\.test\\.ts$', '/test/docx/fuzz\\.test\\.ts$', '/test/core/structure/invariants\\.test\\.ts$', '/test/core/diagnostic-cap\\.test\\.ts$'];
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
  testPathIgnorePatterns: ['/node_modules/', '/test/template/libreoffice\\.test\\.ts$', ...SLOW_SUITES],
  testTimeout: 30000,
  testSequencer: '<rootDir>/test/mutation/sequencer.js',
  runner: '<rootDir>/test/mutation/bail-runner.js',
  setupFilesAfterEnv: ['<rootDir>/test/mutation/record-coverage.js'],
};
