/**
 * The template as a .docx: a small, valid WordprocessingML package written from the same
 * blocks the Word gateway inserts. Pure (fflate only): runs in the browser page, the task
 * pane and the CLI alike.
 *
 * Typography follows what such notices use: title 黑体 小二 centred; headings 黑体 三号 / 四号;
 * body 仿宋_GB2312 小四, justified, first line indented by 2 characters, 1.5 lines; captions
 * 宋体 五号 centred. Page A4 with Word's default Chinese margins (2.54 cm / 3.17 cm).
 */
import { strToU8, zipSync } from 'fflate';
import type { Profile } from '../core/profile/types';
import { resolveTemplateCategory, templateBlocks } from './blocks';
import type { CoverRowBlock, TemplateAlignment, TemplateBlock } from './types';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Half-points (w:sz) of the Chinese font sizes used. */
const SIZE = { xiaoEr: 36, sanHao: 32, siHao: 28, xiaoSi: 24, wuHao: 21 } as const;
/** Twips. A4 is 210 × 297 mm; Word's default Chinese margins. */
const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1800, right: 1800 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const LABEL_WIDTH = 2400;

// Characters XML 1.0 forbids, which would make Word refuse the file (naming the allowed
// control characters is the point of this pattern).
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const SYMBOLS = /^[\u2190-\u2BFF]+$/;
const SYMBOL_SPLIT = /([\u2190-\u2BFF]+)/;
const SYMBOL_FONT = '<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:hint="eastAsia"/>';

const JC: Record<TemplateAlignment, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

interface ParagraphXmlOptions {
  style: string;
  text: string;
  bold?: boolean;
  align?: TemplateAlignment;
  /** Cancel the Normal style's first-line indent (table cells, picture slot). */
  noIndent?: boolean;
  /** Single line spacing with a little room above and below (table cells). */
  compact?: boolean;
}

function paragraphXml(o: ParagraphXmlOptions): string {
  const pPr =
    `<w:pPr><w:pStyle w:val="${o.style}"/>` +
    (o.compact ? '<w:spacing w:before="60" w:after="60" w:line="240" w:lineRule="auto"/>' : '') +
    (o.noIndent ? '<w:ind w:firstLineChars="0" w:firstLine="0"/>' : '') +
    (o.align ? `<w:jc w:val="${JC[o.align]}"/>` : '') +
    '</w:pPr>';
  const b = o.bold ? '<w:b/><w:bCs/>' : '';
  const run = (text: string, br: boolean) => {
    // Form symbols (□ ☑) are not CJK to Word or LibreOffice: without an explicit font they
    // take the Latin font and come out small and unlike their neighbours.
    const font = SYMBOLS.test(text) ? SYMBOL_FONT : '';
    const rPr = font || b ? `<w:rPr>${font}${b}</w:rPr>` : '';
    return `<w:r>${rPr}${br ? '<w:br/>' : ''}${text === '' ? '' : `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`}</w:r>`;
  };
  // A `\n` in the text is a manual line break (w:br), as the reader reports one.
  const runs = o.text
    .split('\n')
    .map((line, i) => {
      const pieces = line.split(SYMBOL_SPLIT).filter((piece) => piece !== '');
      if (pieces.length === 0) pieces.push('');
      return pieces.map((piece, j) => run(piece, i > 0 && j === 0)).join('');
    })
    .join('');
  return `<w:p>${pPr}${o.text === '' ? '' : runs}</w:p>`;
}

/** Display width in em: CJK characters and full-width punctuation 1, the rest ½. */
function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u201C\u201D\u2018\u2019]/.test(ch) ? 1 : 0.5;
  return w;
}

const HAN = /\p{Script=Han}/u;
const OPENING = '“‘（《〈【「『';
const CLOSING = '”’）》〉】」』';

/**
 * Breaks a title too wide for one line into two balanced lines, as official titles are set
 * (the notice itself breaks its title after 基层党建工作). Only after a Han character or a
 * closing bracket and before a Han character or an opening bracket, never inside quotes or
 * brackets, so `“一融双高”` and `2024` stay whole.
 */
