/**
 * The text of a PDF as LibreOffice writes it, for tests (the machine has no pdftotext).
 * Enough for LibreOffice's output and nothing more: objects `N 0 obj … endobj`, Flate
 * streams, simple and CID fonts whose glyph codes map to Unicode through their ToUnicode
 * CMaps (bfchar and bfrange), and the text operators Tf, Tj, TJ, ', ". A new line is begun
 * at every text positioning (Td, TD, Tm, T*, ET), so that callers compare text with white
 * space removed.
 */
import { constants, inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const s = text.indexOf('stream', start);
    const plainEnd = text.indexOf('endobj', start);
    if (plainEnd < 0) break;
    let end = plainEnd;
    if (s < 0 || s > plainEnd || text.startsWith('endstream', s - 3)) {
      out.set(Number(m[1]), { dict: text.slice(start, plainEnd) });
    } else {
      let from = s + 'stream'.length;
      if (text[from] === '\r') from++;
      if (text[from] === '\n') from++;
      const dict = text.slice(start, s);
      const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
      let to = direct ? from + Number(direct[1]) : text.indexOf('endstream', from);
      if (!direct) {
        // One end-of-line belongs to the keyword, not to the data.
        if (text[to - 1] === '\n') to--;
        if (text[to - 1] === '\r') to--;
      }
      let raw = pdf.subarray(from, to);
      if (/\/Filter\s*\/FlateDecode/.test(dict)) raw = inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
      out.set(Number(m[1]), { dict, stream: raw });
      end = text.indexOf('endobj', text.indexOf('endstream', to));
      if (end < 0) break;
    }
    re.lastIndex = end;
  }
  return out;
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

function hexToCodes(hex: string, width: number): number[] {
  const h = hex.replace(/\s+/g, '');
  const codes: number[] = [];
  for (let i = 0; i + width * 2 <= h.length; i += width * 2) codes.push(parseInt(h.slice(i, i + width * 2), 16));
  return codes;
}

function utf16(hex: string): string {
  const h = hex.replace(/\s+/g, '');
  let s = '';
  for (let i = 0; i + 4 <= h.length; i += 4) s += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
  return s;
}

interface Font {
  width: number;
  map: Map<number, string>;
}

function parseCMap(cmap: string): Font {
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap);
  const width = space ? space[1].length / 2 : 1;
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1], 16), utf16(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      if (m[3].startsWith('[')) {
        const list = [...m[3].matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => utf16(x[1]));
        list.forEach((s, i) => map.set(lo + i, s));
      } else {
        const base = utf16(m[3].slice(1, -1));
        for (let c = lo; c <= hi; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - lo)));
      }
    }
  }
  return { width, map };
}

/** A literal string `( … )` from `i` (at the opening bracket): its bytes and where it ends. */
function literal(s: string, i: number): { bytes: number[]; end: number } {
  const bytes: number[] = [];
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') {
      const n = s[++k];
      const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
      if (n in esc) bytes.push(esc[n]);
      else if (/[0-7]/.test(n)) {
        let oct = n;
        while (oct.length < 3 && /[0-7]/.test(s[k + 1])) oct += s[++k];
        bytes.push(parseInt(oct, 8));
      }
      continue;
    }
    if (c === '(') {
      if (depth++ === 0) continue;
    } else if (c === ')') {
      if (--depth === 0) return { bytes, end: k + 1 };
    }
    bytes.push(c.charCodeAt(0) & 0xff);
  }
  return { bytes, end: s.length };
}

function decode(bytes: number[], font: Font | undefined): string {
  if (!font) return '';
  let out = '';
  for (let i = 0; i + font.width <= bytes.length; i += font.width) {
    let code = 0;
    for (let k = 0; k < font.width; k++) code = code * 256 + bytes[i + k];
    out += font.map.get(code) ?? '';
  }
  return out;
}

function pageText(content: string, fonts: Map<string, Font>): string {
  let font: Font | undefined;
  let out = '';
  const pending: string[] = [];
  const re = /\/([^\s/[\]()<>]+)|\(|<([0-9A-Fa-f\s]*)>|\[|\]|([A-Za-z'"*]+)|-?[\d.]+/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    const tok = m[0];
    if (tok === '(') {
      const l = literal(content, m.index);
      pending.push(decode(l.bytes, font));
      re.lastIndex = l.end;
    } else if (m[2] !== undefined && tok.startsWith('<')) {
      pending.push(decode(hexToCodes(m[2], 1), font));
    } else if (m[1] !== undefined) {
      pending.push(`/${m[1]}`);
    } else if (m[3] !== undefined) {
      const op = m[3];
      if (op === 'Tf') {
        const name = pending.filter((p) => p.startsWith('/')).pop()?.slice(1);
        font = name ? fonts.get(name) : undefined;
      } else if (op === 'Tj' || op === 'TJ' || op === "'" || op === '"') {
        out += pending.filter((p) => !p.startsWith('/')).join('');
      } else if (op === 'Td' || op === 'TD' || op === 'Tm' || op === 'T*' || op === 'ET') {
        out += '\n';
      }
      pending.length = 0;
    }
  }
  return out;
}

/** The text of every page, in order, pages separated by a form feed. */
export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  const fontCache = new Map<number, Font>();
  const fontOf = (n: number): Font | undefined => {
    if (fontCache.has(n)) return fontCache.get(n);
    const dict = objs.get(n)?.dict ?? '';
    const tu = ref(dict, 'ToUnicode');
    const cmap = tu !== undefined ? objs.get(tu)?.stream?.toString('latin1') : undefined;
    const f = cmap ? parseCMap(cmap) : undefined;
    if (f) fontCache.set(n, f);
    return f;
  };
  const dictOf = (d: string, key: string): string => {
    const r = ref(d, key);
    if (r !== undefined) return objs.get(r)?.dict ?? '';
    const m = new RegExp(`/${key}\\s*<<([\\s\\S]*?)>>`).exec(d);
    return m ? m[1] : '';
  };
  const pages: string[] = [];
  const pagesRoot = [...objs.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent\b/.test(o.dict));
  const kids = (d: string): number[] => [...(/\/Kids\s*\[([^\]]*)\]/.exec(d)?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
  const walk = (n: number, inherited: string) => {
    const d = objs.get(n)?.dict ?? '';
    const res = /\/Resources/.test(d) ? dictOf(d, 'Resources') : inherited;
    if (/\/Type\s*\/Pages\b/.test(d)) {
      for (const k of kids(d)) walk(k, res);
      return;
    }
    const fontDict = dictOf(res, 'Font');
    const fonts = new Map<string, Font>();
    for (const m of fontDict.matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) {
      const f = fontOf(Number(m[2]));
      if (f) fonts.set(m[1], f);
    }
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(d)?.[1] ?? /\/Contents\s+(\d+\s+0\s+R)/.exec(d)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+)\s+0\s+R/g)].map((m) => objs.get(Number(m[1]))?.stream?.toString('latin1') ?? '');
    pages.push(pageText(streams.join('\n'), fonts));
  };
  if (pagesRoot) {
    const rootNumber = [...objs.entries()].find(([, o]) => o === pagesRoot)?.[0];
    if (rootNumber !== undefined) walk(rootNumber, dictOf(pagesRoot.dict, 'Resources'));
  }
  return pages.join('\f');
}
