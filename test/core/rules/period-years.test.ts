import { cover, han, P, problems } from './harness';

const RULE = 'period-years';
const earliest = P.notice.year - P.period.withinYears;

function withText(text: string) {
  return cover('分党委').background(text).practice(han(300)).lessons(han(300));
}

test.each([
  ['the first year of the window', `${earliest}年以来，${han(20)}`],
  ['the notice year', `${P.notice.year}年，${han(20)}`],
  ['a number that contains an early year', `累计服务12000人次，${han(20)}`],
  ['a decimal', `增长3.${earliest - 2}倍`],
  ['a document title', `依据《基层组织工作条例（${earliest - 7}年版）》，${han(20)}`],
  ['a bare number', `编号${earliest - 4}号`],
])('valid: %s', (_name, text) => {
  expect(problems(withText(text), RULE)).toEqual([]);
});

test.each([
  ['a year before the window', `${earliest - 1}年，${han(20)}`, earliest - 1],
  ['with a space', `${earliest - 2} 年度`, earliest - 2],
  ['a range start', `${earliest - 3}—${earliest + 1}年`, earliest - 3],
  ['full-width digits', `${String(earliest - 1).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}年`, earliest - 1],
])('info: %s', (_name, text, year) => {
  const found = problems(withText(text), RULE);
  expect(found).toEqual([
    expect.objectContaining({ messageId: 'early-year', severity: 'info', data: { year, earliestYear: earliest, withinYears: P.period.withinYears }, target: expect.objectContaining({ part: 'background' }) }),
  ]);
  expect(found[0].span?.end).toBe((found[0].span?.start ?? 0) + 4);
  expect(text.slice(found[0].span!.start, found[0].span!.end).normalize('NFKC')).toBe(String(year));
});

test('each early year once, at its first mention; outside the body not at all', () => {
  const doc = cover('分党委').background(`${earliest - 1}年，${han(5)}${earliest - 1}年，${earliest - 2}年`).practice(han(300)).lessons(han(300));
  expect(problems(doc, RULE).map((p) => p.data.year)).toEqual([earliest - 1, earliest - 2]);
  const inSummary = cover('分党委').para(`${earliest - 1}年`).background(han(300)).practice(han(300)).lessons(han(300));
  expect(problems(inSummary, RULE)).toEqual([]);
});
