// A guide's blocks (scripts/guides/markdown.js) as a .docx, written the way this project
// writes its template (src/template/docx.ts: WordprocessingML by hand, zipped with fflate,
// XML escaped by the template's own escapeXml), plus what a guide needs and a template does
// not: headings, lists, notes, code, tables, a page-number footer and pictures. A picture in
// a .docx is a media part, a relationship from the document to it, and a w:drawing element
// (wp:inline → a:graphic → pic:pic) that names the relationship and the size in EMU.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { strToU8, zipSync } = require('fflate');

const ROOT = path.resolve(__dirname, '../..');

function templateModule() {
  const file = path.join(ROOT, 'lib', 'template', 'docx.js');
  if (!fs.existsSync(file)) throw new Error('lib/template/docx.js 不存在：请先运行 npm run build:cli（npm run docs 会先运行它）。');
  return require(file);
}
const { escapeXml } = templateModule();

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
};
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Twips. A4 with 2.5 cm margins all round. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** An em of table text (9.5 pt) in twips. */
const TWIPS_PER_EM = 190;
/**
 * English Metric Units: 914400 per inch, 635 per twip. A screenshot's pixel is printed at
 * 144 dpi (6350 EMU), so that the 380-pixel pane is about as wide on paper as on a laptop.
 */
const EMU_PER_TWIP = 635;
const EMU_PER_PX = 6350;
/** A picture is at most the text width and this tall (room for its heading and caption on the page). */
const MAX_PICTURE_HEIGHT = 6480000; // 18 cm
/** Same as the template: zip entries carry a fixed time, so that the same sources give the same bytes. */
const FIXED_MTIME = new Date(Date.UTC(2000, 5, 1, 12, 0, 0));

/** Between a figure's number and its caption, as Chinese typesetting has it (U+3000). */
const IDEOGRAPHIC_SPACE = '\u3000';

const FONT_BODY = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="宋体" w:cs="Calibri" w:hint="eastAsia"/>';
const FONT_HEADING = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="黑体" w:cs="Calibri" w:hint="eastAsia"/>';
const FONT_CODE = '<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:eastAsia="宋体" w:cs="Consolas" w:hint="eastAsia"/>';

/** Width and height in pixels of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('不是 PNG 图片');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The picture's size on the page in EMU: its pixels at 96 dpi, shrunk to fit the text block. */
function pictureExtent({ width, height }) {
  const scale = Math.min(1, (TEXT_WIDTH * EMU_PER_TWIP) / (width * EMU_PER_PX), MAX_PICTURE_HEIGHT / (height * EMU_PER_PX));
  return { cx: Math.round(width * EMU_PER_PX * scale), cy: Math.round(height * EMU_PER_PX * scale) };
}

function run(r) {
  const props = (r.code ? FONT_CODE + '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>' : '') + (r.bold ? '<w:b/><w:bCs/>' : '');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
}

function paragraph(style, runs, pPrExtra = '') {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${pPrExtra}</w:pPr>${runs.map(run).join('')}</w:p>`;
}

/** Display width in em of a table cell's text: CJK 1, the rest ½ (for column widths). */
function emWidth(runs) {
  let w = 0;
  for (const r of runs) for (const ch of r.text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : 0.5;
  return w;
}

function tableXml(block) {
  const rows = [block.header, ...block.rows];
  // Each column as wide as its longest text wants (up to 40 em), never narrower than its longest
  // unbreakable word (a file name, `trust-catalog.reg`), which Word would otherwise split.
  const want = block.header.map((_, c) => Math.max(...rows.map((row) => Math.min(emWidth(row[c] ?? []), 40)), 2));
  const words = (runs) => runs.flatMap((r) => r.text.match(/[\x21-\x7e]+/g) ?? []);
  const longestWord = block.header.map((_, c) => Math.max(0, ...rows.flatMap((row) => words(row[c] ?? []).map((w) => w.length * 0.6))));
  const total = want.reduce((a, b) => a + b, 0);
  const raw = want.map((w, c) => Math.max((TEXT_WIDTH * w) / total, (longestWord[c] + 2) * TWIPS_PER_EM));
  const sum = raw.reduce((a, b) => a + b, 0);
  const widths = raw.map((w) => Math.floor((w * TEXT_WIDTH) / sum));
  const border = 'w:val="single" w:sz="4" w:space="0" w:color="808080"';
  const tblPr =
    `<w:tblPr><w:tblStyle w:val="GuideTable"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} ${border}/>`).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const row = (cells, header) =>
    `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}` +
    widths
      .map((w, c) => {
        const shade = header ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : '';
        const runs = (cells[c] ?? []).map((r) => (header ? { ...r, bold: true } : r));
        return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${shade}</w:tcPr>${paragraph('TableText', runs)}</w:tc>`;
      })
      .join('') +
    '</w:tr>';
  return `<w:tbl>${tblPr}${grid}${row(block.header, true)}${block.rows.map((r) => row(r, false)).join('')}</w:tbl>` +
    // Word needs a paragraph between a table and whatever follows it.
    '<w:p><w:pPr><w:pStyle w:val="Spacer"/></w:pPr></w:p>';
}

