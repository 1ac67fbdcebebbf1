/**
 * The parts of a case found by class Finder (src/core/structure/index.ts): content controls,
 * cover labels beside or above their values, headings, sub-headings, where parts end and
 * where the body runs. Each expected range is counted by hand from the paragraphs written.
 */
import { caseDoc, han } from '../../helpers/case-doc';
import type { Paragraph } from '../../../src/core/model/types';
import { lines, range, structureOf } from './helpers';

const ctl = (tag: string) => ({ controls: [{ tag, id: tag }] });
const cell = (table: number, row: number, c: number): { table: Paragraph['table'] } => ({ table: { depth: 1, table, row, cell: c } });

describe('a cover value in a tagged control inside a table takes its label from the cell on its left', () => {
  test('the label cell names the same part: the label is kept', () => {
    const s = structureOf(
      caseDoc()
        .para('案例名称', cell(0, 0, 0))
        .para('党建引领实践育人', { ...cell(0, 0, 1), ...ctl('case.title') })
        .para('申报单位', cell(0, 1, 0))
        .para('信息学院党委', cell(0, 1, 1))
        .para('案例简介')
        .para(han(200))
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 1, end: 2, via: 'control', label: '案例名称', value: '党建引领实践育人' });
    expect(s.parts.unit).toMatchObject({ start: 2, contentStart: 3, end: 4, value: '信息学院党委' });
  });

  test('an empty paragraph after the label in its cell is passed over', () => {
    const s = structureOf(
      caseDoc()
        .para('案例名称', cell(0, 0, 0))
        .para('', cell(0, 0, 0))
        .para('党建引领实践育人', { ...cell(0, 0, 1), ...ctl('case.title') })
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 2, label: '案例名称', value: '党建引领实践育人' });
  });

  test('an earlier paragraph of the value cell is passed over', () => {
    const s = structureOf(
      caseDoc()
        .para('案例名称', cell(0, 0, 0))
        .para('（不超过30字）', cell(0, 0, 1))
        .para('党建引领实践育人', { ...cell(0, 0, 1), ...ctl('case.title') })
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 2, label: '案例名称', value: '党建引领实践育人' });
  });

  test('a control outside any table, just after one, has no cell on its left: no label, and nothing else is read', () => {
    const s = structureOf(
      caseDoc()
        .para('申报单位', cell(0, 0, 0))
        .para('信息学院党委', cell(0, 0, 1))
        .para('党建引领实践育人', ctl('case.title'))
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 2, end: 3, via: 'control', value: '党建引领实践育人' });
    expect(s.parts.title!.label).toBeUndefined();
  });

  test('a left cell naming another part gives no label', () => {
    const s = structureOf(
      caseDoc()
        .para('申报单位', cell(0, 0, 0))
        .para('党建引领实践育人', { ...cell(0, 0, 1), ...ctl('case.title') })
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 1, via: 'control', value: '党建引领实践育人' });
    expect(s.parts.title!.label).toBeUndefined();
  });

  test('a left cell with other words gives no label', () => {
    const s = structureOf(
      caseDoc()
        .para('填写说明', cell(0, 0, 0))
        .para('党建引领实践育人', { ...cell(0, 0, 1), ...ctl('case.title') })
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 1, value: '党建引领实践育人' });
    expect(s.parts.title!.label).toBeUndefined();
  });

  test('an empty left cell gives no label, even when the row above has one', () => {
    const s = structureOf(
      caseDoc()
        .para('说明')
        .para('案例名称', cell(0, 0, 0))
        .para('（见下行）', cell(0, 0, 1))
        .para('', cell(0, 1, 0))
        .para('党建引领实践育人', { ...cell(0, 1, 1), ...ctl('case.title') })
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 4, via: 'control', value: '党建引领实践育人' });
    expect(s.parts.title!.label).toBeUndefined();
  });

  test('an empty left cell gives no label, even when the table above has one in the same row', () => {
    const s = structureOf(
      caseDoc()
        .para('案例名称', cell(0, 0, 0))
        .para('（见下表）', cell(0, 0, 1))
        .para('', cell(1, 0, 0))
        .para('党建引领实践育人', { ...cell(1, 0, 1), ...ctl('case.title') })
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 3, via: 'control', value: '党建引领实践育人' });
    expect(s.parts.title!.label).toBeUndefined();
  });

  test('an empty left cell after a paragraph outside the table gives no label', () => {
    const s = structureOf(
      caseDoc()
        .para('案例名称')
        .para('', cell(0, 0, 0))
        .para('党建引领实践育人', { ...cell(0, 0, 1), ...ctl('case.title') })
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 2, via: 'control', value: '党建引领实践育人' });
    expect(s.parts.title!.label).toBeUndefined();
  });

  test('a control in the first cell has no label cell', () => {
    const s = structureOf(
      caseDoc()
        .para('案例名称')
        .para('党建引领实践育人', { ...cell(0, 0, 0), ...ctl('case.title') })
        .para('案例名称', cell(0, 0, 1))
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 1, via: 'control', value: '党建引领实践育人' });
    expect(s.parts.title!.label).toBeUndefined();
  });
});

