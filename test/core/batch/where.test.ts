/**
 * Where a problem is (src/core/batch/where.ts), as the review table and the problem list
 * show it: edges of parts (a part's end is exclusive, a heading is in no part's paragraphs),
 * gaps between parts, cover fields found or not, long captions, and unknown locales.
 * Issue 16: every expected place is written out by hand from the report below.
 */
import type { Diagnostic, Report } from '../../../src/core/report';
import { describeBatchWhere, describeWhere } from '../../../src/core/batch';
import type { Locale } from '../../../src/core/batch/messages';
import { fakeReport } from './helpers';

const c = (words: number) => ({ words, charsNoSpaces: words, charsWithSpaces: words });

// Paragraphs: 0 title, 1 unit (not found), 4 案例简介 heading (5 its text), 6 实施背景 heading
// (7-8), 9 主要做法 heading (10-19), 20-21 text under no heading, 22 经验启示 heading (23-24).
const report: Report = {
  ...fakeReport({ title: '案例一' }),
  parts: {
    title: { id: 'title', label: '案例名称', kind: 'cover', found: true, value: '案例一', start: 0, end: 1, counts: c(3) },
    unit: { id: 'unit', label: '申报单位（盖章）', kind: 'cover', found: false, counts: c(0) },
    summary: { id: 'summary', label: '案例简介', kind: 'summary', found: true, start: 4, end: 6, counts: c(200) },
    background: { id: 'background', label: '实施背景', kind: 'section', found: true, start: 6, end: 9, counts: c(300) },
    practice: { id: 'practice', label: '主要做法', kind: 'section', found: true, start: 9, end: 20, counts: c(600) },
    lessons: { id: 'lessons', label: '经验启示', kind: 'section', found: true, start: 22, end: 25, counts: c(300) },
    body: { id: 'body', label: '案例正文', kind: 'section', found: true, start: 6, end: 25, counts: c(1200) },
  },
  pictures: [
    { index: 1, paragraphs: [11], pictureCount: 1, part: 'practice', caption: '  图1 平台数据看板  ', captionParagraph: 12 },
    // 18 characters: shown whole.
    { index: 2, paragraphs: [14], pictureCount: 1, part: 'practice', caption: '图2 一二三四五六七八九十甲乙丙丁戊', captionParagraph: 15 },
    // 19 characters: cut to 17 and an ellipsis.
    { index: 3, paragraphs: [16], pictureCount: 1, part: 'practice', caption: '图3 一二三四五六七八九十甲乙丙丁戊己', captionParagraph: 17 },
  ],
};
const at = (target: Diagnostic['target']) => describeWhere({ target }, report);

describe('describeWhere: captions as the reviewer reads them', () => {
  it('quotes a caption without the spaces around it', () => {
    expect(at({ part: 'caption', group: 1 })).toBe('主要做法 · 第 1 组图片的配图说明“图1 平台数据看板”');
  });

  it('shows a caption of 18 characters whole and cuts one of 19 to 17 and an ellipsis', () => {
    expect(at({ part: 'caption', group: 2 })).toBe('主要做法 · 第 2 组图片的配图说明“图2 一二三四五六七八九十甲乙丙丁戊”');
    expect(at({ part: 'picture', group: 3 })).toBe('主要做法 · 第 3 组图片“图3 一二三四五六七八九十甲乙丙丁…”');
  });
});

describe('describeWhere: targets without a picture group', () => {
  it('places a caption or picture problem without a group by its paragraph', () => {
    expect(at({ part: 'caption', paragraph: 7 })).toBe('实施背景 · 第 1 段');
    expect(at({ part: 'picture', paragraph: 10 })).toBe('主要做法 · 第 1 段');
  });

  it('places a part’s problem in its part even when the target carries a group number', () => {
    expect(at({ part: 'background', group: 3, paragraph: 8 })).toBe('实施背景 · 第 2 段');
  });
});

describe('describeWhere: cover fields', () => {
  it('names a found cover field, and says when it was not found', () => {
    expect(at({ part: 'title' })).toBe('封面 · 案例名称');
    expect(at({ part: 'unit' })).toBe('封面 · 申报单位（盖章）（未找到）');
  });
});

describe('describeWhere: paragraphs at the edges of parts', () => {
  it.each([
    // The last paragraph of 实施背景 and the 主要做法 heading right after it (9 is 实施背景's exclusive end).
    [8, '实施背景 · 第 2 段'],
    [9, '全文'],
    // The 案例简介 heading is the first heading of the text: not the cover, not a paragraph of a part.
    [3, '封面'],
    [4, '全文'],
    [5, '案例简介 · 第 1 段'],
    // Text between 主要做法's end and the 经验启示 heading, and after the last part.
    [20, '全文'],
    [21, '全文'],
    [23, '经验启示 · 第 1 段'],
    [30, '全文'],
  ])('paragraph %d → %s', (paragraph, words) => {
    expect(at({ part: 'document', paragraph })).toBe(words);
  });
});

describe('locales', () => {
  it('falls back to Chinese for a locale it does not know', () => {
    expect(describeWhere({ target: { part: 'practice', paragraph: 10 } }, report, 'fr' as Locale)).toBe('主要做法 · 第 1 段');
    expect(describeBatchWhere({ ruleId: 'unit-quota' }, 'fr' as Locale)).toBe('封面 · 申报单位（盖章）');
  });

  it('speaks English on request for batch problems', () => {
    expect(describeBatchWhere({ ruleId: 'unit-quota' }, 'en')).toBe('Cover · submitting unit');
    expect(describeBatchWhere({ ruleId: 'scan-missing' }, 'en')).toBe('stamped first-page scan');
  });
});

describe('describeBatchWhere: each batch rule’s place', () => {
  it.each([
    ['unit-quota', '封面 · 申报单位（盖章）'],
    ['unit-levels', '封面 · 申报单位（盖章）'],
    ['unit-name', '封面 · 申报单位（盖章）'],
    ['scan-missing', '首页盖章扫描件'],
    ['resubmission', '全文'],
    ['file-format', '整个文件'],
  ])('%s → %s', (ruleId, words) => {
    expect(describeBatchWhere({ ruleId })).toBe(words);
  });
});
