/**
 * A recorded Report (plain data, the shape checkCase returns) for component tests:
 * a branch case whose summary is short, body on target, one caption too long and
 * one picture without a caption.
 */
import type { Report } from '../../src/core/report';

const counts = (words: number) => ({ words, charsNoSpaces: words, charsWithSpaces: words });

export function sampleReport(): Report {
  return {
    profile: 'neu-2024',
    metric: 'words',
    category: 'branch.teacher',
    categorySource: 'settings',
    parts: {
      title: { id: 'title', label: '案例名称', found: true, via: 'field', start: 0, end: 1, value: '党建引领实践育人', counts: counts(8) },
      unit: { id: 'unit', label: '申报单位（盖章）', found: false, counts: counts(0) },
      summary: {
        id: 'summary', label: '案例简介', found: true, via: 'heading-style', start: 2, end: 4, counts: counts(120),
        limit: { kind: 'around', value: 200, source: '200 字左右', state: 'far-short', actual: 120 },
      },
      body: {
        id: 'body', label: '案例正文', found: true, start: 4, end: 12, counts: counts(1040),
        limit: { kind: 'around', value: 1000, source: '党支部案例 1000 字左右', state: 'ok', actual: 1040 },
      },
      background: { id: 'background', label: '实施背景', found: true, via: 'heading-style', start: 4, end: 6, counts: counts(306) },
      practice: { id: 'practice', label: '主要做法', found: true, via: 'heading-style', start: 6, end: 10, counts: counts(455) },
      lessons: { id: 'lessons', label: '经验启示', found: true, via: 'heading-style', start: 10, end: 12, counts: counts(279) },
    },
    pictures: [
      { index: 1, paragraphs: [7], pictureCount: 1, part: 'practice', caption: '图1 支部书记讲党课', captionParagraph: 8, captionLabel: '图1', captionWords: 6 },
      { index: 2, paragraphs: [9], pictureCount: 2, part: 'practice', caption: '图2 党员志愿服务队走进社区开展义诊和政策宣讲活动', captionParagraph: 10, captionLabel: '图2', captionWords: 23 },
      { index: 3, paragraphs: [11], pictureCount: 1, part: 'lessons' },
    ],
    diagnostics: [
      { ruleId: 'part-missing', messageId: 'missing', severity: 'error', message: '缺少“申报单位（盖章）”。', data: { part: 'unit' }, target: { part: 'unit' } },
      { ruleId: 'caption-length', messageId: 'tooLong', severity: 'error', message: '配图说明 23 字，超过 20 字。', data: { actual: 23, max: 20 }, target: { part: 'caption', group: 2 } },
      { ruleId: 'summary-length', messageId: 'farShort', severity: 'error', message: '案例简介 120 字，远少于 200 字左右。', data: { actual: 120, value: 200 }, target: { part: 'summary' } },
      { ruleId: 'picture-outside-practice', messageId: 'outside', severity: 'warning', message: '图片不在“主要做法”中。', data: {}, target: { part: 'picture', group: 3 } },
      { ruleId: 'placeholder-left', messageId: 'left', severity: 'error', message: '模板提示文字仍在文档中。', data: {}, target: { part: 'practice', paragraph: 7 }, span: { paragraph: 7, start: 2, end: 6 } },
    ],
    counts: { words: 1180, charsNoSpaces: 1190, charsWithSpaces: 1200, paragraphs: 12, eastAsianChars: 1170, nonAsianWords: 10 },
    summary: { errors: 4, warnings: 1, infos: 0 },
  };
}
