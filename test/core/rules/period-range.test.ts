import { caseDoc, han, P, problems, withBody } from './harness';

const RULE = 'period-range';
// The 2024 notice, 二: "主体工作、主要活动为近五年内组织开展，并且实施满两年", 三: "请于11月27日…前":
// the window opens in 2019 (2024 − 5), and a start must have run two full years by
// 2024年11月: 2022年11月 is the latest month that passes, 2022年12月 the first that does not.
// Literal values, not recomputed from the profile, so that a wrong formula cannot agree with itself.
test('the numbers of the 2024 notice are the ones in the profile', () => {
  expect([P.notice.year, P.notice.deadline, P.period.withinYears, P.period.minYearsRunning]).toEqual([2024, '2024-11-27', 5, 2]);
});

function withPeriod(value: string) {
  return withBody(caseDoc().title('案例').unit('某学院党委').category('分党委').period(value).summary(han(200)), 1000);
}

test.each([
  ['first allowed year', '2019年1月'],
  ['first allowed year, no month', '2019年'],
  ['latest allowed month', '2022年11月'],
  ['the latest year without a month (read as January, the benefit of the doubt)', '2022年'],
  ['latest allowed month, dotted', '2022.11'],
  ['dotted', '2020.09'],
  ['dashed', '2020-9'],
  ['slashed', '2020/9'],
  ['with 至今', '2020年9月至今'],
  ['a range', '2020.09—2024.06'],
  ['full-width digits', '２０２０年９月'],
])('valid: %s (%s)', (_name, value) => {
  expect(problems(withPeriod(value), RULE)).toEqual([]);
});

test.each(['2018年12月', '2018年', '2016.03'])('invalid: before the window (%s)', (value) => {
  expect(problems(withPeriod(value), RULE)).toEqual([
    expect.objectContaining({ messageId: 'too-old', severity: 'warning', data: expect.objectContaining({ earliestYear: 2019, withinYears: 5, value }), target: expect.objectContaining({ part: 'period' }) }),
  ]);
});

test.each([
  ['2022年12月', '2022年12月', 2022, 12],
  ['2022.12', '2022年12月', 2022, 12],
  ['2023年', '2023年', 2023, null],
  ['2024年3月', '2024年3月', 2024, 3],
  ['2024年', '2024年', 2024, null],
])('invalid: not running two years by 2024年11月 (%s)', (value, start, year, month) => {
  expect(problems(withPeriod(value), RULE)).toEqual([
    expect.objectContaining({
      messageId: 'too-recent',
      severity: 'warning',
      data: { value, start, year, month, minYears: 2, latest: '2022年11月', latestYear: 2022, latestMonth: 11, deadline: '2024-11-27' },
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
  const later = { ...P, notice: { ...P.notice, year: 2027, deadline: '2027-11-27' } };
  expect(problems(withPeriod('2019年1月'), RULE, {}, later)).toEqual([expect.objectContaining({ messageId: 'too-old', data: expect.objectContaining({ earliestYear: 2022 }) })]);
});

test('a field that still holds the template’s prompt is left to placeholder-left', () => {
  const profile = { ...P, placeholders: ['【请填写起始年月】'] };
  expect(problems(withPeriod('【请填写起始年月】'), RULE, {}, profile)).toEqual([]);
  expect(problems(withPeriod('【请填写起始年月】'), RULE)).toEqual([expect.objectContaining({ messageId: 'unreadable' })]);
});

describe('what the mutation run showed unseen', () => {
  const old = (value: string) => problems(withPeriod(value), RULE).map((d) => [d.messageId, d.data.start, d.data.month]);

  test.each([
    ['自2018年9月', '2018年9月', 9],
    ['2018', '2018年', null],
    ['2018 年 9 月', '2018年9月', 9],
    ['2018年1月', '2018年1月', 1],
    ['2018年12月', '2018年12月', 12],
    ['2018年13月', '2018年', null],
    ['2018年0月', '2018年', null],
  ])('%p is read as %p (month %p) and is too old', (value, start, month) => {
    expect(old(value)).toEqual([['too-old', start, month]]);
  });

  test('an empty 实施起始时间 is no period-range problem (part-empty reports it)', () => {
    expect(problems(withPeriod(''), RULE)).toEqual([]);
  });
});
