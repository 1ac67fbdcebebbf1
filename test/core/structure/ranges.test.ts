import { caseDoc, han, validBranchCase } from '../../helpers/case-doc';
import { documentFromText } from '../../../src/core/model/from-text';
import { lines, range, starts, structureOf } from './helpers';

describe('where parts end', () => {
  test('sub-headings inside 主要做法 do not start or end parts', () => {
    const s = structureOf(
      lines(
        '一、实施背景', // 0
        han(100),
        '二、主要做法', // 2
        '（一）强化政治引领', // 3
        han(100),
        '（二）经验做法：以支部建设带动学风', // 5: 经验 is a lessons alias, but this is a sub-heading
        han(100),
        '（三）具体做法', // 7: a practice alias again, deeper: a sub-heading, not a duplicate
        han(100),
        '三、经验启示', // 9
        '1. 经验一：坚持党建引领', // 10
        han(80),
      ),
    );
    expect(starts(s)).toEqual({ background: 0, practice: 2, lessons: 9 });
    expect(range(s, 'practice')).toEqual([2, 3, 9]);
    expect(range(s, 'lessons')).toEqual([9, 10, 12]);
    expect(s.duplicates).toEqual([]);
  });

  test('a list restarting at 1 inside `2. 主要做法` is a sub-list, even when it starts with an alias', () => {
    const s = structureOf(lines('1. 实施背景', han(100), '2. 主要做法', '1. 具体做法：支部坚持……', '2. 经验做法：……', '3. 经验启示', han(50)));
    expect(starts(s)).toEqual({ background: 0, practice: 2, lessons: 5 });
    expect(s.duplicates).toEqual([]);
  });

  test('Heading 2 sub-headings inside a Heading 1 section', () => {
    const s = structureOf(
      caseDoc()
        .heading('主要做法', 'Heading1')
        .heading('具体做法一', 'Heading2')
        .para(han(100))
        .heading('经验', 'Heading2')
        .para(han(100))
        .heading('经验启示', 'Heading1')
        .para(han(100))
        .build(),
    );
    expect(starts(s)).toEqual({ practice: 0, lessons: 5 });
  });

  test('an unrecognised heading at the same level ends the part; a restarted list does not', () => {
    const s = structureOf(
      lines('三、经验启示', '一、坚持政治引领', han(100), '四、下一步工作打算', han(100)),
    );
    expect(range(s, 'lessons')).toEqual([0, 1, 3]);
  });

  test('a higher-level unrecognised heading ends the part', () => {
    const s = structureOf(lines('（三）经验启示', han(100), '四、附件', han(50)));
    expect(range(s, 'lessons')).toEqual([0, 1, 2]);
  });

  test('an unrecognised Heading 1 ends a Heading 1 part; a Heading 2 does not', () => {
    const s = structureOf(
      caseDoc()
        .heading('经验启示', 'Heading1')
        .heading('坚持党建引领', 'Heading2')
        .para(han(100))
        .heading('附录', 'Heading1')
        .para(han(20))
        .build(),
    );
    expect(range(s, 'lessons')).toEqual([0, 1, 3]);
  });

  test('a styled numbered heading is ended by a plain heading that continues its numbering', () => {
    const s = structureOf(
      caseDoc().heading('三、经验启示', 'Heading2').para(han(100)).para('1. 坚持党建引领').para('四、下一步工作打算').para(han(50)).build(),
    );
    expect(range(s, 'lessons')).toEqual([0, 1, 3]);
  });

  test('a cover field after the last section ends it', () => {
    const s = structureOf(lines('三、经验启示', han(100), '联系人：张三　联系电话：13800000000'));
    expect(range(s, 'lessons')).toEqual([0, 1, 2]);
    expect(s.parts.contact?.value).toBe('张三');
  });
});

