import { caseDoc, han, problems } from './harness';

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
