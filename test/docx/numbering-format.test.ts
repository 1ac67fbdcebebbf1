/**
 * formatNumber: one counter value in each w:numFmt Word offers, at the edges of every
 * number system (0, the last value a system spells, the first it cannot), and the labels a
 * document gets from them. Every expected value is written out by hand: the Roman numerals,
 * the Chinese counting words (一千零一十一), the English words and suffixes, the code points
 * of the enclosed forms (① U+2460 … ⑳ U+2473, ⒈ U+2488, ⑴ U+2474, ㈠ U+3220).
 *
 * Where a system cannot spell a value (Roman from 4000, counting words from 10000, English
 * words from 100, enclosed forms past their last character, any system at 0), the label is
 * the value in Arabic digits: the choice src/docx/numbering.ts makes, so that a label is never
 * empty, never `undefined`, never a wrong character. Word itself may spell some of these
 * (MMMM, One hundred); no case document numbers that far, and a change of that choice must
 * change these tests.
 */
import { readDocx } from '../../src/docx';
import { formatNumber } from '../../src/docx/numbering';
import { docxFixture, para } from '../helpers/docx-fixture';

describe('Roman numerals', () => {
  test('I to MMMCMXCIX in upper and lower case', () => {
    expect(formatNumber(1, 'upperRoman')).toBe('I');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(3999, 'upperRoman')).toBe('MMMCMXCIX');
    expect(formatNumber(14, 'lowerRoman')).toBe('xiv');
  });
  test('every numeral of the table: 2444 MMCDXLIV, 3888 MMMDCCCLXXXVIII, in upper and lower case', () => {
    expect(formatNumber(2444, 'upperRoman')).toBe('MMCDXLIV');
    expect(formatNumber(3888, 'upperRoman')).toBe('MMMDCCCLXXXVIII');
    expect(formatNumber(1994, 'upperRoman')).toBe('MCMXCIV');
    expect(formatNumber(2444, 'lowerRoman')).toBe('mmcdxliv');
    expect(formatNumber(3888, 'lowerRoman')).toBe('mmmdccclxxxviii');
  });
  test('0 and 4000, outside I to MMMCMXCIX, are written in Arabic digits', () => {
    expect(formatNumber(0, 'upperRoman')).toBe('0');
    expect(formatNumber(0, 'lowerRoman')).toBe('0');
    expect(formatNumber(4000, 'upperRoman')).toBe('4000');
  });
});

describe('letters', () => {
  test('A to Z, then AA, BB; 0 is written 0', () => {
    expect(formatNumber(1, 'upperLetter')).toBe('A');
    expect(formatNumber(26, 'upperLetter')).toBe('Z');
    expect(formatNumber(27, 'upperLetter')).toBe('AA');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(0, 'upperLetter')).toBe('0');
    expect(formatNumber(0, 'lowerLetter')).toBe('0');
  });
});

