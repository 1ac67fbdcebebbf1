/**
 * The .docx reader: bytes in, CaseDocument out. Pure: no file system, no DOM, no Node
 * modules, so the CLI, the browser checker page and tests all use it as is. Never throws:
 * every input, however broken or hostile, gives `{ ok: true, doc }` or `{ ok: false, error }`.
 *
 * Only the XML parts needed are inflated (never the media), each under a byte cap enforced
 * while inflating, and the total too; paragraphs, runs and text are capped as they are read
 * (src/core/limits.ts). The counts Word stores in docProps/app.xml are never read: they are
 * usually estimates (see shared/wordcount/README.md).
 *
 * Damage is never counted in silence: a part that fails its CRC, a main part cut short or
 * bound to a foreign namespace, a spreadsheet or presentation under a .docx name are
 * refused; oddities Word copes with (no [Content_Types].xml, duplicate zip entries, XML in
 * GBK or Big5, a referenced part that is missing, nesting deeper than the depth guard) are
 * read and reported as warnings that say the count may differ from Word's.
 *
 * Case settings: the add-in saves them as the custom document property
 * `CaseAssistant.settings` (Office.js `context.document.properties.customProperties
 * .add('CaseAssistant.settings', json)`), which Word stores in docProps/custom.xml as
 * `<property name="CaseAssistant.settings"><vt:lpwstr>{"category":…,"selfCheck":{…}}</vt:lpwstr></property>`,
 * and the author's dismissals as `CaseAssistant.dismissed.1` … (src/core/settings.ts).
 * This reader reads those properties; an invalid value is a warning, never an error.
 */
import { limitReason } from '../core/limits';
import type { CaseDocument, CaseSettings, Story, StoryKind } from '../core/model/types';
import { dismissedPropertyNames, hasSettings, settingsFromProperties, SETTINGS_PROPERTY } from '../core/settings';
import { Budget, LimitExceeded } from './budget';
import { readError, type ReadError, type ReadErrorCode, type ReadErrorData } from './errors';
import { Numbering } from './numbering';
import { archiveKind, sniffFormat, type SniffedFormat } from './sniff';
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

/** WordprocessingML's namespace, transitional and strict: what the main part's root must be in. */
const WORDML = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** The encoding an XML declaration names, lower-cased (`<?xml version="1.0" encoding="GBK"?>`). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII and comes first (after a UTF-8 BOM at most).
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]);
  const m = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1].toLowerCase() : undefined;
}

class EncodingError extends Error {}

/**
 * An XML part's text. Word writes UTF-8 (or UTF-16 with a BOM); a part declared in another
 * encoding (GBK, Big5: a hand-made or converted file) is decoded as declared, with a warning.
 */
function decodeXml(bytes: Uint8Array, part: string, warnings: string[]): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = declaredEncoding(bytes);
  if (declared !== undefined && declared !== 'utf-8' && declared !== 'utf8') {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declared);
    } catch {
      throw new EncodingError(declared);
    }
    if (decoder.encoding !== 'utf-8') {
      warnings.push(`${part} 声明为 ${declared.toUpperCase()} 编码（Word 保存的文件总是 UTF-8），已按 ${declared.toUpperCase()} 读取；这不是 Word 保存的原文件，字数可能与 Word 显示的不同。`);
      return decoder.decode(bytes);
    }
  }
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

/** The XML of a story part was cut short (or its markup does not balance). */
class TruncatedXml extends Error {}

/** Throws TruncatedXml when the scanner stopped inside an element. */
function requireComplete(x: XmlScanner): void {
  if (x.unclosed() > 0) throw new TruncatedXml();
}

class PackageReader {
  private total = 0;
  readonly warnings: string[] = [];
  readonly budget = new Budget();

  constructor(
    private readonly zip: ZipArchive,
    private readonly fileName: string | undefined,
  ) {}

  fail(code: ReadErrorCode, data: ReadErrorData = {}): never {
    throw new ReadFailure(readError(code, this.fileName, data));
  }

  entry(part: string): ZipEntry | undefined {
    return this.zip.get(part);
  }

  warnOnce(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
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
      // The limit that was hit: the part's own cap, or what is left of the total.
      if (err instanceof ZipError && err.code === 'too-large') {
        this.fail('too-large', { part: budget < cap ? `全部内容（含 ${part}）` : part, mb: Math.round((budget < cap ? TOTAL_CAP : cap) / MIB) });
      }
      throw err;
    }
    this.total += bytes.length;
    try {
      return decodeXml(bytes, part, this.warnings);
    } catch (err) {
      if (err instanceof EncodingError) this.fail('xml-malformed', { part, detail: `声明了无法识别的编码“${err.message}”` });
      throw err;
    }
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

