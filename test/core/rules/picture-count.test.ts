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
