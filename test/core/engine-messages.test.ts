import { CATALOGUES, formatMessage } from '../../src/core/messages';

// The catalogue itself: given data, the text an author reads.
describe('zh-CN', () => {
  test.each<[string, string, Record<string, string | number | null>, string]>([
    [
      'body-length',
      'over',
      { partLabel: '案例正文', actual: 2140, limit: 2000, diff: 140, categoryLabel: '分党委', metric: 'words' },
      '案例正文共 2140 字，超过分党委案例“2000 字以内”的要求（多 140 字）。',
    ],
    [
      'body-length',
      'far-short',
      { partLabel: '案例正文', actual: 480, limit: 1000, diff: 520, low: 800, high: 1200, categoryLabel: '党支部', metric: 'words' },
      '案例正文共 480 字，明显少于党支部案例“1000 字左右”的要求（少 520 字；宜在 800～1200 字之间）。',
    ],
    [
      'body-length',
      'over',
      { partLabel: '案例正文', actual: 3100, limit: 3000, diff: 100, categoryLabel: null, metric: 'words' },
      '案例正文共 3100 字，超过“3000 字以内”的要求（多 100 字）。',
    ],
    [
      'summary-length',
      'long',
      { partLabel: '案例简介', actual: 260, limit: 200, diff: 60, low: 160, high: 240, categoryLabel: null, metric: 'words' },
      '案例简介共 260 字，多于“200 字左右”的要求（多 60 字；宜在 160～240 字之间）。',
    ],
    ['caption-length', 'too-long', { group: 2, actual: 23, max: 20, metric: 'words' }, '第 2 组图片的说明有 23 字，超过 20 字。'],
    ['caption-length', 'too-long', { group: 2, actual: 23, max: 20, metric: 'charsNoSpaces' }, '第 2 组图片的说明有 23 个字符，超过 20 个字符。'],
    ['part-missing', 'section', { partLabel: '经验启示', sections: '实施背景、主要做法、经验启示' }, '案例正文缺少“经验启示”部分。正文应包括实施背景、主要做法、经验启示。'],
  ])('%s/%s', (ruleId, messageId, data, text) => {
    expect(formatMessage(ruleId, messageId, data)).toBe(text);
  });
});

test('placeholders are filled from data; missing ones stay visible', () => {
  expect(formatMessage('part-empty', 'part', { partLabel: '主要做法' })).toBe('“主要做法”部分还没有内容。');
  expect(formatMessage('part-empty', 'part', {})).toContain('{partLabel}');
});

test('English when asked, zh-CN when the locale lacks a text, the ids when no catalogue has one', () => {
  expect(formatMessage('caption-length', 'too-long', { group: 1, actual: 25, max: 20 }, 'en')).toBe('The caption of picture group 1 has 25 words, more than 20.');
  expect(formatMessage('no-such-rule', 'x', {})).toBe('no-such-rule/x');
});

test('both catalogues have the same rule and message ids', () => {
  const ids = (c: (typeof CATALOGUES)['en']) => Object.entries(c.messages).flatMap(([r, m]) => Object.keys(m).map((k) => `${r}/${k}`)).sort();
  expect(ids(CATALOGUES.en)).toEqual(ids(CATALOGUES['zh-CN']));
});
