/**
 * 忽略此处: an author dismisses one occurrence of a warning or a hint (errors are the
 * notice's hard rules and stay). After LanguageTool's and PerfectIt's "ignore this
 * occurrence": not a rule switched off, one problem in one document.
 *
 * A dismissal is a fingerprint of the problem, not of its place: the rule and message, the
 * part or picture group it is about, the text it points at, and the words of its data
 * (names, values as written), hashed to 7 characters. Paragraph numbers and counts are left
 * out, so that the fingerprint survives edits elsewhere (a paragraph added above, a group
 * of pictures inserted before); the text and the message are in, so that it lapses on its
 * own when the problem changes (the summary goes from too short to too long, another year
 * is named, the flagged text is rewritten). Several equal problems are told apart by their
 * order in the document (`#2`, `#3`).
 *
 * Which text a problem points at:
 * - its span, when it has one (period-years: the year as written);
 * - for a picture group, the group's caption (the picture paragraph itself has no text,
 *   and the group's number changes when a group is added before it);
 * - else nothing beyond its part and data: a part-level problem (summary-length,
 *   listing-heavy) stays dismissed while it stays the same kind of problem.
 *
 * Pure: the engine assigns fingerprints (assignFingerprints) and applies the document's
 * dismissals (applyDismissals); every front end shows `report.dismissed`.
 */
import type { CaseDocument } from './model/types';
import type { Diagnostic, Report, Severity } from './report';
import type { CaseStructure } from './structure/types';
import { DISMISSED_MAX } from './settings';

/** Errors are the notice's hard rules: only warnings and hints can be dismissed. */
export function isDismissible(d: Pick<Diagnostic, 'severity'>): boolean {
  return d.severity === 'warning' || d.severity === 'info';
}

/** FNV-1a over UTF-16 code units: 32 bits as 7 base-36 characters. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** Whitespace does not make a different problem. */
function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** The text a problem points at (see the module comment). */
function pointedText(d: Diagnostic, doc: CaseDocument, structure: CaseStructure): string {
  if (d.span) return doc.paragraphs[d.span.paragraph]?.text.slice(d.span.start, d.span.end) ?? '';
  if (d.target.group !== undefined) return structure.pictureGroups[d.target.group - 1]?.caption?.text ?? '';
  return '';
}

/** What makes a problem this problem, before the order among equal ones. */
export function fingerprintKey(d: Diagnostic, doc: CaseDocument, structure: CaseStructure): string {
  const words = Object.keys(d.data)
    .sort()
    .filter((k) => typeof d.data[k] === 'string' || typeof d.data[k] === 'boolean')
    .map((k) => `${k}=${compact(String(d.data[k]))}`);
  return [d.ruleId, d.messageId, d.target.part, compact(pointedText(d, doc, structure)), ...words].join('\u0001');
}

/**
 * Gives every warning and hint its fingerprint, in place. `diagnostics` are in document
 * order (the engine's), so that equal problems are numbered in that order.
 */
export function assignFingerprints(diagnostics: Diagnostic[], doc: CaseDocument, structure: CaseStructure): void {
  const seen = new Map<string, number>();
  for (const d of diagnostics) {
    if (!isDismissible(d)) continue;
    const key = fingerprintKey(d, doc, structure);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    d.fingerprint = hash32(n === 1 ? key : `${key}#${n}`);
  }
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * `summary` with `diagnostics` added (`sign` 1) or taken away (−1). The summary is adjusted,
 * not recounted from the list: it also counts the repeats the engine did not list
 * (src/core/diagnostic-cap.ts).
 */
function adjusted(summary: Report['summary'], diagnostics: readonly Diagnostic[], sign: 1 | -1): Report['summary'] {
  const out = { ...summary };
  for (const d of diagnostics) {
    if (d.severity === 'error') out.errors += sign;
    else if (d.severity === 'warning') out.warnings += sign;
    else out.infos += sign;
  }
  return out;
}

/**
 * The report with the given dismissals applied: the warnings and hints whose fingerprint
 * is dismissed move from `diagnostics` to `dismissed`, and the summary counts what is left.
 * Applied to a report that already has dismissals, it starts again from all of them, so
 * that a dismissal taken back returns to its place in document order.
 */
export function applyDismissals(report: Report, fingerprints: readonly string[] | undefined): Report {
  const all = report.dismissed ? mergeInOrder(report.diagnostics, report.dismissed) : report.diagnostics;
  const wanted = new Set(fingerprints ?? []);
  const kept: Diagnostic[] = [];
  const dismissed: Diagnostic[] = [];
  for (const d of all) {
    if (isDismissible(d) && d.fingerprint !== undefined && wanted.has(d.fingerprint)) dismissed.push(d);
    else kept.push(d);
  }
  const undismissed = adjusted(report.summary, report.dismissed ?? [], 1);
  const out: Report = { ...report, diagnostics: kept, summary: adjusted(undismissed, dismissed, -1) };
  if (dismissed.length > 0) out.dismissed = dismissed;
  else delete out.dismissed;
  return out;
}

/** Two lists in the engine's order (paragraph, then severity); stable. */
function mergeInOrder(a: readonly Diagnostic[], b: readonly Diagnostic[]): Diagnostic[] {
  const all = [...a, ...b].map((d, i) => ({ d, i }));
  all.sort(
    (x, y) =>
      (x.d.target.paragraph ?? -1) - (y.d.target.paragraph ?? -1) ||
      SEVERITY_RANK[x.d.severity] - SEVERITY_RANK[y.d.severity] ||
      x.i - y.i,
  );
  return all.map((x) => x.d);
}

/**
 * The dismissals to store after the author dismisses `fingerprint`: the ones that still
 * match a problem of this report (a lapsed one is gone for good), then the new one. At most
 * DISMISSED_MAX: the oldest go first.
 */
export function dismissalsWith(report: Report, fingerprint: string): string[] {
  const live = (report.dismissed ?? []).map((d) => d.fingerprint).filter((f): f is string => f !== undefined && f !== fingerprint);
  const out = [...new Set([...live, fingerprint])];
  return out.slice(Math.max(0, out.length - DISMISSED_MAX));
}

/** The dismissals to store after the author brings back `fingerprints` (all of them: undefined). */
export function dismissalsWithout(report: Report, fingerprints?: readonly string[]): string[] {
  if (fingerprints === undefined) return [];
  const back = new Set(fingerprints);
  return [...new Set((report.dismissed ?? []).map((d) => d.fingerprint).filter((f): f is string => f !== undefined && !back.has(f)))];
}
