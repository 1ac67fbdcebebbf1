/**
 * Text normalisation for recognition. Every paragraph is normalised once, into a
 * "compact" form: full-width ASCII folded to half-width, the bracket family 【〔〖［ folded
 * to `[` … `]`, white space removed, and each compact character's UTF-16 offset in the
 * original text kept so that labels and inline content can be cut from the original.
 * Only a bounded prefix is compacted: recognition never needs more than a heading's worth.
 */

/** Fold one UTF-16 code unit for comparison: full-width → half-width, brackets → `[` `]`. */
export function foldChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII
  switch (c) {
    case 0x3010: // 【
    case 0x3014: // 〔
    case 0x3016: // 〖
      return 0x5b; // [
    case 0x3011: // 】
    case 0x3015: // 〕
    case 0x3017: // 〗
      return 0x5d; // ]
    case 0xfe30: // ︰
    case 0x2236: // ∶ (ratio, often typed for a colon)
      return 0x3a; // :
    default:
      return c;
  }
}

/** White space for recognition: spaces, tabs, ideographic space, breaks, invisible marks. */
export function isBlank(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x0d ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

/**
 * A compacted prefix. The offsets of its characters in the original text are worked out
 * only when asked for (for the few paragraphs that turn out to be headings or fields),
 * so that analysing every paragraph allocates one short string and nothing else.
 */
export class Compact {
  private offsets?: number[];

  constructor(
    /** The original text. */
    readonly text: string,
    /** Folded text without white space. */
    readonly s: string,
    /** True when `s` covers the whole text (it was not cut at the limit). */
    readonly complete: boolean,
  ) {}

  /** `pos[k]` is the UTF-16 offset in the original text of `s[k]`. */
  get pos(): readonly number[] {
    if (!this.offsets) {
      const out: number[] = [];
      const { text } = this;
      for (let i = 0; i < text.length && out.length < this.s.length; i++) if (!isBlank(text.charCodeAt(i))) out.push(i);
      this.offsets = out;
    }
    return this.offsets;
  }
}

const BUFFER = new Uint16Array(512);

function flush(s: string, k: number): string {
  return s + String.fromCharCode.apply(null, BUFFER.subarray(0, k) as unknown as number[]);
}

/** Compact the first `limit` non-blank characters of `text` (all of them when `limit` is omitted). */
export function compact(text: string, limit = Infinity): Compact {
  let s = '';
  let k = 0;
  let count = 0;
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) continue;
    if (count >= limit) break;
    BUFFER[k++] = foldChar(c);
    count++;
    if (k === BUFFER.length) {
      s = flush(s, k);
      k = 0;
    }
  }
  if (k > 0) s = flush(s, k);
  return new Compact(text, s, i >= n);
}

/** Compact form of a whole string (for aliases and values). */
export function compactText(text: string): string {
  return compact(text).s;
}

/** True when the original text has white space between compact characters `k - 1` and `k`. */
export function gapBefore(c: Compact, k: number): boolean {
  const pos = c.pos;
  if (k <= 0 || k >= pos.length) return false;
  return pos[k] > pos[k - 1] + 1;
}
