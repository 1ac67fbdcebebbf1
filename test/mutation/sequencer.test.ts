/**
 * The order and choice of test files for a mutant (test/mutation/sequencer.js): only the files
 * that reached it in the dry run, its own test file first, then its folder's, each quickest
 * first; code run at module load (reached statically by many files) only against its folder.
 */
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { selectTests, FEW } = require('./sequencer.js') as {
  selectTests: (tests: { path: string }[], active: string, cov: unknown, source?: string) => { path: string }[] | undefined;
  FEW: number;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { hitLimitFor } = require('./bail-runner.js') as {
  hitLimitFor: (ran: { path: string }[], active: string, cov: unknown, limit: number | undefined) => number | undefined;
};

const ROOT = path.resolve(__dirname, '../..');
const abs = (p: string) => path.join(ROOT, p);
const OWN = abs('test/core/rules/part-order.test.ts');
const SIBLING = abs('test/core/rules/part-missing.test.ts');
const ENGINE = abs('test/core/engine.test.ts');
const SLOW = abs('test/core/structure/invariants.test.ts');
const UNREACHED = abs('test/core/batch/csv-injection.test.ts');
const tests = [SLOW, ENGINE, UNREACHED, SIBLING, OWN].map((p) => ({ path: p }));

function record(byMutant: Record<string, string[]>, statics: Record<string, string[]> = {}) {
  return {
    byMutant: new Map(Object.entries(byMutant).map(([k, v]) => [k, new Set(v)])),
    statics: new Map(Object.entries(statics).map(([k, v]) => [k, new Set(v)])),
    ms: new Map([
      [SLOW, 2300],
      [ENGINE, 300],
      [SIBLING, 120],
      [OWN, 90],
      [UNREACHED, 10],
    ]),
  };
}

test('only the files that reached the mutant, its own test file first, its folder next, then the quickest', () => {
  const cov = record({ '7': [SLOW, ENGINE, SIBLING, OWN] });
  expect(selectTests(tests, '7', cov, 'src/core/rules/part-order.ts')!.map((t) => t.path)).toEqual([OWN, SIBLING, ENGINE, SLOW]);
});

test('without the source file known, the quickest first', () => {
  const cov = record({ '7': [SLOW, ENGINE, SIBLING, OWN] });
  expect(selectTests(tests, '7', cov)!.map((t) => t.path)).toEqual([OWN, SIBLING, ENGINE, SLOW]);
  expect(selectTests(tests, '7', record({ '7': [SLOW, ENGINE] }))!.map((t) => t.path)).toEqual([ENGINE, SLOW]);
});

test('a mutant the dry run did not record keeps jest’s own choice', () => {
  expect(selectTests(tests, '8', record({ '7': [OWN] }), 'src/core/rules/part-order.ts')).toBeUndefined();
});

test('code reached by many files (at module load or not) runs against its folder’s tests only; by a few files, against all of them', () => {
  const many = Array.from({ length: FEW + 1 }, (_, i) => abs(`test/core/x${i}.test.ts`));
  const few = many.slice(0, FEW - 2);
  const manyTests = [...tests, ...many.map((p) => ({ path: p }))];
  const cov = record(
    { '9': [ENGINE, OWN, ...many], '10': [ENGINE, OWN], '12': [ENGINE, SIBLING, OWN, ...many], '13': [ENGINE, OWN, ...few] },
    { '9': [ENGINE, OWN, ...many], '10': [ENGINE] },
  );
  expect(selectTests(manyTests, '9', cov, 'src/core/rules/part-order.ts')!.map((t) => t.path)).toEqual([OWN]);
  expect(selectTests(manyTests, '10', cov, 'src/core/rules/part-order.ts')!.map((t) => t.path)).toEqual([OWN, ENGINE]);
  // Reached while the tests run, by FEW + 3 files: the folder's two.
  expect(selectTests(manyTests, '12', cov, 'src/core/rules/part-order.ts')!.map((t) => t.path)).toEqual([OWN, SIBLING]);
  // By FEW files exactly: every one of them.
  expect(selectTests(manyTests, '13', cov, 'src/core/rules/part-order.ts')).toHaveLength(FEW);
  // None of the folder's among many: all of them, rather than none.
  expect(selectTests(manyTests, '12', cov, 'src/core/batch/csv.ts')).toHaveLength(FEW + 4);
});

test('the hit limit while a file runs: 100 times the hits of the files run so far, when that is below Stryker’s (100 times every file’s)', () => {
  const cov = {
    ...record({ '9': [OWN, SIBLING, SLOW] }),
    hits: new Map<string, Record<string, number>>([
      [OWN, { '9': 40 }],
      [SIBLING, { '9': 2 }],
      [SLOW, { '9': 66_000 }],
    ]),
  };
  // Stryker's: 100 × (40 + 2 + 66,000); while OWN runs: 100 × 40; then SIBLING: 100 × 42.
  expect(hitLimitFor([{ path: OWN }], '9', cov, 6_604_200)).toBe(4_000);
  expect(hitLimitFor([{ path: OWN }, { path: SIBLING }], '9', cov, 6_604_200)).toBe(4_200);
  // Every file has run: the same as Stryker's, never above it.
  expect(hitLimitFor([{ path: OWN }, { path: SIBLING }, { path: SLOW }], '9', cov, 6_604_200)).toBe(6_604_200);
  expect(hitLimitFor([{ path: OWN }], '9', cov, 1_000)).toBe(1_000);
  // No limit from Stryker (no hit count), a file without a count, or no hits at all: Stryker's.
  expect(hitLimitFor([{ path: OWN }], '9', cov, undefined)).toBeUndefined();
  expect(hitLimitFor([{ path: OWN }, { path: ENGINE }], '9', cov, 6_604_200)).toBe(6_604_200);
  expect(hitLimitFor([{ path: OWN }], '7', cov, 500)).toBe(500);
  expect(hitLimitFor([{ path: OWN }], '9', record({ '9': [OWN] }), 500)).toBe(500);
});

test('a test file that scope.json names on its own for the folder runs right after the mirror file', () => {
  const consistency = abs('test/core/consistency.test.ts');
  const withConsistency = [...tests, { path: consistency }];
  const cov = record({ '11': [SLOW, ENGINE, SIBLING, OWN, consistency] });
  cov.ms.set(consistency, 400);
  // src/core/rules/ names test/core/rules/ and test/core/consistency.test.ts (scope.json).
  expect(selectTests(withConsistency, '11', cov, 'src/core/rules/part-order.ts')!.map((t) => t.path)).toEqual([OWN, consistency, SIBLING, ENGINE, SLOW]);
  // Not named for src/core/structure/: after that folder's file, among the rest, quickest first.
  expect(selectTests(withConsistency, '11', cov, 'src/core/structure/cover.ts')!.map((t) => t.path)).toEqual([SLOW, OWN, SIBLING, ENGINE, consistency]);
});
