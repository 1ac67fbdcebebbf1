/**
 * Small pure helpers shared by the result components, the task pane and the web page:
 * how a limit state is coloured and named, and where in the document a diagnostic points.
 */
import type { Diagnostic, LimitState, OtherSectionReport, PartReport, Report, Span, Target } from '../core/report';
import { fill, type UiStrings } from './strings';

export type BarColor = 'brand' | 'success' | 'warning' | 'error';

/** What a cover field's row says, and how it is coloured. */
export interface CoverState {
  state: 'filled' | 'not-filled' | 'unticked' | 'missing';
  label: string;
  color: 'success' | 'danger' | 'warning' | 'informative';
  /** Show the value beside the label (only what the author wrote, never the prompt). */
  showValue: boolean;
}

/**
 * A cover field's state: 已填写 only when the author wrote a value; a value that is still
 * the template's prompt, or blank, is 未填写; a row of boxes with none ticked asks 请勾选一项.
 * `required` comes from the caller when it knows the profile, else from the report.
 */
export function coverState(part: PartReport, s: UiStrings, required = part.required ?? true): CoverState {
  if (!part.found) {
    return required
      ? { state: 'missing', label: s.missing, color: 'danger', showValue: false }
      : { state: 'missing', label: s.optionalMissing, color: 'informative', showValue: false };
  }
  switch (part.valueState) {
    case 'unticked':
      return { state: 'unticked', label: s.tickOne, color: 'warning', showValue: false };
    case 'prompt':
    case 'empty':
      return required
        ? { state: 'not-filled', label: s.notFilled, color: 'danger', showValue: false }
        : { state: 'not-filled', label: s.optionalNotFilled, color: 'informative', showValue: false };
    default:
      return { state: 'filled', label: s.found, color: 'success', showValue: Boolean(part.value) };
  }
}

/** Fluent ProgressBar colours by state: a hard limit passed or "左右" far off is an error colour. */
export function stateColor(state: LimitState): BarColor {
  switch (state) {
    case 'ok':
      return 'success';
    case 'near':
    case 'short':
    case 'long':
      return 'warning';
    case 'over':
    case 'far-short':
    case 'far-long':
      return 'error';
  }
}

/** `2000 字以内` / `1000 字左右`, in the report's metric. */
export function limitText(limit: NonNullable<PartReport['limit']>, metric: string, s: UiStrings): string {
  const unit = s.unit[metric] ?? s.unit.words;
  return fill(limit.kind === 'max' ? s.limitMax : s.limitAround, { value: limit.value, unit });
}

export function unitName(metric: string, s: UiStrings): string {
  return s.unit[metric] ?? s.unit.words;
}

/** A part's length in the report's metric. */
export function partLength(part: PartReport, metric: string): number {
  if (part.limit) return part.limit.actual;
  const counts = part.counts as unknown as Record<string, number>;
  return counts[metric] ?? part.counts.words;
}

/**
 * The place a diagnostic points at, resolved to a paragraph: its span when it has one,
 * else its target paragraph, else the start of its part or picture group. `undefined`
 * when the problem has no place (a part that is missing, or the document as a whole).
 */
export function locateDiagnostic(d: Diagnostic, report: Report): Target | Span | undefined {
  if (d.span) return d.span;
  const t = d.target;
  if (t.paragraph !== undefined) return t;
  if ((t.part === 'caption' || t.part === 'picture') && t.group !== undefined) {
    const g = report.pictures.find((p) => p.index === t.group);
    if (!g) return undefined;
    const paragraph = t.part === 'caption' ? (g.captionParagraph ?? g.paragraphs[0]) : g.paragraphs[0];
    return paragraph === undefined ? undefined : { ...t, paragraph };
  }
  if (t.part === 'document' || t.part === 'caption' || t.part === 'picture') return undefined;
  const part = report.parts[t.part];
  if (part?.found && part.start !== undefined) return { ...t, paragraph: part.start };
  return undefined;
}

/** Where a diagnostic is, in words: `实施背景`, `第 2 组图片的配图说明`, `全文`. */
export function describeTarget(t: Target, report: Report, s: UiStrings): string {
  if (t.part === 'caption' && t.group !== undefined) return fill(s.captionOf, { n: t.group });
  if (t.part === 'picture' && t.group !== undefined) return fill(s.pictureOf, { n: t.group });
  const part = t.part;
  if (part === 'document' || part === 'caption' || part === 'picture') {
    return t.paragraph !== undefined ? fill(s.paragraphN, { n: t.paragraph + 1 }) : s.documentWide;
  }
  return report.parts[part]?.label ?? part;
}

/** One row of the body's breakdown: a section, or a stretch that is none of them. */
export interface BreakdownRow {
  key: string;
  label: string;
  /** Length in the report's metric; undefined for a section not found. */
  length?: number;
  /** Why a stretch is listed (`未归入任何部分`, `是否为“主要做法”？`). */
  note?: string;
}

/**
 * The body's breakdown in document order: the sections found and the stretches that are
 * none of them (so that the rows add up to the body's total), then the sections not found.
 */
export function bodyBreakdown(report: Report, sectionIds: readonly PartReport['id'][], s: UiStrings): BreakdownRow[] {
  const metric = report.metric;
  const placed: { start: number; row: BreakdownRow }[] = [];
  const missing: BreakdownRow[] = [];
  for (const id of sectionIds) {
    const p = report.parts[id];
    if (!p) continue;
    if (p.found && p.start !== undefined) placed.push({ start: p.start, row: { key: id, label: p.label, length: partLength(p, metric) } });
    else missing.push({ key: id, label: p.label });
  }
  (report.otherSections ?? []).forEach((o: OtherSectionReport, i) => {
    const counts = o.counts as unknown as Record<string, number>;
    const candidate = o.candidateFor ? report.parts[o.candidateFor]?.label : undefined;
    placed.push({
      start: o.start,
      row: {
        key: `other-${i}`,
        label: o.heading ? o.label : `${s.untitled}：${o.label}`,
        length: counts[metric] ?? o.counts.words,
        note: candidate ? fill(s.candidateFor, { part: candidate }) : s.otherSection,
      },
    });
  });
  placed.sort((a, b) => a.start - b.start);
  return [...placed.map((p) => p.row), ...missing];
}

/**
 * A diagnostic's identity within one report, for the pane's current problem and the
 * list's keys: its rule, message, target and span (never its message text).
 */
export function diagnosticKey(d: Diagnostic): string {
  const t = d.target;
  return [d.ruleId, d.messageId, t.part, t.group ?? '', t.paragraph ?? '', d.span?.start ?? '', d.fingerprint ?? ''].join('|');
}

/** Where a diagnostic is in the document, to walk problems in document order: [paragraph, offset]. */
export function documentPlace(d: Diagnostic, report: Report): [number, number] {
  const place = locateDiagnostic(d, report);
  if (!place || place.paragraph === undefined) return [-1, 0];
  return [place.paragraph, 'start' in place ? place.start : 0];
}

/** The diagnostics in document order (those without a place first), for 上一个 / 下一个. */
export function inDocumentOrder(report: Report): Diagnostic[] {
  const placed = report.diagnostics.map((d, i) => ({ d, i, at: documentPlace(d, report) }));
  placed.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i);
  return placed.map((x) => x.d);
}
