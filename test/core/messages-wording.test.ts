/**
 * Wording of every message in both catalogues (issue 11, point 9), rendered from one set of
 * plausible data:
 * - zh-CN: numbers are set off from Chinese by a space on both sides (`共 200 字`, `2022 年 12 月`),
 *   quotations use “”, asides （）; never 「」 or ASCII brackets.
 * - en: no full-width brackets, colons, commas or list marks outside the document's own quoted
 *   text; the profile's names are written `申报单位(盖章)`.
 * The document's text (prompts, values, headings) is quoted as written and left out of the checks.
 */
import { CATALOGUES, formatMessage, type Locale } from '../../src/core/messages';

const DATA = {
  // profile names
  partLabel: '申报单位（盖章）',
  categoryLabel: '分党委（直属党总支）',
  orgCategoryLabel: '党支部',
  sectionLabel: '主要做法',
  fieldLabel: '党支部类型',
  practiceLabel: '主要做法',
  sections: '实施背景、主要做法、经验启示',
  subtypes: '教师党支部／机关、直属、后勤、科产、离退休党支部／学生党支部',
  choices: '分党委（直属党总支）、党支部',
  expected: '实施背景 → 主要做法 → 经验启示',
  parts: '案例名称、案例简介',
  // the document's text
  text: '【请填写联系电话】',
  value: '2021年9月',
  label: '三、工作成效',
  seen: '二、实施方法和过程',
  suggested: '二、主要做法',
  org: '信息学院教师第一党支部',
  caption: '支部书记讲党课',
  // numbers
  actual: 260,
  limit: 200,
  diff: 60,
  low: 160,
  high: 240,
  max: 20,
  min: 3,
  group: 2,
  words: 179,
  paragraphs: 2,
  restParagraphs: 1,
  restWords: 179,
  copies: 6,
  year: 2018,
  month: 9,
  years: '2014,2016,2018',
  count: 3,
  earliestYear: 2019,
  withinYears: 5,
  minYears: 2,
  latestYear: 2022,
  latestMonth: 11,
  start: '2023年3月',
  latest: '2022年11月',
  deadline: '2024-11-27',
  lines: 10,
  short: 8,
  share: 80,
  mentions: 12,
  met: 2,
  metric: 'words',
};

function all(locale: Locale): [string, string][] {
  const out: [string, string][] = [];
  for (const [ruleId, messages] of Object.entries(CATALOGUES[locale].messages)) {
    for (const messageId of Object.keys(messages)) out.push([`${ruleId}/${messageId}`, formatMessage(ruleId, messageId, DATA, locale)]);
  }
  return out;
}

/** The text outside quotations (innermost first, so that nested quotes go too). */
function unquoted(text: string): string {
  let t = text;
  for (let before = ''; before !== t; ) {
    before = t;
    t = t.replace(/“[^“”]*”/g, '“”');
  }
  return t;
}

describe.each(all('zh-CN'))('zh-CN %s', (_id, message) => {
  test('every placeholder is filled', () => {
    expect(message).not.toMatch(/\{[A-Za-z-]+\}/);
  });

  test('numbers are set off from Chinese by spaces', () => {
    expect(unquoted(message)).not.toMatch(/[\u4e00-\u9fff][0-9]|[0-9][\u4e00-\u9fff]/);
  });

  test('one bracket style: “” and （）', () => {
    expect(unquoted(message)).not.toMatch(/[「」()[\]]/);
  });
});

describe.each(all('en'))('en %s', (_id, message) => {
  test('every placeholder is filled', () => {
    expect(message).not.toMatch(/\{[A-Za-z-]+\}/);
  });

  test('no full-width brackets or punctuation outside quotations', () => {
    expect(unquoted(message)).not.toMatch(/[（）【】「」：；、，。／]/);
  });
});

test('zh-CN period-range, word for word', () => {
  expect(formatMessage('period-range', 'too-recent', DATA)).toBe(
    '实施起始时间为 2018 年 9 月，到截止日期（2024 年 11 月 27 日）实施不满 2 年；应不晚于 2022 年 11 月开始。',
  );
  expect(formatMessage('period-range', 'too-old', { ...DATA, month: null })).toBe('实施起始时间为 2018 年，早于 2019 年，不符合“近 5 年内组织开展”的要求。');
});
