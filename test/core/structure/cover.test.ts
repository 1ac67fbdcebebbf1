import { caseDoc, han } from '../../helpers/case-doc';
import type { Paragraph } from '../../../src/core/model/types';
import type { PartId } from '../../../src/core/profile/types';
import { profileTables } from '../../../src/core/structure/aliases';
import { cellBelow, nextCell, rangeValue, splitFields } from '../../../src/core/structure/cover';
import type { CaseStructure } from '../../../src/core/structure/types';
import { PROFILE, lines, structureOf } from './helpers';

function values(s: CaseStructure): Partial<Record<PartId, string>> {
  const out: Partial<Record<PartId, string>> = {};
  for (const [id, p] of Object.entries(s.parts)) if (p?.value !== undefined) out[id as PartId] = p.value;
  return out;
}

describe('cover fields on lines', () => {
  test.each<[string, Partial<Record<PartId, string>>]>([
    ['案例名称：党建引领“双创”实践育人', { title: '党建引领“双创”实践育人' }],
    ['案例名称: 党建引领', { title: '党建引领' }],
    ['案例名称 ： 党建引领', { title: '党建引领' }],
    ['申报单位（盖章）：信息学院党委', { unit: '信息学院党委' }],
    ['申报单位(盖章)：信息学院党委', { unit: '信息学院党委' }],
    ['申 报 单 位：信息学院党委', { unit: '信息学院党委' }],
    ['实施党组织：计算机系教师第一党支部', { org: '计算机系教师第一党支部' }],
    ['实施时间（起始年月）：2021年9月', { period: '2021年9月' }],
    ['申报单位（公章）：信息学院党委', { unit: '信息学院党委' }],
    ['其他说明：无', {}],
    ['实施起始时间：2021年9月', { period: '2021年9月' }],
    ['联系人：张三　联系电话：024-83687000', { contact: '张三', phone: '024-83687000' }],
    ['联系人：张三 电话：13800000000', { contact: '张三', phone: '13800000000' }],
    ['联 系 人：张三　　联系电话：13800000000', { contact: '张三', phone: '13800000000' }],
    ['联系人：张三（办公时间 8:30-17:00）', { contact: '张三（办公时间 8:30-17:00）' }],
    ['联系人：　　　联系电话：', { contact: '', phone: '' }],
    ['1. 案例名称：党建引领', { title: '党建引领' }],
    ['【案例名称】党建引领', { title: '党建引领' }],
  ])('%s', (line, expected) => {
    expect(values(structureOf(line))).toEqual(expected);
  });

  test('a field records its label and the value offset', () => {
    const s = structureOf('联系人：张三　联系电话：024-83687000');
    expect(s.parts.phone).toMatchObject({ start: 0, via: 'field', label: '联系电话：', inline: { paragraph: 0, text: '024-83687000', offset: 12 } });
  });

  test('the first occurrence wins', () => {
    const s = structureOf(lines('案例名称：甲', '案例名称：乙'));
    expect(s.parts.title!.value).toBe('甲');
    expect(s.duplicates).toEqual([]);
  });

  test('a bare label with the value on the next line', () => {
    const s = structureOf(lines('案例名称', '党建引领“双创”实践育人', '案例简介', han(200)));
    expect(s.parts.title).toMatchObject({ start: 0, contentStart: 1, end: 2, value: '党建引领“双创”实践育人' });
    expect(s.parts.summary!.start).toBe(2);
  });
});

