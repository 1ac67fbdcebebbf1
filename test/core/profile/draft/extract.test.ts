/**
 * The extractor's readings one at a time: numbers written in Chinese, the two kinds of limit,
 * picture counts and captions, and text that is not a notice at all.
 */
import { draftProfile, extractNotice, MAX_NOTICE_CHARS, parseNumber } from '../../../../src/core/profile/draft';

test.each([
  ['2000', 2000],
  ['２０００', 2000],
  ['两千', 2000],
  ['一千五百', 1500],
  ['两千五百', 2500],
  ['五', 5],
  ['二十', 20],
  ['十二', 12],
  ['三百', 300],
  ['两万', 20000],
  ['二〇二四', 2024],
])('parseNumber(%s) = %d', (text, value) => {
  expect(parseNumber(text)).toBe(value);
});

test('parseNumber refuses what is not a number', () => {
  expect(parseNumber('abc')).toBeUndefined();
  expect(parseNumber('')).toBeUndefined();
});

/** A short notice in the NEU style, its numbers written in Chinese. */
const CHINESE_NUMBERS = [
  '关于开展 2025 年度党建工作案例征集的通知',
  '一、有关要求',
  '案例包括案例摘要（一百五十字左右）和案例正文（两千字以内）。案例正文包括工作背景、具体做法、经验启示三个部分，“具体做法”部分可附五张以内的图片，每张图片配二十字以内的文字说明。',
  '主体工作为近三年内开展，并且实施满一年。每个分党委限报三项案例。请于12月5日前发送至 test@example.org。',
  '党委组织部',
  '2025 年 11 月 3 日',
].join('\n');

test('numbers written in Chinese: 一百五十字左右, 两千字以内, 五张以内, 二十字以内, 近三年, 满一年, 限报三项', () => {
  const f = extractNotice(CHINESE_NUMBERS);
  expect(f.summary.value).toEqual({ label: '案例摘要', limit: { kind: 'around', value: 150 } });
  expect(f.bodyLimit?.value).toEqual({ kind: 'max', value: 2000 });
  expect([f.pictures.min.value, f.pictures.max.value, f.pictures.section.value]).toEqual([0, 5, '具体做法']);
  expect(f.pictures.caption.value).toEqual({ kind: 'max', value: 20 });
  expect([f.period.withinYears.value, f.period.minYearsRunning.value]).toEqual([3, 1]);
  expect(f.quota.value).toBe(3);
  expect(f.sections.value.map((s) => [s.id, s.label])).toEqual([
    ['background', '工作背景'],
    ['practice', '具体做法'],
    ['lessons', '经验启示'],
  ]);
  // 12月5日 with the notice signed on 2025-11-03: the same year.
  expect(f.deadline).toMatchObject({ value: '2025-12-05' });
  expect(f.deadline.guess).toBeUndefined();
});

test('a deadline month before the notice’s own date is next year’s', () => {
  const f = extractNotice('关于开展案例征集的通知\n请于1月10日前报送。\n党委组织部\n2024 年 12 月 1 日');
  expect(f.deadline.value).toBe('2025-01-10');
});

test('limits: 不超过 N 字 is a maximum, N 字上下 is around, a bare "N 字" is a maximum marked for review', () => {
  expect(extractNotice('正文不超过3000字。').bodyLimit).toMatchObject({ value: { kind: 'max', value: 3000 } });
  expect(extractNotice('正文3000字上下。').bodyLimit).toMatchObject({ value: { kind: 'around', value: 3000 } });
  expect(extractNotice('正文限3000字。').bodyLimit).toMatchObject({ value: { kind: 'max', value: 3000 } });
  expect(extractNotice('正文限3000字。').bodyLimit?.guess).toBeUndefined();
  const bare = extractNotice('正文3000字。').bodyLimit;
  expect(bare?.value).toEqual({ kind: 'max', value: 3000 });
  expect(bare?.guess).toContain('没有说“以内”还是“左右”');
  // A number of 字 that names no part is not a limit.
  expect(extractNotice('牢记二十四字。').bodyLimit).toBeUndefined();
});

