/**
 * The evaluation sheet (评审表) and the ranking as real spreadsheets (exceljs). The layout —
 * which cell holds what, the total formula, the score range — is decided in the core
 * (src/core/review/scoring.ts, `evaluationWorkbook`); this only writes the grid: values,
 * formulas, merged title cells, widths, frozen header rows and a data validation on every
 * score cell so that Excel and WPS refuse a score outside the range. Reading filled sheets
 * back goes through src/export/sheet.ts (the capped reader), never exceljs.
 */
import type ExcelJSNamespace from 'exceljs';
import { rankingTable, scoreDetailTable, type Ranking, type SheetGrid } from '../core/review';

type ExcelJS = typeof ExcelJSNamespace;

const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } } as const;
const SCORE_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDE7' } } as const;
const FLAG_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE7E9' } } as const;

function cellsOf(range: string): { c0: number; r0: number; c1: number; r1: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { c0: col(m[1]), r0: Number(m[2]), c1: col(m[3]), r1: Number(m[4]) };
}

function writeGrid(wb: ExcelJSNamespace.Workbook, g: SheetGrid): void {
  const ws = wb.addWorksheet(g.name, g.frozenRows ? { views: [{ state: 'frozen', ySplit: g.frozenRows }] } : {});
  ws.columns = g.widths.map((width) => ({ width }));
  g.cells.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = typeof v === 'object' ? { formula: v.formula } : v;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  for (const m of g.merges) ws.mergeCells(m);
  ws.getRow(1).font = { bold: true, size: 14 };
  for (const h of g.headerRows) {
    const row = ws.getRow(h);
    row.font = { bold: true };
    row.eachCell((c) => (c.fill = HEAD_FILL));
  }
  if (g.scores) {
    const { c0, r0, c1, r1 } = cellsOf(g.scores.range);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = ws.getCell(r, c);
        cell.fill = SCORE_FILL;
        cell.dataValidation = {
          type: 'decimal',
          operator: 'between',
          allowBlank: true,
          formulae: [g.scores.min, g.scores.max],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: '分数超出范围',
          error: `请填写 ${g.scores.min}～${g.scores.max} 之间的分数。`,
        };
      }
    }
  }
}

/** The evaluation workbook (instructions, then one sheet per expert) as .xlsx bytes. */
export async function buildEvaluationXlsx(excel: ExcelJS, sheets: readonly SheetGrid[]): Promise<Uint8Array> {
  const wb = new excel.Workbook();
  wb.creator = '案例助手';
  wb.created = new Date(0);
  for (const g of sheets) writeGrid(wb, g);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The ranking read back from the experts' sheets: 排名 (one row per case), 各专家评分 (per criterion), 说明 (problems found). */
export async function buildRankingXlsx(excel: ExcelJS, ranking: Ranking): Promise<Uint8Array> {
  const wb = new excel.Workbook();
  wb.creator = '案例助手';
  wb.created = new Date(0);
  const add = (name: string, rows: (string | number | null)[][], widths: number[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = widths.map((width) => ({ width }));
    for (const r of rows) ws.addRow(r).alignment = { vertical: 'top', wrapText: true };
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).eachCell((c) => (c.fill = HEAD_FILL));
    return ws;
  };
  const table = rankingTable(ranking);
  const ws = add('排名', table, [6, 8, 24, 36, ...ranking.experts.map(() => 12), 10, 12, 18]);
  ranking.rows.forEach((r, i) => {
    if (r.disagree) ws.getRow(i + 2).getCell(table[0].length).fill = FLAG_FILL;
  });
  add('各专家评分', scoreDetailTable(ranking), [8, 36, 12, ...ranking.criteria.map(() => 12), 10]);
  if (ranking.problems.length) add('说明', [['读取评分表时发现的问题'], ...ranking.problems.map((p) => [p])], [120]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