describe('the body', () => {
  test('from the first section heading to the end of the last section', () => {
    const s = structureOf(validBranchCase().para('联系人：李四').build());
    const bg = s.parts.background!;
    const le = s.parts.lessons!;
    expect(range(s, 'body')).toEqual([bg.start, bg.start, le.end]);
    expect(s.parts.body!.via).toBe('heading-style');
  });

  test('from a 案例正文 heading when there is one', () => {
    const s = structureOf(
      lines('案例简介', han(200), '案例正文', '一、实施背景', han(100), '二、主要做法', han(100), '三、经验启示', han(100)),
    );
    expect(range(s, 'summary')).toEqual([0, 1, 2]);
    expect(range(s, 'body')).toEqual([2, 3, 9]);
    expect(s.sectionOrder).toEqual(['background', 'practice', 'lessons']);
  });

  test('no body without a section', () => {
    const s = structureOf(lines('案例简介', han(200)));
    expect(s.parts.body).toBeUndefined();
  });
});

describe('order and duplicates', () => {
  test('sections out of order keep their document order', () => {
    const s = structureOf(lines('二、主要做法', han(100), '一、实施背景', han(100), '三、经验启示', han(100)));
    expect(s.sectionOrder).toEqual(['practice', 'background', 'lessons']);
  });

  test('a section found again: the first is the part, the second a duplicate', () => {
    const s = structureOf(
      lines('一、实施背景', han(100), '二、主要做法', han(100), '三、经验启示', han(100), '二、主要做法', han(50)),
    );
    expect(s.parts.practice!.start).toBe(2);
    expect(s.parts.practice!.end).toBe(4);
    expect(s.duplicates.map((d) => [d.id, d.start, d.end])).toEqual([['practice', 6, 8]]);
    expect(range(s, 'lessons')).toEqual([4, 5, 6]);
  });

  test('the summary found twice', () => {
    const s = structureOf(lines('案例简介', han(200), '案例简介', han(200), '一、实施背景', han(10)));
    expect(s.parts.summary!.start).toBe(0);
    expect(s.duplicates.map((d) => d.id)).toEqual(['summary']);
  });
});

describe('documents without recognisable structure', () => {
  test('300 paragraphs of prose: nothing found, nothing swallowed', () => {
    const paras: string[] = [];
    for (let i = 0; i < 300; i++) paras.push(i % 10 === 0 ? `背景${han(150, i)}` : han(100 + (i % 50), i));
    const s = structureOf(paras.join('\n'));
    expect(s.parts).toEqual({});
    expect(s.sectionOrder).toEqual([]);
    expect(s.pictureGroups).toEqual([]);
  });

  test('a data table in place of the body', () => {
    const s = structureOf(
      caseDoc()
        .table([
          ['项目', '2022年', '2023年'],
          ['党员人数', '30', '35'],
          ['发展党员', '4', '6'],
        ])
        .build(),
    );
    expect(s.parts).toEqual({});
  });

  test('an empty document', () => {
    const s = structureOf(documentFromText(''));
    expect(s).toEqual({ parts: {}, duplicates: [], sectionOrder: [], pictureGroups: [], captionParagraphs: [], otherSections: [] });
  });
});

describe('sections in a table (the whole case as a form)', () => {
  test('label cells name the parts; content is the next cell', () => {
    const s = structureOf(
      caseDoc()
        .table([
          ['案例名称', '党建引领“双创”实践育人'],
          ['案例简介', han(200)],
          ['实施背景', [han(100), han(100, 3)]],
          ['主要做法', han(300)],
          ['经验启示', han(100)],
        ])
        .build(),
    );
    expect(s.parts.title!.value).toBe('党建引领“双创”实践育人');
    expect(range(s, 'summary')).toEqual([2, 3, 4]);
    expect(range(s, 'background')).toEqual([4, 5, 7]);
    expect(range(s, 'practice')).toEqual([7, 8, 9]);
    expect(range(s, 'lessons')).toEqual([9, 10, 11]);
  });
});
