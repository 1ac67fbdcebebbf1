/**
 * Sections the tool does not recognise (issue 11, point 5): an unrecognised heading where a
 * section is missing is named, an extra section is reported and counted in the body and its
 * breakdown alike, and a summary that runs into the body ends where the body plainly starts.
 * Lengths are Word's 字数 counted by hand: `二、实施方法和过程` is 二(1) 、(1) 实施方法和过程(7) = 9,
 * `四、下一步打算` 7, `（一）强化政治引领` 9, `（二）工作成效` 7; han(n) is n 字.
 */
import { documentFromText } from '../../../src/core/model/from-text';
import { checkCase } from '../../../src/core/engine';
import { NEU_2024 } from '../../../src/core/profile';
import type { Report } from '../../../src/core/report';
import { caseDoc, han } from '../../helpers/case-doc';
import { structureOf } from './helpers';

const COVER = ['案例名称：党建引领', '申报单位：信息学院党委', '类别：党支部（教师党支部）'];

function check(lines: string[]): Report {
  return checkCase(documentFromText(lines.join('\n')), NEU_2024);
}

/** Section and other-section lengths in document order, and the body total. */
function breakdown(r: Report) {
  const rows: [string, number, number][] = [];
  for (const id of ['background', 'practice', 'lessons'] as const) {
    const p = r.parts[id]!;
    if (p.found) rows.push([p.label, p.start!, p.counts.words]);
  }
  for (const o of r.otherSections ?? []) rows.push([o.label, o.start, o.counts.words]);
  rows.sort((a, b) => a[1] - b[1]);
  return { rows: rows.map(([label, , words]) => [label, words]), body: r.parts.body!.counts.words };
}

