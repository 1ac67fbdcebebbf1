/**
 * The review table: one row per file, shared by the CLI (csv, xlsx, text) and the page
 * (its table and its downloads). Pure data; writers live elsewhere (csv.ts here, XLSX in
 * src/export because it needs exceljs).
 */
import type { Profile } from '../profile/types';
import type { Diagnostic, Report, Severity } from '../report';
import { TABLE_LABELS, type Locale } from './messages';
import type { BatchDiagnostic, BatchReport } from './types';

export interface ReviewRow {
  file: string;
  unit: string;
  title: string;
  /** Category label (分党委（直属党总支）, 教师党支部, ...), '' when unknown. */
  category: string;
  categoryId: string;
  summaryWords: number | null;
  bodyWords: number | null;
  pictureGroups: number | null;
  errors: number;
  warnings: number;
  /** The first problems of the file, errors first, joined by '；'. */
  problems: string;
  /** Batch problems that name this file. */
  batchProblems: string;
  /** The same, as ids (for badges and filters). */
  batchIds: { ruleId: string; messageId: string; severity: Severity }[];
  /** The worst severity of the file's own and its batch diagnostics, or '' when clean. */
  worst: Severity | '';
  ok: boolean;
}

export type ReviewColumn = Exclude<keyof ReviewRow, 'categoryId' | 'worst' | 'ok' | 'batchIds'>;

export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  'file',
  'unit',
  'title',
  'category',
  'summaryWords',
  'bodyWords',
  'pictureGroups',
  'errors',
  'warnings',
  'problems',
  'batchProblems',
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** How many problems the row's summary column shows. */
export const FIRST_PROBLEMS = 3;

export function categoryLabel(id: string | undefined, profile?: Profile): string {
  if (!id) return '';
  return profile?.categories.find((c) => c.id === id)?.label ?? id;
}

/** Body 字数: the engine's `body` part, or the sum of its sections when it has none. */
export function bodyWords(report: Report): number | null {
  if (report.parts.body?.found) return report.parts.body.counts.words;
  const sections = (['background', 'practice', 'lessons'] as const).map((id) => report.parts[id]).filter((p) => p?.found);
  if (sections.length === 0) return null;
  return sections.reduce((n, p) => n + (p?.counts.words ?? 0), 0);
}

function metricValue(report: Report, id: 'summary'): number | null {
  const p = report.parts[id];
  return p?.found ? p.counts.words : null;
}

export function sortDiagnostics<T extends { severity: Severity }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

function worstOf(list: readonly { severity: Severity }[]): Severity | '' {
  let w: Severity | '' = '';
  for (const d of list) if (w === '' || RANK[d.severity] < RANK[w]) w = d.severity;
  return w;
}

export function reviewRows(batch: BatchReport, profile?: Profile): ReviewRow[] {
  const byFile = new Map<string, BatchDiagnostic[]>();
  for (const d of batch.diagnostics) {
    for (const f of d.files) {
      const list = byFile.get(f) ?? [];
      list.push(d);
      byFile.set(f, list);
    }
  }
  return batch.files.map((f) => {
    const batchDiags = byFile.get(f.file) ?? [];
    // file-format is the row's own problem: count it with the file's errors, not as a batch problem.
    const formatDiags = batchDiags.filter((d) => d.ruleId === 'file-format');
    const otherBatch = batchDiags.filter((d) => d.ruleId !== 'file-format');
    const own: (Diagnostic | BatchDiagnostic)[] = f.report ? sortDiagnostics(f.report.diagnostics) : formatDiags;
    const report = f.report;
    return {
      file: f.file,
      unit: f.unit ?? '',
      title: f.title ?? '',
      category: categoryLabel(f.category, profile),
      categoryId: f.category ?? '',
      summaryWords: report ? metricValue(report, 'summary') : null,
      bodyWords: report ? bodyWords(report) : null,
      pictureGroups: report ? report.pictures.length : null,
      errors: report ? report.summary.errors : formatDiags.filter((d) => d.severity === 'error').length,
      warnings: report ? report.summary.warnings : 0,
      problems: own
        .slice(0, FIRST_PROBLEMS)
        .map((d) => d.message)
        .join('；'),
      batchProblems: sortDiagnostics(otherBatch)
        .map((d) => d.message)
        .join('；'),
      batchIds: sortDiagnostics(otherBatch).map((d) => ({ ruleId: d.ruleId, messageId: d.messageId, severity: d.severity })),
      worst: worstOf([...own, ...otherBatch]),
      ok: f.ok,
    };
  });
}

export function reviewHeaders(locale: Locale = 'zh-CN'): string[] {
  return REVIEW_COLUMNS.map((c) => TABLE_LABELS[locale][c]);
}

/** The review table as rows of cells, header first: what the CSV and the XLSX first sheet hold. */
export function reviewTable(batch: BatchReport, profile?: Profile, locale: Locale = 'zh-CN'): (string | number | null)[][] {
  const rows = reviewRows(batch, profile);
  return [reviewHeaders(locale), ...rows.map((r) => REVIEW_COLUMNS.map((c) => r[c]))];
}

export interface DiagnosticRow {
  file: string;
  ruleId: string;
  severity: Severity;
  where: string;
  message: string;
}

function whereLabel(d: Diagnostic, report: Report, locale: Locale): string {
  const t = d.target;
  const part = t.part in report.parts ? report.parts[t.part as keyof Report['parts']]?.label ?? t.part : t.part;
  const bits: string[] = [part];
  if (t.group !== undefined) bits.push(locale === 'en' ? `group ${t.group}` : `第 ${t.group} 组图片`);
  if (t.paragraph !== undefined) bits.push(locale === 'en' ? `paragraph ${t.paragraph + 1}` : `第 ${t.paragraph + 1} 段`);
  return bits.join(' ');
}

/** Every diagnostic, one per row: each file's own (errors first), then the batch ones (one row, files joined). */
export function diagnosticRows(batch: BatchReport, locale: Locale = 'zh-CN'): DiagnosticRow[] {
  const rows: DiagnosticRow[] = [];
  const labels = TABLE_LABELS[locale];
  for (const f of batch.files) {
    if (!f.report) continue;
    for (const d of sortDiagnostics(f.report.diagnostics)) {
      rows.push({ file: f.file, ruleId: d.ruleId, severity: d.severity, where: whereLabel(d, f.report, locale), message: d.message });
    }
  }
  for (const d of sortDiagnostics(batch.diagnostics)) {
    rows.push({ file: d.files.join('\n'), ruleId: d.ruleId, severity: d.severity, where: labels.batch, message: d.message });
  }
  return rows;
}

export function diagnosticTable(batch: BatchReport, locale: Locale = 'zh-CN'): string[][] {
  const l = TABLE_LABELS[locale];
  return [
    [l.file, l.ruleId, l.severity, l.where, l.message],
    ...diagnosticRows(batch, locale).map((r) => [r.file, r.ruleId, l[`severity.${r.severity}`], r.where, r.message]),
  ];
}
