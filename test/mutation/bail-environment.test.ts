/**
 * test/mutation/bail-environment.js: during a mutant run a file's tests stop at its first
 * failure; otherwise every test runs. Run through jest itself, on a file whose second test
 * fails and whose third leaves a mark when it runs.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const JEST = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');

function run(env: NodeJS.ProcessEnv): { ran: string[]; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bail-env-'));
  try {
    const marks = path.join(dir, 'marks.txt');
    fs.writeFileSync(
      path.join(dir, 'three.test.js'),
      [
        `const fs = require('node:fs');`,
        `const mark = (n) => fs.appendFileSync(${JSON.stringify(marks)}, n + '\\n');`,
        `test('one', () => { mark('one'); });`,
        `test('two', () => { mark('two'); expect(1).toBe(2); });`,
        `test('three', () => { mark('three'); });`,
      ].join('\n'),
    );
    fs.writeFileSync(path.join(dir, 'jest.config.json'), JSON.stringify({ testEnvironment: path.join(__dirname, 'bail-environment.js'), cacheDirectory: path.join(dir, 'cache') }));
    const res = spawnSync(process.execPath, [JEST, '--config', path.join(dir, 'jest.config.json'), '--ci', '--watchman=false'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    const ran = fs.existsSync(marks) ? fs.readFileSync(marks, 'utf8').split('\n').filter(Boolean) : [];
    return { ran, out: res.stdout + res.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('in a mutant run, the tests after a file’s first failure are skipped', () => {
  const { ran, out } = run({ ...process.env, __STRYKER_ACTIVE_MUTANT__: '12' });
  expect(ran).toEqual(['one', 'two']);
  expect(out).toMatch(/1 failed, 1 skipped, 1 passed, 3 total/);
});

test('outside a mutant run (the dry run, plain jest) every test runs', () => {
  const env = { ...process.env };
  delete env.__STRYKER_ACTIVE_MUTANT__;
  const { ran, out } = run(env);
  expect(ran).toEqual(['one', 'two', 'three']);
  expect(out).toMatch(/1 failed, 2 passed, 3 total/);
});