describe('cover tables', () => {
  test('label cell, value cell', () => {
    const s = structureOf(
      caseDoc()
        .table([
          ['案例名称', '党建引领“双创”实践育人'],
          ['申报单位（盖章）', '信息科学与工程学院党委'],
          ['实施党组织', '计算机系教师第一党支部'],
          ['类别', '党支部（教师党支部）'],
          ['实施起始时间', '2021年9月'],
          ['联系人', '张三', '联系电话', '024-83687000'],
        ])
        .para('案例简介')
        .para(han(200))
        .build(),
    );
    expect(values(s)).toEqual({
      title: '党建引领“双创”实践育人',
      unit: '信息科学与工程学院党委',
      org: '计算机系教师第一党支部',
      category: '党支部（教师党支部）',
      period: '2021年9月',
      contact: '张三',
      phone: '024-83687000',
    });
    expect(s.parts.title).toMatchObject({ start: 0, contentStart: 1, end: 2, via: 'field', label: '案例名称' });
    expect(s.declaredCategory).toEqual({ id: 'branch.teacher', source: 'cover', paragraph: 7, text: '党支部（教师党支部）' });
  });

  test('label cells with colons, an empty value cell and a value over two lines', () => {
    const s = structureOf(
      caseDoc()
        .table([
          ['案例名称：', ['党建引领', '“双创”实践育人']],
          ['申报单位：', ''],
        ])
        .build(),
    );
    expect(values(s)).toEqual({ title: '党建引领\n“双创”实践育人', unit: '' });
  });

  test('label on one row, value on the row below', () => {
    const s = structureOf(caseDoc().table([['案例名称'], ['党建引领“双创”实践育人'], ['申报单位'], ['信息学院党委']]).build());
    expect(values(s)).toEqual({ title: '党建引领“双创”实践育人', unit: '信息学院党委' });
  });

  test('a `label：value` line inside a cell', () => {
    const s = structureOf(caseDoc().table([['案例名称：党建引领'], ['申报单位：信息学院党委']]).build());
    expect(values(s)).toEqual({ title: '党建引领', unit: '信息学院党委' });
  });
});

describe('the title without a 案例名称 field', () => {
  test('a Title-styled paragraph', () => {
    const s = structureOf(caseDoc().para('附件2').para('党建引领“双创”实践育人', { style: 'Title' }).summary(han(200)).build());
    expect(s.parts.title).toMatchObject({ start: 1, via: 'title-style', value: '党建引领“双创”实践育人' });
  });

  test('the first short centred or bold paragraph before the summary', () => {
    const s = structureOf(
      caseDoc()
        .para('附件2', { bold: true })
        .para('')
        .para('“红色引擎”驱动“三全育人”', { centered: true, bold: true })
        .para('——信息学院学生党支部工作案例', { centered: true })
        .summary(han(200))
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 2, via: 'title-style', value: '“红色引擎”驱动“三全育人”' });
  });

  test('pasted text: a short first line that is not a sentence', () => {
    const s = structureOf(lines('', '“红色引擎”驱动“三全育人”', '案例简介', han(200)));
    expect(s.parts.title).toMatchObject({ start: 1, via: 'title-style' });
  });

  test('pasted text: a short line like 附件2 before the title is skipped', () => {
    const s = structureOf(lines('附件2', '“红色引擎”驱动“三全育人”', '案例简介', han(200)));
    expect(s.parts.title).toMatchObject({ start: 1, via: 'title-style' });
  });

  test('no title from a first line that is prose', () => {
    const s = structureOf(lines('本案例介绍了学生党支部的做法。', '案例简介', han(200)));
    expect(s.parts.title).toBeUndefined();
  });

  test('no title from a bold paragraph after the summary', () => {
    const s = structureOf(caseDoc().summary(han(200)).para('党建引领“双创”实践育人', { bold: true }).build());
    expect(s.parts.title).toBeUndefined();
  });

  test('a 案例名称 field wins over a centred title', () => {
    const s = structureOf(caseDoc().para('东北大学基层党建创新案例申报书', { centered: true }).title('党建引领').build());
    expect(s.parts.title).toMatchObject({ via: 'field', value: '党建引领' });
  });
});

// The helpers below are exercised directly: each case is a layout an author's cover can take,
// with the value or cell range counted by hand.
const TABLES = profileTables(PROFILE);

function para(index: number, text: string, table?: Paragraph['table']): Paragraph {
  const p: Paragraph = { index, text, pictures: [], controls: [] };
  if (table) p.table = table;
  return p;
}

/** Paragraphs from [text, depth, table, row, cell] rows (depth 0: not in a table). */
function paras(...rows: [string, number?, number?, number?, number?][]): Paragraph[] {
  return rows.map(([text, depth = 0, table = 0, row = 0, cell = 0], i) =>
    para(i, text, depth > 0 ? { depth, table, row, cell } : undefined),
  );
}

/** splitFields on a one-line cover paragraph whose first label ends at the first colon. */
function fields(text: string): { id: PartId; label: string; text: string; offset: number }[] {
  const colon = text.search(/[：:]/);
  const label = text.slice(0, colon + 1);
  const spec = TABLES.parts.exact(label.slice(0, -1).replace(/\s/g, ''))!;
  return splitFields(para(0, text), { spec, label, offset: colon + 1 }, TABLES.parts).map((f) => ({
    id: f.spec.id,
    label: f.label,
    text: f.text,
    offset: f.offset,
  }));
}

