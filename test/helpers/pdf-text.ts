/**
 * The text of a PDF as LibreOffice writes one (classic cross-reference table, Flate-compressed
 * content streams, fonts with ToUnicode CMaps), page by page, and the pictures each page
 * shows. Enough to say "the guide's PDF holds these headings and these pictures" without
 * poppler-utils, which the test machine does not have. Not a general PDF reader: anything
 * it does not understand throws, so a test fails instead of passing on an empty text. Used
 * by the guides' tests (test/deploy) and the feedback letters' (test/e2e/review-cli.test.ts).
 */
import * as zlib from 'node:zlib';

type PdfValue = number | string | boolean | null | PdfName | PdfRef | PdfValue[] | PdfDict;
interface PdfName {
  name: string;
}
interface PdfRef {
  ref: number;
}
interface PdfDict {
  [key: string]: PdfValue;
}

const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && 'ref' in v;
const isName = (v: PdfValue | undefined): v is PdfName => typeof v === 'object' && v !== null && 'name' in v;

/** A tokenizer for PDF objects and content streams, over latin1 text (one char per byte). */
class Lexer {
  constructor(
    private readonly s: string,
    public at = 0,
  ) {}

  private skip(): void {
    for (;;) {
      while (this.at < this.s.length && /[\s\0]/.test(this.s[this.at])) this.at++;
      if (this.s[this.at] !== '%') return;
      while (this.at < this.s.length && this.s[this.at] !== '\n' && this.s[this.at] !== '\r') this.at++;
    }
  }

  /** The next token: a value, an operator `{ op }`, or undefined at the end. */
  next(): PdfValue | { op: string } | undefined {
    this.skip();
    const s = this.s;
    if (this.at >= s.length) return undefined;
    const c = s[this.at];
    if (c === '/') {
      let name = '';
      this.at++;
      while (this.at < s.length && !/[\s\0/[\]<>(){}%]/.test(s[this.at])) name += s[this.at++];
      return { name: name.replace(/#([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) };
    }
    if (c === '<' && s[this.at + 1] === '<') {
      this.at += 2;
      const dict: PdfDict = {};
      for (;;) {
        this.skip();
        if (s.startsWith('>>', this.at)) {
          this.at += 2;
          return dict;
        }
        const key = this.next();
        if (!isName(key as PdfValue)) throw new Error(`PDF: a dictionary key that is not a name at ${this.at}`);
        dict[(key as PdfName).name] = this.value();
      }
    }
    if (c === '<') {
      const end = s.indexOf('>', this.at);
      const hex = s.slice(this.at + 1, end).replace(/\s/g, '');
      this.at = end + 1;
      return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1');
    }
    if (c === '(') {
      let depth = 1;
      let out = '';
      this.at++;
      while (depth > 0) {
        const ch = s[this.at++];
        if (ch === undefined) throw new Error('PDF: unterminated string');
        if (ch === '\\') {
          const e = s[this.at++];
          const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
          if (/[0-7]/.test(e)) {
            let oct = e;
            while (oct.length < 3 && /[0-7]/.test(s[this.at])) oct += s[this.at++];
            out += String.fromCharCode(parseInt(oct, 8));
          } else if (e === '\r' || e === '\n') {
            if (e === '\r' && s[this.at] === '\n') this.at++;
          } else {
            out += map[e] ?? e;
          }
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')' && --depth === 0) break;
        out += ch;
      }
      return out;
    }
    if (c === '[') {
      this.at++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (s[this.at] === ']') {
          this.at++;
          return items;
        }
        items.push(this.value());
      }
    }
    const m = /^[+-]?(\d+\.?\d*|\.\d+)/.exec(s.slice(this.at, this.at + 32));
    if (m) {
      this.at += m[0].length;
      // `12 0 R` is a reference.
      const save = this.at;
      const ref = /^\s+(\d+)\s+R(?![A-Za-z])/.exec(s.slice(this.at, this.at + 24));
      if (ref && /^\d+$/.test(m[0])) {
        this.at += ref[0].length;
        return { ref: Number(m[0]) };
      }
      this.at = save;
      return Number(m[0]);
    }
    let word = '';
    while (this.at < s.length && !/[\s\0/[\]<>(){}%]/.test(s[this.at])) word += s[this.at++];
    if (word === '') throw new Error(`PDF: unexpected ${JSON.stringify(c)} at ${this.at}`);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return { op: word };
  }

  value(): PdfValue {
    const t = this.next();
    if (t === undefined || (typeof t === 'object' && t !== null && 'op' in t)) throw new Error(`PDF: expected a value at ${this.at}`);
    return t as PdfValue;
  }
}

class PdfFile {
  private readonly s: string;
  private readonly offsets = new Map<number, number>();

