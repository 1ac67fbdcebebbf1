/**
 * The shared helpers of the rules, on hand-built documents and structures: the value of a
 * cover field, the body range, the body limit, the parts' lengths, the part holding a
 * paragraph, prompts-only text and a part's content text. Every expected value is read or
 * counted by hand from the paragraphs below.
 */
import type { CaseDocument } from '../../../src/core/model/types';
import type { Profile } from '../../../src/core/profile/types';
import {
  bodyLimit,
  bodyRange,
  contentText,
  ctxContentCounts,
  ctxCounts,
  ctxMeasure,
  ctxValue,
  measureParts,
  onlyPlaceholders,
  partAt,
  partLabel,
  readPartValue,
} from '../../../src/core/rules/parts';
import { StoryMeasure } from '../../../src/core/rules/measure';
import type { CaseContext } from '../../../src/core/rules/types';
import type { CaseStructure, FoundPart } from '../../../src/core/structure/types';
import { P } from './harness';

function docOf(...texts: string[]): CaseDocument {
  return { paragraphs: texts.map((text, index) => ({ index, text })) as CaseDocument['paragraphs'], stories: [], source: 'text' };
}

function part(id: string, start: number, contentStart: number, end: number, extra: Partial<FoundPart> = {}): FoundPart {
  return { id: id as FoundPart['id'], start, contentStart, end, via: 'numbered', ...extra };
}

function structureOf(parts: FoundPart[], more: Partial<CaseStructure> = {}): CaseStructure {
  return {
    parts: Object.fromEntries(parts.map((p) => [p.id, p])),
    duplicates: [],
    sectionOrder: [],
    pictureGroups: [],
    captionParagraphs: [],
    otherSections: [],
    ...more,
  };
}

describe('partLabel', () => {
  test('a part the profile does not name is called by its id', () => {
    expect(partLabel(P, 'practice')).toBe('主要做法');
    expect(partLabel(P, 'appendix')).toBe('appendix');
  });
});

describe('readPartValue', () => {
  test('an inline value goes on over the following lines, trimmed, blank lines left out', () => {
    const doc = docOf('案例名称：  党建引领 ', '  第二行  ', '   ', '第三行');
    const fp = part('title', 0, 1, 4, { inline: { paragraph: 0, text: '  党建引领 ', offset: 5 } });
    expect(readPartValue(doc, fp)).toBe('党建引领\n第二行\n第三行');
  });

  test('a value in content paragraphs is trimmed, blank lines left out', () => {
    const doc = docOf('类别', '  分党委 ', '  ', ' 其他 ');
    expect(readPartValue(doc, part('category', 0, 1, 4))).toBe('分党委\n其他');
  });

  test('a part reaching past the last paragraph reads what there is', () => {
    const doc = docOf('案例名称：党建', '引领');
    expect(readPartValue(doc, part('title', 0, 1, 5, { inline: { paragraph: 0, text: '党建', offset: 5 } }))).toBe('党建\n引领');
    expect(readPartValue(doc, part('category', 0, 1, 5))).toBe('引领');
  });
});

describe('bodyRange', () => {
  // Sections 5–15; a repeated 主要做法 at 15–18 is body; a repeated summary or 案例正文 is not.
  const sections = [part('background', 5, 6, 8), part('practice', 8, 9, 12), part('lessons', 12, 13, 15)];
  const duplicates = [part('summary', 1, 2, 3), part('practice', 15, 16, 18), part('body', 0, 1, 20)];

  test('from the first section to the end of a repeated section, repeated summary and 案例正文 left out', () => {
    expect(bodyRange(structureOf(sections, { duplicates }), P)).toEqual({ start: 5, end: 18 });
  });

  test('with no section found, a 案例正文 part stands in and a repeated section is ignored', () => {
    const s = structureOf([part('body', 2, 3, 10)], { duplicates: [part('practice', 4, 5, 6)] });
    expect(bodyRange(s, P)).toEqual({ start: 3, end: 10 });
  });

  test('stretches that belong to no section (an unlabelled opening, 三、工作成效) are body too', () => {
    const otherSections = [
      { start: 3, end: 5, label: '近年来，学院党委' },
      { start: 15, end: 21, heading: 15, label: '三、工作成效' },
    ];
    expect(bodyRange(structureOf(sections, { otherSections }), P)).toEqual({ start: 3, end: 21 });
  });

  test('with neither sections nor 案例正文 there is no body', () => {
    expect(bodyRange(structureOf([], { duplicates: [part('practice', 4, 5, 6)] }), P)).toBeUndefined();
  });
});

describe('bodyLimit', () => {
  test('a profile without a 案例正文 part and no category has no body limit', () => {
    const profile: Profile = { ...P, parts: P.parts.filter((p) => p.id !== 'body') };
    expect(bodyLimit(profile, undefined)).toBeUndefined();
  });
});