export function balanceTitle(text: string, lineEm: number): string {
  const chars = [...text];
  const total = emWidth(text);
  if (total <= lineEm || text.includes('\n')) return text;
  let best = -1;
  let bestDistance = Infinity;
  let depth = 0;
  let width = 0;
  for (let i = 0; i < chars.length - 1; i++) {
    const ch = chars[i];
    if (OPENING.includes(ch)) depth++;
    if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    width += emWidth(ch);
    const next = chars[i + 1];
    const breakable = (HAN.test(ch) || CLOSING.includes(ch)) && (HAN.test(next) || OPENING.includes(next));
    if (depth === 0 && breakable) {
      const distance = Math.abs(width - total / 2);
      if (distance < bestDistance && width <= lineEm && total - width <= lineEm) {
        best = i + 1;
        bestDistance = distance;
      }
    }
  }
  return best < 0 ? text : `${chars.slice(0, best).join('')}\n${chars.slice(best).join('')}`;
}

/** How many em of the Title style fit on one line of the text block. */
const TITLE_LINE_EM = Math.floor(TEXT_WIDTH / (SIZE.xiaoEr * 10));

function blockParagraph(b: TemplateBlock): string {
  return paragraphXml({
    style: b.style,
    text: b.style === 'Title' ? balanceTitle(b.text, TITLE_LINE_EM) : b.text,
    bold: b.bold,
    align: b.align,
    noIndent: b.kind === 'picture-slot',
  });
}

class ControlIds {
  private next = 1000;
  take(): number {
    return this.next++;
  }
}

