import { caseDoc, han } from '../../helpers/case-doc';
import type { Paragraph } from '../../../src/core/model/types';
import { analyse, deeper, endsLevel, isHeadingStyle, parseShape, type HeadingLevel, type Shape } from '../../../src/core/structure/heading';
import type { FoundVia } from '../../../src/core/structure/types';
import { lines, range, starts, structureOf } from './helpers';

/** Three section headings with prose between them, as pasted text: paragraphs 0, 2, 4. */
function threeSections(bg: string, pr: string, le: string): string {
  return lines(bg, han(120), pr, han(300, 3), le, han(90, 5));
}

describe('numbered and bracketed heading shapes, typed in the text', () => {
  test.each<[string, string, string, FoundVia]>([
    ['一、工作背景', '二、具体举措', '三、经验与启示', 'numbered'],
    ['一、实施背景', '二、主要做法', '三、经验启示', 'numbered'],
    ['一.项目介绍', '二.工作举措', '三.体会', 'numbered'],
    ['一．背景', '二．做法', '三．启示', 'numbered'],
    ['一 、 实施背景', '二 、 主要做法', '三 、 经验启示', 'numbered'],
    ['（一）背景', '（二）做法', '（三）经验', 'numbered'],
    ['(一)实施背景', '(二)主要做法', '(三)经验启示', 'numbered'],
    ['1. 背景', '2. 主要做法', '3. 经验启示', 'numbered'],
    ['1、背景', '2、做法', '3、启示', 'numbered'],
    ['１．实施背景', '２．主要做法', '３．经验启示', 'numbered'],
    ['（1）背景', '（2）做法', '（3）启示', 'numbered'],
    ['【实施背景】', '【主要做法】', '【经验启示】', 'numbered'],
    ['〔实施背景〕', '〔主要做法〕', '〔经验启示〕', 'numbered'],
    ['[实施背景]', '[主要做法]', '[经验启示]', 'numbered'],
    ['第一部分 案例背景', '第二部分 主要做法', '第三部分 经验启示', 'numbered'],
    ['第一章 实施背景', '第二章 主要做法', '第三章 经验启示', 'numbered'],
    ['第一章：实施背景', '第二章：主要做法', '第三章：经验启示', 'numbered'],
    ['第一节 实施背景', '第二节 主要做法', '第三节 经验启示', 'numbered'],
    ['第一篇 实施背景', '第二篇 主要做法', '第三篇 经验启示', 'numbered'],
    ['第一板块 实施背景', '第二板块 主要做法', '第三板块 经验启示', 'numbered'],
    ['（一）、实施背景', '（二）、主要做法', '（三）、经验启示', 'numbered'],
    ['一，实施背景', '二，主要做法', '三，经验启示', 'numbered'],
    ['1)实施背景', '2)主要做法', '3)经验启示', 'numbered'],
    ['1.1 实施背景', '1.2 主要做法', '1.3 经验启示', 'numbered'],
    ['①实施背景', '②主要做法', '③经验启示', 'numbered'],
    ['⑴实施背景', '⑵主要做法', '⑶经验启示', 'numbered'],
    ['⒈实施背景', '⒉主要做法', '⒊经验启示', 'numbered'],
    ['㈠实施背景', '㈡主要做法', '㈢经验启示', 'numbered'],
    ['一、实施背景：', '二、主要做法:', '三、经验启示：', 'numbered'],
    ['实施背景', '主要做法', '经验启示', 'alias'],
    ['实 施 背 景', '主 要 做 法', '经 验 启 示', 'alias'],
    ['背景：', '做法：', '启示：', 'alias'],
    ['一、基本情况', '二、做法与成效', '三、成效及启示', 'numbered'],
    ['一、背景与意义', '二、主要做法及成效', '三、经验与思考', 'numbered'],
  ])('%s / %s / %s', (bg, pr, le, via) => {
    const s = structureOf(threeSections(bg, pr, le));
    expect(starts(s)).toEqual({ background: 0, practice: 2, lessons: 4 });
    expect([range(s, 'background'), range(s, 'practice'), range(s, 'lessons')]).toEqual([
      [0, 1, 2],
      [2, 3, 4],
      [4, 5, 6],
    ]);
    expect(s.parts.practice!.via).toBe(via);
    expect(s.parts.practice!.heading).toBe(2);
  });
});

