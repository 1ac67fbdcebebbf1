/**
 * Fixes on request: what the pane offers beside a problem, decided here and done (when it
 * writes) by the Word gateway, only when the author clicks. Pure: plain data in and out.
 *
 * - A missing 案例简介 / 实施背景 / 主要做法 / 经验启示 (part-missing): where its heading and
 *   prompt go, after the part that precedes it in the notice's order (planPartInsertion).
 * - An over-long body (body-length): how many 字 each section must lose so that the body
 *   fits, largest first (bodyCutPlan).
 * - A caption over its maximum (caption-length): the caption's text without its label, to
 *   select, and how many 字 to remove (captionFix).
 */
import type { CaseDocument } from './model/types';
import type { PartId, Profile } from './profile/types';
import { sectionIds } from './profile/types';
import { reportSectionIds } from './report-parts';
import type { Diagnostic, Report, Span } from './report';
import { findStructure } from './structure';
import { findRepeats, withoutRepeats } from './structure/repeats';
import type { CaseStructure, FoundPart } from './structure/types';

// --- 插入此部分 ---------------------------------------------------------------------------

/** Word's built-in heading styles (Word.BuiltInStyleName). */
export type HeadingStyle = 'Heading1' | 'Heading2' | 'Heading3' | 'Heading4' | 'Heading5' | 'Heading6' | 'Heading7' | 'Heading8' | 'Heading9';

/** A paragraph to write: its built-in style and text (src/template's blocks). */
export interface InsertBlock {
  style: HeadingStyle | 'Normal';
  text: string;
}

/**
 * Where and what to insert. `anchor` is a paragraph as the check read it (index and text):
 * the gateway refuses to write when the document no longer has that text there.
 * `where`: the new paragraphs go after it or before it; `afterTable`: after the (top-level)
 * table the anchor sits in, never inside a cell.
 */
export interface PartInsertion {
  part: PartId;
  anchor: { paragraph: number; text: string; where: 'After' | 'Before'; afterTable?: boolean };
  /** The heading, then the prompt. */
  blocks: InsertBlock[];
}

/** The template's heading and prompt for a part (the pane takes them from src/template). */
export interface PartTemplate {
  heading: InsertBlock;
  prompt: InsertBlock;
}

/** The messages of part-missing that a plain insertion fixes (not a heading to rename). */
const INSERTABLE_MESSAGES: ReadonlySet<string> = new Set(['summary', 'section']);

/** The parts an author can insert, in the notice's order: the summary, then the body's sections. */
export function insertableParts(profile: Profile): PartId[] {
  return profile.parts.filter((p) => p.kind === 'summary' || (p.kind === 'section' && p.id !== 'body')).map((p) => p.id);
}

/** True for a part-missing diagnostic that 插入此部分 answers. */
export function offersInsertion(d: Diagnostic, profile: Profile): boolean {
  return d.ruleId === 'part-missing' && INSERTABLE_MESSAGES.has(d.messageId) && insertableParts(profile).includes(d.target.part as PartId);
}

/** `一、` `二．` at the start of a heading. */
const NUMERAL_PREFIX = /^[一二三四五六七八九十]+[、.．]\s*/;

/**
 * The heading as the document would write it: the template's (`三、经验启示`), unless the
 * sections the document has are headed without numerals (`实施背景`), then without.
 */
function headingText(template: string, structure: CaseStructure, sections: readonly string[]): string {
  const labels = sections.map((id) => structure.parts[id]?.label).filter((l): l is string => l !== undefined && l.trim() !== '');
  if (labels.length > 0 && !labels.some((l) => NUMERAL_PREFIX.test(l.trim()))) return template.replace(NUMERAL_PREFIX, '');
  return template;
}

const HEADING_STYLE = /^Heading[1-9]$/;

/**
 * The heading's style: the template's, unless the document heads the parts beside it in
 * another heading level; then that level, so that the new heading is their sibling and
 * not a sub-heading of the part before it (a Heading 2 after a 主要做法 in Heading 1 would
 * belong to 主要做法, and 经验启示 would still be missing).
 */
function headingStyle(template: InsertBlock['style'], doc: CaseDocument, siblings: readonly (FoundPart | undefined)[]): InsertBlock['style'] {
  for (const s of siblings) {
    if (s?.heading === undefined) continue;
    const style = doc.paragraphs[s.heading]?.builtinStyle;
    if (style && HEADING_STYLE.test(style)) return style as HeadingStyle;
  }
  return template;
}

/** A 案例正文 heading of its own (not the first section's heading standing in for it). */
function bodyHeading(structure: CaseStructure, sections: readonly string[]): FoundPart | undefined {
  const body = structure.parts.body;
  if (!body || body.heading === undefined) return undefined;
  if (sections.some((id) => structure.parts[id]?.start === body.start)) return undefined;
  if (structure.otherSections.some((o) => o.heading === body.heading)) return undefined;
  return body;
}

/**
 * Where a missing part goes, and what goes there: after the part that precedes it in the
 * notice's order (案例简介 → 实施背景 → 主要做法 → 经验启示), or before the one that follows
 * it when none precedes; a first section goes under a 案例正文 heading; a summary after the
 * cover. Never inside a table. Undefined when the part is there, or cannot be inserted.
 */
