import { bodyLimitOf, cover, P, problems, withBody, HEADINGS, words, han } from './harness';

const RULE = 'body-length';
const { nearMax, around } = P.tolerances;

// Literal values from the notice ("分党委案例 2000 字以内", "党支部案例 1000 字左右") and RULES.md's
// tolerances (以内: an info line from 95 %; 左右: ±20 % warns, past ±50 % is an error), worked out by hand.
test('the limits and tolerances are the notice’s', () => {
  expect([bodyLimitOf('committee'), bodyLimitOf('branch')]).toEqual([
    expect.objectContaining({ kind: 'max', value: 2000 }),
    expect.objectContaining({ kind: 'around', value: 1000 }),
  ]);
  expect([nearMax, around.warning, around.error]).toEqual([0.95, 0.2, 0.5]);
});

describe('committee: "2000 字以内"', () => {
  test.each([
    ['N − 1', 1999, 'near'],
    ['N', 2000, 'near'],
    ['N + 1', 2001, 'over'],
    ['the 以内 info line: 1,900 字', 1900, 'near'],
    ['just below it', 1899, undefined],
    ['well under', 1000, undefined],
  ])('%s (%i 字)', (_name, total, messageId) => {
    const found = problems(withBody(cover('分党委'), total), RULE);
    if (!messageId) return expect(found).toEqual([]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      messageId,
      severity: messageId === 'over' ? 'error' : 'info',
      data: { actual: total, limit: 2000, diff: Math.abs(total - 2000), kind: 'max', category: 'committee', metric: 'words' },
      target: { part: 'body' },
    });
  });
});

describe('branch: "1000 字左右"', () => {
  test.each([
    ['N', 1000, undefined, undefined],
    ['−20%', 800, undefined, undefined],
    ['past −20%', 799, 'short', 'warning'],
    ['+20%', 1200, undefined, undefined],
    ['past +20%', 1201, 'long', 'warning'],
    ['−50%', 500, 'short', 'warning'],
    ['past −50%', 499, 'far-short', 'error'],
    ['+50%', 1500, 'long', 'warning'],
    ['past +50%', 1501, 'far-long', 'error'],
  ])('%s (%i 字)', (_name, total, messageId, severity) => {
    const found = problems(withBody(cover('党支部（学生党支部）'), total), RULE);
    if (!messageId) return expect(found).toEqual([]);
    expect(found).toEqual([
      expect.objectContaining({ messageId, severity, data: expect.objectContaining({ actual: total, limit: 1000, low: 800, high: 1200, kind: 'around', category: 'branch' }) }),
    ]);
  });
});

test('a subtype uses its parent’s limit', () => {
  const n = bodyLimitOf('branch').value;
  const total = Math.ceil(n * (1 + around.error)) + 10;
  for (const option of ['branch', 'branch.teacher', 'branch.staff', 'branch.student']) {
    expect(problems(withBody(cover('党支部'), total), RULE, { category: option })).toEqual([
      expect.objectContaining({ messageId: 'far-long', data: expect.objectContaining({ limit: n }) }),
    ]);
  }
});

test('headings and captions count in the body (what a reviewer selects in Word)', () => {
  const n = bodyLimitOf('committee').value;
  const caption = `图1 ${han(10)}`;
  // Exactly N with headings; a caption inside 主要做法 pushes it over.
  const base = withBody(cover('分党委'), n);
  expect(problems(base, RULE)[0].messageId).toBe('near');
  const doc = cover('分党委')
    .background(han(n - words(HEADINGS.background) - words(HEADINGS.practice) - words(HEADINGS.lessons) - 2))
    .practice(han(1))
    .picture({ caption })
    .lessons(han(1));
  const found = problems(doc, RULE);
  expect(found[0]).toMatchObject({ messageId: 'over', data: { actual: n + words(caption) } });
});

test('no category, no body check (category-missing says why)', () => {
  const n = bodyLimitOf('committee').value;
  expect(problems(withBody(cover(''), n * 3), RULE)).toEqual([]);
});

test('sections that still hold only the template’s prompts are left to placeholder-left', () => {
  const prompts = ['【简述背景】', '【阐述做法】', '【提炼经验】'];
  const profile = { ...P, placeholders: prompts };
  const doc = cover('党支部（教师党支部）').background(prompts[0]).practice(prompts[1]).lessons(prompts[2]);
  expect(problems(doc, RULE, {}, profile)).toEqual([]);
  expect(problems(doc, RULE)).toEqual([expect.objectContaining({ messageId: 'far-short' })]);
  const started = cover('党支部（教师党支部）').background(han(30)).practice(prompts[1]).lessons(prompts[2]);
  expect(problems(started, RULE, {}, profile)).toEqual([expect.objectContaining({ messageId: 'far-short' })]);
});

describe('what the message names and where it points', () => {
  // cover(): four cover fields (0–3), 案例简介 and its text (4–5), so 一、实施背景 is paragraph 6.
  test('an over-long committee body: 案例正文, the category that sets the limit, the first section’s heading', () => {
    const found = problems(withBody(cover('分党委'), 2001), RULE);
    expect(found).toEqual([
      expect.objectContaining({
        messageId: 'over',
        data: expect.objectContaining({ part: 'body', partLabel: '案例正文', category: 'committee', categoryLabel: '分党委（直属党总支）' }),
        target: { part: 'body', paragraph: 6 },
      }),
    ]);
  });

  test('without 实施背景 the message points at 主要做法, the first section found', () => {
    const doc = cover('分党委').practice(han(1500)).lessons(han(600));
    expect(problems(doc, RULE)).toEqual([expect.objectContaining({ messageId: 'over', target: { part: 'body', paragraph: 6 } })]);
  });

  test('a body under a 案例正文 heading with no section headings is measured, and pointed at from that heading', () => {
    const doc = cover('分党委').heading('案例正文').para(han(1000)).para(han(1001));
    expect(problems(doc, RULE)).toEqual([expect.objectContaining({ messageId: 'over', data: expect.objectContaining({ actual: 2001 }), target: { part: 'body', paragraph: 6 } })]);
  });

  test('under a 案例正文 heading (paragraph 6) the message points at 一、实施背景 (paragraph 7), where the counted body starts', () => {
    const found = problems(withBody(cover('分党委').heading('案例正文'), 2001), RULE);
    expect(found).toEqual([expect.objectContaining({ messageId: 'over', data: expect.objectContaining({ actual: 2001 }), target: { part: 'body', paragraph: 7 } })]);
  });

  test('under a 案例正文 heading, without 实施背景, the message points at 主要做法 (paragraph 7)', () => {
    const doc = cover('分党委').heading('案例正文').practice(han(1500)).lessons(han(600));
    expect(problems(doc, RULE)).toEqual([expect.objectContaining({ messageId: 'over', target: { part: 'body', paragraph: 7 } })]);
  });

  test('a 案例正文 heading with nothing under it is left to part-empty, even for “1000 字左右”', () => {
    expect(problems(cover('党支部（教师党支部）').heading('案例正文'), RULE)).toEqual([]);
  });
});
