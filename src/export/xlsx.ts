/**
 * The review table as a real spreadsheet (exceljs), shared by the CLI and the page.
 * Sheet 1 「审核表」: one row per file (src/core/batch/table.ts). Sheet 2 「全部问题」: every
 * diagnostic, each file's own and the batch ones, with its 位置 in words a reviewer finds in
 * Word (src/core/batch/where.ts). Not in the core: exceljs is a large
 * library; the page loads it lazily (pass the module in), the CLI requires it.
 */
import type ExcelJSNamespace from 'exceljs';
import type { Profile } from '../core/profile/types';
import type { BatchReport } from '../core/batch/types';
import { diagnosticRows, reviewColumns, reviewRows, type ReviewRow, type RowDecisions } from '../core/batch/table';
import { TABLE_LABELS, type Locale } from '../core/batch/messages';

type ExcelJS = typeof ExcelJSNamespace;

export const SHEET_NAMES: Record<Locale, { review: string; diagnostics: string; board: string }> = {
  'zh-CN': { review: '审核表', diagnostics: '全部问题', board: '报送情况' },
  en: { review: 'Review', diagnostics: 'Diagnostics', board: 'Submissions' },
};

/** The review round's additions (issue 12): decisions in both sheets, and the submission board as a third sheet. */
export interface ReviewXlsxExtras {
  decisions?: RowDecisions;
  /** The board as a header row and rows of cells (src/core/review: boardHeaders, boardCells). */
  board?: { headers: string[]; rows: (string | number)[][] };
}

const WIDTHS: Record<string, number> = {
  file: 36,
  unit: 24,
  title: 36,
  category: 18,
  contact: 14,
  phone: 16,
  summaryWords: 10,
  bodyWords: 10,
  pictureGroups: 10,
  scans: 24,
  errors: 8,
  warnings: 8,
  problems: 60,
  batchProblems: 60,
  decision: 30,
};

const FILL: Record<string, string> = { error: 'FFFDE7E9', warning: 'FFFFF4CE' };

function headerStyle(row: ExcelJSNamespace.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle' };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  });
}

/** Build the workbook; returns the .xlsx bytes. */
export async function buildReviewXlsx(excel: ExcelJS, batch: BatchReport, profile?: Profile, locale: Locale = 'zh-CN', extras: ReviewXlsxExtras = {}): Promise<Uint8Array> {
  const l = TABLE_LABELS[locale];
  const wb = new excel.Workbook();
  wb.creator = '案例助手';
  wb.created = new Date(0);
  // The profile the cases were checked against (文件 → 信息 → 主题 in Excel).
  if (profile) wb.subject = `规则配置：${profile.name}（${profile.id}）`;
  const review = wb.addWorksheet(SHEET_NAMES[locale].review, { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = reviewColumns(Boolean(extras.decisions));
  review.columns = columns.map((c) => ({ header: l[c], key: c, width: WIDTHS[c] }));
  headerStyle(review.getRow(1));
  const rows: ReviewRow[] = reviewRows(batch, profile, locale, extras.decisions);
  for (const r of rows) {
    // Empty text is an empty cell, not an empty string (Excel's filters show it as (空白)).
    const row = review.addRow(Object.fromEntries(columns.map((c) => [c, r[c] === '' ? null : (r[c] ?? null)])));
    row.alignment = { vertical: 'top', wrapText: true };
    const fill = FILL[r.worst];
    if (fill) row.getCell('file').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  review.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const diags = wb.addWorksheet(SHEET_NAMES[locale].diagnostics, { views: [{ state: 'frozen', ySplit: 1 }] });
  diags.columns = [
    { header: l.file, key: 'file', width: 36 },
    { header: l.ruleId, key: 'ruleId', width: 22 },
    { header: l.severity, key: 'severity', width: 8 },
    { header: l.where, key: 'where', width: 32 },
    { header: l.message, key: 'message', width: 80 },
    ...(extras.decisions ? [{ header: l.opinion, key: 'opinion', width: 30 }] : []),
  ];
  headerStyle(diags.getRow(1));
  for (const d of diagnosticRows(batch, locale, extras.decisions)) {
    const row = diags.addRow({ ...d, severity: l[`severity.${d.severity}`] });
    row.alignment = { vertical: 'top', wrapText: true };
  }
  diags.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: extras.decisions ? 6 : 5 } };
  if (extras.board) {
    const board = wb.addWorksheet(SHEET_NAMES[locale].board, { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = [28, 14, 36, 14, 8, 8, 20, 48];
    board.columns = extras.board.headers.map((header, i) => ({ header, width: widths[i] ?? 16 }));
    headerStyle(board.getRow(1));
    for (const r of extras.board.rows) board.addRow(r).alignment = { vertical: 'top', wrapText: true };
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
