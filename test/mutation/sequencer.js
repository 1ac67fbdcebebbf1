/**
 * Jest's test sequencer, narrowed for mutation runs. For each mutant, Stryker's jest runner
 * asks jest for the covering tests by name (or, for a mutant reached while modules load,
 * for every test), and jest would load every test file to find them: for a mutant in
 * src/core/count that is nearly all of them. The dry run recorded which test files reach
 * which mutant (./record-coverage.js); a file that never executes a mutant's code cannot
 * see it, so only the files that do are kept.
 *
 * A mutant reached by more than FEW test files runs only against the files that
 * ./scope.json's `staticTests` names for its source folder (by default the mirror folder:
 * test/core/count/ for src/core/count/) among those that reach it. Such are static mutants
 * (code run while a module loads, such as word-count.ts's table of every BMP code point's
 * kind, or a rule's meta object, reached by every file that loads the module: Stryker runs
 * all of those files' tests for each, hours for src/core/count), and mutants of code every
 * check goes through (the structure's Finder, reached by each rule's tests). The folder's own
 * tests are where a wrong decision of its code should show. In the whole-scope profile of
 * 2026-12-01, a file outside the folder was the first to kill fewer than 20 mutants, and the
 * runs this leaves out (mostly of survivors, which run every file that reaches them) took about
 * 1,300 of the 7,400 seconds spent in test files. That can only leave a
 * mutant alive that another file would kill, never the reverse: the score is a lower bound,
 * and docs/mutation.md says so.
 *
 * The files that remain run in the order most likely to kill the mutant soonest, since
 * ./bail-runner.js stops at the first file that fails: the source file's own test file
 * (src/core/rules/part-order.ts → test/core/rules/part-order.test.ts), then its folder's,
 * then the rest, each group quickest first (by the dry run's time for the file).
 *
 * Without the dry run's record (or outside a mutant run) nothing is dropped.
 */
const fs = require('node:fs');
const path = require('node:path');

const Sequencer = require(require.resolve('@jest/test-sequencer', { paths: [path.dirname(require.resolve('jest'))] })).default;
const { staticTests = {} } = require('./scope.json');

const ROOT = path.resolve(__dirname, '../..');
/**
 * A mutant reached by at most this many files runs against all of them; by more, against its
 * folder's tests only (see above).
 */
const FEW = 8;

let record;
/** From the dry run: mutant id → the test files that reach it, and the ids reached statically. */
function coverage() {
  const file = process.env.MUTATION_COVERAGE;
  if (record !== undefined || !file) return record;
  try {
    const byMutant = new Map();
    const statics = new Map();
    const ms = new Map();
    const hits = new Map();
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const [testPath, ids, staticIds = [], took = 0, hitsById = {}] = JSON.parse(line);
      ms.set(testPath, took);
      hits.set(testPath, hitsById);
      for (const id of [...ids, ...staticIds]) {
        if (!byMutant.has(id)) byMutant.set(id, new Set());
        byMutant.get(id).add(testPath);
      }
      for (const id of staticIds) {
        if (!statics.has(id)) statics.set(id, new Set());
        statics.get(id).add(testPath);
      }
    }
    record = byMutant.size > 0 ? { byMutant, statics, ms, hits } : null;
  } catch {
    record = null;
  }
  return record ?? undefined;
}

let sources;
/** Mutant id → its source file (relative, with /), read from the instrumented sources of the sandbox. */
function sourceOf(id) {
  if (!sources) {
    sources = new Map();
    const walk = (dir) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(e.name)) {
          const text = fs.readFileSync(full, 'utf8');
          if (!text.includes('stryMutAct_9fa48(')) continue;
          const rel = path.relative(ROOT, full).split(path.sep).join('/');
          for (const m of text.matchAll(/stryMutAct_9fa48\("(\d+)"\)/g)) sources.set(m[1], rel);
        }
      }
    };
    walk(path.join(ROOT, 'src'));
  }
  return sources.get(id);
}

/** The test folders or files a static mutant of `source` runs against. */
function staticTestsFor(source) {
  const configured = Object.entries(staticTests)
    .filter(([prefix]) => source.startsWith(prefix))
    .sort((a, b) => b[0].length - a[0].length)[0];
  if (configured) return configured[1];
  return [path.posix.dirname(source).replace(/^src\//, 'test/') + '/'];
}

/**
 * The test files a mutant runs against, in order (see above), or undefined to keep jest's own
 * choice: `cov` is the dry run's record, `source` the mutant's source file (relative).
 */
function selectTests(tests, active, cov, source) {
  let files = cov?.byMutant.get(active);
  if (!files) return undefined;
  if (files.size > FEW && source) {
    const owners = staticTestsFor(source).map((p) => path.join(ROOT, p));
    const owned = [...files].filter((f) => owners.some((o) => (o.endsWith(path.sep) || o.endsWith('/') ? f.startsWith(o) : f === o)));
    if (owned.length > 0) files = new Set(owned);
  }
  const mirror = source?.replace(/^src\//, 'test/').replace(/\.tsx?$/, '');
  // A file ./scope.json names on its own for the folder (test/core/consistency.test.ts, which
  // checks every rule's meta) is there because it kills what the folder's tests do not: it runs
  // right after the mirror file, not after twenty rule files (a rule's meta mutant took 4.5 s).
  const named = new Set(source ? staticTestsFor(source).filter((p) => !p.endsWith('/')) : []);
  const rank = (t) => {
    if (!mirror) return 2;
    const rel = path.relative(ROOT, t.path).split(path.sep).join('/');
    if (rel.startsWith(mirror + '.test.')) return 0;
    if (named.has(rel)) return 0.5;
    return rel.startsWith(path.posix.dirname(mirror) + '/') ? 1 : 2;
  };
  return tests
    .filter((t) => files.has(t.path))
    .map((t) => ({ t, r: rank(t), ms: cov.ms.get(t.path) ?? 0 }))
    .sort((a, b) => a.r - b.r || a.ms - b.ms || (a.t.path < b.t.path ? -1 : 1))
    .map((x) => x.t);
}

class MutationSequencer extends Sequencer {
  sort(tests) {
    const active = process.env.__STRYKER_ACTIVE_MUTANT__;
    const cov = active === undefined ? undefined : coverage();
    return (cov && selectTests(tests, active, cov, sourceOf(active))) ?? super.sort(tests);
  }
}

module.exports = MutationSequencer;
module.exports.selectTests = selectTests;
module.exports.coverage = coverage;
module.exports.FEW = FEW;