describe('Chinese counting', () => {
  test('1011 is 一千零一十一: one 零 for the gap, none before the digits after it', () => {
    expect(formatNumber(1011, 'chineseCountingThousand')).toBe('一千零一十一');
    expect(formatNumber(2035, 'chineseCountingThousand')).toBe('二千零三十五');
    expect(formatNumber(9999, 'chineseCountingThousand')).toBe('九千九百九十九');
  });
  test('0 and 10000, outside 一 to 九千九百九十九, are written in Arabic digits', () => {
    expect(formatNumber(0, 'chineseCountingThousand')).toBe('0');
    expect(formatNumber(10000, 'chineseCountingThousand')).toBe('10000');
  });
  test('chineseCounting spells 1 to 99 and writes 100 on digit by digit: 九十九, 一〇〇, 一〇五', () => {
    expect(formatNumber(99, 'chineseCounting')).toBe('九十九');
    expect(formatNumber(100, 'chineseCounting')).toBe('一〇〇');
    expect(formatNumber(105, 'chineseCounting')).toBe('一〇五');
    expect(formatNumber(0, 'chineseCounting')).toBe('0');
  });
  test('the Taiwanese counting formats count as the Chinese ones: 十一, 一百一十', () => {
    expect(formatNumber(11, 'taiwaneseCounting')).toBe('十一');
    expect(formatNumber(11, 'taiwaneseCountingThousand')).toBe('十一');
    expect(formatNumber(110, 'taiwaneseCountingThousand')).toBe('一百一十');
  });
  test('japaneseLegal 4 and 7 are 四 and 七', () => {
    expect(formatNumber(4, 'japaneseLegal')).toBe('四');
    expect(formatNumber(7, 'japaneseLegal')).toBe('七');
  });
  test('the digital formats write each digit: 12 一二, 2024 二〇二四', () => {
    expect(formatNumber(12, 'ideographDigital')).toBe('一二');
    expect(formatNumber(2024, 'ideographDigital')).toBe('二〇二四');
    expect(formatNumber(12, 'taiwaneseDigital')).toBe('一二');
    expect(formatNumber(2024, 'japaneseDigitalTenThousand')).toBe('二〇二四');
  });
  test('legal simplified 贰拾叁, 壹佰零伍; legal traditional 貳拾參, 壹佰零伍, 壹拾壹', () => {
    expect(formatNumber(23, 'chineseLegalSimplified')).toBe('贰拾叁');
    expect(formatNumber(105, 'chineseLegalSimplified')).toBe('壹佰零伍');
    expect(formatNumber(23, 'ideographLegalTraditional')).toBe('貳拾參');
    expect(formatNumber(105, 'ideographLegalTraditional')).toBe('壹佰零伍');
    expect(formatNumber(11, 'ideographLegalTraditional')).toBe('壹拾壹');
    expect(formatNumber(1600, 'ideographLegalTraditional')).toBe('壹仟陸佰');
  });
});

describe('Japanese counting', () => {
  test('2345 is 二千三百四十五, 1000 is 千, 1111 is 千百十一', () => {
    expect(formatNumber(2345, 'japaneseCounting')).toBe('二千三百四十五');
    expect(formatNumber(1000, 'japaneseCounting')).toBe('千');
    expect(formatNumber(1111, 'japaneseCounting')).toBe('千百十一');
  });
  test('0 and 10000 are written in Arabic digits', () => {
    expect(formatNumber(0, 'japaneseCounting')).toBe('0');
    expect(formatNumber(10000, 'japaneseCounting')).toBe('10000');
  });
});

describe('English words and ordinals', () => {
  test('cardinal text: Five, Nineteen, Twenty, Ninety-nine', () => {
    expect(formatNumber(5, 'cardinalText')).toBe('Five');
    expect(formatNumber(19, 'cardinalText')).toBe('Nineteen');
    expect(formatNumber(20, 'cardinalText')).toBe('Twenty');
    expect(formatNumber(99, 'cardinalText')).toBe('Ninety-nine');
  });
  test('cardinal text spells One to Nineteen and the tens Twenty to Ninety', () => {
    const ones = Array.from({ length: 19 }, (_, i) => formatNumber(i + 1, 'cardinalText'));
    expect(ones).toEqual([
      'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten',
      'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen',
    ]);
    const tens = [20, 30, 40, 50, 60, 70, 80, 90].map((n) => formatNumber(n, 'cardinalText'));
    expect(tens).toEqual(['Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety']);
    expect(formatNumber(37, 'cardinalText')).toBe('Thirty-seven');
  });
  test('cardinal text of 0 and 100 is written in Arabic digits', () => {
    expect(formatNumber(0, 'cardinalText')).toBe('0');
    expect(formatNumber(100, 'cardinalText')).toBe('100');
  });
  test('ordinals: 1st 2nd 3rd 4th 10th 11th 12th 13th 21st 22nd 23rd 111th', () => {
    const got = [1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 111].map((n) => formatNumber(n, 'ordinal'));
    expect(got).toEqual(['1st', '2nd', '3rd', '4th', '10th', '11th', '12th', '13th', '21st', '22nd', '23rd', '111th']);
  });
});