describe('a remark in parentheses after the name', () => {
  test.each([
    ['一、案例简介（200字左右）', 'summary'],
    ['案例简介（200 字左右，阐述案例的基本内容、亮点特色和主要成效）', 'summary'],
    ['实施背景（简述）：', 'background'],
  ])('%s', (heading, id) => {
    const s = structureOf(lines(heading, han(200)));
    expect(s.parts[id as 'summary']).toMatchObject({ start: 0, contentStart: 1, end: 2 });
  });
});

describe('the longest alias wins', () => {
  test.each([
    ['三、成效及启示', 'lessons'],
    ['二、做法与成效', 'practice'],
    ['二、主要做法与成效', 'practice'],
    ['三、成效与经验', 'lessons'],
  ])('%s → %s', (heading, id) => {
    const s = structureOf(lines(heading, han(100)));
    expect(Object.keys(s.parts).filter((k) => k !== 'body' && k !== 'title')).toEqual([id]);
  });
});

describe('headings by style, outline level and list numbering', () => {
  test('built-in heading styles', () => {
    const s = structureOf(
      caseDoc().heading('实施背景', 'Heading1').para(han(100)).heading('主要做法', 'Heading1').para(han(200)).heading('经验启示', 'Heading1').para(han(80)).build(),
    );
    expect(starts(s)).toEqual({ background: 0, practice: 2, lessons: 4 });
    expect(s.parts.background!.via).toBe('heading-style');
  });

  test('an outline level without a heading style', () => {
    const s = structureOf(
      caseDoc()
        .para('实施背景', { outlineLevel: 0 })
        .para(han(100))
        .para('主要做法', { outlineLevel: 0 })
        .para(han(200))
        .para('经验启示', { outlineLevel: 0 })
        .para(han(80))
        .build(),
    );
    expect(starts(s)).toEqual({ background: 0, practice: 2, lessons: 4 });
    expect(s.parts.practice!.via).toBe('outline');
  });

  test('Word list numbering: the label is in listLabel, not in the text', () => {
    const s = structureOf(
      caseDoc()
        .para('实施背景', { listLabel: '一、' })
        .para(han(100))
        .para('主要做法', { listLabel: '二、' })
        .para(han(200))
        .para('经验启示', { listLabel: '三、' })
        .para(han(80))
        .build(),
    );
    expect(starts(s)).toEqual({ background: 0, practice: 2, lessons: 4 });
    expect(s.parts.background!.via).toBe('numbered');
    expect(s.parts.background!.label).toBe('一、实施背景');
  });

  test('Word list numbering of an alias with a short tail glued to it: the label keeps the number too', () => {
    const s = structureOf(caseDoc().para('实施背景与意义', { listLabel: '一、' }).para(han(100)).build());
    expect(starts(s)).toEqual({ background: 0 });
    expect(s.parts.background!.label).toBe('一、实施背景与意义');
  });

  test('Word list numbering before typed numbering', () => {
    const s = structureOf(caseDoc().para('一、实施背景', { listLabel: '1.' }).para(han(100)).build());
    expect(starts(s)).toEqual({ background: 0 });
  });

  test('a short bold or centred paragraph equal to an alias', () => {
    const s = structureOf(
      caseDoc()
        .para('实施背景', { bold: true })
        .para(han(100))
        .para('主要做法', { centered: true })
        .para(han(200))
        .para('经验启示：', { bold: true })
        .para(han(80))
        .build(),
    );
    expect(starts(s)).toEqual({ background: 0, practice: 2, lessons: 4 });
    expect(s.parts.lessons!.via).toBe('alias');
  });

  test.each([
    ['bold and centred', { bold: true, centered: true }],
    ['Title style', { style: 'Title' }],
  ] as const)('a %s title that starts with an alias is not a heading', (_, o) => {
    const s = structureOf(caseDoc().para('做法创新引领支部建设', o).para(han(100)).build());
    expect(s.parts.practice).toBeUndefined();
    expect(s.parts.title?.value).toBe('做法创新引领支部建设');
  });
});

