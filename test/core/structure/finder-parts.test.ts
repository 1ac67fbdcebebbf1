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
    expect(s.parts.title!.value).toContain('实践育人');
    expect(s.parts.title!.value).toContain('案例名称：党建引领');
    expect(s.parts.title!.label).toBeUndefined();
    expect(s.parts.title!.inline).toBeUndefined();
  });
});

describe('a section in a tagged control', () => {
  test('text in the control that looks like another section\'s heading is neither that section nor a duplicate', () => {
    const s = structureOf(
      caseDoc()
        .heading('主要做法')
        .para('三、经验启示', ctl('case.practice'))
        .para(han(200), ctl('case.practice'))
        .heading('经验启示')
        .para(han(100), ctl('case.lessons'))
        .build(),
    );
    expect(range(s, 'practice')).toEqual([0, 1, 3]);
    expect(range(s, 'lessons')).toEqual([3, 4, 5]);
    expect(s.duplicates).toEqual([]);
    expect(s.otherSections).toEqual([]);
  });

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