export function planPartInsertion(doc: CaseDocument, profile: Profile, part: PartId, template: PartTemplate): PartInsertion | undefined {
  const order = insertableParts(profile);
  const at = order.indexOf(part);
  if (at === -1 || doc.paragraphs.length === 0) return undefined;
  const structure = findStructure(withoutRepeats(doc, findRepeats(doc.paragraphs)), profile);
  const parts = structure.parts;
  if (parts[part]) return undefined;
  const spec = profile.parts.find((p) => p.id === part);
  const isSection = spec?.kind === 'section';
  const before = order
    .slice(0, at)
    .reverse()
    .map((id) => parts[id])
    .find((p): p is FoundPart => p !== undefined);
  const after = order
    .slice(at + 1)
    .map((id) => parts[id])
    .find((p): p is FoundPart => p !== undefined);
  const sections = sectionIds(profile);
  const heading = bodyHeading(structure, sections);
  const n = doc.paragraphs.length;

  let k: number;
  if (isSection && before && before.id !== 'summary') k = before.end;
  else if (isSection && after) k = after.start;
  else if (isSection && heading) k = heading.end;
  else if (before) k = before.end;
  else if (after || heading) k = Math.min(after?.start ?? n, heading?.start ?? n);
  else {
    // Nothing of the case's text yet: after the cover, else at the end.
    const cover = profile.parts.filter((p) => p.kind === 'cover').map((p) => parts[p.id]);
    const ends = cover.filter((p): p is FoundPart => p !== undefined).map((p) => p.end);
    k = ends.length > 0 ? Math.max(...ends) : n;
  }
  k = Math.max(0, Math.min(n, k));

  // Never inside a table: after the paragraph before k when it is not in one, else before
  // the paragraph at k, else after the whole table (when k falls inside one, or after it).
  const prev = doc.paragraphs[k - 1];
  const next = doc.paragraphs[k];
  let anchor: PartInsertion['anchor'];
  if (prev && !prev.table) anchor = { paragraph: k - 1, text: prev.text, where: 'After' };
  else if (next && !next.table) anchor = { paragraph: k, text: next.text, where: 'Before' };
  else if (prev && prev.table?.depth === 1) anchor = { paragraph: k - 1, text: prev.text, where: 'After', afterTable: true };
  else return undefined;

  // A section's siblings are the other sections; the summary's, the 案例正文 heading.
  const siblings = isSection ? sections.filter((id) => id !== part).map((id) => parts[id]) : [heading];
  return {
    part,
    anchor,
    blocks: [{ style: headingStyle(template.heading.style, doc, siblings), text: headingText(template.heading.text, structure, sections) }, template.prompt],
  };
}

// --- 如何删减 -----------------------------------------------------------------------------

export interface CutRow {
  /** A section id, or `other-N` for a stretch that is none of them. */
  key: string;
  label: string;
  /** Its length now, in the report's metric. */
  length: number;
  /** How much it should lose. */
  cut: number;
}

export interface CutPlan {
  /** The body's length now, and how much it must lose in all to fit. */
  actual: number;
  over: number;
  /** The largest cut first; only rows with something to cut. */
  rows: CutRow[];
}

/**
 * For an over-long body (a body-length diagnostic over its maximum, or above its "左右"
 * range): how much each section must lose to fit, in proportion to its length (so that
 * the sections keep their balance), the rounding given to the largest remainders so that
 * the cuts add up exactly. Undefined for any other diagnostic.
 */
export function bodyCutPlan(report: Report, d: Diagnostic): CutPlan | undefined {
  if (d.ruleId !== 'body-length') return undefined;
  const actual = Number(d.data.actual);
  const over = Number(d.data.toRange);
  if (!(over > 0) || !(actual > Number(d.data.limit))) return undefined;
  const metric = report.metric;
  const rows: CutRow[] = [];
  for (const id of reportSectionIds(report)) {
    const p = report.parts[id];
    if (!p?.found) continue;
    const counts = p.counts as unknown as Record<string, number>;
    rows.push({ key: id, label: p.label, length: counts[metric] ?? p.counts.words, cut: 0 });
  }
  (report.otherSections ?? []).forEach((o, i) => {
    const counts = o.counts as unknown as Record<string, number>;
    rows.push({ key: `other-${i}`, label: o.label, length: counts[metric] ?? o.counts.words, cut: 0 });
  });
  const sum = rows.reduce((s, r) => s + r.length, 0);
  if (sum <= 0) return undefined;
  const total = Math.min(over, sum);
  const shares = rows.map((r) => (total * r.length) / sum);
  rows.forEach((r, i) => (r.cut = Math.floor(shares[i])));
  let left = total - rows.reduce((s, r) => s + r.cut, 0);
  const byRemainder = rows.map((r, i) => i).sort((a, b) => shares[b] - Math.floor(shares[b]) - (shares[a] - Math.floor(shares[a])) || rows[b].length - rows[a].length);
  for (const i of byRemainder) {
    if (left <= 0) break;
    rows[i].cut++;
    left--;
  }
  return {
    actual,
    over,
    rows: rows.filter((r) => r.cut > 0).sort((a, b) => b.cut - a.cut || b.length - a.length),
  };
}

// --- 配图说明过长 -------------------------------------------------------------------------

export interface CaptionFix {
  /** The caption's text without its label (`图1：`), to select. */
  span: Span;
  /** How many 字 to remove, and the count now and allowed. */
  remove: number;
  actual: number;
  max: number;
}

/** For a caption-length diagnostic: what to select and how much to cut. */
export function captionFix(d: Diagnostic, doc: CaseDocument): CaptionFix | undefined {
  if (d.ruleId !== 'caption-length' || !d.span) return undefined;
  const actual = Number(d.data.actual);
  const max = Number(d.data.max);
  if (!(actual > max)) return undefined;
  const paragraph = d.span.paragraph;
  const text = doc.paragraphs[paragraph]?.text ?? '';
  const body = typeof d.data.caption === 'string' ? d.data.caption : '';
  const start = body === '' ? -1 : text.lastIndexOf(body);
  const span = start === -1 ? d.span : { paragraph, start, end: start + body.length };
  return { span, remove: actual - max, actual, max };
}
