/**
 * Jest's file runner for mutation runs (./jest.config.js), with the bail that Stryker cannot
 * ask jest for (jest's `bail` is not honoured through runCLI: jestjs/jest#11766, so Stryker's
 * jest runner sets it off). During a mutant run (Stryker sets __STRYKER_ACTIVE_MUTANT__), the
 * files run one at a time, in the order of ./sequencer.js, and once a file has a failing test
 * the mutant is killed: the files after it are not loaded at all. A surviving mutant still
 * runs every file that reaches it, so the verdict is the same; only a killed mutant ends sooner.
 * Outside a mutant run (the dry run, a plain `jest -c test/mutation/jest.config.js`) it is
 * jest's own runner.
 *
 * Stryker's hit limit ends a mutant run as a timeout once the mutant's place has run 100 times
 * as often as in the whole dry run (an endless loop). Here the files run one by one, so while a
 * file runs the limit is 100 times the dry run's hits of the files run so far (./record-coverage.js
 * counts them), never above Stryker's: a mutant that makes a loop endless fails in the first file
 * instead of spinning towards a limit set by forty others (src/core/structure/pictures.ts's `i--`
 * spun for 62 s in pictures.test.ts, whose own hits allow a tenth of a second).
 */
const fs = require('node:fs');
const path = require('node:path');

const { coverage } = require('./sequencer.js');

const TestRunner = require(require.resolve('jest-runner', { paths: [path.dirname(require.resolve('jest'))] })).default;

/**
 * The hit limit while the files `ran` (those run so far in this mutant run, the current one
 * included) run: 100 times their hits of the `active` mutant in the dry run, if below Stryker's
 * `limit`; Stryker's when it set none or a file has no count.
 */
function hitLimitFor(ran, active, cov, limit) {
  if (limit === undefined || !cov?.hits) return limit;
  let hits = 0;
  for (const t of ran) {
    const h = cov.hits.get(t.path)?.[active];
    if (h === undefined) return limit;
    hits += h;
  }
  return hits > 0 ? Math.min(limit, hits * 100) : limit;
}

/** The instrumenter's context that Stryker's jest runner shares with the tests (its hit limit), if loaded. */
function strykerContext() {
  try {
    // The package's `require` entry is jest-plugins/mixin-jest-environment.cjs; the runner's
    // state lives in messaging.cjs beside it (one module instance per process).
    const plugins = path.dirname(require.resolve('@stryker-mutator/jest-runner'));
    return require(path.join(plugins, 'messaging.cjs')).state.instrumenterContext;
  } catch {
    return undefined;
  }
}

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
    // MUTATION_PROFILE=<file>: one line per mutant run, [mutant, ms, [[test file, ms, failed], ...]],
    // to see where a run's time goes (test/mutation/profile.js sums it).
    const profile = process.env.MUTATION_PROFILE ? [] : undefined;
    const started = Date.now();
    const active = process.env.__STRYKER_ACTIVE_MUTANT__;
    const context = strykerContext();
    const limit = context?.hitLimit;
    const cov = coverage();
    try {
      for (const [i, test] of tests.entries()) {
        if (failed) break;
        // Left lowered afterwards: Stryker compares the count with it to call the run a timeout.
        if (context) context.hitLimit = hitLimitFor(tests.slice(0, i + 1), active, cov, limit);
        const t0 = Date.now();
        await super.runTests([test], watcher, { ...options, serial: true });
        profile?.push([path.relative(process.cwd(), test.path), Date.now() - t0, failed]);
      }
    } finally {
      off();
      offFailure();
      if (profile) {
        const row = [process.env.__STRYKER_ACTIVE_MUTANT__, Date.now() - started, profile];
        fs.appendFileSync(process.env.MUTATION_PROFILE, JSON.stringify(row) + '\n');
      }
    }
  }
}

module.exports = BailRunner;
module.exports.hitLimitFor = hitLimitFor;
