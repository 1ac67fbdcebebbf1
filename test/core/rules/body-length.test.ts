import { bodyLimitOf, cover, P, problems, withBody, HEADINGS, words, han } from './harness';

const RULE = 'body-length';
const { nearMax, around } = P.tolerances;

describe('committee: "2000 字以内"', () => {
  const n = bodyLimitOf('committee').value;
  const near = Math.ceil(n * nearMax);
  test.each([
    ['N − 1', n - 1, 'near'],
    ['N', n, 'near'],
    ['N + 1', n + 1, 'over'],
    ['95% line', near, 'near'],
    ['below the 95% line', near - 1, undefined],
    ['well under', Math.floor(n / 2), undefined],
  ])('%s', (_name, total, messageId) => {
    const found = problems(withBody(cover('分党委'), total), RULE);
    if (!messageId) return expect(found).toEqual([]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      messageId,
      severity: messageId === 'over' ? 'error' : 'info',
      data: { actual: total, limit: n, diff: Math.abs(total - n), kind: 'max', category: 'committee', metric: 'words' },
      target: { part: 'body' },
    });
  });
});

describe('branch: "1000 字左右"', () => {
  const n = bodyLimitOf('branch').value;
  const low = Math.ceil(n * (1 - around.warning));
  const high = Math.floor(n * (1 + around.warning));
  const farLow = Math.ceil(n * (1 - around.error));
  const farHigh = Math.floor(n * (1 + around.error));
  test.each([
    ['N', n, undefined, undefined],
    ['−20%', low, undefined, undefined],
    ['past −20%', low - 1, 'short', 'warning'],
    ['+20%', high, undefined, undefined],
    ['past +20%', high + 1, 'long', 'warning'],
    ['−50%', farLow, 'short', 'warning'],
    ['past −50%', farLow - 1, 'far-short', 'error'],
    ['+50%', farHigh, 'long', 'warning'],
    ['past +50%', farHigh + 1, 'far-long', 'error'],
  ])('%s', (_name, total, messageId, severity) => {
    const found = problems(withBody(cover('党支部（学生党支部）'), total), RULE);
    if (!messageId) return expect(found).toEqual([]);
    expect(found).toEqual([
      expect.objectContaining({ messageId, severity, data: expect.objectContaining({ actual: total, limit: n, low, high, kind: 'around', category: 'branch' }) }),
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