describe('a cover value in a tagged control', () => {
  test('a one-paragraph control holding label and value: the label is split off the value', () => {
    const s = structureOf(caseDoc().para('封面').para('案例名称：党建引领实践育人', ctl('case.title')).build());
    expect(s.parts.title).toMatchObject({ start: 1, contentStart: 1, end: 2, via: 'control', label: '案例名称：', value: '党建引领实践育人' });
    expect(s.parts.title!.inline).toEqual({ paragraph: 1, text: '党建引领实践育人', offset: 5 });
  });

  test('a one-paragraph control holding only the label: the value is empty and sits at the end of the line', () => {
    const s = structureOf(caseDoc().para('封面').para('案例名称', ctl('case.title')).build());
    expect(s.parts.title).toMatchObject({ start: 1, end: 2, label: '案例名称', value: '' });
    expect(s.parts.title!.inline).toEqual({ paragraph: 1, text: '', offset: 4 });
  });

  test('a control holding another part\'s label keeps its whole text as the value', () => {
    const s = structureOf(caseDoc().para('封面').para('申报单位：信息学院党委', ctl('case.title')).build());
    expect(s.parts.title).toMatchObject({ start: 1, end: 2, via: 'control', value: '申报单位：信息学院党委' });
    expect(s.parts.title!.label).toBeUndefined();
    expect(s.parts.title!.inline).toEqual({ paragraph: 1, text: '申报单位：信息学院党委', offset: 0 });
  });

  test('a control holding a numbered line that only starts with the label keeps its whole text', () => {
    const s = structureOf(caseDoc().para('封面').para('一、案例名称征集', ctl('case.title')).build());
    expect(s.parts.title).toMatchObject({ start: 1, end: 2, value: '一、案例名称征集' });
    expect(s.parts.title!.label).toBeUndefined();
  });

  test('a control of two paragraphs: the value is both, with no inline place', () => {
    const s = structureOf(caseDoc().para('封面').para('案例名称：党建引领', ctl('case.title')).para('实践育人', ctl('case.title')).build());
    expect(s.parts.title).toMatchObject({ start: 1, contentStart: 1, end: 3, via: 'control' });
    expect(s.parts.title!.value).toBe('案例名称：党建引领\n实践育人');
    expect(s.parts.title!.label).toBeUndefined();
    expect(s.parts.title!.inline).toBeUndefined();
  });
});

