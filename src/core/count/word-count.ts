/**
 * Word-compatible counting (审阅 → 字数统计).
 *
 * The rules are those of shared/wordcount/README.md, which reproduce Word's own figures on
 * real Word files:
 * - East Asian characters count one each, in 字数 and in 中文字符和朝鲜语单词.
 * - Every other maximal run of non-space characters is one 非中文单词; a run ends at white
 *   space or at an East Asian character. Curly quotes, …, —, ·, ①, emoji are non-Asian.
 * - 字数 = 中文字符和朝鲜语单词 + 非中文单词.
 * - 字符数(不计空格) counts code points that are not white space; U+FEFF and U+200B count
 *   nowhere. White space counts only in 字符数(计空格). Breaks (\n, \r, \v, \f) count nowhere.
 * - The Symbol-font bullet U+F0B7 counts as a character, not as a word; other Symbol/Wingdings
 *   characters (U+F0xx, e.g. the ➢ bullet U+F0D8) count as non-Asian characters and words.
 * - Automatic list labels count as text; their tab or space counts as white space.
 * - 段落数 = paragraphs holding at least one counted (non-space) character.
 *
 * One pass over UTF-16 code units; no allocation per character.
 */

export interface WordCounts {
  /** 字数 */
  words: number;
  /** 字符数(不计空格) */
  charsNoSpaces: number;
  /** 字符数(计空格) */
  charsWithSpaces: number;
  /** 段落数 */
  paragraphs: number;
  /** 中文字符和朝鲜语单词 */
  eastAsianChars: number;
  /** 非中文单词 */
  nonAsianWords: number;
}

/** The metrics a profile may choose for lengths. */
export type CountMetric = 'words' | 'charsNoSpaces' | 'charsWithSpaces';

export const ZERO_COUNTS: Readonly<WordCounts> = Object.freeze({
  words: 0,
  charsNoSpaces: 0,
  charsWithSpaces: 0,
  paragraphs: 0,
  eastAsianChars: 0,
  nonAsianWords: 0,
});

const enum Kind {
  /** Counts nowhere and does not end a run (BOM, zero-width space, other controls). */
  Ignored,
  /** Counts nowhere but ends a run (paragraph mark, line/page break). */
  Break,
  /** White space: only in 字符数(计空格); ends a run. */
  Space,
  /** East Asian: one word and one character; ends a run. */
  EastAsian,
  /** Non-Asian: part of a run. */
  Other,
  /** A character that is not a word and ends a run (Symbol-font bullets). */
  CharOnly,
}

/** Classify a BMP code unit or a full code point. */
function kindOf(cp: number): Kind {
  if (cp < 0x80) {
    if (cp === 0x20 || cp === 0x09) return Kind.Space;
    if (cp === 0x0a || cp === 0x0b || cp === 0x0c || cp === 0x0d) return Kind.Break;
    if (cp < 0x20 || cp === 0x7f) return Kind.Ignored;
    return Kind.Other;
  }
  if (cp < 0x1100) {
    if (cp === 0xa0) return Kind.Space;
    if (cp === 0xad) return Kind.Ignored; // soft hyphen: invisible unless at a line end
    if (cp >= 0x80 && cp < 0xa0) return Kind.Ignored; // C1 controls
    return Kind.Other;
  }
  if (cp < 0x2000) {
    if (cp <= 0x11ff) return Kind.EastAsian; // Hangul Jamo
    if (cp === 0x1680) return Kind.Space;
    return Kind.Other;
  }
  if (cp < 0x2e80) {
    if (cp <= 0x200a) return Kind.Space; // en quad ... hair space
    // Zero-width space and word joiner are invisible to Word's counts; the (non-)joiners U+200C/U+200D are characters (../shared/wordcount/README.md 5).
    if (cp === 0x200b || cp === 0x2060) return Kind.Ignored;
    if (cp === 0x2028 || cp === 0x2029) return Kind.Break;
    if (cp === 0x202f || cp === 0x205f) return Kind.Space;
    return Kind.Other; // “ ” ‘ ’ … — · ① arrows, maths, dingbats
  }
  if (cp <= 0x303f) {
    // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
    if (cp === 0x3000) return Kind.Space;
    return Kind.EastAsian;
  }
  if (cp <= 0x33ff) return Kind.EastAsian; // kana, bopomofo, Hangul compatibility jamo, kanbun, strokes, enclosed CJK, CJK compatibility
  if (cp <= 0x4dbf) return Kind.EastAsian; // CJK extension A
  if (cp <= 0x4dff) return Kind.Other; // Yijing hexagram symbols
  if (cp <= 0x9fff) return Kind.EastAsian; // CJK unified ideographs
  if (cp < 0xa960) return Kind.Other; // Yi, Lisu, Vai, ...
  if (cp <= 0xa97f) return Kind.EastAsian; // Hangul Jamo extended-A
  if (cp < 0xac00) return Kind.Other;
  if (cp <= 0xd7ff) return Kind.EastAsian; // Hangul syllables, Jamo extended-B
  // Symbol-font characters live in U+F020–U+F0FF. Word's figures: the Symbol bullet U+F0B7 is a
  // character but no word (en-report); Wingdings bullets U+F0D8 (➢) and U+F0F0 (⇨) are a word
  // each, like any other non-Asian character (zh-exam-notes: 224 非中文单词 only that way).
  if (cp === 0xf0b7) return Kind.CharOnly;
  if (cp < 0xf900) return Kind.Other;
  if (cp <= 0xfaff) return Kind.EastAsian; // CJK compatibility ideographs
  if (cp < 0xfe10) return Kind.Other;
  if (cp <= 0xfe1f) return Kind.EastAsian; // vertical forms
  if (cp < 0xfe30) return Kind.Other;
  if (cp <= 0xfe4f) return Kind.EastAsian; // CJK compatibility forms
  if (cp === 0xfeff) return Kind.Ignored;
  if (cp >= 0xff00 && cp <= 0xffef) return Kind.EastAsian; // halfwidth and fullwidth forms
  if (cp < 0x10000) return Kind.Other;
  if (cp >= 0x1b000 && cp <= 0x1b16f) return Kind.EastAsian; // kana supplement and extended
  if (cp >= 0x1f200 && cp <= 0x1f2ff) return Kind.EastAsian; // enclosed ideographic supplement
  if (cp >= 0x20000 && cp <= 0x3ffff) return Kind.EastAsian; // CJK extensions B–H, compatibility supplement
  return Kind.Other; // emoji and everything else
}

