/** Tables, content controls, pictures, text boxes, AlternateContent, other stories, settings. */
import { readDocx } from '../../src/docx';
import type { CaseDocument } from '../../src/core/model/types';
import { docxFixture, para, type DocxFixtureOptions } from '../helpers/docx-fixture';

function read(o: DocxFixtureOptions | string): CaseDocument {
  const r = readDocx(docxFixture(typeof o === 'string' ? { documentXml: o } : o));
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

const cell = (inner: string): string => `<w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const row = (...cells: string[]): string => `<w:tr><w:trPr/>${cells.join('')}</w:tr>`;
const table = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>${rows.join('')}</w:tbl>`;

describe('tables', () => {
  test('cells in reading order with their position; nested tables; second table', () => {
    const inner = table(row(cell(para('内1')), cell(para('内2'))));
    const doc = read(
      para('前') +
        table(row(cell(para('A1')), cell(para('B1') + para('B1b'))), row(cell(para('A2') + inner + para('A2后')), cell(para('B2')))) +
        para('中') +
        table(row(cell(para('X')))),
    );
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['前', 'A1', 'B1', 'B1b', 'A2', '内1', '内2', 'A2后', 'B2', '中', 'X']);
    const refs = Object.fromEntries(doc.paragraphs.map((p) => [p.text, p.table]));
    expect(refs['前']).toBeUndefined();
    expect(refs['B1b']).toEqual({ depth: 1, table: 0, row: 0, cell: 1 });
    expect(refs['内2']).toEqual({ depth: 2, table: 0, row: 0, cell: 1 });
    expect(refs['A2后']).toEqual({ depth: 1, table: 0, row: 1, cell: 0 });
    expect(refs['X']).toEqual({ depth: 1, table: 1, row: 0, cell: 0 });
    expect(doc.paragraphs.map((p) => p.index)).toEqual(doc.paragraphs.map((_, i) => i));
  });
});

const sdt = (tag: string, title: string, id: string, content: string): string =>
  `<w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:tag w:val="${tag}"/><w:id w:val="${id}"/></w:sdtPr><w:sdtEndPr/><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

describe('content controls', () => {
  test('block, nested, cell-level and run-level controls, outermost first', () => {
    const runSdt = sdt('case.title', '案例名称', '30', '<w:r><w:t>标题</w:t></w:r>');
    const doc = read(
      sdt('case.summary', '案例简介', '10', para('简介一') + sdt('inner', '内层', '11', para('简介二'))) +
        `<w:p><w:r><w:t>名称：</w:t></w:r>${runSdt}</w:p>` +
        table(row(sdt('cellTag', '单元格', '20', cell(para('格'))))) +
        para('无'),
    );
    const byText = Object.fromEntries(doc.paragraphs.map((p) => [p.text, p.controls]));
    expect(byText['简介一']).toEqual([{ tag: 'case.summary', title: '案例简介', id: '10' }]);
    expect(byText['简介二']).toEqual([
      { tag: 'case.summary', title: '案例简介', id: '10' },
      { tag: 'inner', title: '内层', id: '11' },
    ]);
    expect(byText['名称：标题']).toEqual([{ tag: 'case.title', title: '案例名称', id: '30' }]);
    expect(byText['格']).toEqual([{ tag: 'cellTag', title: '单元格', id: '20' }]);
    expect(byText['无']).toEqual([]);
  });
});

const inlinePic = (descr = '', title = ''): string =>
  `<w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="图片 1"${descr ? ` descr="${descr}"` : ''}${title ? ` title="${title}"` : ''}/>` +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rId5"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
const anchorPic =
  '<w:r><w:drawing><wp:anchor behindDoc="0"><wp:docPr id="2" name="p2" descr="浮动"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rId6"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>';
const vmlPic = (style: string): string =>
  `<w:r><w:pict><v:shape id="s1" style="${style}" alt="旧图"><v:imagedata r:id="rId7" o:title="标题"/></v:shape></w:pict></w:r>`;
const textbox = (inner: string): string =>
  '<w:r><w:drawing><wp:anchor><wp:docPr id="3" name="文本框 3"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
  `<wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;

describe('pictures', () => {
  test('inline, floating, VML inline and positioned, w:object; alt text from descr or title', () => {
    const doc = read(
      `<w:p>${inlinePic('党员志愿服务')}${inlinePic('', '题')}${inlinePic()}</w:p>` +
        `<w:p>${anchorPic}</w:p>` +
        `<w:p>${vmlPic('width:100pt;height:50pt')}${vmlPic('position:absolute;margin-left:0')}</w:p>` +
        '<w:p><w:r><w:object><v:shape id="o1" style="width:10pt"><v:imagedata r:id="rId8"/></v:shape><o:OLEObject Type="Embed"/></w:object></w:r></w:p>',
    );
    expect(doc.paragraphs.map((p) => p.pictures)).toEqual([
      [{ kind: 'inline', description: '党员志愿服务' }, { kind: 'inline', description: '题' }, { kind: 'inline' }],
      [{ kind: 'floating', description: '浮动' }],
      [
        { kind: 'inline', description: '旧图' },
        { kind: 'floating', description: '旧图' },
      ],
      [{ kind: 'inline' }],
    ]);
  });
  test('a text box shape is not a picture, and its text is not in the paragraph', () => {
    const doc = read(`<w:p><w:r><w:t>正文</w:t></w:r>${textbox(para('框内一') + para('框内二'))}</w:p>` + para('后'));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['正文', '后']);
    expect(doc.paragraphs[0].pictures).toEqual([]);
    expect(doc.stories).toEqual([{ kind: 'textbox', paragraphs: expect.any(Array), anchor: 0 }]);
    expect(doc.stories[0].paragraphs.map((p) => p.text)).toEqual(['框内一', '框内二']);
  });
  test('VML text boxes are text box stories too', () => {
    const doc = read(`<w:p><w:r><w:pict><v:shape style="position:absolute"><v:textbox><w:txbxContent>${para('旧框')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`);
    expect(doc.paragraphs.map((p) => [p.text, p.pictures.length])).toEqual([['', 0]]);
    expect(doc.stories.map((s) => [s.kind, s.paragraphs.map((p) => p.text)])).toEqual([['textbox', ['旧框']]]);
  });
  test('a text box records the main-story paragraph it is anchored in (a caption typed in a text box)', () => {
    const doc = read(para('一') + table(row(cell(para('格')))) + `<w:p><w:r><w:t>图在此</w:t></w:r>${textbox(para('图1 党员志愿服务'))}</w:p>`);
    expect(doc.stories.map((s) => [s.anchor, doc.paragraphs[s.anchor ?? -1]?.text])).toEqual([[2, '图在此']]);
  });
});