describe('a section in a tagged control', () => {
  test('a control whose first paragraph names another section: no heading, the content starts at the control', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介')
        .para(han(200))
        .para('三、经验启示', ctl('case.practice'))
        .para(han(200), ctl('case.practice'))
        .build(),
    );
    expect(range(s, 'practice')).toEqual([2, 2, 4]);
    expect(s.parts.practice!.heading).toBeUndefined();
    expect(s.parts.practice!.label).toBeUndefined();
  });

  test('a control whose first paragraph is its heading with inline content', () => {
    const s = structureOf(caseDoc().para('二、主要做法：我们坚持党建引领', ctl('case.practice')).para(han(100), ctl('case.practice')).build());
    expect(s.parts.practice).toMatchObject({ start: 0, contentStart: 0, end: 2, heading: 0, label: '二、主要做法：' });
    expect(s.parts.practice!.inline).toEqual({ paragraph: 0, text: '我们坚持党建引领', offset: 7 });
  });

  test('a heading with inline content just before the control', () => {
    const s = structureOf(caseDoc().para('二、主要做法：我们坚持党建引领').para(han(100), ctl('case.practice')).build());
    expect(s.parts.practice).toMatchObject({ start: 0, contentStart: 1, end: 2, heading: 0, label: '二、主要做法：' });
    expect(s.parts.practice!.inline).toEqual({ paragraph: 0, text: '我们坚持党建引领', offset: 7 });
  });

  test('a bare heading just before the control has no inline content', () => {
    const s = structureOf(caseDoc().heading('二、主要做法').para(han(100), ctl('case.practice')).build());
    expect(s.parts.practice).toMatchObject({ start: 0, contentStart: 1, end: 2, heading: 0, label: '二、主要做法' });
    expect(s.parts.practice!.inline).toBeUndefined();
  });

  test('a heading just before the control that names another section stays that section', () => {
    const s = structureOf(caseDoc().heading('一、实施背景').para(han(100), ctl('case.practice')).build());
    expect(range(s, 'background')).toEqual([0, 1, 1]);
    expect(range(s, 'practice')).toEqual([1, 1, 2]);
    expect(s.parts.practice!.heading).toBeUndefined();
  });

  test('the paragraph before the control belongs to another control: it is not taken as the heading', () => {
    const s = structureOf(
      caseDoc()
        .para(han(100), ctl('case.background'))
        .para('二、主要做法', ctl('case.background'))
        .para(han(100), ctl('case.practice'))
        .build(),
    );
    expect(range(s, 'background')).toEqual([0, 0, 2]);
    expect(range(s, 'practice')).toEqual([2, 2, 3]);
    expect(s.parts.practice!.heading).toBeUndefined();
  });
});

