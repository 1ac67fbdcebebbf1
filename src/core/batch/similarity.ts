/**
 * Similarity that survives light rewording, for `resubmission`.
 *
 * - Texts: the set of character 3-grams after normalisation (width-folded, letters and
 *   digits only), hashed to 32 bits and kept as a sorted, de-duplicated Uint32Array: a
 *   compact fingerprint (4 bytes per distinct 3-gram, ~12 KB for a 3,000 字 case), so a
 *   folder's worth can be kept while the documents themselves are dropped. Score =
 *   containment |A∩B| / min(|A|,|B|): a case that copies an earlier one and adds or
 *   rewrites a few sentences still scores high, where Jaccard would fall with the
 *   length difference.
 * - Titles: character-bigram Dice coefficient (short strings: 3-grams are too sparse).
 */
import { normalizeForSimilarity } from './normalize';

/** Sorted, de-duplicated 32-bit hashes of character n-grams. */
export type Fingerprint = Uint32Array;

function fnv1a(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the n-grams of a normalised string (code points, so astral Han characters count once). */
export function gramSet(text: string, n: number): Fingerprint {
  const s = normalizeForSimilarity(text);
  const cps = Array.from(s);
  if (cps.length === 0) return new Uint32Array(0);
  if (cps.length < n) {
    return Uint32Array.of(fnv1a(s, 0, s.length));
  }
  // Offsets of each code point in s, to hash slices without building substrings.
  const offsets: number[] = new Array(cps.length + 1);
  let o = 0;
  for (let i = 0; i < cps.length; i++) {
    offsets[i] = o;
    o += cps[i].length;
  }
  offsets[cps.length] = o;
  const out = new Uint32Array(cps.length - n + 1);
  for (let i = 0; i + n <= cps.length; i++) out[i] = fnv1a(s, offsets[i], offsets[i + n]);
  out.sort();
  let w = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[w++] = out[i];
  return out.slice(0, w);
}

/** The text fingerprint used by `resubmission` (character 3-grams). */
export function textFingerprint(text: string): Fingerprint {
  return gramSet(text, 3);
}

/** The title fingerprint (character bigrams). */
export function titleFingerprint(title: string): Fingerprint {
  return gramSet(title, 2);
}

export function intersectionSize(a: Fingerprint, b: Fingerprint): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/**
 * Below this many distinct 3-grams a text is too short for containment to mean anything
 * (a near-empty file would be "contained" in every case); such pairs fall back to Jaccard.
 * A property of the measure, not a limit of the notice.
 */
export const MIN_CONTAINMENT_GRAMS = 40;

/** |A∩B| / min(|A|,|B|); Jaccard when the smaller set is tiny; 0 when either is empty. */
export function containment(a: Fingerprint, b: Fingerprint): number {
  const m = Math.min(a.length, b.length);
  if (m === 0) return 0;
  if (m < MIN_CONTAINMENT_GRAMS) return jaccard(a, b);
  return intersectionSize(a, b) / m;
}

/** 2|A∩B| / (|A|+|B|); 0 when both are empty. */
export function dice(a: Fingerprint, b: Fingerprint): number {
  const s = a.length + b.length;
  return s === 0 ? 0 : (2 * intersectionSize(a, b)) / s;
}

export function jaccard(a: Fingerprint, b: Fingerprint): number {
  const i = intersectionSize(a, b);
  const u = a.length + b.length - i;
  return u === 0 ? 0 : i / u;
}
