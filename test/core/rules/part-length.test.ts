/**
 * part-length: a part's own limit in a department's profile (no built-in notice sets one).
 * The profile below is the 2024 notice with three more limits: 实施背景 300 字以内, 主要做法
 * 500 字左右, 案例名称 20 字以内. Every count is by hand: 一、实施背景 is 6 字 (一 、 实 施 背 景),
 * han(n) is n 字.
 */
import { P, problems, caseDoc, han } from './harness';
import type { Limit, Profile } from '../../../src/core/profile/types';
import { checkCase } from '../../../src/core/engine';

const RULE = 'part-length';

const limits: Record<string, Limit> = {
  background: { kind: 'max', value: 300, source: '实施背景（300 字以内）' },
  practice: { kind: 'around', value: 500, source: '主要做法（500 字左右）' },
  title: { kind: 'max', value: 20, source: '案例名称不超过 20 字' },
};
const LIMITED: Profile = { ...P, parts: P.parts.map((p) => (limits[p.id] ? { ...p, limit: limits[p.id] } : p)) };

/** A committee case: cover 0–2, 案例简介 3–4, 实施背景 (6 + bg 字) at 5, 主要做法 (6 + pr 字) at 7. */
function doc(bg: number, pr: number, title = '党建引领') {
  return caseDoc().title(title).unit('某学院党委').category('分党委').summary(han(200)).background(han(bg)).practice(han(pr)).lessons(han(300, 7));
}

test('within every limit: nothing', () => {
  // 实施背景 6 + 270 = 276 字, under 95 % of 300 (285); 主要做法 6 + 494 = 500 字.
  expect(problems(doc(270, 494), RULE, {}, LIMITED)).toEqual([]);
});

test('a section over its 以内 limit is an error naming the section, counted with its heading', () => {
  // 6 + 295 = 301 字 > 300.
  expect(problems(doc(295, 494), RULE, {}, LIMITED)).toEqual([
    {
      ruleId: RULE,
      messageId: 'over',
      severity: 'error',
      data: expect.objectContaining({ actual: 301, limit: 300, diff: 1, part: 'background', partLabel: '实施背景', source: '实施背景（300 字以内）' }),
      target: { part: 'background', paragraph: 5 },
    },
  ]);
});

test('at 95 % of a 以内 limit: an info that it is close', () => {
  // 6 + 279 = 285 = 95 % of 300.
  expect(problems(doc(279, 494), RULE, {}, LIMITED)).toEqual([expect.objectContaining({ messageId: 'near', severity: 'info', data: expect.objectContaining({ actual: 285, diff: 15 }) })]);
});

test('a 左右 section beyond ±20 % is a warning, beyond ±50 % an error', () => {
  // 500 ± 20 % is 400–600, ± 50 % is 250–750: 6 + 395 = 401 is fine, 6 + 393 = 399 short, 6 + 243 = 249 far short.
  expect(problems(doc(270, 395), RULE, {}, LIMITED)).toEqual([]);
  expect(problems(doc(270, 393), RULE, {}, LIMITED)).toEqual([
    expect.objectContaining({ messageId: 'short', severity: 'warning', data: expect.objectContaining({ actual: 399, part: 'practice', low: 400, high: 600 }) }),
  ]);
  expect(problems(doc(270, 243), RULE, {}, LIMITED)).toEqual([expect.objectContaining({ messageId: 'far-short', severity: 'error', data: expect.objectContaining({ actual: 249 }) })]);
});

test('a cover field that is still the template’s prompt is left to placeholder-left', () => {
  const prompt = '【请填写案例名称，不超过 20 字】';
  const profile: Profile = { ...LIMITED, placeholders: [prompt] };
  expect(problems(doc(270, 494, prompt), RULE, {}, profile)).toEqual([]);
  expect(problems(doc(270, 494, prompt), 'placeholder-left', {}, profile)).toHaveLength(1);
});