describe('splitFields: further fields on a cover line', () => {
  test('the next value is trimmed of the blanks after its colon, and its offset is that of its first character', () => {
    expect(fields('联系人：张三　联系电话：　024')).toEqual([
      { id: 'contact', label: '联系人：', text: '张三', offset: 4 },
      { id: 'phone', label: '联系电话：', text: '024', offset: 13 },
    ]);
  });

  test('a label right after the previous colon (an empty value) still starts a field', () => {
    expect(fields('联系人：联系电话：13800000000')).toEqual([
      { id: 'contact', label: '联系人：', text: '', offset: 4 },
      { id: 'phone', label: '联系电话：', text: '13800000000', offset: 9 },
    ]);
  });

  test('a name ending in an alias inside the value (品牌名称：) is not a new field', () => {
    expect(fields('案例名称：党支部品牌名称：红色引擎')).toEqual([{ id: 'title', label: '案例名称：', text: '党支部品牌名称：红色引擎', offset: 5 }]);
  });

  test('a section name in the value (案例简介：) is not a cover field', () => {
    expect(fields('案例名称：甲 案例简介：乙')).toEqual([{ id: 'title', label: '案例名称：', text: '甲 案例简介：乙', offset: 5 }]);
  });

  test('a widely spaced label (联   系   电   话, 13 characters) is found whole', () => {
    expect(fields('联系人：张三 联   系   电   话：024')).toEqual([
      { id: 'contact', label: '联系人：', text: '张三', offset: 4 },
      { id: 'phone', label: '联   系   电   话：', text: '024', offset: 21 },
    ]);
  });

  test('a label more than 20 characters wide (联         系         人, 21) is not a label: the value goes on', () => {
    expect(fields('联系电话：024 联         系         人：张三')).toEqual([
      { id: 'phone', label: '联系电话：', text: '024 联         系         人：张三', offset: 5 },
    ]);
  });

  test('a zero-width space before a label is not part of the label', () => {
    expect(fields('联系人：张三 \u200b联系电话：024').map((f) => f.label)).toEqual(['联系人：', '联系电话：']);
  });

  test('a remark of up to 10 characters in parentheses after a label', () => {
    expect(fields('案例名称：甲 联系人(一二三四五六七八九十)：乙')).toEqual([
      { id: 'title', label: '案例名称：', text: '甲', offset: 5 },
      { id: 'contact', label: '联系人(一二三四五六七八九十)：', text: '乙', offset: 23 },
    ]);
  });

  test('a remark of 11 characters is not a label remark', () => {
    expect(fields('案例名称：甲 联系人(一二三四五六七八九十一)：乙')).toHaveLength(1);
  });

  test('an unclosed parenthesis or a lone closing one does not make a label', () => {
    expect(fields('案例名称：甲 联系人(备注：乙')).toEqual([{ id: 'title', label: '案例名称：', text: '甲 联系人(备注：乙', offset: 5 }]);
    expect(fields('案例名称：甲 联系人)：乙')).toEqual([{ id: 'title', label: '案例名称：', text: '甲 联系人)：乙', offset: 5 }]);
  });

  test('a field is found after 11 colons in a value, not after 12 (a line full of colons is not a cover line)', () => {
    expect(fields('案例名称：1:2:3:4:5:6:7:8:9:10:11:12 联系人：张三').map((f) => f.id)).toEqual(['title', 'contact']);
    expect(fields('案例名称：1:2:3:4:5:6:7:8:9:10:11:12:13 联系人：张三').map((f) => f.id)).toEqual(['title']);
  });
});

