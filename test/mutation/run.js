#!/usr/bin/env node
/**
 * `npm run mutate`: StrykerJS over the decision points (./stryker.config.js), then
 * docs/mutation.md from its JSON report (./report.js). Extra arguments go to Stryker
 * (`npm run mutate -- --mutate src/core/batch/csv.ts` for one file, `-- --incremental`
 * to reuse the last run's results for unchanged code and tests). Measure without
 * --incremental: Stryker 9.6 kept a static mutant of caption.ts "Survived" from an earlier
 * run although a test added since kills it (the figures in docs/mutation.md come from
 * runs without it).
 *
 * Tests find the shared reference documents at ../shared beside the repository; Stryker
 * runs them in a copy under .stryker-tmp/<sandbox>, so .stryker-tmp/shared points there.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const TMP = path.join(ROOT, '.stryker-tmp');
const OUT = path.join(ROOT, '.tmp', 'mutation');
const SHARED = path.resolve(ROOT, '..', 'shared');

fs.mkdirSync(TMP, { recursive: true });
fs.mkdirSync(OUT, { recursive: true });
const link = path.join(TMP, 'shared');
if (fs.existsSync(SHARED)) {
  fs.rmSync(link, { force: true });
  fs.symlinkSync(SHARED, link, 'dir');
}
const testMap = path.join(OUT, 'coverage.jsonl');
fs.rmSync(testMap, { force: true });

const stryker = path.join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const args = [stryker, 'run', path.join('test', 'mutation', 'stryker.config.js'), ...process.argv.slice(2)];
const started = Date.now();
const run = spawnSync(process.execPath, args, {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, MUTATION_COVERAGE: testMap },
});
if (run.status !== 0) process.exit(run.status ?? 1);
if (process.argv.includes('--dryRunOnly')) process.exit(0);
/** The value of a Stryker option given on the command line (`--mutate x` or `--mutate=x`). */
function option(name) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
const report = spawnSync(process.execPath, [path.join(__dirname, 'report.js')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    MUTATION_RUN_SECONDS: String(Math.round((Date.now() - started) / 1000)),
    MUTATION_RUN_SCOPE: option('mutate') ?? 'all',
    MUTATION_RUN_CONCURRENCY: option('concurrency') ?? '2',
  },
});
process.exit(report.status ?? 1);