describe('cover fields written as text', () => {
  // `联系人：` 4, the name, `\u3000联系电话：` 6, the number 11: 21 characters besides the name.
  const contactLine = (total: number) => `联系人：${'张'.repeat(total - 21)}\u3000联系电话：13800000000`;

  test('a line of 500 characters is still split into its fields', () => {
    const line = contactLine(500);
    expect(line).toHaveLength(500);
    const s = structureOf(line);
    expect(s.parts.contact).toMatchObject({ via: 'field', value: '张'.repeat(479) });
    expect(s.parts.phone).toMatchObject({ via: 'field', value: '13800000000', inline: { paragraph: 0, text: '13800000000', offset: 489 } });
  });

  test('a line of 501 characters is one field: its value runs to the end of the line', () => {
    const line = contactLine(501);
    expect(line).toHaveLength(501);
    const s = structureOf(line);
    expect(s.parts.contact).toMatchObject({ start: 0, end: 1, via: 'field', label: '联系人：', value: `${'张'.repeat(480)}\u3000联系电话：13800000000` });
    expect(s.parts.contact!.inline).toMatchObject({ paragraph: 0, offset: 4 });
    expect(s.parts.phone).toBeUndefined();
  });

  test('a bare label with nothing after it: an empty value, the content after the label', () => {
    const s = structureOf(lines('申报单位', '案例简介', han(200)));
    expect(s.parts.unit).toEqual({ id: 'unit', start: 0, contentStart: 1, end: 1, via: 'field', label: '申报单位', value: '' });
    expect(range(s, 'summary')).toEqual([1, 2, 3]);
  });

  test('a numbered line that only starts with a cover label is no field', () => {
    const s = structureOf(lines('一、申报单位情况', '信息科学与工程学院党委', '案例简介', han(200)));
    expect(s.parts.unit).toBeUndefined();
  });

  test('the value line under a bare label is taken: it is no title', () => {
    const s = structureOf(lines('申报单位', '信息科学与工程学院党委', '案例简介', han(200)));
    expect(s.parts.unit).toMatchObject({ start: 0, contentStart: 1, end: 2, value: '信息科学与工程学院党委' });
    expect(s.parts.title).toBeUndefined();
  });

  test('the value may be two blank lines below the label, not three', () => {
    const two = structureOf(lines('申报单位', '', '', '信息学院党委', '案例简介', han(200)));
    expect(two.parts.unit).toMatchObject({ contentStart: 3, end: 4, value: '信息学院党委' });
    const three = structureOf(lines('申报单位', '', '', '', '信息学院党委', '案例简介', han(200)));
    expect(three.parts.unit).toMatchObject({ contentStart: 1, end: 1, value: '' });
  });

  test('a value one blank line below the label', () => {
    const s = structureOf(lines('申报单位', '', '信息学院党委'));
    expect(s.parts.unit).toMatchObject({ start: 0, contentStart: 2, end: 3, value: '信息学院党委' });
  });

  test('a picture below the label ends the search for a value', () => {
    const s = structureOf(caseDoc().para('申报单位').para('', { pictures: 1 }).para('信息学院党委').build());
    expect(s.parts.unit).toMatchObject({ start: 0, contentStart: 1, end: 1, value: '' });
  });

  test('a table below a label outside it holds no value for it', () => {
    const s = structureOf(caseDoc().para('申报单位').para('信息学院党委', cell(0, 0, 0)).build());
    expect(s.parts.unit).toMatchObject({ start: 0, contentStart: 1, end: 1, value: '' });
  });

  test('a value line of up to 96 characters is taken, not a longer one', () => {
    const taken = structureOf(lines('申报单位', han(96), '案例简介', han(200)));
    expect(taken.parts.unit).toMatchObject({ contentStart: 1, end: 2, value: han(96) });
    const short = structureOf(lines('申报单位', han(31), '案例简介', han(200)));
    expect(short.parts.unit).toMatchObject({ contentStart: 1, end: 2, value: han(31) });
    const long = structureOf(lines('申报单位', han(97), '案例简介', han(200)));
    expect(long.parts.unit).toMatchObject({ contentStart: 1, end: 1, value: '' });
  });

  test('a label cell whose only cell below is another label has no value there', () => {
    const s = structureOf(caseDoc().table([['案例名称'], ['申报单位'], ['信息学院党委']]).build());
    expect(s.parts.title).toMatchObject({ start: 0, contentStart: 1, end: 1, value: '' });
    expect(s.parts.unit).toMatchObject({ start: 1, contentStart: 2, end: 3, value: '信息学院党委' });
  });
});

