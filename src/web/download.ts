/** Saving generated files from the page (no server: a Blob URL and a temporary link). */
import { reviewTable, toCsv, type BatchReport } from '../core/batch';
import type { Profile } from '../core/profile/types';
import { buildTemplateDocx } from '../template';
import type { CheckerClient } from './worker-client';

export const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
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

export function downloadCsv(batch: BatchReport, profile: Profile): void {
  saveBytes(toCsv(reviewTable(batch, profile)), `案例审核表-${stamp()}.csv`, MIME.csv);
}

/**
 * The .xlsx is built in the worker (exceljs is large and, on a big table, slow: on the
 * page's thread it would freeze the page); the page only saves the bytes.
 */
export async function downloadXlsx(batch: BatchReport, client: Pick<CheckerClient, 'xlsx'>): Promise<void> {
  const bytes = await client.xlsx(batch);
  saveBytes(bytes, `案例审核表-${stamp()}.xlsx`, MIME.xlsx);
}

export function downloadTemplate(profile: Profile, category: string): void {
  const spec = profile.categories.find((c) => c.id === category);
  saveBytes(buildTemplateDocx(profile, category), `案例模板（${spec?.label ?? category}）.docx`, MIME.docx);
}
