/**
 * The .docx reader: bytes in, CaseDocument out. Pure: no file system, no DOM, no Node
 * modules, so the CLI, the browser checker page and tests all use it as is. Never throws:
 * every input, however broken or hostile, gives `{ ok: true, doc }` or `{ ok: false, error }`.
 *
 * Only the XML parts needed are inflated (never the media), each under a byte cap enforced
 * while inflating, and the total too. The counts Word stores in docProps/app.xml are never
 * read: they are usually estimates (see shared/wordcount/README.md).
 *
 * Case settings: the add-in saves them as the custom document property
 * `CaseAssistant.settings` (Office.js `context.document.properties.customProperties
 * .add('CaseAssistant.settings', json)`), which Word stores in docProps/custom.xml as
 * `<property name="CaseAssistant.settings"><vt:lpwstr>{"category":…,"selfCheck":{…}}</vt:lpwstr></property>`,
 * and the author's dismissals as `CaseAssistant.dismissed.1` … (src/core/settings.ts).
 * This reader reads those properties; an invalid value is a warning, never an error.
 */
import type { CaseDocument, CaseSettings, Story, StoryKind } from '../core/model/types';
import { dismissedPropertyNames, hasSettings, settingsFromProperties, SETTINGS_PROPERTY } from '../core/settings';
import { readError, type ReadError, type ReadErrorCode } from './errors';
import { Numbering } from './numbering';
import { sniffFormat, type SniffedFormat } from './sniff';
import { StoryReader, type StorySink } from './story';
import { Styles } from './styles';
import { Tok, XmlEntitiesError, XmlScanner } from './xml';
import { isZip, ZipArchive, ZipError, type ZipEntry } from './zip';

export type { ReadError, ReadErrorCode } from './errors';
export { sniffFormat, type SniffedFormat } from './sniff';

export type DocxResult = { ok: true; doc: CaseDocument; warnings: string[] } | { ok: false; error: ReadError };

export interface ReadDocxOptions {
  /** Used in messages only. */
  fileName?: string;
}

/** Name of the custom document property holding the case settings (JSON). */
export { SETTINGS_PROPERTY };
/** The custom properties the add-in writes: the settings and the dismissals (src/core/settings.ts). */
const CASE_PROPERTIES: ReadonlySet<string> = new Set([SETTINGS_PROPERTY, ...dismissedPropertyNames()]);

const MIB = 1024 * 1024;
/** Cap on the main document part, decompressed. */
export const MAIN_PART_CAP = 64 * MIB;
/** Cap on every other part read (styles, numbering, headers, notes, ...). */
export const OTHER_PART_CAP = 16 * MIB;
/** Cap on all parts read together. */
export const TOTAL_CAP = 128 * MIB;

const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_BASE_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** True for a file name a Word document would have (`.docx`), not Word's `~$` lock files. */
export function isDocxFileName(name: string): boolean {
  const base = name.trim().replace(/^.*[\\/]/, '');
  return /\.docx$/i.test(base) && !base.startsWith('~$') && base.length > 5;
}

class ReadFailure extends Error {
  constructor(readonly error: ReadError) {
    super(error.message);
  }
}

interface Rel {
  type: string;
  target: string;
}

/** Resolve a relationship target against the folder of its source part. */
function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.replace(/^\/+/, '');
  const slash = sourcePart.lastIndexOf('/');
  const parts = (slash >= 0 ? sourcePart.slice(0, slash + 1) + target : target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash >= 0 ? `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels` : `_rels/${part}.rels`;
}

function relType(type: string): string {
  if (type.startsWith(REL_BASE)) return type.slice(REL_BASE.length);
  if (type.startsWith(REL_BASE_STRICT)) return type.slice(REL_BASE_STRICT.length);
  return type.replace(/^.*\//, '');
}

let utf8: TextDecoder | undefined;

function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return (utf8 ??= new TextDecoder('utf-8')).decode(bytes);
}

const NOT_DOCX_KIND: Partial<Record<SniffedFormat, string>> = {
  xlsx: '这是 Excel 工作簿（.xlsx）',
  pptx: '这是 PowerPoint 演示文稿（.pptx）',
  odf: '这是 OpenDocument 文档（如 .odt）',
  zip: '这是一个压缩包，不是 Word 文档',
  ole: '这是旧版 Office 文件，但不是 Word 文档',
  xml: '这是 XML 文件（可能是 Word 2003 XML 文档）',
  binary: '无法识别的文件格式',
};