describe('sub-headings and repeats of a section', () => {
  test('a numbered heading after a section found by its control alone is a new section', () => {
    const s = structureOf(caseDoc().para(han(100), ctl('case.practice')).para('三、经验启示').para(han(100)).build());
    expect(range(s, 'practice')).toEqual([0, 0, 1]);
    expect(range(s, 'lessons')).toEqual([1, 2, 3]);
  });

  test('a styled item with inline content under a plain list heading of the same numbering is a new section', () => {
    const s = structureOf(
      caseDoc()
        .para('2. 主要做法')
        .para(han(100))
        .para('1. 经验启示：我们体会到党建引领的重要', { style: 'Heading1' })
        .para(han(100))
        .build(),
    );
    expect(range(s, 'practice')).toEqual([0, 1, 2]);
    expect(range(s, 'lessons')).toEqual([2, 2, 4]);
  });

  test('an item of a higher-ranked numbering with inline content under （二） is a new section', () => {
    const s = structureOf(lines('（二）主要做法', han(100), '一、经验启示：我们体会到党建引领的重要', han(100)));
    expect(range(s, 'practice')).toEqual([0, 1, 2]);
    expect(range(s, 'lessons')).toEqual([2, 2, 4]);
  });

  test('a bracketed heading with inline content after a bracketed section is a new section', () => {
    const s = structureOf(lines('【主要做法】', han(100), '【经验启示】我们体会到党建引领的重要', han(100)));
    expect(range(s, 'practice')).toEqual([0, 1, 2]);
    expect(range(s, 'lessons')).toEqual([2, 2, 4]);
  });

  test('two plain headings naming the same section: the second is a duplicate', () => {
    const s = structureOf(lines('主要做法', han(100), '主要做法', han(100)));
    expect(range(s, 'practice')).toEqual([0, 1, 2]);
    expect(s.duplicates.map((d) => [d.id, d.start, d.end])).toEqual([['practice', 2, 4]]);
  });

  test('a plain heading, then a styled one naming the same section: a sub-heading, no duplicate', () => {
    const s = structureOf(caseDoc().para('主要做法').para(han(100)).para('主要做法', { style: 'Heading1' }).para(han(100)).build());
    expect(range(s, 'practice')).toEqual([0, 1, 4]);
    expect(s.duplicates).toEqual([]);
  });

  test('a styled heading, then a plain one naming the same section: a sub-heading, no duplicate', () => {
    const s = structureOf(caseDoc().para('主要做法', { style: 'Heading1' }).para(han(100)).para('主要做法').para(han(100)).build());
    expect(range(s, 'practice')).toEqual([0, 1, 4]);
    expect(s.duplicates).toEqual([]);
  });

  test('a numbered heading, then a plain one naming the same section: a sub-heading, no duplicate', () => {
    const s = structureOf(lines('二、主要做法', han(100), '主要做法', han(100)));
    expect(range(s, 'practice')).toEqual([0, 1, 4]);
    expect(s.duplicates).toEqual([]);
  });

  test('a plain heading, then a numbered one naming the same section: a sub-heading, no duplicate', () => {
    const s = structureOf(lines('主要做法', han(100), '二、主要做法', han(100)));
    expect(range(s, 'practice')).toEqual([0, 1, 4]);
    expect(s.duplicates).toEqual([]);
  });

  test('the body heading written again is no duplicate', () => {
    const s = structureOf(
      caseDoc().heading('案例正文').heading('一、实施背景').para(han(100)).heading('二、主要做法').para(han(100)).heading('案例正文').para(han(50)).build(),
    );
    expect(range(s, 'body')).toEqual([0, 1, 5]);
    expect(s.duplicates).toEqual([]);
  });
});

describe('where parts end', () => {
  test('a cover field ends at its own line, even with a note below it', () => {
    const s = structureOf(lines('案例名称：党建引领实践育人', '（限30字以内）', '申报单位：信息学院党委'));
    expect(range(s, 'title')).toEqual([0, 0, 1]);
    expect(range(s, 'unit')).toEqual([2, 2, 3]);
  });

  test('two controls opening in the same paragraph: each part runs to the next part that opens after it', () => {
    const s = structureOf(
      caseDoc()
        .para(han(100), { controls: [{ tag: 'case.background', id: 'b' }, { tag: 'case.practice', id: 'p' }] })
        .para(han(100), { controls: [{ tag: 'case.practice', id: 'p' }] })
        .heading('三、经验启示')
        .para(han(100))
        .build(),
    );
    // Like any part, a control's part runs past the control to the next part's start (lessons at 2).
    expect(range(s, 'background')).toEqual([0, 0, 2]);
    expect(range(s, 'practice')).toEqual([0, 0, 2]);
    expect(range(s, 'lessons')).toEqual([2, 3, 4]);
    expect(range(s, 'body')).toEqual([0, 0, 4]);
  });
});