describe('headings in a heading style that end a part, or not', () => {
  test('an empty Heading 1 paragraph inside 实施背景 does not end it', () => {
    const s = structureOf(caseDoc().heading('实施背景').para(han(100)).heading('').para(han(50)).heading('主要做法').para(han(80)).build());
    expect([range(s, 'background'), range(s, 'practice')]).toEqual([
      [0, 1, 4],
      [4, 5, 6],
    ]);
  });

  test('a Heading 1 二、 that names no part ends a plain 一、实施背景', () => {
    const s = structureOf(
      caseDoc().plainHeadings().heading('一、实施背景').para(han(100)).heading('二、工作成效', 'Heading1').para(han(50)).heading('三、主要做法').para(han(80)).build(),
    );
    expect([range(s, 'background'), range(s, 'practice')]).toEqual([
      [0, 1, 2],
      [4, 5, 6],
    ]);
  });
});

describe('inline content after the heading', () => {
  test.each([
    ['一、实施背景：近年来，学院党委……', 'background', '近年来，学院党委……', 7],
    ['【案例简介】本案例聚焦学生党支部……', 'summary', '本案例聚焦学生党支部……', 6],
    ['案例简介：本案例聚焦……', 'summary', '本案例聚焦……', 5],
    ['二、主要做法 支部坚持“三会一课”……', 'practice', '支部坚持“三会一课”……', 7],
    ['三、经验启示。一是坚持……', 'lessons', '一是坚持……', 7],
    // A long paragraph in `label：content` form is a heading with inline content.
    [`一、实施背景：${han(400)}`, 'background', han(400), 7],
  ] as const)('row %#', (text, id, inline, offset) => {
    const s = structureOf(lines(text, han(50)));
    const part = s.parts[id]!;
    expect(part.start).toBe(0);
    expect(part.contentStart).toBe(0);
    expect(part.inline).toEqual({ paragraph: 0, text: inline, offset });
    expect(part.end).toBe(2);
  });

  test('a line break inside a numbered heading paragraph separates the inline content', () => {
    const s = structureOf(caseDoc().para(`二、主要做法\n${han(200)}`).build());
    expect(s.parts.practice!.inline!.text).toBe(han(200));
  });
});

describe('what is not a heading', () => {
  test('body prose that starts with an alias', () => {
    const s = structureOf(lines(`背景下，${han(200)}`, `做法上，${han(100)}`, `经验丰富的${han(60)}`));
    expect(s.parts).toEqual({});
  });

  test('a numbered prose paragraph that starts with an alias', () => {
    const s = structureOf(lines(`一、背景${han(60)}`, `1. 做法${han(40)}`));
    expect(s.parts).toEqual({});
  });

  test('a plain line with a glued tail is not a heading without numbering or style', () => {
    const s = structureOf(lines('背景分析', han(100)));
    expect(s.parts.background).toBeUndefined();
  });

  test('a numbered heading with a short glued tail is', () => {
    const s = structureOf(lines('一、背景分析', han(100)));
    expect(starts(s)).toEqual({ background: 0 });
  });
});

/** A raw paragraph (no builder defaults: the builder derives the outline level from the style). */
function raw(text: string, o: Partial<Paragraph> = {}): Paragraph {
  return { index: 0, text, pictures: [], controls: [], ...o };
}

