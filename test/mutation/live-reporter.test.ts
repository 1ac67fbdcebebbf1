/**
 * The live survivor list (test/mutation/live-reporter.js): each surviving or uncovered mutant,
 * as Stryker reports it (a sandbox path, 1-based lines and columns as in its JSON report), becomes one line with the
 * fields and 1-based places docs/mutation.json keeps, so that verify.js and the survivors files
 * can use it before the run ends.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-'));
const LIVE = path.join(dir, 'live.jsonl');
process.env.MUTATION_LIVE = LIVE;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { strykerPlugins } = require('./live-reporter.js') as { strykerPlugins: { injectableClass: new () => { onMutantTested(m: unknown): void } }[] };

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ROOT = path.resolve(__dirname, '../..');
const FILE = 'src/core/batch/csv.ts';

test('it is declared as Stryker loads a reporter plugin (what declareClassPlugin returns)', () => {
  expect(strykerPlugins).toEqual([{ kind: 'Reporter', name: 'live', injectableClass: expect.any(Function) }]);
});

test('a survivor is written at once, with the source text it replaced and 1-based places; killed mutants are not', () => {
  const source = fs.readFileSync(path.join(ROOT, FILE), 'utf8').split('\n');
  const line = source.findIndex((l) => l.includes('\\r'));
  expect(line).toBeGreaterThanOrEqual(0);
  const column = source[line].indexOf('\\r');
  const reporter = new strykerPlugins[0].injectableClass();
  const at = { start: { line: line + 1, column: column + 1 }, end: { line: line + 1, column: column + 3 } };
  const base = { fileName: path.join(ROOT, '.stryker-tmp', 'sandbox-AbC123', FILE), mutatorName: 'StringLiteral', replacement: '""', location: at };
  reporter.onMutantTested({ ...base, id: '1', status: 'Killed' });
  expect(fs.readFileSync(LIVE, 'utf8')).toBe('');
  reporter.onMutantTested({ ...base, id: '2', status: 'Survived' });
  reporter.onMutantTested({ ...base, id: '3', status: 'NoCoverage', replacement: undefined });
  const rows = fs.readFileSync(LIVE, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  expect(rows).toEqual([
    { file: FILE, line: line + 1, at: [line + 1, column + 1, line + 1, column + 3], code: '""', mutator: 'StringLiteral', original: '\\r', replacement: '""', status: 'Survived' },
    { file: FILE, line: line + 1, at: [line + 1, column + 1, line + 1, column + 3], code: '', mutator: 'StringLiteral', original: '\\r', replacement: '', status: 'NoCoverage' },
  ]);
});
