/**
 * CSV, RFC 4180: fields with a comma, quote, CR or LF are quoted and quotes doubled;
 * records end with CRLF. Output starts with a UTF-8 BOM so that Excel opens Chinese
 * correctly. The reader accepts what Excel and WPS write (BOM, CRLF or LF, quoted fields
 * spanning lines) and is used for the list of earlier cases.
 *
 * Formula injection: units, titles and file names come from the submitted files, and Excel
 * or WPS runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR as a formula
 * (`=HYPERLINK(…)` when the reviewer opens the table). As the OWASP CSV injection guidance
 * says, such text cells get a leading apostrophe, which the spreadsheet shows as text;
 * numbers are written as they are. The reader takes the apostrophe off again.
 */
import { textFingerprint } from './similarity';
import type { PriorCase } from './types';

export const BOM = '\ufeff';

/** Text that a spreadsheet would take for a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A cell read back: the apostrophe csvField put before formula-like text is taken off. */
function unescapeCell(s: string): string {
  return s.length > 1 && s.charCodeAt(0) === 0x27 && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
}

/** Rows (the first is the header) to CSV text, BOM first. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parse CSV text into rows of strings. Tolerates a BOM, LF or CRLF, and a missing final newline. */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== '')).map((r) => r.map(unescapeCell));
}

const TITLE_HEADERS = ['案例名称', '案例题目', '案例标题', '项目名称', '名称', '题目', '标题', 'title', 'name'];
const UNIT_HEADERS = ['申报单位', '单位', '申报单位（盖章）', '所在单位', 'unit'];
const YEAR_HEADERS = ['年度', '年份', '申报年度', 'year'];
const TEXT_HEADERS = ['正文', '案例正文', '简介', '案例简介', '内容', 'text', 'summary'];

function findColumn(header: string[], names: string[]): number {
  const h = header.map((x) => x.trim().toLowerCase());
  for (const n of names) {
    const i = h.indexOf(n.toLowerCase());
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * A list of earlier cases from CSV. Columns are found by header (案例名称, 申报单位, 年度,
 * and optionally 正文 or 简介); without a recognised header, the columns are title, unit, year.
 */
export function priorFromCsv(text: string, source = 'prior.csv'): PriorCase[] {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  let title = findColumn(rows[0], TITLE_HEADERS);
  let unit = findColumn(rows[0], UNIT_HEADERS);
  let year = findColumn(rows[0], YEAR_HEADERS);
  const body = findColumn(rows[0], TEXT_HEADERS);
  let first = 1;
  if (title < 0) {
    title = 0;
    unit = unit >= 0 ? unit : 1;
    year = year >= 0 ? year : 2;
    first = findColumn(rows[0], [...UNIT_HEADERS, ...YEAR_HEADERS]) >= 0 ? 1 : 0;
  }
  const out: PriorCase[] = [];
  for (let r = first; r < rows.length; r++) {
    const row = rows[r];
    const t = (row[title] ?? '').trim();
    const txt = body >= 0 ? (row[body] ?? '').trim() : '';
    if (!t && !txt) continue;
    const p: PriorCase = { title: t, source: `${source}:${r + 1}` };
    const u = unit >= 0 ? (row[unit] ?? '').trim() : '';
    const y = year >= 0 ? (row[year] ?? '').trim() : '';
    if (u) p.unit = u;
    if (y) p.year = y;
    if (txt) p.fingerprint = textFingerprint(txt);
    out.push(p);
  }
  return out;
}

