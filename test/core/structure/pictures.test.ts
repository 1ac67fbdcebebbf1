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

/** A paragraph in cell (row, cell) of top-level table `table`. */
function cell(table: number, row: number, c = 0) {
  return { table: { depth: 1, table, row, cell: c } };
}

describe('picture groups: captions, gaps and tables at their edges', () => {
  test('the caption text is given without the spaces around it', () => {
    const s = structureOf(practice().picture().para('  图1 讲党课  ').para(han(100)).build());
    expect(s.pictureGroups[0].caption).toEqual({ paragraph: 3, text: '图1 讲党课', label: '图1', body: '讲党课' });
  });

  test('an unlabelled Caption-styled paragraph above the picture is its caption', () => {
    const s = structureOf(practice().para('支部书记讲党课', { style: 'Caption' }).picture().para(han(100)).build());
    expect(groups(s)).toEqual([[[3], 1, 2, 'practice']]);
  });

  test('an unlabelled picture paragraph in Caption style is its own caption', () => {
    const s = structureOf(practice().para('支部书记讲党课', { pictures: 1, style: 'Caption' }).para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, 2, 'practice']]);
  });

  test('a short paragraph with an outline level after a picture is not a caption', () => {
    const s = structureOf(practice().picture().para('活动剪影', { outlineLevel: 2 }).para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, null, 'practice']]);
  });

  test('40 字 after a picture is a caption (twice the 20 字 limit); 41 字 is prose', () => {
    expect(groups(structureOf(practice().picture().para(han(40)).para(han(100)).build()))).toEqual([[[2], 1, 3, 'practice']]);
    expect(groups(structureOf(practice().picture().para(han(41)).para(han(100)).build()))).toEqual([[[2], 1, null, 'practice']]);
  });

  test('a paragraph of 160 characters with few words is a caption; 161 characters is prose', () => {
    // 20 English words: 19 of 7 letters and one of 8, with 19 spaces = 160 characters, 20 words.
    const w160 = [...Array(19).fill('abcdefg'), 'abcdefgh'].join(' ');
    expect(w160.length).toBe(160);
    expect(groups(structureOf(practice().picture().para(w160).para(han(100)).build()))).toEqual([[[2], 1, 3, 'practice']]);
    expect(groups(structureOf(practice().picture().para(`${w160}x`).para(han(100)).build()))).toEqual([[[2], 1, null, 'practice']]);
  });

  test('two empty lines between picture and caption are allowed, three are not', () => {
    expect(groups(structureOf(practice().picture().para('').para('').para('图1 讲党课').build()))).toEqual([[[2], 1, 5, 'practice']]);
    expect(groups(structureOf(practice().picture().para('').para('').para('').para('图1 讲党课').build()))).toEqual([[[2], 1, null, 'practice']]);
  });

  test('a labelled caption above, with one or two empty lines between, but not three', () => {
    expect(groups(structureOf(practice().para('图1 讲党课').para('').picture().para(han(100)).build()))).toEqual([[[4], 1, 2, 'practice']]);
    expect(groups(structureOf(practice().para('图1 讲党课').para('').para('').picture().para(han(100)).build()))).toEqual([
      [[5], 1, 2, 'practice'],
    ]);
    expect(groups(structureOf(practice().para('图1 讲党课').para('').para('').para('').picture().para(han(100)).build()))).toEqual([
      [[6], 1, null, 'practice'],
    ]);
  });

  test('a labelled caption in the first paragraph of the document, above the picture', () => {
    const s = structureOf(caseDoc().para('图1 封面').picture().practice(han(100)).build());
    expect(groups(s)).toEqual([[[1], 1, 0, null]]);
  });

  test('a caption below wins over a labelled paragraph above', () => {
    const s = structureOf(practice().para('图1 上方').picture().para('图2 下方').para(han(100)).build());
    expect(groups(s)).toEqual([[[3], 1, 4, 'practice']]);
  });

  test('a caption already taken by the picture above is not also the caption of the next picture', () => {
    // 0 二、主要做法, 1 text, 2 picture, 3 图1 讲党课, 4 picture, 5 prose.
    const s = structureOf(practice().picture().para('图1 讲党课').picture().para(han(100)).build());
    expect(groups(s)).toEqual([
      [[2], 1, 3, 'practice'],
      [[4], 1, null, 'practice'],
    ]);
    expect(s.captionParagraphs).toEqual([3]);
  });

  test('a caption below wins over a picture paragraph holding a label', () => {
    const s = structureOf(practice().para('图1 讲党课', { pictures: 1 }).para('支部书记讲党课').para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, 3, 'practice']]);
  });

  test('a picture followed by a table of text: the table is not its caption', () => {
    const s = structureOf(practice().picture().table([['活动剪影']]).para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, null, 'practice']]);
  });

  test('a table of pictures: a labelled cell above the pictures is the caption', () => {
    const s = structureOf(practice().para('图1 讲党课', cell(0, 0)).para('', { pictures: 1, ...cell(0, 1) }).para(han(100)).build());
    expect(groups(s)).toEqual([[[3], 1, 2, 'practice']]);
  });

  test('a table of pictures: the first labelled cell is the caption, not a later one', () => {
    const s = structureOf(
      practice()
        .para('图1 讲党课', cell(0, 0))
        .para('', { pictures: 1, ...cell(0, 1) })
        .para('图2 志愿服务', cell(0, 2))
        .para('支部活动', cell(0, 3))
        .para('支部联建')
        .build(),
    );
    expect(groups(s)).toEqual([[[3], 1, 2, 'practice']]);
  });

  test('a table of pictures: an empty Caption-styled cell is not the caption', () => {
    const s = structureOf(
      practice()
        .para('', { pictures: 1, ...cell(0, 0) })
        .para('', { style: 'Caption', ...cell(0, 1) })
        .para('图3 支部联建', cell(0, 2))
        .para(han(100))
        .build(),
    );
    expect(groups(s)).toEqual([[[2], 1, 4, 'practice']]);
  });

  test('a table of pictures: an empty cell under the pictures is not the caption, the line after the table is', () => {
    const s = structureOf(
      practice()
        .para('', { pictures: 1, ...cell(0, 0) })
        .para('', cell(0, 1))
        .para('支部联建活动')
        .para(han(100))
        .build(),
    );
    expect(groups(s)).toEqual([[[2], 1, 4, 'practice']]);
  });

  test('a table of pictures: a short unlabelled cell under the pictures is the caption', () => {
    const s = structureOf(practice().para('', { pictures: 1, ...cell(0, 0) }).para('支部联建活动', cell(0, 1)).para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, 3, 'practice']]);
  });

  test('a table of pictures followed by prose has no caption', () => {
    const s = structureOf(practice().para('', { pictures: 1, ...cell(0, 0) }).para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, null, 'practice']]);
  });

  test('a table of pictures with a caption inside ignores the line after the table and the label above it', () => {
    const s = structureOf(
      practice()
        .para('图1 上方')
        .para('', { pictures: 1, ...cell(0, 0) })
        .para('图2 表内', cell(0, 1))
        .para('支部活动')
        .para(han(100))
        .build(),
    );
    expect(groups(s)).toEqual([[[3], 1, 4, 'practice']]);
  });

  test('a table of pictures with a labelled caption above it and prose after', () => {
    const s = structureOf(practice().para('图1 支部联建').para('', { pictures: 1, ...cell(0, 0) }).para(han(100)).build());
    expect(groups(s)).toEqual([[[3], 1, 2, 'practice']]);
  });

  test('a table of pictures at the very start and at the very end of the document', () => {
    const first = structureOf(caseDoc().para('', { pictures: 1, ...cell(0, 0) }).para('图1 封面', cell(0, 1)).practice(han(100)).build());
    expect(groups(first)).toEqual([[[0], 1, 1, null]]);
    const last = structureOf(practice().para('', { pictures: 1, ...cell(0, 0) }).build());
    expect(groups(last)).toEqual([[[2], 1, null, 'practice']]);
  });

  test('a label far above a table of pictures is not its caption', () => {
    const s = structureOf(
      practice()
        .para('图1 与本表无关')
        .para(han(100))
        .para('', { pictures: 1, ...cell(0, 0) })
        .para('图2 支部联建')
        .para(han(100))
        .build(),
    );
    expect(groups(s)).toEqual([[[4], 1, 5, 'practice']]);
  });

  test('two tables of pictures side by side: each keeps its own caption', () => {
    const s = structureOf(
      practice()
        .para('', { pictures: 1, ...cell(0, 0) })
        .para('', { pictures: 1, ...cell(1, 0) })
        .para('图2 第二表', cell(1, 1))
        .para(han(100))
        .build(),
    );
    expect(groups(s)).toEqual([
      [[2], 1, null, 'practice'],
      [[3], 1, 4, 'practice'],
    ]);
  });

  test('a table of pictures followed by a table of text: the next table is not its caption', () => {
    const s = structureOf(practice().para('', { pictures: 1, ...cell(0, 0) }).para('活动剪影', cell(1, 0)).para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, null, 'practice']]);
  });

  test('a table of pictures and a later picture are two groups', () => {
    const s = structureOf(
      practice()
        .para('', { pictures: 1, ...cell(0, 0) })
        .para('图1 表内', cell(0, 1))
        .para(han(100))
        .picture({ caption: '图2 表外' })
        .build(),
    );
    expect(groups(s)).toEqual([
      [[2], 1, 3, 'practice'],
      [[5], 1, 6, 'practice'],
    ]);
  });

  test('a picture right after a table of pictures: its own group, with its own caption', () => {
    const s = structureOf(
      practice()
        .para('', { pictures: 1, ...cell(0, 0) })
        .para('图2 讲党课', { pictures: 1 })
        .para(han(100))
        .build(),
    );
    expect(groups(s)).toEqual([
      [[2], 1, null, 'practice'],
      [[3], 1, 3, 'practice'],
    ]);
  });
  test('a labelled paragraph in the next table is not the caption of a table of pictures', () => {
    const s = structureOf(practice().para('', { pictures: 1, ...cell(0, 0) }).para('图2 表二', cell(1, 0)).para(han(100)).build());
    expect(groups(s)).toEqual([[[2], 1, null, 'practice']]);
  });

  test('a label above an earlier picture is not the caption of a table of pictures below that picture', () => {
    const s = structureOf(
      practice()
        .para('图1 上方')
        .para('', { pictures: 1, style: 'Caption' })
        .para('', { pictures: 1, ...cell(0, 0) })
        .para(han(100))
        .build(),
    );
    // The Caption-styled picture paragraph is its own caption; the table has none.
    expect(groups(s)).toEqual([
      [[3], 1, 3, 'practice'],
      [[4], 1, null, 'practice'],
    ]);
  });
});
