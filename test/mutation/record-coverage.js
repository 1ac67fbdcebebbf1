/* global afterEach, afterAll, expect */
/**
 * During Stryker's dry run (no mutant active yet), notes which mutants each test file
 * reaches: those its tests reach (Stryker's per-test coverage) and, apart, those reached
 * while the file loads or in its beforeAll hooks (Stryker's "static" coverage, which it
 * cannot tie to a test). One JSON line per test file,
 * `[testPath, [perTestId, …], [staticId, …], ms, { id: hits }]` (ms: how long the file took,
 * loading included; hits: how often the file's code ran each mutant's place, for the hit limit),
 * in the file that MUTATION_COVERAGE names. ./sequencer.js reads it to run a mutant against
 * those files only.
 */
const fs = require('node:fs');

const out = process.env.MUTATION_COVERAGE;
const ns = globalThis.__stryker__;
if (out && ns && process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) {
  const started = Date.now();
  const staticBefore = { ...(ns.mutantCoverage?.static ?? {}) };
  const tests = new Set();
  afterEach(() => {
    tests.add(expect.getState().currentTestName);
  });
  afterAll(() => {
    const coverage = ns.mutantCoverage ?? { static: {}, perTest: {} };
    const staticIds = [];
    const hitsById = {};
    for (const [id, hits] of Object.entries(coverage.static ?? {})) {
      if (hits === staticBefore[id]) continue;
      staticIds.push(id);
      hitsById[id] = hits - (staticBefore[id] ?? 0);
    }
    const ids = new Set();
    for (const name of tests) {
      for (const [id, hits] of Object.entries(coverage.perTest?.[name] ?? {})) {
        ids.add(id);
        hitsById[id] = (hitsById[id] ?? 0) + hits;
      }
    }
    fs.appendFileSync(out, JSON.stringify([expect.getState().testPath, [...ids], staticIds, Date.now() - started, hitsById]) + '\n');
  });
}
