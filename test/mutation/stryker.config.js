// @ts-check
/**
 * `npm run mutate` (test/mutation/run.js): StrykerJS over the product's decision points
 * (./scope.json), with the jest runner and per-test coverage, so that each mutant runs only
 * the tests that reach it (and ./sequencer.js loads only the files holding them). Not part of
 * `npm test`. The JSON report becomes docs/mutation.md (./report.js); the HTML report and the
 * sandboxes stay in .tmp/mutation/ and .stryker-tmp/ (git-ignored).
 *
 * src/core/settings.ts is in the scope beside src/word/types.ts: the settings parsing the
 * issue names moved there (the Word gateway and the .docx reader share it).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
module.exports = {
  packageManager: 'npm',
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner', require.resolve('./live-reporter.js')],
  coverageAnalysis: 'perTest',
  jest: {
    projectType: 'custom',
    configFile: 'test/mutation/jest.config.js',
    // The files to run are chosen by ./sequencer.js from the dry run's coverage, which is exact
    // and cheaper than jest's dependency graph.
    enableFindRelatedTests: false,
  },
  mutate: require('./scope.json').mutate,
  // A test runner process grows with every mutant (jest keeps each run's module registry alive
  // for a while; 1.5 GB after 20 minutes, and runs slowed from 80 to 10 mutants a minute):
  // a fresh one every 40 mutants costs about two seconds.
  maxTestRunnerReuse: 40,
  // Two cores: one test runner each (`--concurrency 1` on a machine others share).
  concurrency: 2,
  // The machine is often loaded: a mutant is a timeout only when it runs far past its tests' time.
  timeoutMS: 10000,
  timeoutFactor: 3,
  dryRunTimeoutMinutes: 30,
  // Only the sources are TypeScript to un-check (the default pattern also reaches taskpane.html).
  disableTypeChecks: 'src/**/*.{ts,tsx}',
  tempDirName: '.stryker-tmp',
  // Not needed by the tests that run (./jest.config.js), and large: kept out of the sandbox copy.
  ignorePatterns: ['/.tmp', '/dist', '/lib', '/docs', '/coverage', '/reports', '/test-results', '/assets', '/test/bench', '/.stryker-tmp'],
  // `live`: each survivor as soon as it is known (./live-reporter.js), for runs of half an hour and more.
  reporters: ['json', 'html', 'clear-text', 'progress', 'live'],
  jsonReporter: { fileName: '.tmp/mutation/mutation.json' },
  htmlReporter: { fileName: '.tmp/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  incrementalFile: '.tmp/mutation/incremental.json',
};
