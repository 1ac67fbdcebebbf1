import { cover, P, problems, han } from './harness';

const RULE = 'picture-count';
const max = P.pictures.maxGroups;

function withGroups(n: number, perGroup = 1) {
  let b = cover('分党委').background(han(300)).practice(han(300));
  for (let i = 1; i <= n; i++) b = b.picture({ count: perGroup, caption: `图${i} 支部活动` }).para(han(20));
  return b.lessons(han(300));
}

test.each([
  ['none', 0, false],
  ['N − 1', max - 1, false],
  ['N', max, false],
  ['N + 1', max + 1, true],
  ['N + 3', max + 3, true],
])('%s groups', (_name, n, fires) => {
  const found = problems(withGroups(n), RULE);
  if (!fires) return expect(found).toEqual([]);
  expect(found).toEqual([
    expect.objectContaining({
      messageId: 'too-many',
      severity: 'error',
      data: expect.objectContaining({ actual: n, max, diff: n - max }),
      target: expect.objectContaining({ part: 'picture', group: max + 1 }),
    }),
  ]);
});

test('a 组图 counts once, however many pictures it holds', () => {
  expect(problems(withGroups(max, 3), RULE)).toEqual([]);
  expect(problems(withGroups(max + 1, 2), RULE)[0].data).toMatchObject({ actual: max + 1, pictures: (max + 1) * 2 });
});

describe('a profile asking for pictures in two sections, at least three groups', () => {
  const atLeast3: typeof P = {
    ...P,
    parts: P.parts.map((p) => (p.id === 'background' ? { ...p, pictures: true } : p)),
    pictures: { ...P.pictures, minGroups: 3 },
  };

  test('too few: the count, the shortfall and both sections named, at the first of them', () => {
    const doc = cover('分党委').background(han(300)).picture({ caption: '图1 支部活动' }).practice(han(300)).lessons(han(300));
    expect(problems(doc, RULE, {}, atLeast3)).toEqual([
      {
        ruleId: RULE,
        messageId: 'too-few',
        severity: 'error',
        data: { actual: 1, min: 3, diff: 2, sectionLabel: '实施背景”或“主要做法' },
        target: { part: 'background', paragraph: 6 },
      },
    ]);
  });

  test('too few, 实施背景 missing: reported at 主要做法', () => {
    const doc = cover('分党委').practice(han(300)).lessons(han(300));
    expect(problems(doc, RULE, {}, atLeast3)).toEqual([expect.objectContaining({ messageId: 'too-few', data: expect.objectContaining({ actual: 0, diff: 3 }), target: { part: 'practice', paragraph: 6 } })]);
  });

  test('too few, neither section there: reported at the document', () => {
    const doc = cover('分党委').lessons(han(300));
    expect(problems(doc, RULE, {}, atLeast3)).toEqual([expect.objectContaining({ messageId: 'too-few', target: { part: 'document' } })]);
  });

  test('three groups are enough', () => {
    let doc = cover('分党委').background(han(300)).practice(han(300));
    for (let i = 1; i <= 3; i++) doc = doc.picture({ caption: `图${i} 支部活动` }).para(han(20));
    expect(problems(doc.lessons(han(300)), RULE, {}, atLeast3)).toEqual([]);
  });

  test('too many names both sections', () => {
    const doc = withGroups(max + 1);
    expect(problems(doc, RULE, {}, atLeast3)[0].data).toMatchObject({ sectionLabel: '实施背景”或“主要做法' });
  });
});

test('too many, 2024 notice: the section named is 主要做法', () => {
  expect(problems(withGroups(max + 1), RULE)[0].data).toMatchObject({ sectionLabel: '主要做法' });
});
