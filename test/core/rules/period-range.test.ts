import { caseDoc, han, P, problems, withBody } from './harness';

const RULE = 'period-range';
const earliest = P.notice.year - P.period.withinYears;
const [dy, dm] = P.notice.deadline.split('-').map(Number);
// The latest start that has run minYearsRunning full years by the deadline's month.
const latestIndex = dy * 12 + (dm - 1) - P.period.minYearsRunning * 12;
const latest = { year: Math.floor(latestIndex / 12), month: (latestIndex % 12) + 1 };
const afterLatest = { year: Math.floor((latestIndex + 1) / 12), month: ((latestIndex + 1) % 12) + 1 };

function withPeriod(value: string) {
  return withBody(caseDoc().title('案例').unit('某学院党委').category('分党委').period(value).summary(han(200)), 1000);
}

test.each([
  ['first allowed year', `${earliest}年1月`],
  ['first allowed year, no month', `${earliest}年`],
  ['latest allowed month', `${latest.year}年${latest.month}月`],
  ['dotted', `${earliest + 1}.09`],
  ['dashed', `${earliest + 1}-9`],
  ['slashed', `${earliest + 1}/9`],
  ['with 至今', `${earliest + 1}年9月至今`],
  ['a range', `${earliest + 1}.09—${P.notice.year}.06`],
  ['full-width digits', `${String(earliest + 1).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}年９月`],
])('valid: %s (%s)', (_name, value) => {
  expect(problems(withPeriod(value), RULE)).toEqual([]);
});

test.each([`${earliest - 1}年12月`, `${earliest - 1}年`, `${earliest - 3}.03`])('invalid: before the window (%s)', (value) => {
  expect(problems(withPeriod(value), RULE)).toEqual([
    expect.objectContaining({ messageId: 'too-old', severity: 'warning', data: expect.objectContaining({ earliestYear: earliest, value }), target: expect.objectContaining({ part: 'period' }) }),
  ]);
});

test.each([`${afterLatest.year}年${afterLatest.month}月`, `${P.notice.year}年3月`, `${P.notice.year}年`])('invalid: not running long enough by the deadline (%s)', (value) => {
  expect(problems(withPeriod(value), RULE)).toEqual([
    expect.objectContaining({
      messageId: 'too-recent',
      severity: 'warning',
      data: expect.objectContaining({ minYears: P.period.minYearsRunning, latest: `${latest.year}年${latest.month}月`, deadline: P.notice.deadline }),
    }),
  ]);
});

test('unreadable: no year in the field', () => {
  expect(problems(withPeriod('前年秋季'), RULE)).toEqual([expect.objectContaining({ messageId: 'unreadable', severity: 'info', data: { value: '前年秋季' } })]);
});

test('no period field: nothing (the field is only recommended)', () => {
  expect(problems(withBody(caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(200)), 1000), RULE)).toEqual([]);
});

test('the window follows the profile: another notice year moves it', () => {
  const later = { ...P, notice: { ...P.notice, year: P.notice.year + 3, deadline: `${P.notice.year + 3}-11-27` } };
  expect(problems(withPeriod(`${earliest}年1月`), RULE, {}, later)).toEqual([expect.objectContaining({ messageId: 'too-old', data: expect.objectContaining({ earliestYear: earliest + 3 }) })]);
});

test('a field that still holds the template’s prompt is left to placeholder-left', () => {
  const profile = { ...P, placeholders: ['【请填写起始年月】'] };
  expect(problems(withPeriod('【请填写起始年月】'), RULE, {}, profile)).toEqual([]);
  expect(problems(withPeriod('【请填写起始年月】'), RULE)).toEqual([expect.objectContaining({ messageId: 'unreadable' })]);
});
