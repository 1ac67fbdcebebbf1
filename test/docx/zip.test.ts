/**
 * The zip layer on its own (issue 16's surviving mutants of src/docx/zip.ts): signatures, the
 * end records and the ZIP64 extra fields a writer may lay out in more than one way, and every
 * refusal with its code and its words (src/docx/index.ts turns the words into the Chinese
 * detail of a read error; src/export/sheet.ts shows them when a roster workbook is damaged).
 *
 * The archives are built byte by byte here, so that each header can say what a test needs;
 * the CRC comes from the test helper's bitwise code, not from the reader's table.
 */
import { deflateSync, Inflate, strToU8, zipSync } from 'fflate';
import { readDocx } from '../../src/docx';
import { inflateCapped, isZip, ZipArchive, ZipError } from '../../src/docx/zip';
import { slowCrc32 } from '../helpers/zip-writer';

const u16 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff];
const u32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const u64 = (v: number): number[] => [...u32(v % 0x100000000), ...u32(Math.floor(v / 0x100000000))];
const ascii = (s: string): number[] => Array.from(strToU8(s));
const FF = 0xffffffff;

/** Where the builder put things (offsets in the whole file, prefix included). */
interface Layout {
  offsets: number[];
  sizes: number[];
  packedSizes: number[];
  cdStart: number;
  cdEnd: number;
  eocd: number;
}

interface Part {
  name: string;
  data: string;
  /** 0 stored, 8 deflated (default), anything else as written. */
  method?: number;
  /** The deflate level (0: stored blocks only, as some writers deflate). */
  level?: 0;
  flags?: number;
  /** The name the local header gives, when it differs from the central record's. */
  localName?: string;
  localExtra?: number[];
  /** What the central record declares instead of the real values (32-bit fields). */
  central?: { compressedSize?: number; size?: number; localOffset?: number };
  /** The central record's extra field (it may use the part's real offset and sizes). */
  extra?: (real: { offset: number; size: number; compressedSize: number }) => number[];
  comment?: number[];
}

interface Shape {
  /** Bytes before the archive. */
  prefix?: number[];
  /** What the end record declares instead of the real values. */
  count?: number;
  cdSize?: number;
  cdOffset?: number;
  /** Bytes between the central directory and the end record (a ZIP64 record, a locator). */
  tail?: (l: Omit<Layout, 'eocd'>) => number[];
  comment?: (l: Layout) => number[];
}

function build(parts: Part[], shape: Shape = {}): { bytes: Uint8Array; layout: Layout } {
  const out: number[] = [...(shape.prefix ?? [])];
  const central: number[] = [];
  const offsets: number[] = [];
  const sizes: number[] = [];
  const packedSizes: number[] = [];
  for (const part of parts) {
    const data = strToU8(part.data);
    const method = part.method ?? 8;
    const packed = method === 8 ? deflateSync(data, { level: part.level ?? 6 }) : data;
    const crc = slowCrc32(data);
    const name = ascii(part.name);
    const localName = part.localName === undefined ? name : ascii(part.localName);
    const localExtra = part.localExtra ?? [];
    const offset = out.length;
    offsets.push(offset);
    sizes.push(data.length);
    packedSizes.push(packed.length);
    out.push(...u32(0x04034b50), ...u16(20), ...u16(part.flags ?? 0), ...u16(method), ...u16(0), ...u16(0), ...u32(crc));
    out.push(...u32(packed.length), ...u32(data.length), ...u16(localName.length), ...u16(localExtra.length), ...localName, ...localExtra, ...packed);
    const c = part.central ?? {};
    const extra = part.extra?.({ offset, size: data.length, compressedSize: packed.length }) ?? [];
    const comment = part.comment ?? [];
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(part.flags ?? 0), ...u16(method), ...u16(0), ...u16(0), ...u32(crc));
    central.push(...u32(c.compressedSize ?? packed.length), ...u32(c.size ?? data.length), ...u16(name.length), ...u16(extra.length), ...u16(comment.length));
    central.push(...u16(0), ...u16(0), ...u32(0), ...u32(c.localOffset ?? offset), ...name, ...extra, ...comment);
  }
  const cdStart = out.length;
  out.push(...central);
  const cdEnd = out.length;
  out.push(...(shape.tail?.({ offsets, sizes, packedSizes, cdStart, cdEnd }) ?? []));
  const eocd = out.length;
  const layout = { offsets, sizes, packedSizes, cdStart, cdEnd, eocd };
  const comment = shape.comment?.(layout) ?? [];
  const count = shape.count ?? parts.length;
  out.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(shape.cdSize ?? cdEnd - cdStart), ...u32(shape.cdOffset ?? cdStart - (shape.prefix?.length ?? 0)));
  out.push(...u16(comment.length), ...comment);
  return { bytes: Uint8Array.from(out), layout };
}

const zip = (parts: Part[], shape: Shape = {}): Uint8Array => build(parts, shape).bytes;

/** The ZipError a call throws (failing the test if it throws nothing or something else). */
function zipError(f: () => unknown): ZipError {
  try {
    f();
  } catch (e) {
    if (e instanceof ZipError) return e;
    throw e;
  }
  throw new Error('expected a ZipError');
}

const text = (archive: ZipArchive, name: string): string => new TextDecoder().decode(archive.read(archive.get(name)!, 1 << 20));

