import { countText, countParagraphs, countCaption, splitCaptionLabel } from '../../../src/core/count';

// Examples from shared/wordcount/README.md, each with the figures Word shows.
describe('countText: the worked examples', () => {
  test.each([
    // text, 字数, 字符数(不计空格), 字符数(计空格), 中文字符, 非中文单词
    ['你好，世界。', 6, 6, 6, 6, 0],
    ['使用5G和AI推动数字化转型', 12, 14, 14, 10, 2],
    ['2024年1月1日', 6, 9, 9, 3, 3],
    ['Hello 世界', 3, 7, 8, 2, 1],
    ['2024年', 2, 5, 5, 1, 1],
    ['AI技术', 3, 4, 4, 2, 1],
    ['5G网络', 3, 4, 4, 2, 1],
    ['3.14%', 1, 5, 5, 0, 1],
    ['C++', 1, 3, 3, 0, 1],
    ['2024-01-01', 1, 10, 10, 0, 1],
    ['你好,世界.', 6, 6, 6, 4, 2],
    ['……', 1, 2, 2, 0, 1],
    ['——', 1, 2, 2, 0, 1],
    ['等等……然后', 5, 6, 6, 4, 1],
    ['①②③④⑤', 1, 5, 5, 0, 1],
    ['“党建”引领', 6, 6, 6, 4, 2],
    ['👍🏻', 1, 2, 2, 0, 1],
  ])('%s', (text, words, noSpaces, withSpaces, eastAsian, nonAsian) => {
    const c = countText(text);
    expect([c.words, c.charsNoSpaces, c.charsWithSpaces, c.eastAsianChars, c.nonAsianWords]).toEqual([
      words,
      noSpaces,
      withSpaces,
      eastAsian,
      nonAsian,
    ]);
    expect(c.words).toBe(c.eastAsianChars + c.nonAsianWords);
  });
});

describe('white space and invisible characters', () => {
  test('ideographic space, tab and no-break space count only with spaces', () => {
    const c = countText('党建\u3000引领\t发展\u00a0A');
    expect(c.words).toBe(7);
    expect(c.charsNoSpaces).toBe(7);
    expect(c.charsWithSpaces).toBe(10);
  });
  test('a space splits a non-Asian run, a zero-width space does not', () => {
    expect(countText('ab cd').nonAsianWords).toBe(2);
    expect(countText('ab\u200bcd').nonAsianWords).toBe(1);
    expect(countText('\ufeffab').charsNoSpaces).toBe(2);
  });
  test('full-width letters and digits are East Asian', () => {
    const c = countText('ＡＢ１２');
    expect(c.eastAsianChars).toBe(4);
    expect(c.words).toBe(4);
  });
  test('Hangul, kana and CJK extension B count one each', () => {
    expect(countText('한국어').eastAsianChars).toBe(3);
    expect(countText('ひらがなカタカナ').eastAsianChars).toBe(8);
    const extB = countText('\u{20000}\u{2A6D6}');
    expect(extB.eastAsianChars).toBe(2);
    expect(extB.charsNoSpaces).toBe(2);
  });
  // The CJK Unified Ideographs block is U+4E00–U+9FFF (Unicode's Blocks.txt). Characters added
  // after Unicode 2.0's U+9FA5, such as 鿏 U+9FCF (the element meitnerium, Unicode 4.1) and the block's
  // last code point U+9FFF, are 中文字符 like 一; its neighbours are not.
  test('the whole CJK Unified Ideographs block counts, up to U+9FFF', () => {
    const c = countText('一龥鿏\u9fea\u9fff');
    expect([c.eastAsianChars, c.nonAsianWords, c.words]).toEqual([5, 0, 5]);
    expect(countText('鿏').eastAsianChars).toBe(1);
    const yijing = countText('\u4dff'); // ䷿ HEXAGRAM FOR BEFORE COMPLETION, just before the block
    expect([yijing.eastAsianChars, yijing.nonAsianWords]).toEqual([0, 1]);
    const yi = countText('\ua000'); // ꀀ YI SYLLABLE IT, just after it
    expect([yi.eastAsianChars, yi.nonAsianWords]).toEqual([0, 1]);
  });
});

describe('paragraphs and list labels', () => {
  test('a label such as （7） adds to 字数 and its tab to 字符数(计空格)', () => {
    const plain = countParagraphs([{ text: '加强组织建设' }]);
    const numbered = countParagraphs([{ text: '加强组织建设', listLabel: '（7）', listSuffix: 'tab' }]);
    expect(numbered.words - plain.words).toBe(3);
    expect(numbered.charsNoSpaces - plain.charsNoSpaces).toBe(3);
    expect(numbered.charsWithSpaces - plain.charsWithSpaces).toBe(4);
  });
  test('a label with no suffix joins the first run', () => {
    expect(countParagraphs([{ text: 'abc', listLabel: '1.', listSuffix: 'nothing' }]).nonAsianWords).toBe(1);
    expect(countParagraphs([{ text: 'abc', listLabel: '1.', listSuffix: 'tab' }]).nonAsianWords).toBe(2);
  });
  test('a Symbol-font bullet counts as a character, not a word', () => {
    const c = countParagraphs([{ text: '要点', listLabel: '\uf0b7', listSuffix: 'tab' }]);
    expect(c.words).toBe(2);
    expect(c.charsNoSpaces).toBe(3);
  });
  test('段落数 counts paragraphs with a counted character only', () => {
    const c = countParagraphs([{ text: '一' }, { text: '' }, { text: '  \u3000' }, { text: 'b' }]);
    expect(c.paragraphs).toBe(2);
  });
  test('text with line breaks is several paragraphs; breaks count nowhere', () => {
    const c = countText('第一段\r\n第二段\n\nab\ncd');
    expect(c.paragraphs).toBe(4);
    expect(c.words).toBe(8);
    expect(c.charsWithSpaces).toBe(10);
  });
});

describe('captions', () => {
  test.each([
    ['图1 支部书记讲党课', '图1', '支部书记讲党课'],
    ['图 2：党员志愿服务', '图 2：', '党员志愿服务'],
    ['图3-1 实验室一角', '图3-1', '实验室一角'],
    ['组图1 主题党日活动', '组图1', '主题党日活动'],
    ['图一、师生座谈', '图一、', '师生座谈'],
    ['图表说明了一切', '', '图表说明了一切'],
    ['党员志愿服务', '', '党员志愿服务'],
  ])('%s', (caption, label, text) => {
    expect(splitCaptionLabel(caption)).toEqual({ label, text });
  });
  test('the label is excluded from the count', () => {
    expect(countCaption('图12：支部书记讲党课').words).toBe(7);
    expect(countCaption('组图3-2 支部书记讲党课').words).toBe(7);
  });
});
