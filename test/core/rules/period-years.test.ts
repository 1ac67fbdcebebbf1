import { checkCase } from '../../../src/core/engine';
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
    expect.objectContaining({
      messageId: 'early-year',
      severity: 'info',
      data: { year, years: String(year), count: 1, earliestYear: earliest, withinYears: P.period.withinYears },
      target: expect.objectContaining({ part: 'background' }),
    }),
  ]);
  expect(found[0].span?.end).toBe((found[0].span?.start ?? 0) + 4);
  expect(text.slice(found[0].span!.start, found[0].span!.end).normalize('NFKC')).toBe(String(year));
});

test('all early years in ONE info, ascending, pointing at the first mention; outside the body not at all', () => {
  const doc = cover('分党委').background(`2018年，${han(5)}2018年，2016年`).practice(`2014—2020年，${han(300)}`).lessons(han(300));
  const found = problems(doc, RULE);
  expect(found).toEqual([
    expect.objectContaining({
      data: { year: 2018, years: '2014,2016,2018', count: 3, earliestYear: 2019, withinYears: 5 },
      span: expect.objectContaining({ start: 0, end: 4 }),
    }),
  ]);
  const inSummary = cover('分党委').para(`${earliest - 1}年`).background(han(300)).practice(han(300)).lessons(han(300));
  expect(problems(inSummary, RULE)).toEqual([]);
});

test('the one line names every year, with even spacing, in both locales', () => {
  const doc = cover('分党委').background(`2018年，2016年，${han(20)}`).practice(`2014年${han(300)}`).lessons(han(300)).build();
  const zh = checkCase(doc, P).diagnostics.filter((d) => d.ruleId === RULE);
  expect(zh.map((d) => d.message)).toEqual(['正文提到 2014、2016、2018 年，早于 2019 年。主体工作应为近 5 年内组织开展，请确认。']);
  const en = checkCase(doc, P, { locale: 'en' }).diagnostics.filter((d) => d.ruleId === RULE);
  expect(en.map((d) => d.message)).toEqual(['The body mentions 2014, 2016 and 2018, before 2019. The work should date from the last 5 years: please check.']);
});

describe('what the mutation run showed unseen', () => {
  const years = (text: string) => problems(withText(`${text}，${han(20)}`), RULE).map((d) => d.data.years);

  test('ranges: a double dash and a space after the dash still make a range; a room number does not', () => {
    expect(years('2016——2020')).toEqual(['2016']);
    expect(years('2016— 2020')).toEqual(['2016']);
    expect(years('在2012-203室开展')).toEqual([]);
  });

  test('a year outside a title is found whether before it, after it or right after it', () => {
    expect(years('2015年，依据《条例》')).toEqual(['2015']);
    expect(years('依据《条例》，2015年起')).toEqual(['2015']);
    expect(years('依据《条例》2015年起')).toEqual(['2015']);
  });

  test('titles: nested, after a stray 》, and an unclosed 《 that is no title', () => {
    expect(years('《关于2016年工作的《通知》的说明》')).toEqual([]);
    expect(years('见附件》，依据《条例（2016年版）》')).toEqual([]);
    expect(years('《关于2016年《通知》')).toEqual(['2016']);
  });

  test('a year after the body (a 联系人 line after 经验启示) is not read', () => {
    const doc = withText(han(20)).field('联系人', '张老师（2010年入职）');
    expect(problems(doc, RULE)).toEqual([]);
  });

  test('a year in a section the profile does not name points at the body', () => {
    const doc = cover('分党委').background(han(300)).practice(han(300)).heading('四、工作成效').para(`2015年，${han(20)}`).lessons(han(300));
    expect(problems(doc, RULE)).toEqual([expect.objectContaining({ data: expect.objectContaining({ years: '2015' }), target: expect.objectContaining({ part: 'body' }) })]);
  });

  test('a year in a plain heading\'s text above the template\'s control for the same section points at the body', () => {
    // The control owns 实施背景 (paragraphs 8–9); the typed copy above it (6–7) is a duplicate that belongs to no part.
    const ctl = { controls: [{ tag: 'case.background', id: 'case.background' }] };
    const doc = cover('分党委').heading('一、实施背景').para(`2015年，${han(20)}`).heading('一、实施背景').para(han(300), ctl).practice(han(300)).lessons(han(300));
    expect(problems(doc, RULE)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ years: '2015' }), target: { part: 'body', paragraph: 7 }, span: { paragraph: 7, start: 0, end: 4 } }),
    ]);
  });
});
