/**
 * The review table: one row per file, shared by the CLI (csv, xlsx, text) and the page
 * (its table and its downloads). Pure data; writers live elsewhere (csv.ts here, XLSX in
 * src/export because it needs exceljs).
 */
import type { Profile } from '../profile/types';
import type { Diagnostic, Report, Severity } from '../report';
import { reportSectionIds } from '../report-parts';
import { baseName } from './check-file';
import { TABLE_LABELS, type Locale } from './messages';
import type { BatchDiagnostic, BatchReport, FileKind } from './types';
import { describeBatchWhere, describeWhere } from './where';

export interface ReviewRow {
  /** The file's path as given (relative to the folder checked). */
  file: string;
  kind: FileKind;
  /** The unit's display name (one per unit, whatever the cover's spelling). */
  unit: string;
  /** The cover's own spelling, when it differs from `unit`. */
  unitWritten: string;
  title: string;
  /** Category label (分党委（直属党总支）, 教师党支部, ...), 盖章扫描件 / 已忽略 for other files, '' when unknown. */
  category: string;
  categoryId: string;
  contact: string;
  phone: string;
  summaryWords: number | null;
  bodyWords: number | null;
  pictureGroups: number | null;
  /** For a case: its stamped scans (base names); for other rows ''. */
  scans: string;
  /** Errors and warnings of the file, its batch problems included. */
  errors: number;
  warnings: number;
  /** The first problems of the file, errors first, joined into one sentence list. */
  problems: string;
  /** Batch problems that name this file. */
  batchProblems: string;
  /** The same, as ids (for badges and filters). */
  batchIds: { ruleId: string; messageId: string; severity: Severity }[];
  /** The reviewer's verdict on the case and on its problems (审核结论), '' when none. */
  decision: string;
  /** The worst severity of the file's own and its batch diagnostics, or '' when clean. */
  worst: Severity | '';
  ok: boolean;
}

export type ReviewColumn = Exclude<keyof ReviewRow, 'categoryId' | 'worst' | 'ok' | 'batchIds' | 'kind' | 'unitWritten'>;

export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  'file',
  'unit',
  'title',
  'category',
  'contact',
  'phone',
  'summaryWords',
  'bodyWords',
  'pictureGroups',
  'scans',
  'errors',
  'warnings',
  'problems',
  'batchProblems',
];

/** The columns, with 审核结论 at the end when the review round's decisions are in use. */
export function reviewColumns(withDecisions: boolean): readonly ReviewColumn[] {
  return withDecisions ? [...REVIEW_COLUMNS, 'decision'] : REVIEW_COLUMNS;
}

/**
 * The review round's decisions as the table needs them (src/core/review, `rowDecisions`):
 * the verdict text of a file, its open errors and warnings (a problem the reviewer did not
 * uphold no longer counts), and the opinion on one diagnostic.
 */
export interface RowDecisions {
  text(file: string): string;
  counts(file: string): { errors: number; warnings: number } | undefined;
  opinion(origin: { file: string; index: number } | { batch: number }): string;
}

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
  const sections = reportSectionIds(report).map((id) => report.parts[id]).filter((p) => p?.found);
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

/**
 * Messages as one clean list: each without its closing 。 (or .), joined by ；, one 。 at
 * the end; never 「。；」.
 */
export function joinMessages(list: readonly string[], locale: Locale = 'zh-CN'): string {
  const items = list.map((m) => m.trim().replace(/[。．.；;，,\s]+$/u, '')).filter(Boolean);
  if (items.length === 0) return '';
  return locale === 'en' ? `${items.join('; ')}.` : `${items.join('；')}。`;
}

function coverValue(report: Report | undefined, id: 'contact' | 'phone'): string {
  const p = report?.parts[id];
  return p?.found && p.value ? p.value.trim() : '';
}

export function reviewRows(batch: BatchReport, profile?: Profile, locale: Locale = 'zh-CN', decisions?: RowDecisions): ReviewRow[] {
  const labels = TABLE_LABELS[locale];
  const byFile = new Map<string, BatchDiagnostic[]>();
  for (const d of batch.diagnostics) {
    for (const f of d.files) {
      const list = byFile.get(f) ?? [];
      list.push(d);
      byFile.set(f, list);
    }
  }
  const unitName = (key: string | undefined) => (key ? batch.units?.find((u) => u.key === key)?.name : undefined);
  return batch.files.map((f) => {
    const batchDiags = byFile.get(f.file) ?? [];
    // file-format is the row's own problem: listed with the file's problems, not as a batch problem.
    const formatDiags = batchDiags.filter((d) => d.ruleId === 'file-format');
    const otherBatch = sortDiagnostics(batchDiags.filter((d) => d.ruleId !== 'file-format'));
    const own: (Diagnostic | BatchDiagnostic)[] = f.report ? sortDiagnostics(f.report.diagnostics) : formatDiags;
    const all = [...own, ...otherBatch];
    const report = f.report;
    const kind: FileKind = f.kind ?? 'case';
    let category = categoryLabel(f.category, profile);
    let problems = joinMessages(own.slice(0, FIRST_PROBLEMS).map((d) => d.message), locale);
    if (kind === 'scan') {
      category = labels['kind.scan'];
      const note = f.scanOf?.file
        ? labels['scan.case'].replace('{file}', baseName(f.scanOf.file))
        : f.scanOf?.unit
          ? labels['scan.unit'].replace('{unit}', unitName(f.scanOf.unit) ?? f.unit ?? '')
          : labels['scan.none'];
      problems = joinMessages([note], locale);
    } else if (kind === 'ignored') {
      category = labels['kind.ignored'];
      problems = labels[`ignored.${f.ignored ?? 'lock-file'}`] ?? '';
    }
    return {
      file: f.file,
      kind,
      unit: f.unit ?? '',
      unitWritten: f.unitWritten ?? '',
      title: f.title ?? '',
      category,
      categoryId: f.category ?? '',
      contact: coverValue(report, 'contact'),
      phone: coverValue(report, 'phone'),
      summaryWords: report ? metricValue(report, 'summary') : null,
      bodyWords: report ? bodyWords(report) : null,
      pictureGroups: report ? report.pictures.length : null,
      scans: kind === 'case' && f.ok ? (f.scans?.length ? f.scans.map(baseName).join('、') : labels.noScan) : '',
      errors: decisions?.counts(f.file)?.errors ?? all.filter((d) => d.severity === 'error').length,
      warnings: decisions?.counts(f.file)?.warnings ?? all.filter((d) => d.severity === 'warning').length,
      problems,
      batchProblems: joinMessages(
        otherBatch.map((d) => d.message),
        locale,
      ),
      batchIds: otherBatch.map((d) => ({ ruleId: d.ruleId, messageId: d.messageId, severity: d.severity })),
      decision: decisions?.text(f.file) ?? '',
      worst: worstOf(all),
      ok: f.ok,
    };
  });
}

