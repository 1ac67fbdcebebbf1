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
