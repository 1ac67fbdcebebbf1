/**
 * A small pull scanner for the XML of Office parts.
 *
 * Why not a DOM or an XML library: the reader must run unchanged in Node, browsers and the
 * Word task pane, it must be fast (a case of a few hundred KB is read in a few ms), and it
 * must be safe: a DTD is never read and entities other than the five predefined ones and
 * character references are never expanded (an XML part with `<!DOCTYPE` or `<!ENTITY` is
 * rejected with `XmlEntitiesError`: OOXML never needs them, billion-laughs files do).
 *
 * It is tolerant: malformed markup is skipped, never thrown on, and every call to `next()`
 * advances, so no input can make a caller loop forever (callers stop at `Tok.End`).
 *
 * Names are returned as written (`w:p`). Office parts almost always use the conventional
 * prefixes; when the root element binds a known namespace to another prefix (or makes it the
 * default namespace), names and attribute look-ups are translated to the conventional
 * prefixes (declarations on the root element only, which is where generators put them).
 */

export const enum Tok {
  End = 0,
  Open = 1,
  Close = 2,
  Text = 3,
}

export class XmlEntitiesError extends Error {
  constructor() {
    super('DTD or entity declaration in an XML part');
    this.name = 'XmlEntitiesError';
  }
}

/** Namespace URIs (transitional and strict) → the conventional prefix. */
const KNOWN_NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'cp',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
};

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const EQ = 0x3d;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isNameEnd(c: number): boolean {
  return c === GT || c === SLASH || isSpace(c) || Number.isNaN(c);
}

export class XmlScanner {
  /** Qualified name of the element of the last Open or Close token, sliced lazily. */
  private name: string | undefined = '';
  private nameStart = 0;
  private nameEnd = 0;
  /** True when the last Open token was `<x/>`. */
  selfClosing = false;

  private pos = 0;
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;
  private rootSeen = false;
  /** Elements opened and not yet closed: above 0 at the end means the XML was cut short. */
  private open = 0;
  /** The namespace URI bound to the root element's own prefix, when the root declares it. */
  private rootUri: string | undefined;
  /** Actual prefix → conventional prefix, when the document does not use the conventional ones. */
  private prefixMap: Map<string, string> | undefined;
  /** Conventional prefix → actual prefix ('' for the default namespace). */
  private reverseMap: Map<string, string> | undefined;

  constructor(private readonly src: string) {
    // Skip a byte order mark.
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Qualified name of the element of the last Open or Close token (a method, so that type narrowing never sticks across `next()`). */
  tag(): string {
    return (this.name ??= this.mapName(this.src.slice(this.nameStart, this.nameEnd)));
  }

  /** Advance to the next token. Always makes progress. */
  next(): Tok {
    const s = this.src;
    const n = s.length;
    for (;;) {
      const start = this.pos;
      if (start >= n) return Tok.End;
      if (s.charCodeAt(start) !== LT) {
        let end = s.indexOf('<', start);
        if (end < 0) end = n;
        this.pos = end;
        this.textStart = start;
        this.textEnd = end;
        this.cdata = false;
        return Tok.Text;
      }
      const c1 = s.charCodeAt(start + 1);
      if (c1 === SLASH) {
        let end = s.indexOf('>', start + 2);
        if (end < 0) end = n;
        let nameEnd = start + 2;
        while (nameEnd < end && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
        this.nameStart = start + 2;
        this.nameEnd = nameEnd;
        this.name = undefined;
        this.pos = end + 1;
        if (this.open > 0) this.open--;
        return Tok.Close;
      }
      if (c1 === 0x3f /* ? */) {
        const end = s.indexOf('?>', start + 2);
        this.pos = end < 0 ? n : end + 2;
        continue;
      }
      if (c1 === 0x21 /* ! */) {
        if (s.startsWith('<!--', start)) {
          const end = s.indexOf('-->', start + 4);
          this.pos = end < 0 ? n : end + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', start)) {
          let end = s.indexOf(']]>', start + 9);
          if (end < 0) end = n;
          this.textStart = start + 9;
          this.textEnd = end;
          this.cdata = true;
          this.pos = end + 3;
          return Tok.Text;
        }
        // <!DOCTYPE, <!ENTITY, <!ELEMENT, ...: never read a DTD.
        throw new XmlEntitiesError();
      }
      // Start tag: find its end, skipping '>' inside quoted attribute values.
      let i = start + 1;
      while (i < n && !isNameEnd(s.charCodeAt(i))) i++;
      const nameEnd = i;
      let quote = 0;
      while (i < n) {
        const c = s.charCodeAt(i);
        // '<' is never allowed inside a tag, not even in a quoted value: a malformed tag
        // (say, an unclosed quote) ends there instead of swallowing the rest of the part.
        if (c === LT) break;
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === QUOTE || c === APOS) {
          quote = c;
        } else if (c === GT) {
          break;
        }
        i++;
      }
      const closedByGt = i < n && s.charCodeAt(i) === GT;
      // A tag cut short by '<' or the end is taken as empty: it cannot own what follows.
      this.selfClosing = !closedByGt || s.charCodeAt(i - 1) === SLASH;
      this.attrStart = nameEnd;
      this.attrEnd = closedByGt && this.selfClosing ? i - 1 : i;
      this.pos = closedByGt ? i + 1 : i;
      if (nameEnd === start + 1) continue; // `<` followed by nothing usable
      this.nameStart = start + 1;
      this.nameEnd = nameEnd;
      if (!this.rootSeen) {
        this.rootSeen = true;
        this.readRootNamespaces();
      }
      this.name = undefined;
      // A tag cut short by the end of the text is not an element that was opened.
      if (!this.selfClosing) this.open++;
      else if (!closedByGt && i >= n) this.open++;
      return Tok.Open;
    }
  }

  /**
   * Elements still open where the scanner stopped: after `Tok.End`, anything above 0 means
   * the XML ends before its root element closes (a part cut short, or unbalanced markup).
   */
  unclosed(): number {
    return this.open;
  }

  /** The namespace URI the root element's own prefix is bound to (on the root), or undefined. */
  rootNamespace(): string | undefined {
    return this.rootUri;
  }

  /** The decoded text of the last Text token. */
  text(): string {
    const raw = this.src.slice(this.textStart, this.textEnd);
    if (this.cdata) return raw;
    return raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
  }

  /** True when the last Text token holds only white space (cheap check, no allocation). */
  textIsBlank(): boolean {
    for (let i = this.textStart; i < this.textEnd; i++) if (!isSpace(this.src.charCodeAt(i))) return false;
    return true;
  }

  /** An attribute of the last Open token, decoded, or undefined. */
  attr(qname: string): string | undefined {
    if (this.reverseMap) {
      const colon = qname.indexOf(':');
      if (colon > 0) {
        const actual = this.reverseMap.get(qname.slice(0, colon));
        if (actual !== undefined) qname = actual === '' ? qname.slice(colon + 1) : actual + qname.slice(colon);
      }
    }
    const s = this.src;
    const end = this.attrEnd;
    let i = this.attrStart;
    const qlen = qname.length;
    while (i < end) {
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (i >= end) break;
      const nameStart = i;
      while (i < end) {
        const c = s.charCodeAt(i);
        if (c === EQ || isSpace(c)) break;
        i++;
      }
      const matches = i - nameStart === qlen && s.startsWith(qname, nameStart);
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== EQ) {
        i++;
        continue; // malformed: attribute without value
      }
      i++;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      if (q !== QUOTE && q !== APOS) {
        // unquoted value (malformed): up to the next space
        const vStart = i;
        while (i < end && !isSpace(s.charCodeAt(i))) i++;
        if (matches) return decodeEntities(s.slice(vStart, i));
        continue;
      }
      let vEnd = s.indexOf(q === QUOTE ? '"' : "'", i + 1);
      if (vEnd < 0 || vEnd > end) vEnd = end;
      if (matches) {
        const raw = s.slice(i + 1, vEnd);
        return raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
      }
      i = vEnd + 1;
    }
    return undefined;
  }