describe('mc:AlternateContent', () => {
  test('the understood mc:Choice is taken, never the mc:Fallback as well', () => {
    const alt =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps">' +
      textbox(para('一次')).replace(/^<w:r>|<\/w:r>$/g, '') +
      `</mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>${para('一次')}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const doc = read(`<w:p>${alt}</w:p>`);
    expect(doc.stories.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(['一次']);
  });
  test('a Choice that requires something unknown gives way to the Fallback', () => {
    const alt = '<mc:AlternateContent><mc:Choice Requires="x99"><w:r><w:t>新</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>旧</w:t></w:r></mc:Fallback></mc:AlternateContent>';
    expect(read(`<w:p>${alt}</w:p>`).paragraphs[0].text).toBe('旧');
  });
  test('at block level too, and with pictures counted once', () => {
    const alt = `<mc:AlternateContent><mc:Choice Requires="w14"><w:p>${inlinePic('a')}</w:p></mc:Choice><mc:Fallback><w:p>${vmlPic('')}</w:p></mc:Fallback></mc:AlternateContent>`;
    const doc = read(alt);
    expect(doc.paragraphs.map((p) => p.pictures.length)).toEqual([1]);
  });
});

const NOTE_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('other stories', () => {
  test('headers, footers, footnotes, endnotes and comments are kept apart', () => {
    const doc = read({
      documentXml: `<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
      documentRels: [
        { type: 'header', target: 'header1.xml' },
        { type: 'footer', target: 'footer1.xml' },
        { type: 'footnotes', target: 'footnotes.xml' },
        { type: 'endnotes', target: 'endnotes.xml' },
        { type: 'comments', target: 'comments.xml' },
      ],
      extraParts: {
        'word/header1.xml': `<w:hdr ${NOTE_NS}>${para('页眉')}</w:hdr>`,
        'word/footer1.xml': `<w:ftr ${NOTE_NS}><w:p><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`,
        'word/footnotes.xml':
          `<w:footnotes ${NOTE_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
          `<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
          `<w:footnote w:id="1">${para('脚注一')}</w:footnote><w:footnote w:id="2">${para('脚注二')}</w:footnote></w:footnotes>`,
        'word/endnotes.xml': `<w:endnotes ${NOTE_NS}><w:endnote w:id="1">${para('尾注')}</w:endnote></w:endnotes>`,
        'word/comments.xml': `<w:comments ${NOTE_NS}><w:comment w:id="0" w:author="审">${para('批注')}</w:comment></w:comments>`,
      },
    });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['正文']);
    expect(doc.stories.map((s) => [s.kind, s.paragraphs.map((p) => p.text).join('|')])).toEqual([
      ['header', '页眉'],
      ['footer', '第1'],
      ['footnote', '脚注一'],
      ['footnote', '脚注二'],
      ['endnote', '尾注'],
      ['comment', '批注'],
    ]);
  });
  test('embedded outside content (w:altChunk) is reported as a warning', () => {
    const r = readDocx(docxFixture({ documentXml: para('前') + '<w:altChunk r:id="rId9"/>' + para('后') }));
    expect(r.ok && r.doc.paragraphs.map((p) => p.text)).toEqual(['前', '后']);
    expect(r.ok && r.warnings).toEqual([expect.stringContaining('未被读取')]);
  });
  test('a related part that is missing is skipped', () => {
    const r = readDocx(docxFixture({ documentXml: para('正文'), documentRels: [{ type: 'header', target: 'header9.xml' }] }));
    expect(r.ok && r.doc.stories).toEqual([]);
  });
});

const customProps = (value: string): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Other"><vt:lpwstr>x</vt:lpwstr></property>' +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="CaseAssistant.settings"><vt:lpwstr>${value}</vt:lpwstr></property></Properties>`;

describe('case settings (docProps/custom.xml, property CaseAssistant.settings)', () => {
  test('category and self-check are read', () => {
    const json = JSON.stringify({ category: 'branch.student', selfCheck: { authenticity: true, innovation: false, bad: 'x' } }).replace(/"/g, '&quot;');
    const doc = read({ documentXml: para('x'), extraParts: { 'docProps/custom.xml': customProps(json) } });
    expect(doc.settings).toEqual({ category: 'branch.student', selfCheck: { authenticity: true, innovation: false } });
  });
  test('invalid JSON is a warning', () => {
    const r = readDocx(docxFixture({ documentXml: para('x'), extraParts: { 'docProps/custom.xml': customProps('{oops') } }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.doc.settings).toBeUndefined();
      expect(r.warnings.join()).toContain('CaseAssistant.settings');
    }
  });
  test('no property, no settings', () => {
    expect(read(para('x')).settings).toBeUndefined();
  });
});