const PARTS: Part[] = [
  { name: 'a.xml', data: '<a>第一部分</a>' },
  { name: 'b.xml', data: '<b>第二部分，第二部分</b>', method: 0 },
];

/** The detail of readDocx's refusal: the words of the ZipError, in Chinese. */
function docxReason(bytes: Uint8Array): string {
  const r = readDocx(bytes, { fileName: '案例.docx' });
  if (r.ok) throw new Error('expected a refusal');
  return `${r.error.code}: ${r.error.reason}`;
}

/**
 * A file that begins with its end record, the rest of the archive being the end record's comment:
 * the parts (stored) and the directory in the given order, so that either can end at the last byte.
 */
function endRecordFirst(parts: { name: string; data: string }[], order: 'parts, then directory' | 'directory, then parts'): Uint8Array {
  const files = parts.map((p) => ({ name: ascii(p.name), data: Array.from(strToU8(p.data)), crc: slowCrc32(strToU8(p.data)) }));
  const locals = files.map((f) => [...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(f.crc), ...u32(f.data.length), ...u32(f.data.length), ...u16(f.name.length), ...u16(0), ...f.name, ...f.data]);
  const cdSize = files.reduce((n, f) => n + 46 + f.name.length, 0);
  let at = order === 'parts, then directory' ? 22 : 22 + cdSize;
  const central: number[] = [];
  files.forEach((f, i) => {
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(f.crc), ...u32(f.data.length), ...u32(f.data.length));
    central.push(...u16(f.name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(at), ...f.name);
    at += locals[i].length;
  });
  const rest = order === 'parts, then directory' ? [...locals.flat(), ...central] : [...central, ...locals.flat()];
  const cdOffset = order === 'parts, then directory' ? 22 + locals.flat().length : 22;
  return Uint8Array.from([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(files.length), ...u16(files.length), ...u32(cdSize), ...u32(cdOffset), ...u16(rest.length), ...rest]);
}

describe('signatures', () => {
  test.each([
    ['PK\\3\\4 (a local header, as every .docx begins) is a zip', [0x50, 0x4b, 3, 4], true],
    ['PK\\5\\6 (the end record of an empty archive) is a zip', [0x50, 0x4b, 5, 6], true],
    ['PK\\7\\8 (the marker of a spanned archive) is a zip', [0x50, 0x4b, 7, 8], true],
    ['PK\\9\\4 is not a zip', [0x50, 0x4b, 9, 4], false],
    ['PK\\3\\9 is not a zip', [0x50, 0x4b, 3, 9], false],
    ['PK\\1\\2 (a central record, which no archive begins with) is not a zip', [0x50, 0x4b, 1, 2], false],
    ['\\0K\\3\\4 (a first byte other than P) is not a zip', [0x00, 0x4b, 3, 4], false],
    ['P\\0\\3\\4 (a second byte other than K) is not a zip', [0x50, 0x00, 3, 4], false],
  ])('%s', (_name, head, expected) => {
    expect(isZip(Uint8Array.from([...(head as number[]), 0, 0, 0, 0]))).toBe(expected);
  });

  test('an empty archive (PK\\5\\6: nothing but the end record) is a zip, and a file to get again', () => {
    const empty = zipSync({});
    expect(Array.from(empty.subarray(0, 4))).toEqual([0x50, 0x4b, 5, 6]);
    expect(zipError(() => new ZipArchive(empty)).code).toBe('truncated');
    const r = readDocx(empty, { fileName: '空.docx' });
    expect(r.ok ? 'ok' : r.error.code).toBe('truncated');
  });

  test('a file of exactly the four bytes PK\\3\\4 is a zip, cut short (truncated), not a file of another kind', () => {
    const head = Uint8Array.from([0x50, 0x4b, 3, 4]);
    expect(isZip(head)).toBe(true);
    const e = zipError(() => new ZipArchive(head));
    expect([e.code, e.message]).toEqual(['truncated', 'no end of central directory']);
  });

  test('bytes that are not a zip are refused as ZipError not-zip', () => {
    const e = zipError(() => new ZipArchive(strToU8('案例名称：测试')));
    expect([e.name, e.code, e.message]).toEqual(['ZipError', 'not-zip', 'not a zip archive']);
    expect(String(e)).toBe('ZipError: not a zip archive');
  });
});

