import { cover, P, problems, han, words } from './harness';

const RULE = 'caption-length';
const max = P.pictures.caption.value;

function practiceWith(caption: string) {
  return cover('分党委').background(han(300)).practice(han(300)).picture({ caption }).lessons(han(300));
}

test.each([
  ['N − 1', max - 1, false],
  ['N', max, false],
  ['N + 1', max + 1, true],
  ['well over', max * 2, true],
])('%s 字 after the label', (_name, size, fires) => {
  const found = problems(practiceWith(`图1 ${han(size)}`), RULE);
  if (!fires) return expect(found).toEqual([]);
  expect(found).toEqual([
    expect.objectContaining({
      messageId: 'too-long',
      severity: 'error',
      data: expect.objectContaining({ group: 1, actual: size, max, diff: size - max }),
      target: expect.objectContaining({ part: 'caption', group: 1 }),
    }),
  ]);
});

test.each(['图1 ', '图 2：', '图3-1 ', '组图1：', '图１．'])('the label %j does not count', (label) => {
  expect(problems(practiceWith(`${label}${han(max)}`), RULE)).toEqual([]);
  expect(problems(practiceWith(`${label}${han(max + 1)}`), RULE)).toHaveLength(1);
});

test('the caption is measured in the profile’s metric (Word 字数: a Latin word is one)', () => {
  const caption = `图1 ${han(max - 2)}AI赋能`;
  expect(words(`${han(max - 2)}AI赋能`)).toBe(max + 1);
  expect(problems(practiceWith(caption), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ actual: max + 1 }) })]);
});

test('each group is numbered in document order', () => {
  const doc = cover('分党委')
    .background(han(300))
    .practice(han(300))
    .picture({ caption: `图1 ${han(5)}` })
    .para(han(20))
    .picture({ caption: `图2 ${han(max + 3)}` })
    .lessons(han(300));
  expect(problems(doc, RULE).map((p) => [p.data.group, p.data.actual])).toEqual([[2, max + 3]]);
});

describe('a "20 字左右" caption (a department’s profile; fine within 10 %, an error beyond 50 %)', () => {
  const around: typeof P = {
    ...P,
    pictures: { ...P.pictures, caption: { ...P.pictures.caption, kind: 'around', value: 20 } },
    tolerances: { ...P.tolerances, around: { ...P.tolerances.around, warning: 0.1, error: 0.5 } },
  };

  test('25 字 is long, 40 字 far too long, 5 字 short is not this rule’s to say; each at its whole caption paragraph', () => {
    // cover 0–5, 实施背景 6–7, 主要做法 8–9, then picture/caption pairs: captions at 11, 13, 15
    const doc = cover('分党委')
      .background(han(300))
      .practice(han(300))
      .picture({ caption: `图1 ${han(25)}` })
      .picture({ caption: `图2 ${han(40)}` })
      .picture({ caption: `图3 ${han(5)}` })
      .lessons(han(300));
    const found = problems(doc, RULE, {}, around);
    expect(found.map((p) => [p.messageId, p.data.group, p.data.actual, p.target.paragraph, p.span])).toEqual([
      ['long', 1, 25, 11, { paragraph: 11, start: 0, end: 28 }],
      ['far-long', 2, 40, 13, { paragraph: 13, start: 0, end: 43 }],
    ]);
  });
});
