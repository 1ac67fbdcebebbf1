/** List labels from word/numbering.xml, as Word displays them. */
import { readDocx } from '../../src/docx';
import { formatNumber } from '../../src/docx/numbering';
import type { Paragraph } from '../../src/core/model/types';
import { docxFixture, para, style } from '../helpers/docx-fixture';

function paragraphs(documentXml: string, numberingXml: string, stylesXml?: string): Paragraph[] {
  const r = readDocx(docxFixture({ documentXml, numberingXml, stylesXml }));
  if (!r.ok) throw new Error(r.error.message);
  return r.doc.paragraphs;
}

interface Lvl {
  fmt: string;
  text: string;
  start?: number;
  suff?: string;
  restart?: number;
  isLgl?: boolean;
  pStyle?: string;
}

function lvl(i: number, l: Lvl): string {
  return (
    `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>` +
    (l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : '') +
    (l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : '') +
    (l.isLgl ? '<w:isLgl/>' : '') +
    (l.suff ? `<w:suff w:val="${l.suff}"/>` : '') +
    `<w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/></w:lvl>`
  );
}

function abstractNum(id: number, levels: Lvl[]): string {
  return `<w:abstractNum w:abstractNumId="${id}">${levels.map((l, i) => lvl(i, l)).join('')}</w:abstractNum>`;
}

