import { countText, countParagraphs, countCaption, hasCaptionLabel, splitCaptionLabel, sumCounts, ZERO_COUNTS } from '../../../src/core/count';

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
  test('a label followed by a space or by the default suffix (a tab) adds one to 字符数(计空格) and ends the run', () => {
    expect(countParagraphs([{ text: 'abc', listLabel: '1.', listSuffix: 'space' }])).toEqual({
      words: 2, charsNoSpaces: 5, charsWithSpaces: 6, paragraphs: 1, eastAsianChars: 0, nonAsianWords: 2,
    });
    expect(countParagraphs([{ text: 'abc', listLabel: '1.' }])).toEqual({
      words: 2, charsNoSpaces: 5, charsWithSpaces: 6, paragraphs: 1, eastAsianChars: 0, nonAsianWords: 2,
    });
    expect(countParagraphs([{ text: 'abc', listLabel: '1.', listSuffix: 'nothing' }])).toEqual({
      words: 1, charsNoSpaces: 5, charsWithSpaces: 5, paragraphs: 1, eastAsianChars: 0, nonAsianWords: 1,
    });
  });
  test('a paragraph with only a list label is a counted paragraph', () => {
    expect(countParagraphs([{ text: '', listLabel: '（一）', listSuffix: 'tab' }])).toEqual({
      words: 3, charsNoSpaces: 3, charsWithSpaces: 4, paragraphs: 1, eastAsianChars: 3, nonAsianWords: 0,
    });
  });
  test('a bare CR, CRLF and LF each end a paragraph; empty lines are no paragraph', () => {
    expect(countText('甲\r乙\r\n\r\n丙\n')).toEqual({ words: 3, charsNoSpaces: 3, charsWithSpaces: 3, paragraphs: 3, eastAsianChars: 3, nonAsianWords: 0 });
    expect(countText('ab\rcd').nonAsianWords).toBe(2);
    expect(countText('')).toEqual(ZERO_COUNTS);
  });
  test('sumCounts adds all six figures; ZERO_COUNTS is all zero', () => {
    const a = countText('使用5G和AI推动数字化转型');
    const b = countText('Hello 世界');
    expect(sumCounts([a, b])).toEqual({ words: 15, charsNoSpaces: 21, charsWithSpaces: 22, paragraphs: 2, eastAsianChars: 12, nonAsianWords: 3 });
    expect(sumCounts([])).toEqual({ words: 0, charsNoSpaces: 0, charsWithSpaces: 0, paragraphs: 0, eastAsianChars: 0, nonAsianWords: 0 });
    expect(Object.isFrozen(ZERO_COUNTS)).toBe(true);
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
    // Each piece of RULES.md's labels: 图片, full-width digits, 十, ranges with every dash and
    // a dot, full-width and ASCII colons, 、 and dots after, ideographic spaces around.
    ['图片3 支部活动', '图片3', '支部活动'],
    ['图１２ 全角数字', '图１２', '全角数字'],
    ['图十 十号图', '图十', '十号图'],
    ['图二十三：二十三号', '图二十三：', '二十三号'],
    ['图3－1 全角连字符', '图3－1', '全角连字符'],
    ['图3–1 短破折号', '图3–1', '短破折号'],
    ['图3—1 长破折号', '图3—1', '长破折号'],
    ['图3.1 点号', '图3.1', '点号'],
    ['图3．1 全角点号', '图3．1', '全角点号'],
    ['图3 - 1 两侧空格', '图3 - 1', '两侧空格'],
    ['图2-1-3 三级编号', '图2-1-3', '三级编号'],
    ['图4:半角冒号', '图4:', '半角冒号'],
    ['图5. 点号之后', '图5.', '点号之后'],
    ['图6．全角点号之后', '图6．', '全角点号之后'],
    ['\u3000\u3000图\u30007\u3000：\u3000全角空格', '图\u30007\u3000：', '全角空格'],
    ['  图8  前后空格  ', '图8', '前后空格'],
    ['组图 9、组图', '组图 9、', '组图'],
    ['图 表1', '', '图 表1'],
    ['图-1 没有编号', '', '图-1 没有编号'],
    ['附图1 不是图号开头', '', '附图1 不是图号开头'],
    ['图a 字母不是编号', '', '图a 字母不是编号'],
    ['图3-12 两位的小节号', '图3-12', '两位的小节号'],
    ['  党员志愿服务  ', '', '党员志愿服务'],
    ['图5  标签后的空格与文末空格  ', '图5', '标签后的空格与文末空格'],
  ])('%s', (caption, label, text) => {
    expect(splitCaptionLabel(caption)).toEqual({ label, text });
  });
  test('the label is excluded from the count', () => {
    expect(countCaption('图12：支部书记讲党课').words).toBe(7);
    expect(countCaption('组图3-2 支部书记讲党课').words).toBe(7);
    expect(countCaption('党员志愿服务队').words).toBe(7);
  });
  test('hasCaptionLabel: a caption’s start, not a mention of a figure', () => {
    expect(['图1', '组图2 x', '图片 3', '\u3000图４'].map(hasCaptionLabel)).toEqual([true, true, true, true]);
    expect(['如图1所示', '图表', '图', '地图1', ''].map(hasCaptionLabel)).toEqual([false, false, false, false, false]);
  });
});

/**
 * Every edge of the classification, one code point each side (Unicode's Blocks.txt, and Word's
 * behaviour in ../shared/wordcount/README.md): E 中文字符 (a word each), O a non-Asian run,
 * S white space (only in 字符数(计空格)), B a break (ends a run, counts nowhere), I invisible
 * (counts nowhere, does not end a run), C a character that is no word (the Symbol bullet).
 */
