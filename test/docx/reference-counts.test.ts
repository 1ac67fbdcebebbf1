/**
 * Acceptance: the reader plus the counting module reproduce Word's own six figures for the
 * reference documents of shared/wordcount (README table), from the .docx bytes alone.
 */
import * as fs from 'fs';
import * as path from 'path';
import { countParagraphs } from '../../src/core/count';
import { readDocx } from '../../src/docx';

const DIR = path.resolve(__dirname, '../../../shared/wordcount/docx');
const README = path.resolve(DIR, '../README.md');

/** The table rows of the README: file, saved by, then the six figures. */
function expectedFigures(): { file: string; figures: number[] }[] {
  const rows: { file: string; figures: number[] }[] = [];
  for (const line of fs.readFileSync(README, 'utf8').split('\n')) {
    const m = /^\|\s*`docx\/([^`]+)`\s*\|[^|]*\|((?:\s*\d+\s*\|){6})\s*$/.exec(line);
    if (m) rows.push({ file: m[1], figures: m[2].split('|').filter((s) => s.trim()).map(Number) });
  }
  return rows;
}

const rows = fs.existsSync(README) ? expectedFigures() : [];

describe('Word reference documents', () => {
  test('the README table lists the three reference files', () => {
    expect(rows.map((r) => r.file).sort()).toEqual([
      'en-report-word16-win.docx',
      'en-short-word12-mac.docx',
      'zh-exam-notes-word16-win.docx',
    ]);
  });

  test.each(rows.map((r) => [r.file, r.figures] as const))('%s: 字数, 字符数, 计空格, 段落数, 中文字符, 非中文单词', (file, figures) => {
    const result = readDocx(new Uint8Array(fs.readFileSync(path.join(DIR, file))), { fileName: file });
    if (!result.ok) throw new Error(result.error.message);
    const c = countParagraphs(result.doc.paragraphs);
    expect([c.words, c.charsNoSpaces, c.charsWithSpaces, c.paragraphs, c.eastAsianChars, c.nonAsianWords]).toEqual(figures);
  });
});
