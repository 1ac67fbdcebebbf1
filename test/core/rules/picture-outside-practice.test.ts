import { cover, problems, han, caseDoc } from './harness';

const RULE = 'picture-outside-practice';

test('valid: pictures in 主要做法', () => {
  const doc = cover('分党委').background(han(300)).practice(han(300)).picture({ caption: '图1 主题党日' }).lessons(han(300));
  expect(problems(doc, RULE)).toEqual([]);
});

test.each([
  ['background', (b: ReturnType<typeof cover>) => b.background(han(300)).picture({ caption: '图1 学院大楼' }).practice(han(300)).lessons(han(300))],
  ['lessons', (b: ReturnType<typeof cover>) => b.background(han(300)).practice(han(300)).lessons(han(300)).picture({ caption: '图1 合影' })],
  ['summary', (b: ReturnType<typeof cover>) => b.picture({ caption: '图1 合影' }).background(han(300)).practice(han(300)).lessons(han(300))],
])('invalid: a picture in %s', (part, build) => {
  expect(problems(build(cover('分党委')), RULE)).toEqual([
    expect.objectContaining({
      messageId: 'outside',
      severity: 'warning',
      data: expect.objectContaining({ group: 1, part, section: 'practice', sectionLabel: '主要做法' }),
      target: expect.objectContaining({ part: 'picture', group: 1 }),
    }),
  ]);
});

test('invalid: a picture before any part', () => {
  const doc = caseDoc().picture({ caption: '图1 校徽' }).title('案例').unit('某学院党委').category('分党委').background(han(300)).practice(han(300)).lessons(han(300));
  expect(problems(doc, RULE)).toEqual([expect.objectContaining({ messageId: 'outside-body', data: expect.objectContaining({ group: 1, part: null }) })]);
});
