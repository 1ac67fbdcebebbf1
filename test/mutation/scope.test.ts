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
const jestConfig = require('./jest.config.js') as { testMatch: string[] };
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

test('the jest config it runs exists, and each of its test globs finds test files', () => {
  expect(fs.existsSync(path.join(ROOT, config.jest.configFile))).toBe(true);
  for (const glob of jestConfig.testMatch) {
    const rel = glob.replace('<rootDir>/', '');
    const braces = /^([^*{]+)\{([^}]+)\}([^*{}]*)$/.exec(rel);
    if (braces) {
      for (const name of braces[2].split(',')) expect(fs.existsSync(path.join(ROOT, braces[1] + name + braces[3]))).toBe(true);
    } else {
      const dir = rel.slice(0, rel.indexOf('/**/'));
      expect(tsFilesUnder(path.join(ROOT, dir)).filter((n) => n.endsWith('.test.ts')).length).toBeGreaterThan(0);
    }
  }
});

test('the tests named for static mutants exist', () => {
  const entries = Object.entries(scope.staticTests ?? {}).filter(([k]) => !k.startsWith('$'));
  expect(entries.length).toBeGreaterThan(0);
  for (const [source, tests] of entries) {
    expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
    for (const t of tests as string[]) expect(fs.existsSync(path.join(ROOT, t))).toBe(true);
  }
});