  constructor(bytes: Buffer) {
    this.s = bytes.toString('latin1');
    if (!this.s.startsWith('%PDF-')) throw new Error('not a PDF');
    const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(this.s)?.[1]);
    if (!Number.isFinite(start) || !this.s.startsWith('xref', start)) throw new Error('PDF: no classic cross-reference table');
    const lines = this.s.slice(start + 4, this.s.indexOf('trailer', start)).trim().split(/\r?\n|\r/);
    for (let i = 0; i < lines.length; ) {
      const [first, count] = lines[i++].trim().split(/\s+/).map(Number);
      for (let k = 0; k < count; k++, i++) {
        const [offset, , kind] = lines[i].trim().split(/\s+/);
        if (kind === 'n') this.offsets.set(first + k, Number(offset));
      }
    }
    const trailer = new Lexer(this.s, this.s.indexOf('trailer', start) + 7).value() as PdfDict;
    this.trailer = trailer;
  }

  readonly trailer: PdfDict;

  /** The object `n`, and where its stream's data starts (if it has one). */
  object(n: number): { value: PdfValue; streamAt?: number } {
    const at = this.offsets.get(n);
    if (at === undefined) throw new Error(`PDF: no object ${n}`);
    const lex = new Lexer(this.s, at);
    lex.value();
    lex.value();
    const obj = lex.next();
    if (!obj || !('op' in (obj as object)) || (obj as { op: string }).op !== 'obj') throw new Error(`PDF: object ${n} is not where the table says`);
    const value = lex.value();
    const rest = /^\s*stream(\r\n|\n|\r)/.exec(this.s.slice(lex.at, lex.at + 16));
    return rest ? { value, streamAt: lex.at + rest[0].length } : { value };
  }

  resolve(v: PdfValue | undefined): PdfValue | undefined {
    return isRef(v) ? this.object(v.ref).value : v;
  }

  /** The decoded data of stream object `n` (Flate only, as LibreOffice writes it). */
  stream(n: number): string {
    const { value, streamAt } = this.object(n);
    const dict = value as PdfDict;
    if (streamAt === undefined) throw new Error(`PDF: object ${n} has no stream`);
    const length = this.resolve(dict.Length) as number;
    const raw = Buffer.from(this.s.slice(streamAt, streamAt + length), 'latin1');
    const filter = this.resolve(dict.Filter);
    if (filter === undefined) return raw.toString('latin1');
    if (isName(filter) && filter.name === 'FlateDecode') return zlib.inflateSync(raw).toString('latin1');
    throw new Error(`PDF: stream filter ${JSON.stringify(filter)} not supported`);
  }
}

/** A font's codes → text, from its ToUnicode CMap (bfchar and bfrange). */
function toUnicode(cmap: string): { bytes: number; map: Map<number, string> } {
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  const space = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(cmap);
  const bytes = space ? space[1].length / 2 : 1;
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1], 16), utf16(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      if (m[3].startsWith('[')) {
        [...m[3].matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, k) => map.set(lo + k, utf16(d[1])));
      } else {
        const base = parseInt(m[3].slice(1, -1), 16);
        for (let code = lo; code <= hi; code++) map.set(code, String.fromCodePoint(base + code - lo));
      }
    }
  }
  return { bytes, map };
}

