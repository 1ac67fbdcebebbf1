/**
 * Reading an expert's filled evaluation sheet (.xlsx), for `case-check scores` and the
 * checker page: a file someone hands us, so it goes through the capped reader (sheet.ts:
 * each part inflated under a byte cap, no DTD or entities, bounded rows and sheets) and
 * never throws. A file that cannot be read gives a Chinese sentence naming it and why.
 */
import type { ScoreSheetInput } from '../core/review';
import { readWorkbookSheets, SheetError } from './sheet';

/** An evaluation sheet of a few hundred cases is well under 1 MB. */
export const MAX_SCORE_BYTES = 10 * 1024 * 1024;

export type ScoreFileResult = ({ ok: true } & ScoreSheetInput) | { ok: false; message: string };

export function scoresFromFile(name: string, bytes: Uint8Array): ScoreFileResult {
  const fail = (why: string): ScoreFileResult => ({ ok: false, message: `评分表“${name}”无法读取：${why}。` });
  if (bytes.length === 0) return fail('文件是空的');
  if (bytes.length > MAX_SCORE_BYTES) return fail(`文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_SCORE_BYTES / 1024 / 1024} MB），不像评分表`);
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'xls') return fail('是旧版 Excel 97-2003 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx');
  if (ext !== 'xlsx' && ext !== 'xlsm') return fail('评分表须为 .xlsx 文件');
  try {
    return { ok: true, file: name, sheets: readWorkbookSheets(bytes) };
  } catch (e) {
    return fail(e instanceof SheetError ? e.message : String(e));
  }
}