  /**
   * Read an optional part; its damage is a warning, unless it is a hostile one. `expected`:
   * a relationship names the part, so its absence is worth saying.
   */
  optional<T>(part: string, label: string, read: (xml: string) => T, expected = false): T | undefined {
    try {
      const xml = this.text(part, OTHER_PART_CAP);
      if (xml === undefined) {
        if (expected) this.warnings.push(`文档引用的${label}（${part}）在文件中不存在（文件可能不完整），已跳过；字数可能与 Word 显示的不同。`);
        return undefined;
      }
      return read(xml);
    } catch (err) {
      if (err instanceof ReadFailure || err instanceof LimitExceeded) throw err;
      if (err instanceof XmlEntitiesError) this.fail('xml-entities', { part });
      if (err instanceof ZipError && err.code === 'too-large') this.fail('too-large', { part, mb: Math.round(OTHER_PART_CAP / MIB) });
      if (err instanceof TruncatedXml) {
        this.warnings.push(`${label}（${part}）不完整（内容在中途中断），已跳过；字数可能偏少。`);
        return undefined;
      }
      const why = err instanceof ZipError ? '已损坏' : '无法读取';
      this.warnings.push(`${label}（${part}）${why}，已跳过；字数可能与 Word 显示的不同。`);
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
  // A workbook or a presentation renamed .docx: say what it is (its package relationships
  // name xl/workbook.xml or ppt/presentation.xml as the main part, which is no Word XML).
  const kind = archiveKind(zip);
  if (kind === 'xlsx' || kind === 'pptx' || kind === 'odf') return { ok: false, error: formatError(kind, fileName) };
  const pkg = new PackageReader(zip, fileName);

  if (zip.duplicates.length > 0) {
    const names = [...new Set(zip.duplicates)].slice(0, 3).join('、');
    pkg.warnings.push(`文件的压缩包中有重名的部件（${names}），正常保存的 Word 文档不会这样；已像 Word 一样读取最后一个，但字数可能与 Word 显示的不同。`);
  }
  if (!zip.has('[Content_Types].xml')) {
    pkg.warnings.push('文件缺少 [Content_Types].xml（正常保存的 Word 文档都有），可能已损坏或不是 Word 保存的；内容已读取，但字数可能与 Word 显示的不同。');
  }

  let mainPart = pkg.rels('').find((r) => r.type === 'officeDocument')?.target;
  if (mainPart === undefined || !zip.has(mainPart)) mainPart = 'word/document.xml';
  if (!zip.has(mainPart)) {
    const format = sniffFormat(bytes);
    return { ok: false, error: format === 'docx' || format === 'zip' ? readError('not-docx', fileName, { kind: '压缩包中没有 Word 正文（word/document.xml）' }) : formatError(format, fileName) };
  }

  const docRels = pkg.rels(mainPart);
  const relTarget = (type: string, fallback: string): { part: string; expected: boolean } => {
    const target = docRels.find((r) => r.type === type)?.target;
    return target !== undefined ? { part: target, expected: true } : { part: fallback, expected: false };
  };

  const stylesRel = relTarget('styles', 'word/styles.xml');
  const styles = pkg.optional(stylesRel.part, '样式', (xml) => Styles.parse(xml), stylesRel.expected) ?? Styles.empty();
  const numberingRel = relTarget('numbering', 'word/numbering.xml');
  const numbering = pkg.optional(numberingRel.part, '编号', (xml) => Numbering.parse(xml, styles), numberingRel.expected);

  const stories: Story[] = [];
  const sink: StorySink = { stories, textboxCounters: numbering?.counters(), warnings: pkg.warnings, budget: pkg.budget };

  // The main story.
  const mainXml = pkg.text(mainPart, MAIN_PART_CAP) ?? '';
  let x: XmlScanner;
  let paragraphs;
  try {
    x = new XmlScanner(mainXml);
    let root: Tok;
    do root = x.next();
    while (root === Tok.Text);
    if (root !== Tok.Open || !/(^|:)document$/.test(x.tag())) {
      const seen = root === Tok.Open ? `根元素是 <${x.tag().slice(0, 40)}>，不是 Word 正文` : '找不到 Word 正文的根元素';
      pkg.fail('xml-malformed', { part: mainPart, detail: seen });
    }
    if (!mainXml.includes('body')) pkg.fail('xml-malformed', { part: mainPart, detail: '没有正文（w:body），内容可能在中途中断' });
    // `w:document` in another namespace is not WordprocessingML, whatever its prefix says.
    const uri = x.rootNamespace();
    if (uri === undefined || !WORDML.has(uri)) {
      pkg.fail('xml-malformed', { part: mainPart, detail: uri === undefined ? '正文的根元素没有声明 Word 的命名空间' : `正文的根元素属于命名空间“${uri.slice(0, 80)}”，不是 Word 的` });
    }
    const reader = new StoryReader(x, styles, sink);
    const ctx = reader.newCtx(numbering?.counters(), true);
    reader.readBlocks(ctx);
    // Whatever follows the root (nothing, in a sound part) is read too, so that a part cut
    // short or with unbalanced markup is seen as such.
    while (x.next() !== Tok.End);
    if (x.unclosed() > 0) pkg.fail('xml-malformed', { part: mainPart, detail: '内容在中途中断，文件不完整' });
    paragraphs = ctx.paragraphs;
  } catch (err) {
    if (err instanceof XmlEntitiesError) pkg.fail('xml-entities', { part: mainPart });
    throw err;
  }

  /** A story part read whole: its paragraphs are pushed only when its XML is complete. */
  const readStory = (xml: string, each: (x: XmlScanner, r: StoryReader) => Story[]): void => {
    const sx = new XmlScanner(xml);
    const found = each(sx, new StoryReader(sx, styles, sink));
    while (sx.next() !== Tok.End);
    requireComplete(sx);
    stories.push(...found);
  };

  // Headers and footers (one story per part), notes and comments (one story per note).
  for (const rel of docRels) {
    const kind = rel.type;
    if (kind === 'header' || kind === 'footer') {
      pkg.optional(
        rel.target,
        STORY_LABEL[kind],
        (xml) =>
          readStory(xml, (_sx, r) => {
            pkg.budget.paragraph();
            const ctx = r.newCtx(numbering?.counters());
            r.readBlocks(ctx);
            return [{ kind, paragraphs: ctx.paragraphs }];
          }),
        true,
      );
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
    pkg.optional(
      rel.target,
      STORY_LABEL[kind],
      (xml) =>
        readStory(xml, (sx, r) => {
          const found: Story[] = [];
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
            pkg.budget.paragraph();
            const ctx = r.newCtx(counters);
            r.readBlocks(ctx);
            found.push({ kind, paragraphs: ctx.paragraphs });
          }
          return found;
        }),
      true,
    );
  }

  const doc: CaseDocument = { paragraphs, stories, source: 'docx' };
  const customPart = pkg.rels('').find((r) => r.type === 'custom-properties')?.target ?? 'docProps/custom.xml';
  const settings = pkg.optional(customPart, '自定义文档属性', (xml) => readSettings(xml, pkg.warnings));
  if (settings) doc.settings = settings;
  return { ok: true, doc, warnings: pkg.warnings };
}

/** What a ZIP error means, in the words of the message. */
function zipDetail(err: ZipError): string {
  if (/CRC/.test(err.message)) return '校验和（CRC）不符，内容在传输或保存中被改动';
  if (/header says|local header|names another part/.test(err.message)) return '压缩包的目录与内容不一致';
  if (/central directory/.test(err.message)) return '压缩包的目录已损坏';
  if (err.code === 'unsupported') return '使用了 Word 不用的压缩方式';
  return '压缩数据无法解压';
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
    if (err instanceof LimitExceeded) return { ok: false, error: readError('limit', fileName, { detail: limitReason(err.limit) }) };
    if (err instanceof XmlEntitiesError) return { ok: false, error: readError('xml-entities', fileName) };
    if (err instanceof ZipError) {
      const code: ReadErrorCode = err.code === 'unsupported' ? 'corrupt' : err.code;
      return { ok: false, error: readError(code, fileName, { part: '文档内容', mb: Math.round(TOTAL_CAP / MIB), detail: zipDetail(err) }) };
    }
    // Out of memory or stack in the engine's host is not ours to catch here (the front end
    // runs each file where such a failure costs only that file); anything else is a bug.
    const detail = err instanceof Error ? err.name : 'unknown';
    return { ok: false, error: readError('internal', fileName, { detail }) };
  }
}
