/**
 * The engine: `checkCase(doc, profile, options)` → Report.
 *
 * 1. findStructure: where the parts, pictures and captions are, after reading text that a
 *    word processor saved several times over as written once (structure/repeats.ts).
 * 2. The category: the option (CLI flag, pane setting) wins over the document's settings,
 *    which win over what the document declares (a tagged control or the cover's 类别).
 *    Ids, labels and aliases of the profile's categories are accepted; a subtype's parent
 *    is its base category.
 * 3. Lengths: one pass over the main story (StoryMeasure, prefix sums), then every part is
 *    a range lookup. Sections count with their heading; the body is the whole range from
 *    the first section's heading to the end of the last section, captions included; the
 *    summary counts its content; cover fields count their value.
 * 4. The rules of the registry, each reporting data; the messages are rendered here from
 *    the catalogue of the requested locale.
 * 5. The report: every profile part (found or not) with its counts and limit state, the
 *    picture groups, the diagnostics sorted by paragraph (document-wide ones first) then
 *    severity, Word's statistics for the whole main story and a summary.
 * 6. The author's say (the document's settings, or the options): style hints switched off
 *    are not run (step 4); warnings and hints get a fingerprint, and those the author
 *    dismissed move to `report.dismissed`, out of the diagnostics and the summary
 *    (dismiss.ts).
 *
 * Pure and synchronous: no I/O, no clock (dates come from the profile or `options.today`).
 */
import { countText } from './count';
import { DiagnosticCap } from './diagnostic-cap';
import { formatMessage, type Locale } from './messages';
import type { CaseDocument } from './model/types';
import type { CategorySpec, PartId, Profile } from './profile/types';
import type { CoverValueState, Diagnostic, OtherSectionReport, PartReport, PictureGroupReport, Report, Severity } from './report';
import { CASE_RULES } from './rules';
import { evaluateLimit } from './rules/length';
import { NO_LENGTH, StoryMeasure } from './rules/measure';
import { bodyLimit, bodyRange, measureParts, onlyPlaceholders, readPartValue } from './rules/parts';
import type { CaseContext, CaseRule, Problem } from './rules/types';
import { findStructure, isUntickedChoice, tickedText } from './structure';
import { findRepeats, withoutRepeats } from './structure/repeats';
import { applyDismissals, assignFingerprints } from './dismiss';
import type { CaseStructure } from './structure/types';

export interface CheckOptions {
  /** A category id (`committee`, `branch`, `branch.teacher`, …), label or alias; wins over the document. */
  category?: string;
  locale?: Locale;
  /** ISO date the checks are made against; the profile's deadline by default. */
  today?: string;
  /** Run only these rules (default: every case rule). */
  rules?: readonly CaseRule[];
  /**
   * The author's dismissals (fingerprints) to apply; the document's own (its settings) by
   * default. The pane passes what it has just saved; `[]` shows everything.
   */
  dismissed?: readonly string[];
  /** Style hints switched off (rule ids); the document's setting by default. */
  hintsOff?: readonly string[];
}

/** The style hints a document may switch off (rules marked `styleHint`). */
export function switchableHints(rules: readonly CaseRule[] = CASE_RULES): string[] {
  return rules.filter((r) => r.meta.styleHint === true).map((r) => r.id);
}

type CategorySource = NonNullable<Report['categorySource']>;

