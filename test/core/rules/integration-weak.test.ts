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

describe('what the mutation run showed unseen', () => {
  /** A body of `n` copies of one paragraph text, in the background section. */
  function body(text: string, n = minMentions) {
    let b = cover('分党委').heading(HEADINGS.background);
    for (let i = 0; i < n; i++) b = b.para(text);
    return b.practice(fill(50)).lessons(fill(50));
  }

  test('the full info: 5 mentions, none met, 0 % against 30 %, window 40, at the 实施背景 heading', () => {
    // The cover is paragraphs 0-3 (名称, 单位, 类别, 时间), 案例简介 and its text 4-5: the heading is paragraph 6.
    expect(problems(body(`${fill(50)}党员${fill(50)}`), RULE)).toEqual([
      {
        ruleId: RULE,
        messageId: 'weak',
        severity: 'info',
        data: { mentions: 5, met: 0, share: 0, minShare: 30, window: 40 },
        target: { part: 'body', paragraph: 6 },
      },
    ]);
  });

  test('share is rounded percent: 1 met of 6 mentions is 17 %', () => {
    let b = cover('分党委').heading(HEADINGS.background).para(`${fill(3)}党员${fill(3)}教学`);
    for (let i = 0; i < 5; i++) b = b.para(`${fill(50)}党员${fill(50)}`);
    expect(problems(b.practice(fill(50)).lessons(fill(50)), RULE)).toEqual([
      expect.objectContaining({ data: { mentions: 6, met: 1, share: 17, minShare: 30, window: 40 } }),
    ]);
  });

  test('a party word or a core word at the very start of a paragraph is found', () => {
    expect(problems(body(`党员${fill(3)}教学${fill(50)}`), RULE)).toEqual([]);
    expect(problems(body(`教学${fill(3)}党员${fill(50)}`), RULE)).toEqual([]);
    expect(problems(body(`党员${fill(50)}`), RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ mentions: 5, met: 0 }) })]);
  });

  test('mentions are counted in text order: 支部 written before 党建 is two mentions', () => {
    // 党建 comes before 支部 in the profile's list; in the text 支部 comes first.
    expect(problems(body(`${fill(50)}支部${fill(50)}党建${fill(50)}`), RULE)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ mentions: 10, met: 0 }) }),
    ]);
  });

  test('党支部 is one mention, not 党支部 and 支部; 党建党员 side by side are two', () => {
    expect(problems(body(`${fill(50)}党支部${fill(50)}`), RULE)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ mentions: 5, met: 0 }) }),
    ]);
    expect(problems(body(`${fill(50)}党建党员${fill(50)}`), RULE)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ mentions: 10, met: 0 }) }),
    ]);
  });

  test('a core word overlapping the mention does not meet it (党课程); one right beside it does (党课教学, 教学党课)', () => {
    expect(problems(body(`${fill(50)}党课程${fill(50)}`), RULE)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ mentions: 5, met: 0 }) }),
    ]);
    expect(problems(body(`${fill(50)}党课教学${fill(50)}`), RULE)).toEqual([]);
    expect(problems(body(`${fill(50)}教学党课${fill(50)}`), RULE)).toEqual([]);
  });

  test('a core word before the mention: 40 characters away meets it, 41 do not', () => {
    expect(problems(body(`${fill(5)}教学${fill(40)}党员${fill(50)}`), RULE)).toEqual([]);
    expect(problems(body(`${fill(5)}教学${fill(41)}党员${fill(50)}`), RULE)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ mentions: 5, met: 0 }) }),
    ]);
  });

  test('with two party words at one place the longer is the mention (a profile listing 党 and 党建工作)', () => {
    const profile = { ...P, integration: { ...P.integration, partyWords: ['党', '党建工作'], window: 2 } };
    // 党建工作 then 甲 then 教学: the core word is 1 character after 党建工作, 4 after 党.
    expect(problems(body(`${fill(50)}党建工作甲教学${fill(50)}`), RULE, {}, profile)).toEqual([]);
  });

  test('a paragraph after the body (a 联系人 line after 经验启示) is not read', () => {
    const b = body(`${fill(50)}党员${fill(50)}`, 4).field('联系人', '党委办公室张老师');
    expect(problems(b, RULE)).toEqual([]);
  });

  test('switched off by the author, the hint is not given', () => {
    expect(problems(body(`${fill(50)}党员${fill(50)}`), RULE, { hintsOff: [RULE] })).toEqual([]);
  });
});
