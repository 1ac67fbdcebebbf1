/**
 * What kind of file is this? Used by readDocx to explain why a file is not a .docx, and by
 * the batch checker (rule `file-format`) to name what each submitted file really is.
 * Looks at content only, never at the file name (a .doc renamed .docx is still a .doc).
 */
import { hasUtf16Name } from '../core/batch/sniff';
import { isZip, ZipArchive } from './zip';

export type SniffedFormat =
  | 'empty'
  /** A Word OOXML package (.docx, .docm, .dotx). */
  | 'docx'
  | 'xlsx'
  | 'pptx'
  /** OpenDocument (.odt and friends). */
  | 'odf'
  /** Some other ZIP archive. */
  | 'zip'
  /** A ZIP whose end is missing (download or copy cut short). */
  | 'zip-truncated'
  /** An OLE compound file holding an encrypted (password-protected) OOXML package. */
  | 'encrypted'
  /** A legacy Word 97–2003 binary document (OLE with a WordDocument stream). */
  | 'doc'
  /** Another OLE compound file (.xls, .ppt, Works, ...). */
  | 'ole'
  | 'pdf'
  | 'rtf'
  | 'html'
  | 'xml'
  | 'text'
  | 'binary';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWithBytes(b: Uint8Array, magic: ArrayLike<number>, at = 0): boolean {
  if (b.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[at + i] !== magic[i]) return false;
  return true;
}

function oleKind(b: Uint8Array): SniffedFormat {
  if (hasUtf16Name(b, 'EncryptedPackage') || hasUtf16Name(b, 'EncryptionInfo')) return 'encrypted';
  if (hasUtf16Name(b, 'WordDocument')) return 'doc';
  return 'ole';
}

function zipKind(b: Uint8Array): SniffedFormat {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(b);
  } catch {
    return 'zip-truncated';
  }
  return archiveKind(zip);
}

/** What an opened ZIP package holds: a Word, Excel, PowerPoint or OpenDocument file, or something else. */
export function archiveKind(zip: ZipArchive): SniffedFormat {
  if (zip.has('word/document.xml')) return 'docx';
  if (zip.has('xl/workbook.xml')) return 'xlsx';
  if (zip.has('ppt/presentation.xml')) return 'pptx';
  if (zip.has('mimetype') && zip.has('content.xml')) return 'odf';
  // A Word package whose main part has another name: trust the package relationships.
  if (zip.has('_rels/.rels') && zip.has('[content_types].xml')) {
    for (const key of zip.entries.keys()) if (key.startsWith('word/')) return 'docx';
  }
  return 'zip';
}

function textKind(b: Uint8Array): SniffedFormat {
  let i = 0;
  if (startsWithBytes(b, [0xef, 0xbb, 0xbf])) i = 3;
  const head = new TextDecoder('utf-8').decode(b.subarray(i, Math.min(b.length, i + 1024))).replace(/^\s+/, '').toLowerCase();
  if (head.startsWith('{\\rtf')) return 'rtf';
  // Word's "single file web page" (.mht, often renamed .doc): MIME around HTML.
  if (head.startsWith('mime-version:') || /content-type:\s*multipart\/related/.test(head)) return 'html';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|meta|div|p)[\s>]/.test(head.slice(0, 512))) return 'html';
  if (head.startsWith('<?xml') || head.startsWith('<')) return 'xml';
  // Text: no NUL bytes and few control characters in the first 4 KB.
  const n = Math.min(b.length, 4096);
  let controls = 0;
  for (let k = 0; k < n; k++) {
    const c = b[k];
    if (c === 0) return 'binary';
    if (c < 0x09 || (c > 0x0d && c < 0x20)) controls++;
  }
  return controls * 20 > n ? 'binary' : 'text';
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const b = bytes;
  if (b.length === 0) return 'empty';
  if (isZip(b)) return zipKind(b);
  if (startsWithBytes(b, OLE_MAGIC)) return oleKind(b);
  if (startsWithBytes(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWithBytes(b, [0xff, 0xfe]) || startsWithBytes(b, [0xfe, 0xff])) return 'text'; // UTF-16 text
  return textKind(b);
}
