/**
 * Numbers as notices write them: Arabic digits (2000, ２０００) or Chinese numerals (两千,
 * 一千五百, 二十, 五, 十二, 两万). The regular expression part `NUMBER` is shared by every
 * pattern of the extractor so that "5 张" and "五张", "20字" and "二十字" are read alike.
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Lookbehind is newer than the pages' ES2017 floor (EdgeHTML 18 has none): a pattern that
 * holds one would throw there when built. Where it is missing, `NUMBER` goes without it.
 */
export const HAS_LOOKBEHIND = ((): boolean => {
  try {
    return new RegExp('(?<!a)b').test('b');
  } catch {
    return false;
  }
})();

/**
 * One number, Arabic or Chinese; used inside larger patterns (no capture group of its own).
 * Bounded in length (a run of a million digits must not make every pattern quadratic) and,
 * where the engine has lookbehind, never starting inside a longer run of digits.
 */
export const NUMBER = `${HAS_LOOKBEHIND ? '(?<![0-9０-９〇零一二两三四五六七八九十百千万])' : ''}(?:[0-9０-９]{1,7}|[〇零一二两三四五六七八九十百千万]{1,8})`;

/** The value of `NUMBER`'s text, or undefined when it is not a well-formed number. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(t)) return Number(t);
  if (!/^[〇零一二两三四五六七八九十百千万]+$/.test(t)) return undefined;
  // Digit strings without units (二〇二四) are read digit by digit.
  if (!/[十百千万]/.test(t)) return Number([...t].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of t) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in UNITS) {
      // 十 alone at the start means 一十 (十二 = 12).
      section += (digit ?? 1) * UNITS[c];
      digit = undefined;
    } else {
      // 万
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}
