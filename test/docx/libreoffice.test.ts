/**
 * Real .docx files written by LibreOffice (made by test/fixtures/docx/make-fixtures.sh from
 * HTML and plain text): another producer's XML (its own style ids, numbering and table
 * layout) reads sensibly.
 */
import * as fs from 'fs';
import * as path from 'path';
import { countParagraphs } from '../../src/core/count';
import type { CaseDocument } from '../../src/core/model/types';
import { readDocx } from '../../src/docx';

function read(name: string): CaseDocument {
  const r = readDocx(new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../fixtures/docx', name))), { fileName: name });
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

describe('lo-case.docx (HTML → LibreOffice → .docx)', () => {
  const doc = read('lo-case.docx');
  const byText = (t: string) => {
    const p = doc.paragraphs.find((x) => x.text.trim() === t);
    if (!p) throw new Error(`no paragraph ${t}`);
    return p;
  };

  test('the title is bold and centred, the headings are Heading 1/2 with outline levels', () => {
    expect(doc.paragraphs[0]).toMatchObject({ text: '党建引领“一融双高”的实践探索', bold: true, centered: true });
    for (const h of ['案例简介', '一、实施背景', '二、主要做法', '三、经验启示']) expect(byText(h)).toMatchObject({ builtinStyle: 'Heading1', outlineLevel: 0 });
    expect(byText('（一）主要问题')).toMatchObject({ builtinStyle: 'Heading2', outlineLevel: 1 });
    expect(byText('学院党委坚持把党的政治建设摆在首位。').outlineLevel).toBeUndefined();
  });

  test('ordered lists get 1. 2.; bullets get a bullet character', () => {
    expect(['组织生活形式单一', '党建与业务结合不紧'].map((t) => byText(t).listLabel)).toEqual(['1.', '2.']);
    for (const t of ['要点甲', '要点乙']) expect(byText(t).listLabel).toMatch(/^.$/u);
  });

  test('table cells in order with their positions; the picture and its caption', () => {
    const cells = doc.paragraphs.filter((p) => p.table);
    expect(cells.map((p) => [p.text, p.table?.row, p.table?.cell])).toEqual([
      ['时间', 0, 0],
      ['内容', 0, 1],
      ['2023年', 1, 0],
      ['建立“双带头人”工作室', 1, 1],
    ]);
    const picIndex = doc.paragraphs.findIndex((p) => p.pictures.length > 0);
    expect(doc.paragraphs[picIndex].pictures).toHaveLength(1);
    expect(doc.paragraphs[picIndex + 1].text).toBe('图1 党员志愿服务');
  });

  test('counts: the summary paragraph is 33 字 as Word counts it', () => {
    // 本案例以党建引领学科发展，形成了可复制的经验。 = 23 East Asian; 2024 | 年共开展活动 | 12 | 次。 = 1 + 6 + 1 + 2
    expect(countParagraphs([byText('本案例以党建引领学科发展，形成了可复制的经验。2024年共开展活动12次。')]).words).toBe(33);
  });
});

describe('lo-plain.docx (text → LibreOffice → .docx)', () => {
  test('one paragraph per line, nothing else', () => {
    const doc = read('lo-plain.docx');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['案例名称：纯文本案例', '', '一、实施背景', '这是一段用纯文本写成的正文，含有English words和数字2024。']);
    expect(doc.stories).toEqual([]);
  });
});

describe('lo-stories.docx (flat ODT → LibreOffice → .docx)', () => {
  const doc = read('lo-stories.docx');
  test('the main story holds the body only: no note, comment, header, footer or text box text', () => {
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['正文第一段继续。', '第二段有批注。', '带文本框的段落', '第四段。']);
  });
  test('each other story is read once, text boxes once although LibreOffice writes a DrawingML and a VML copy', () => {
    const stories = doc.stories.map((s) => [s.kind, s.paragraphs.map((p) => p.text.trim()).join('|')]);
    expect(stories).toEqual(
      expect.arrayContaining([
        ['textbox', '文本框内容'],
        ['header', '页眉文字'],
        ['footer', '第1页'],
        ['footnote', '脚注内容'],
        ['endnote', '尾注内容'],
        ['comment', '批注内容'],
      ]),
    );
    expect(stories).toHaveLength(6);
  });
});