describe('where the body runs', () => {
  test('from the first section\'s heading, with its heading and label, to the end of the last', () => {
    const s = structureOf(caseDoc().summary(han(200)).background(han(100)).practice(han(100)).build());
    expect(s.parts.body).toEqual({ id: 'body', start: 2, contentStart: 2, end: 6, via: 'heading-style', heading: 2, label: '一、实施背景' });
  });

  test('a section found again after the last one extends the body to its end', () => {
    const s = structureOf(caseDoc().summary(han(200)).background(han(100)).practice(han(100)).background(han(100), '一、实施背景').build());
    expect(s.duplicates.map((d) => [d.id, d.start, d.end])).toEqual([['background', 6, 8]]);
    expect(range(s, 'body')).toEqual([2, 2, 8]);
  });

  test('the summary found again after the last section does not extend the body', () => {
    const s = structureOf(caseDoc().summary(han(200)).background(han(100)).practice(han(100)).summary(han(100)).build());
    expect(s.duplicates.map((d) => [d.id, d.start, d.end])).toEqual([['summary', 6, 8]]);
    expect(range(s, 'body')).toEqual([2, 2, 6]);
  });

  test('an unrecognised section-level heading before the first section opens the body', () => {
    const s = structureOf(caseDoc().summary(han(200)).heading('一、工作缘起').para(han(100)).practice(han(100)).lessons(han(100)).build());
    expect(s.otherSections[0]).toMatchObject({ start: 2, end: 4, heading: 2, label: '一、工作缘起', candidateFor: 'background' });
    expect(s.parts.body).toEqual({ id: 'body', start: 2, contentStart: 2, end: 8, via: 'heading-style', heading: 2, label: '一、工作缘起' });
  });

  test('a 案例正文 heading before such a stretch stays the body\'s start', () => {
    const s = structureOf(caseDoc().summary(han(200)).heading('案例正文').heading('一、工作缘起').para(han(100)).practice(han(100)).build());
    expect(s.parts.body).toMatchObject({ start: 2, contentStart: 3, end: 7, heading: 2, label: '案例正文' });
  });

  test('a 案例正文 heading after such a stretch does not move the body\'s start', () => {
    const s = structureOf(caseDoc().summary(han(200)).heading('一、工作缘起').para(han(100)).heading('案例正文').practice(han(100)).build());
    expect(s.parts.body).toMatchObject({ start: 2, contentStart: 2, end: 7, heading: 2, label: '一、工作缘起' });
  });

  test('a paragraph in two section controls: the body takes the earlier section of the notice\'s order as its first', () => {
    // 二、主要做法 is the heading of the practice control that wraps it, not of the background control.
    const two = [{ tag: 'case.background', id: 'b' }, { tag: 'case.practice', id: 'p' }];
    const s = structureOf(caseDoc().para('二、主要做法', { controls: two }).para(han(100), { controls: two }).build());
    expect(s.parts.practice).toMatchObject({ start: 0, contentStart: 1, end: 2, heading: 0 });
    expect(s.parts.background).toMatchObject({ start: 0, contentStart: 0, end: 2 });
    expect(s.parts.body).toEqual({ id: 'body', start: 0, contentStart: 0, end: 2, via: 'control' });
  });

  test('a body control and a section control on the same paragraph: the body control is the body', () => {
    const two = [{ tag: 'case.body', id: 'b' }, { tag: 'case.practice', id: 'p' }];
    const s = structureOf(caseDoc().para('二、主要做法', { controls: two }).para(han(100), { controls: two }).build());
    expect(s.parts.practice).toMatchObject({ start: 0, contentStart: 1, end: 2, heading: 0 });
    expect(s.parts.body).toEqual({ id: 'body', start: 0, contentStart: 0, end: 2, via: 'control' });
  });

  test('the summary\'s guessed end: the unlabelled opening after it starts the body, with no heading or label', () => {
    const s = structureOf(caseDoc().summary(han(200)).para(han(300)).practice(han(100)).lessons(han(100)).build());
    expect(s.summaryGuess).toEqual({ paragraph: 2 });
    expect(s.parts.body).toEqual({ id: 'body', start: 2, contentStart: 2, end: 7, via: 'heading-style' });
  });
});

