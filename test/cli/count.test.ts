/**
 * `case-check count` on the reference documents saved by Word. The expected figures are
 * Word's own, as its 字数统计 dialog shows them, copied from ../shared/wordcount/README.md
 * ("Reference documents"): they are a measurement by Word, not something this project computes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import { captureIO, SHARED_WORDCOUNT, tempDir } from './helpers';

const WORD_FIGURES = [
  { file: 'zh-exam-notes-word16-win.docx', words: 4782, charsNoSpaces: 5176, charsWithSpaces: 5387, paragraphs: 168, eastAsianChars: 4558, nonAsianWords: 224 },
  { file: 'en-report-word16-win.docx', words: 2506, charsNoSpaces: 14167, charsWithSpaces: 16925, paragraphs: 285, eastAsianChars: 0, nonAsianWords: 2506 },
  { file: 'en-short-word12-mac.docx', words: 32, charsNoSpaces: 175, charsWithSpaces: 205, paragraphs: 4, eastAsianChars: 0, nonAsianWords: 32 },
];

test('the reference documents are beside the repository (../shared)', () => {
  for (const f of WORD_FIGURES) expect(existsSync(path.join(SHARED_WORDCOUNT, f.file))).toBe(true);
});

describe.each(WORD_FIGURES)('count $file', ({ file, ...figures }) => {
  const full = path.join(SHARED_WORDCOUNT, file);

  test("JSON gives Word's six statistics", async () => {
    const c = captureIO();
    expect(await run(['count', '--format', 'json', full], c.io)).toBe(0);
    expect(JSON.parse(c.stdout())).toEqual({ file: full, ...figures });
  });

  test('text shows them under Word’s Chinese labels', async () => {
    const c = captureIO();
    expect(await run(['count', full], c.io)).toBe(0);
    const out = c.stdout();
    expect(out).toMatch(new RegExp(`字数 +${figures.words}\\n`));
    expect(out).toMatch(new RegExp(`字符数\\(不计空格\\) +${figures.charsNoSpaces}\\n`));
    expect(out).toMatch(new RegExp(`字符数\\(计空格\\) +${figures.charsWithSpaces}\\n`));
    expect(out).toMatch(new RegExp(`段落数 +${figures.paragraphs}\\n`));
    expect(out).toMatch(new RegExp(`中文字符和朝鲜语单词 +${figures.eastAsianChars}\\n`));
    expect(out).toMatch(new RegExp(`非中文单词 +${figures.nonAsianWords}\\n`));
  });
});

describe('count inputs', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test('text from standard input (README worked examples)', async () => {
    const c = captureIO({ stdin: '使用5G和AI推动数字化转型\nHello 世界\n' });
    expect(await run(['count', '--format', 'json', '-'], c.io)).toBe(0);
    // 12 + 3 字; 14 + 7 字符; 计空格 14 + 8; two paragraphs.
    expect(JSON.parse(c.stdout())).toEqual({
      file: '-',
      words: 15,
      charsNoSpaces: 21,
      charsWithSpaces: 22,
      paragraphs: 2,
      eastAsianChars: 12,
      nonAsianWords: 3,
    });
  });

  test('GB18030 text is counted as decoded, with a note on stderr', async () => {
    const gb = tmp.file('gb.txt');
    // 你好，世界。 in GB18030 (GBK) bytes.
    writeFileSync(gb, Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7, 0xa1, 0xa3]));
    const c = captureIO();
    expect(await run(['count', '--format', 'json', gb], c.io)).toBe(0);
    expect(JSON.parse(c.stdout())).toMatchObject({ words: 6, charsNoSpaces: 6, eastAsianChars: 6 });
    expect(c.stderr()).toContain('GB18030');
    expect(c.stderr()).toContain('gb.txt');
  });

  test('several inputs give an array, an unreadable one an error entry and exit 2', async () => {
    const a = tmp.file('a.txt');
    writeFileSync(a, '你好，世界。');
    const missing = tmp.file('missing.txt');
    const c = captureIO();
    expect(await run(['count', '--format', 'json', a, missing], c.io)).toBe(2);
    const json = JSON.parse(c.stdout());
    expect(Array.isArray(json)).toBe(true);
    expect(json[0]).toMatchObject({ file: a, words: 6, charsNoSpaces: 6 });
    expect(json[1].error.code).toBe('not-found');
    expect(c.stderr()).toContain('missing.txt');
  });
});
