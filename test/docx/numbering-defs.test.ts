/**
 * word/numbering.xml read into list definitions (readLevel, Numbering, ListCounters), in
 * process: the part is parsed by Numbering.parse and paragraphs are numbered one by one with
 * ListCounters.next, as src/docx/story.ts does. Every expected label is written by hand.
 */
import { readDocx } from '../../src/docx';
import { Numbering } from '../../src/docx/numbering';
import { Styles } from '../../src/docx/styles';
import { docxFixture, NS, para, style } from '../helpers/docx-fixture';

/** One paragraph to number: its w:numId, its w:ilvl (undefined: none given), its style chain. */
type Call = [numId: string, ilvl?: number, styleIds?: string[]];

function parse(numberingInner: string, stylesInner = '', close = '</w:numbering>'): Numbering {
  return Numbering.parse(`<w:numbering ${NS}>${numberingInner}${close}`, Styles.parse(`<w:styles ${NS}>${stylesInner}</w:styles>`));
}

/** The labels of the paragraphs `calls`, numbered in order in one story. */
function labels(nb: Numbering, calls: Call[]): (string | undefined)[] {
  const c = nb.counters();
  return calls.map(([numId, ilvl, styleIds]) => c.next(numId, ilvl, styleIds ?? [])?.label);
}

const lvl = (i: number, inner: string): string => `<w:lvl w:ilvl="${i}">${inner}</w:lvl>`;
const simple = (i: number, fmt: string, text: string): string =>
  lvl(i, `<w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>`);
const abstractNum = (id: number, inner: string): string => `<w:abstractNum w:abstractNumId="${id}">${inner}</w:abstractNum>`;
const num = (numId: number, abstractId: number, inner = ''): string =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${inner}</w:num>`;
const startOverride = (ilvl: number, start: number): string =>
  `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;
