/** Saving generated files from the page (no server: a Blob URL and a temporary link). */
import { reviewTable, toCsv, type BatchReport, type RowDecisions } from '../core/batch';
import type { Profile } from '../core/profile/types';
import { serializeReview, type Letter, type Ranking, type ReviewFile, type SheetGrid } from '../core/review';
import { buildLetterDocx, buildLettersZip } from '../export/letter-docx';
import { buildTemplateDocx } from '../template';
import type { XlsxReview } from './protocol';
import type { CheckerClient } from './worker-client';

export const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function saveBytes(data: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function stamp(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/** The .csv has no room for the notice it was checked against (a title row would break it as a table): its name says it. */
export function downloadCsv(batch: BatchReport, profile: Profile, decisions?: RowDecisions): void {
  saveBytes(toCsv(reviewTable(batch, profile, 'zh-CN', decisions)), `案例审核表-${profile.id}-${stamp()}.csv`, MIME.csv);
}

/** exceljs is large: loaded only when the first spreadsheet is asked for. */
async function exceljs(): Promise<typeof import('exceljs')> {
  const excel = await import('exceljs');
  return (excel.default ?? excel) as typeof import('exceljs');
}

/**
 * The review table's .xlsx is built in the worker (exceljs is large and, on a big table,
 * slow: on the page's thread it would freeze the page); the page only saves the bytes.
 */
export async function downloadXlsx(batch: BatchReport, client: Pick<CheckerClient, 'xlsx'>, review?: XlsxReview): Promise<void> {
  const bytes = await client.xlsx(batch, review);
  saveBytes(bytes, `案例审核表-${stamp()}.xlsx`, MIME.xlsx);
}

/** One unit's letter as .docx. */
export function downloadLetter(letter: Letter): void {
  saveBytes(buildLetterDocx(letter), letter.fileName, MIME.docx);
}

/** Every unit's letter in one .zip. */
export function downloadLetters(letters: readonly Letter[]): void {
  saveBytes(buildLettersZip(letters), `形式审查反馈单-${stamp()}.zip`, MIME.zip);
}

/** The review file: the same format the CLI reads and writes with --review. */
export function downloadReviewFile(review: ReviewFile): void {
  saveBytes(serializeReview(review), `审核记录-${stamp()}.json`, MIME.json);
}

export async function downloadEvaluation(sheets: readonly SheetGrid[]): Promise<void> {
  const [{ buildEvaluationXlsx }, excel] = await Promise.all([import('../export/evaluation-xlsx'), exceljs()]);
  saveBytes(await buildEvaluationXlsx(excel, sheets), `评审表-${stamp()}.xlsx`, MIME.xlsx);
}

export async function downloadRanking(ranking: Ranking): Promise<void> {
  const [{ buildRankingXlsx }, excel] = await Promise.all([import('../export/evaluation-xlsx'), exceljs()]);
  saveBytes(await buildRankingXlsx(excel, ranking), `评审排名-${stamp()}.xlsx`, MIME.xlsx);
}

export function downloadTemplate(profile: Profile, category: string): void {
  const spec = profile.categories.find((c) => c.id === category);
  saveBytes(buildTemplateDocx(profile, category), `案例模板（${spec?.label ?? category}）.docx`, MIME.docx);
}
