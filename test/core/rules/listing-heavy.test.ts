import { cover, han, P, problems, words } from './harness';

const RULE = 'listing-heavy';
const { shortLineMaxWords: maxWords, minShare, minLines } = P.listing;

/** A short enumerated line of exactly `size` 字, its number typed by hand. */
function item(i: number, size: number): string {
  const label = `${i}.`;
  return label + han(size - words(label), i);
}

function practiceWith(lines: string[]) {
  let b = cover('分党委').background(han(300)).heading('二、主要做法');
  for (const l of lines) b = b.para(l);
  return b.lessons(han(300));
}

const long = (i: number) => han(maxWords * 3, i);

test('valid: prose paragraphs', () => {
  expect(problems(practiceWith(Array.from({ length: minLines * 2 }, (_, i) => long(i))), RULE)).toEqual([]);
});

test('invalid: all lines short and numbered', () => {
  const lines = Array.from({ length: minLines }, (_, i) => item(i + 1, maxWords));
  expect(problems(practiceWith(lines), RULE)).toEqual([
    expect.objectContaining({ messageId: 'listing', severity: 'info', data: expect.objectContaining({ lines: minLines, short: minLines, share: 100, part: 'practice' }) }),
  ]);
});

test('boundary: a line of N 字 is short, N + 1 is not', () => {
  const atMax = Array.from({ length: minLines }, (_, i) => item(i + 1, maxWords));
  const overMax = Array.from({ length: minLines }, (_, i) => item(i + 1, maxWords + 1));
  expect(problems(practiceWith(atMax), RULE)).toHaveLength(1);
  expect(problems(practiceWith(overMax), RULE)).toEqual([]);
});

test('boundary: fewer than minLines lines is never a listing', () => {
  expect(problems(practiceWith(Array.from({ length: minLines - 1 }, (_, i) => item(i + 1, 5))), RULE)).toEqual([]);
});

test('boundary: the share of short enumerated lines, at and just under minShare', () => {
  const total = minLines * 2;
  const needed = Math.ceil(minShare * total);
  const build = (short: number) => [...Array.from({ length: short }, (_, i) => item(i + 1, 8)), ...Array.from({ length: total - short }, (_, i) => long(i))];
  expect(problems(practiceWith(build(needed)), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ short: needed, lines: total }) })]);
  expect(problems(practiceWith(build(needed - 1)), RULE)).toEqual([]);
});

test('short lines count only when enumerated: Word numbering or a typed marker', () => {
  const plain = Array.from({ length: minLines }, (_, i) => han(8, i));
  expect(problems(practiceWith(plain), RULE)).toEqual([]);
  let b = cover('分党委').background(han(300)).heading('二、主要做法');
  for (let i = 0; i < minLines; i++) b = b.para(han(8, i), { listLabel: `${i + 1}.` });
  expect(problems(b.lessons(han(300)), RULE)).toHaveLength(1);
  const markers = ['一是', '（一）', '①', '•', '（1）', '第一，'];
  const typed = Array.from({ length: minLines }, (_, i) => markers[i % markers.length] + han(8, i));
  expect(problems(practiceWith(typed), RULE)).toHaveLength(1);
});

describe('what the mutation run showed unseen', () => {
  const six = (make: (i: number) => string) => Array.from({ length: 6 }, (_, i) => make(i));

  test.each(['一、', '（十一）', '（一）', '(十二)', ' 1.', '　　2、', '12．', '（1）', '①', '⑴', '⒛', '㈠', '•', '一是', '十一是', '第一，', '第十一条'])(
    'six short lines each starting with %p are a listing',
    (marker) => {
      expect(problems(practiceWith(six((i) => marker + han(8, i))), RULE)).toHaveLength(1);
    },
  );

  test.each(['甲一、', '这是', '共12.5万元', '（注）', '（2024年起）', '开展（一）', '共3）'])('six short lines starting with %p are not enumerated', (start) => {
    expect(problems(practiceWith(six((i) => start + han(8, i))), RULE)).toEqual([]);
  });

  test('the full info: 6 lines, 6 short, 100 %, at the 主要做法 heading', () => {
    // Cover 0-3, 案例简介 4-5, 实施背景 heading and text 6-7: 主要做法 is paragraph 8.
    expect(problems(practiceWith(six((i) => item(i + 1, 8))), RULE)).toEqual([
      {
        ruleId: RULE,
        messageId: 'listing',
        severity: 'info',
        data: { part: 'practice', partLabel: '主要做法', lines: 6, short: 6, share: 100, metric: 'words', shortLineMaxWords: 30 },
        target: { part: 'practice', paragraph: 8 },
      },
    ]);
  });

  test('exactly at the share: 6 short enumerated lines of 10 (60 %) are a listing', () => {
    const lines = [...six((i) => item(i + 1, 8)), ...Array.from({ length: 4 }, (_, i) => long(i))];
    expect(problems(practiceWith(lines), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ lines: 10, short: 6, share: 60 }) })]);
  });

  test('blank and space-only paragraphs are not lines', () => {
    const lines = [...six((i) => item(i + 1, 8)), '', '   ', '　　'];
    expect(problems(practiceWith(lines), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ lines: 6, short: 6 }) })]);
  });

  test('a picture caption is not a line', () => {
    let b = cover('分党委').background(han(300)).heading('二、主要做法');
    for (const l of six((i) => item(i + 1, 8))) b = b.para(l);
    b = b.picture({ caption: '图1 主题党日活动现场' });
    expect(problems(b.lessons(han(300)), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ lines: 6, short: 6 }) })]);
  });

  test('content after the heading on its line is one line, and the heading itself is not', () => {
    // 二、主要做法：组织党员开展理论学习 — the inline text has no marker of its own: a line, not short enumerated.
    let b = cover('分党委').background(han(300)).heading('二、主要做法：组织党员开展理论学习');
    for (const l of six((i) => item(i + 1, 8))) b = b.para(l);
    expect(problems(b.lessons(han(300)), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ lines: 7, short: 6 }) })]);
  });

  test('manual line breaks: one line per break; Word numbering marks the first line only', () => {
    const typed = six((i) => item(i + 1, 8)).join('\n');
    expect(problems(practiceWith([typed]), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ lines: 6, short: 6 }) })]);
    // Six numbered one-line paragraphs, then a numbered paragraph of three unmarked lines: 9 lines, 7 short.
    let c = cover('分党委').background(han(300)).heading('二、主要做法');
    for (let i = 0; i < 6; i++) c = c.para(han(8, i), { listLabel: `${i + 1}.` });
    c = c.para([han(8, 1), han(8, 2), han(8, 3)].join('\n'), { listLabel: '7.' });
    expect(problems(c.lessons(han(300)), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ lines: 9, short: 7 }) })]);
  });

  test('Word\'s own number counts in a line\'s size: （1） adds 3 字 (wordcount README, 8)', () => {
    const numbered = (size: number) => {
      let b = cover('分党委').background(han(300)).heading('二、主要做法');
      for (let i = 0; i < 6; i++) b = b.para(han(size, i), { listLabel: `（${i + 1}）` });
      return b.lessons(han(300));
    };
    expect(problems(numbered(27), RULE)).toHaveLength(1);
    expect(problems(numbered(28), RULE)).toEqual([]);
  });

  test('switched off by the author, the hint is not given', () => {
    expect(problems(practiceWith(six((i) => item(i + 1, 8))), RULE, { hintsOff: [RULE] })).toEqual([]);
  });
});