const numPr = (numId: string): string => `<w:pPr><w:numPr><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
/** A numbering style (w:type="numbering") whose list is `numId`. */
const numberingStyle = (id: string, numId: string): string =>
  `<w:style w:type="numbering" w:styleId="${id}"><w:name w:val="${id}"/>${numPr(numId)}</w:style>`;

/** The usual Chinese outline's first two levels: 一、 （一）. */
const CHINESE = abstractNum(0, simple(0, 'chineseCounting', '%1、') + simple(1, 'chineseCounting', '（%2）'));

/** Nine levels a%1, b%2, ... i%9, so that a label names its level. */
const NINE = abstractNum(0, Array.from({ length: 9 }, (_, i) => simple(i, 'decimal', `${'abcdefghi'[i]}%${i + 1}`)).join(''));

describe('a level (w:lvl) as read', () => {
  test('a level without text gives no label: w:lvlText without w:val, a bullet or a number level without w:lvlText', () => {
    const abs = abstractNum(
      0,
      lvl(0, '<w:numFmt w:val="decimal"/><w:lvlText/>') +
        lvl(1, '<w:numFmt w:val="bullet"/>') +
        lvl(2, '<w:numFmt w:val="decimal"/>') +
        simple(3, 'decimal', '%4)'),
    );
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 1], ['1', 2], ['1', 3]])).toEqual([undefined, undefined, undefined, '1)']);
  });

  test('w:isLgl w:val="0" is off: the level keeps its roman numerals', () => {
    const abs = abstractNum(0, simple(0, 'upperRoman', '%1.') + lvl(1, '<w:numFmt w:val="upperRoman"/><w:isLgl w:val="0"/><w:lvlText w:val="%1.%2"/>'));
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 1], ['1', 1]])).toEqual(['I.', 'I.I', 'I.II']);
  });

  test('an unknown w:suff value is a tab, as when w:suff is absent', () => {
    const abs = abstractNum(0, lvl(0, '<w:numFmt w:val="decimal"/><w:suff w:val="bogus"/><w:lvlText w:val="%1."/>'));
    const c = parse(abs + num(1, 0)).counters();
    expect(c.next('1', 0, [])).toEqual({ label: '1.', suffix: 'tab' });
  });

  test('w:start without w:val starts at 1, as when w:start is absent', () => {
    const abs = abstractNum(0, lvl(0, '<w:start/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'));
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 0]])).toEqual(['1.', '2.']);
  });

  test('a w:numFmt only in the mc:Fallback branch is read', () => {
    const abs = abstractNum(
      0,
      lvl(0, '<mc:AlternateContent><mc:Choice Requires="w14"></mc:Choice><mc:Fallback><w:numFmt w:val="upperRoman"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/>'),
    );
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 0]])).toEqual(['I.', 'II.']);
  });

  test('only the first 256 characters of a custom w:format are kept', () => {
    // 300 spaces, then 001: the digits lie past the cut, so the numbers are not zero-padded.
    const format = ' '.repeat(300) + '001, 002, 003, ...';
    const abs = abstractNum(0, lvl(0, `<w:numFmt w:val="custom" w:format="${format}"/><w:lvlText w:val="%1."/>`));
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 0]])).toEqual(['1.', '2.']);
  });

  test('only the first 256 characters of a w:lvlText are kept: a %n or text past them never shows', () => {
    // %1, then 127 times %2 (a level the list does not define, so it shows nothing): 256 characters, then 末.
    const text = '%1' + '%2'.repeat(127) + '末';
    const abs = abstractNum(0, lvl(0, `<w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/>`));
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 0]])).toEqual(['1', '2']);
  });

  test('an empty <w:lvl/> does not swallow the levels and lists after it', () => {
    const abs = abstractNum(0, '<w:lvl w:ilvl="0"/>' + simple(1, 'decimal', '(%2)'));
    expect(labels(parse(abs + num(1, 0)), [['1', 1], ['1', 1], ['1', 0]])).toEqual(['(1)', '(2)', undefined]);
  });

  test('numbering.xml cut short inside a w:lvl: the level read so far numbers', () => {
    const cut = num(1, 0) + '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>';
    expect(labels(parse(cut, '', ''), [['1', 0], ['1', 0]])).toEqual(['I.', 'II.']);
  });

  test('an empty <mc:AlternateContent/> inside a level does not swallow the levels and lists after it', () => {
    const abs = abstractNum(0, lvl(0, '<mc:AlternateContent/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>') + simple(1, 'decimal', '%1.%2'));
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 1], ['1', 1]])).toEqual(['1.', '1.1', '1.2']);
  });

  test('mc:AlternateContent nested nine deep is read; ten deep is skipped (a bound for crafted files)', () => {
    const nest = (n: number, inner: string): string => '<mc:AlternateContent>'.repeat(n) + inner + '</mc:AlternateContent>'.repeat(n);
    const level = (n: number): string => abstractNum(0, lvl(0, nest(n, '<w:numFmt w:val="upperRoman"/>') + '<w:lvlText w:val="%1."/>'));
    expect(labels(parse(level(9) + num(1, 0)), [['1', 0], ['1', 0]])).toEqual(['I.', 'II.']);
    // Ten deep: the w:numFmt is not read and the level stays decimal.
    expect(labels(parse(level(10) + num(1, 0)), [['1', 0], ['1', 0]])).toEqual(['1.', '2.']);
  });

  test('many mc:AlternateContent side by side are each read: the bound counts nesting, not siblings', () => {
    const empty = '<mc:AlternateContent></mc:AlternateContent>'.repeat(8);
    const abs = abstractNum(
      0,
      lvl(0, empty + '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="upperRoman"/></mc:Choice></mc:AlternateContent><w:lvlText w:val="%1."/>'),
    );
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 0], ['1', 0]])).toEqual(['I.', 'II.', 'III.']);
  });
});

describe('w:abstractNum and w:num as read', () => {
  test('a w:name of the list that equals a numbering style id is a name, not a w:numStyleLink', () => {
    const named = abstractNum(
      0,
      '<w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="hybridMultilevel"/><w:name w:val="Outline"/>' + simple(0, 'chineseCounting', '%1、'),
    );
    const nb = parse(named + abstractNum(3, simple(0, 'decimal', '%1.')) + num(1, 0) + num(5, 3), numberingStyle('Outline', '5'));
    expect(labels(nb, [['1', 0], ['1', 0], ['5', 0]])).toEqual(['一、', '二、', '1.']);
  });

  test('elements the reader does not know, in w:num and in w:lvlOverride, change nothing', () => {
    const override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/><w16:ext w:val="1"/></w:lvlOverride><w16:ext w:val="2"/>';
    expect(labels(parse(CHINESE + num(2, 0, override)), [['2', 0], ['2', 0]])).toEqual(['五、', '六、']);
  });

  test('an empty <w:num/> does not swallow the list after it', () => {
    const nb = parse(CHINESE + '<w:num w:numId="3"/>' + num(1, 0));
    expect(labels(nb, [['1', 0], ['1', 0], ['3', 0]])).toEqual(['一、', '二、', undefined]);
  });

  test('an empty <w:abstractNum/> does not swallow the list after it', () => {
    expect(labels(parse('<w:abstractNum w:abstractNumId="1"/>' + CHINESE + num(1, 0)), [['1', 0], ['1', 0]])).toEqual(['一、', '二、']);
  });

  test('a w:abstractNum or a w:num defined twice: the first definition counts', () => {
    const twice = CHINESE + abstractNum(0, simple(0, 'decimal', '%1.')) + num(1, 0) + num(1, 0, startOverride(0, 7));
    expect(labels(parse(twice), [['1', 0], ['1', 0]])).toEqual(['一、', '二、']);
  });

  test('a w:lvlOverride names its level by w:ilvl: a restart of level 2 leaves level 1 alone', () => {
    const nb = parse(CHINESE + num(1, 0) + num(2, 0, startOverride(1, 3)));
    expect(labels(nb, [['1', 0], ['1', 1], ['2', 0], ['2', 1], ['2', 1]])).toEqual(['一、', '（一）', '二、', '（三）', '（四）']);
  });

  test('an empty <w:lvlOverride/> does not swallow the override after it', () => {
    const nb = parse(CHINESE + num(2, 0, `<w:lvlOverride w:ilvl="1"/>${startOverride(0, 5)}`));
    expect(labels(nb, [['2', 0], ['2', 1]])).toEqual(['五、', '（一）']);
  });

  test('an override of the ninth level (w:ilvl 8) applies', () => {
    expect(labels(parse(NINE + num(2, 0, startOverride(8, 4))), [['2', 8], ['2', 8]])).toEqual(['i4', 'i5']);
  });

  test('pretty-printed numbering.xml (white space between elements, an explicit end tag) reads as the compact one', () => {
    const pretty = `
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0">
      <w:start w:val="1"/>
      <w:numFmt w:val="chineseCounting"/>
      <w:lvlText w:val="%1、"></w:lvlText>
    </w:lvl>
  </w:abstractNum>
  <w:num w:numId="2">
    <w:abstractNumId w:val="0"/>
    <w:lvlOverride w:ilvl="0">
      <w:startOverride w:val="5"/>
    </w:lvlOverride>
  </w:num>
