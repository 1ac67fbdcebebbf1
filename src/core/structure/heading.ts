/**
 * Heading shapes. The shapes are code; the words after them are the profile's aliases.
 *
 * Numbered shapes, with the label typed in the text or given by Word's list numbering
 * (`listLabel`), full-width or ASCII punctuation, optional spaces:
 *   第一部分 第一章 第一节   一、 一. 一．   （一） (一) ㈠   1. 1、 ⒈   1.1   （1） (1) 1) ⑴   ①
 *   【…】 〔…〕 〖…〗 […]  (the name inside the brackets)
 * Their conventional depth, shallowest first: 第…部分/章 > 一、 > （一） > 1. > 1.1 > （1） > ①.
 * Brackets stand apart: they are used for top headings and for emphasis alike, so a
 * bracketed paragraph only ends a part whose own heading is bracketed.
 */
import type { BuiltinStyle, Paragraph } from '../model/types';
import { compact, type Compact } from './normalize';

export type ShapeKind =
  | 'chapter'
  | 'cjk'
  | 'paren-cjk'
  | 'arabic'
  | 'arabic-multi'
  | 'paren-arabic'
  | 'circled'
  | 'bracket';

export interface Shape {
  kind: ShapeKind;
  /** The number in the label (一 → 1, 3 → 3); 0 when it has none (brackets). */
  number: number;
  /** Compact characters the label takes (for a bracket: only the opening bracket). */
  length: number;
}

const RANK: Record<Exclude<ShapeKind, 'bracket'>, number> = {
  chapter: 0,
  cjk: 2,
  'paren-cjk': 3,
  arabic: 4,
  'arabic-multi': 5,
  'paren-arabic': 6,
  circled: 7,
};

const CJK_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Units after 第N that make a chapter-like heading. */
const CHAPTER_UNITS = ['部分', '章', '节', '篇', '板块'];

/** Longest numeral run considered (十九, 二十三, 123). */
const MAX_NUMERAL = 4;

function cjkNumeral(s: string, at: number): { value: number; length: number } | undefined {
  let i = at;
  let value = 0;
  let current = 0;
  while (i < s.length && i - at < MAX_NUMERAL) {
    const ch = s[i];
    if (ch in CJK_DIGITS) current = CJK_DIGITS[ch];
    else if (ch === '十') {
      value += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      value += (current || 1) * 100;
      current = 0;
    } else break;
    i++;
  }
  if (i === at) return undefined;
  return { value: value + current, length: i - at };
}

function arabicNumeral(s: string, at: number): { value: number; length: number } | undefined {
  let i = at;
  let value = 0;
  while (i < s.length && i - at < MAX_NUMERAL) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    value = value * 10 + (c - 0x30);
    i++;
  }
  return i === at ? undefined : { value, length: i - at };
}

function singleCharacterLabel(code: number): { kind: ShapeKind; number: number } | undefined {
  if (code >= 0x2460 && code <= 0x2473) return { kind: 'circled', number: code - 0x245f };
  if (code >= 0x2474 && code <= 0x2487) return { kind: 'paren-arabic', number: code - 0x2473 };
  if (code >= 0x2488 && code <= 0x249b) return { kind: 'arabic', number: code - 0x2487 };
  if (code >= 0x3220 && code <= 0x3229) return { kind: 'paren-cjk', number: code - 0x321f };
  return undefined;
}

/** The numbering shape at the start of a compact string, if any. */
export function parseShape(s: string): Shape | undefined {
  if (s.length === 0) return undefined;
  const c0 = s[0];
  if (c0 === '[') return { kind: 'bracket', number: 0, length: 1 };
  if (c0 === '第') {
    const n = cjkNumeral(s, 1) ?? arabicNumeral(s, 1);
    if (!n) return undefined;
    const after = 1 + n.length;
    for (const unit of CHAPTER_UNITS) {
      if (s.startsWith(unit, after)) {
        let length = after + unit.length;
        if (s[length] === ':' || s[length] === '、' || s[length] === '.') length++;
        return { kind: 'chapter', number: n.value, length };
      }
    }
    return undefined;
  }
  if (c0 === '(') {
    const cjk = cjkNumeral(s, 1);
    const n = cjk ?? arabicNumeral(s, 1);
    if (!n || s[1 + n.length] !== ')') return undefined;
    let length = n.length + 2;
    if (s[length] === '、' || s[length] === '.') length++;
    return { kind: cjk ? 'paren-cjk' : 'paren-arabic', number: n.value, length };
  }
  const code = c0.charCodeAt(0);
  // One-character labels that input methods offer: ① … ⑳, ⑴ … ⒇ (as (1)), ⒈ … ⒛ (as 1.), ㈠ … ㈩ (as (一)).
  const single = singleCharacterLabel(code);
  if (single) {
    let length = 1;
    if (s[length] === '、' || s[length] === '.') length++;
    return { ...single, length };
  }
  const cjk = cjkNumeral(s, 0);
  if (cjk) {
    const sep = s[cjk.length];
    if (sep === '、' || sep === '.' || sep === ',') return { kind: 'cjk', number: cjk.value, length: cjk.length + 1 };
    return undefined;
  }
  const ar = arabicNumeral(s, 0);
  if (ar) {
    let i = ar.length;
    const sep = s[i];
    if (sep === ')') return { kind: 'paren-arabic', number: ar.value, length: i + 1 };
    if (sep === '、') return { kind: 'arabic', number: ar.value, length: i + 1 };
    if (sep === '.') {
      // 1. or 1.1 / 1.1.2 (deeper)
      i++;
      let multi = false;
      for (;;) {
        const more = arabicNumeral(s, i);
        if (!more) break;
        multi = true;
        i += more.length;
        if (s[i] === '.') i++;
        else break;
      }
      if (s[i] === '、') i++;
      return { kind: multi ? 'arabic-multi' : 'arabic', number: ar.value, length: i };
    }
  }
  return undefined;
}

