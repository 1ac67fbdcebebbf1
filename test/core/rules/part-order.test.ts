import { caseDoc, han, P, problems } from './harness';

const RULE = 'part-order';

function base() {
  return caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(200));
}

test('valid: background → practice → lessons', () => {
  expect(problems(base().background(han(300)).practice(han(300)).lessons(han(300)), RULE)).toEqual([]);
});

test('valid: a missing section does not make the others out of order', () => {
  expect(problems(base().background(han(300)).lessons(han(300)), RULE)).toEqual([]);
});

test.each([
  ['practice first', (b: ReturnType<typeof base>) => b.practice(han(300)).background(han(300)).lessons(han(300)), 'background', '主要做法 → 实施背景 → 经验启示'],
  ['lessons before practice', (b: ReturnType<typeof base>) => b.background(han(300)).lessons(han(300)).practice(han(300)), 'practice', '实施背景 → 经验启示 → 主要做法'],
])('invalid: %s', (_name, build, part, actual) => {
  expect(problems(build(base()), RULE)).toEqual([
    expect.objectContaining({
      messageId: 'order',
      severity: 'warning',
      data: expect.objectContaining({ part, actual, expected: '实施背景 → 主要做法 → 经验启示' }),
    }),
  ]);
});

test('invalid: all three reversed is reported once, at the first section out of place (主要做法), not the last', () => {
  const doc = base().lessons(han(300)).practice(han(300)).background(han(300));
  expect(problems(doc, RULE)).toEqual([
    expect.objectContaining({
      messageId: 'order',
      data: { part: 'practice', partLabel: '主要做法', actual: '经验启示 → 主要做法 → 实施背景', expected: '实施背景 → 主要做法 → 经验启示' },
    }),
  ]);
});

test('invalid: a section that is none of the three (三、工作成效) is reported at its heading', () => {
  const doc = base().background(han(300)).practice(han(300)).para('三、工作成效').para(han(150)).lessons(han(300), '四、经验启示');
  expect(problems(doc.plainHeadings(), RULE)).toEqual([
    expect.objectContaining({
      messageId: 'extra-section',
      severity: 'warning',
      data: expect.objectContaining({ label: '三、工作成效', words: 156, sections: '实施背景、主要做法、经验启示' }),
      target: { part: 'body', paragraph: 9 },
    }),
  ]);
});

test('valid: a sub-heading named like a section stays inside its section', () => {
  const doc = base().background(han(300)).practice(han(300)).para('（一）工作成效').para(han(150)).lessons(han(300));
  expect(problems(doc, RULE)).toEqual([]);
});

test('valid: a section written again after the others is part-duplicate’s, not out of order', () => {
  const doc = base().background(han(300)).practice(han(300)).lessons(han(300)).background(han(100), '四、工作背景');
  expect(problems(doc, RULE)).toEqual([]);
});

test('invalid: with a section missing, the expected order names only the sections present, and the report points at the heading out of place', () => {
  // 三、经验启示 (paragraph 5) before 一、实施背景 (paragraph 7); 主要做法 is missing (part-missing says so).
  const doc = base().lessons(han(300)).background(han(300));
  expect(doc.build().paragraphs[7].text).toBe('一、实施背景');
  expect(problems(doc, RULE)).toEqual([
    {
      ruleId: RULE,
      messageId: 'order',
      severity: 'warning',
      data: { part: 'background', partLabel: '实施背景', actual: '经验启示 → 实施背景', expected: '实施背景 → 经验启示' },
      target: { part: 'background', paragraph: 7 },
    },
  ]);
});

test('invalid: a department’s profile without a 主要做法 section still reports an extra section, without pointing at 主要做法', () => {
  const profile = { ...P, parts: P.parts.map((x) => (x.id === 'practice' ? { ...x, id: 'method', label: '工作方法' } : x)) } as typeof P;
  const doc = base().background(han(300)).para('二、工作方法').para(han(300)).para('三、工作成效').para(han(150)).lessons(han(300), '四、经验启示');
  expect(problems(doc.plainHeadings(), RULE, {}, profile)).toEqual([
    expect.objectContaining({ messageId: 'extra-section', data: expect.objectContaining({ label: '三、工作成效', practiceLabel: null }) }),
  ]);
});

test('invalid: text run on from the summary, where the profile does not require 实施背景, is an extra section reported at its first paragraph', () => {
  // cover 0–2, 案例简介 3, 197 字 4; 179 字 at 5 with no heading before 一、主要做法
  const optionalBackground = { ...P, parts: P.parts.map((p) => (p.id === 'background' ? { ...p, required: false } : p)) };
  const doc = caseDoc().title('党建引领').unit('信息学院党委').category('分党委').summary(han(197)).para(han(179)).practice(han(400), '一、主要做法').lessons(han(250), '二、经验启示');
  expect(problems(doc, RULE, {}, optionalBackground)).toEqual([
    {
      ruleId: RULE,
      messageId: 'extra-section',
      severity: 'warning',
      data: { label: `${han(20)}…`, words: 179, metric: 'words', sections: '实施背景、主要做法、经验启示', practiceLabel: '主要做法' },
      target: { part: 'body', paragraph: 5 },
    },
  ]);
});
