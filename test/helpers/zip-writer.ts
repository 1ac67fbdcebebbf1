/**
 * A small ZIP writer for tests of the zip layer, where fflate's zipSync is too well-behaved:
 * duplicate names, ZIP64 records, stored entries whose header lies, CRCs and sizes on
 * demand. The CRC is computed here independently of src/docx/zip.ts (bitwise, no table).
 */
import { deflateSync, strToU8 } from 'fflate';
import { CONTENT_TYPES_XML, PACKAGE_RELS_XML } from './docx-fixture';

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Override what the headers declare. */
  declaredSize?: number;
  crc?: number;
  /** Bytes written as the compressed data instead of the real ones. */
  rawData?: Uint8Array;
}

export interface ZipOptions {
  /** Write ZIP64 records (end of central directory, locator, extra fields) as writers do for large archives. */
  zip64?: boolean;
}

/** CRC-32, bit by bit (deliberately not the reader's table-driven code). */
export function slowCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const u16 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff];
const u32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const u64 = (v: number): number[] => [...u32(v % 0x100000000), ...u32(Math.floor(v / 0x100000000))];

export function writeZip(entries: RawEntry[], options: ZipOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const out = { get length() { return length; } };
  const push = (bytes: ArrayLike<number>): void => {
    const chunk = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    chunks.push(chunk);
    length += chunk.length;
  };
  const central: number[] = [];
  for (const e of entries) {
    const data = typeof e.data === 'string' ? strToU8(e.data) : e.data;
    const method = e.method ?? 8;
    const packed = e.rawData ?? (method === 8 ? deflateSync(data) : data);
    const crc = e.crc ?? slowCrc32(data);
    const size = e.declaredSize ?? data.length;
    const name = strToU8(e.name);
    const offset = out.length;
    const z = options.zip64;
    const localExtra = z ? [...u16(1), ...u16(16), ...u64(size), ...u64(packed.length)] : [];
    push([...u32(0x04034b50), ...u16(z ? 45 : 20), ...u16(0), ...u16(method), ...u16(0), ...u16(0), ...u32(crc)]);
    push([...u32(z ? 0xffffffff : packed.length), ...u32(z ? 0xffffffff : size), ...u16(name.length), ...u16(localExtra.length)]);
    push(name);
    push(localExtra);
    push(packed);
    const centralExtra = z ? [...u16(1), ...u16(24), ...u64(size), ...u64(packed.length), ...u64(offset)] : [];
    central.push(...u32(0x02014b50), ...u16(z ? 45 : 20), ...u16(z ? 45 : 20), ...u16(0), ...u16(method), ...u16(0), ...u16(0), ...u32(crc));
    central.push(...u32(z ? 0xffffffff : packed.length), ...u32(z ? 0xffffffff : size), ...u16(name.length), ...u16(centralExtra.length), ...u16(0));
    central.push(...u16(0), ...u16(0), ...u32(0), ...u32(z ? 0xffffffff : offset));
    central.push(...name, ...centralExtra);
  }
  const cdOffset = out.length;
  push(central);
  if (options.zip64) {
    const recordOffset = out.length;
    // ZIP64 end of central directory record (56 bytes), then its locator (20 bytes).
    push([...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0)]);
    push([...u64(entries.length), ...u64(entries.length), ...u64(central.length), ...u64(cdOffset)]);
    push([...u32(0x07064b50), ...u32(0), ...u64(recordOffset), ...u32(1)]);
    push([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(0xffff), ...u16(0xffff), ...u32(0xffffffff), ...u32(0xffffffff), ...u16(0)]);
  } else {
    push([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(cdOffset), ...u16(0)]);
  }
  const all = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The parts of a minimal Word package around a document.xml body, for writeZip. */
export function wordEntries(body: string, o: { contentTypes?: boolean; documentXml?: string } = {}): RawEntry[] {
  const entries: RawEntry[] = [];
  if (o.contentTypes !== false) entries.push({ name: '[Content_Types].xml', data: CONTENT_TYPES_XML });
  entries.push({ name: '_rels/.rels', data: PACKAGE_RELS_XML });
  entries.push({ name: 'word/document.xml', data: o.documentXml ?? `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>` });
  return entries;
}