const HEADING_STYLES = new Set<BuiltinStyle>([
  'Heading1',
  'Heading2',
  'Heading3',
  'Heading4',
  'Heading5',
  'Heading6',
  'Heading7',
  'Heading8',
  'Heading9',
]);

export function isHeadingStyle(style: BuiltinStyle | undefined): boolean {
  return style !== undefined && HEADING_STYLES.has(style);
}

/**
 * A heading-like paragraph is at most this many non-blank characters (label included),
 * unless it has the `标签：内容` form. Longer paragraphs that start with a part's name
 * are prose (`背景下，我们……`), not headings.
 */
export const HEADING_MAX_CHARS = 30;
/** How much of each paragraph is compacted: enough for any heading and its label. */
export const COMPACT_LIMIT = 96;

/** What is known about one paragraph, computed once. */
export interface ParaInfo {
  c: Compact;
  /** Numbering shape: from Word's list label, else typed at the start of the text. */
  shape?: Shape;
  /** True when the shape comes from `listLabel` (it is not in the text). */
  listShape: boolean;
  /** Compact index in the text where the words after the numbering start. */
  coreStart: number;
  /** Outline level (0 = Heading 1), from the style chain or `w:outlineLvl`. */
  outline?: number;
  /** The whole paragraph is at most HEADING_MAX_CHARS non-blank characters and not empty. */
  short: boolean;
  empty: boolean;
}

export function analyse(p: Paragraph): ParaInfo {
  const c = compact(p.text, COMPACT_LIMIT);
  const empty = c.s.length === 0;
  let shape: Shape | undefined;
  let listShape = false;
  let coreStart = 0;
  if (p.listLabel) {
    const label = compact(p.listLabel).s;
    shape = parseShape(label);
    if (shape && shape.kind !== 'bracket') {
      listShape = true;
      // Numbering typed after Word's own (`1.` + `一、实施背景`) is skipped too.
      const typed = parseShape(c.s);
      if (typed && typed.kind !== 'bracket') coreStart = typed.length;
    } else shape = undefined;
  }
  if (!shape) {
    shape = parseShape(c.s);
    if (shape) coreStart = shape.length;
  }
  const outline = p.outlineLevel ?? (isHeadingStyle(p.builtinStyle) ? Number(p.builtinStyle!.slice(7)) - 1 : undefined);
  const short = !empty && c.complete && c.s.length <= HEADING_MAX_CHARS;
  return { c, shape, listShape, coreStart, outline, short, empty };
}

/** The level a part's heading sits at, for deciding which later headings end the part. */
export interface HeadingLevel {
  outline?: number;
  shape?: Shape;
}

export function levelOf(info: ParaInfo): HeadingLevel {
  return { outline: info.outline, shape: info.shape };
}

/**
 * Whether an unrecognised paragraph `q` is a heading at the same or a higher level than
 * `h`, so that it ends the part `h` heads. A same-shape heading ends the part only when it
 * continues the numbering (四、 after 三、); a restart (1. inside 3.) is a sub-list.
 */
export function endsLevel(h: HeadingLevel, q: ParaInfo): boolean {
  if (q.empty) return false;
  if (h.outline !== undefined && q.outline !== undefined) return q.outline <= h.outline;
  // Otherwise compare numbering (a styled `三、经验启示` is ended by a plain `四、……`).
  if (!h.shape || !q.shape || !q.short) return false;
  const a = h.shape.kind;
  const b = q.shape.kind;
  if (a === 'bracket' || b === 'bracket') return a === b;
  if (a === b) return q.shape.number > h.shape.number;
  return RANK[b] < RANK[a];
}

/** True when `inner` is a deeper heading than `outer` (a sub-heading inside it). */
export function deeper(inner: HeadingLevel, outer: HeadingLevel): boolean {
  if (inner.outline !== undefined && outer.outline !== undefined) return inner.outline > outer.outline;
  const a = outer.shape?.kind;
  const b = inner.shape?.kind;
  if (!a || !b || a === 'bracket' || b === 'bracket') return false;
  return RANK[b] > RANK[a];
}