describe('the numbering shape at the start of a heading (parseShape, compact text)', () => {
  // Expected shapes counted by hand: kind, the number the label says, compact characters it takes.
  test.each<[string, Shape | undefined]>([
    ['第三节背景', { kind: 'chapter', number: 3, length: 3 }],
    ['第二篇背景', { kind: 'chapter', number: 2, length: 3 }],
    ['第四板块背景', { kind: 'chapter', number: 4, length: 4 }],
    ['第二十三章背景', { kind: 'chapter', number: 23, length: 5 }],
    ['第12章背景', { kind: 'chapter', number: 12, length: 4 }],
    ['第一部分:背景', { kind: 'chapter', number: 1, length: 5 }],
    ['第一章、背景', { kind: 'chapter', number: 1, length: 4 }],
    ['第一节.背景', { kind: 'chapter', number: 1, length: 4 }],
    ['第部分背景', undefined],
    ['第三方评价', undefined],
    ['十一、背景', { kind: 'cjk', number: 11, length: 3 }],
    ['二十三、背景', { kind: 'cjk', number: 23, length: 4 }],
    ['三百二十、背景', { kind: 'cjk', number: 320, length: 5 }],
    ['一百零五、背景', { kind: 'cjk', number: 105, length: 5 }],
    ['一,背景', { kind: 'cjk', number: 1, length: 2 }],
    // A numeral longer than four characters is not a label (一百二十三 stops at 一百二十).
    ['一百二十三、背景', undefined],
    ['12345.背景', undefined],
    ['(1234)背景', { kind: 'paren-arabic', number: 1234, length: 6 }],
    ['(一)背景', { kind: 'paren-cjk', number: 1, length: 3 }],
    ['(一)、背景', { kind: 'paren-cjk', number: 1, length: 4 }],
    ['(1).背景', { kind: 'paren-arabic', number: 1, length: 4 }],
    ['(一背景', undefined],
    ['①背景', { kind: 'circled', number: 1, length: 1 }],
    ['②.背景', { kind: 'circled', number: 2, length: 2 }],
    ['⑳、背景', { kind: 'circled', number: 20, length: 2 }],
    // The one-character forms input methods offer for (1), 1. and (一): U+2474–2487, U+2488–249B, U+3220–3229.
    ['⑴背景', { kind: 'paren-arabic', number: 1, length: 1 }],
    ['⒇、背景', { kind: 'paren-arabic', number: 20, length: 2 }],
    ['⒈背景', { kind: 'arabic', number: 1, length: 1 }],
    ['⒛.背景', { kind: 'arabic', number: 20, length: 2 }],
    ['㈠背景', { kind: 'paren-cjk', number: 1, length: 1 }],
    ['㈩背景', { kind: 'paren-cjk', number: 10, length: 1 }],
    // Just outside those blocks: ⒜ (parenthesized a) and ㈪ (parenthesized 月) are no labels.
    ['⒜背景', undefined],
    ['㈪背景', undefined],
    ['1.', { kind: 'arabic', number: 1, length: 2 }],
    ['1.背景', { kind: 'arabic', number: 1, length: 2 }],
    ['10、背景', { kind: 'arabic', number: 10, length: 3 }],
    ['19、背景', { kind: 'arabic', number: 19, length: 3 }],
    ['1、背景', { kind: 'arabic', number: 1, length: 2 }],
    ['1)背景', { kind: 'paren-arabic', number: 1, length: 2 }],
    ['1.1背景', { kind: 'arabic-multi', number: 1, length: 3 }],
    ['1.2.3背景', { kind: 'arabic-multi', number: 1, length: 5 }],
    ['1.1、背景', { kind: 'arabic-multi', number: 1, length: 4 }],
    ['2024年，学院党委', undefined],
    ['[实施背景]', { kind: 'bracket', number: 0, length: 1 }],
  ])('%s', (s, shape) => {
    expect(parseShape(s)).toEqual(shape);
  });
});

