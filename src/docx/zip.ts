/**
 * Just enough ZIP for OOXML packages: the central directory is parsed here (so that nothing
 * but the parts we read is ever decompressed), and each part is inflated with fflate's
 * streaming `Inflate` under a byte budget that is enforced *while* inflating. The sizes a
 * ZIP header declares are never trusted: a zip bomb that lies in its header is stopped
 * after about `cap` bytes of output, whatever it claims.
 *
 * Damage is never read as content: every part read is checked against the CRC-32 and the
 * size of its central directory record, its local header must name the same part, and the
 * central directory must hold as many records as its end record says. A file that fails
 * one of these is `corrupt` (Word reports such a file as damaged too), instead of being
 * counted from whatever bytes happen to inflate.
 *
 * Duplicate names (which no Office application writes): Word and LibreOffice read the
 * last entry of a name, so this reader does too, and lists the names in `duplicates`.
 */
import { Inflate, inflateSync } from 'fflate';

export interface ZipEntry {
  /** The name as stored (without a leading slash). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As declared: a hint for the output buffer, never trusted as a limit; the output must match it. */
  size: number;
  localOffset: number;
  /** CRC-32 of the uncompressed data, from the central directory. */
  crc: number;
  /** The name's raw bytes, to compare with the local header's. */
  rawName: Uint8Array;
}

export class ZipError extends Error {
  constructor(
    readonly code: 'not-zip' | 'truncated' | 'corrupt' | 'encrypted' | 'too-large' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7) && (bytes[3] === 4 || bytes[3] === 6 || bytes[3] === 8);
}

function decodeName(bytes: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) ascii = false;
  if (ascii) return String.fromCharCode.apply(null, Array.from(bytes));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Find the end of central directory record, scanning back over a possible comment. */
function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) return i;
  }
  return -1;
}

/** CRC-32 (IEEE 802.3, as ZIP uses it), table-driven. */
let CRC_TABLE: Int32Array | undefined;