/**
 * The batch in one sentence, the same on the page and in the CLI: files, readable cases,
 * unreadable case files, scans, ignored files, units (and, with a roster, those that sent nothing).
 */
export function summaryLine(s: BatchReport['summary'], locale: Locale = 'zh-CN'): string {
  if (locale === 'en') {
    return (
      `${s.files} files: ${s.checked} cases checked, ${s.unreadable} unreadable` +
      (s.scans ? `, ${s.scans} stamped scans` : '') +
      (s.ignored ? `, ${s.ignored} ignored` : '') +
      `, ${s.units} units` +
      (s.unitsWithout ? ` (${s.unitsWithout} more in the roster sent nothing)` : '')
    );
  }
  return (
    `共 ${s.files} 个文件：已检查 ${s.checked} 个案例，无法读取 ${s.unreadable} 个` +
    (s.scans ? `，盖章扫描件 ${s.scans} 个` : '') +
    (s.ignored ? `，已忽略 ${s.ignored} 个` : '') +
    `，涉及 ${s.units} 个申报单位` +
    (s.unitsWithout ? `（单位名单中另有 ${s.unitsWithout} 个单位未报送）` : '')
  );
}

/** The longest folder prefix (ending in /) that all paths share: shown once, not on every row. */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let prefix = paths[0].slice(0, paths[0].lastIndexOf('/') + 1);
  for (const p of paths) {
    while (prefix && !p.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  }
  return prefix;
}

export function reviewHeaders(locale: Locale = 'zh-CN', withDecisions = false): string[] {
  return reviewColumns(withDecisions).map((c) => TABLE_LABELS[locale][c]);
}

/** The review table as rows of cells, header first: what the CSV and the XLSX first sheet hold. */
export function reviewTable(batch: BatchReport, profile?: Profile, locale: Locale = 'zh-CN', decisions?: RowDecisions): (string | number | null)[][] {
  const rows = reviewRows(batch, profile, locale, decisions);
  const columns = reviewColumns(Boolean(decisions));
  return [reviewHeaders(locale, Boolean(decisions)), ...rows.map((r) => columns.map((c) => r[c]))];
}

export interface DiagnosticRow {
  file: string;
  ruleId: string;
  severity: Severity;
  where: string;
  message: string;
  /** The reviewer's opinion (已核实 / 不采纳：理由), '' when none. */
  opinion: string;
}

/** Every diagnostic, one per row: each file's own (errors first), then the batch ones (one row, files joined). */
export function diagnosticRows(batch: BatchReport, locale: Locale = 'zh-CN', decisions?: RowDecisions): DiagnosticRow[] {
  const rows: DiagnosticRow[] = [];
  for (const f of batch.files) {
    if (!f.report) continue;
    const list = f.report.diagnostics;
    for (const d of sortDiagnostics(list)) {
      const opinion = decisions?.opinion({ file: f.file, index: list.indexOf(d) }) ?? '';
      rows.push({ file: f.file, ruleId: d.ruleId, severity: d.severity, where: describeWhere(d, f.report, locale), message: d.message, opinion });
    }
  }
  for (const d of sortDiagnostics(batch.diagnostics)) {
    const opinion = decisions?.opinion({ batch: batch.diagnostics.indexOf(d) }) ?? '';
    rows.push({ file: d.files.join('\n'), ruleId: d.ruleId, severity: d.severity, where: describeBatchWhere(d, locale), message: d.message, opinion });
  }
  return rows;
}

export function diagnosticTable(batch: BatchReport, locale: Locale = 'zh-CN', decisions?: RowDecisions): string[][] {
  const l = TABLE_LABELS[locale];
  const opinion = (cells: string[], o: string) => (decisions ? [...cells, o] : cells);
  return [
    opinion([l.file, l.ruleId, l.severity, l.where, l.message], l.opinion),
    ...diagnosticRows(batch, locale, decisions).map((r) => opinion([r.file, r.ruleId, l[`severity.${r.severity}`], r.where, r.message], r.opinion)),
  ];
}