function num(numId: number, abstractId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

const numPr = (numId: number | string, ilvl?: number): string =>
  `<w:numPr>${ilvl !== undefined ? `<w:ilvl w:val="${ilvl}"/>` : ''}<w:numId w:val="${numId}"/></w:numPr>`;

const item = (numId: number | string, ilvl?: number, text = '项'): string => para(text, numPr(numId, ilvl));

/** The usual Chinese outline: 一、 （一） 1. （1） ① */
const CHINESE = abstractNum(0, [
  { fmt: 'chineseCounting', text: '%1、', suff: 'nothing' },
  { fmt: 'chineseCounting', text: '（%2）', suff: 'nothing' },
  { fmt: 'decimal', text: '%3.' },
  { fmt: 'decimal', text: '（%4）', suff: 'space' },
  { fmt: 'decimalEnclosedCircle', text: '%5' },
]);

describe('labels', () => {
  test('Chinese outline levels, restart of deeper levels, suffixes', () => {
    const xml = [item(1, 0), item(1, 1), item(1, 1), item(1, 2), item(1, 3), item(1, 4), item(1, 4), item(1, 0), item(1, 1), item(1, 2)].join('');
    const ps = paragraphs(xml, CHINESE + num(1, 0));
    expect(ps.map((p) => p.listLabel)).toEqual(['一、', '（一）', '（二）', '1.', '（1）', '①', '②', '二、', '（一）', '1.']);
    expect(ps.map((p) => p.listSuffix)).toEqual(['nothing', 'nothing', 'nothing', 'tab', 'space', 'tab', 'tab', 'nothing', 'nothing', 'tab']);
  });
  test('counting past ten in Chinese', () => {
    const ps = paragraphs(Array.from({ length: 21 }, () => item(1, 0)).join(''), CHINESE + num(1, 0));
    expect(ps.slice(8).map((p) => p.listLabel)).toEqual(['九、', '十、', '十一、', '十二、', '十三、', '十四、', '十五、', '十六、', '十七、', '十八、', '十九、', '二十、', '二十一、']);
  });
  test('multi-level text %1.%2 and isLgl', () => {
    const abs = abstractNum(0, [
      { fmt: 'upperRoman', text: '%1.' },
      { fmt: 'lowerLetter', text: '%1.%2' },
      { fmt: 'decimal', text: '%1.%2.%3', isLgl: true },
    ]);
    const ps = paragraphs([item(1, 0), item(1, 1), item(1, 1), item(1, 2), item(1, 0), item(1, 1)].join(''), abs + num(1, 0));
    expect(ps.map((p) => p.listLabel)).toEqual(['I.', 'I.a', 'I.b', '1.2.1', 'II.', 'II.a']);
  });
  test('w:lvlRestart 0 never restarts; w:lvlRestart 1 restarts only after level 1', () => {
    const abs = abstractNum(0, [
      { fmt: 'decimal', text: '%1.' },
      { fmt: 'decimal', text: '%1.%2' },
      { fmt: 'decimal', text: '(%3)', restart: 0 },
      { fmt: 'decimal', text: '[%4]', restart: 1 },
    ]);
    const levels = [0, 2, 3, 1, 2, 3, 0, 3, 2];
    const ps = paragraphs(levels.map((l) => item(1, l)).join(''), abs + num(1, 0));
    expect(ps.map((p) => p.listLabel)).toEqual(['1.', '(1)', '[1]', '1.1', '(2)', '[2]', '2.', '[1]', '(3)']);
  });
  test('start values and formats', () => {
    const abs = abstractNum(0, [
      { fmt: 'decimalZero', text: '%1', start: 8 },
      { fmt: 'upperLetter', text: '%2)', start: 26 },
      { fmt: 'lowerRoman', text: '%3.', start: 3 },
      { fmt: 'decimalFullWidth', text: '%4．', start: 10 },
      { fmt: 'none', text: '%5' },
    ]);
    const ps = paragraphs([item(1, 0), item(1, 0), item(1, 0), item(1, 1), item(1, 1), item(1, 2), item(1, 2), item(1, 3), item(1, 4)].join(''), abs + num(1, 0));
    expect(ps.map((p) => p.listLabel)).toEqual(['08', '09', '10', 'Z)', 'AA)', 'iii.', 'iv.', '１０．', undefined]);
  });
  test('bullets show their character (Symbol U+F0B7, •)', () => {
    const abs = abstractNum(0, [{ fmt: 'bullet', text: '\uf0b7' }, { fmt: 'bullet', text: '•' }]);
    const ps = paragraphs([item(1, 0), item(1, 1)].join(''), abs + num(1, 0));
    expect(ps.map((p) => p.listLabel)).toEqual(['\uf0b7', '•']);
  });
});

describe('which paragraphs are numbered', () => {
  test('numId 0 removes numbering, also numbering that comes from the style', () => {
    const styles = style('L', 'List Number', { pPr: numPr(1) });
    const ps = paragraphs(item(1, 0) + item(0, 0) + para('s', '<w:pStyle w:val="L"/>') + para('t', '<w:pStyle w:val="L"/>' + numPr(0)), CHINESE + num(1, 0), styles);
    expect(ps.map((p) => p.listLabel)).toEqual(['一、', undefined, '二、', undefined]);
  });
  test('numbering through the style chain, the level found by w:pStyle in the level', () => {
    const styles = style('1', 'heading 1', { pPr: numPr(5) }) + style('2', 'heading 2', { pPr: numPr(5) }) + style('sub', 'Sub', { basedOn: '2' });
    const abs = abstractNum(3, [
      { fmt: 'chineseCounting', text: '第%1章', pStyle: '1', suff: 'space' },
      { fmt: 'decimal', text: '%1.%2', pStyle: '2', isLgl: true },
    ]);
    const ps = paragraphs(para('a', '<w:pStyle w:val="1"/>') + para('b', '<w:pStyle w:val="2"/>') + para('c', '<w:pStyle w:val="sub"/>') + para('d', '<w:pStyle w:val="1"/>'), abs + num(5, 3), styles);
    expect(ps.map((p) => p.listLabel)).toEqual(['第一章', '1.1', '1.2', '第二章']);
    expect(ps[0].listSuffix).toBe('space');
  });
  test('unknown numId, missing numbering part: no label, no error', () => {
    expect(paragraphs(item(9, 0), CHINESE + num(1, 0))[0].listLabel).toBeUndefined();
    const r = readDocx(docxFixture({ documentXml: item(1, 0) }));
    expect(r.ok && r.doc.paragraphs[0].listLabel).toBeUndefined();
  });
});

describe('counters shared and restarted', () => {
  test('two w:num on one abstractNum continue one sequence', () => {
    const ps = paragraphs([item(1, 0), item(1, 0), item(2, 0), item(1, 0)].join(''), CHINESE + num(1, 0) + num(2, 0));
    expect(ps.map((p) => p.listLabel)).toEqual(['一、', '二、', '三、', '四、']);
  });
  test('w:startOverride restarts the first time its w:num is used', () => {
    const restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>';
    const ps = paragraphs([item(1, 0), item(1, 0), item(2, 0), item(2, 0), item(3, 0)].join(''), CHINESE + num(1, 0) + num(2, 0, restart) + num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'));
    expect(ps.map((p) => p.listLabel)).toEqual(['一、', '二、', '一、', '二、', '五、']);
  });
  test('a level override replaces the level definition', () => {
    const override = `<w:lvlOverride w:ilvl="0">${lvl(0, { fmt: 'decimal', text: '%1)', start: 1 })}</w:lvlOverride>`;
    const ps = paragraphs([item(1, 0), item(2, 0)].join(''), CHINESE + num(1, 0) + num(2, 0, override));
    expect(ps.map((p) => p.listLabel)).toEqual(['一、', '2)']);
  });
  test('w:numStyleLink follows the numbering style to its list', () => {
    const styles = style('ListStyle', 'My List', { type: 'numbering', pPr: numPr(7) });
    const linked = '<w:abstractNum w:abstractNumId="4"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>';
    const ps = paragraphs([item(8, 0), item(7, 0), item(8, 0)].join(''), CHINESE + linked + num(7, 0) + num(8, 4), styles);
    expect(ps.map((p) => p.listLabel)).toEqual(['一、', '二、', '三、']);
  });
  test('Word 2010 custom formats inside mc:AlternateContent', () => {
    const abs =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>' +
      '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>' +
      '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>';
    expect(paragraphs(item(1, 0), abs + num(1, 0))[0].listLabel).toBe('001.');
  });
});

describe('formatNumber', () => {
  test.each([
    [1, 'chineseCountingThousand', '一'],
    [10, 'chineseCountingThousand', '十'],
    [15, 'chineseCountingThousand', '十五'],
    [40, 'chineseCountingThousand', '四十'],
    [101, 'chineseCountingThousand', '一百零一'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1005, 'chineseCountingThousand', '一千零五'],
    [23, 'chineseCounting', '二十三'],
    [3, 'ideographTraditional', '丙'],
    [11, 'japaneseCounting', '十一'],
    [100, 'japaneseCounting', '百'],
    [21, 'japaneseCounting', '二十一'],
    [12, 'decimalEnclosedCircle', '⑫'],
    [21, 'decimalEnclosedCircle', '21'],
    [3, 'decimalEnclosedParen', '⑶'],
    [4, 'decimalEnclosedFullstop', '⒋'],
    [11, 'chineseLegalSimplified', '壹拾壹'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [52, 'lowerLetter', 'zz'],
    [53, 'lowerLetter', 'aaa'],
    [3, 'ordinal', '3rd'],
    [12, 'ordinal', '12th'],
    [21, 'cardinalText', 'Twenty-one'],
    [7, 'somethingNew', '7'],
  ])('%i as %s is %s', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});