/** Map a non-zip (or non-Word zip) format to an error. */
function formatError(format: SniffedFormat, fileName: string | undefined): ReadError {
  const isWpsName = !!fileName && /\.wps$/i.test(fileName.trim());
  switch (format) {
    case 'empty':
      return readError('empty', fileName);
    case 'zip-truncated':
      return readError('truncated', fileName);
    case 'encrypted':
      return readError('encrypted', fileName);
    case 'doc':
      return readError(isWpsName ? 'wps' : 'legacy-doc', fileName);
    case 'ole':
      return isWpsName ? readError('wps', fileName) : readError('not-docx', fileName, { kind: NOT_DOCX_KIND.ole });
    case 'pdf':
      return readError('pdf', fileName);
    case 'rtf':
      return readError('rtf', fileName);
    case 'html':
      return readError('html', fileName);
    case 'text':
      return readError('text', fileName);
    case 'binary':
      return readError('not-zip', fileName);
    default:
      return readError('not-docx', fileName, { kind: NOT_DOCX_KIND[format] });
  }
}

class PackageReader {
  private total = 0;
  readonly warnings: string[] = [];

  constructor(
    private readonly zip: ZipArchive,
    private readonly fileName: string | undefined,
  ) {}

  fail(code: ReadErrorCode, data: { part?: string; mb?: number; detail?: string } = {}): never {
    throw new ReadFailure(readError(code, this.fileName, data));
  }

  entry(part: string): ZipEntry | undefined {
    return this.zip.get(part);
  }

  /** Inflate and decode one part under the caps. */
  text(part: string, cap: number): string | undefined {
    const e = this.zip.get(part);
    if (!e) return undefined;
    const budget = Math.min(cap, TOTAL_CAP - this.total);
    let bytes: Uint8Array;
    try {
      bytes = this.zip.read(e, budget);
    } catch (err) {
      if (err instanceof ZipError && err.code === 'too-large') this.fail('too-large', { part, mb: Math.round(budget / MIB) });
      throw err;
    }
    this.total += bytes.length;
    return decodeXml(bytes);
  }

  rels(part: string): Rel[] {
    const xml = this.text(relsPathOf(part), OTHER_PART_CAP);
    if (xml === undefined) return [];
    const out: Rel[] = [];
    const x = new XmlScanner(xml);
    for (;;) {
      const t = x.next();
      if (t === Tok.End) break;
      if (t !== Tok.Open || !(x.tag() === 'Relationship' || x.tag().endsWith(':Relationship'))) continue;
      if ((x.attr('TargetMode') ?? '').toLowerCase() === 'external') continue;
      const type = x.attr('Type');
      const target = x.attr('Target');
      if (type && target) out.push({ type: relType(type), target: resolveTarget(part, target) });
    }
    return out;
  }

  /** Read an optional part; its damage is a warning, unless it is a hostile one. */
  optional<T>(part: string, label: string, read: (xml: string) => T): T | undefined {
    try {
      const xml = this.text(part, OTHER_PART_CAP);
      return xml === undefined ? undefined : read(xml);
    } catch (err) {
      if (err instanceof ReadFailure) throw err;
      if (err instanceof XmlEntitiesError) this.fail('xml-entities', { part });
      if (err instanceof ZipError && err.code === 'too-large') this.fail('too-large', { part });
      this.warnings.push(`${label}（${part}）无法读取，已跳过。`);
      return undefined;
    }
  }
}

function readSettings(xml: string, warnings: string[]): CaseSettings | undefined {
  // The add-in's properties (settings JSON, dismissals): names and text values only.
  const values = new Map<string, string>();
  const x = new XmlScanner(xml);
  for (;;) {
    const t = x.next();
    if (t === Tok.End) break;
    if (t !== Tok.Open || !(x.tag() === 'property' || x.tag().endsWith(':property'))) continue;
    const name = x.attr('name');
    if (name === undefined || !CASE_PROPERTIES.has(name) || values.has(name)) {
      x.skip();
      continue;
    }
    values.set(name, x.readText().trim());
  }
  if (values.size === 0) return undefined;
  const { settings, problem } = settingsFromProperties((name) => values.get(name));
  if (problem === 'json') warnings.push(`文档属性 ${SETTINGS_PROPERTY} 不是有效的 JSON，已忽略。`);
  if (problem === 'shape') warnings.push(`文档属性 ${SETTINGS_PROPERTY} 的格式不对，已忽略。`);
  return hasSettings(settings) || (values.has(SETTINGS_PROPERTY) && !problem) ? settings : undefined;
}

const STORY_LABEL: Record<string, string> = {
  header: '页眉',
  footer: '页脚',
  footnote: '脚注',
  endnote: '尾注',
  comment: '批注',
};