describe('measureParts', () => {
  test('a section’s own length leaves out its captions only, not those before or after it', () => {
    // 主要做法 is 1–5: its content 2–4 holds the caption at 2; captions at 0 and 5 lie outside.
    const doc = docOf('图0 前面', '主要做法', '图1 说明', '甲乙丙', '丁戊', '图2 后面');
    const s = structureOf([part('practice', 1, 2, 5)], { captionParagraphs: [0, 2, 5] });
    const lengths = measureParts(doc, s, P, new StoryMeasure(doc));
    expect(lengths.contentCounts.practice).toEqual({ words: 5, charsNoSpaces: 5, charsWithSpaces: 5 });
  });

  test('a section’s length holds its heading and captions; the summary’s holds its captions but not its heading', () => {
    // 主要做法 1–5: 主要做法 (4) + 图1 说明 (图 1 说 明: 4 words, 4 non-space, 5 with the space) + 甲乙丙 + 丁戊.
    // 案例简介 6–8: its content 7 is 图3 简介 (4 words) though a caption; the heading 案例简介 is not counted.
    const doc = docOf('图0 前面', '主要做法', '图1 说明', '甲乙丙', '丁戊', '案例简介', '图3 简介', '');
    const s = structureOf([part('practice', 1, 2, 5), part('summary', 5, 6, 8)], { captionParagraphs: [2, 6] });
    const lengths = measureParts(doc, s, P, new StoryMeasure(doc));
    expect(lengths.counts.practice).toEqual({ words: 13, charsNoSpaces: 13, charsWithSpaces: 14 });
    expect(lengths.counts.summary).toEqual({ words: 4, charsNoSpaces: 4, charsWithSpaces: 5 });
    expect(lengths.contentCounts.summary).toEqual({ words: 0, charsNoSpaces: 0, charsWithSpaces: 0 });
  });
});

describe('lengths from a context built by hand', () => {
  // 案例名称 inline on 0; sections 1–7 (headings of four 字): the body is 4+3+4+2+4+1 = 18 字.
  const doc = docOf('案例名称：党建引领', '实施背景', '甲乙丙', '主要做法', '丁戊', '经验启示', '己');
  const structure = structureOf([
    part('title', 0, 1, 1, { inline: { paragraph: 0, text: '党建引领', offset: 5 } }),
    part('background', 1, 2, 3),
    part('practice', 3, 4, 5),
    part('lessons', 5, 6, 7),
  ]);
  const ctxOf = (more: Partial<CaseContext> = {}): CaseContext => ({ doc, profile: P, structure, counts: {}, ...more });

  test('the story is measured when the context has no measure', () => {
    // 案例名称：党建引领 is 9 字 (Word counts the full-width colon), then the body's 18.
    expect(ctxMeasure(ctxOf()).range(0, 7).words).toBe(27);
  });

  test('values and content lengths are computed when the context has none', () => {
    const ctx = ctxOf();
    expect(ctxValue(ctx, 'title')).toBe('党建引领');
    expect(ctxContentCounts(ctx, 'practice')).toEqual({ words: 2, charsNoSpaces: 2, charsWithSpaces: 2 });
  });

  test('values and content lengths the engine gave are used as given', () => {
    const given = { words: 9, charsNoSpaces: 9, charsWithSpaces: 9 };
    const ctx = ctxOf({ values: { title: '引领' }, contentCounts: { practice: given } });
    expect(ctxValue(ctx, 'title')).toBe('引领');
    expect(ctxContentCounts(ctx, 'practice')).toBe(given);
  });

  test('a part’s length is the engine’s when given, else counted, and the body is counted without a 案例正文 part', () => {
    const given = { words: 9, charsNoSpaces: 9, charsWithSpaces: 9 };
    expect(ctxCounts(ctxOf({ counts: { title: given } }), 'title')).toBe(given);
    expect(ctxCounts(ctxOf(), 'title')).toEqual({ words: 4, charsNoSpaces: 4, charsWithSpaces: 4 });
    expect(ctxCounts(ctxOf(), 'body')).toEqual({ words: 18, charsNoSpaces: 18, charsWithSpaces: 18 });
  });
});

describe('partAt', () => {
  const s = structureOf([
    part('title', 0, 0, 1, { inline: { paragraph: 0, text: 'x', offset: 5 } }),
    part('unit', 0, 0, 1, { inline: { paragraph: 0, text: 'y', offset: 12 } }),
    part('category', 2, 2, 2),
    part('body', 10, 11, 30),
    part('practice', 15, 16, 20),
  ]);
  test('the innermost part holds a paragraph; a part’s end is outside it', () => {
    expect(partAt(s, 15)).toBe('practice');
    expect(partAt(s, 14)).toBe('body');
    expect(partAt(s, 20)).toBe('body');
    expect(partAt(s, 30)).toBeUndefined();
    expect(partAt(s, 5)).toBeUndefined();
  });
  test('a part that is its heading alone holds that paragraph', () => {
    expect(partAt(s, 2)).toBe('category');
  });
  test('two fields on one line: the first found holds it', () => {
    expect(partAt(s, 0)).toBe('title');
  });
});

describe('onlyPlaceholders', () => {
  test('a longer prompt that contains a shorter one is removed whole', () => {
    const profile: Profile = { ...P, placeholders: ['【填写】', '', '【填写】说明'] };
    expect(onlyPlaceholders('【填写】说明', profile)).toBe(true);
    expect(onlyPlaceholders('【填写】说明 正文', profile)).toBe(false);
  });
  test('a prompt with white space around it is still only a prompt', () => {
    const profile: Profile = { ...P, placeholders: ['【填写】'] };
    expect(onlyPlaceholders('  【填写】 \t', profile)).toBe(true);
    expect(onlyPlaceholders(' 【填写】 甲 ', profile)).toBe(false);
  });
  test('white space alone is not a prompt', () => {
    expect(onlyPlaceholders('  ', P)).toBe(false);
  });
});

describe('contentText', () => {
  test('an inline part’s text starts with the text after its label', () => {
    const doc = docOf('简介：甲', '乙', '丙');
    expect(contentText(doc, part('summary', 0, 0, 3, { inline: { paragraph: 0, text: '甲', offset: 3 } }))).toBe('甲\n乙\n丙');
  });
  test('a part reaching past the last paragraph ends with an empty line', () => {
    expect(contentText(docOf('简介', '乙'), part('summary', 0, 1, 3))).toBe('乙\n');
  });
});
