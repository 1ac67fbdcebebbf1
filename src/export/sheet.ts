/**
 * The first worksheet of an .xlsx as rows of strings: enough to read a unit roster that
 * the department keeps in Excel or WPS 表格. Runs unchanged in Node (the CLI) and in the
 * checker's Web Worker.
 *
 * Not exceljs: exceljs inflates the whole package without a limit, and a roster is a file
 * someone hands us. This reuses the .docx reader's ZIP (each part inflated under a byte cap,
 * however its header lies) and its XML scanner (no DTD, no entities), and reads only the
 * workbook, its relationships, the shared strings and the first sheet.
 */
import { Tok, XmlEntitiesError, XmlScanner } from '../docx/xml';
import { ZipArchive, ZipError } from '../docx/zip';

/** A roster is a few KB; anything near these caps is not one. */
const PART_CAP = 8 * 1024 * 1024;
const MAX_ROWS = 5000;
const MAX_COLUMNS = 64;
const MAX_SHEETS = 64;

export class SheetError extends Error {
  constructor(
    readonly code: 'not-xlsx' | 'encrypted' | 'corrupt' | 'too-large' | 'unsafe-xml',
    message: string,
  ) {
    super(message);
    this.name = 'SheetError';
  }
}

function local(tag: string): string {
  const i = tag.indexOf(':');
  return i >= 0 ? tag.slice(i + 1) : tag;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** `BC12` → 54 (0-based column). */
function columnOf(ref: string | undefined): number | undefined {
  const m = ref ? /^([A-Z]+)\d*$/i.exec(ref) : null;
  if (!m) return undefined;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` elements, phonetic runs left out. */
function readStringItem(x: XmlScanner): string {
  if (x.selfClosing) return '';
  let depth = 1;
  let out = '';
  let inT = false;
  let inPhonetic = 0;
  for (;;) {
    const t = x.next();
    if (t === Tok.End) return out;
    if (t === Tok.Open) {
      const name = local(x.tag());
      if (name === 'rPh') inPhonetic += x.selfClosing ? 0 : 1;
      else if (name === 't' && !x.selfClosing) inT = true;
      if (!x.selfClosing) depth++;
    } else if (t === Tok.Close) {
      const name = local(x.tag());
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic--;
      if (--depth === 0) return out;
    } else if (t === Tok.Text && inT && inPhonetic === 0) {
      out += x.text();
    }
  }
}

function sharedStrings(xml: string): string[] {
  const x = new XmlScanner(xml);
  const list: string[] = [];
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Open && local(x.tag()) === 'si') list.push(readStringItem(x));
  }
  return list;
}

/** The workbook's sheets in order: each name and part (from the workbook and its relationships). */
function sheetParts(zip: ZipArchive): { name: string; path: string }[] {
  const fallback = [{ name: 'Sheet1', path: 'xl/worksheets/sheet1.xml' }];
  const wb = zip.get('xl/workbook.xml');
  const rels = zip.get('xl/_rels/workbook.xml.rels');
  if (!wb || !rels) return fallback;
  const sheets: { name: string; rid: string }[] = [];
  const x = new XmlScanner(utf8(zip.read(wb, PART_CAP)));
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Open && local(x.tag()) === 'sheet') {
      const rid = x.attr('r:id');
      if (rid) sheets.push({ name: x.attr('name') ?? '', rid });
      if (sheets.length >= MAX_SHEETS) break;
    }
  }
  if (sheets.length === 0) return fallback;
  const targets = new Map<string, string>();
  const r = new XmlScanner(utf8(zip.read(rels, PART_CAP)));
  for (let t = r.next(); t !== Tok.End; t = r.next()) {
    if (t === Tok.Open && local(r.tag()) === 'Relationship') {
      const target = (r.attr('Target') ?? '').replace(/\\/g, '/');
      const id = r.attr('Id');
      if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/'));
    }
  }
  return sheets.map((s, i) => ({ name: s.name, path: targets.get(s.rid) ?? `xl/worksheets/sheet${i + 1}.xml` }));
}

function openWorkbook(bytes: Uint8Array): ZipArchive {
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new SheetError('not-xlsx', '是旧版 Excel 97-2003 文件（.xls）或设置了打开密码的工作簿，请在 Excel 或 WPS 中另存为 .xlsx 或 CSV');
  }
  try {
    return new ZipArchive(bytes);
  } catch (e) {
    if (e instanceof ZipError && e.code === 'not-zip') throw new SheetError('not-xlsx', '不是 .xlsx 工作簿');
    throw e;
  }
}

/** The rows of one worksheet part, each a list of cell texts ('' for empty cells). */
function readRows(zip: ZipArchive, part: string, strings: readonly string[]): string[][] {
  const sheet = zip.get(part);
  if (!sheet) throw new SheetError('not-xlsx', '工作簿中没有工作表');
  const x = new XmlScanner(utf8(zip.read(sheet, PART_CAP)));
  const rows: string[][] = [];
  let row: string[] | undefined;
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Close && local(x.tag()) === 'row') {
      if (row) rows.push(row);
      row = undefined;
      if (rows.length >= MAX_ROWS) break;
      continue;
    }
    if (t !== Tok.Open) continue;
    const name = local(x.tag());
    if (name === 'row') {
      // A row number that skips rows (r="7" after r="5") keeps the rows where they are.
      const n = Number(x.attr('r'));
      if (Number.isInteger(n) && n > rows.length + 1 && n <= MAX_ROWS) while (rows.length < n - 1) rows.push([]);
      row = [];
      if (x.selfClosing) {
        rows.push(row);
        row = undefined;
      }
      continue;
    }
    if (name !== 'c' || !row) continue;
    const col = columnOf(x.attr('r')) ?? row.length;
    const type = x.attr('t');
    let value = '';
    if (!x.selfClosing) {
      let depth = 1;
      while (depth > 0) {
        const k = x.next();
        if (k === Tok.End) break;
        if (k === Tok.Close) {
          depth--;
          continue;
        }
        if (k !== Tok.Open) continue;
        const child = local(x.tag());
        if (child === 'v') value = x.readText();
        else if (child === 'is') value = readStringItem(x);
        else if (!x.selfClosing) x.skip();
      }
    }
    if (type === 's') value = strings[Number(value)] ?? '';
    else if (type === 'b') value = value === '1' ? 'TRUE' : 'FALSE';
    if (col < MAX_COLUMNS) {
      while (row.length < col) row.push('');
      row[col] = value;
    }
  }
  return rows;
}

function sheetError(e: unknown): SheetError {
  if (e instanceof SheetError) return e;
  if (e instanceof XmlEntitiesError) return new SheetError('unsafe-xml', '工作簿含有 DTD 或实体声明，出于安全考虑拒绝读取');
  if (e instanceof ZipError) {
    if (e.code === 'encrypted') return new SheetError('encrypted', '工作簿已加密');
    if (e.code === 'too-large') return new SheetError('too-large', '工作簿解压后过大');
    return new SheetError('corrupt', `工作簿已损坏（${e.message}）`);
  }
  return new SheetError('corrupt', `无法读取工作簿（${e instanceof Error ? e.message : String(e)}）`);
}

/** Rows of the first worksheet, each a list of cell texts ('' for empty cells). Throws SheetError. */
export function readSheetRows(bytes: Uint8Array): string[][] {
  try {
    const zip = openWorkbook(bytes);
    const shared = zip.get('xl/sharedStrings.xml');
    const strings = shared ? sharedStrings(utf8(zip.read(shared, PART_CAP))) : [];
    const first = sheetParts(zip)[0];
    return readRows(zip, zip.get(first.path) ? first.path : 'xl/worksheets/sheet1.xml', strings);
  } catch (e) {
    throw sheetError(e);
  }
}

/**
 * Every worksheet with its name, in the workbook's order (at most MAX_SHEETS): what the
 * evaluation sheets returned by the experts need (one sheet per expert). Throws SheetError.
 */
export function readWorkbookSheets(bytes: Uint8Array): { name: string; rows: string[][] }[] {
  try {
    const zip = openWorkbook(bytes);
    const shared = zip.get('xl/sharedStrings.xml');
    const strings = shared ? sharedStrings(utf8(zip.read(shared, PART_CAP))) : [];
    return sheetParts(zip).map((s) => ({ name: s.name, rows: readRows(zip, s.path, strings) }));
  } catch (e) {
    throw sheetError(e);
  }
}
