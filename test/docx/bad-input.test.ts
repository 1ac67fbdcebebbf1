/** Files that are not readable .docx packages: a stable code and a Chinese message naming the file. */
import { inflateSync, strToU8, zipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { isDocxFileName, readDocx, sniffFormat, type ReadErrorCode } from '../../src/docx';
import { inflateCapped, ZipError } from '../../src/docx/zip';
import { docxFixture, documentPart, para } from '../helpers/docx-fixture';
import { deflateBomb, zipWithClaim } from '../helpers/hostile-files';
import { slowCrc32 } from '../helpers/zip-writer';

const REAL = path.resolve(__dirname, '../../../shared/wordcount/docx/en-short-word12-mac.docx');

function code(bytes: Uint8Array, fileName = '报告.docx'): ReadErrorCode | 'ok' {
  const r = readDocx(bytes, { fileName });
  return r.ok ? 'ok' : r.error.code;
}

function message(bytes: Uint8Array, fileName = '报告.docx'): string {
  const r = readDocx(bytes, { fileName });
  if (r.ok) throw new Error('expected an error');
  return r.error.message;
}

/** A minimal OLE compound file header followed by directory entry names in UTF-16LE. */
function ole(...streamNames: string[]): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(1024 + 128 * streamNames.length);
  bytes.set(head);
  streamNames.forEach((name, i) => {
    for (let k = 0; k < name.length; k++) bytes[512 + 128 * i + 2 * k] = name.charCodeAt(k);
  });
  return bytes;
}

const text = (s: string): Uint8Array => strToU8(s);

/** Set the "encrypted" flag in every local and central header. */
function markEncrypted(zip: Uint8Array): Uint8Array {
  const b = zip.slice();
  for (let i = 0; i + 4 < b.length; i++) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 3 && b[i + 3] === 4) b[i + 6] |= 1;
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 1 && b[i + 3] === 2) b[i + 8] |= 1;
  }
  return b;
}

describe('not a .docx', () => {
  test.each<[string, Uint8Array, ReadErrorCode]>([
    ['empty file', new Uint8Array(0), 'empty'],
    ['PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['RTF', text('{\\rtf1\\ansi\\deff0 {\\fonttbl}}'), 'rtf'],
    ['HTML', text('<!DOCTYPE html><html><body><p>案例</p></body></html>'), 'html'],
    ['HTML saved by Word as .doc', text('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head></html>'), 'html'],
    ['a single-file web page (.mht) renamed .doc', text('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n'), 'html'],
    ['Word 2003 XML', text('<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>'), 'not-docx'],
    ['plain text', text('案例名称：测试\n案例简介：……\n'), 'text'],
    ['binary junk', new Uint8Array([0, 1, 2, 3, 0xff, 0, 7, 9]), 'not-zip'],
    ['encrypted OOXML (OLE with EncryptionInfo/EncryptedPackage)', ole('Root Entry', 'EncryptionInfo', 'EncryptedPackage'), 'encrypted'],
    ['legacy .doc', ole('Root Entry', 'WordDocument', '1Table'), 'legacy-doc'],
    ['another OLE file (.xls)', ole('Root Entry', 'Workbook'), 'not-docx'],
    ['a zip without word/document.xml', zipSync({ 'a.txt': text('x') }), 'not-docx'],
    ['an Excel workbook', zipSync({ '[Content_Types].xml': text('<Types/>'), 'xl/workbook.xml': text('<workbook/>') }), 'not-docx'],
    ['an encrypted zip entry', markEncrypted(docxFixture({ documentXml: para('x') })), 'encrypted'],
  ])('%s', (_name, bytes, expected) => {
    expect(code(bytes)).toBe(expected);
  });

  test('WPS files: by name when the content is a Word 97 or unknown OLE file', () => {
    expect(code(ole('Root Entry', 'WordDocument'), '案例.wps')).toBe('wps');
    expect(code(ole('Root Entry', 'Something'), '案例.wps')).toBe('wps');
  });

  test('messages name the file and the reason, in Chinese', () => {
    expect(message(ole('EncryptionInfo', 'EncryptedPackage'))).toBe(
      '「报告.docx」不是 Word 文档（.docx）：文件设置了打开密码（已加密），无法读取；请提供去掉密码后的版本（Word：文件 → 信息 → 保护文档 → 用密码进行加密，清空密码后保存）。',
    );
    expect(message(ole('WordDocument'), '旧.doc')).toContain('「旧.doc」不是 Word 文档（.docx）：这是旧版 Word 97-2003 文档（.doc）');
    expect(message(new Uint8Array(0), '空.docx')).toContain('「空.docx」');
    expect(message(zipSync({ 'xl/workbook.xml': text('<workbook/>') }), '表.docx')).toContain('Excel');
    const r = readDocx(new Uint8Array(0));
    expect(!r.ok && r.error.message).toMatch(/^该文件/);
  });
});

describe('damaged packages', () => {
  const real = new Uint8Array(fs.readFileSync(REAL));
  test('a truncated zip', () => {
    expect(code(real.subarray(0, Math.floor(real.length / 2)))).toBe('truncated');
    expect(code(real.subarray(0, 100))).toBe('truncated');
  });
  test('a corrupt deflate stream in word/document.xml', () => {
    const fixture = docxFixture({ documentXml: para('正文'.repeat(200)) });
    // Find the document.xml data (first entry) and overwrite its compressed bytes.
    const b = fixture.slice();
    const nameLen = b[26] | (b[27] << 8);
    const extraLen = b[28] | (b[29] << 8);
    const start = 30 + nameLen + extraLen;
    for (let i = start; i < start + 40; i++) b[i] = 0xff;
    expect(['corrupt', 'truncated']).toContain(code(b));
  });
});

describe('hostile XML', () => {
  test('<!DOCTYPE / <!ENTITY in document.xml are refused, never expanded', () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      documentPart('<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>').replace(/^<\?xml[^>]*>/, '');
    expect(code(docxFixture({ documentXml: lol }))).toBe('xml-entities');
    expect(message(docxFixture({ documentXml: lol }))).toContain('word/document.xml');
  });
  test('... and in styles.xml too', () => {
    const styles = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:styles/>';
    expect(code(docxFixture({ documentXml: para('x'), stylesXml: styles }))).toBe('xml-entities');
  });
  test('a main part that is not WordprocessingML XML', () => {
    const b = zipSync({ 'word/document.xml': text('this is not xml at all') });
    expect(code(b)).toBe('xml-malformed');
  });
});