describe('names', () => {
  test('UTF-8 names are decoded (the picture folder of a Chinese author)', () => {
    const a = new ZipArchive(zip([{ name: '图片/照片一.xml', data: '<p/>' }]));
    expect([...a.entries.values()].map((e) => e.name)).toEqual(['图片/照片一.xml']);
    expect(a.has('图片/照片一.xml')).toBe(true);
    expect(text(a, '图片/照片一.xml')).toBe('<p/>');
  });

  test('leading slashes are dropped from stored names', () => {
    const a = new ZipArchive(zip([{ name: '//word/document.xml', data: '<d/>' }]));
    expect(a.get('word/document.xml')?.name).toBe('word/document.xml');
  });

  test('a name of Chinese characters only (not one ASCII byte) is decoded as UTF-8', () => {
    const a = new ZipArchive(zip([{ name: '照片', data: '<p/>' }]));
    expect([...a.entries.values()].map((e) => e.name)).toEqual(['照片']);
    expect(text(a, '照片')).toBe('<p/>');
  });

  test('a backslash in a stored name (as some Windows tools write) is read as a folder separator', () => {
    const a = new ZipArchive(zip([{ name: 'word\\document.xml', data: '<d/>' }]));
    expect(a.get('word/document.xml')?.name).toBe('word/document.xml');
    expect(text(a, 'word/document.xml')).toBe('<d/>');
  });

  test('a name stored twice (in any case): the last entry is read, and the repeated name is listed', () => {
    const a = new ZipArchive(zip([{ name: 'word/a.xml', data: '<first/>' }, { name: 'Word/A.xml', data: '<last/>' }, { name: 'b.xml', data: '<b/>' }]));
    expect(a.duplicates).toEqual(['Word/A.xml']);
    expect(text(a, 'word/a.xml')).toBe('<last/>');
    expect(a.entries.size).toBe(2);
  });

  test('a record with a comment: the comment is skipped and the next record read', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', comment: ascii('note') }, { name: 'b.xml', data: '<b/>' }]));
    expect([...a.entries.keys()]).toEqual(['a.xml', 'b.xml']);
    expect(text(a, 'b.xml')).toBe('<b/>');
  });
});

describe('the end of central directory record', () => {
  test('an archive cut before its end record is truncated', () => {
    const whole = zip([{ name: 'a.xml', data: '<a>第一部分</a>' }]);
    const e = zipError(() => new ZipArchive(whole.subarray(0, 40)));
    expect([e.code, e.message]).toEqual(['truncated', 'no end of central directory']);
  });

  test('a wrong directory offset: the directory is found from its size, before the end record', () => {
    const a = new ZipArchive(zip(PARTS, { cdOffset: 7 }));
    expect(text(a, 'a.xml')).toBe('<a>第一部分</a>');
    expect(text(a, 'b.xml')).toBe('<b>第二部分，第二部分</b>');
    const past = new ZipArchive(zip(PARTS, { cdOffset: 0xfffffff0 }));
    expect([...past.entries.keys()]).toEqual(['a.xml', 'b.xml']);
  });

  test('a wrong directory offset and size: the directory is not found (truncated), nothing is read from a guess', () => {
    const { layout } = build(PARTS);
    const cdSize = layout.cdEnd - layout.cdStart;
    for (const wrong of [cdSize + 1, cdSize - 1, layout.eocd + 5]) {
      const e = zipError(() => new ZipArchive(zip(PARTS, { cdOffset: 0xfffffff0, cdSize: wrong })));
      expect([e.code, e.message]).toEqual(['truncated', 'central directory not found']);
    }
  });

  test('more records declared than the directory holds: truncated when it runs into the end, corrupt when a record is overwritten', () => {
    let e = zipError(() => new ZipArchive(zip(PARTS, { count: 3 })));
    expect([e.code, e.message]).toEqual(['truncated', 'central directory holds 2 of 3 records']);
    // Exactly 46 bytes (a central record's fixed part) after the last record: the end record and a 24-byte comment.
    e = zipError(() => new ZipArchive(zip(PARTS, { count: 3, comment: () => new Array(24).fill(0x20) })));
    expect([e.code, e.message]).toEqual(['corrupt', 'central directory holds 2 of 3 records']);
    e = zipError(() => new ZipArchive(zip(PARTS, { count: 3, comment: () => new Array(23).fill(0x20) })));
    expect([e.code, e.message]).toEqual(['truncated', 'central directory holds 2 of 3 records']);
  });

  test('an archive cut inside its end record (2 bytes short) is truncated: the last 21 bytes cannot hold one', () => {
    const whole = zip(PARTS);
    const e = zipError(() => new ZipArchive(whole.subarray(0, whole.length - 2)));
    expect([e.code, e.message]).toEqual(['truncated', 'no end of central directory']);
  });

  test('a comment of 65,535 bytes (the longest there is): the end record before it is found', () => {
    const bytes = zip(PARTS, { comment: () => new Array(0xffff).fill(0x20) });
    expect(bytes.length).toBe(build(PARTS).bytes.length + 65535);
    const a = new ZipArchive(bytes);
    expect(text(a, 'b.xml')).toBe('<b>第二部分，第二部分</b>');
  });

  test('an end record farther back than 22 + 65,535 bytes from the end is not looked for (a file cut before its directory)', () => {
    // A stored part holds an empty archive (its end record only), then 70,000 bytes; the file is cut after that part.
    const inner = String.fromCharCode(...u32(0x06054b50), ...new Array(18).fill(0));
    const { bytes, layout } = build([{ name: 'inner.zip', data: inner + 'x'.repeat(70000), method: 0 }]);
    const cut = bytes.subarray(0, layout.cdStart);
    expect(Array.from(cut.subarray(39, 43))).toEqual([0x50, 0x4b, 5, 6]);
    const e = zipError(() => new ZipArchive(cut));
    expect([e.code, e.message]).toEqual(['truncated', 'no end of central directory']);
  });

  test.each([
    ['AK\\5\\6', [0x41, 0x4b, 5, 6]],
    ['PA\\5\\6', [0x50, 0x41, 5, 6]],
    ['PK\\5\\0', [0x50, 0x4b, 5, 0]],
  ])('a comment that begins with %s (not an end record signature) is not taken for the end record', (_name, head) => {
    // A 22-byte comment: its first bytes are the first place where an end record could begin.
    const a = new ZipArchive(zip(PARTS, { comment: () => [...head, ...new Array(18).fill(0x20)] }));
    expect(text(a, 'a.xml')).toBe('<a>第一部分</a>');
  });

  test('an end record at the very start of the file is found, and its directory read to the last byte of the file', () => {
    // The parts and then the directory in the end record's comment; the last record has an empty name (46 bytes, ending the file).
    const bytes = endRecordFirst([{ name: 'a.xml', data: '<a>开头</a>' }, { name: '', data: '' }], 'parts, then directory');
    const a = new ZipArchive(bytes);
    expect([...a.entries.keys()]).toEqual(['a.xml', '']);
    expect(text(a, 'a.xml')).toBe('<a>开头</a>');
  });

  test('the end record\'s count is how many records are read: a record after them is not', () => {
    const a = new ZipArchive(zip(PARTS, { count: 1 }));
    expect([...a.entries.keys()]).toEqual(['a.xml']);
  });

  test('a record signature with less than a whole record (46 bytes) left in the file is truncated', () => {
    // 3 records declared; after the 2 real ones, a record signature, then the 22-byte end record.
    const e = zipError(() => new ZipArchive(zip(PARTS, { count: 3, tail: () => u32(0x02014b50) })));
    expect([e.code, e.message]).toEqual(['truncated', 'central directory holds 2 of 3 records']);
  });

  test('a directory offset that names a record signature in the last 4 bytes of the file: that directory is cut short (truncated)', () => {
    const { layout } = build(PARTS, { comment: () => u32(0x02014b50) });
    const bytes = zip(PARTS, { comment: () => u32(0x02014b50), cdOffset: layout.eocd + 22 });
    expect(bytes.length).toBe(layout.eocd + 22 + 4);
    const e = zipError(() => new ZipArchive(bytes));
    expect([e.code, e.message]).toEqual(['truncated', 'central directory holds 0 of 2 records']);
  });

  test('a record whose signature is overwritten ends the directory: corrupt, in Chinese 压缩包的目录已损坏', () => {
    const { bytes, layout } = build(PARTS);
    const second = layout.cdStart + 46 + 'a.xml'.length;
    bytes[second] = 0x41;
    const e = zipError(() => new ZipArchive(bytes));
    expect([e.code, e.message]).toEqual(['corrupt', 'central directory holds 1 of 2 records']);
    const docx = build([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]);
    docx.bytes[docx.layout.cdStart + 46 + '[Content_Types].xml'.length] = 0x41;
    expect(docxReason(docx.bytes)).toMatch(/^corrupt: 文件已损坏（压缩包的目录已损坏）/);
  });
});