test('a cover field is counted by its value', () => {
  // 党建引领“双创”实践育人新模式探索与实践研究: 22 字 (the quotation marks count), over 20.
  expect(problems(doc(270, 494, '党建引领“双创”实践育人新模式探索与实践研究'), RULE, {}, LIMITED)).toEqual([
    expect.objectContaining({ messageId: 'over', severity: 'error', data: expect.objectContaining({ actual: 22, part: 'title', partLabel: '案例名称' }), target: { part: 'title', paragraph: 0 } }),
  ]);
});

test('a limit on the 案例正文 part itself (a notice with one limit for all) is body-length’s', () => {
  const oneLimit: Profile = { ...LIMITED, parts: LIMITED.parts.map((p) => (p.id === 'body' ? { ...p, limit: { kind: 'max', value: 100, source: '正文 100 字以内' } } : p)) };
  // Under a 案例正文 heading, the body (6 + 270 + 6 + 494 + 6 + 300 = 1,082 字) is far over 100 (the committee's own 2000 is what body-length judges); the sections are within theirs.
  const withHeading = caseDoc().title('党建引领').unit('某学院党委').category('分党委').summary(han(200)).heading('案例正文').background(han(270)).practice(han(494)).lessons(han(300, 7));
  expect(checkCase(withHeading.build(), oneLimit).parts.body).toMatchObject({ found: true, counts: { words: 1082 } });
  expect(problems(withHeading, RULE, {}, oneLimit)).toEqual([]);
});

test('the summary’s and the body’s limits are not this rule’s, and the 2024 notice sets no other', () => {
  // A 1000-字 summary and a 3000-字 committee body: far over their limits, reported by their own rules only.
  const long = caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(1000)).background(han(1000)).practice(han(1000)).lessons(han(1000));
  expect(problems(long, RULE, {}, LIMITED)).toEqual([expect.objectContaining({ data: expect.objectContaining({ part: 'background' }) }), expect.objectContaining({ data: expect.objectContaining({ part: 'practice' }) })]);
  expect(problems(long, RULE)).toEqual([]);
  expect(problems(long, 'summary-length')).toHaveLength(1);
  expect(problems(long, 'body-length')).toHaveLength(1);
});

test('a missing, empty or prompt-only part is left to the other rules', () => {
  const prompt = '【请写明实施背景】';
  const profile: Profile = { ...LIMITED, parts: LIMITED.parts.map((p) => (p.id === 'background' ? { ...p, limit: { kind: 'max', value: 3, source: '3 字以内' } } : p)), placeholders: [prompt] };
  const base = () => caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(200));
  // The heading alone (6 字) is over 3, but there is nothing in the section.
  expect(problems(base().heading('一、实施背景').practice(han(494)).lessons(han(300)), RULE, {}, profile)).toEqual([]);
  expect(problems(base().background(prompt).practice(han(494)).lessons(han(300)), RULE, {}, profile)).toEqual([]);
  expect(problems(base().practice(han(494)).lessons(han(300)), RULE, {}, profile)).toEqual([]);
  // Blanks, a zero-width space (0 字 in Word) or a caption alone are nothing either.
  expect(problems(base().background('   ').practice(han(494)).lessons(han(300)), RULE, {}, profile)).toEqual([]);
  expect(problems(base().background('\u200b').practice(han(494)).lessons(han(300)), RULE, {}, profile)).toEqual([]);
  expect(problems(base().heading('一、实施背景').picture({ caption: '图1 支部活动' }).practice(han(494)).lessons(han(300)), RULE, {}, profile)).toEqual([]);
  expect(problems(base().background('甲').practice(han(494)).lessons(han(300)), RULE, {}, profile)).toEqual([expect.objectContaining({ messageId: 'over', data: expect.objectContaining({ actual: 7 }) })]);
});

test('the message names the part, its length and the notice’s limit, in Chinese and in English', () => {
  const d = doc(295, 494).build();
  const zh = checkCase(d, LIMITED).diagnostics.find((x) => x.ruleId === RULE);
  expect(zh?.message).toBe('实施背景共 301 字，超过“300 字以内”的要求（多 1 字）。');
  const en = checkCase(d, LIMITED, { locale: 'en' }).diagnostics.find((x) => x.ruleId === RULE);
  expect(en?.message).toBe('实施背景 has 301 words, over the maximum of 300 words (by 1).');
});
