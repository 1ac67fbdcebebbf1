/**
 * Reading the inputs named on the command line. The CLI only reads files: nothing
 * here ever opens an input for writing.
 *
 * - `.docx` (and anything that starts like a zip or an OLE compound file, e.g. a .docx
 *   piped into stdin or renamed .txt) goes to `readDocx`, which judges the format and
 *   names the file in its errors (old .doc and encrypted files are OLE files).
 * - Anything else is text: UTF-8 (BOM stripped), UTF-16 with a BOM, or, when the bytes
 *   are not valid UTF-8, GB18030 (a superset of GBK/GB2312, still common in China).
 *
 * Every way in has the same caps (src/core/limits.ts): a file or standard input over the
 * size cap is refused while it is read (never read whole first), FIFOs and devices are not
 * opened, and a text of more lines than the paragraph cap is refused before it is split.
 */
import * as path from 'node:path';
import { readDocx } from '../docx';
import { countLines, limitReason, LIMITS, printableName } from '../core/limits';
import { documentFromText } from '../core/model/from-text';
import type { CaseDocument } from '../core/model/types';
import type { CliIO } from './io';
import { UsageError } from './args';
import { readCapped, SafeReadError } from './safe-read';

/** An input as named on the command line. */
export interface InputRef {
  /** The name shown to the user: the path as given, or `-` for standard input. */
  name: string;
  /** Absent for standard input. */
  path?: string;
}

export interface InputError {
  code: string;
  /** zh-CN, names the file. */
  message: string;
}

export type LoadedInput =
  | { ok: true; name: string; format: 'docx' | 'text'; encoding?: string; doc: CaseDocument; warnings: string[] }
  | { ok: false; name: string; error: InputError };

export const STDIN_NAME = '-';

/** The name used in messages: `标准输入` for `-`, control characters escaped (see printableName). */
export function displayName(name: string): string {
  return name === STDIN_NAME ? '标准输入' : printableName(name);
}

const DOCX_EXTENSIONS = new Set(['.docx', '.docm', '.dotx', '.dotm', '.doc', '.wps', '.wpt', '.dot']);

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

export function looksLikeDocx(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY) || startsWith(bytes, OLE);
}

/** Bytes as text: BOMs first, then strict UTF-8, then GB18030. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** An exception while checking one input, as that input's error (the others go on). */
export function internalError(name: string, err: unknown): InputError {
  const what = err instanceof RangeError ? '内存或栈不足' : err instanceof Error ? err.name : '未知错误';
  return { code: 'internal', message: `检查“${displayName(name)}”时发生内部错误（${what}），已跳过这个文件；其余文件照常检查。` };
}

function fail(name: string, code: string, message: string): LoadedInput {
  return { ok: false, name, error: { code, message } };
}

/** Turns bytes into a CaseDocument, choosing the reader by extension and content. */
export function loadBytes(name: string, bytes: Uint8Array): LoadedInput {
  const shown = displayName(name);
  if (bytes.length === 0) return fail(name, 'empty', `“${shown}”是空文件，没有可检查的内容。`);
  const ext = name === STDIN_NAME ? '' : path.extname(name).toLowerCase();
  if (looksLikeDocx(bytes) || DOCX_EXTENSIONS.has(ext)) {
    const result = readDocx(bytes, { fileName: shown });
    if (!result.ok) {
      const message = result.error.message.includes(shown) ? result.error.message : `“${shown}”：${result.error.message}`;
      return fail(name, result.error.code, message);
    }
    return { ok: true, name, format: 'docx', doc: result.doc, warnings: result.warnings };
  }
  if (startsWith(bytes, PDF)) {
    return fail(name, 'pdf', `“${shown}”是 PDF 文件，无法检查；请提供 Word 文档（.docx）或纯文本。`);
  }
  if (startsWith(bytes, RTF)) {
    return fail(name, 'rtf', `“${shown}”是 RTF 文件，无法检查；请在 Word 中另存为 .docx 后再检查。`);
  }
  const { text, encoding } = decodeText(bytes);
  // NUL characters do not occur in text: this is some binary format we do not know.
  if (text.includes('\u0000')) {
    return fail(name, 'binary', `“${shown}”不是 Word 文档（.docx），也不是纯文本文件，无法检查。`);
  }
  // Each line is a paragraph: 50 MB of newlines would be 50 million of them.
  if (countLines(text, LIMITS.textLines) > LIMITS.textLines) return fail(name, 'limit', `“${shown}”无法读取：${limitReason('textLines')}`);
  const warnings = encoding === 'gb18030' ? [`“${shown}”不是 UTF-8 编码，已按 GB18030（GBK）读取。`] : [];
  return { ok: true, name, format: 'text', encoding, doc: documentFromText(text), warnings };
}

/** Reads one input from disk or stdin, under the size cap. Never writes, never throws. */
export async function loadInput(ref: InputRef, io: CliIO): Promise<LoadedInput> {
  const shown = displayName(ref.name);
  let bytes: Uint8Array;
  try {
    bytes = ref.path === undefined ? await io.readStdin(LIMITS.fileBytes) : await readCapped(ref.path, LIMITS.fileBytes);
  } catch (err) {
    if (err instanceof SafeReadError) {
      if (err.code === 'not-found') return fail(ref.name, 'not-found', `找不到文件“${shown}”。`);
      if (err.code === 'is-directory') return fail(ref.name, 'is-directory', `“${shown}”是文件夹，不是文件；请给出要检查的文件。`);
      return fail(ref.name, err.code, `无法读取“${shown}”：${err.reason}`);
    }
    return fail(ref.name, 'read-failed', `无法读取“${shown}”：${err instanceof Error ? err.name : String(err)}`);
  }
  return loadBytes(ref.name, bytes);
}

/** The inputs of the command line, in order. Standard input may be named once. */
export function inputRefs(positionals: readonly string[], io: CliIO): InputRef[] {
  if (positionals.filter((p) => p === STDIN_NAME).length > 1) throw new UsageError('标准输入（-）只能使用一次。');
  return positionals.map((p) => (p === STDIN_NAME ? { name: p } : { name: p, path: path.resolve(io.cwd, p) }));
}
