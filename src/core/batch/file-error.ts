/**
 * A file that could not be checked, as a batch reports it: `code` is one of the
 * `file-format` reasons (FileFormatReason, a stable list) and `message` is the sentence the
 * batch catalogue makes of it, naming the file once; the two always agree, in the JSON, the
 * review table and the page. `data` keeps what the message was made from (the reader's own
 * code as `readerCode`, its reason as `detail`, sizes and limits).
 */
import { printableName } from '../limits';
import type { DiagnosticData } from '../report';
import { formatBatchMessage } from './messages';
import type { FileError, FileFormatReason } from './types';

/** The base name of a path with either separator. */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

export const FILE_FORMAT_REASONS: readonly FileFormatReason[] = [
  'doc',
  'wps',
  'pdf',
  'rtf',
  'encrypted',
  'empty',
  'corrupt',
  'zip-bomb',
  'unsafe-xml',
  'too-large',
  'limit',
  'timeout',
  'crashed',
  'not-docx',
  'lock-file',
  'unlisted-folder',
  'unreadable',
];

/** readDocx's codes (src/docx/errors.ts) and the front ends' own, where the name alone is not the reason. */
const ALIASES: Record<string, FileFormatReason> = {
  'legacy-doc': 'doc',
  'not-zip': 'corrupt',
  truncated: 'corrupt',
  'xml-malformed': 'corrupt',
  // readDocx's too-large: a part inflates beyond its cap (a zip bomb).
  'too-large': 'zip-bomb',
  // The front ends' size cap, checked before reading.
  'file-too-large': 'too-large',
  'xml-entities': 'unsafe-xml',
  html: 'not-docx',
  text: 'not-docx',
  internal: 'unreadable',
  'folder-unreadable': 'unlisted-folder',
};

/** Map a reader's error code (readDocx's names or the front end's) to a reason. */
export function fileFormatReason(code: string): FileFormatReason {
  const c = code.toLowerCase();
  if (ALIASES[c]) return ALIASES[c];
  if ((FILE_FORMAT_REASONS as readonly string[]).includes(c)) return c as FileFormatReason;
  if (/encrypt|password|protected/.test(c)) return 'encrypted';
  if (/bomb|too-?big|inflat|ratio/.test(c)) return 'zip-bomb';
  if (/wps/.test(c)) return 'wps';
  if (/pdf/.test(c)) return 'pdf';
  if (/rtf/.test(c)) return 'rtf';
  if (/\bdoc\b|legacy|ole|cfb|word97/.test(c)) return 'doc';
  if (/empty/.test(c)) return 'empty';
  if (/size|large/.test(c)) return 'too-large';
  if (/zip|corrupt|xml|malformed|missing|invalid|entity|dtd/.test(c)) return 'corrupt';
  return 'unreadable';
}

/**
 * The reason of a FileError: its code as it is when fileError() made it (the code is then
 * already a reason, and `too-large` means the size cap, not readDocx's bomb), else mapped.
 */
export function reasonOf(error: Pick<FileError, 'code' | 'data'>): FileFormatReason {
  if (error.data?.readerCode !== undefined && (FILE_FORMAT_REASONS as readonly string[]).includes(error.code)) return error.code as FileFormatReason;
  return fileFormatReason(error.code);
}

/**
 * The FileError of a file: `code` (the reader's or the front end's) becomes its reason,
 * `detail` the reason's words (without the file's name), rendered into the catalogue's
 * sentence. Everything is zh-CN; checkBatch renders the diagnostic in the requested locale.
 */
export function fileError(file: string, code: string, detail?: string, data: DiagnosticData = {}): FileError {
  const reason = fileFormatReason(code);
  const d: DiagnosticData = { readerCode: code, ...data, file: printableName(baseName(file)), path: file };
  if (detail !== undefined) d.detail = detail;
  return { code: reason, message: formatBatchMessage('file-format', reason, d), data: d };
}