function drawingXml({ rId, id, name, descr, cx, cy }) {
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:docPr id="${id}" name="${escapeXml(name)}" descr="${escapeXml(descr)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}"><pic:pic xmlns:pic="${NS.pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="${escapeXml(name)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

function style(type, id, name, { basedOn = 'Normal', pPr = '', rPr = '', extra = '' } = {}) {
  return (
    `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/>` +
    (id === 'Normal' ? '' : `<w:basedOn w:val="${basedOn}"/>`) +
    `${extra}<w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`
  );
}

function stylesXml() {
  const size = (halfPoints) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
  const heading = (level, halfPoints, before) =>
    style('paragraph', `Heading${level}`, `heading ${level}`, {
      pPr: `<w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/>`,
      rPr: FONT_HEADING + size(halfPoints),
      extra: '<w:next w:val="Normal"/><w:uiPriority w:val="9"/>',
    });
  const styles = [
    style('paragraph', 'Normal', 'Normal', { pPr: '<w:spacing w:after="120" w:line="300" w:lineRule="auto"/><w:jc w:val="both"/>', rPr: FONT_BODY + size(21) }).replace(
      '<w:style w:type="paragraph"',
      '<w:style w:type="paragraph" w:default="1"',
    ),
    style('paragraph', 'Title', 'Title', { pPr: '<w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>', rPr: FONT_HEADING + size(36), extra: '<w:next w:val="Normal"/><w:uiPriority w:val="10"/>' }),
    style('paragraph', 'Subtitle', 'Subtitle', { pPr: '<w:spacing w:after="360"/><w:jc w:val="center"/>', rPr: size(20) + '<w:color w:val="595959"/>', extra: '<w:uiPriority w:val="11"/>' }),
    heading(1, 30, 360),
    heading(2, 26, 240),
    heading(3, 22, 200),
    style('paragraph', 'ListParagraph', 'List Paragraph', { pPr: '<w:spacing w:after="60"/>', extra: '<w:uiPriority w:val="34"/>' }),
    style('paragraph', 'Note', 'Note', {
      pPr: '<w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="C9A227"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FBF7EA"/><w:ind w:left="170" w:right="170"/>',
    }),
    style('paragraph', 'Code', 'Code', {
      pPr: '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="170" w:right="170"/><w:jc w:val="left"/>',
      rPr: FONT_CODE + size(17),
    }),
    style('paragraph', 'Figure', 'Figure', { pPr: '<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:jc w:val="center"/>' }),
    style('paragraph', 'Caption', 'caption', { pPr: '<w:spacing w:after="240"/><w:jc w:val="center"/>', rPr: size(18) + '<w:color w:val="404040"/>', extra: '<w:uiPriority w:val="35"/>' }),
    style('paragraph', 'TableText', 'Table Text', { pPr: '<w:spacing w:before="40" w:after="40" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/>', rPr: size(19) }),
    style('paragraph', 'Spacer', 'Spacer', { pPr: '<w:spacing w:after="0" w:line="120" w:lineRule="exact"/>' }),
    style('paragraph', 'Footer', 'footer', { pPr: '<w:jc w:val="center"/>', rPr: size(18) }),
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
      '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '<w:style w:type="table" w:styleId="GuideTable"><w:name w:val="Guide Table"/><w:basedOn w:val="TableNormal"/></w:style>',
  ];
  const defaults =
    `<w:docDefaults><w:rPrDefault><w:rPr>${FONT_BODY}<w:kern w:val="2"/>${size(21)}<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault/></w:docDefaults>';
  return `${XML_DECL}<w:styles xmlns:w="${NS.w}">${defaults}${styles.join('')}</w:styles>`;
}

function footerXml() {
  const field = (instr) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
  return `${XML_DECL}<w:ftr xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>${field('PAGE')}</w:p></w:ftr>`;
}

/**
 * The guide as .docx bytes.
 *   blocks     from parseMarkdown
 *   subtitle   the line under the title (version, profile)
 *   readImage  src → PNG bytes (the figures' files)
 */
function guideDocx({ blocks, subtitle, readImage }) {
  const media = [];
  const body = [];
  let title = '';
  let figureNumber = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        title = block.inlines.map((r) => r.text).join('');
        body.push(paragraph('Title', block.inlines));
        if (subtitle) body.push(paragraph('Subtitle', [{ text: subtitle }]));
        break;
      case 'heading':
        body.push(paragraph(`Heading${block.level}`, block.inlines));
        break;
      case 'para':
        // A long unbreakable word (an address, a path) would spread a justified line apart.
        body.push(paragraph('Normal', block.inlines, block.inlines.some((r) => r.code) ? '<w:jc w:val="left"/>' : ''));
        break;
      case 'note':
        body.push(paragraph('Note', block.inlines));
        break;
      case 'code':
        for (const line of block.lines) body.push(paragraph('Code', [{ text: line }]));
        body.push('<w:p><w:pPr><w:pStyle w:val="Spacer"/></w:pPr></w:p>');
        break;
      case 'list': {
        const counters = [0, 0];
        for (const item of block.items) {
          counters[item.level]++;
          if (item.level === 0) counters[1] = 0;
          const marker = item.ordered ? item.marker : item.level === 0 ? '•' : '◦';
          const left = 420 * (item.level + 1);
          body.push(
            `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:ind w:left="${left}" w:hanging="420"/>` +
              `${item.inlines.some((r) => r.code) ? '<w:jc w:val="left"/>' : ''}</w:pPr>` +
              `${run({ text: marker })}<w:r><w:tab/></w:r>${item.inlines.map(run).join('')}</w:p>`,
          );
        }
        break;
      }
      case 'table':
        body.push(tableXml(block));
        break;
      case 'figure': {
        const bytes = readImage(block.src);
        let size;
        try {
          size = pngSize(bytes);
        } catch (error) {
          throw new Error(`图片 ${block.src}：${error.message}`, { cause: error });
        }
        figureNumber++;
        const index = media.length + 1;
        const rId = `rIdImage${index}`;
        media.push({ name: `media/image${index}.png`, rId, bytes });
        const { cx, cy } = pictureExtent(size);
        body.push(
          `<w:p><w:pPr><w:pStyle w:val="Figure"/></w:pPr>${drawingXml({ rId, id: index, name: path.basename(block.src), descr: block.caption, cx, cy })}</w:p>`,
        );
        body.push(paragraph('Caption', [{ text: `图 ${figureNumber}${IDEOGRAPHIC_SPACE}${block.caption}` }]));
        break;
      }
      default:
        throw new Error(`unknown block ${block.type}`);
    }
  }
  const sectPr =
    `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="709" w:footer="709" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="312"/></w:sectPr>';
  const document =
    `${XML_DECL}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}">` +
    `<w:body>${body.join('')}${sectPr}</w:body></w:document>`;
  const documentRels =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rIdFooter" Type="${REL}/footer" Target="footer1.xml"/>` +
    media.map((m) => `<Relationship Id="${m.rId}" Type="${REL}/image" Target="${m.name}"/>`).join('') +
    '</Relationships>';
  const contentTypes =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="png" ContentType="image/png"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>';
  const packageRels =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>';
  const core =
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:subject>${escapeXml(subtitle ?? '')}</dc:subject><dc:creator>案例助手</dc:creator>` +
    '</cp:coreProperties>';
  const app =
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>案例助手</Application></Properties>';
  const settings =
    `${XML_DECL}<w:settings xmlns:w="${NS.w}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>` +
    '<w:characterSpacingControl w:val="compressPunctuation"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

  const files = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(packageRels),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8(documentRels),
    'word/styles.xml': strToU8(stylesXml()),
    'word/settings.xml': strToU8(settings),
    'word/footer1.xml': strToU8(footerXml()),
    'docProps/core.xml': strToU8(core),
    'docProps/app.xml': strToU8(app),
  };
  const zippable = {};
  for (const [name, bytes] of Object.entries(files)) zippable[name] = [bytes, { mtime: FIXED_MTIME }];
  // PNG is already compressed: stored, not deflated again.
  for (const m of media) zippable[`word/${m.name}`] = [new Uint8Array(m.bytes), { mtime: FIXED_MTIME, level: 0 }];
  return zipSync(zippable, { level: 6 });
}

module.exports = { guideDocx, pngSize, pictureExtent, TEXT_WIDTH, EMU_PER_TWIP, MAX_PICTURE_HEIGHT };
