/**
 * Cover fields: `案例名称：…`, `申报单位（盖章）：…`, several on one line
 * (`联系人：张三 联系电话：123`, often with an ideographic space), a label cell followed by its value cell in a table
 * (the usual cover page), or a label alone on its line with the value on the next.
 */
import type { Paragraph } from '../model/types';
import type { PartSpec } from '../profile/types';
import type { AliasTable } from './aliases';
import { compactText, foldChar, isBlank } from './normalize';

export interface FieldValue {
  spec: PartSpec;
  /** The label as written. */
  label: string;
  text: string;
  /** UTF-16 offset of `text` in the paragraph. */
  offset: number;
}

function isColon(c: number): boolean {
  return foldChar(c) === 0x3a;
}

/** Trimmed slice with the offset of its first non-blank character. */
function trimmedSlice(text: string, from: number, to: number): { text: string; offset: number } {
  let a = from;
  let b = to;
  while (a < b && isBlank(text.charCodeAt(a))) a++;
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  return { text: text.slice(a, b), offset: a };
}

/** Colons looked at after a first field's label. */
const MAX_COLONS = 12;

/** Longest remark in parentheses after a label (`（盖章）`, `（起始年月）`). */
export const MAX_REMARK = 10;

/** The part a compact label names, allowing a remark in parentheses after the name. */
function labelSpec(label: string, table: AliasTable<PartSpec>): PartSpec | undefined {
  const hit = table.exact(label);
  if (hit || !label.endsWith(')')) return hit;
  const open = label.lastIndexOf('(');
  if (open <= 0 || label.length - open > MAX_REMARK + 2) return undefined;
  return table.exact(label.slice(0, open));
}

/**
 * Split a first field's inline value into that value and the further fields on the same
 * line. A later colon starts a new field only when the words just before it are a cover
 * alias (`联系电话`, also spaced out: `联 系 电 话`); otherwise it belongs to the value (`10:30`).
 */
export function splitFields(
  p: Paragraph,
  first: { spec: PartSpec; label: string; offset: number },
  table: AliasTable<PartSpec>,
): FieldValue[] {
  const text = p.text;
  const out: FieldValue[] = [];
  let spec = first.spec;
  let label = first.label;
  let valueStart = first.offset;
  // A label is at most a few characters longer than the longest alias (spaces inside it).
  const maxLabel = table.maxLength * 2 + 4;
  let colons = 0;
  for (let k = valueStart; k < text.length; k++) {
    if (!isColon(text.charCodeAt(k))) continue;
    // A cover line holds a few fields; a line full of colons is something else.
    if (++colons > MAX_COLONS) break;
    let found: { at: number; spec: PartSpec } | undefined;
    for (let b = Math.max(valueStart, k - maxLabel); b < k; b++) {
      if (b > valueStart && !isBlank(text.charCodeAt(b - 1))) continue;
      if (isBlank(text.charCodeAt(b))) continue;
      const hit = labelSpec(compactText(text.slice(b, k)), table);
      if (hit && hit.kind === 'cover') {
        found = { at: b, spec: hit };
        break;
      }
    }
    if (!found) continue;
    out.push({ spec, label, ...trimmedSlice(text, valueStart, found.at) });
    spec = found.spec;
    label = text.slice(found.at, k + 1).trim();
    valueStart = k + 1;
  }
  out.push({ spec, label, ...trimmedSlice(text, valueStart, text.length) });
  return out;
}

/** The paragraphs of the cell right of `i`'s cell in the same table row, as [from, to). */
export function nextCell(paras: readonly Paragraph[], i: number): [number, number] | undefined {
  const t = paras[i].table;
  if (!t) return undefined;
  let k = i + 1;
  const same = (q: Paragraph) =>
    q.table !== undefined && q.table.table === t.table && q.table.depth === t.depth && q.table.row === t.row;
  const inLabel = (q: Paragraph) => (same(q) && q.table!.cell === t.cell) || (q.table !== undefined && q.table.depth > t.depth);
  // The label cell's paragraphs and a nested table's (Word ends a cell with a paragraph after it).
  while (k < paras.length && inLabel(paras[k])) k++;
  if (k >= paras.length || !same(paras[k]) || paras[k].table!.cell !== t.cell + 1) return undefined;
  const from = k;
  while (k < paras.length && same(paras[k]) && paras[k].table!.cell === t.cell + 1) k++;
  return [from, k];
}

/**
 * The paragraphs of the cell below `i`'s cell, when `i`'s row holds nothing else: a form
 * laid out with the label on one row and the value on the next. As [from, to).
 */
export function cellBelow(paras: readonly Paragraph[], i: number): [number, number] | undefined {
  const t = paras[i].table;
  if (!t) return undefined;
  const inTable = (q: Paragraph) => q.table !== undefined && q.table.table === t.table && q.table.depth === t.depth;
  let k = i + 1;
  while (k < paras.length && inTable(paras[k]) && paras[k].table!.row === t.row && paras[k].table!.cell === t.cell) k++;
  if (k >= paras.length || !inTable(paras[k]) || paras[k].table!.row !== t.row + 1 || paras[k].table!.cell !== t.cell) return undefined;
  // The label's row must hold only the label (no cell before it either).
  if (t.cell !== 0) return undefined;
  const from = k;
  const row = t.row + 1;
  while (k < paras.length && inTable(paras[k]) && paras[k].table!.row === row && paras[k].table!.cell === t.cell) k++;
  return [from, k];
}

/** The joined, trimmed text of paragraphs [from, to), with the offset in `from`. */
export function rangeValue(paras: readonly Paragraph[], from: number, to: number): { text: string; offset: number } {
  const texts: string[] = [];
  for (let k = from; k < to; k++) texts.push(paras[k].text);
  const joined = texts.join('\n');
  const t = trimmedSlice(joined, 0, joined.length);
  return { text: t.text, offset: Math.min(t.offset, paras[from]?.text.length ?? 0) };
}