test('pictures: 不少于 N 张 is a minimum with a guessed maximum; N 张左右 a guessed range', () => {
  const atLeast = extractNotice('案例须附不少于3张照片。').pictures;
  expect([atLeast.min.value, atLeast.max.value]).toEqual([3, 5]);
  expect(atLeast.min.guess).toBeUndefined();
  expect(atLeast.max.guess).toContain('没有上限');
  const around = extractNotice('案例附4张左右的图片。').pictures;
  expect([around.min.value, around.max.value]).toEqual([3, 5]);
  expect(around.max.guess).toBeTruthy();
});

test('a text that is not a notice gives a draft of defaults, every value marked, without throwing', () => {
  for (const text of ['', 'hello world', '\u0000\u0001PK\u0003\u0004', '一'.repeat(5000)]) {
    const d = draftProfile(text);
    const stated = d.review.filter((r) => !r.guess).map((r) => r.path);
    expect([JSON.stringify(text.slice(0, 10)), stated]).toEqual([JSON.stringify(text.slice(0, 10)), []]);
    expect(d.profile.categories.map((c) => c.id)).toEqual(['committee', 'branch']);
  }
});

test('hostile input ends: long runs of digits, numerals, brackets and limits are read in bounded work', () => {
  // Each of these made a pattern quadratic before the numbers and sentences were bounded
  // (a run of 一 took minutes); they now return. No timing is asserted: jest's timeout is the bound.
  const inputs = [
    '1'.repeat(MAX_NOTICE_CHARS),
    '一'.repeat(MAX_NOTICE_CHARS),
    '（'.repeat(MAX_NOTICE_CHARS),
    '正文2000字以内，'.repeat(20_000),
    '每个'.repeat(50_000) + '限报',
    'x'.repeat(MAX_NOTICE_CHARS * 2),
  ];
  for (const text of inputs) expect(draftProfile(text).profile.id).toMatch(/^draft-\d{4}$/);
});

test('a title broken over two lines is read whole; categories named after 分党委 are not cut at its 分', () => {
  const f = extractNotice('关于开展 2025 年度基层党建\n工作案例征集的通知\n\n面向分党委、教工党支部两个类别征集案例。');
  expect(f.title.value).toBe('关于开展 2025 年度基层党建工作案例征集的通知');
  expect(f.title.guess).toBeUndefined();
  expect(f.categories.value.map((c) => [c.id, c.label])).toEqual([
    ['committee', '分党委'],
    ['branch', '教工党支部'],
  ]);
  expect(f.categories.guess).toBeUndefined();
});

test('other common wordings: 控制在……以内, 推荐不超过 N 个, 图片说明不超过 N 字, 摘要不超过 N 字', () => {
  const f = extractNotice('案例摘要不超过300字，正文字数控制在3000字以内。图片不超过4张，每张图片说明不超过30字。每个二级党组织推荐不超过3个案例。');
  expect(f.summary.value).toEqual({ label: '案例摘要', limit: { kind: 'max', value: 300 } });
  expect(f.bodyLimit?.value).toEqual({ kind: 'max', value: 3000 });
  expect([f.pictures.min.value, f.pictures.max.value]).toEqual([0, 4]);
  expect(f.pictures.caption).toMatchObject({ value: { kind: 'max', value: 30 } });
  expect(f.pictures.caption.guess).toBeUndefined();
  expect(f.quota.value).toBe(3);
});

test('pictures said to go in a part the body does not list: practice, marked for review', () => {
  const d = draftProfile('正文包括工作背景、具体做法、经验启示三个部分。“工作成果”部分可附3张以内的图片。');
  expect(d.profile.parts.filter((p) => p.pictures).map((p) => p.id)).toEqual(['practice']);
  expect(d.review.find((r) => r.path === '$.parts[*].pictures')?.guess).toContain('“工作成果”');
});
