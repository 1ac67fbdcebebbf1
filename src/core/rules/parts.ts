/**
 * What several rules and the engine need from a found structure: part values, part
 * lengths (each counted once through a Measure), the body range and the body limit.
 * The engine computes these once and hands them to the rules in the context; the
 * `ctx*` helpers recompute them when a context was built without them.
 */
import { countText } from '../count';
import type { CaseDocument } from '../model/types';
import type { CategorySpec, Limit, PartId, PartSpec, Profile } from '../profile/types';
import type { LengthCounts } from '../report';
import type { CaseStructure, FoundPart } from '../structure/types';
import { addCounts, StoryMeasure, subtractCounts } from './measure';
import type { CaseContext, Measure } from './types';

/** The body's sections, in the profile's order (`body` itself is their sum, not a section). */
export function sectionSpecs(profile: Profile): PartSpec[] {
  return profile.parts.filter((p) => p.kind === 'section' && p.id !== 'body');
}

export function partSpec(profile: Profile, id: PartId): PartSpec | undefined {
  return profile.parts.find((p) => p.id === id);
}

/** The part's name for messages (the profile's label, or the id when the profile has none). */
export function partLabel(profile: Profile, id: string): string {
  return profile.parts.find((p) => p.id === id)?.label ?? id;
}

/** The value of a cover field as written: the text after its label, or its content paragraphs. */
export function readPartValue(doc: CaseDocument, fp: FoundPart): string {
  if (fp.inline) {
    const rest: string[] = [fp.inline.text];
    for (let i = fp.inline.paragraph + 1; i < fp.end; i++) rest.push(doc.paragraphs[i]?.text ?? '');
    return rest.map((s) => s.trim()).filter((s) => s !== '').join('\n');
  }
  const out: string[] = [];
  for (let i = fp.contentStart; i < fp.end; i++) {
    const t = doc.paragraphs[i]?.text.trim();
    if (t) out.push(t);
  }
  return out.join('\n');
}

/**
 * The body runs from the first section's heading to the end of the last section, headings,
 * pictures and captions included: what a reviewer selects as 正文 in Word (RULES.md, Counting).
 * With no section found, a part found as `body` (a 案例正文 heading) stands in.
 */
export function bodyRange(structure: CaseStructure, profile: Profile): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const s of sectionSpecs(profile)) {
    const fp = structure.parts[s.id];
    if (!fp) continue;
    start = Math.min(start, fp.start);
    end = Math.max(end, fp.end);
  }
  for (const d of structure.duplicates) {
    if (d.id === 'summary' || d.id === 'body' || start === Infinity) continue;
    start = Math.min(start, d.start);
    end = Math.max(end, d.end);
  }
  if (start === Infinity) {
    const body = structure.parts.body;
    return body ? { start: body.contentStart, end: body.end } : undefined;
  }
  // Stretches that belong to no section (`三、工作成效`, an unlabelled opening) are body too.
  for (const o of structure.otherSections ?? []) {
    start = Math.min(start, o.start);
    end = Math.max(end, o.end);
  }
  return { start, end };
}

/** The body limit in force: the category's own, else its parent's, else the `body` part's. */
export function bodyLimit(profile: Profile, category: CategorySpec | undefined): Limit | undefined {
  let c = category;
  const seen = new Set<string>();
  while (c && !seen.has(c.id)) {
    if (c.bodyLimit) return c.bodyLimit;
    seen.add(c.id);
    c = c.parent ? profile.categories.find((x) => x.id === c?.parent) : undefined;
  }
  return partSpec(profile, 'body')?.limit;
}

export interface PartLengths {
  /** Cover fields: their value; summary: its content; sections: heading and content; body: the whole range. */
  counts: Partial<Record<PartId, LengthCounts>>;
  /** Each part's own text: sections without heading and captions. */
  contentCounts: Partial<Record<PartId, LengthCounts>>;
  values: Partial<Record<PartId, string>>;
}

/** Content of a part (after its heading), inline text included, captions left out. */
function contentLength(fp: FoundPart, measure: Measure, captions: ReadonlySet<number>): LengthCounts {
  let from = fp.contentStart;
  let total: LengthCounts = { words: 0, charsNoSpaces: 0, charsWithSpaces: 0 };
  if (fp.inline) {
    total = countText(fp.inline.text);
    from = Math.max(from, fp.inline.paragraph + 1);
  }
  total = addCounts(total, measure.range(from, fp.end));
  for (const c of captions) if (c >= from && c < fp.end) total = subtractCounts(total, measure.paragraph(c));
  return total;
}

