import { caseDoc, han } from '../../helpers/case-doc';
import type { PartId } from '../../../src/core/profile/types';
import type { CaseStructure } from '../../../src/core/structure/types';
import { lines, structureOf } from './helpers';

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
