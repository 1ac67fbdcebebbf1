/**
 * Does a paragraph name a part? `[numbering] [【] alias [】] [：] [inline content]`.
 *
 * - An alias alone (optionally with a colon) names its part whatever the formatting:
 *   a paragraph that is exactly `主要做法` is a heading in a .docx and in pasted text alike.
 * - `alias：content`, `【alias】content`, or a numbered/styled heading followed by white
 *   space or a line break, carry inline content of any length.
 * - An alias with a short tail glued to it (`一、实施背景与意义`) names the part only when the
 *   paragraph is numbered or in a heading style and at most HEADING_MAX_CHARS long; a long
 *   paragraph that merely starts with a part's name (`背景下，……`) is prose.
 * The longest alias wins (`成效及启示` before `成效`). A short remark in parentheses may
 * follow the name before the colon (`实施时间（起始年月）：`).
 */
import type { Paragraph } from '../model/types';
import type { FoundVia } from './types';
import type { PartSpec } from '../profile/types';
import type { AliasTable } from './aliases';
import { gapBefore } from './normalize';

/**
 * Longest remark in parentheses after a name: `（盖章）`, `（起始年月）`, or the notice's own
 * `（200 字左右，阐述案例的基本内容、亮点特色和主要成效）` kept in a heading.
 */
const MAX_REMARK = 40;
import { isHeadingStyle, type ParaInfo } from './heading';

export interface PartMatch {
  spec: PartSpec;
  via: FoundVia;
  /** The label as written (numbering, brackets, alias and colon), trimmed. */
  label: string;
  /** True when the paragraph is the label and nothing else. */
  bare: boolean;
  /** True when a colon or closing bracket follows the alias. */
  delimited: boolean;
  /** Content on the same line, with its UTF-16 offset in the paragraph text. */
  inline?: { text: string; offset: number };
}

function viaOf(p: Paragraph, info: ParaInfo): FoundVia {
  if (isHeadingStyle(p.builtinStyle)) return 'heading-style';
  if (info.outline !== undefined) return 'outline';
  if (info.shape) return 'numbered';
  return 'alias';
}

export function matchPart(p: Paragraph, info: ParaInfo, table: AliasTable<PartSpec>): PartMatch | undefined {
  const { c } = info;
  const s = c.s;
  const i = info.coreStart;
  const bracket = !info.listShape && info.shape?.kind === 'bracket';
  const hit = table.longestAt(s, i);
  if (!hit) return undefined;
  let j = i + hit.length;
  let delimited = false;
  // A remark in parentheses between the name and the colon: `实施时间（起始年月）：`.
  if (!bracket && s[j] === '(') {
    const close = s.indexOf(')', j + 1);
    const after = close + 1;
    if (close > j && close - j <= MAX_REMARK + 1 && (s[after] === ':' || (c.complete && after === s.length))) j = after;
  }
  if (bracket) {
    if (s[j] === ':') j++;
    if (s[j] !== ']') return undefined;
    j++;
    delimited = true;
  }
  if (s[j] === ':') {
    j++;
    delimited = true;
  }
  let stop = false;
  if (!delimited && (s[j] === '。' || s[j] === '.')) {
    j++;
    stop = true;
  }
  const numbered = info.shape !== undefined;
  const styled = info.outline !== undefined;
  const bare = c.complete && j >= s.length;
  let inline: PartMatch['inline'];
  if (!bare) {
    // The compact string may stop before the end of a long paragraph; `j` is then still in it.
    if (j >= s.length) return undefined;
    const separated = delimited || stop || gapBefore(c, j);
    if (separated && (delimited || numbered || styled)) {
      const offset = c.pos[j];
      inline = { text: p.text.slice(offset).trim(), offset };
    } else if (!(info.short && (numbered || styled))) {
      return undefined;
    }
  }
  // The label as written: from the first visible character to the end of the label (the whole
  // paragraph when the value is not on it), after the number Word's list numbering gives it.
  const labelEnd = inline ? inline.offset : p.text.length;
  const first = c.pos.length > 0 ? c.pos[0] : 0;
  let label = p.text.slice(first, labelEnd).trim();
  if (info.listShape && p.listLabel) label = p.listLabel.trim() + label;
  return { spec: hit.value, via: viaOf(p, info), label, bare, delimited, inline };
}
