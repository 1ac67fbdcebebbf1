import { cover, P, problems, HEADINGS } from './harness';

const RULE = 'integration-weak';
const { partyWords, coreWords, window, minShare, minMentions } = P.integration;
const party = partyWords[0];
const core = coreWords[0];
// Filler that holds no party or core word.
const FILL = '甲乙丙丁戊己庚辛壬癸';
function fill(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += FILL[i % FILL.length];
  return s;
}

test('the filler holds no word of either list', () => {
  for (const w of [...partyWords, ...coreWords]) expect(fill(200).includes(w)).toBe(false);
  for (const h of Object.values(HEADINGS)) for (const w of [...partyWords, ...coreWords]) expect(h.includes(w)).toBe(false);
});

/** One paragraph per mention; `met` of them with a core word `gap` characters after it. */
function bodyParas(mentions: number, met: number, gap = 1) {
  let b = cover('分党委').heading(HEADINGS.background);
  for (let i = 0; i < mentions; i++) b = b.para(i < met ? `${fill(3)}${party}${fill(gap)}${core}${fill(3)}` : `${fill(window + 5)}${party}${fill(window + 5)}`);
  return b.practice(fill(50)).lessons(fill(50));
}

test('boundary: the share of mentions meeting a core word, at and just under minShare', () => {
  const m = minMentions * 2;
  const needed = Math.ceil(minShare * m);
  expect(problems(bodyParas(m, needed), RULE)).toEqual([]);
  expect(problems(bodyParas(m, needed - 1), RULE)).toEqual([
    expect.objectContaining({ messageId: 'weak', severity: 'info', data: expect.objectContaining({ mentions: m, met: needed - 1 }) }),
  ]);
});

test('boundary: fewer than minMentions mentions say nothing', () => {
  expect(problems(bodyParas(minMentions - 1, 0), RULE)).toEqual([]);
  expect(problems(bodyParas(minMentions, 0), RULE)).toHaveLength(1);
});

test('boundary: a core word exactly `window` characters away meets the mention; one further does not', () => {
  expect(problems(bodyParas(minMentions, minMentions, window), RULE)).toEqual([]);
  expect(problems(bodyParas(minMentions, minMentions, window + 1), RULE)).toEqual([
    expect.objectContaining({ data: expect.objectContaining({ mentions: minMentions, met: 0 }) }),
  ]);
});

test('words in one paragraph do not meet words in the next', () => {
  let b = cover('分党委').heading(HEADINGS.background);
  for (let i = 0; i < minMentions; i++) b = b.para(`${fill(10)}${party}`).para(`${core}${fill(10)}`);
  expect(problems(b.practice(fill(50)).lessons(fill(50)), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ met: 0 }) })]);
});
