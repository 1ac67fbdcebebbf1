/**
 * The declared category: document settings, else a control tagged with the category
 * part's tag, else the cover fields 类别 / 党支部类型 read through the profile's category
 * aliases. Never guessed from the title (a committee case may well be about its branches).
 *
 * Values are read left to right, taking the longest alias at each position, so that
 * `分党委（直属党总支）` is the committee (not the 直属 staff subtype) and
 * `党支部（教师党支部）` is a branch refined to its teacher subtype. Checkbox forms keep only
 * the ticked options: `☑党支部 □分党委`, `党支部√ 分党委□`.
 */
import type { ProfileTables } from './aliases';
import { compactText } from './normalize';

/** Ticked boxes and tick marks. */
const CHECKED = '☑☒■▣√✓✔✅●◉';
/** Empty boxes. */
const UNCHECKED = '□☐◻◯○';

function isMark(ch: string): 'on' | 'off' | undefined {
  if (CHECKED.includes(ch)) return 'on';
  if (UNCHECKED.includes(ch)) return 'off';
  return undefined;
}

/** The ticked options of a checkbox value, or the value itself when it has no boxes. */
export function tickedText(value: string): string | undefined {
  const s = compactText(value);
  let anyMark = false;
  for (const ch of s) if (isMark(ch)) anyMark = true;
  if (!anyMark) return s;
  // Marks before their options (☑党支部) unless the value starts with text (党支部√).
  const before = isMark(s[0]) !== undefined;
  const options: { text: string; on: boolean }[] = [];
  let cur = '';
  let mark: 'on' | 'off' | undefined;
  for (const ch of s) {
    const m = isMark(ch);
    if (!m) {
      cur += ch;
      continue;
    }
    if (before) {
      if (mark !== undefined) options.push({ text: cur, on: mark === 'on' });
      mark = m;
      cur = '';
    } else {
      options.push({ text: cur, on: m === 'on' });
      cur = '';
    }
  }
  if (before && mark !== undefined) options.push({ text: cur, on: mark === 'on' });
  const ticked = options.filter((o) => o.on).map((o) => o.text);
  return ticked.length > 0 ? ticked.join('|') : undefined;
}

/**
 * True for a checkbox row with no box ticked (`□教师党支部 □学生党支部`): a question still to
 * answer, not text to replace.
 */
export function isUntickedChoice(value: string): boolean {
  const s = compactText(value);
  let marks = false;
  for (const ch of s) if (isMark(ch)) marks = true;
  return marks && tickedText(value) === undefined;
}

/** Category ids named in a value, in order, longest alias first at each position. */
function namedCategories(text: string, t: ProfileTables): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = t.categories.longestAt(text, i);
    if (hit) {
      out.push(hit.value);
      i += hit.length;
    } else i++;
  }
  return out;
}

/**
 * The category a cover value declares. With `subtypeOnly`, only subtypes count (the
 * 党支部类型 field: `学生` alone means the student subtype).
 */
export function categoryFromValue(value: string, t: ProfileTables, subtypeOnly = false): string | undefined {
  const ticked = tickedText(value);
  if (!ticked) return undefined;
  const ids = namedCategories(ticked, t);
  let top: string | undefined;
  let sub: string | undefined;
  for (const id of ids) {
    const parent = t.parentOf.get(id);
    if (parent) {
      if (!sub && (top === undefined || top === parent)) sub = id;
      if (top === undefined) top = parent;
    } else if (top === undefined) top = id;
  }
  if (subtypeOnly) return sub;
  if (sub && t.parentOf.get(sub) === top) return sub;
  return top;
}

/** Combine a category and a subtype field (类别：党支部 + 党支部类型：学生 → branch.student). */
export function combineCategory(category: string | undefined, subtype: string | undefined, t: ProfileTables): string | undefined {
  if (!subtype) return category;
  const parent = t.parentOf.get(subtype);
  if (category === undefined || category === parent || category === subtype) return subtype;
  return category;
}