function kindOfChar(cp: number): string {
  const ch = String.fromCodePoint(cp);
  const t = countText(ch);
  if (t.eastAsianChars === 1 && t.words === 1 && t.charsNoSpaces === 1) return 'E';
  if (t.nonAsianWords === 1 && t.words === 1 && t.charsNoSpaces === 1) return 'O';
  if (t.words === 0 && t.charsNoSpaces === 1) return 'C';
  if (t.words === 0 && t.charsNoSpaces === 0 && t.charsWithSpaces === 1) return 'S';
  if (t.words === 0 && t.charsWithSpaces === 0) return countText(`a${ch}a`).words === 2 ? 'B' : 'I';
  return `? ${JSON.stringify(t)}`;
}

test.each([
  [0x08, 'I'], [0x09, 'S'], [0x0a, 'B'], [0x0b, 'B'], [0x0c, 'B'], [0x0d, 'B'], [0x0e, 'I'], [0x1f, 'I'],
  [0x20, 'S'], [0x21, 'O'], [0x7e, 'O'], [0x7f, 'I'], [0x80, 'I'], [0x9f, 'I'], [0xa0, 'S'], [0xa1, 'O'],
  [0xac, 'O'], [0xad, 'I'], [0xae, 'O'], [0x10ff, 'O'], [0x1100, 'E'], [0x11ff, 'E'], [0x1200, 'O'],
  [0x167f, 'O'], [0x1680, 'S'], [0x1681, 'O'], [0x1fff, 'O'], [0x2000, 'S'], [0x200a, 'S'], [0x200b, 'I'],
  [0x200c, 'O'], [0x200d, 'O'], [0x2027, 'O'], [0x2028, 'B'], [0x2029, 'B'], [0x202a, 'O'], [0x202e, 'O'],
  [0x202f, 'S'], [0x2030, 'O'], [0x205e, 'O'], [0x205f, 'S'], [0x2060, 'I'], [0x2061, 'O'], [0x2e7f, 'O'],
  [0x2e80, 'E'], [0x2fff, 'E'], [0x3000, 'S'], [0x3001, 'E'], [0x303f, 'E'], [0x3040, 'E'], [0x33ff, 'E'],
  [0x3400, 'E'], [0x4dbf, 'E'], [0x4dc0, 'O'], [0x4dff, 'O'], [0x4e00, 'E'], [0x9fff, 'E'], [0xa000, 'O'],
  [0xa95f, 'O'], [0xa960, 'E'], [0xa97f, 'E'], [0xa980, 'O'], [0xabff, 'O'], [0xac00, 'E'], [0xd7ff, 'E'],
  [0xe000, 'O'], [0xf0b6, 'O'], [0xf0b7, 'C'], [0xf0b8, 'O'], [0xf8ff, 'O'], [0xf900, 'E'], [0xfaff, 'E'],
  [0xfb00, 'O'], [0xfe0f, 'O'], [0xfe10, 'E'], [0xfe1f, 'E'], [0xfe20, 'O'], [0xfe2f, 'O'], [0xfe30, 'E'],
  [0xfe4f, 'E'], [0xfe50, 'O'], [0xfefe, 'O'], [0xfeff, 'I'], [0xff00, 'E'], [0xffef, 'E'], [0xfff0, 'O'],
  [0xffff, 'O'], [0x10000, 'O'], [0x1afff, 'O'], [0x1b000, 'E'], [0x1b16f, 'E'], [0x1b170, 'O'], [0x1f1ff, 'O'],
  [0x1f200, 'E'], [0x1f2ff, 'E'], [0x1f300, 'O'], [0x1ffff, 'O'], [0x20000, 'E'], [0x3ffff, 'E'], [0x40000, 'O'],
].map(([cp, kind]) => [`U+${(cp as number).toString(16).toUpperCase().padStart(4, '0')}`, kind, cp]))('%s is %s', (_name, kind, cp) => {
  expect(kindOfChar(cp as number)).toBe(kind);
});

test('a line break or CR inside one paragraph (a w:br the reader keeps) ends a run and counts nowhere', () => {
  expect(countParagraphs([{ text: 'ab\ncd' }])).toMatchObject({ words: 2, charsNoSpaces: 4, charsWithSpaces: 4, paragraphs: 1 });
  expect(countParagraphs([{ text: 'ab\rcd' }])).toMatchObject({ words: 2, charsNoSpaces: 4, charsWithSpaces: 4, paragraphs: 1 });
});

test('the Symbol bullet ends a run: a word each side', () => {
  expect(countText('a\uf0b7b')).toMatchObject({ words: 2, nonAsianWords: 2, charsNoSpaces: 3 });
});

test('a high surrogate pairs only with a low one (U+DC00–U+DFFF); U+DBFF U+DFFF is U+10FFFF', () => {
  expect(countText('\ud800\ue000')).toMatchObject({ words: 1, nonAsianWords: 1, charsNoSpaces: 2 });
  expect(countText('\udbff\udfff')).toMatchObject({ words: 1, nonAsianWords: 1, charsNoSpaces: 1 });
});

test('lone surrogates are one non-Asian character each; a pair is one code point', () => {
  expect(countText('\ud800')).toMatchObject({ words: 1, nonAsianWords: 1, charsNoSpaces: 1 });
  expect(countText('\udc00')).toMatchObject({ words: 1, nonAsianWords: 1, charsNoSpaces: 1 });
  expect(countText('\ud800中')).toMatchObject({ words: 2, eastAsianChars: 1, charsNoSpaces: 2 });
  expect(countText('\u{20000}')).toMatchObject({ words: 1, eastAsianChars: 1, charsNoSpaces: 1, charsWithSpaces: 1 });
});