describe('a heading-like line ends the summary before the body', () => {
  /** 案例简介 (Heading 1), 80 字, the line under test, 40 字, 二、主要做法 (Heading 1), 100 字: short enough for no guessed end. */
  function summaryWith(text: string, o: Parameters<ReturnType<typeof caseDoc>['para']>[1] = {}) {
    return structureOf(caseDoc().summary(han(80)).para(text, o).para(han(40)).practice(han(100)).build());
  }

  test.each<[string, string, Parameters<ReturnType<typeof caseDoc>['para']>[1]]>([
    ['bold', '工作缘起', { bold: true }],
    ['centred', '工作缘起', { centered: true }],
    ['in a heading style below the summary\'s', '工作缘起', { style: 'Heading2' }],
    ['numbered', '一、工作缘起', {}],
    ['bold, with a comma inside', '党建引领，服务发展', { bold: true }],
  ])('a short %s line: the summary ends before it', (_, text, o) => {
    const s = summaryWith(text, o);
    expect(range(s, 'summary')).toEqual([0, 1, 2]);
    expect(range(s, 'body')).toEqual([2, 2, 6]);
  });

  test.each<[string, string, Parameters<ReturnType<typeof caseDoc>['para']>[1]]>([
    ['plain', '工作缘起', {}],
    ['bold sentence', '我们这样做。', { bold: true }],
    ['bold long', han(60), { bold: true }],
    ['centred picture with words', '活动现场', { centered: true, pictures: 1 }],
  ])('a %s line does not end the summary', (_, text, o) => {
    const s = summaryWith(text, o);
    expect(range(s, 'summary')).toEqual([0, 1, 4]);
    expect(range(s, 'body')).toEqual([4, 4, 6]);
  });
});

describe('an unrecognised heading at the sections\' level after the last section', () => {
  test('a plain numbered one after numbered headings in a heading style: the body runs to the end', () => {
    const s = structureOf(caseDoc().background(han(100)).practice(han(100)).lessons(han(100)).para('四、下一步打算').para(han(100)).build());
    expect(range(s, 'lessons')).toEqual([4, 5, 6]);
    expect(s.otherSections).toEqual([{ start: 6, end: 8, heading: 6, label: '四、下一步打算' }]);
    expect(range(s, 'body')).toEqual([0, 0, 8]);
  });

  test('a numbered one in a heading style after plain numbered headings: the body runs to the end', () => {
    const s = structureOf(caseDoc().plainHeadings().background(han(100)).practice(han(100)).lessons(han(100)).heading('四、下一步打算', 'Heading1').para(han(100)).build());
    expect(s.otherSections).toEqual([{ start: 6, end: 8, heading: 6, label: '四、下一步打算' }]);
    expect(range(s, 'body')).toEqual([0, 0, 8]);
  });

  test('an unnumbered one in the sections\' heading style: the body runs to the end; a deeper heading inside it does not cut it', () => {
    const s = structureOf(
      caseDoc()
        .background(han(100), '实施背景')
        .practice(han(100), '主要做法')
        .lessons(han(100), '经验启示')
        .heading('下一步打算')
        .para(han(100))
        .heading('具体安排', 'Heading2')
        .para(han(100))
        .build(),
    );
    expect(s.otherSections).toEqual([{ start: 6, end: 10, heading: 6, label: '下一步打算' }]);
    expect(range(s, 'body')).toEqual([0, 0, 10]);
  });

  test('a numbered line in a table inside it does not cut it', () => {
    const s = structureOf(caseDoc().plainHeadings().background(han(100)).practice(han(100)).lessons(han(100)).para('四、下一步打算').para(han(100)).table([['五、附表']]).para(han(50)).build());
    expect(s.otherSections).toEqual([{ start: 6, end: 10, heading: 6, label: '四、下一步打算' }]);
    expect(range(s, 'body')).toEqual([0, 0, 10]);
  });
});