/** A block-level rich-text content control (w:sdt) with its tag and title (w:alias). */
function sdtXml(tag: string, title: string | undefined, id: number, content: string): string {
  return (
    '<w:sdt><w:sdtPr>' +
    (title ? `<w:alias w:val="${escapeXml(title)}"/>` : '') +
    `<w:tag w:val="${escapeXml(tag)}"/><w:id w:val="${id}"/>` +
    `</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

const CELL_BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

function coverTableXml(rows: CoverRowBlock[], ids: ControlIds): string {
  const valueWidth = TEXT_WIDTH - LABEL_WIDTH;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} ${CELL_BORDER}/>`).join('');
  const tblPr =
    `<w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>';
  const grid = `<w:tblGrid><w:gridCol w:w="${LABEL_WIDTH}"/><w:gridCol w:w="${valueWidth}"/></w:tblGrid>`;
  const cell = (width: number, content: string) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`;
  const tr = rows
    .map((row) => {
      const label = paragraphXml({ style: 'Normal', text: row.label, bold: true, align: 'center', noIndent: true, compact: true });
      const valueParagraph = paragraphXml({
        style: 'Normal',
        text: row.text,
        bold: row.bold,
        align: row.align ?? 'left',
        noIndent: true,
        compact: true,
      });
      const value = row.tag ? sdtXml(row.tag, row.title, ids.take(), valueParagraph) : valueParagraph;
      return `<w:tr><w:trPr><w:trHeight w:val="567"/></w:trPr>${cell(LABEL_WIDTH, label)}${cell(valueWidth, value)}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${tblPr}${grid}${tr}</w:tbl>`;
}

function documentXml(blocks: TemplateBlock[]): string {
  const ids = new ControlIds();
  const out: string[] = [];
  for (let i = 0; i < blocks.length; ) {
    const b = blocks[i];
    if (b.kind === 'cover-row') {
      const rows: CoverRowBlock[] = [];
      while (i < blocks.length && blocks[i].kind === 'cover-row') rows.push(blocks[i++] as CoverRowBlock);
      out.push(coverTableXml(rows, ids));
      continue;
    }
    if (b.tag) {
      // Consecutive blocks with one tag share one control (see TemplateBlock.tag).
      const group: TemplateBlock[] = [];
      while (i < blocks.length && blocks[i].kind !== 'cover-row' && blocks[i].tag === b.tag) group.push(blocks[i++]);
      out.push(sdtXml(b.tag, b.title, ids.take(), group.map(blockParagraph).join('')));
      continue;
    }
    out.push(blockParagraph(b));
    i++;
  }
  const sectPr =
    `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="851" w:footer="992" w:gutter="0"/>` +
    '<w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>';
  return `${XML_DECL}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${out.join('')}${sectPr}</w:body></w:document>`;
}

function fonts(eastAsia: string, latin = 'Times New Roman'): string {
  return `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${eastAsia}" w:cs="${latin}" w:hint="eastAsia"/>`;
}

function size(halfPoints: number): string {
  return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
}

const NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0"/>';

function stylesXml(): string {
  const paragraphStyle = (id: string, name: string, pPr: string, rPr: string, extra = '') =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>` +
    (id === 'Normal' ? '' : '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>') +
    `${extra}<w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
  const styles = [
    paragraphStyle(
      'Normal',
      'Normal',
      `<w:spacing w:line="360" w:lineRule="auto"/><w:ind w:firstLineChars="200" w:firstLine="${SIZE.xiaoSi * 20}"/><w:jc w:val="both"/>`,
      fonts('仿宋_GB2312') + size(SIZE.xiaoSi),
    ).replace('<w:style w:type="paragraph"', '<w:style w:type="paragraph" w:default="1"'),
    paragraphStyle(
      'Title',
      'Title',
      `<w:spacing w:before="240" w:after="360" w:line="360" w:lineRule="auto"/>${NO_INDENT}<w:jc w:val="center"/>`,
      fonts('黑体') + size(SIZE.xiaoEr),
      '<w:uiPriority w:val="10"/>',
    ),
    paragraphStyle(
      'Heading1',
      'heading 1',
      `<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120" w:line="360" w:lineRule="auto"/>${NO_INDENT}<w:jc w:val="left"/><w:outlineLvl w:val="0"/>`,
      fonts('黑体') + size(SIZE.sanHao),
      '<w:uiPriority w:val="9"/>',
    ),
    paragraphStyle(
      'Heading2',
      'heading 2',
      `<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="60" w:line="360" w:lineRule="auto"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>`,
      fonts('黑体') + size(SIZE.siHao),
      '<w:uiPriority w:val="9"/><w:unhideWhenUsed/>',
    ),
    paragraphStyle(
      'Caption',
      'caption',
      `<w:spacing w:before="60" w:after="120" w:line="240" w:lineRule="auto"/>${NO_INDENT}<w:jc w:val="center"/>`,
      fonts('宋体') + size(SIZE.wuHao),
      '<w:uiPriority w:val="35"/><w:unhideWhenUsed/>',
    ),
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
      '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  ];
  const docDefaults =
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts('宋体')}<w:kern w:val="2"/>${size(SIZE.xiaoSi)}` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>';
  return `${XML_DECL}<w:styles xmlns:w="${W_NS}">${docDefaults}${styles.join('')}</w:styles>`;
}

function settingsXml(): string {
  return (
    `${XML_DECL}<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>` +
    '<w:characterSpacingControl w:val="compressPunctuation"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}

const CONTENT_TYPES =
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
  '</Relationships>';

function coreXml(profile: Profile, categoryLabel: string): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(profile.name)}</dc:title>` +
    `<dc:subject>${escapeXml(`案例模板（${categoryLabel}）`)}</dc:subject>` +
    `<dc:creator>案例助手</dc:creator><cp:category>${escapeXml(categoryLabel)}</cp:category>` +
    `<dc:description>${escapeXml(profile.notice.number)}</dc:description>` +
    '</cp:coreProperties>'
  );
}

function appXml(): string {
  return (
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>案例助手</Application></Properties>'
  );
}

/**
 * Zip entries carry a DOS time in local time; a fixed one keeps the output the same on
 * every run (no clock in a pure builder), and mid-2000 stays in range in every time zone.
 */
const FIXED_MTIME = new Date(Date.UTC(2000, 5, 1, 12, 0, 0));

/** The template for `category` (id, label or alias) as .docx bytes. Throws like templateBlocks for an unknown category. */
export function buildTemplateDocx(profile: Profile, category: string): Uint8Array {
  const blocks = templateBlocks(profile, category);
  const chosen = resolveTemplateCategory(profile, category);
  const files: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'word/document.xml': documentXml(blocks),
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/styles.xml': stylesXml(),
    'word/settings.xml': settingsXml(),
    'docProps/core.xml': coreXml(profile, chosen?.label ?? category),
    'docProps/app.xml': appXml(),
  };
  const zippable: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, xml] of Object.entries(files)) zippable[name] = [strToU8(xml), { mtime: FIXED_MTIME }];
  return zipSync(zippable, { level: 6 });
}