export function measureParts(doc: CaseDocument, structure: CaseStructure, profile: Profile, measure: Measure): PartLengths {
  const counts: PartLengths['counts'] = {};
  const contentCounts: PartLengths['contentCounts'] = {};
  const values: PartLengths['values'] = {};
  const captions = new Set(structure.captionParagraphs);
  for (const spec of profile.parts) {
    const fp = structure.parts[spec.id];
    if (!fp || spec.id === 'body') continue;
    if (spec.kind === 'cover') {
      const value = readPartValue(doc, fp);
      values[spec.id] = value;
      const c = countText(value);
      counts[spec.id] = { words: c.words, charsNoSpaces: c.charsNoSpaces, charsWithSpaces: c.charsWithSpaces };
      contentCounts[spec.id] = counts[spec.id];
    } else if (spec.kind === 'summary') {
      counts[spec.id] = contentLength(fp, measure, new Set());
      contentCounts[spec.id] = contentLength(fp, measure, captions);
    } else {
      counts[spec.id] = measure.range(fp.start, fp.end);
      contentCounts[spec.id] = contentLength(fp, measure, captions);
    }
  }
  const body = bodyRange(structure, profile);
  if (body) {
    counts.body = measure.range(body.start, body.end);
    contentCounts.body = counts.body;
  }
  return { counts, contentCounts, values };
}

const cache = new WeakMap<CaseContext, { measure: Measure; lengths?: PartLengths }>();

function cached(ctx: CaseContext): { measure: Measure; lengths?: PartLengths } {
  let c = cache.get(ctx);
  if (!c) {
    c = { measure: ctx.measure ?? new StoryMeasure(ctx.doc) };
    cache.set(ctx, c);
  }
  return c;
}

export function ctxMeasure(ctx: CaseContext): Measure {
  return ctx.measure ?? cached(ctx).measure;
}

function ctxLengths(ctx: CaseContext): PartLengths {
  const c = cached(ctx);
  if (!c.lengths) c.lengths = measureParts(ctx.doc, ctx.structure, ctx.profile, c.measure);
  return c.lengths;
}

export function ctxValue(ctx: CaseContext, id: PartId): string | undefined {
  if (ctx.values) return ctx.values[id];
  return ctxLengths(ctx).values[id];
}

export function ctxContentCounts(ctx: CaseContext, id: PartId): LengthCounts | undefined {
  if (ctx.contentCounts) return ctx.contentCounts[id];
  return ctxLengths(ctx).contentCounts[id];
}

export function ctxCounts(ctx: CaseContext, id: PartId): LengthCounts | undefined {
  return ctx.counts[id] ?? (ctx.structure.parts[id] || id === 'body' ? ctxLengths(ctx).counts[id] : undefined);
}

/** The found part whose range holds a paragraph (the innermost when ranges nest). */
export function partAt(structure: CaseStructure, paragraph: number): PartId | undefined {
  let best: FoundPart | undefined;
  for (const fp of Object.values(structure.parts)) {
    if (!fp || paragraph < fp.start || paragraph >= Math.max(fp.end, fp.start + 1)) continue;
    if (!best || fp.end - fp.start < best.end - best.start) best = fp;
  }
  return best?.id;
}

/** True when a text is nothing but the template's prompts and white space (placeholder-left reports it). */
export function onlyPlaceholders(text: string, profile: Profile): boolean {
  let rest = text;
  for (const p of [...profile.placeholders].sort((a, b) => b.length - a.length)) if (p) rest = rest.split(p).join('');
  return rest.trim() === '' && text.trim() !== '';
}

/** The text of a part's content (after its heading), paragraphs joined by line breaks. */
export function contentText(doc: CaseDocument, fp: FoundPart): string {
  const out: string[] = [];
  let from = fp.contentStart;
  if (fp.inline) {
    out.push(fp.inline.text);
    from = Math.max(from, fp.inline.paragraph + 1);
  }
  for (let i = from; i < fp.end; i++) out.push(doc.paragraphs[i]?.text ?? '');
  return out.join('\n');
}
