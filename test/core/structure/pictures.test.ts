import { caseDoc, han } from '../../helpers/case-doc';
import type { CaseStructure } from '../../../src/core/structure/types';
import { lines, structureOf } from './helpers';

/** Groups as [picture paragraphs, picture count, caption paragraph or null, section or null]. */
function groups(s: CaseStructure) {
  return s.pictureGroups.map((g) => [g.paragraphs, g.pictureCount, g.caption?.paragraph ?? null, g.section ?? null]);
}

function practice() {
  return caseDoc().heading('二、主要做法').para(han(100));
}

describe('picture groups and captions', () => {
  test('a picture and its Caption-styled caption', () => {
    const s = structureOf(practice().picture({ caption: '图1 支部书记讲党课' }).build());
    expect(groups(s)).toEqual([[[2], 1, 3, 'practice']]);
    expect(s.pictureGroups[0].caption).toEqual({ paragraph: 3, text: '图1 支部书记讲党课', label: '图1', body: '支部书记讲党课' });
    expect(s.captionParagraphs).toEqual([3]);
  });

  test('a short plain paragraph right after a picture is its caption', () => {
    const s = structureOf(practice().picture().para('支部书记讲党课').para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, 3, 'practice']]);
  });

  test('several pictures in one paragraph: one group', () => {
    const s = structureOf(practice().picture({ count: 3, caption: '组图1 志愿服务' }).build());
    expect(groups(s)).toEqual([[[2], 3, 3, 'practice']]);
  });

  test('consecutive picture paragraphs and one caption: one group (组图)', () => {
    const s = structureOf(practice().picture().picture().para('').picture().para('组图 主题党日活动').build());
    expect(groups(s)).toEqual([[[2, 3, 5], 3, 6, 'practice']]);
  });

  test('each picture with its own caption: two groups', () => {
    const s = structureOf(practice().picture({ caption: '图1 讲党课' }).picture({ caption: '图2 志愿服务' }).build());
    expect(groups(s)).toEqual([
      [[2], 1, 3, 'practice'],
      [[4], 1, 5, 'practice'],
    ]);
  });

  test('a long paragraph after a picture is prose: no caption', () => {
    const s = structureOf(practice().picture().para(han(80)).build());
    expect(groups(s)).toEqual([[[2], 1, null, 'practice']]);
  });

  test('an over-long caption is still a caption (so caption-length can report it)', () => {
    const s = structureOf(practice().picture().para(han(30)).build());
    expect(groups(s)).toEqual([[[2], 1, 3, 'practice']]);
  });

  test('a long caption with a 图 label is a caption', () => {
    const s = structureOf(practice().picture().para(`图1 ${han(60)}`).build());
    expect(groups(s)[0][2]).toBe(3);
  });

  test('a heading after a picture is not its caption', () => {
    const s = structureOf(practice().picture().heading('三、经验启示').para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, null, 'practice']]);
    expect(s.parts.lessons!.start).toBe(3);
  });

  test('a short numbered paragraph after a picture is a heading, not a caption', () => {
    const s = structureOf(practice().picture().para('（二）强化队伍建设').para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, null, 'practice']]);
  });

  test('a labelled caption above the picture', () => {
    const s = structureOf(practice().para('图1 支部书记讲党课').picture().para(han(100)).build());
    expect(groups(s)).toEqual([[[3], 1, 2, 'practice']]);
  });

  test('an empty line between picture and caption', () => {
    const s = structureOf(practice().picture().para('').para('图1 讲党课').build());
    expect(groups(s)).toEqual([[[2], 1, 4, 'practice']]);
  });

  test('a picture paragraph that also holds its caption text', () => {
    const s = structureOf(practice().para('\n图1 支部书记讲党课', { pictures: 1 }).heading('三、经验启示').build());
    expect(groups(s)).toEqual([[[2], 1, 2, 'practice']]);
  });

  test('a picture inside prose still counts', () => {
    const s = structureOf(practice().para(han(200), { pictures: 1 }).para('图1 讲党课').build());
    expect(groups(s)).toEqual([[[2], 1, 3, 'practice']]);
  });

  test('pictures in one table with one caption: one group', () => {
    const s = structureOf(
      practice()
        .para('', { pictures: 1, table: { depth: 1, table: 0, row: 0, cell: 0 } })
        .para('', { pictures: 1, table: { depth: 1, table: 0, row: 0, cell: 1 } })
        .para('图3 支部联建活动')
        .build(),
    );
    expect(groups(s)).toEqual([[[2, 3], 2, 4, 'practice']]);
  });

  test('a caption in a table cell under the pictures', () => {
    const s = structureOf(
      practice()
        .para('', { pictures: 1, table: { depth: 1, table: 0, row: 0, cell: 0 } })
        .para('', { pictures: 1, table: { depth: 1, table: 0, row: 0, cell: 1 } })
        .para('组图2 支部联建', { table: { depth: 1, table: 0, row: 1, cell: 0 } })
        .para(han(100))
        .build(),
    );
    expect(groups(s)).toEqual([[[2, 3], 2, 4, 'practice']]);
  });

  test('a picture outside 主要做法 records its section', () => {
    const s = structureOf(
      caseDoc().background(han(100)).picture({ caption: '图1 调研' }).practice(han(100)).picture({ caption: '图2 党课' }).build(),
    );
    expect(groups(s).map((g) => g[3])).toEqual(['background', 'practice']);
  });

  test('a picture before any part has no section', () => {
    const s = structureOf(caseDoc().picture({ caption: '图1 封面' }).practice(han(100)).build());
    expect(groups(s)).toEqual([[[0], 1, 1, null]]);
  });

  test('pasted text with picture markers', () => {
    const s = structureOf(lines('二、主要做法', han(100), '[图片]', '图1 支部书记讲党课', '【图片】【图片】', '组图2 志愿服务', han(50)));
    expect(groups(s)).toEqual([
      [[2], 1, 3, 'practice'],
      [[4], 2, 5, 'practice'],
    ]);
  });
});
