/**
 * What a file is, from its first bytes (and its name where the bytes cannot tell).
 * Used to say why a file is not a readable .docx; the .docx reader may know better
 * (its own `sniffFormat`), and then the front end passes that instead.
 */
export type SniffedFormat = 'empty' | 'zip' | 'pdf' | 'rtf' | 'doc' | 'wps' | 'encrypted' | 'binary' | 'unknown';

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/**
 * Search for an ASCII name written as UTF-16LE (how OLE compound files store stream names)
 * wholly within the first `limit` bytes (all of them by default; src/docx/sniff.ts uses it so).
 * Candidates are found by the name's first byte (Uint8Array#indexOf): 8 MiB of other bytes pass at once.
 */
export function hasUtf16Name(bytes: Uint8Array, name: string, limit = bytes.length): boolean {
  const end = Math.min(bytes.length, limit) - name.length * 2;
  const window = bytes.subarray(0, Math.max(0, end + 1));
  const first = name.charCodeAt(0);
  outer: for (let i = window.indexOf(first); i !== -1; i = window.indexOf(first, i + 1)) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffBytes(bytes: Uint8Array, fileName = ''): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b])) return 'zip';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (startsWith(bytes, OLE)) {
    // An encrypted .docx is an OLE compound file holding EncryptionInfo + EncryptedPackage.
    // The directory usually sits near the end of small files, so search the whole file up to a bound.
    if (hasUtf16Name(bytes, 'EncryptedPackage', 8 * 1024 * 1024) || hasUtf16Name(bytes, 'EncryptionInfo', 8 * 1024 * 1024)) {
      return 'encrypted';
    }
    return /\.wps$/i.test(fileName) ? 'wps' : 'doc';
  }
  return 'unknown';
}
