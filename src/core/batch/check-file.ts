/**
 * One file through the pipeline the CLI and the page share: guard (lock file, empty, too
 * large, wrong type), read, check, and keep only what the batch needs (the report and a
 * compact text fingerprint). The reader and the engine are passed in, so that this module
 * stays pure and the core does not depend on src/docx.
 */
import { LIMITS } from '../limits';
import type { CaseDocument } from '../model/types';
import type { Profile } from '../profile/types';
import type { Report } from '../report';
import { reportContainerIds } from '../report-parts';
import { baseName, fileError } from './file-error';
import { textFingerprint, type Fingerprint } from './similarity';
import { sniffBytes } from './sniff';
import type { BatchItem, FileError, PriorCase } from './types';

export { baseName } from './file-error';

export interface ReadResult {
  ok: boolean;
  doc?: CaseDocument;
  warnings?: string[];
  /** `reason`: the reader's words without the file's name (readDocx gives it). */
  error?: { code: string; message: string; reason?: string };
}

export interface FileCheckDeps {
  readDocx(bytes: Uint8Array, options?: { fileName?: string }): ReadResult;
  checkCase(doc: CaseDocument, profile: Profile, options?: { category?: string; locale?: 'zh-CN' | 'en'; today?: string }): Report;
  /** The reader's own format sniffing, when it has one; its answer wins over ours. */
  sniffFormat?(bytes: Uint8Array, fileName?: string): unknown;
}

export interface FileCheckOptions {
  category?: string;
  locale?: 'zh-CN' | 'en';
  today?: string;
  /** Files larger than this are refused with `too-large` (default 50 MB). */
  maxBytes?: number;
}

/** The size cap of every front end (src/core/limits.ts). */
export const DEFAULT_MAX_BYTES = LIMITS.fileBytes;

export function isDocxName(path: string): boolean {
  return /\.docx$/i.test(path);
}

/** Checks done before reading any bytes: lets a front end skip loading a file it will refuse. */
export function preflight(file: string, size: number, maxBytes = DEFAULT_MAX_BYTES): FileError | undefined {
  // Word's lock file is never read; checkBatch lists it as ignored (attachments.ts), not as a wrong file.
  if (baseName(file).startsWith('~$')) return fileError(file, 'lock-file');
  if (size === 0) return fileError(file, 'empty');
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return fileError(file, 'file-too-large', undefined, { sizeMb: mb(size), maxMb: mb(maxBytes) });
  }
  return undefined;
}

const SNIFF_REASONS: Record<string, string> = {
  empty: 'empty',
  encrypted: 'encrypted',
  doc: 'doc',
  // An OLE file without a WordDocument stream (.xls, .ppt): the reader's words say what it is.
  ole: 'not-docx',
  pdf: 'pdf',
  rtf: 'rtf',
  wps: 'wps',
  'zip-truncated': 'corrupt',
  xlsx: 'not-docx',
  pptx: 'not-docx',
  odf: 'not-docx',
  html: 'not-docx',
  xml: 'not-docx',
  text: 'not-docx',
  binary: 'not-docx',
};

/** A sniffed format (the reader's names or ours) as a file-format reason; undefined when it looks like a .docx. */
function reasonFromSniff(s: string | undefined, file: string): string | undefined {
  // `s` is already a name: sniffName's answer for the reader's sniffing, or sniffBytes's.
  if (!s) return undefined;
  const reason = SNIFF_REASONS[s];
  // WPS 文字 writes Word-compatible OLE files: only the name tells them apart.
  // Older WPS files may have no WordDocument stream either.
  if ((reason === 'doc' || s === 'ole') && /\.wps$/i.test(file)) return 'wps';
  return reason;
}

/** What a file that is not a Word document is, in the words of `not-docx`'s detail. */
const KIND_WORDS: Record<string, string> = {
  docx: '内容是 Word 文档，但文件名不以 .docx 结尾；请改回 .docx 后重新提交。',
  xlsx: '这是 Excel 工作簿（.xlsx），通知要求提交 Word 版电子文档（.docx）。',
  pptx: '这是 PowerPoint 演示文稿（.pptx），通知要求提交 Word 版电子文档（.docx）。',
  odf: '这是 OpenDocument 文档（如 .odt），请另存为 Word 文档（.docx）。',
  zip: '这是一个压缩包；请解压后检查其中的 .docx。',
  ole: '这是旧版 Office 文件（如 Excel 的 .xls、PowerPoint 的 .ppt），不是 Word 文档；通知要求提交 Word 版电子文档（.docx）。',
  html: '这是网页（HTML）文件，请另存为 Word 文档（.docx）。',
  xml: '这是 XML 文件，请另存为 Word 文档（.docx）。',
  text: '这是纯文本文件，通知要求提交 Word 版电子文档（.docx）。',
};
const NOT_DOCX = '通知要求提交 Word 版电子文档（.docx）。';

