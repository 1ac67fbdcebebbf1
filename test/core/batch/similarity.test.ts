/**
 * The similarity measures behind `resubmission` (src/core/batch/similarity.ts), with
 * fingerprints small enough to count by hand: n-grams of strings of distinct characters.
 */
import { containment, dice, jaccard, textFingerprint, titleFingerprint } from '../../../src/core/batch/similarity';

// 10 distinct characters: 8 distinct 3-grams; its first 5 characters: 3 distinct 3-grams.
const TEN = '甲乙丙丁戊己庚辛壬癸';
const FIVE = '甲乙丙丁戊';

describe('short texts and titles', () => {
  it('gives a title shorter than a bigram one fingerprint, so that two one-character titles are alike', () => {
    expect(titleFingerprint('党')).toHaveLength(1);
    expect(dice(titleFingerprint('党'), titleFingerprint('党'))).toBe(1);
    expect(dice(titleFingerprint('党'), titleFingerprint('团'))).toBe(0);
  });

  it('gives a text of two characters one fingerprint, without failing', () => {
    expect(textFingerprint('党建')).toHaveLength(1);
  });
});

describe('fingerprints', () => {
  it('keeps each distinct 3-gram once: 党建党建党建党建 has two (党建党, 建党建)', () => {
    expect(textFingerprint('党建党建党建党建')).toHaveLength(2);
    expect(jaccard(textFingerprint('党建党建党建党建'), textFingerprint('建党建党'))).toBe(1);
  });

  it('is empty for a text without letters or digits', () => {
    expect(textFingerprint('')).toHaveLength(0);
    expect(textFingerprint('，。 ！')).toHaveLength(0);
  });

  it('gives two empty titles a Dice score of 0, not NaN', () => {
    expect(dice(titleFingerprint(''), titleFingerprint(''))).toBe(0);
  });
});

describe('jaccard', () => {
  it('is |A∩B| / |A∪B|: 3 shared 3-grams of 8 in all is 3/8', () => {
    expect(textFingerprint(TEN)).toHaveLength(8);
    expect(textFingerprint(FIVE)).toHaveLength(3);
    expect(jaccard(textFingerprint(FIVE), textFingerprint(TEN))).toBe(0.375);
  });

  it('is 0 for two empty fingerprints', () => {
    expect(jaccard(textFingerprint(''), textFingerprint(''))).toBe(0);
  });
});

describe('containment', () => {
  it('falls back to Jaccard below 40 distinct 3-grams: a short text is not "contained" in every case', () => {
    expect(containment(textFingerprint(FIVE), textFingerprint(TEN))).toBe(0.375);
  });

  it('is containment from exactly 40 distinct 3-grams: a 42-character text inside a 52-character one scores 1', () => {
    // 52 distinct characters: 一 to 十, 甲 to 癸, the 26 letters a to z, then 子丑寅卯辰巳.
    const longer = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸abcdefghijklmnopqrstuvwxyz子丑寅卯辰巳';
    const shorter = longer.slice(0, 42);
    expect([...longer]).toHaveLength(52);
    expect(textFingerprint(shorter)).toHaveLength(40);
    expect(textFingerprint(longer)).toHaveLength(50);
    expect(containment(textFingerprint(shorter), textFingerprint(longer))).toBe(1);
  });
});