describe('reading a part', () => {
  test('a local header past the end of the file is truncated', () => {
    const bytes = zip([{ name: 'a.xml', data: '<a/>', central: { localOffset: 5000 } }]);
    const a = new ZipArchive(bytes);
    const e = zipError(() => a.read(a.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['truncated', 'local header of a.xml is past the end']);
  });

  test('a local header whose name runs past the end of the file is truncated', () => {
    // A local header (signature, 22 bytes, a 200-byte name) in the last 30 bytes of the file, in the end record's comment.
    const fake = [...u32(0x04034b50), ...new Array(22).fill(0), ...u16(200), ...u16(0)];
    const shape: Shape = { comment: () => fake };
    const { layout } = build([{ name: 'a.xml', data: '<a/>' }], shape);
    const bytes = zip([{ name: 'a.xml', data: '<a/>', central: { localOffset: layout.eocd + 22 } }], shape);
    expect(bytes.length).toBe(layout.eocd + 22 + 30);
    const a = new ZipArchive(bytes);
    const e = zipError(() => a.read(a.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['truncated', 'local header of a.xml is past the end']);
  });

  test('a directory record that points at no local header is corrupt: 压缩包的目录与内容不一致', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', central: { localOffset: 1 } }]));
    const e = zipError(() => a.read(a.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['corrupt', 'bad local header for a.xml']);
    const docx = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>', central: { localOffset: 1 } },
    ]);
    expect(docxReason(docx)).toMatch(/^corrupt: 文件已损坏（压缩包的目录与内容不一致）/);
  });

  test('an encrypted part is refused as encrypted', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', flags: 1 }]));
    const e = zipError(() => a.read(a.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['encrypted', 'a.xml is encrypted']);
  });

  test('a local header that names another part is corrupt, whether the names differ in a byte or in length', () => {
    const sameLength = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', localName: 'b.xml' }]));
    let e = zipError(() => sameLength.read(sameLength.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['corrupt', 'the local header of a.xml names another part']);
    // One byte shorter, and a one-byte extra field: the data still starts where the reader expects it.
    const shorter = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', localName: 'a.xm', localExtra: [0x6c] }]));
    e = zipError(() => shorter.read(shorter.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['corrupt', 'the local header of a.xml names another part']);
    // The same layout with the right name is read.
    const right = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', localExtra: [0x6c] }]));
    expect(text(right, 'a.xml')).toBe('<a/>');
  });

  test('a compression method Word does not use is unsupported: 使用了 Word 不用的压缩方式', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', method: 12 }]));
    const e = zipError(() => a.read(a.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['unsupported', 'a.xml uses compression method 12']);
    const docx = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>', method: 12 },
    ]);
    expect(docxReason(docx)).toMatch(/^corrupt: 文件已损坏（使用了 Word 不用的压缩方式）/);
  });
  test('a stored part may be exactly as long as the cap; one byte more is too large', () => {
    const a = new ZipArchive(zip([{ name: 's.xml', data: 'x'.repeat(1024), method: 0 }]));
    expect(a.read(a.get('s.xml')!, 1024).length).toBe(1024);
    const e = zipError(() => a.read(a.get('s.xml')!, 1023));
    expect([e.code, e.message]).toEqual(['too-large', 's.xml is larger than 1023 bytes']);
  });

  test('a part whose length differs from its header is corrupt: 压缩包的目录与内容不一致', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', central: { size: 10 } }]));
    const e = zipError(() => a.read(a.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['corrupt', 'a.xml is 4 bytes, its header says 10']);
    const docx = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>', central: { size: 10 } },
    ]);
    expect(docxReason(docx)).toMatch(/^corrupt: 文件已损坏（压缩包的目录与内容不一致）/);
  });

  test('a local header needs its 30 bytes: 30 bytes before the end it is read (no header there: corrupt), 29 before it is past the end', () => {
    const length = zip([{ name: 'a.xml', data: '<a/>' }]).length;
    const at30 = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', central: { localOffset: length - 30 } }]));
    let e = zipError(() => at30.read(at30.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['corrupt', 'bad local header for a.xml']);
    const at29 = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', central: { localOffset: length - 29 } }]));
    e = zipError(() => at29.read(at29.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['truncated', 'local header of a.xml is past the end']);
  });

  test('a part whose data ends at the last byte of the file is read (the directory before it)', () => {
    const a = new ZipArchive(endRecordFirst([{ name: 'a.xml', data: '<a>末尾</a>' }], 'directory, then parts'));
    expect(text(a, 'a.xml')).toBe('<a>末尾</a>');
  });

  test('an empty part whose local name ends at the last byte of the file is read; one byte less is past the end', () => {
    const bytes = endRecordFirst([{ name: 'a.xml', data: '' }], 'directory, then parts');
    expect(String.fromCharCode(...bytes.subarray(bytes.length - 5))).toBe('a.xml');
    const a = new ZipArchive(bytes);
    expect(a.read(a.get('a.xml')!, 1024).length).toBe(0);
    const cut = new ZipArchive(bytes.subarray(0, bytes.length - 1));
    const e = zipError(() => cut.read(cut.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['truncated', 'local header of a.xml is past the end']);
  });

  test('a deflated part longer than its header says is refused with its real length (19 bytes), not the header\'s', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a>第一部分</a>', central: { size: 2 } }]));
    const e = zipError(() => a.read(a.get('a.xml')!, 1 << 20));
    expect([e.code, e.message]).toEqual(['corrupt', 'a.xml is 19 bytes, its header says 2']);
  });

  test('a part deflated in stored blocks (level 0) and longer than its header says is refused with its real length: 压缩包的目录与内容不一致', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a>第一部分</a>', level: 0, central: { size: 2 } }]));
    const e = zipError(() => a.read(a.get('a.xml')!, 1 << 20));
    expect([e.code, e.message]).toEqual(['corrupt', 'a.xml is 19 bytes, its header says 2']);
    const docx = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>', level: 0, central: { size: 5 } },
    ]);
    expect(docxReason(docx)).toMatch(/^corrupt: 文件已损坏（压缩包的目录与内容不一致）/);
  });

  test('a deflated part whose data the directory cuts 5 bytes short is truncated (unexpected EOF), named by the part', () => {
    const real = build([{ name: 'a.xml', data: '<a>第一部分</a>' }]).layout.packedSizes[0];
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a>第一部分</a>', central: { compressedSize: real - 5 } }]));
    expect(a.get('a.xml')?.size).toBe(19);
    const e = zipError(() => a.read(a.get('a.xml')!, 1 << 20));
    expect([e.code, e.message]).toEqual(['truncated', 'a.xml: unexpected EOF']);
  });

  test('a part whose bytes were changed after it was written fails its CRC: corrupt, 校验和（CRC）不符', () => {
    // The stored part's last data byte, just before the central directory, changed from 'c' to 'd': same length, other CRC.
    const { bytes, layout } = build([{ name: 'c.xml', data: '<c>abc</c>', method: 0 }]);
    const at = layout.cdStart - 5;
    expect(String.fromCharCode(bytes[at])).toBe('c');
    bytes[at] = 'd'.charCodeAt(0);
    const a = new ZipArchive(bytes);
    const e = zipError(() => a.read(a.get('c.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['corrupt', 'c.xml fails its CRC check']);
    const docx = build([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>', method: 0 },
    ]);
    docx.bytes[docx.layout.cdStart - 2] = 't'.charCodeAt(0);
    expect(docxReason(docx.bytes)).toMatch(/^corrupt: 文件已损坏（校验和（CRC）不符，内容在传输或保存中被改动）/);
  });

  test('a deflated part over the cap is too large, however small it is compressed', () => {
    // 100,000 zeros deflate to about 100 bytes: read under a 50,000-byte cap, they stream through inflateCapped.
    const zeros = '\0'.repeat(100000);
    const a = new ZipArchive(zip([{ name: 'z.xml', data: zeros }]));
    expect(a.get('z.xml')!.compressedSize * 1032).toBeGreaterThan(50000);
    const e = zipError(() => a.read(a.get('z.xml')!, 50000));
    expect([e.code, e.message]).toEqual(['too-large', 'z.xml inflates to more than 50000 bytes']);
    expect(a.read(a.get('z.xml')!, 100000).length).toBe(100000);
  });
});

describe('inflateCapped', () => {
  /** Text that deflates poorly (a fixed pseudo-random sequence of CJK characters), `n` characters. */
  const noisy = (n: number): string => {
    let x = 12345;
    let s = '';
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 0x80000000;
      s += String.fromCharCode(0x4e00 + (x % 2000));
    }
    return s;
  };

  afterEach(() => jest.restoreAllMocks());

  test('output of many pushes comes back whole', () => {
    const original = strToU8(noisy(100000));
    const packed = deflateSync(original);
    const out = inflateCapped(packed, 1 << 20, 'n.xml');
    expect(out.length).toBe(300000);
    expect(Buffer.from(out).equals(Buffer.from(original))).toBe(true);
  });

  test('empty input (a deflated part of 0 bytes) inflates to nothing: the size in its header decides', () => {
    expect(inflateCapped(new Uint8Array(0), 1024, 'e.xml').length).toBe(0);
    const a = new ZipArchive(zip([{ name: 'e.xml', data: 'e', central: { compressedSize: 0 } }]));
    const e = zipError(() => a.read(a.get('e.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['corrupt', 'e.xml is 0 bytes, its header says 1']);
  });

  test('output of exactly the cap is allowed', () => {
    const out = inflateCapped(deflateSync(strToU8('案'.repeat(1000))), 3000, 'c.xml');
    expect(out.length).toBe(3000);
  });

  test('damaged data: truncated at an early end, corrupt otherwise, named by the part', () => {
    const packed = deflateSync(strToU8(noisy(30)));
    expect(packed.length).toBeLessThan(256);
    let e = zipError(() => inflateCapped(packed.subarray(0, packed.length - 10), 1 << 20, 'x.xml'));
    expect([e.code, e.message]).toEqual(['truncated', 'x.xml: unexpected EOF']);
    e = zipError(() => inflateCapped(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 1 << 20, 'x.xml'));
    expect([e.code, e.message]).toEqual(['corrupt', 'x.xml: invalid block type']);
  });

  test('a bomb is fed cap/1032 bytes first, then no more than its budget allows (at least 256), and stopped at the cap', () => {
    const pushes: number[] = [];
    const push = Inflate.prototype.push;
    jest.spyOn(Inflate.prototype, 'push').mockImplementation(function (this: Inflate, chunk: Uint8Array, final?: boolean) {
      pushes.push(chunk.length);
      return push.call(this, chunk, final);
    });
    // 4 MiB of zeros deflate to 4,104 bytes; the cap is 1 MiB: 1,048,576 / 1,032 = 1,016 bytes first.
    const bomb = deflateSync(new Uint8Array(4 << 20));
    expect(bomb.length).toBe(4104);
    const e = zipError(() => inflateCapped(bomb, 1 << 20, 'bomb.xml'));
    expect([e.code, e.message]).toEqual(['too-large', 'bomb.xml inflates to more than 1048576 bytes']);
    // The first 1,016 bytes give about 1 MB (under the cap): what is left allows less than 256 more, the least step.
    expect(pushes).toEqual([1016, 256]);
  });
});

describe('ZIP64', () => {
  /** A ZIP64 end record (56 bytes) for the given values. */
  const record64 = (count: number, cdSize: number, cdOffset: number): number[] => [
    ...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0), ...u64(count), ...u64(count), ...u64(cdSize), ...u64(cdOffset),
  ];
  const locator = (rec: number): number[] => [...u32(0x07064b50), ...u32(0), ...u64(rec), ...u32(1)];
  /** The end record of a ZIP64 archive: every field that the ZIP64 record holds is marked. */
  const marked: Shape = { count: 0xffff, cdSize: FF, cdOffset: FF };

  test('the ZIP64 record named by the locator is read, even when it ends at the last byte of the file', () => {
    const shape = (count: number): Shape => ({
      ...marked,
      tail: () => locator(0),
      comment: (l) => record64(count, l.cdEnd - l.cdStart, l.cdStart),
    });
    // The locator names the record in the end record's comment, 22 bytes after the end record.
    const { layout } = build(PARTS, shape(2));
    const bytes = zip(PARTS, { ...shape(2), tail: () => locator(layout.eocd + 22) });
    expect(bytes.length).toBe(layout.eocd + 22 + 56);
    const a = new ZipArchive(bytes);
    expect(text(a, 'b.xml')).toBe('<b>第二部分，第二部分</b>');
  });

  test('a count past 2^32 is read as such (a directory that holds fewer is corrupt)', () => {
    const bytes = zip(PARTS, { ...marked, tail: (l) => [...record64(0x100000001, l.cdEnd - l.cdStart, l.cdStart), ...locator(l.cdEnd)] });
    const e = zipError(() => new ZipArchive(bytes));
    expect([e.code, e.message]).toEqual(['corrupt', 'central directory holds 2 of 4294967297 records']);
  });

  test('a locator that names no ZIP64 record is ignored: the end record and the directory size find the directory', () => {
    // The locator names offset 0 (a local header): nothing there is a ZIP64 record.
    const a = new ZipArchive(zip(PARTS, { cdSize: FF, tail: () => locator(0) }));
    expect(text(a, 'a.xml')).toBe('<a>第一部分</a>');
  });

  test('a ZIP64 signature in the last bytes of the file, too close to the end for a whole record, is ignored', () => {
    const shape: Shape = { cdSize: FF, tail: () => locator(0), comment: () => [0x20, 0x20, ...u32(0x06064b50)] };
    const { layout } = build(PARTS, shape);
    const bytes = zip(PARTS, { ...shape, tail: () => locator(layout.eocd + 22 + 2) });
    const a = new ZipArchive(bytes);
    expect(text(a, 'b.xml')).toBe('<b>第二部分，第二部分</b>');
  });

  test('a ZIP64 record that no locator names is not read', () => {
    // The bytes before the end record are not a locator, but 8 of them give the offset of a
    // ZIP64 record (claiming no entries) stored as the content of a part.
    const fake = String.fromCharCode(...record64(0, 0, 0));
    const parts: Part[] = [{ name: 'fake.bin', data: fake, method: 0 }, ...PARTS];
    const { layout } = build(parts);
    const recordAt = layout.offsets[0] + 30 + 'fake.bin'.length;
    const bytes = zip(parts, { cdSize: FF, tail: () => [...u32(0x12345678), ...u32(0), ...u64(recordAt), ...u32(1)] });
    expect(Array.from(bytes.subarray(recordAt, recordAt + 4))).toEqual(u32(0x06064b50));
    const a = new ZipArchive(bytes);
    expect([...a.entries.keys()]).toEqual(['fake.bin', 'a.xml', 'b.xml']);
  });

  /** A ZIP64 extra field (id 1) with the given 64-bit values. */
  const zip64Extra = (...values: number[]): number[] => [...u16(1), ...u16(8 * values.length), ...values.flatMap(u64)];

  test('the ZIP64 extra field holds only the values whose header fields are marked, in order', () => {
    const a = new ZipArchive(
      zip([
        // Compressed size only.
        { name: 'c.xml', data: '<c>压缩后大小</c>', central: { compressedSize: FF }, extra: (r) => zip64Extra(r.compressedSize) },
        // Offset only.
        { name: 'o.xml', data: '<o>偏移</o>', central: { localOffset: FF }, extra: (r) => zip64Extra(r.offset) },
        // Both sizes, not the offset (the next bytes are the next central record).
        { name: 's.xml', data: '<s>两个大小</s>', central: { size: FF, compressedSize: FF }, extra: (r) => zip64Extra(r.size, r.compressedSize) },
        { name: 'z.xml', data: '<z/>' },
      ]),
    );
    expect(text(a, 'c.xml')).toBe('<c>压缩后大小</c>');
    expect(text(a, 'o.xml')).toBe('<o>偏移</o>');
    expect(text(a, 's.xml')).toBe('<s>两个大小</s>');
  });

  test('other extra blocks before the ZIP64 block are skipped by their length', () => {
    // An extended timestamp (0x5455, 5 bytes of data), then the ZIP64 block.
    const timestamp = [...u16(0x5455), ...u16(5), 1, ...u32(1700000000)];
    const a = new ZipArchive(
      zip([{ name: 't.xml', data: '<t>时间戳</t>', central: { size: FF, compressedSize: FF, localOffset: FF }, extra: (r) => [...timestamp, ...zip64Extra(r.size, r.compressedSize, r.offset)] }]),
    );
    expect(text(a, 't.xml')).toBe('<t>时间戳</t>');
  });

  test('ZIP64 values come from the extra field only, never from the comment after it', () => {
    const bytes = zip([
      { name: 'a.xml', data: '<a>注释</a>', central: { size: FF, compressedSize: FF }, comment: [] },
    ]);
    const real = build([{ name: 'a.xml', data: '<a>注释</a>' }]).layout;
    const lying = zip([
      { name: 'a.xml', data: '<a>注释</a>', central: { size: FF, compressedSize: FF }, comment: zip64Extra(real.sizes[0], real.packedSizes[0]) },
    ]);
    for (const b of [bytes, lying]) {
      const a = new ZipArchive(b);
      const e = zipError(() => a.read(a.get('a.xml')!, 1 << 20));
      expect([e.code, e.message]).toEqual(['truncated', 'a.xml is cut short']);
    }
  });

  test('a ZIP64 record with a wrong directory offset: the directory is found from its size, before the ZIP64 record', () => {
    const bytes = zip(PARTS, { ...marked, tail: (l) => [...record64(2, l.cdEnd - l.cdStart, 0x7ffffff000), ...locator(l.cdEnd)] });
    const a = new ZipArchive(bytes);
    expect(text(a, 'a.xml')).toBe('<a>第一部分</a>');
    expect(text(a, 'b.xml')).toBe('<b>第二部分，第二部分</b>');
  });

  test.each<[string, Part['central'], (r: { offset: number; size: number; compressedSize: number }) => [number[], number[]], [string, string]]>([
    // [what, marked fields, (extra field, central comment) from the real values, the refusal]
    ['an empty block, compressed size marked', { compressedSize: FF }, (r) => [zip64Extra(), u64(r.compressedSize)], ['truncated', 'a.xml is cut short']],
    ['an empty block, the size marked', { size: FF }, (r) => [zip64Extra(), u64(r.size)], ['corrupt', 'a.xml is 10 bytes, its header says 4294967295']],
    ['an empty block, offset marked', { localOffset: FF }, (r) => [zip64Extra(), u64(r.offset)], ['truncated', 'local header of a.xml is past the end']],
    ['the size only, size and offset marked', { size: FF, localOffset: FF }, (r) => [zip64Extra(r.size), u64(r.offset)], ['truncated', 'local header of a.xml is past the end']],
    ['the size only, both sizes marked', { size: FF, compressedSize: FF }, (r) => [zip64Extra(r.size), u64(r.compressedSize)], ['truncated', 'a.xml is cut short']],
    // The block says 16 bytes, but the extra field ends after 8: the offset after it is in the comment.
    ['a block longer than the extra field', { compressedSize: FF, localOffset: FF }, (r) => [[...u16(1), ...u16(16), ...u64(r.compressedSize)], u64(r.offset)], ['truncated', 'local header of a.xml is past the end']],
  ])('a ZIP64 block holds only the values its length covers: %s', (_what, central, layout, refusal) => {
    const plain = build([{ name: 'a.xml', data: '<a>块</a>' }]).layout;
    const [extra, comment] = layout({ offset: plain.offsets[0], size: plain.sizes[0], compressedSize: plain.packedSizes[0] });
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a>块</a>', central, extra: () => extra, comment }]));
    const e = zipError(() => a.read(a.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(refusal);
  });

  test('bytes after the values a ZIP64 block is asked for are not read as a value', () => {
    // The compressed size is marked; the block also holds 8 more bytes (7), which are not the offset.
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a>块</a>', central: { compressedSize: FF }, extra: (r) => zip64Extra(r.compressedSize, 7) }]));
    expect(text(a, 'a.xml')).toBe('<a>块</a>');
  });

  test('an offset past 4 GiB is past the end of the file (truncated), not an offset read from its low half', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a/>', central: { localOffset: FF }, extra: (r) => zip64Extra(0x100000000 + r.offset) }]));
    expect(a.get('a.xml')?.localOffset).toBe(4294967296);
    const e = zipError(() => a.read(a.get('a.xml')!, 1024));
    expect([e.code, e.message]).toEqual(['truncated', 'local header of a.xml is past the end']);
  });

  /** A ZIP64 record with the real values and its locator, between the directory and the end record. */
  const real64 = (l: Omit<Layout, 'eocd'>): number[] => [...record64(2, l.cdEnd - l.cdStart, l.cdStart), ...locator(l.cdEnd)];

  test('only the entry count marked (as a writer does past 65,535 parts): the count comes from the ZIP64 record', () => {
    const a = new ZipArchive(zip(PARTS, { count: 0xffff, tail: real64 }));
    expect([...a.entries.keys()]).toEqual(['a.xml', 'b.xml']);
    expect(text(a, 'b.xml')).toBe('<b>第二部分，第二部分</b>');
  });

  test('only the directory offset marked (as a writer does past 4 GiB): the offset comes from the ZIP64 record', () => {
    const a = new ZipArchive(zip(PARTS, { cdOffset: FF, tail: real64 }));
    expect(text(a, 'a.xml')).toBe('<a>第一部分</a>');
  });

  test('only the directory size marked: all three values come from the ZIP64 record, not the end record\'s wrong offset', () => {
    const a = new ZipArchive(zip(PARTS, { cdSize: FF, cdOffset: 12345, tail: real64 }));
    expect(text(a, 'b.xml')).toBe('<b>第二部分，第二部分</b>');
  });

  test('an end record with no field marked is read as it is, even after a ZIP64 record and its locator', () => {
    // The ZIP64 record claims 3 entries; the end record (2) is not marked, so it decides.
    const a = new ZipArchive(zip(PARTS, { tail: (l) => [...record64(3, l.cdEnd - l.cdStart, l.cdStart), ...locator(l.cdEnd)] }));
    expect([...a.entries.keys()]).toEqual(['a.xml', 'b.xml']);
  });

  test('only the uncompressed size marked (the other values fit): the size comes from the ZIP64 block', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a>只标大小</a>', central: { size: FF }, extra: (r) => zip64Extra(r.size) }]));
    expect(a.get('a.xml')?.size).toBe(19);
    expect(text(a, 'a.xml')).toBe('<a>只标大小</a>');
  });

  test('a header that claims a petabyte sizes no buffer: the part is inflated, and its 19 bytes refused as not what the header says', () => {
    const a = new ZipArchive(zip([{ name: 'a.xml', data: '<a>第一部分</a>', central: { size: FF, compressedSize: FF }, extra: (r) => zip64Extra(2 ** 50, r.compressedSize) }]));
    expect(a.get('a.xml')?.size).toBe(1125899906842624);
    const e = zipError(() => a.read(a.get('a.xml')!, 1 << 20));
    expect([e.code, e.message]).toEqual(['corrupt', 'a.xml is 19 bytes, its header says 1125899906842624']);
  });
});
