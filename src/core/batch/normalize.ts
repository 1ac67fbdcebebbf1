/**
 * Normalising what people type into cover fields, so that one unit's files group together.
 *
 * This is the first, spelling-only step: two spellings are the same here when they differ
 * in width (full-width vs half-width), white space, or a trailing stamp note such as
 * （盖章） / (公章) / 盖章处. Dropping prefixes and organisational suffixes (冶金学院党委 =
 * 冶金学院分党委 = 冶金学院) is the profile's business and happens in units.ts (`unitKey`).
 */

/** Trailing stamp notes left from the template's 申报单位（盖章） label, or written into the value. */
const STAMP_NOTE = /(?:[(（[【]\s*(?:加?盖[公印]?章处?|公章|印章|章)\s*[)）\]】]|加?盖[公印]?章处?|公章)$/u;

/** Width-fold (NFKC), drop white space and zero-width characters. */
export function foldWidth(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u200b\ufeff]+/gu, '');
}

/**
 * The unit as a grouping key: width-folded, no spaces, no trailing stamp note, no trailing
 * punctuation. Returns '' when nothing is left (a field holding only a prompt or a note).
 */
export function normalizeUnit(raw: string | undefined): string {
  if (!raw) return '';
  let s = foldWidth(raw);
  for (let i = 0; i < 3; i++) {
    const next = s.replace(STAMP_NOTE, '').replace(/[:：,，.。;；、_\-—]+$/u, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** The unit as shown: as written, without surrounding spaces or a trailing stamp note. */
export function displayUnit(raw: string | undefined): string {
  if (!raw) return '';
  let s = raw.replace(/[\s\u3000]+/gu, ' ').trim();
  for (let i = 0; i < 3; i++) {
    const next = s.replace(STAMP_NOTE, '').replace(/[\s:：,，.。;；、_\-—]+$/u, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Text for similarity: width-folded, lower case, letters and digits only (punctuation and spaces dropped). */
export function normalizeForSimilarity(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