  /** After an Open token that is not self-closing: skip to just after its matching Close. */
  skip(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (;;) {
      const t = this.next();
      if (t === Tok.End) return;
      if (t === Tok.Open) {
        if (!this.selfClosing) depth++;
      } else if (t === Tok.Close) {
        if (--depth === 0) return;
      }
    }
  }

  /** After an Open token: the concatenated text of its content (markup skipped). */
  readText(): string {
    if (this.selfClosing) return '';
    let depth = 1;
    let out = '';
    for (;;) {
      const t = this.next();
      if (t === Tok.End) return out;
      if (t === Tok.Text) out += this.text();
      else if (t === Tok.Open) {
        if (!this.selfClosing) depth++;
      } else if (t === Tok.Close) {
        if (--depth === 0) return out;
      }
    }
  }

  private readRootNamespaces(): void {
    const s = this.src;
    const region = s.slice(this.attrStart, this.attrEnd);
    if (region.indexOf('xmlns') < 0) return;
    const rootName = s.slice(this.nameStart, this.nameEnd);
    const colon = rootName.indexOf(':');
    const rootPrefix = colon < 0 ? '' : rootName.slice(0, colon);
    const re = /xmlns(?::([\w.-]+))?\s*=\s*(["'])(.*?)\2/g;
    let m: RegExpExecArray | null;
    let map: Map<string, string> | undefined;
    let rev: Map<string, string> | undefined;
    while ((m = re.exec(region))) {
      const prefix = m[1] ?? '';
      if (prefix === rootPrefix) this.rootUri = m[3];
      const conventional = KNOWN_NAMESPACES[m[3]];
      if (conventional === undefined || conventional === prefix) continue;
      map ??= new Map();
      rev ??= new Map();
      map.set(prefix, conventional);
      rev.set(conventional, prefix);
    }
    this.prefixMap = map;
    this.reverseMap = rev;
  }

  private mapName(name: string): string {
    const map = this.prefixMap;
    if (!map) return name;
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const conventional = map.get(prefix);
    if (conventional === undefined) return name;
    return conventional + ':' + (colon < 0 ? name : name.slice(colon + 1));
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the five predefined entities and character references; anything else is kept as written. */
export function decodeEntities(raw: string): string {
  return raw.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, body: string) => {
    if (body.charCodeAt(0) !== 0x23) return NAMED[body] ?? whole;
    const code = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Only XML 1.0's Char (§2.2): a reference to ESC or another control character is not
    // text (Word refuses such a part); it must not reach a terminal as a control sequence.
    const legal = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!legal) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

/** True for `true`, `1`, `on` and for an absent value (OOXML's on/off type). */
export function onOff(value: string | undefined): boolean {
  return value === undefined || value === 'true' || value === '1' || value === 'on';
}
