/**
 * `case-check profile draft 通知.txt [-o 草稿.json]`, in process: the draft JSON and the review
 * list, a draft the checker then accepts as --profile, and the notice never written.
 */
import { copyFileSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import { NEU_2024 } from '../../src/core/profile';
import { documentFromText } from '../../src/core/model/from-text';
import { captureIO, docxOf, tempDir } from './helpers';

const NEU_NOTICE = path.resolve(__dirname, '..', '..', '..', 'shared', 'notice', '2024-notice.txt');
const DATONG = path.resolve(__dirname, '..', 'fixtures', 'notices', 'datong-2024.txt');
const CASE = path.resolve(__dirname, '..', 'fixtures', 'texts', 'branch-teacher.txt');

const tmp = tempDir();
afterAll(() => tmp.cleanup());

test('-o writes the draft JSON; the review list goes to stdout with each sentence and the guesses marked', async () => {
  copyFileSync(NEU_NOTICE, tmp.file('通知.txt'));
  const c = captureIO({ cwd: tmp.dir });
  expect(await run(['profile', 'draft', '通知.txt', '-o', '草稿.json'], c.io)).toBe(0);
  const draft = JSON.parse(readFileSync(tmp.file('草稿.json'), 'utf8'));
  expect(draft.notice).toEqual({ number: '东大组字〔2024〕92号', title: NEU_2024.notice.title, year: 2024, deadline: '2024-11-27', email: 'neuzzb@163.com' });
  expect(draft.categories.find((x: { id: string }) => x.id === 'committee').bodyLimit).toMatchObject({ kind: 'max', value: 2000 });
  expect(c.stderr()).toContain('已写入 草稿.json');
  const out = c.stdout();
  expect(out).toContain('✓ 通知原文  正文字数（党支部）：1000 字左右');
  expect(out).toContain('    原文：“党支部案例 1000 字左右”');
  expect(out).toContain('⚠ 需核对  报送截止日期：2024-11-27');
  expect(out).toContain('星期三');
  expect(out).toContain('校验：草稿符合配置格式。');
  // The notice is untouched.
  expect(readFileSync(tmp.file('通知.txt'))).toEqual(readFileSync(NEU_NOTICE));
});

test('the written draft is a profile the checker accepts (--profile 草稿.json)', async () => {
  const c = captureIO({ cwd: tmp.dir });
  expect(await run(['profile', 'draft', NEU_NOTICE, '-o', '可用.json'], c.io)).toBe(0);
  copyFileSync(CASE, tmp.file('案例.txt'));
  const withDraft = captureIO({ cwd: tmp.dir });
  const withNeu = captureIO({ cwd: tmp.dir });
  const a = await run(['--format', 'json', '--profile', '可用.json', '案例.txt'], withDraft.io);
  const b = await run(['--format', 'json', '案例.txt'], withNeu.io);
  expect(withDraft.stderr()).toBe('');
  expect(a).toBe(b);
  const ids = (s: string) => JSON.parse(s).files[0].diagnostics.map((d: { ruleId: string; messageId: string }) => `${d.ruleId}/${d.messageId}`);
  expect(ids(withDraft.stdout())).toEqual(ids(withNeu.stdout()));
});

test('without -o the JSON goes to stdout and the review list to stderr; a notice with sections of its own gives a valid draft', async () => {
  const c = captureIO({ cwd: tmp.dir });
  expect(await run(['profile', 'draft', DATONG], c.io)).toBe(0);
  const draft = JSON.parse(c.stdout());
  expect(draft.parts.filter((p: { kind: string }) => p.kind === 'section').map((p: { label: string }) => p.label)).toEqual(['基本情况', '主要做法', '工作成效', '工作启示', '案例正文']);
  expect(c.stderr()).toContain('✓ 通知原文  正文字数：5000 字以内');
  expect(c.stderr()).toContain('校验：草稿符合配置格式。');
  expect(draft.parts.find((p: { id: string }) => p.id === 'section-3')).toMatchObject({ label: '工作成效', kind: 'section' });
});

test('never writes onto the notice, even with --force; an existing file is kept without --force', async () => {
  const notice = tmp.file('通知2.txt');
  copyFileSync(NEU_NOTICE, notice);
  const c = captureIO({ cwd: tmp.dir });
  expect(await run(['profile', 'draft', '通知2.txt', '-o', '通知2.txt', '--force'], c.io)).toBe(2);
  expect(c.stderr()).toContain('输入文件之一');
  expect(readFileSync(notice)).toEqual(readFileSync(NEU_NOTICE));

  writeFileSync(tmp.file('已有.json'), 'mine');
  const d = captureIO({ cwd: tmp.dir });
  expect(await run(['profile', 'draft', '通知2.txt', '-o', '已有.json'], d.io)).toBe(2);
  expect(d.stderr()).toContain('已存在');
  expect(readFileSync(tmp.file('已有.json'), 'utf8')).toBe('mine');
  // --force replaces an earlier draft (not the notice).
  expect(await run(['profile', 'draft', '通知2.txt', '-o', '已有.json', '--force'], captureIO({ cwd: tmp.dir }).io)).toBe(0);
  expect(JSON.parse(readFileSync(tmp.file('已有.json'), 'utf8')).notice.number).toBe('东大组字〔2024〕92号');
  expect(readFileSync(notice)).toEqual(readFileSync(NEU_NOTICE));
});

test('unreadable notices: a clear Chinese message naming the file, exit 2, nothing written', async () => {
  writeFileSync(tmp.file('通知.pdf'), '%PDF-1.7\n');
  writeFileSync(tmp.file('空.txt'), '');
  writeFileSync(tmp.file('巨大.txt'), '正'.repeat(250_000));
  const cases: [string, string][] = [
    ['不存在.txt', '找不到文件“不存在.txt”'],
    ['通知.pdf', '“通知.pdf”是 PDF 文件'],
    ['空.txt', '“空.txt”是空文件'],
    ['巨大.txt', '“巨大.txt”有 250000 个字符，超过上限 200000'],
  ];
  for (const [name, message] of cases) {
    const c = captureIO({ cwd: tmp.dir });
    expect([name, await run(['profile', 'draft', name, '-o', `${name}.json`], c.io)]).toEqual([name, 2]);
    expect(c.stderr()).toContain(message);
    expect(existsSync(tmp.file(`${name}.json`))).toBe(false);
  }
});

test('a notice saved as .docx gives the same draft as its text', async () => {
  writeFileSync(tmp.file('通知.docx'), docxOf(documentFromText(readFileSync(NEU_NOTICE, 'utf8'))));
  const fromDocx = captureIO({ cwd: tmp.dir });
  const fromText = captureIO({ cwd: tmp.dir });
  expect(await run(['profile', 'draft', '通知.docx'], fromDocx.io)).toBe(0);
  expect(await run(['profile', 'draft', NEU_NOTICE], fromText.io)).toBe(0);
  expect(JSON.parse(fromDocx.stdout())).toEqual(JSON.parse(fromText.stdout()));
  expect(JSON.parse(fromDocx.stdout()).pictures).toMatchObject({ maxGroups: 5, caption: { kind: 'max', value: 20 } });
});

test('usage: no notice, two notices, an unknown subcommand', async () => {
  const none = captureIO();
  expect(await run(['profile', 'draft'], none.io)).toBe(2);
  expect(none.stderr()).toContain('请给出通知的文本文件');
  const two = captureIO();
  expect(await run(['profile', 'draft', 'a.txt', 'b.txt'], two.io)).toBe(2);
  expect(two.stderr()).toContain('只能给出一份通知');
  const other = captureIO();
  expect(await run(['profile', 'make'], other.io)).toBe(2);
  expect(other.stderr()).toContain('未知的 profile 子命令“make”');
  const help = captureIO();
  expect(await run(['profile', 'draft', '--help'], help.io)).toBe(0);
  expect(help.stdout()).toContain('case-check profile draft');
});