export function crc32(data: Uint8Array): number {
  let t = CRC_TABLE;
  if (!t) {
    t = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c;
    }
    CRC_TABLE = t;
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class ZipArchive {
  /** Entries by lower-cased name (OPC part names are case-insensitive); the last of a duplicated name wins. */
  readonly entries = new Map<string, ZipEntry>();
  /** Names stored more than once (as stored). */
  readonly duplicates: string[] = [];

  constructor(private readonly bytes: Uint8Array) {
    const b = bytes;
    if (!isZip(b)) throw new ZipError('not-zip', 'not a zip archive');
    const eocd = findEocd(b);
    if (eocd < 0) throw new ZipError('truncated', 'no end of central directory');
    let count = u16(b, eocd + 10);
    let cdSize = u32(b, eocd + 12);
    let cdOffset = u32(b, eocd + 16);
    // Where the central directory ends: at the ZIP64 end record when there is one, else at the end record.
    let cdEnd = eocd;
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      // ZIP64: the locator sits just before the EOCD record.
      const loc = eocd - 20;
      if (loc >= 0 && u32(b, loc) === 0x07064b50) {
        const rec = u64(b, loc + 8);
        if (rec + 56 <= b.length && u32(b, rec) === 0x06064b50) {
          count = u64(b, rec + 32);
          cdSize = u64(b, rec + 40);
          cdOffset = u64(b, rec + 48);
          cdEnd = rec;
        }
      }
    }
    // Tolerate data prepended to the archive (self-extractors, broken uploaders).
    if (cdOffset + 4 > b.length || u32(b, cdOffset) !== 0x02014b50) {
      const guess = cdEnd - cdSize;
      if (guess >= 0 && u32(b, guess) === 0x02014b50) cdOffset = guess;
      else throw new ZipError('truncated', 'central directory not found');
    }
    let p = cdOffset;
    let k = 0;
    for (; k < count && p + 46 <= b.length; k++) {
      if (u32(b, p) !== 0x02014b50) break;
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      const crc = u32(b, p + 16);
      let compressedSize = u32(b, p + 20);
      let size = u32(b, p + 24);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      let localOffset = u32(b, p + 42);
      const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
      if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
        // ZIP64 extra field: uncompressed, compressed, offset (each only when needed).
        let e = p + 46 + nameLen;
        const eEnd = e + extraLen;
        while (e + 4 <= eEnd) {
          const id = u16(b, e);
          const len = u16(b, e + 2);
          if (id === 1) {
            // Only the values the block holds: a marked value it has no room for stays marked, and
            // the part unreadable. (The size comes first: no room for it, none for the others.)
            const end = Math.min(e + 4 + len, eEnd);
            let q = e + 4;
            if (size === 0xffffffff && q + 8 <= end) {
              size = u64(b, q);
              q += 8;
            }
            if (compressedSize === 0xffffffff && q + 8 <= end) {
              compressedSize = u64(b, q);
              q += 8;
            }
            if (localOffset === 0xffffffff && q + 8 <= end) localOffset = u64(b, q);
            break;
          }
          e += 4 + len;
        }
      }
      let name = decodeName(nameBytes).replace(/\\/g, '/');
      while (name.charCodeAt(0) === 0x2f) name = name.slice(1);
      const key = name.toLowerCase();
      if (this.entries.has(key)) this.duplicates.push(name);
      this.entries.set(key, { name, method, flags, compressedSize, size, localOffset, crc, rawName: nameBytes });
      p += 46 + nameLen + extraLen + commentLen;
    }
    // A record cut short or overwritten ends the walk early: the rest of the package is lost.
    if (k < count) throw new ZipError(p + 46 > b.length ? 'truncated' : 'corrupt', `central directory holds ${k} of ${count} records`);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  get(name: string): ZipEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  /** Decompress one entry, never producing more than about `cap` bytes. */
  read(entry: ZipEntry, cap: number): Uint8Array {
    const b = this.bytes;
    const lh = entry.localOffset;
    if (lh + 30 > b.length) throw new ZipError('truncated', `local header of ${entry.name} is past the end`);
    if (u32(b, lh) !== 0x04034b50) throw new ZipError('corrupt', `bad local header for ${entry.name}`);
    if (entry.flags & 1) throw new ZipError('encrypted', `${entry.name} is encrypted`);
    const localNameLen = u16(b, lh + 26);
    if (lh + 30 + localNameLen > b.length) throw new ZipError('truncated', `local header of ${entry.name} is past the end`);
    if (!sameBytes(b.subarray(lh + 30, lh + 30 + localNameLen), entry.rawName)) {
      throw new ZipError('corrupt', `the local header of ${entry.name} names another part`);
    }
    const start = lh + 30 + localNameLen + u16(b, lh + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new ZipError('truncated', `${entry.name} is cut short`);
    const data = b.subarray(start, end);
    let out: Uint8Array;
    if (entry.method === 0) {
      // Stored: the data is the part. Its length is what counts against the cap, whatever the header says.
      if (data.length > cap) throw new ZipError('too-large', `${entry.name} is larger than ${cap} bytes`);
      out = data;
    } else if (entry.method === 8) {
      // Never more than the cap: inflateCapped stops there, and inflateSmall only takes data too short to pass it.
      out = data.length * MAX_RATIO <= cap ? inflateSmall(data, entry.size, entry.name) : inflateCapped(data, cap, entry.name);
    } else {
      throw new ZipError('unsupported', `${entry.name} uses compression method ${entry.method}`);
    }
    if (out.length !== entry.size) throw new ZipError('corrupt', `${entry.name} is ${out.length} bytes, its header says ${entry.size}`);
    if (crc32(out) !== entry.crc) throw new ZipError('corrupt', `${entry.name} fails its CRC check`);
    return out;
  }
}

/** DEFLATE expands at most about 1032:1; feed input so that one push can never overshoot the cap by much. */
const MAX_RATIO = 1032;
const MAX_STEP = 1 << 16;
const MIN_STEP = 256;

function inflateError(e: unknown, name: string): ZipError {
  if (e instanceof ZipError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new ZipError(/EOF/i.test(msg) ? 'truncated' : 'corrupt', `${name}: ${msg}`);
}

/**
 * One-shot inflation, for data so small that even DEFLATE's maximum ratio keeps the output
 * under the cap (the caller checks). The declared size only sizes the first buffer: when it
 * is too small (a lying header), the data is inflated again into a growing buffer.
 */
function inflateSmall(data: Uint8Array, declared: number, name: string): Uint8Array {
  try {
    if (declared > 0 && declared <= data.length * MAX_RATIO) {
      const out = inflateInto(data, { out: new Uint8Array(declared + 1) });
      if (out.length <= declared) return out;
    }
    return inflateSync(data);
  } catch (e) {
    throw inflateError(e, name);
  }
}

export function inflateCapped(data: Uint8Array, cap: number, name = 'data'): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // fflate reports the end of the stream only on the push marked final, the last one: there is no earlier end to stop at.
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw new ZipError('too-large', `${name} inflates to more than ${cap} bytes`);
    if (chunk.length) chunks.push(chunk);
  });
  let pos = 0;
  try {
    while (pos < data.length) {
      const budget = cap - total;
      const step = Math.min(MAX_STEP, Math.max(MIN_STEP, Math.floor(budget / MAX_RATIO)));
      const end = Math.min(data.length, pos + step);
      inflater.push(data.subarray(pos, end), end === data.length);
      pos = end;
    }
  } catch (e) {
    throw inflateError(e, name);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * inflateSync into a buffer of a fixed size. fflate drops what does not fit of a compressed block,
 * but throws on a stored block (level 0) that does not fit: then the buffer is returned full, so
 * that the caller, seeing more than the declared size, inflates again without it.
 */
function inflateInto(data: Uint8Array, opts: { out: Uint8Array }): Uint8Array {
  try {
    return inflateSync(data, opts);
  } catch {
    return opts.out;
  }
}
