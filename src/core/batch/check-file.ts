/**
 * One file through the pipeline the CLI and the page share: guard (lock file, empty, too
 * large, wrong type), read, check, and keep only what the batch needs (the report and a
 * compact text fingerprint). The reader and the engine are passed in, so that this module
 * stays pure and the core does not depend on src/docx.
 */
import type { CaseDocument } from '../model/types';
import type { Profile } from '../profile/types';
import type { Report } from '../report';
import { textFingerprint, type Fingerprint } from './similarity';
import { sniffBytes } from './sniff';
import type { BatchItem, FileError, PriorCase } from './types';

export interface ReadResult {
  ok: boolean;
  doc?: CaseDocument;
  warnings?: string[];
  error?: { code: string; message: string };
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

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The base name of a path with either separator. */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

export function isDocxName(path: string): boolean {
  return /\.docx$/i.test(path);
}

/** Checks done before reading any bytes: lets a front end skip loading a file it will refuse. */
export function preflight(file: string, size: number, maxBytes = DEFAULT_MAX_BYTES): FileError | undefined {
  if (baseName(file).startsWith('~$')) return { code: 'lock-file', message: 'Word 临时锁定文件' };
  if (size === 0) return { code: 'empty', message: '空文件' };
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return { code: 'file-too-large', message: `文件过大（${mb(size)} MB）`, data: { sizeMb: mb(size), maxMb: mb(maxBytes) } };
  }
  return undefined;
}

const SNIFF_REASONS: Record<string, string> = {
  empty: 'empty',
  encrypted: 'encrypted',
  doc: 'doc',
  ole: 'doc',
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
function reasonFromSniff(sniffed: unknown, file: string): string | undefined {
  const s = typeof sniffed === 'string' ? sniffed : (sniffed as { format?: string } | undefined)?.format;
  if (!s) return undefined;
  const reason = SNIFF_REASONS[s];
  // WPS 文字 writes Word-compatible OLE files: only the name tells them apart.
  if (reason === 'doc' && /\.wps$/i.test(file)) return 'wps';
  return reason;
}

/** Why bytes that are not a readable .docx are not: the reader's sniffing first, then ours. */
export function formatError(file: string, bytes: Uint8Array, deps: Pick<FileCheckDeps, 'sniffFormat'>, readError?: { code: string; message: string }): FileError {
  let theirs: string | undefined;
  try {
    theirs = deps.sniffFormat ? reasonFromSniff(deps.sniffFormat(bytes, file), file) : undefined;
  } catch {
    theirs = undefined;
  }
  const reason = theirs ?? reasonFromSniff(sniffBytes(bytes, file), file);
  if (reason) return { code: reason, message: readError?.message ?? reason };
  if (readError) return readError;
  return { code: 'not-docx', message: '不是 Word 文档（.docx）' };
}

/**
 * The text the resubmission fingerprint is made of: the summary and the body sections as
 * the report located them (the cover's labels are the same in every case and would only
 * add shared noise); the whole document when none was found.
 */
export function documentText(doc: CaseDocument, report?: Report): string {
  const ranges: [number, number][] = [];
  for (const id of ['summary', 'background', 'practice', 'lessons'] as const) {
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
    result = { ok: false, error: { code: 'unreadable', message: e instanceof Error ? e.message : String(e) } };
  }
  if (!result.ok || !result.doc) {
    return { file, error: formatError(file, bytes, deps, result.error ?? { code: 'unreadable', message: '无法读取' }), size };
  }
  try {
    const report = deps.checkCase(result.doc, profile, { category: options.category, locale: options.locale, today: options.today });
    return { file, report, fingerprint: textFingerprint(documentText(result.doc, report)), size, warnings: result.warnings ?? [] };
  } catch (e) {
    return { file, error: { code: 'unreadable', message: `检查时出错：${e instanceof Error ? e.message : String(e)}` }, size };
  }
}

/** An earlier year's case from its .docx: title and unit from the cover, text as a fingerprint. */
export function priorFromBytes(file: string, bytes: Uint8Array, profile: Profile, deps: FileCheckDeps): PriorCase | FileError {
  const item = checkFileBytes(file, bytes, profile, deps);
  if (item.error || !item.report) return item.error ?? { code: 'unreadable', message: '无法读取' };
  const title = item.report.parts.title?.value?.trim() || baseName(file).replace(/\.docx$/i, '');
  return { title, unit: item.report.parts.unit?.value, source: file, fingerprint: item.fingerprint as Fingerprint };
}
