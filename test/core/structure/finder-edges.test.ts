/**
 * Edges of class Finder (src/core/structure/index.ts) that the other mirror files leave open:
 * a section found by its control alone (no heading, so no level), sections out of the notice's
 * order, a 案例正文 heading written after the first section, a summary with nothing in it, and
 * the section a picture group in the summary records. Each expected range is counted by hand
 * from the paragraphs written.
 */
import { caseDoc, han } from '../../helpers/case-doc';
import { range, structureOf } from './helpers';

const ctl = (tag: string) => ({ controls: [{ tag, id: tag }] });

describe('a section found by its control alone has no heading level', () => {
  test('text after the control, up to the end, still belongs to that section', () => {
    // 0 案例简介, 1 text, 2 practice control (no heading), 3 附件：活动照片, 4 text.
    const s = structureOf(caseDoc().summary(han(100)).para(han(100), ctl('case.practice')).para('附件：活动照片').para(han(50)).build());
    expect(range(s, 'practice')).toEqual([2, 2, 5]);
    expect(s.parts.practice!.heading).toBeUndefined();
    expect(s.parts.body).toEqual({ id: 'body', start: 2, contentStart: 2, end: 5, via: 'control' });
  });

  test('a stretch cut off the summary before it is an other section, compared with no level of that section', () => {
    // 0 案例简介, 1 80 字, 2 工作缘起 (bold: ends the summary), 3 40 字, 4 practice control.
    const s = structureOf(caseDoc().summary(han(80)).para('工作缘起', { bold: true }).para(han(40)).para(han(100), ctl('case.practice')).build());
    expect(range(s, 'summary')).toEqual([0, 1, 2]);
    expect(range(s, 'practice')).toEqual([4, 4, 5]);
    expect(s.otherSections).toEqual([{ start: 2, end: 4, label: '工作缘起', heading: 2, candidateFor: 'background', suggested: '实施背景' }]);
    expect(s.parts.body).toEqual({ id: 'body', start: 2, contentStart: 2, end: 5, via: 'control', heading: 2, label: '工作缘起' });
  });
});

describe('where the body starts', () => {
  test('sections out of the notice\'s order: the body starts at the one written first (主要做法), not at 实施背景', () => {
    // 0 案例简介, 1 text, 2 二、主要做法, 3 text, 4 一、实施背景, 5 text, 6 三、经验启示, 7 text.
    const s = structureOf(caseDoc().summary(han(100)).practice(han(100)).background(han(100)).lessons(han(100)).build());
    expect(s.sectionOrder).toEqual(['practice', 'background', 'lessons']);
    expect(s.parts.body).toEqual({ id: 'body', start: 2, contentStart: 2, end: 8, via: 'heading-style', heading: 2, label: '二、主要做法' });
  });

  test('a 案例正文 heading written after the first section is not the body\'s start: the body starts at that section', () => {
    // 0 案例简介, 1 text, 2 一、实施背景, 3 text, 4 案例正文, 5 二、主要做法, 6 text.
    const s = structureOf(caseDoc().summary(han(100)).background(han(100)).heading('案例正文').practice(han(100)).build());
    expect(range(s, 'background')).toEqual([2, 3, 4]);
    expect(range(s, 'practice')).toEqual([5, 6, 7]);
    expect(s.parts.body).toEqual({ id: 'body', start: 2, contentStart: 2, end: 7, via: 'heading-style', heading: 2, label: '一、实施背景' });
  });
});

describe('a summary with nothing in it is left as found', () => {
  test('案例简介 and an empty line at the end of the document', () => {
    const s = structureOf(caseDoc().heading('案例简介').para('').build());
    expect(range(s, 'summary')).toEqual([0, 1, 2]);
    expect(s.otherSections).toEqual([]);
    expect(s.summaryGuess).toBeUndefined();
  });

  test('a bold centred title above it is not taken for the line that ends it', () => {
    // 0 title (bold, centred), 1 案例简介, 2 empty, 3 二、主要做法, 4 text.
    const s = structureOf(caseDoc().para('党建引领实践育人', { bold: true, centered: true }).heading('案例简介').para('').practice(han(100)).build());
    expect(range(s, 'summary')).toEqual([1, 2, 3]);
    expect(range(s, 'practice')).toEqual([3, 4, 5]);
    expect(s.parts.title).toMatchObject({ start: 0, end: 1, value: '党建引领实践育人' });
    expect(s.otherSections).toEqual([]);
  });
});

describe('the section a picture group records', () => {
  test('a picture in the summary records the summary', () => {
    // 0 案例简介, 1 text, 2 picture, 3 图1 调研, 4 二、主要做法, 5 text.
    const s = structureOf(caseDoc().summary(han(100)).picture({ caption: '图1 调研' }).practice(han(100)).build());
    expect(range(s, 'summary')).toEqual([0, 1, 4]);
    expect(s.pictureGroups).toEqual([
      { paragraphs: [2], pictureCount: 1, caption: { paragraph: 3, text: '图1 调研', label: '图1', body: '调研' }, section: 'summary' },
    ]);
  });
});