function sniffName(sniffed: unknown): string | undefined {
  return typeof sniffed === 'string' ? sniffed : (sniffed as { format?: string } | undefined)?.format;
}

/** Why bytes that are not a readable .docx are not: the reader's sniffing first, then ours; the reader's words when it gave them. */
export function formatError(file: string, bytes: Uint8Array, deps: Pick<FileCheckDeps, 'sniffFormat'>, readError?: { code: string; message: string; reason?: string }): FileError {
  let sniffed: string | undefined;
  try {
    sniffed = deps.sniffFormat ? sniffName(deps.sniffFormat(bytes, file)) : undefined;
  } catch {
    sniffed = undefined;
  }
  const reason = reasonFromSniff(sniffed, file) ?? reasonFromSniff(sniffBytes(bytes, file), file);
  const detail = readError?.reason ?? readError?.message ?? ((sniffed !== undefined && KIND_WORDS[sniffed]) || NOT_DOCX);
  return fileError(file, reason ?? readError?.code ?? 'not-docx', detail, readError ? { readerCode: readError.code } : {});
}

/**
 * The text the resubmission fingerprint is made of: the summary and the body sections as
 * the report located them (the cover's labels are the same in every case and would only
 * add shared noise); the whole document when none was found.
 */
export function documentText(doc: CaseDocument, report?: Report): string {
  const ranges: [number, number][] = [];
  for (const id of report ? reportContainerIds(report) : []) {
    const p = report?.parts[id];
    if (p?.found && p.start !== undefined && p.end !== undefined) ranges.push([p.start, p.end]);
  }
  const paras = ranges.length ? ranges.flatMap(([a, b]) => doc.paragraphs.slice(a, b)) : doc.paragraphs;
  return paras.map((p) => p.text).join('\n');
}

/** Read and check one file. Never throws: a failure is a `file-format` item. */
export function checkFileBytes(file: string, bytes: Uint8Array, profile: Profile, deps: FileCheckDeps, options: FileCheckOptions = {}): BatchItem {
  const size = bytes.length;
  const pre = preflight(file, size, options.maxBytes);
  if (pre) return { file, error: pre, size };
  if (!isDocxName(file)) return { file, error: formatError(file, bytes, deps), size };
  let result: ReadResult;
  try {
    result = deps.readDocx(bytes, { fileName: baseName(file) });
  } catch (e) {
    result = { ok: false, error: { code: 'unreadable', message: `读取时出错（${errorWords(e)}）` } };
  }
  if (!result.ok || !result.doc) {
    return { file, error: formatError(file, bytes, deps, result.error ?? { code: 'unreadable', message: '原因不明' }), size };
  }
  try {
    const report = deps.checkCase(result.doc, profile, { category: options.category, locale: options.locale, today: options.today });
    return { file, report, fingerprint: textFingerprint(documentText(result.doc, report)), size, warnings: result.warnings ?? [] };
  } catch (e) {
    return { file, error: fileError(file, 'crashed', errorWords(e)), size };
  }
}

/** An exception in a sentence: a RangeError is almost always memory or stack. */
function errorWords(e: unknown): string {
  if (e instanceof RangeError) return `内存或栈不足：${e.message}`;
  return e instanceof Error ? `${e.name}：${e.message}` : String(e);
}

/** An earlier year's case from its .docx: title and unit from the cover, text as a fingerprint. */
export function priorFromBytes(file: string, bytes: Uint8Array, profile: Profile, deps: FileCheckDeps): PriorCase | FileError {
  const item = checkFileBytes(file, bytes, profile, deps);
  if (item.error || !item.report) return item.error ?? { code: 'unreadable', message: '无法读取' };
  const title = item.report.parts.title?.value?.trim() || baseName(file).replace(/\.docx$/i, '');
  return { title, unit: item.report.parts.unit?.value, source: file, fingerprint: item.fingerprint as Fingerprint };
}