`;
    expect(labels(parse(pretty), [['2', 0], ['2', 0]])).toEqual(['五、', '六、']);
  });

  test('numbering.xml cut short inside a w:lvlOverride: what was read still numbers', () => {
    const cut = CHINESE + '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>';
    expect(labels(parse(cut, '', ''), [['2', 0], ['2', 0]])).toEqual(['三、', '四、']);
  });

  test('ids missing from w:abstractNum and w:num read as empty ids (a tolerant reading of a malformed part)', () => {
    // A w:num whose w:abstractNumId is empty names the w:abstractNum without an id.
    const noAbsId = '<w:abstractNum>' + simple(0, 'decimal', '%1.') + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val=""/></w:num>';
    expect(labels(parse(noAbsId), [['1', 0], ['1', 0]])).toEqual(['1.', '2.']);
    // A w:num without an id is reached by a w:numStyleLink whose numbering style names list "".
    const linked = abstractNum(4, '<w:numStyleLink w:val="Empty"/>');
    const nb = parse(abstractNum(0, simple(0, 'upperLetter', '%1)')) + linked + '<w:num><w:abstractNumId w:val="0"/></w:num>' + num(8, 4), numberingStyle('Empty', ''));
    expect(labels(nb, [['8', 0], ['8', 0]])).toEqual(['A)', 'B)']);
  });
});

describe('w:numStyleLink followed', () => {
  test('a link to a style that names no list: the list keeps its own levels', () => {
    const abs = abstractNum(4, '<w:numStyleLink w:val="Missing"/>' + simple(0, 'decimal', '%1)'));
    expect(labels(parse(abs + num(8, 4)), [['8', 0], ['8', 0]])).toEqual(['1)', '2)']);
  });

  test('a link back to its own list: the list keeps its own levels', () => {
    const abs = abstractNum(6, '<w:numStyleLink w:val="Own"/>' + simple(0, 'lowerLetter', '%1.'));
    expect(labels(parse(abs + num(9, 6), numberingStyle('Own', '9')), [['9', 0], ['9', 0]])).toEqual(['a.', 'b.']);
  });

  test('links are followed three deep, not four (a bound: the lists Word writes need one)', () => {
    // w:num i → w:abstractNum i, linked through numbering style Si to w:num i+1; list 5 has the levels.
    let parts = abstractNum(5, simple(0, 'decimal', '%1.')) + num(5, 5);
    let styles = '';
    for (let i = 1; i <= 4; i++) {
      parts += abstractNum(i, `<w:numStyleLink w:val="S${i + 1}"/>`) + num(i, i);
      styles += numberingStyle(`S${i + 1}`, String(i + 1));
    }
    // From list 2: three links (2 → 3 → 4 → 5). From list 1: four, one too many.
    expect(labels(parse(parts, styles), [['2', 0], ['2', 0], ['1', 0]])).toEqual(['1.', '2.', undefined]);
  });

  test('a link to a style whose list is not defined: no label, no error', () => {
    const abs = abstractNum(4, '<w:numStyleLink w:val="Gone"/>');
    expect(labels(parse(CHINESE + abs + num(1, 0) + num(8, 4), numberingStyle('Gone', '99')), [['8', 0], ['1', 0]])).toEqual([undefined, '一、']);
  });

  test('two lists linked to each other in a loop: no label, and no endless loop', () => {
    const nb = parse(
      abstractNum(10, '<w:numStyleLink w:val="SA"/>' + simple(0, 'decimal', '%1.')) +
        abstractNum(11, '<w:numStyleLink w:val="SB"/>' + simple(0, 'decimal', '%1.')) +
        num(20, 10) +
        num(21, 11),
      numberingStyle('SA', '21') + numberingStyle('SB', '20'),
    );
    expect(labels(nb, [['20', 0], ['21', 0]])).toEqual([undefined, undefined]);
  });
});

describe('ListCounters.next', () => {
  test('w:numId 0 is no numbering, even when the part defines a w:num with that id (ECMA-376 §17.9.18)', () => {
    expect(labels(parse(CHINESE + num(0, 0) + num(1, 0)), [['0', 0], ['1', 0], ['0', 0]])).toEqual([undefined, '一、', undefined]);
  });

  test('an empty w:numId is no numbering, even when the part has a w:num without an id', () => {
    const nb = parse(CHINESE + '<w:num><w:abstractNumId w:val="0"/></w:num>' + num(1, 0));
    expect(labels(nb, [['', 0], ['1', 0]])).toEqual([undefined, '一、']);
  });

  test('a w:num whose w:abstractNumId names no list, or is missing: no label, no error', () => {
    const nb = parse(CHINESE + num(1, 0) + num(2, 9) + '<w:num w:numId="3"/>');
    expect(labels(nb, [['2', 0], ['3', 0], ['1', 0]])).toEqual([undefined, undefined, '一、']);
  });

  test("a style without w:ilvl: the level naming the paragraph's own style comes before the one naming the style it is based on", () => {
    // heading 2 is based on heading 1 and takes its numbering from it; each has its level.
    const stylesXml = style('1', 'heading 1', { pPr: '<w:numPr><w:numId w:val="5"/></w:numPr>' }) + style('2', 'heading 2', { basedOn: '1' });
    const numberingXml =
      abstractNum(3, lvl(0, '<w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/><w:lvlText w:val="第%1章"/>') + lvl(1, '<w:numFmt w:val="decimal"/><w:pStyle w:val="2"/><w:lvlText w:val="%1.%2"/>')) +
      num(5, 3);
    const documentXml = ['1', '2', '2', '1', '2'].map((s) => para('标题', `<w:pStyle w:val="${s}"/>`)).join('');
    const r = readDocx(docxFixture({ documentXml, stylesXml, numberingXml }));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.doc.paragraphs.map((p) => p.listLabel)).toEqual(['第一章', '一.1', '一.2', '第二章', '二.1']);
  });

  test('a w:ilvl outside 0..8 numbers at the nearest level (12 → the ninth, -1 → the first)', () => {
    expect(labels(parse(NINE + num(1, 0)), [['1', 12], ['1', -1], ['1', 8]])).toEqual(['i1', 'a1', 'i1']);
  });

  test('%n of a level the list does not define is left out of the label', () => {
    const abs = abstractNum(0, simple(0, 'decimal', '%1.%2'));
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 0]])).toEqual(['1.', '2.']);
    // Only the second level defined: its %1 names a level that is not there.
    const second = abstractNum(0, simple(1, 'decimal', '%1.%2'));
    expect(labels(parse(second + num(1, 0)), [['1', 1], ['1', 1], ['1', 0]])).toEqual(['.1', '.2', undefined]);
  });

  test('a level not yet numbered shows its start value in a deeper label', () => {
    const abs = abstractNum(0, lvl(0, '<w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>') + simple(1, 'decimal', '%1.%2'));
    expect(labels(parse(abs + num(1, 0)), [['1', 1], ['1', 1], ['1', 0], ['1', 1]])).toEqual(['3.1', '3.2', '3.', '3.1']);
  });

  test("labels are cut at 31 characters, Word's limit: a bullet's as well as a number's", () => {
    const long = '一二三四五六七八九十'.repeat(4); // 40 characters
    const abs = abstractNum(0, simple(0, 'bullet', long) + simple(1, 'decimal', long + '%2'));
    const cut = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一'; // the first 31
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 1]])).toEqual([cut, cut]);
  });

  test('a w:lvlRestart naming the level itself or a deeper one is ignored (ECMA-376 §17.9.10: it names an earlier level): the level counts on', () => {
    // "If the specified level is higher than the current level, then this element shall be ignored": the first level has
    // no earlier level to restart after, and the second counts on until a paragraph of the first level comes.
    const abs = abstractNum(
      0,
      lvl(0, '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="1"/><w:lvlText w:val="%1."/>') +
        lvl(1, '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="5"/><w:lvlText w:val="%1.%2"/>'),
    );
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 0], ['1', 1], ['1', 1], ['1', 1], ['1', 0], ['1', 1]])).toEqual([
      '1.', '2.', '2.1', '2.2', '2.3', '3.', '3.1',
    ]);
  });

  test('a bullet level shows its w:lvlText as written: a %1 in it is not replaced by a number', () => {
    // [MS-OI29500] 2.1.286 (on §17.9.17 numFmt): "If the numFmt is bullet, Word will use the literal text in lvlText, ignoring %x syntax".
    const abs = abstractNum(0, simple(0, 'bullet', '%1\u25CF'));
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 0]])).toEqual(['%1\u25CF', '%1\u25CF']);
  });

  test('w:isLgl shows a level of format none as nothing, not as a number', () => {
    const abs = abstractNum(0, simple(0, 'none', '%1') + lvl(1, '<w:numFmt w:val="upperRoman"/><w:isLgl/><w:lvlText w:val="%1.%2"/>'));
    expect(labels(parse(abs + num(1, 0)), [['1', 0], ['1', 1], ['1', 1]])).toEqual([undefined, '.1', '.2']);
  });
});
