/**
 * The test environment of mutation runs (./jest.config.js): Node's, and during a mutant run
 * (Stryker sets __STRYKER_ACTIVE_MUTANT__) a file's tests stop at its first failure. Once a
 * test has failed the mutant is killed; the tests after it in the file are skipped instead of
 * run. ./bail-runner.js does the same across files. Without it a mutant of sniff.ts that the
 * first tests of test/core/batch/sniff.test.ts kill still ran its 8 MiB bound test, 12 s on
 * average under the mutant switch (up to 54 s). The dry run and plain jest runs skip nothing.
 */
const NodeEnvironment = require('jest-environment-node').TestEnvironment;

class BailEnvironment extends NodeEnvironment {
  failed = false;

  handleTestEvent(event) {
    if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) return;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') this.failed = true;
    else if (event.name === 'test_start' && this.failed) event.test.mode = 'skip';
  }
}

module.exports = BailEnvironment;
