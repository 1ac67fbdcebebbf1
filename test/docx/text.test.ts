/** Paragraph text as Word shows it: runs, breaks, symbols, revisions, hidden text, fields. */
import { readDocx } from '../../src/docx';
import type { CaseDocument } from '../../src/core/model/types';
import { docxFixture, para, style, type DocxFixtureOptions } from '../helpers/docx-fixture';

function read(o: DocxFixtureOptions | string): CaseDocument {
  const r = readDocx(docxFixture(typeof o === 'string' ? { documentXml: o } : o), { fileName: 't.docx' });
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

function texts(o: DocxFixtureOptions | string): string[] {
  return read(o).paragraphs.map((p) => p.text);
}

const r = (inner: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${inner}</w:r>`;
const t = (s: string): string => `<w:t xml:space="preserve">${s}</w:t>`;
const p = (...inner: string[]): string => `<w:p>${inner.join('')}</w:p>`;

describe('runs and special characters', () => {
  test('paragraphs in order, runs concatenated, entities decoded', () => {
    expect(texts(p(r(t('你好')), r(t('，世界&amp;&lt;&#x4E00;&#20108;'))) + p() + p(r(t('第三'))))).toEqual(['你好，世界&<一二', '', '第三']);
  });
  test('tab, ptab, br, cr, noBreakHyphen, softHyphen, sym', () => {
    const xml = p(
      r(t('a') + '<w:tab/>' + t('b') + '<w:br/>' + t('c') + '<w:br w:type="page"/>' + t('d') + '<w:cr/>' + t('e')),
      r('<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>' + t('f') + '<w:noBreakHyphen/>' + t('g') + '<w:softHyphen/>' + t('h')),
      r('<w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Wingdings" w:char="F0D8"/>'),
    );
    expect(texts(xml)).toEqual(['a\tb\nc\nd\ne\tf\u2011gh\uf0b7\uf0d8']);
  });
  test('CDATA and comments', () => {
    expect(texts(p(r('<w:t><![CDATA[<x>]]></w:t><!-- no -->' + t('y'))))).toEqual(['<x>y']);
  });
  test('runs inside hyperlink, smartTag, customXml, dir, bdo and run-level sdt', () => {
    const xml = p(
      '<w:hyperlink r:id="rId9">' + r(t('链接')) + '</w:hyperlink>',
      '<w:smartTag w:uri="x" w:element="date"><w:smartTagPr><w:attr w:name="Year" w:val="2024"/></w:smartTagPr>' + r(t('2024年')) + '</w:smartTag>',
      '<w:customXml w:element="x"><w:customXmlPr/>' + r(t('自定义')) + '</w:customXml>',
      '<w:dir w:val="ltr">' + r(t('D')) + '</w:dir><w:bdo w:val="ltr">' + r(t('B')) + '</w:bdo>',
      '<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>' + r(t('控件')) + '</w:sdtContent></w:sdt>',
    );
    expect(texts(xml)).toEqual(['链接2024年自定义DB控件']);
  });
});

describe('equations', () => {
  // en-report's SNR formula is counted this way in Word's own figures (reference-counts test).
  test('OMML text (m:t) is kept, concatenated in reading order', () => {
    const math =
      '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>10</m:t></m:r><m:func><m:fName><m:r><m:t>log</m:t></m:r></m:fName>' +
      '<m:e><m:f><m:num><m:r><w:rPr><w:rFonts w:ascii="Cambria Math"/></w:rPr><m:t>a</m:t></m:r></m:num><m:den><m:r><m:t>b</m:t></m:r></m:den></m:f></m:e></m:func></m:oMath>';
    expect(texts(p(r(t('SNR=')), math))).toEqual(['SNR=10logab']);
  });
});

describe('revisions', () => {
  test('insertions and moves to are kept; deletions and moves from are dropped', () => {
    const xml = p(
      r(t('保留')),
      '<w:ins w:id="1" w:author="a">' + r(t('插入')) + '</w:ins>',
      '<w:del w:id="2" w:author="a">' + r('<w:delText>删除</w:delText>') + '</w:del>',
      '<w:moveFrom w:id="3" w:author="a">' + r(t('移走')) + '</w:moveFrom>',
      '<w:moveTo w:id="4" w:author="a">' + r(t('移来')) + '</w:moveTo>',
      r('<w:delText>残留</w:delText>'),
    );
    expect(texts(xml)).toEqual(['保留插入移来']);
  });
  test('properties before a tracked change are not in force', () => {
    const styles = style('H', 'heading 1') + style('N', 'Normal', { isDefault: true });
    const doc = read({ documentXml: p('<w:pPr><w:pStyle w:val="N"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="H"/></w:pPr></w:pPrChange></w:pPr>', r(t('x'))), stylesXml: styles });
    expect(doc.paragraphs[0].builtinStyle).toBe('Normal');
  });
});

describe('hidden text', () => {
  const styles =
    style('N', 'Normal', { isDefault: true }) +
    style('HiddenChar', 'Secret', { type: 'character', rPr: '<w:vanish/>' }) +
    style('HiddenPara', 'Hidden para', { basedOn: 'N', rPr: '<w:vanish/>' });
  test('direct w:vanish, w:vanish w:val="0", character style and paragraph style', () => {
    const doc = read({
      stylesXml: styles,
      documentXml:
        p(r(t('看得见')), r(t('看不见'), '<w:vanish/>'), r(t('又见'), '<w:vanish w:val="0"/>')) +
        p(r(t('A')), r(t('B'), '<w:rStyle w:val="HiddenChar"/>')) +
        p('<w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr>', r(t('藏')), r(t('露'), '<w:vanish w:val="false"/>')),
    });
    expect(doc.paragraphs.map((x) => x.text)).toEqual(['看得见又见', 'A', '露']);
  });
  test('hidden pictures are not pictures', () => {
    const drawing = '<w:drawing><wp:inline><wp:docPr id="1" name="p"/><a:graphic><a:graphicData><pic:pic/></a:graphicData></a:graphic></wp:inline></w:drawing>';
    const doc = read(p(r(drawing, '<w:vanish/>')) + p(r(drawing)));
    expect(doc.paragraphs.map((x) => x.pictures.length)).toEqual([0, 1]);
  });
});

describe('fields', () => {
  const begin = r('<w:fldChar w:fldCharType="begin"/>');
  const sep = r('<w:fldChar w:fldCharType="separate"/>');
  const end = r('<w:fldChar w:fldCharType="end"/>');
  test('complex field: code dropped, result kept', () => {
    expect(texts(p(r(t('第')), begin, r('<w:instrText xml:space="preserve"> PAGE </w:instrText>'), sep, r(t('3')), end, r(t('页'))))).toEqual(['第3页']);
  });
  test('code written as w:t between begin and separate is dropped too', () => {
    expect(texts(p(begin, r(t('HYPERLINK "x"')), sep, r(t('结果')), end))).toEqual(['结果']);
  });
  test('a field without a result shows nothing', () => {
    expect(texts(p(r(t('a')), begin, r('<w:instrText>XE "b"</w:instrText>'), end, r(t('c'))))).toEqual(['ac']);
  });
  test('nested fields: inner field in the outer code is dropped; in the result it shows its result', () => {
    const inner = begin + r('<w:instrText>DATE</w:instrText>') + sep + r(t('今天')) + end;
    expect(texts(p(begin, r('<w:instrText>IF </w:instrText>'), inner, r('<w:instrText> = 1</w:instrText>'), sep, r(t('是')), inner, end))).toEqual(['是今天']);
  });
  test('a field spanning paragraphs (a TOC) keeps its result paragraphs', () => {
    expect(texts(p(begin, r('<w:instrText>TOC \\o "1-3"</w:instrText>'), sep, r(t('目录一'))) + p(r(t('目录二')), end) + p(r(t('正文'))))).toEqual(['目录一', '目录二', '正文']);
  });
  test('w:fldSimple shows its result', () => {
    expect(texts(p(r(t('共')), '<w:fldSimple w:instr=" NUMPAGES ">' + r(t('5')) + '</w:fldSimple>', r(t('页'))))).toEqual(['共5页']);
  });
});

describe('robustness', () => {
  test('XML whose markup does not balance (a paragraph never closed) is refused, never half-counted, and never hangs', () => {
    const r = readDocx(docxFixture({ documentXml: '<w:p><w:r><w:t>好</w:t></w:r></w:p><w:p><w:r><w:t>坏<</w:t></w:r>' }));
    expect(!r.ok && r.error.code).toBe('xml-malformed');
  });
  test('an unclosed quote spoils one tag, not the rest of the document', () => {
    expect(texts('<w:p><w:pPr><w:jc w:val="center/></w:pPr><w:r><w:t>一</w:t></w:r></w:p><w:p><w:r><w:t>二</w:t></w:r></w:p>')).toEqual(['一', '二']);
  });
  test('non-conventional namespace prefixes are understood', () => {
    const xml =
      '<?xml version="1.0"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<ns0:body><ns0:p><ns0:r><ns0:t>前缀</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>';
    expect(texts(xml)).toEqual(['前缀']);
  });
  test('the default namespace form is understood', () => {
    const xml =
      '<?xml version="1.0"?><document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<body><p><pPr><jc val="center"/></pPr><r><t>默认</t></r></p></body></document>';
    const doc = read(xml);
    expect(doc.paragraphs[0].text).toBe('默认');
  });
  test('para() helper escapes text', () => {
    expect(texts(para('a<b&c'))).toEqual(['a<b&c']);
  });
});