describe('what a paragraph is, before any alias (analyse)', () => {
  test.each(['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6', 'Heading7', 'Heading8', 'Heading9'] as const)(
    '%s is a heading style',
    (style) => {
      expect(isHeadingStyle(style)).toBe(true);
    },
  );

  test.each([['Normal'], ['Title'], [undefined]] as const)('%s is not a heading style', (style) => {
    expect(isHeadingStyle(style)).toBe(false);
  });

  test('the outline level comes from a heading style when the paragraph has none of its own', () => {
    expect(analyse(raw('经验启示', { builtinStyle: 'Heading3' })).outline).toBe(2);
    expect(analyse(raw('经验启示', { builtinStyle: 'Heading9' })).outline).toBe(8);
    expect(analyse(raw('经验启示', { builtinStyle: 'Heading3', outlineLevel: 1 })).outline).toBe(1);
    expect(analyse(raw('经验启示', { builtinStyle: 'Normal' })).outline).toBeUndefined();
  });

  test('a bullet or bracket list label is no numbering: the typed text is read instead', () => {
    expect(analyse(raw('一、实施背景', { listLabel: '•' }))).toMatchObject({
      shape: { kind: 'cjk', number: 1, length: 2 },
      listShape: false,
      coreStart: 2,
    });
    expect(analyse(raw('实施背景', { listLabel: '【一】' }))).toMatchObject({ shape: undefined, listShape: false, coreStart: 0 });
  });

  test('a typed bracket after Word numbering is part of the words, not numbering to skip', () => {
    expect(analyse(raw('【实施背景】', { listLabel: '1.' }))).toMatchObject({
      shape: { kind: 'arabic', number: 1, length: 2 },
      listShape: true,
      coreStart: 0,
    });
  });

  test('short means 1 to 30 non-blank characters', () => {
    expect(analyse(raw(''))).toMatchObject({ empty: true, short: false });
    expect(analyse(raw(' \t '))).toMatchObject({ empty: true, short: false });
    expect(analyse(raw(han(30))).short).toBe(true);
    expect(analyse(raw(han(31))).short).toBe(false);
  });
});

describe('which later paragraph ends a part, and which is a sub-heading', () => {
  const cjk1: HeadingLevel = { shape: { kind: 'cjk', number: 1, length: 2 } };
  const bracket: HeadingLevel = { shape: { kind: 'bracket', number: 0, length: 1 } };

  test('an empty paragraph in a heading style ends nothing', () => {
    expect(endsLevel({ outline: 0 }, analyse(raw('', { builtinStyle: 'Heading1' })))).toBe(false);
    expect(endsLevel({ outline: 0 }, analyse(raw('主要做法', { builtinStyle: 'Heading1' })))).toBe(true);
  });

  test('a styled 二、 ends an unstyled 一、 by its numbering', () => {
    expect(endsLevel(cjk1, analyse(raw('二、主要做法', { builtinStyle: 'Heading1' })))).toBe(true);
  });

  test('a bracketed heading ends a bracketed part, and a repeated number does not continue the list', () => {
    expect(endsLevel(bracket, analyse(raw('【主要做法】')))).toBe(true);
    expect(endsLevel(bracket, analyse(raw('二、主要做法')))).toBe(false);
    expect(endsLevel(cjk1, analyse(raw('【主要做法】')))).toBe(false);
    expect(endsLevel(cjk1, analyse(raw('一、主要做法')))).toBe(false);
    expect(endsLevel(cjk1, analyse(raw('二、主要做法')))).toBe(true);
  });

  test('with an outline level on one side only, depth is read from the numbering', () => {
    const parenCjk = { kind: 'paren-cjk', number: 1, length: 3 } as const;
    expect(deeper({ outline: 1, shape: parenCjk }, cjk1)).toBe(true);
    expect(deeper({ shape: parenCjk }, { outline: 0, ...cjk1 })).toBe(true);
    expect(deeper(cjk1, { shape: parenCjk })).toBe(false);
  });
});