describe('enclosed numbers', () => {
  test('circled 1 to 20 (① … ⑳), then and at 0 Arabic digits', () => {
    expect(formatNumber(1, 'decimalEnclosedCircle')).toBe('\u2460');
    expect(formatNumber(20, 'decimalEnclosedCircle')).toBe('\u2473');
    expect(formatNumber(0, 'decimalEnclosedCircle')).toBe('0');
    expect(formatNumber(12, 'decimalEnclosedCircleChinese')).toBe('\u246b');
  });
  test('with a full stop ⒈ … ⒛ and in parentheses ⑴ … ⒇', () => {
    expect(formatNumber(20, 'decimalEnclosedFullstop')).toBe('\u249b');
    expect(formatNumber(21, 'decimalEnclosedFullstop')).toBe('21');
    expect(formatNumber(20, 'decimalEnclosedParen')).toBe('\u2487');
  });
  test('ideographs ㈠ … ㈩, then 11 in Arabic digits', () => {
    expect(formatNumber(1, 'ideographEnclosedCircle')).toBe('\u3220');
    expect(formatNumber(10, 'ideographEnclosedCircle')).toBe('\u3229');
    expect(formatNumber(11, 'ideographEnclosedCircle')).toBe('11');
  });
});

describe('heavenly stems and earthly branches', () => {
  test('甲 乙 … 癸, then 甲 again; 0 is written 0', () => {
    expect(formatNumber(1, 'ideographTraditional')).toBe('甲');
    expect(formatNumber(10, 'ideographTraditional')).toBe('癸');
    expect(formatNumber(11, 'ideographTraditional')).toBe('甲');
    expect(formatNumber(0, 'ideographTraditional')).toBe('0');
  });
  test('子 丑 … 亥, then 子 again; 0 is written 0', () => {
    expect(formatNumber(1, 'ideographZodiac')).toBe('子');
    expect(formatNumber(2, 'ideographZodiac')).toBe('丑');
    expect(formatNumber(12, 'ideographZodiac')).toBe('亥');
    expect(formatNumber(13, 'ideographZodiac')).toBe('子');
    expect(formatNumber(0, 'ideographZodiac')).toBe('0');
  });
});

describe('digits', () => {
  test('full width １２ in both full-width formats; half width 12', () => {
    expect(formatNumber(12, 'decimalFullWidth')).toBe('\uff11\uff12');
    expect(formatNumber(12, 'decimalFullWidth2')).toBe('\uff11\uff12');
    expect(formatNumber(12, 'decimalHalfWidth')).toBe('12');
  });
  test('decimalZero: 00, 07, 10', () => {
    expect(formatNumber(0, 'decimalZero')).toBe('00');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(10, 'decimalZero')).toBe('10');
  });
  test('custom: 001 pads to three digits; a format not starting with digits, or none, is plain decimal', () => {
    expect(formatNumber(7, 'custom', '001, 002, 003, ...')).toBe('007');
    expect(formatNumber(7, 'custom', ' 0001, 0002, ...')).toBe('0007');
    expect(formatNumber(7, 'custom', 'a01, a02, ...')).toBe('7');
    expect(formatNumber(7, 'custom', 'abc')).toBe('7');
    expect(formatNumber(7, 'custom')).toBe('7');
  });
});

describe('in a document', () => {
  const level = (i: number, fmt: string, start: number): string =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%${i + 1}."/></w:lvl>`;
  const list = (numId: number, fmt: string, start: number): string =>
    `<w:abstractNum w:abstractNumId="${numId}">${level(0, fmt, start)}</w:abstractNum>` +
    `<w:num w:numId="${numId}"><w:abstractNumId w:val="${numId}"/></w:num>`;
  const item = (numId: number): string => para('项', `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);

  test('lists that start at 0 (Word allows it) and count on: 0. I. / 00. 01. / 0. 子.', () => {
    const numberingXml = list(1, 'upperRoman', 0) + list(2, 'decimalZero', 0) + list(3, 'ideographZodiac', 0);
    const documentXml = [item(1), item(1), item(2), item(2), item(3), item(3)].join('');
    const r = readDocx(docxFixture({ documentXml, numberingXml }));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc.paragraphs.map((p) => p.listLabel)).toEqual(['0.', 'I.', '00.', '01.', '0.', '子.']);
  });
});
