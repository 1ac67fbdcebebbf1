/**
 * Writing a folder check: text for the terminal, JSON (the single-file shape plus
 * `batch.diagnostics[]`), CSV (the review table, UTF-8 with BOM) or XLSX (review table
 * and every diagnostic).
 */
import { reviewRows, toCsv, reviewTable, type BatchReport, type BatchDiagnostic } from '../../core/batch';
import { printableName } from '../../core/limits';
import type { Profile } from '../../core/profile/types';
import type { Severity } from '../../core/report';
import { buildReviewXlsx } from '../../export/xlsx';
import { padEnd, truncate, type Style } from '../render/terminal';
import { cliVersion } from '../version';

export type BatchFormat = 'text' | 'json' | 'csv' | 'xlsx';
export type Locale = 'zh-CN' | 'en';

/** One entry of `files`: as in the single-file JSON output. */
export type BatchFileJson =
  | { file: string; error: { code: string; message: string } }
  | ({ file: string; format: 'docx'; warnings: string[] } & Omit<NonNullable<BatchReport['files'][number]['report']>, 'profile'>);

export interface BatchJson {
  version: string;
  profile: string;
  files: BatchFileJson[];
  batch: { diagnostics: BatchDiagnostic[]; summary: BatchReport['summary'] };
}

export function batchJson(batch: BatchReport): BatchJson {
  const files: BatchFileJson[] = batch.files.map((f) => {
    if (!f.report) return { file: f.file, error: { code: f.error?.code ?? 'unreadable', message: f.error?.message ?? '' } };
    const { profile: _p, ...rest } = f.report;
    return { file: f.file, format: 'docx', warnings: f.warnings ?? [], ...rest };
  });
  return { version: cliVersion(), profile: batch.profile, files, batch: { diagnostics: batch.diagnostics, summary: batch.summary } };
}

const T = {
  'zh-CN': {
    header: ['文件', '申报单位', '类别', '简介', '正文', '图', '错误', '提示'],
    batch: (n: number) => `批次问题（${n}）`,
    noBatch: '批次问题：无',
    total: (s: BatchReport['summary']) =>
      `共 ${s.files} 个文件：已检查 ${s.checked} 个，无法读取 ${s.unreadable} 个，涉及 ${s.units} 个申报单位；批次问题 ${s.errors} 个错误、${s.warnings} 个提示。`,
    severity: { error: '错误', warning: '提示', info: '信息' } as Record<Severity, string>,
    unreadable: '无法读取',
  },
  en: {
    header: ['File', 'Unit', 'Category', 'Summ.', 'Body', 'Pic', 'Err', 'Warn'],
    batch: (n: number) => `Batch problems (${n})`,
    noBatch: 'Batch problems: none',
    total: (s: BatchReport['summary']) =>
      `${s.files} files: ${s.checked} checked, ${s.unreadable} unreadable, ${s.units} units; batch: ${s.errors} errors, ${s.warnings} warnings.`,
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    unreadable: 'unreadable',
  },
};

export function renderBatchText(batch: BatchReport, profile: Profile, style: Style, locale: Locale = 'zh-CN'): string {
  const t = T[locale];
  const rows = reviewRows(batch, profile);
  // Show paths below the folder all files share: the rows differ in what follows it.
  const prefix = commonDir(rows.map((r) => r.file));
  const widths = [34, 22, 20, 6, 6, 3, 5, 5];
  const line = (cells: string[]) => cells.map((c, i) => padEnd(truncate(c, widths[i]), widths[i])).join(' ').trimEnd();
  const out: string[] = [];
  if (prefix) out.push(style.dim(printableName(prefix)));
  out.push(style.bold(line(t.header)));
  for (const r of rows) {
    const cells = [
      printableName(r.file.slice(prefix.length)),
      r.unit || '—',
      r.ok ? r.category || '—' : t.unreadable,
      r.summaryWords === null ? '—' : String(r.summaryWords),
      r.bodyWords === null ? '—' : String(r.bodyWords),
      r.pictureGroups === null ? '—' : String(r.pictureGroups),
      String(r.errors),
      String(r.warnings),
    ];
    const text = line(cells);
    out.push(r.worst === 'error' ? style.red(text) : r.worst === 'warning' ? style.yellow(text) : text);
    if (r.problems) out.push(`    ${truncate(r.problems, 120)}`);
  }
  out.push('');
  const others = batch.diagnostics;
  if (others.length === 0) out.push(t.noBatch);
  else {
    out.push(style.bold(t.batch(others.length)));
    for (const d of others) {
      const tag = d.severity === 'error' ? style.red(t.severity.error) : d.severity === 'warning' ? style.yellow(t.severity.warning) : t.severity.info;
      out.push(`  ${tag} [${d.ruleId}] ${d.message}`);
      if (d.ruleId !== 'file-format') for (const f of d.files) out.push(`      ${printableName(f)}`);
    }
  }
  out.push('', t.total(batch.summary));
  return out.join('\n') + '\n';
}

/** The longest folder prefix (ending in /) shared by all paths. */
export function commonDir(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let prefix = paths[0].slice(0, paths[0].lastIndexOf('/') + 1);
  for (const p of paths) {
    while (prefix && !p.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  }
  return prefix;
}

/** The output as bytes or text for the chosen format. */
export async function renderBatch(batch: BatchReport, profile: Profile, format: BatchFormat, style: Style, locale: Locale = 'zh-CN'): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return JSON.stringify(batchJson(batch), null, 2) + '\n';
    case 'csv':
      return toCsv(reviewTable(batch, profile, locale));
    case 'xlsx': {
      const excel = (await import('exceljs')).default;
      return buildReviewXlsx(excel, batch, profile, locale);
    }
    default:
      return renderBatchText(batch, profile, style, locale);
  }
}
