/**
 * Build small .docx packages in tests, one XML feature at a time:
 *   docxFixture({ documentXml: '<w:p><w:r><w:t>你好</w:t></w:r></w:p>' })
 * `documentXml`, `stylesXml`, `numberingXml` may be whole parts or just their inner
 * elements (body content, w:style elements, w:abstractNum/w:num elements), which are
 * wrapped with the usual namespace declarations.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** The package's [Content_Types].xml for a document.xml (and .rels, .xml parts). */
export const CONTENT_TYPES_XML =
  DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

/** The package relationships (_rels/.rels): the main part is word/document.xml. */
export const PACKAGE_RELS_XML =
  DECL +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL_BASE}officeDocument" Target="word/document.xml"/>` +
  '</Relationships>';

export interface Rel {
  /** The last segment of the relationship type, e.g. `header`, `footnotes`, `comments`. */
  type: string;
  target: string;
}

export interface DocxFixtureOptions {
  documentXml: string;
  stylesXml?: string;
  numberingXml?: string;
  /** More parts by path (`word/header1.xml`, `docProps/custom.xml`). */
  extraParts?: Record<string, string | Uint8Array>;
  /** More relationships of the main document part (headers, footers, notes, comments). */
  documentRels?: Rel[];
  /** Store without compression (for tests of the zip layer). */
  store?: boolean;
}

function wrap(xml: string, root: string, inner: (s: string) => string = (s) => s): string {
  const t = xml.trimStart();
  if (t.startsWith('<?xml') || t.startsWith('<' + root)) return xml;
  return `${DECL}<${root} ${NS}>${inner(xml)}</${root}>`;
}

export function documentPart(bodyXml: string): string {
  return wrap(bodyXml, 'w:document', (s) => `<w:body>${s}</w:body>`);
}

export function docxFixture(o: DocxFixtureOptions): Uint8Array {
  const rels: Rel[] = [];
  const files: Zippable = {};
  const put = (path: string, content: string | Uint8Array): void => {
    files[path] = typeof content === 'string' ? strToU8(content) : content;
  };
  put('word/document.xml', documentPart(o.documentXml));
  if (o.stylesXml !== undefined) {
    put('word/styles.xml', wrap(o.stylesXml, 'w:styles'));
    rels.push({ type: 'styles', target: 'styles.xml' });
  }
  if (o.numberingXml !== undefined) {
    put('word/numbering.xml', wrap(o.numberingXml, 'w:numbering'));
    rels.push({ type: 'numbering', target: 'numbering.xml' });
  }
  rels.push(...(o.documentRels ?? []));
  for (const [path, content] of Object.entries(o.extraParts ?? {})) put(path, content);
  put(
    'word/_rels/document.xml.rels',
    DECL +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      rels.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${REL_BASE}${r.type}" Target="${r.target}"/>`).join('') +
      '</Relationships>',
  );
  put('_rels/.rels', PACKAGE_RELS_XML);
  put('[Content_Types].xml', CONTENT_TYPES_XML);
  return zipSync(files, { level: o.store ? 0 : 6 });
}

/** A paragraph with one run of text (XML-escaped), optional paragraph and run properties. */
export function para(text: string, pPr = '', rPr = ''): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc}</w:t></w:r></w:p>`;
}

/** A paragraph style with a name, optional basedOn and pPr/rPr. */
export function style(id: string, name: string, o: { basedOn?: string; pPr?: string; rPr?: string; type?: string; isDefault?: boolean } = {}): string {
  return (
    `<w:style w:type="${o.type ?? 'paragraph'}"${o.isDefault ? ' w:default="1"' : ''} w:styleId="${id}"><w:name w:val="${name}"/>` +
    (o.basedOn ? `<w:basedOn w:val="${o.basedOn}"/>` : '') +
    (o.pPr ? `<w:pPr>${o.pPr}</w:pPr>` : '') +
    (o.rPr ? `<w:rPr>${o.rPr}</w:rPr>` : '') +
    '</w:style>'
  );
}
