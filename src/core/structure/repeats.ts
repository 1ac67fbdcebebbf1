/**
 * Text that a word processor saved several times over.
 *
 * LibreOffice Writer 7.4 reads a block-level content control (`w:sdt` around a paragraph, as
 * the first templates had and as Word's `insertContentControl` on a paragraph makes) as an
 * inline one, and saves it back as several inline controls, all with the original's title
 * (w:alias) and none with its tag: the first holds the paragraph's text W, then one per text
 * portion after the first (a stretch of one script: `年`, `9`, `月` in `2021年9月`) holds that
 * portion followed by W again, and a last one holds W once more:
 *
 *   W · Q1 W · Q2 W · … · Qm W · W      in m + 2 controls, Q1 … Qm making up the end of W
 *
 * (test/template/fixtures/lo74-old-template-filled.docx is such a file). A filled-in
 * 197-字 summary comes back near 1,200 字, `2021年9月` as `2021年9月年2021年9月92021年9月月…`.
 *
 * A paragraph is taken as damaged only with both signs: n ≥ 2 controls with one title (or
 * tag) in the paragraph, and a text of exactly that shape with m = n − 2. Nothing else is
 * touched: an author who repeats a sentence on purpose has no such controls. The damaged text
 * is read as W, which is what the author wrote and what the file shows first (W is a prefix
 * of the text, so offsets into W are offsets into the file's text).
 *
 * Bounded work: W's length is one of the text's borders (prefix = suffix), found with one
 * prefix-function pass; at most MAX_CANDIDATES of them, and MAX_STEPS split attempts, are
 * tried.
 */
import type { CaseDocument, Paragraph } from '../model/types';

export interface RepeatedText {
  paragraph: number;
  /** The text as the author wrote it (W). */
  text: string;
  /** How many times longer the paragraph is than W, rounded (4 for `W · W W · W`). */
  copies: number;
  /** The controls' common title or tag, e.g. 案例简介. */
  control: string;
}

const MAX_CANDIDATES = 8;
const MAX_STEPS = 64;

/** The largest number of distinct controls with one name (title, else tag) in a paragraph. */
function sameNamedControls(p: Paragraph): { name: string; count: number } | undefined {
  if (p.controls.length < 2) return undefined;
  const byName = new Map<string, Set<string>>();
  for (let i = 0; i < p.controls.length; i++) {
    const c = p.controls[i];
    const name = c.title ?? c.tag;
    if (!name) continue;
    let ids = byName.get(name);
    if (!ids) byName.set(name, (ids = new Set()));
    ids.add(c.id ?? `#${i}`);
  }
  let best: { name: string; count: number } | undefined;
  for (const [name, ids] of byName) if (ids.size >= 2 && (!best || ids.size > best.count)) best = { name, count: ids.size };
  return best;
}

/** Lengths L (shortest first) with text[0, L) equal to its last L characters. */
function borders(text: string): number[] {
  const n = text.length;
  const fail = new Int32Array(n);
  for (let i = 1, k = 0; i < n; i++) {
    while (k > 0 && text[i] !== text[k]) k = fail[k - 1];
    if (text[i] === text[k]) k++;
    fail[i] = k;
  }
  const out: number[] = [];
  for (let k = n > 0 ? fail[n - 1] : 0; k > 0; k = fail[k - 1]) out.push(k);
  return out.reverse();
}

/**
 * Whether text[pos, end) is Q_i W · … · Qm W with the Q's, in order, spelling w[from, |w|).
 * Depth-first over where each next copy of W starts; `budget` bounds the attempts.
 */
function splits(text: string, w: string, pos: number, end: number, from: number, pieces: number, budget: { steps: number }): boolean {
  const n = w.length;
  if (pieces === 0) return pos === end && from === n;
  for (let at = text.indexOf(w, pos + 1); at >= 0 && at + n <= end; at = text.indexOf(w, at + 1)) {
    if (--budget.steps < 0) return false;
    const length = at - pos;
    if (from + length > n) return false;
    if (!text.startsWith(w.slice(from, from + length), pos)) continue;
    if (splits(text, w, at + n, end, from + length, pieces - 1, budget)) return true;
  }
  return false;
}

/** W when `text` has the shape above for m = controls − 2, else undefined. */
function damaged(text: string, controls: number): string | undefined {
  const len = text.length;
  const m = controls - 2;
  if (m === 0) {
    const half = text.slice(0, len / 2);
    return len % 2 === 0 && len > 0 && text === half + half ? half : undefined;
  }
  let tried = 0;
  for (const l of borders(text)) {
    const s = len - (m + 2) * l;
    if (s > l) continue;
    if (s < 1) break;
    if (++tried > MAX_CANDIDATES) break;
    const w = text.slice(0, l);
    if (text.slice(len - 2 * l, len - l) !== w) continue;
    if (splits(text, w, l, len - l, l - s, m, { steps: MAX_STEPS })) return w;
  }
  return undefined;
}

/** Paragraphs of the main story whose text is a control's text saved several times over. */
export function findRepeats(paragraphs: readonly Paragraph[]): RepeatedText[] {
  const out: RepeatedText[] = [];
  for (const p of paragraphs) {
    const named = sameNamedControls(p);
    if (!named) continue;
    const w = damaged(p.text, named.count);
    if (!w || w.trim() === '') continue;
    out.push({ paragraph: p.index, text: w, copies: Math.round(p.text.length / w.length), control: named.name });
  }
  return out;
}

/** The document with each damaged paragraph read as the text the author wrote. */
export function withoutRepeats(doc: CaseDocument, repeats: readonly RepeatedText[]): CaseDocument {
  if (repeats.length === 0) return doc;
  const byIndex = new Map(repeats.map((r) => [r.paragraph, r.text]));
  return {
    ...doc,
    paragraphs: doc.paragraphs.map((p) => {
      const text = byIndex.get(p.index);
      return text === undefined ? p : { ...p, text };
    }),
  };
}