const codes = (r: Report) => r.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`);

describe('an unrecognised heading where a section is missing', () => {
  const r = check([...COVER, '案例简介', han(200), '一、实施背景', han(300), '二、实施方法和过程', han(400), '三、经验启示', han(250)]);

  test('is named, with the heading renamed as a suggestion', () => {
    const d = r.diagnostics.find((x) => x.ruleId === 'part-missing')!;
    expect(d).toMatchObject({
      messageId: 'section-candidate',
      severity: 'error',
      data: { part: 'practice', seen: '二、实施方法和过程', suggested: '二、主要做法' },
      target: { part: 'practice', paragraph: 7 },
    });
    expect(d.message).toBe('案例正文缺少“主要做法”部分。找到了标题“二、实施方法和过程”：它是不是主要做法？如果是，请把标题改为“二、主要做法”。');
  });

  test('counts in the breakdown as well as in the total, and is not also an extra section', () => {
    expect(breakdown(r)).toEqual({
      rows: [
        ['实施背景', 306],
        ['二、实施方法和过程', 409],
        ['经验启示', 256],
      ],
      body: 971,
    });
    expect(r.otherSections).toEqual([expect.objectContaining({ label: '二、实施方法和过程', heading: true, candidateFor: 'practice' })]);
    expect(codes(r)).not.toContain('part-order/extra-section');
  });
});

describe('an extra section (三、工作成效)', () => {
  const lines = [...COVER, '案例简介', han(200), '一、实施背景', han(300), '二、主要做法', han(400), '三、工作成效', han(150), '四、经验启示', han(250)];

  test('is reported once, as none of the three sections, pointing at 主要做法', () => {
    const r = check(lines);
    const d = r.diagnostics.filter((x) => x.messageId === 'extra-section');
    expect(d).toEqual([
      expect.objectContaining({
        ruleId: 'part-order',
        severity: 'warning',
        data: expect.objectContaining({ label: '三、工作成效', words: 156, practiceLabel: '主要做法' }),
        target: { part: 'body', paragraph: 9 },
      }),
    ]);
    expect(d[0].message).toBe(
      '正文中的“三、工作成效”（156 字）不属于实施背景、主要做法、经验启示中的任何一部分：正文总字数计入了它，各部分的字数都没有计入。通知规定“主要做法”中可以包含成果成效，请把这部分内容并入相应部分，或把标题改为其中之一。',
    );
  });

  test('the body total is the sum of its breakdown', () => {
    expect(breakdown(check(lines))).toEqual({
      rows: [
        ['实施背景', 306],
        ['主要做法', 406],
        ['三、工作成效', 156],
        ['经验启示', 256],
      ],
      body: 1124,
    });
  });

  test('after the last section it is body too (四、下一步打算)', () => {
    const r = check([...COVER, '案例简介', han(200), '一、实施背景', han(300), '二、主要做法', han(400), '三、经验启示', han(250), '四、下一步打算', han(100)]);
    expect(breakdown(r)).toEqual({
      rows: [
        ['实施背景', 306],
        ['主要做法', 406],
        ['经验启示', 256],
        ['四、下一步打算', 107],
      ],
      body: 1075,
    });
  });

  test('in Word heading styles as well', () => {
    const doc = caseDoc()
      .title('党建引领')
      .unit('信息学院党委')
      .category('分党委')
      .summary(han(200))
      .heading('实施背景', 'Heading2')
      .para(han(300))
      .heading('主要做法', 'Heading2')
      .para(han(400))
      .heading('工作成效', 'Heading2')
      .para(han(150))
      .heading('经验启示', 'Heading2')
      .para(han(250))
      .build();
    const r = checkCase(doc, NEU_2024);
    expect(breakdown(r)).toEqual({
      rows: [
        ['实施背景', 304],
        ['主要做法', 404],
        ['工作成效', 154],
        ['经验启示', 254],
      ],
      body: 1116,
    });
    expect(codes(r)).toContain('part-order/extra-section');
  });

  test('sub-headings inside a section are not extra sections', () => {
    const r = check([...COVER, '案例简介', han(200), '一、实施背景', han(300), '二、主要做法', '（一）强化政治引领', han(200), '（二）工作成效', han(200), '三、经验启示', han(250)]);
    expect(r.otherSections).toBeUndefined();
    expect(r.parts.practice!.counts.words).toBe(6 + 9 + 200 + 7 + 200);
  });
});

describe('a summary that runs into the body', () => {
  test('without a heading between them: the boundary is a guess, and says so', () => {
    const r = check([...COVER, '案例简介', han(197), han(179), '一、主要做法', han(400), '二、经验启示', han(250)]);
    expect(r.parts.summary!.counts.words).toBe(197);
    expect(breakdown(r)).toEqual({
      rows: [
        [han(20) + '…', 179],
        ['主要做法', 406],
        ['经验启示', 256],
      ],
      body: 841,
    });
    const guess = r.diagnostics.find((d) => d.messageId === 'boundary-guess')!;
    expect(guess).toMatchObject({
      ruleId: 'summary-length',
      severity: 'info',
      data: { paragraphs: 1, words: 197, restParagraphs: 1, restWords: 179 },
      target: { part: 'summary', paragraph: 5 },
    });
    expect(guess.message).toBe(
      '案例简介与正文之间没有标题，已把前 1 段（197 字）算作案例简介，其后 1 段（179 字）算作正文的开头。如果分得不对，请在正文开始处加上标题（如“实施背景”）。',
    );
    expect(r.diagnostics.find((d) => d.ruleId === 'part-missing')).toMatchObject({
      messageId: 'section-unlabelled',
      data: { part: 'background', paragraphs: 1, words: 179 },
    });
    expect(codes(r)).not.toContain('summary-length/far-long');
  });

  test('a heading-like line (the case title again) plainly ends it: no guess', () => {
    const doc = caseDoc()
      .title('党建引领')
      .unit('信息学院党委')
      .category('分党委')
      .summary(han(200))
      .para('“红色引擎”驱动人才培养改革', { bold: true, centered: true })
      .background(han(300))
      .practice(han(400))
      .lessons(han(250))
      .build();
    const r = checkCase(doc, NEU_2024);
    expect(r.parts.summary!.counts.words).toBe(200);
    expect(r.otherSections).toBeUndefined();
    expect(codes(r).filter((c) => c.startsWith('summary-length') || c.startsWith('part-'))).toEqual([]);
  });

  test('a section-level heading after it (一、工作缘起) ends it and is offered as 实施背景', () => {
    const doc = caseDoc()
      .title('党建引领')
      .unit('信息学院党委')
      .category('分党委')
      .summary(han(200))
      .heading('一、工作缘起', 'Heading2')
      .para(han(300))
      .heading('二、主要做法', 'Heading2')
      .para(han(400))
      .heading('三、经验启示', 'Heading2')
      .para(han(250))
      .build();
    const r = checkCase(doc, NEU_2024);
    expect(r.parts.summary!.counts.words).toBe(200);
    expect(r.diagnostics.find((d) => d.ruleId === 'part-missing')).toMatchObject({
      messageId: 'section-candidate',
      data: { part: 'background', seen: '一、工作缘起', suggested: '一、实施背景' },
    });
    expect(breakdown(r).body).toBe(306 + 406 + 256);
  });

  test('a long summary of two paragraphs before 实施背景 stays whole (nothing is missing)', () => {
    const r = check([...COVER, '案例简介', han(150), han(150), '一、实施背景', han(300), '二、主要做法', han(400), '三、经验启示', han(250)]);
    expect(r.parts.summary!.counts.words).toBe(300);
    expect(r.otherSections).toBeUndefined();
    expect(codes(r)).toContain('summary-length/long');
  });
});

test('structure: the template’s 正文 prompt under 案例正文 stays outside the body count', () => {
  const s = structureOf(['案例简介', han(200), '案例正文', '【正文说明】', '一、实施背景', han(300), '二、主要做法', han(300), '三、经验启示', han(300)].join('\n'));
  expect(s.otherSections).toEqual([]);
  expect(s.summaryGuess).toBeUndefined();
});