describe('zip bombs', () => {
  test('the hand-made DEFLATE stream is what it claims to be', () => {
    const data = inflateCapped(deflateBomb(strToU8('ab'), 3), 1 << 20);
    expect(data.length).toBe(2 + 3 * 258);
    expect(data.every((c, i) => c === (i === 0 ? 0x61 : 0x62))).toBe(true);
  });
  test('inflation stops at the cap, whatever the data claims', () => {
    const bomb = deflateBomb(strToU8(' '), 2 * 4096); // about 2 MiB
    expect(() => inflateCapped(bomb, 512 * 1024)).toThrow(ZipError);
    expect(inflateCapped(bomb, 4 * 1024 * 1024).length).toBe(1 + 2 * 4096 * 258);
  });
  test('a document.xml over the 64 MiB cap whose header claims 1000 bytes is refused as too large', () => {
    const start = strToU8(documentPart('<w:p><w:r><w:t>x</w:t></w:r></w:p>').replace('</w:document>', ''));
    const bomb = deflateBomb(start, Math.ceil((65 * 1024 * 1024) / 258));
    const r = readDocx(zipWithClaim('word/document.xml', bomb, 1000), { fileName: '炸弹.docx' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('too-large');
      expect(r.error.message).toContain('「炸弹.docx」');
    }
  });
  test('the same kind of stream under the cap is read when its header is honest', () => {
    // The whole part, then 258,000 more of its last byte ('>') after the root element: well-formed.
    const bomb = deflateBomb(strToU8(documentPart('<w:p><w:r><w:t>x</w:t></w:r></w:p>')), 1000);
    const content = inflateSync(bomb);
    const r = readDocx(zipWithClaim('word/document.xml', bomb, content.length, slowCrc32(content)));
    expect(r.ok && r.doc.paragraphs.map((p) => p.text)).toEqual(['x']);
  });
  test('... and refused as damaged when its header lies about the size', () => {
    const bomb = deflateBomb(strToU8(documentPart('<w:p><w:r><w:t>x</w:t></w:r></w:p>')), 1000);
    const r = readDocx(zipWithClaim('word/document.xml', bomb, 1000, slowCrc32(inflateSync(bomb))));
    expect(!r.ok && r.error.code).toBe('corrupt');
  });
});

describe('sniffFormat', () => {
  test.each<[string, Uint8Array, string]>([
    ['docx', docxFixture({ documentXml: para('x') }), 'docx'],
    ['xlsx', zipSync({ 'xl/workbook.xml': text('<w/>') }), 'xlsx'],
    ['pptx', zipSync({ 'ppt/presentation.xml': text('<p/>') }), 'pptx'],
    ['odt', zipSync({ mimetype: text('application/vnd.oasis.opendocument.text'), 'content.xml': text('<c/>') }), 'odf'],
    ['zip', zipSync({ 'a.txt': text('a') }), 'zip'],
    ['truncated zip', docxFixture({ documentXml: para('x') }).subarray(0, 60), 'zip-truncated'],
    ['pdf', text('%PDF-1.4'), 'pdf'],
    ['doc', ole('WordDocument'), 'doc'],
    ['encrypted', ole('EncryptedPackage'), 'encrypted'],
    ['ole', ole('Workbook'), 'ole'],
    ['rtf', text('{\\rtf1'), 'rtf'],
    ['html', text('<html><body></body></html>'), 'html'],
    ['xml', text('<?xml version="1.0"?><a/>'), 'xml'],
    ['text', text('hello'), 'text'],
    ['empty', new Uint8Array(0), 'empty'],
  ])('%s', (_n, bytes, expected) => {
    expect(sniffFormat(bytes)).toBe(expected);
  });
});

describe('isDocxFileName', () => {
  test.each([
    ['案例.docx', true],
    ['dir/案例.DOCX', true],
    ['C:\\x\\a.docx ', true],
    ['~$案例.docx', false],
    ['案例.doc', false],
    ['案例.docx.pdf', false],
    ['.docx', false],
  ])('%s → %s', (name, expected) => {
    expect(isDocxFileName(name)).toBe(expected);
  });
});