export interface PdfPage {
  /** Lines of text, top to bottom as written. */
  text: string;
  /** How many pictures (image XObjects) the page draws. */
  images: number;
}

/** The pages of a PDF written by LibreOffice. */
export function pdfPages(bytes: Buffer): PdfPage[] {
  const pdf = new PdfFile(bytes);
  const catalog = pdf.resolve(pdf.trailer.Root) as PdfDict;
  const pages: PdfDict[] = [];
  const walk = (node: PdfDict) => {
    const type = node.Type as PdfName;
    if (type.name === 'Page') pages.push(node);
    else for (const kid of node.Kids as PdfValue[]) walk(pdf.resolve(kid) as PdfDict);
  };
  walk(pdf.resolve(catalog.Pages) as PdfDict);
  return pages.map((page) => {
    const resources = pdf.resolve(page.Resources) as PdfDict;
    const fontDict = (pdf.resolve(resources.Font) ?? {}) as PdfDict;
    const fonts = new Map<string, ReturnType<typeof toUnicode>>();
    for (const [name, ref] of Object.entries(fontDict)) {
      const font = pdf.resolve(ref) as PdfDict;
      if (!isRef(font.ToUnicode)) throw new Error(`PDF: font ${name} has no ToUnicode map`);
      fonts.set(name, toUnicode(pdf.stream(font.ToUnicode.ref)));
    }
    const xobjects = (pdf.resolve(resources.XObject) ?? {}) as PdfDict;
    const images = new Set(Object.entries(xobjects).filter(([, ref]) => ((pdf.resolve(ref) as PdfDict).Subtype as PdfName)?.name === 'Image').map(([n]) => n));
    const contents = Array.isArray(page.Contents) ? page.Contents : [page.Contents];
    const content = contents.map((c) => pdf.stream((c as PdfRef).ref)).join('\n');

    const lex = new Lexer(content);
    const stack: PdfValue[] = [];
    const lines: string[] = [];
    const drawn = new Set<string>();
    let line = '';
    let y: number | undefined;
    let font: ReturnType<typeof toUnicode> | undefined;
    const moveTo = (newY: number) => {
      if (y !== undefined && Math.abs(newY - y) > 2) {
        lines.push(line);
        line = '';
      }
      y = newY;
    };
    const show = (str: string) => {
      if (!font) throw new Error('PDF: text shown before a font is set');
      for (let i = 0; i + font.bytes <= str.length; i += font.bytes) {
        let code = 0;
        for (let k = 0; k < font.bytes; k++) code = code * 256 + str.charCodeAt(i + k);
        line += font.map.get(code) ?? '\uFFFD';
      }
    };
    for (let t = lex.next(); t !== undefined; t = lex.next()) {
      if (typeof t !== 'object' || t === null || !('op' in t)) {
        stack.push(t as PdfValue);
        continue;
      }
      const args = stack.splice(0);
      switch (t.op) {
        case 'Tf':
          font = fonts.get((args[0] as PdfName).name);
          break;
        case 'Td':
        case 'TD':
          moveTo(args[1] as number);
          break;
        case 'Tm':
          moveTo(args[5] as number);
          break;
        case 'Tj':
        case "'":
        case '"':
          show(args[args.length - 1] as string);
          break;
        case 'TJ':
          for (const item of args[0] as PdfValue[]) if (typeof item === 'string') show(item);
          break;
        case 'Do':
          if (images.has((args[0] as PdfName).name)) drawn.add((args[0] as PdfName).name);
          break;
        default:
      }
    }
    lines.push(line);
    return { text: lines.join('\n'), images: drawn.size };
  });
}

/** The whole text of a PDF written by LibreOffice, page after page, a line per text line. */
export function pdfText(pdf: Buffer): string {
  return pdfPages(pdf)
    .map((p) => p.text)
    .join('\n');
}
