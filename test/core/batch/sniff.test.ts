/** Our own sniffing (src/core/batch/sniff.ts): what a file is from its first bytes, and from its name where the bytes cannot tell. */
// From its own module: the batch index would load every batch module (their tables are code a
// mutation run counts as reached by this file, and its 8 MiB tests would then run for them).
import { sniffBytes } from '../../../src/core/batch/sniff';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MIB = 1024 * 1024;

/** `name` as UTF-16LE, as an OLE directory entry stores a stream's name. */
function utf16(name: string): number[] {
  return [...name].flatMap((c) => [c.charCodeAt(0), 0]);
}

/** An OLE compound file of `size` bytes (zeros after the signature) with `name` written at `at`, after 32 bytes of `before`. */
function ole(size: number, name?: string, at = 512, before = 0): Uint8Array {
  const b = new Uint8Array(size);
  b.set(OLE);
  if (name !== undefined) {
    b.fill(before, at - 32, at);
    b.set(utf16(name), at);
  }
  return b;
}

const ascii = (s: string) => new TextEncoder().encode(s);

describe('sniffBytes', () => {
  it('names an empty file, a ZIP, a PDF and an RTF file by their first bytes', () => {
    expect(sniffBytes(new Uint8Array(0))).toBe('empty');
    expect(sniffBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('zip');
    expect(sniffBytes(ascii('%PDF-1.7\n%âãÏÓ\n'))).toBe('pdf');
    expect(sniffBytes(ascii('{\\rtf1\\ansi\\ansicpg936 案例}'))).toBe('rtf');
  });

  it('matches a signature that is the whole file (a 2-byte "PK")', () => {
    expect(sniffBytes(new Uint8Array([0x50, 0x4b]))).toBe('zip');
    expect(sniffBytes(new Uint8Array([0x50]))).toBe('unknown');
  });

  it('calls anything else unknown: text, HTML', () => {
    expect(sniffBytes(ascii('申报单位：机械学院'))).toBe('unknown');
    expect(sniffBytes(ascii('<html><body>案例</body></html>'))).toBe('unknown');
  });

  it('tells a .wps from a .doc by the name alone, the extension at the end only', () => {
    const doc = ole(2048);
    expect(sniffBytes(doc, '文法学院/WPS 文档案例.wps')).toBe('wps');
    expect(sniffBytes(doc, '案例.WPS')).toBe('wps');
    expect(sniffBytes(doc, '旧版文档案例.doc')).toBe('doc');
    expect(sniffBytes(doc, '案例.wps.doc')).toBe('doc');
    expect(sniffBytes(doc)).toBe('doc');
  });

  it('finds an encrypted package by either stream name alone, wherever it sits before the bound', () => {
    expect(sniffBytes(ole(2048, 'EncryptedPackage', 1280))).toBe('encrypted');
    expect(sniffBytes(ole(2048, 'EncryptionInfo', 1152))).toBe('encrypted');
    expect(sniffBytes(ole(2048, 'EncryptionInfo', 1152), '案例.wps')).toBe('encrypted');
  });

  it('finds a stream name preceded by any byte, and one that ends the file', () => {
    // The bytes before the name are the previous directory entry's last fields: they need not be 0.
    expect(sniffBytes(ole(2048, 'EncryptedPackage', 1280, 0x41))).toBe('encrypted');
    // 'EncryptionInfo' is 14 characters = 28 bytes: the last ones of a 1,052-byte file.
    expect(sniffBytes(ole(1052, 'EncryptionInfo', 1024, 0x41))).toBe('encrypted');
  });

  it('takes a name only as UTF-16LE: each character followed by a zero byte', () => {
    const b = ole(2048);
    b.set([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0x01]), 1280);
    expect(sniffBytes(b)).toBe('doc');
    const one = ole(2048);
    one.set(ascii('EncryptedPackage'), 1280);
    expect(sniffBytes(one)).toBe('doc');
  });

  it('looks for the encryption streams only in the first 8 MiB', () => {
    // A name that starts 20 bytes before 8 MiB runs past the bound: not seen.
    expect(sniffBytes(ole(8 * MIB + 1024, 'EncryptedPackage', 8 * MIB - 20))).toBe('doc');
    expect(sniffBytes(ole(8 * MIB + 1024, 'EncryptionInfo', 8 * MIB - 20))).toBe('doc');
    // Wholly past the bound: not seen either.
    expect(sniffBytes(ole(9 * MIB, 'EncryptedPackage', 8 * MIB + 4096))).toBe('doc');
    // Ending exactly at the bound: seen (16 characters = 32 bytes).
    expect(sniffBytes(ole(8 * MIB + 1024, 'EncryptedPackage', 8 * MIB - 32))).toBe('encrypted');
  });
});
