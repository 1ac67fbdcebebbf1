/**
 * Generators for the hostile inputs of issue 10, written into a folder by the end-to-end
 * tests (CLI and checker page) beside good cases: small programs, not opaque blobs. Each
 * says how it must be reported: refused (`error`, a file-format row) or read with a warning.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Deflate, inflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { docxFixture, documentPart, NS, para } from './docx-fixture';
import { slowCrc32, wordEntries, writeZip } from './zip-writer';

/**
 * A raw DEFLATE stream of `prefix` followed by `repeats` × 258 copies of its last byte:
 * one fixed-Huffman block of literals and (length 258, distance 1) matches, about 13 bits per
 * 258 bytes, so a bomb of gigabytes is built in milliseconds.
 */
export function deflateBomb(prefix: Uint8Array, repeats: number): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let nbits = 0;
  const bits = (value: number, n: number): void => {
    acc |= value << nbits;
    nbits += n;
    while (nbits >= 8) {
      out.push(acc & 0xff);
      acc >>>= 8;
      nbits -= 8;
    }
  };
  /** Fixed Huffman codes are written most significant bit first. */
  const code = (c: number, n: number): void => {
    let r = 0;
    for (let i = 0; i < n; i++) r |= ((c >> i) & 1) << (n - 1 - i);
    bits(r, n);
  };
  bits(1, 1); // final block
  bits(1, 2); // fixed Huffman
  for (const b of prefix) {
    if (b < 144) code(0x30 + b, 8);
    else code(0x190 + b - 144, 9);
  }
  for (let i = 0; i < repeats; i++) {
    code(0xc5, 8); // length code 285 = 258
    code(0, 5); // distance code 0 = 1
  }
  code(0, 7); // end of block (256)
  if (nbits) out.push(acc & 0xff);
  return new Uint8Array(out);
}

/** A one-entry zip whose headers claim `claimed` bytes uncompressed (and the CRC given, 0 by default). */
export function zipWithClaim(name: string, deflated: Uint8Array, claimed: number, crc = 0): Uint8Array {
  const n = strToU8(name);
  const u32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
  const u16 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff];
  const local = [...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(8), ...u16(0), ...u16(0), ...u32(crc), ...u32(deflated.length), ...u32(claimed), ...u16(n.length), ...u16(0)];
  const central = [
    ...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(8), ...u16(0), ...u16(0), ...u32(crc), ...u32(deflated.length), ...u32(claimed),
    ...u16(n.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0),
  ];
  const cdOffset = local.length + n.length + deflated.length;
  const eocd = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(1), ...u16(1), ...u32(central.length + n.length), ...u32(cdOffset), ...u16(0)];
  const out = new Uint8Array(cdOffset + central.length + n.length + eocd.length);
  out.set(local, 0);
  out.set(n, local.length);
  out.set(deflated, local.length + n.length);
  out.set(central, cdOffset);
  out.set(n, cdOffset + central.length);
  out.set(eocd, cdOffset + central.length + n.length);
  return out;
}

/** A Word package whose document.xml is `repeat` copies of `unit` between `head` and `tail`, deflated as a stream (never built whole). */
export function repeatedDocx(head: string, unit: string, repeat: number, tail: string, extra: Record<string, string> = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (chunk) => chunks.push(chunk));
  const start = documentPart('\u0000').split('\u0000');
  d.push(strToU8(start[0] + head));
  const block = strToU8(unit.repeat(Math.min(repeat, 10_000)));
  let left = repeat;
  while (left > 0) {
    const n = Math.min(left, 10_000);
    d.push(n === 10_000 ? block : strToU8(unit.repeat(n)));
    left -= n;
  }
  d.push(strToU8(tail + start[1]), true);
  let size = 0;
  for (const c of chunks) size += c.length;
  const deflated = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    deflated.set(c, at);
    at += c.length;
  }
  // The rest of the package from a small fixture; document.xml replaced by the stream.
  const parts = unzipSync(docxFixture({ documentXml: para('x'), ...extra }));
  delete parts['word/document.xml'];
  const others = zipSync(parts);
  return spliceEntry(others, 'word/document.xml', deflated);
}

/** Add a pre-deflated entry (with a correct CRC and size, computed by inflating it once) to a zip made by fflate. */
function spliceEntry(zip: Uint8Array, name: string, deflated: Uint8Array): Uint8Array {
  const content = inflateSync(deflated);
  const entries = Object.entries(unzipSync(zip)).map(([n, data]) => ({ name: n, data }));
  return writeZip([...entries, { name, data: content, rawData: deflated, crc: slowCrc32(content) }]);
}

