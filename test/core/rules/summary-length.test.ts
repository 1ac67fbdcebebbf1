import { P, partLimit, problems, caseDoc, han, withBody } from './harness';
import type { Profile } from '../../../src/core/profile/types';

const RULE = 'summary-length';
const n = partLimit('summary').value;
const { warning, error } = P.tolerances.around;
const low = Math.ceil(n * (1 - warning));
const high = Math.floor(n * (1 + warning));
const farLow = Math.ceil(n * (1 - error));
const farHigh = Math.floor(n * (1 + error));

function withSummary(size: number) {
  return withBody(caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(size)), 1000);
}

test.each([
  ['N', n, undefined, undefined],
  ['N − 1', n - 1, undefined, undefined],
  ['N + 1', n + 1, undefined, undefined],
  ['−20%', low, undefined, undefined],
  ['past −20%', low - 1, 'short', 'warning'],
  ['+20%', high, undefined, undefined],
  ['past +20%', high + 1, 'long', 'warning'],
  ['−50%', farLow, 'short', 'warning'],
  ['past −50%', farLow - 1, 'far-short', 'error'],
  ['+50%', farHigh, 'long', 'warning'],
  ['past +50%', farHigh + 1, 'far-long', 'error'],
])('%s (%s 字)', (_name, size, messageId, severity) => {
  const found = problems(withSummary(size), RULE);
  if (!messageId) return expect(found).toEqual([]);
  expect(found).toEqual([
    {
      ruleId: RULE,
      messageId,
      severity,
      data: expect.objectContaining({ actual: size, limit: n, low, high, diff: Math.abs(size - n), part: 'summary', partLabel: '案例简介' }),
      target: expect.objectContaining({ part: 'summary' }),
    },
  ]);
});

test('the summary is counted without its heading, inline text included', () => {
  const doc = withBody(caseDoc().title('案例').unit('某学院党委').category('分党委').para(`【案例简介】${han(farLow - 1)}`), 1000);
  expect(problems(doc, RULE)).toEqual([expect.objectContaining({ messageId: 'far-short', data: expect.objectContaining({ actual: farLow - 1 }) })]);
});

test('an empty or missing summary is left to part-empty / part-missing', () => {
  const empty = withBody(caseDoc().title('案例').unit('某学院党委').category('分党委').heading('案例简介'), 1000);
  expect(problems(empty, 'part-empty')).toEqual([expect.objectContaining({ data: expect.objectContaining({ part: 'summary' }) })]);
  expect(problems(empty, RULE)).toEqual([]);
  expect(problems(withBody(caseDoc().title('案例').unit('某学院党委').category('分党委'), 1000), RULE)).toEqual([]);
});

test('a summary that is still the template’s prompt is left to placeholder-left', () => {
  const prompt = '【200 字左右，阐述案例的基本内容】';
  const profile = { ...P, placeholders: [prompt] };
  const doc = withBody(caseDoc().title('案例').unit('某学院党委').category('分党委').summary(prompt), 1000);
  expect(problems(doc, RULE, {}, profile)).toEqual([]);
  expect(problems(doc, 'placeholder-left', {}, profile)).toHaveLength(1);
  const typedOver = withBody(caseDoc().title('案例').unit('某学院党委').category('分党委').summary(`${prompt}${han(10)}`), 1000);
  expect(problems(typedOver, RULE, {}, profile)).toEqual([expect.objectContaining({ messageId: 'far-short' })]);
});

test('info: a summary running into the body without a heading is cut where its length is plausible, and says so', () => {
  const doc = caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(200)).para(han(300)).practice(han(400)).lessons(han(300));
  expect(problems(doc, RULE)).toEqual([
    expect.objectContaining({
      messageId: 'boundary-guess',
      severity: 'info',
      data: expect.objectContaining({ paragraphs: 1, words: 200, restParagraphs: 1, restWords: 300 }),
      target: { part: 'summary', paragraph: 5 },
    }),
  ]);
});

test('valid: two summary paragraphs within the "左右" bound are the summary', () => {
  const doc = caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(120)).para(han(100)).practice(han(400)).lessons(han(300));
  expect(problems(doc, RULE)).toEqual([]);
});

test('boundary-guess: blank lines are not counted as paragraphs, and the message names the summary and 实施背景', () => {
  const doc = caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(200)).para(han(300)).para('   ').practice(han(400)).lessons(han(300));
  expect(problems(doc, RULE)).toEqual([
    expect.objectContaining({
      messageId: 'boundary-guess',
      data: expect.objectContaining({ part: 'summary', partLabel: '案例简介', paragraphs: 1, restParagraphs: 1, restWords: 300, sectionLabel: '实施背景' }),
      target: { part: 'summary', paragraph: 5 },
    }),
  ]);
});

test('a profile whose 案例简介 has no limit, or that has no 案例简介, does not judge its length', () => {
  const noLimit: Profile = { ...P, parts: P.parts.map((p) => (p.id === 'summary' ? { ...p, limit: undefined } : p)) };
  const noSummary: Profile = { ...P, parts: P.parts.filter((p) => p.id !== 'summary') };
  const short = caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(20)).background(han(300)).practice(han(400)).lessons(han(300));
  expect(problems(short, RULE)).toEqual([expect.objectContaining({ messageId: 'far-short' })]);
  expect(problems(short, RULE, {}, noLimit)).toEqual([]);
  expect(problems(short, RULE, {}, noSummary)).toEqual([]);
});
