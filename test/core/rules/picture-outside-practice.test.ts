import { cover, problems, han, caseDoc, P } from './harness';

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

describe('a department’s profile', () => {
  test('pictures allowed in 实施背景 and 主要做法: one in 经验启示 names both', () => {
    const two = { ...P, parts: P.parts.map((p) => (p.id === 'background' ? { ...p, pictures: true } : p)) };
    const doc = cover('分党委').background(han(300)).picture({ caption: '图1 学院大楼' }).practice(han(300)).lessons(han(300)).picture({ caption: '图2 合影' });
    expect(problems(doc, RULE, {}, two)).toEqual([
      expect.objectContaining({
        messageId: 'outside',
        data: { group: 2, part: 'lessons', partLabel: '经验启示', section: 'background,practice', sectionLabel: '实施背景”或“主要做法' },
      }),
    ]);
  });

  test('pictures allowed in no section: where a picture stands is not this rule’s to say', () => {
    const none = { ...P, parts: P.parts.map((p) => (p.pictures ? { ...p, pictures: false } : p)) };
    const doc = cover('分党委').background(han(300)).picture({ caption: '图1 学院大楼' }).practice(han(300)).lessons(han(300));
    expect(problems(doc, RULE, {}, none)).toEqual([]);
  });
});
