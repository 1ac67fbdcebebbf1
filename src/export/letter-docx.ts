/**
 * A feedback letter (形式审查反馈单) as a .docx: the paragraphs of letterBlocks
 * (src/core/review/letters.ts) in the typography of the department's own documents — title
 * 黑体 二号 centred, headings 黑体 三号, body 仿宋_GB2312 三号 with a two-character indent,
 * numbered items with a hanging indent, signature and date on the right. A4 with the
 * margins of official documents (公文: 37 mm top, 28 mm left).
 *
 * Pure (fflate only), so the checker page builds letters in the browser and the CLI in
 * Node from the same code; nothing here reads or writes files.
 */
import { strToU8, zipSync } from 'fflate';
import type { Letter, LetterBlock, LetterBlockStyle } from '../core/review';
import { letterBlocks } from '../core/review';
import { escapeXml } from '../template';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MTIME = new Date(Date.UTC(2000, 5, 1, 12, 0, 0));

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
const PT = { erHao: 44, sanHao: 32, siHao: 28, xiaoSi: 24 } as const;

interface StyleDef {
  name: string;
  font: string;
  size: number;
  bold?: boolean;
  align?: 'center' | 'right' | 'both' | 'left';
  /** First-line indent in characters ×100, or a hanging indent for items. */
  indent?: 'first' | 'hanging' | 'none';
  before?: number;
  after?: number;
  keepNext?: boolean;
  outline?: number;
}

const STYLES: Record<LetterBlockStyle, StyleDef> = {
  title: { name: 'Title', font: '黑体', size: PT.erHao, align: 'center', indent: 'none', after: 120 },
  subtitle: { name: 'Subtitle', font: '楷体_GB2312', size: PT.sanHao, align: 'center', indent: 'none', after: 360 },
  salutation: { name: 'Salutation', font: '仿宋_GB2312', size: PT.sanHao, align: 'left', indent: 'none' },
  body: { name: 'Normal', font: '仿宋_GB2312', size: PT.sanHao, align: 'both', indent: 'first' },
  heading: { name: 'heading 1', font: '黑体', size: PT.sanHao, align: 'left', indent: 'first', before: 240, keepNext: true, outline: 0 },
  case: { name: 'heading 2', font: '楷体_GB2312', size: PT.sanHao, bold: true, align: 'left', indent: 'first', before: 180, keepNext: true, outline: 1 },
  meta: { name: 'Case Meta', font: '仿宋_GB2312', size: PT.siHao, align: 'left', indent: 'first', keepNext: true },
  item: { name: 'List Paragraph', font: '仿宋_GB2312', size: PT.sanHao, align: 'both', indent: 'hanging' },
  note: { name: 'Note', font: '仿宋_GB2312', size: PT.siHao, align: 'both', indent: 'first' },
  // The contact line, the sender and the date stay on one page.
  closing: { name: 'Closing', font: '仿宋_GB2312', size: PT.sanHao, align: 'both', indent: 'first', keepNext: true },
  signature: { name: 'Signature', font: '仿宋_GB2312', size: PT.sanHao, align: 'right', indent: 'none', before: 120, keepNext: true },
};

const ID: Record<LetterBlockStyle, string> = {
  title: 'Title',
  subtitle: 'Subtitle',
  salutation: 'Salutation',
  body: 'Normal',
  heading: 'Heading1',
  case: 'Heading2',
  meta: 'CaseMeta',
  item: 'ListParagraph',
  note: 'Note',
  closing: 'Closing',
  signature: 'Signature',
};

function rFonts(font: string): string {
  return `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${font}" w:cs="Times New Roman" w:hint="eastAsia"/>`;
}

function styleXml(style: LetterBlockStyle): string {
  const s = STYLES[style];
  const id = ID[style];
  // A character is the font size; indents in twips (1 pt = 20 twips).
  const ch = (s.size / 2) * 20;
  const ind = s.indent === 'first' ? `<w:ind w:firstLineChars="200" w:firstLine="${ch * 2}"/>` : s.indent === 'hanging' ? `<w:ind w:left="${ch * 2}" w:hanging="${ch}"/>` : '<w:ind w:firstLineChars="0" w:firstLine="0"/>';
  const pPr =
    (s.keepNext ? '<w:keepNext/>' : '') +
    `<w:spacing w:before="${s.before ?? 0}" w:after="${s.after ?? 0}" w:line="560" w:lineRule="exact"/>` +
    ind +
    `<w:jc w:val="${s.align ?? 'both'}"/>` +
    (s.outline !== undefined ? `<w:outlineLvl w:val="${s.outline}"/>` : '');
  const rPr = rFonts(s.font) + (s.bold ? '<w:b/><w:bCs/>' : '') + `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>`;
  const based = id === 'Normal' ? '' : '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>';
  const def = id === 'Normal' ? ' w:default="1"' : '';
  return `<w:style w:type="paragraph"${def} w:styleId="${id}"><w:name w:val="${s.name}"/>${based}<w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
}

function stylesXml(): string {
  const defaults =
    `<w:docDefaults><w:rPrDefault><w:rPr>${rFonts('仿宋_GB2312')}<w:kern w:val="2"/><w:sz w:val="${PT.sanHao}"/><w:szCs w:val="${PT.sanHao}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>';
  const order: LetterBlockStyle[] = ['body', 'title', 'subtitle', 'salutation', 'heading', 'case', 'meta', 'item', 'note', 'closing', 'signature'];
  return `${DECL}<w:styles xmlns:w="${W}">${defaults}${order.map(styleXml).join('')}</w:styles>`;
}

function paragraph(b: LetterBlock): string {
  const run = `<w:r><w:t xml:space="preserve">${escapeXml(b.text)}</w:t></w:r>`;
  return `<w:p><w:pPr><w:pStyle w:val="${ID[b.style]}"/></w:pPr>${run}</w:p>`;
}

function documentXml(blocks: readonly LetterBlock[]): string {
  // A4; 公文 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
  const sect =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>' +
    '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>';
  return `${DECL}<w:document xmlns:w="${W}"><w:body>${blocks.map(paragraph).join('')}${sect}</w:body></w:document>`;
}

const PARTS = {
  contentTypes:
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    ['document.main', 'styles', 'settings']
      .map((p) => `<Override PartName="/word/${p.split('.')[0]}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${p}+xml"/>`)
      .join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
  rels:
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
  documentRels:
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>',
  settings: `${DECL}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
};

function coreXml(l: Letter): string {
  return (
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:title>${escapeXml(`${l.heading}（${l.unit}）`)}</dc:title><dc:creator>${escapeXml(l.sender || '案例助手')}</dc:creator></cp:coreProperties>`
  );
}

/** One letter as .docx bytes. */
export function buildLetterDocx(letter: Letter): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': PARTS.contentTypes,
    '_rels/.rels': PARTS.rels,
    'word/document.xml': documentXml(letterBlocks(letter)),
    'word/_rels/document.xml.rels': PARTS.documentRels,
    'word/styles.xml': stylesXml(),
    'word/settings.xml': PARTS.settings,
    'docProps/core.xml': coreXml(letter),
  };
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, xml] of Object.entries(files)) entries[name] = [strToU8(xml), { mtime: MTIME }];
  return zipSync(entries, { level: 6 });
}

/** Several letters in one .zip (the page's 下载全部反馈单), each under its own file name. */
export function buildLettersZip(letters: readonly Letter[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 }]> = {};
  // The letters are already deflated packages: stored, not compressed twice.
  for (const l of letters) entries[l.fileName] = [buildLetterDocx(l), { mtime: MTIME, level: 0 }];
  return zipSync(entries);
}
