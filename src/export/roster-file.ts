/**
 * Reading a unit roster file, for the CLI (`--units`) and the checker page's picker: a CSV
 * (UTF-8 with or without BOM, or GB18030 as Excel on Chinese Windows saves it) or the first
 * sheet of an .xlsx. Never throws: a file that cannot be read gives a Chinese sentence that
 * names it and says why.
 */
import { rosterFromCsv, rosterFromRows, type RosterLoad } from '../core/batch';
import type { Profile } from '../core/profile/types';
import { readSheetRows, SheetError } from './sheet';

/** A roster of a few hundred units is a few KB. */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

export type RosterFileResult = ({ ok: true } & RosterLoad) | { ok: false; message: string };

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function rosterFromFile(name: string, bytes: Uint8Array, profile: Profile): RosterFileResult {
  const fail = (why: string): RosterFileResult => ({ ok: false, message: `单位名单“${name}”无法读取：${why}。` });
  if (bytes.length === 0) return fail('文件是空的');
  if (bytes.length > MAX_ROSTER_BYTES) return fail(`文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_ROSTER_BYTES / 1024 / 1024} MB），不像单位名单`);
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  let load: RosterLoad;
  if (ext === 'xlsx' || ext === 'xlsm') {
    try {
      load = rosterFromRows(readSheetRows(bytes), name, profile);
    } catch (e) {
      return fail(e instanceof SheetError ? e.message : String(e));
    }
  } else if (ext === 'csv' || ext === 'txt') {
    load = rosterFromCsv(decodeText(bytes), name, profile);
  } else if (ext === 'xls') {
    return fail('是旧版 Excel 97-2003 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx 或 CSV');
  } else {
    return fail('单位名单须为 CSV 或 .xlsx 文件');
  }
  if (load.roster.units.length === 0) return { ok: false, message: load.problems.join('') || `单位名单“${name}”中没有单位。` };
  return { ok: true, ...load };
}