export interface HostileFile {
  /** Path inside the folder. */
  name: string;
  /**
   * `error`: refused, a file-format row; `warning`: read, with a warning that the count may
   * be wrong; `checked`: read and checked like any case (what used to cost minutes or
   * gigabytes is now bounded).
   */
  expect: 'error' | 'warning' | 'checked';
  /** Writes the file (or folder) at `full`. */
  write(full: string): void;
}

const numbered = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

function numbering(lvl: string, paragraphs: number): Uint8Array {
  return docxFixture({
    documentXml: numbered('项').repeat(paragraphs),
    numberingXml: `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">${lvl}</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  });
}

const bytes = (data: Uint8Array) => (full: string) => fs.writeFileSync(full, data);

/** A heading paragraph as compact as Word writes it: a million of them compress to a few hundred KB. */
const HEADING = '<w:p><w:r><w:t>一、实施背景</w:t></w:r></w:p>';

/** A real Word file with one byte of word/document.xml's compressed data changed. */
function crcMutant(real: Uint8Array): Uint8Array {
  const b = real.slice();
  const at = Buffer.from(b).indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length + 200;
  b[at] ^= 0x20;
  return b;
}

/**
 * Every hostile input of issue 10 that a folder can hold. `real` is a Word file to damage.
 * The numbering ones build labels of millions of characters with the old reader; the
 * paragraph ones millions of paragraphs; the headings one a million diagnostics.
 */
export function hostileFiles(real: Uint8Array): HostileFile[] {
  const doc = documentPart(Array.from({ length: 40 }, (_, i) => para(`第${i + 1}段，党建引领发展。`)).join(''));
  const withDocument = (xml: string | Uint8Array) => zipSync({ ...unzipSync(docxFixture({ documentXml: para('x') })), 'word/document.xml': typeof xml === 'string' ? strToU8(xml) : xml });
  return [
    { name: '编号/字母2e9.docx', expect: 'checked', write: bytes(numbering('<w:start w:val="2000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/>', 3000)) },
    { name: '编号/起始1e15.docx', expect: 'checked', write: bytes(numbering('<w:start w:val="1000000000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/>', 100)) },
    { name: '编号/百万个零.docx', expect: 'checked', write: bytes(numbering(`<w:numFmt w:val="custom" w:format="${'0'.repeat(1_000_000)}, ..."/><w:lvlText w:val="%1"/>`, 3000)) },
    { name: '编号/百万字符符号.docx', expect: 'checked', write: bytes(numbering(`<w:numFmt w:val="bullet"/><w:lvlText w:val="${'●'.repeat(1_000_000)}"/>`, 3000)) },
    { name: '编号/百万个百分号.docx', expect: 'checked', write: bytes(numbering(`<w:numFmt w:val="decimal"/><w:lvlText w:val="${'%1'.repeat(1_000_000)}"/>`, 3000)) },
    {
      name: '放大/千万空段落.docx',
      expect: 'error',
      write: bytes(repeatedDocx('<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>'.repeat(30), '<w:p/>', 10_000_000, '</w:sdtContent></w:sdt>'.repeat(30))),
    },
    { name: '放大/百万标题.docx', expect: 'error', write: bytes(repeatedDocx('', HEADING, 1_000_000, '')) },
    { name: '放大/十五万标题.docx', expect: 'checked', write: bytes(repeatedDocx('', HEADING, 150_000, '')) },
    { name: '放大/两百万文字块.docx', expect: 'error', write: bytes(repeatedDocx('<w:p>', '<w:r/>', 2_100_000, '</w:p>')) },
    {
      // 100 MiB of XML in 660 KB, its header claiming 1000 bytes.
      name: '炸弹/百MB.docx',
      expect: 'error',
      write: bytes(zipWithClaim('word/document.xml', deflateBomb(strToU8(documentPart(para('x')).replace('</w:document>', '')), Math.ceil((100 * 1024 * 1024) / 258)), 1000)),
    },
    {
      name: '炸弹/样式.docx',
      expect: 'error',
      write: bytes(docxFixture({ documentXml: para('x'), stylesXml: `<w:styles ${NS}>${' '.repeat(20 * 1024 * 1024)}</w:styles>` })),
    },
    {
      name: 'XML/实体.docx',
      expect: 'error',
      write: bytes(withDocument('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + documentPart(para('&e;')).replace(/^<\?xml[^>]*>/, ''))),
    },
    { name: 'XML/深层嵌套.docx', expect: 'warning', write: bytes(docxFixture({ documentXml: '<w:p>' + '<w:customXml>'.repeat(20_000) + '<w:r><w:t>深</w:t></w:r>' + '</w:customXml>'.repeat(20_000) + '</w:p>' })) },
    { name: 'XML/截断一半.docx', expect: 'error', write: bytes(withDocument(doc.slice(0, Math.floor(doc.length / 2)))) },
    { name: 'XML/标签中截断.docx', expect: 'error', write: bytes(withDocument(doc.slice(0, doc.lastIndexOf('<w:t') + 6))) },
    { name: 'XML/外来命名空间.docx', expect: 'error', write: bytes(withDocument(doc.replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://example.com/not-word'))) },
    {
      name: 'XML/GBK声明.docx',
      expect: 'warning',
      write: bytes(withDocument(new Uint8Array([...strToU8(`<?xml version="1.0" encoding="GBK"?><w:document ${NS}><w:body><w:p><w:r><w:t>`), 181, 179, 189, 168, ...strToU8('</w:t></w:r></w:p></w:body></w:document>')]))),
    },
    { name: '压缩包/CRC不符.docx', expect: 'error', write: bytes(crcMutant(real)) },
    { name: '压缩包/缺少类型表.docx', expect: 'warning', write: bytes(writeZip(wordEntries(para('正文'), { contentTypes: false }))) },
    {
      name: '压缩包/重复条目.docx',
      expect: 'warning',
      write: bytes(writeZip([...wordEntries(para('第一份')), { name: 'word/document.xml', data: documentPart(para('最后一份')) }])),
    },
    { name: '压缩包/截断.docx', expect: 'error', write: bytes(real.subarray(0, Math.floor(real.length / 2))) },
    {
      name: '伪装/表格.docx',
      expect: 'error',
      write: bytes(
        zipSync({
          '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
          '_rels/.rels': strToU8(
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
          ),
          'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
        }),
      ),
    },
    {
      name: '伪装/大文件.txt',
      expect: 'error',
      write: (full) => {
        fs.closeSync(fs.openSync(full, 'w'));
        fs.truncateSync(full, 600 * 1024 * 1024); // sparse: takes no disk
      },
    },
    {
      // A folder that cannot be listed: its absolute path is longer than PATH_MAX (4096).
      name: '路径过长',
      expect: 'error',
      write: (full) => {
        fs.mkdirSync(full, { recursive: true });
        const segment = '长'.repeat(80); // 240 bytes
        execFileSync('bash', ['-c', `cd "$1" && for i in $(seq 1 18); do mkdir "$2" && cd "$2"; done && echo x > 案例.docx`, 'sh', full, segment]);
      },
    },
  ];
}

/** Remove a folder that may hold paths longer than PATH_MAX (rm -rf walks them relatively). */
export function removeTree(dir: string): void {
  execFileSync('rm', ['-rf', dir]);
}

/** Names a folder check must survive: formula-like, with control characters, not UTF-8. Each holds a good case. */
export function hostileNames(dir: string, good: Uint8Array): string[] {
  const names = ['名称/=HYPERLINK("evil.example","点我").docx', '名称/伪造\u001b[2J\r行.docx'];
  for (const n of names) {
    fs.mkdirSync(path.dirname(path.join(dir, n)), { recursive: true });
    fs.writeFileSync(path.join(dir, n), good);
  }
  // 案例 in GBK: B0 B8 C0 FD (an archive made on Chinese Windows, unzipped elsewhere).
  fs.writeFileSync(Buffer.concat([Buffer.from(path.join(dir, '名称') + path.sep), Buffer.from([0xb0, 0xb8, 0xc0, 0xfd]), Buffer.from('.docx')]), good);
  fs.writeFileSync(path.join(dir, '名称', '公式单位.docx'), formulaCase());
  return [...names, '名称/案例.docx', '名称/公式单位.docx'];
}

/** A case whose title and unit are formulas (`+1+1 公式标题`, `=HYPERLINK("evil.example","点我")`): the review table's cells must not run them. */
export function formulaCase(): Uint8Array {
  const lines = ['案例名称：+1+1 公式标题', '申报单位（盖章）：=HYPERLINK("evil.example","点我")', '案例简介', '简介。', '一、实施背景', '背景。', '二、主要做法', '做法。', '三、经验启示', '启示。'];
  return docxFixture({ documentXml: lines.map((t) => para(t)).join('') });
}