describe('nextCell: the value cell right of a label cell', () => {
  test('a paragraph outside any table has no next cell, even before a table', () => {
    expect(nextCell(paras(['案例名称'], ['甲', 1, 0, 0, 0], ['乙', 1, 0, 0, 1]), 0)).toBeUndefined();
  });

  test('a label cell of two paragraphs, then the value cell', () => {
    expect(nextCell(paras(['案例名称', 1], ['', 1], ['甲', 1, 0, 0, 1], ['乙', 1, 0, 1, 0]), 0)).toEqual([2, 3]);
  });

  test('a table nested in the label cell is skipped', () => {
    expect(nextCell(paras(['案例名称', 1], ['注', 2, 0, 0, 0], ['甲', 1, 0, 0, 1]), 0)).toEqual([2, 3]);
  });

  test('a table nested in the label cell, with the paragraph Word always puts after it in the cell', () => {
    expect(nextCell(paras(['案例名称', 1], ['注', 2, 0, 0, 0], ['', 1], ['甲', 1, 0, 0, 1]), 0)).toEqual([3, 4]);
  });

  test('…and the cover field is found with its value: 案例名称 with a note table nested in its cell', () => {
    const at = (table: number, row: number, cell: number, depth = 1) => ({ table: { depth, table, row, cell } });
    const doc = caseDoc()
      .para('案例名称', at(0, 0, 0))
      .para('（不超过30字）', at(1, 0, 0, 2))
      .para('', at(0, 0, 0))
      .para('党建引领“双创”实践育人', at(0, 0, 1))
      .build();
    expect(structureOf(doc).parts.title).toMatchObject({ value: '党建引领“双创”实践育人' });
  });

  test('a label cell that is the last paragraph of the document has no next cell', () => {
    expect(nextCell(paras(['x'], ['案例名称', 1]), 1)).toBeUndefined();
  });

  test('a label cell that ends its table has no next cell when a plain paragraph follows', () => {
    expect(nextCell(paras(['案例名称', 1], ['正文']), 0)).toBeUndefined();
  });

  test('a label alone on its row: the next row is not its value cell', () => {
    expect(nextCell(paras(['案例名称', 1], ['甲', 1, 0, 1, 0], ['乙', 1, 0, 1, 1]), 0)).toBeUndefined();
  });

  test('a label alone in its table: the next table is not its value cell', () => {
    expect(nextCell(paras(['案例名称', 1], ['甲', 1, 1, 0, 0], ['乙', 1, 1, 0, 1]), 0)).toBeUndefined();
  });

  test('a label in a nested table: the outer table’s next cell is not its value cell', () => {
    expect(nextCell(paras(['案例名称', 2], ['', 1], ['甲', 1, 0, 0, 1]), 0)).toBeUndefined();
    expect(nextCell(paras(['案例名称', 2], ['甲', 1, 0, 0, 1]), 0)).toBeUndefined();
  });
});

describe('cellBelow: the value on the row below a label row', () => {
  test('a paragraph outside any table has no cell below, even before a table', () => {
    expect(cellBelow(paras(['案例名称'], ['甲', 1, 0, 0, 0], ['乙', 1, 0, 1, 0]), 0)).toBeUndefined();
  });

  test('a label cell of two paragraphs, then the row below', () => {
    expect(cellBelow(paras(['案例名称', 1], ['', 1], ['甲', 1, 0, 1, 0]), 0)).toEqual([2, 3]);
  });

  test('only the first cell of the row below is the value', () => {
    expect(cellBelow(paras(['案例名称', 1], ['甲', 1, 0, 1, 0], ['乙', 1, 0, 1, 1]), 0)).toEqual([1, 2]);
  });

  test('a label row with a second cell has no cell below', () => {
    expect(cellBelow(paras(['案例名称', 1], ['备注', 1, 0, 0, 1], ['甲', 1, 0, 1, 0]), 0)).toBeUndefined();
  });

  test('the last paragraph of the document, or of a table before a plain paragraph, has no cell below', () => {
    expect(cellBelow(paras(['x'], ['案例名称', 1]), 1)).toBeUndefined();
    expect(cellBelow(paras(['案例名称', 1], ['正文']), 0)).toBeUndefined();
  });

  test('the next table is not the row below', () => {
    expect(cellBelow(paras(['案例名称', 1], ['甲', 1, 1, 0, 0], ['乙', 1, 1, 1, 0]), 0)).toBeUndefined();
  });

  test('a table nested in the label cell is not the row below', () => {
    expect(cellBelow(paras(['案例名称', 1], ['甲', 2, 0, 0, 0], ['乙', 2, 0, 1, 0]), 0)).toBeUndefined();
  });
});

describe('rangeValue', () => {
  test('leading blanks are trimmed and the offset is that of the first character', () => {
    expect(rangeValue(paras(['  党建引领  ']), 0, 1)).toEqual({ text: '党建引领', offset: 2 });
  });

  test('a value that starts in a later paragraph has its offset at the end of the first', () => {
    expect(rangeValue(paras(['  '], ['甲']), 0, 2)).toEqual({ text: '甲', offset: 2 });
  });
});
