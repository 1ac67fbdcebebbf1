/**
 * Jest's file runner for mutation runs (./jest.config.js), with the bail that Stryker cannot
 * ask jest for (jest's `bail` is not honoured through runCLI: jestjs/jest#11766, so Stryker's
 * jest runner sets it off). During a mutant run (Stryker sets __STRYKER_ACTIVE_MUTANT__), the
 * files run one at a time, in the order of ./sequencer.js, and once a file has a failing test
 * the mutant is killed: the files after it are not loaded at all. A surviving mutant still
 * runs every file that reaches it, so the verdict is the same; only a killed mutant ends sooner.
 * Outside a mutant run (the dry run, a plain `jest -c test/mutation/jest.config.js`) it is
 * jest's own runner.
 */
const path = require('node:path');

const TestRunner = require(require.resolve('jest-runner', { paths: [path.dirname(require.resolve('jest'))] })).default;

class BailRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) return super.runTests(tests, watcher, options);
    let failed = false;
    const off = this.on('test-file-success', ([, result]) => {
      if (result.numFailingTests > 0 || result.testExecError) failed = true;
    });
    const offFailure = this.on('test-file-failure', () => {
      failed = true;
    });
    try {
      for (const test of tests) {
        if (failed) break;
        await super.runTests([test], watcher, { ...options, serial: true });
      }
    } finally {
      off();
      offFailure();
    }
  }
}

module.exports = BailRunner;
