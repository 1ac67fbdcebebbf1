/**
 * 精确核对: the document's own .docx bytes (getFileAsync, through the gateway), read by the
 * same .docx reader and checked by the same engine as the CLI and the checker page, then
 * compared with the live report. The .docx sees what Word's API hides (tracked deletions,
 * hidden text, floating pictures, text boxes), so its figures are the ones that count.
 * On demand only: it moves the whole file, which the live loop never should.
 *
 * The reader loads on demand (its own chunk). It decodes XML with TextDecoder, which
 * EdgeHTML 18 (Word 2016/2019 retail without WebView2) lacks: a UTF-8/UTF-16 stand-in is
 * installed first there.
 */
import type { Profile } from '../core/profile/types';
import type { Report } from '../core/report';
import { checkCase } from '../core/engine';
import { compareReports, type ReportDifference } from '../core/compare';
import type { DocumentSource } from '../word/types';

export interface ExactResult {
  report: Report;
  differences: ReportDifference[];
  /** Size of the document file, in bytes. */
  bytes: number;
}

export async function exactCheck(
  source: DocumentSource,
  profile: Profile,
  live: Report | undefined,
  options: { category?: string; locale?: 'zh-CN' | 'en'; dismissed?: readonly string[]; hintsOff?: readonly string[] } = {},
): Promise<ExactResult> {
  const bytes = await source.readFile();
  if (typeof TextDecoder === 'undefined') installTextDecoder();
  const { readDocx } = await import('../docx');
  const read = readDocx(bytes, { fileName: '当前文档' });
  if (!read.ok) throw new Error(read.error.message);
  const report = checkCase(read.doc, profile, options);
  return { report, differences: live ? compareReports(live, report) : [], bytes: bytes.length };
}

/** A TextDecoder for the encodings Word writes (UTF-8, UTF-16), where the webview has none. */
export function installTextDecoder(): void {
  class Decoder {
    private readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
    constructor(label = 'utf-8') {
      const l = label.toLowerCase();
      if (l === 'utf-8' || l === 'utf8') this.encoding = 'utf-8';
      else if (l === 'utf-16le' || l === 'utf-16') this.encoding = 'utf-16le';
      else if (l === 'utf-16be') this.encoding = 'utf-16be';
      else throw new RangeError(`encoding ${label} is not supported`);
    }
    decode(input?: ArrayBufferView | ArrayBuffer): string {
      if (!input) return '';
      const b = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      return this.encoding === 'utf-8' ? decodeUtf8(b) : utf16(b, this.encoding === 'utf-16le');
    }
  }
  (globalThis as unknown as { TextDecoder: unknown }).TextDecoder = Decoder;
}

export function decodeUtf8(b: Uint8Array): string {
  let out = '';
  let chunk: number[] = [];
  const flush = () => {
    out += String.fromCharCode.apply(null, chunk);
    chunk = [];
  };
  let i = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length) {
    const c = b[i];
    let cp = 0xfffd;
    let n = 1;
    if (c < 0x80) cp = c;
    else if (c >= 0xc2 && c < 0xe0 && i + 1 < b.length) {
      cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      n = 2;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < b.length) {
      cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      n = 3;
    } else if (c >= 0xf0 && c < 0xf5 && i + 3 < b.length) {
      cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
      n = 4;
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      chunk.push(cp);
    }
    i += n;
    if (chunk.length > 8192) flush();
  }
  flush();
  return out;
}

function utf16(b: Uint8Array, little: boolean): string {
  let out = '';
  for (let i = 0; i + 1 < b.length; i += 2) out += String.fromCharCode(little ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
  return out;
}
