/** `case-check template`: writes the official template, never over an existing file unless --force. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { run } from '../../src/cli/main';
import { readDocx } from '../../src/docx';
import { captureIO, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

test('writes a .docx that reads back with every section found', async () => {
  const c = captureIO({ cwd: tmp.dir });
  expect(await run(['template', '--category', 'branch.student', '-o', 'student.docx'], c.io)).toBe(0);
  expect(c.stderr()).toContain('student.docx');
  const bytes = new Uint8Array(readFileSync(tmp.file('student.docx')));
  expect(readDocx(bytes, { fileName: 'student.docx' }).ok).toBe(true);

  const check = captureIO({ cwd: tmp.dir });
  await run(['--format', 'json', 'student.docx'], check.io);
  const f = JSON.parse(check.stdout()).files[0];
  expect(f.category).toBe('branch.student');
  for (const id of ['summary', 'background', 'practice', 'lessons']) expect(f.parts[id].found).toBe(true);
  // The prompts are still in it: the checker says so.
  expect(f.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('placeholder-left');
});

test('an existing file is kept unless --force', async () => {
  const file = tmp.file('keep.docx');
  writeFileSync(file, 'mine');
  const c = captureIO({ cwd: tmp.dir });
  expect(await run(['template', '-o', 'keep.docx'], c.io)).toBe(2);
  expect(c.stderr()).toContain('已存在');
  expect(readFileSync(file, 'utf8')).toBe('mine');
  expect(await run(['template', '-o', 'keep.docx', '--force'], captureIO({ cwd: tmp.dir }).io)).toBe(0);
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
});

test('bytes go to stdout when it is not a terminal; a terminal needs -o', async () => {
  const chunks: Uint8Array[] = [];
  const c = captureIO();
  expect(await run(['template', '--category', '党支部'], { ...c.io, stdoutBytes: { write: (b: Uint8Array) => chunks.push(b) } } as typeof c.io)).toBe(0);
  expect(Buffer.from(chunks[0]).subarray(0, 2).toString()).toBe('PK');
  const tty = captureIO({ tty: true });
  expect(await run(['template'], tty.io)).toBe(2);
  expect(tty.stderr()).toContain('-o');
});

test('an unknown category is a usage error and writes nothing', async () => {
  const c = captureIO({ cwd: tmp.dir });
  expect(await run(['template', '--category', 'school', '-o', 'x.docx'], c.io)).toBe(2);
  expect(c.stderr()).toContain('school');
  expect(existsSync(tmp.file('x.docx'))).toBe(false);
});
