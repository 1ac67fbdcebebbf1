/**
 * `npm run mutate` mutates the files test/mutation/scope.json names (the Stryker config reads
 * it): a renamed or moved file must not leave the tool silently mutating nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('./stryker.config.js') as { mutate: string[]; jest: { configFile: string } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jestConfig = require('./jest.config.js') as { testMatch: string[]; testPathIgnorePatterns: string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const scope = require('./scope.json') as { mutate: string[]; staticTests?: Record<string, unknown> };

function tsFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => e.name);
}

test('the Stryker config mutates the scope of issue 16', () => {
  expect(config.mutate).toEqual([
    'src/core/count/**/*.ts',
    'src/core/rules/**/*.ts',
    'src/core/batch/**/*.ts',
    'src/core/structure/**/*.ts',
    'src/core/settings.ts',
    'src/docx/zip.ts',
    'src/docx/numbering.ts',
    'src/word/types.ts',
  ]);
});

test.each(scope.mutate)('%s names files that exist', (pattern) => {
  const folder = /^(.+)\/\*\*\/\*\.ts$/.exec(pattern);
  if (folder) {
    expect(fs.statSync(path.join(ROOT, folder[1])).isDirectory()).toBe(true);
    expect(tsFilesUnder(path.join(ROOT, folder[1])).length).toBeGreaterThan(0);
  } else {
    expect(pattern).not.toMatch(/[*?{}[\]]/);
    expect(fs.statSync(path.join(ROOT, pattern)).isFile()).toBe(true);
  }
});

/** A jest glob (`**`, `*`, `{a,b}`) as a regular expression over paths relative to the repository. */
function globRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]+)\}/g, (_m, alts: string) => `(${alts.split(',').join('|')})`)
    .replace(/\*\*\//g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replaceAll('\u0000', '(.*/)?');
  return new RegExp(`^${body}$`);
}

test('the jest config it runs exists, and each of its test globs finds test files', () => {
  expect(fs.existsSync(path.join(ROOT, config.jest.configFile))).toBe(true);
  const all = fs
    .readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
    .map((f) => `test/${f.split(path.sep).join('/')}`);
  for (const glob of jestConfig.testMatch) {
    const re = globRegExp(glob.replace('<rootDir>/', ''));
    expect([glob, all.filter((f) => re.test(f) && f.endsWith('.test.ts')).length > 0]).toEqual([glob, true]);
  }
  expect(globRegExp('test/word/settings-*.test.ts').test('test/word/settings-docx.test.ts')).toBe(true);
  expect(globRegExp('test/core/**/*.test.ts').test('test/core/engine.test.ts')).toBe(true);
  expect(globRegExp('test/core/**/*.test.ts').test('test/docx/text.test.ts')).toBe(false);
});

test('the tests named for static mutants exist', () => {
  const entries = Object.entries(scope.staticTests ?? {}).filter(([k]) => !k.startsWith('$'));
  expect(entries.length).toBeGreaterThan(0);
  for (const [source, tests] of entries) {
    expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
    for (const t of tests as string[]) expect(fs.existsSync(path.join(ROOT, t))).toBe(true);
  }
});

test('each test file the mutation runs leave out is one that exists (a renamed file would run again unnoticed)', () => {
  const all = fs
    .readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
    .map((f) => `/test/${f.split(path.sep).join('/')}`);
  const left = jestConfig.testPathIgnorePatterns.filter((p) => p !== '/node_modules/');
  expect(left.length).toBe(5);
  for (const pattern of left) {
    expect([pattern, all.filter((f) => new RegExp(pattern).test(f))]).toEqual([pattern, [expect.stringMatching(/\.test\.ts$/)]]);
  }
});
