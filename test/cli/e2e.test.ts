/**
 * The real binary: `node bin/case-check.js`, on the output of `tsc -p tsconfig.cli.json`
 * (what `npm ci` builds through the `prepare` script). A few cases only; the rest go
 * through run() in check.test.ts and count.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { validBranchCase } from '../helpers/case-doc';
import { docxOf, SHARED_WORDCOUNT, tempDir, textOf } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'case-check.js');
const tmp = tempDir();

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT, stdio: 'pipe' });
}, 180_000);
afterAll(() => tmp.cleanup());

function cli(args: string[], input?: Uint8Array | string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp.dir, input, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

test('--help and --version', () => {
  const help = cli(['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('用法');
  expect(cli(['--version']).stdout).toMatch(/case-check \d+\.\d+\.\d+/);
});

test('`npx case-check` finds the package\'s own bin (package.json "bin")', () => {
  // npm reads the whole node_modules tree first: seconds, not milliseconds.
  const r = spawnSync('npx', ['--no-install', 'case-check', '--version'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 150_000 });
  expect(r.status).toBe(0);
  expect(r.stdout.toString('utf8')).toMatch(/case-check \d+\.\d+\.\d+/);
}, 160_000);

test('checks a .docx and a text file given by relative paths', () => {
  writeFileSync(tmp.file('case.docx'), docxOf(validBranchCase().build()));
  writeFileSync(tmp.file('case.txt'), textOf(validBranchCase().build()));
  const r = cli(['--format', 'json', 'case.docx', 'case.txt']);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.files.map((f: { file: string }) => f.file)).toEqual(['case.docx', 'case.txt']);
  expect(json.files[0].parts.body.counts.words).toBe(997);
});

test('standard input, and exit 1 on an error diagnostic', () => {
  const r = cli(['--category', 'committee', '-'], textOf(validBranchCase().build()).replace(/^案例名称：.*\n/m, ''));
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('案例名称');
  expect(r.stdout).toContain('[part-missing]');
});

test('an unreadable file: exit 2, a Chinese message naming it, the other file still checked', () => {
  writeFileSync(tmp.file('ok.txt'), textOf(validBranchCase().build()));
  const r = cli(['absent.docx', 'ok.txt']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('找不到文件“absent.docx”');
  expect(r.stdout).toContain('ok.txt');
  expect(r.stdout).toContain('案例正文');
});

test('count on a Word reference document', () => {
  // Word's figure for this file (../shared/wordcount/README.md).
  const r = cli(['count', '--format', 'json', path.join(SHARED_WORDCOUNT, 'en-short-word12-mac.docx')]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).words).toBe(32);
});