// A lookup table for the BMP makes the hot loop a single array read.
const BMP = new Uint8Array(0x10000);
for (let cp = 0; cp < 0x10000; cp++) BMP[cp] = kindOf(cp);

/** Mutable accumulator, so that many paragraphs can be counted without intermediate objects. */
export class Counter {
  words = 0;
  charsNoSpaces = 0;
  charsWithSpaces = 0;
  paragraphs = 0;
  eastAsianChars = 0;
  nonAsianWords = 0;

  /** Add one paragraph's text (a list label, if any, is passed separately). */
  paragraph(text: string, listLabel?: string, listSuffix?: 'tab' | 'space' | 'nothing'): this {
    const before = this.charsNoSpaces;
    let inRun = false;
    if (listLabel) {
      inRun = this.scan(listLabel, false);
      if (listSuffix !== 'nothing') {
        this.charsWithSpaces++;
        inRun = false;
      }
    }
    this.scan(text, inRun);
    if (this.charsNoSpaces > before) this.paragraphs++;
    return this;
  }

  /** Count text made of several paragraphs separated by line breaks. */
  text(text: string): this {
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0x0a;
      if (c === 0x0a || c === 0x0d) {
        if (i > start) this.paragraph(text.slice(start, i));
        if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
        start = i + 1;
      }
    }
    return this;
  }

  /** Scan characters; returns whether a non-Asian run is still open at the end. */
  private scan(s: string, inRun: boolean): boolean {
    const n = s.length;
    for (let i = 0; i < n; i++) {
      let cp = s.charCodeAt(i);
      let kind: number;
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i++;
          kind = kindOf(cp);
        } else {
          kind = Kind.Other;
        }
      } else {
        kind = BMP[cp];
      }
      switch (kind) {
        case Kind.Other:
          this.charsNoSpaces++;
          this.charsWithSpaces++;
          if (!inRun) {
            this.nonAsianWords++;
            this.words++;
            inRun = true;
          }
          break;
        case Kind.EastAsian:
          this.charsNoSpaces++;
          this.charsWithSpaces++;
          this.eastAsianChars++;
          this.words++;
          inRun = false;
          break;
        case Kind.Space:
          this.charsWithSpaces++;
          inRun = false;
          break;
        case Kind.Break:
          inRun = false;
          break;
        case Kind.CharOnly:
          this.charsNoSpaces++;
          this.charsWithSpaces++;
          inRun = false;
          break;
        default: // Ignored
          break;
      }
    }
    return inRun;
  }

  add(c: WordCounts): this {
    this.words += c.words;
    this.charsNoSpaces += c.charsNoSpaces;
    this.charsWithSpaces += c.charsWithSpaces;
    this.paragraphs += c.paragraphs;
    this.eastAsianChars += c.eastAsianChars;
    this.nonAsianWords += c.nonAsianWords;
    return this;
  }

  result(): WordCounts {
    return {
      words: this.words,
      charsNoSpaces: this.charsNoSpaces,
      charsWithSpaces: this.charsWithSpaces,
      paragraphs: this.paragraphs,
      eastAsianChars: this.eastAsianChars,
      nonAsianWords: this.nonAsianWords,
    };
  }
}

/** Word's six statistics for a text; line breaks separate paragraphs. */
export function countText(text: string): WordCounts {
  return new Counter().text(text).result();
}

/** Word's six statistics for paragraphs as the model holds them (list labels included). */
export function countParagraphs(
  paragraphs: ReadonlyArray<{ text: string; listLabel?: string; listSuffix?: 'tab' | 'space' | 'nothing' }>,
): WordCounts {
  const c = new Counter();
  for (const p of paragraphs) c.paragraph(p.text, p.listLabel, p.listSuffix);
  return c.result();
}

export function sumCounts(list: ReadonlyArray<WordCounts>): WordCounts {
  const c = new Counter();
  for (const x of list) c.add(x);
  return c.result();
}