function readPackage(bytes: Uint8Array, fileName: string | undefined): DocxResult {
  if (bytes.length === 0) return { ok: false, error: readError('empty', fileName) };
  if (!isZip(bytes)) return { ok: false, error: formatError(sniffFormat(bytes), fileName) };
  const zip = new ZipArchive(bytes);
  const pkg = new PackageReader(zip, fileName);

  let mainPart = pkg.rels('').find((r) => r.type === 'officeDocument')?.target;
  if (mainPart === undefined || !zip.has(mainPart)) mainPart = 'word/document.xml';
  if (!zip.has(mainPart)) {
    const format = sniffFormat(bytes);
    return { ok: false, error: format === 'docx' || format === 'zip' ? readError('not-docx', fileName, { kind: '压缩包中没有 Word 正文（word/document.xml）' }) : formatError(format, fileName) };
  }

  const docRels = pkg.rels(mainPart);
  const relTarget = (type: string, fallback: string): string => docRels.find((r) => r.type === type)?.target ?? fallback;

  const styles = pkg.optional(relTarget('styles', 'word/styles.xml'), '样式', (xml) => Styles.parse(xml)) ?? Styles.empty();
  const numbering = pkg.optional(relTarget('numbering', 'word/numbering.xml'), '编号', (xml) => Numbering.parse(xml, styles));

  const stories: Story[] = [];
  const sink: StorySink = { stories, textboxCounters: numbering?.counters(), warnings: pkg.warnings };

  // The main story.
  const mainXml = pkg.text(mainPart, MAIN_PART_CAP) ?? '';
  let x: XmlScanner;
  let paragraphs;
  try {
    x = new XmlScanner(mainXml);
    let root: Tok;
    do root = x.next();
    while (root === Tok.Text);
    if (root !== Tok.Open || !/(^|:)document$/.test(x.tag()) || !mainXml.includes('body')) pkg.fail('xml-malformed', { part: mainPart });
    const reader = new StoryReader(x, styles, sink);
    const ctx = reader.newCtx(numbering?.counters(), true);
    reader.readBlocks(ctx);
    paragraphs = ctx.paragraphs;
  } catch (err) {
    if (err instanceof XmlEntitiesError) pkg.fail('xml-entities', { part: mainPart });
    throw err;
  }

  // Headers and footers (one story per part), notes and comments (one story per note).
  for (const rel of docRels) {
    const kind = rel.type;
    if (kind === 'header' || kind === 'footer') {
      pkg.optional(rel.target, STORY_LABEL[kind], (xml) => {
        const r = new StoryReader(new XmlScanner(xml), styles, sink);
        const ctx = r.newCtx(numbering?.counters());
        r.readBlocks(ctx);
        stories.push({ kind, paragraphs: ctx.paragraphs });
      });
    }
  }
  const notes: [string, StoryKind, string][] = [
    ['footnotes', 'footnote', 'footnote'],
    ['endnotes', 'endnote', 'endnote'],
    ['comments', 'comment', 'comment'],
  ];
  for (const [relName, kind, element] of notes) {
    const rel = docRels.find((r) => r.type === relName);
    if (!rel) continue;
    pkg.optional(rel.target, STORY_LABEL[kind], (xml) => {
      const sx = new XmlScanner(xml);
      const r = new StoryReader(sx, styles, sink);
      const counters = numbering?.counters();
      for (;;) {
        const t = sx.next();
        if (t === Tok.End) break;
        if (t !== Tok.Open || sx.tag() !== 'w:' + element) continue;
        const type = sx.attr('w:type');
        if ((type && type !== 'normal') || sx.selfClosing) {
          sx.skip(); // separators and continuation notices
          continue;
        }
        const ctx = r.newCtx(counters);
        r.readBlocks(ctx);
        stories.push({ kind, paragraphs: ctx.paragraphs });
      }
    });
  }

  const doc: CaseDocument = { paragraphs, stories, source: 'docx' };
  const customPart = pkg.rels('').find((r) => r.type === 'custom-properties')?.target ?? 'docProps/custom.xml';
  const settings = pkg.optional(customPart, '自定义文档属性', (xml) => readSettings(xml, pkg.warnings));
  if (settings) doc.settings = settings;
  return { ok: true, doc, warnings: pkg.warnings };
}

/**
 * Read a .docx package. Sync, pure, never throws.
 * @param bytes the file's bytes
 * @param options.fileName used in messages only
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocxResult {
  const fileName = options.fileName;
  try {
    const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as unknown as ArrayBuffer);
    return readPackage(b, fileName);
  } catch (err) {
    if (err instanceof ReadFailure) return { ok: false, error: err.error };
    if (err instanceof XmlEntitiesError) return { ok: false, error: readError('xml-entities', fileName) };
    if (err instanceof ZipError) {
      const code: ReadErrorCode = err.code === 'unsupported' ? 'corrupt' : err.code;
      return { ok: false, error: readError(code, fileName, { part: '文档内容', mb: Math.round(TOTAL_CAP / MIB) }) };
    }
    const detail = err instanceof Error ? err.name : 'unknown';
    return { ok: false, error: readError('internal', fileName, { detail }) };
  }
}