function normalizeName(s: string): string {
  return s
    .replace(/[\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}

/** A category by id, then by label, then by alias (spaces and bracket widths ignored). */
export function findCategory(profile: Profile, value: string): CategorySpec | undefined {
  const v = value.trim();
  const byId = profile.categories.find((c) => c.id === v);
  if (byId) return byId;
  const n = normalizeName(v);
  if (n === '') return undefined;
  return (
    profile.categories.find((c) => normalizeName(c.label) === n) ??
    profile.categories.find((c) => c.aliases.some((a) => normalizeName(a) === n))
  );
}

export function baseCategoryOf(profile: Profile, c: CategorySpec | undefined): CategorySpec | undefined {
  let cur = c;
  const seen = new Set<string>();
  while (cur?.parent && !seen.has(cur.id)) {
    seen.add(cur.id);
    const parent = profile.categories.find((x) => x.id === cur?.parent);
    if (!parent) break;
    cur = parent;
  }
  return cur;
}

interface ResolvedCategory {
  category?: CategorySpec;
  source?: CategorySource;
  unknown?: { value: string; source: CategorySource };
}

function resolveCategory(doc: CaseDocument, profile: Profile, structure: CaseStructure, option?: string): ResolvedCategory {
  const given: { value: string; source: CategorySource }[] = [];
  if (option !== undefined && option.trim() !== '') given.push({ value: option, source: 'option' });
  const setting = doc.settings?.category;
  if (setting !== undefined && setting.trim() !== '') given.push({ value: setting, source: 'settings' });
  const declared = structure.declaredCategory;
  if (declared) given.push({ value: declared.id, source: declared.source });
  // A 类别 field whose value names no category is unknown, not missing: the author wrote
  // something. Unticked boxes (□分党委 □党支部) and the template's prompt are still missing.
  const field = structure.parts.category;
  if (!declared && field) {
    const value = readPartValue(doc, field).trim();
    const ticked = value === '' ? undefined : tickedText(value);
    if (ticked && !profile.placeholders.some((p) => value.includes(p))) given.push({ value, source: 'cover' });
  }
  const first = given[0];
  // A notice with one kind of case only (one category, no subtypes) leaves nothing to declare.
  if (!first) return profile.categories.length === 1 ? { category: profile.categories[0], source: 'profile' } : {};
  const category = findCategory(profile, first.value);
  if (!category) return { unknown: first, source: first.source };
  // The document may refine a base category given by the option (branch + 教师党支部 on the cover).
  if (profile.categories.some((c) => c.parent === category.id)) {
    for (const g of given.slice(1)) {
      const more = findCategory(profile, g.value);
      if (more && baseCategoryOf(profile, more) !== more && isAncestor(profile, category, more)) {
        return { category: more, source: first.source };
      }
    }
  }
  return { category, source: first.source };
}

function isAncestor(profile: Profile, ancestor: CategorySpec, c: CategorySpec): boolean {
  let cur: CategorySpec | undefined = c;
  for (let guard = 0; cur && guard < profile.categories.length; guard++) {
    if (cur.parent === ancestor.id) return true;
    const parentId: string | undefined = cur.parent;
    cur = profile.categories.find((x) => x.id === parentId);
  }
  return false;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Whether a cover value is the author's: not blank, not the template's prompt, a box ticked. */
function coverValueState(value: string, profile: Profile): CoverValueState {
  if (value.trim() === '') return 'empty';
  if (isUntickedChoice(value)) return 'unticked';
  if (onlyPlaceholders(value, profile)) return 'prompt';
  return 'filled';
}

export function checkCase(input: CaseDocument, profile: Profile, options: CheckOptions = {}): Report {
  const locale = options.locale ?? 'zh-CN';
  const metric = profile.metric;
  // Paragraphs that LibreOffice saved several times over are read as written once; the
  // part-duplicate rule says so in one message (src/core/structure/repeats.ts).
  const repeats = findRepeats(input.paragraphs);
  const doc = withoutRepeats(input, repeats);
  const structure = findStructure(doc, profile);
  if (repeats.length > 0) structure.repeats = repeats;
  const resolved = resolveCategory(doc, profile, structure, options.category);
  const category = resolved.category;
  const baseCategory = baseCategoryOf(profile, category);

  const measure = new StoryMeasure(doc);
  const lengths = measureParts(doc, structure, profile, measure);

  const ctx: CaseContext = {
    doc,
    profile,
    structure,
    category,
    baseCategory,
    counts: lengths.counts,
    contentCounts: lengths.contentCounts,
    values: lengths.values,
    measure,
    unknownCategory: resolved.unknown,
    today: options.today ?? profile.notice.deadline,
  };

  // Repeated problems of one kind are counted, not all listed (src/core/diagnostic-cap.ts).
  const cap = new DiagnosticCap();
  // Style hints the author switched off for this document are not run at all.
  const hintsOff = new Set(options.hintsOff ?? doc.settings?.hintsOff ?? []);
  const rules = options.rules ?? CASE_RULES;
  const off = rules.filter((r) => r.meta.styleHint === true && hintsOff.has(r.id)).map((r) => r.id);
  for (const rule of rules) {
    if (off.includes(rule.id)) continue;
    rule.check(ctx, (p: Problem) => {
      const severity = p.severity ?? rule.meta.severity;
      cap.add(rule.id, p.messageId, severity, () => {
        const target = { ...p.target };
        if (target.paragraph === undefined) {
          const at = p.span?.paragraph ?? (target.part in structure.parts ? structure.parts[target.part as PartId]?.start : undefined);
          if (at !== undefined) target.paragraph = at;
          else delete target.paragraph;
        }
        const d: Diagnostic = {
          ruleId: rule.id,
          messageId: p.messageId,
          severity,
          message: formatMessage(rule.id, p.messageId, p.data, locale),
          data: p.data,
          target,
        };
        if (p.span) d.span = p.span;
        return d;
      });
    });
  }
  const diagnostics = cap.diagnostics(locale);
  // Stable: ties keep the registry's order.
  const order = diagnostics.map((d, i) => ({ d, i }));
  order.sort(
    (a, b) =>
      (a.d.target.paragraph ?? -1) - (b.d.target.paragraph ?? -1) ||
      SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity] ||
      a.i - b.i,
  );
  const sorted = order.map((x) => x.d);
  assignFingerprints(sorted, doc, structure);

  // Parts: every part of the profile, found or not.
  const parts: Report['parts'] = {};
  const body = bodyRange(structure, profile);
  for (const spec of profile.parts) {
    const fp = structure.parts[spec.id];
    const counts = lengths.counts[spec.id] ?? { ...NO_LENGTH };
    const pr: PartReport = {
      id: spec.id,
      label: spec.label,
      kind: spec.kind,
      found: spec.id === 'body' ? !!body || !!fp : !!fp,
      required: spec.required,
      counts,
    };
    if (spec.id === 'body' && body) {
      pr.via = fp?.via ?? structure.parts[structure.sectionOrder[0]]?.via;
      pr.start = body.start;
      pr.end = body.end;
    } else if (fp) {
      pr.via = fp.via;
      pr.start = fp.start;
      pr.end = fp.end;
    }
    const value = lengths.values[spec.id];
    if (spec.kind === 'cover' && value !== undefined) {
      pr.value = value;
      pr.valueState = coverValueState(value, profile);
    }
    const limit = spec.id === 'body' ? bodyLimit(profile, category) : spec.limit;
    if (limit) {
      const actual = counts[metric];
      pr.limit = { ...limit, state: evaluateLimit(actual, limit, profile.tolerances).state, actual };
    }
    parts[spec.id] = pr;
  }

  const pictures: PictureGroupReport[] = structure.pictureGroups.map((g, i) => {
    const r: PictureGroupReport = { index: i + 1, paragraphs: [...g.paragraphs], pictureCount: g.pictureCount };
    if (g.section) r.part = g.section;
    if (g.caption) {
      r.caption = g.caption.text;
      r.captionParagraph = g.caption.paragraph;
      r.captionLabel = g.caption.label;
      r.captionWords = countText(g.caption.body)[metric];
    }
    return r;
  });

  // Every problem found, listed or not.
  const summary = { ...cap.summary };

  const otherSections = structure.otherSections.map((o) => {
    const r: OtherSectionReport = {
      label: o.label,
      heading: o.heading !== undefined,
      start: o.start,
      end: o.end,
      counts: measure.range(o.start, o.end),
    };
    if (o.candidateFor) r.candidateFor = o.candidateFor;
    return r;
  });
  const report: Report = {
    profile: profile.id,
    metric,
    parts,
    ...(otherSections.length > 0 ? { otherSections } : {}),
    pictures,
    diagnostics: sorted,
    counts: measure.wordCounts(),
    summary,
  };
  if (category) report.category = category.id;
  if (resolved.source && category) report.categorySource = resolved.source;
  if (off.length > 0) report.hintsOff = off;
  const saved = doc.settings?.profile;
  if (saved !== undefined && saved !== profile.id) report.savedProfile = saved;
  const dismissed = options.dismissed ?? doc.settings?.dismissed;
  return dismissed && dismissed.length > 0 ? applyDismissals(report, dismissed) : report;
}

/** The batch side (a department's folder of cases): see src/core/batch. */
export { checkBatch } from './batch';
