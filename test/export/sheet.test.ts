/**
 * Reading a unit roster from a file: the first sheet of an .xlsx (shared strings, inline
 * strings, rich text, sparse cells), CSV in UTF-8 or GB18030, and files that are not
 * rosters (a .xls, a zip bomb, a DTD, a PDF) refused with a Chinese reason, never a throw.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { readSheetRows, SheetError } from '../../src/export/sheet';
import { rosterFromFile } from '../../src/export/roster-file';
import { PROFILE } from '../core/batch/helpers';

const UNITS = path.resolve(__dirname, '../fixtures/batch/units');

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId7"/><sheet name="其他" sheetId="2" r:id="rId8"/></sheets></workbook>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/other.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/units.xml"/></Relationships>';

function xlsx(parts: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(CONTENT_TYPES) };
  for (const [k, v] of Object.entries(parts)) entries[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(entries);
}

const sheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe('readSheetRows', () => {
  it('reads the roster fixture (written by exceljs, shared strings)', () => {
    const rows = readSheetRows(new Uint8Array(fs.readFileSync(path.join(UNITS, '单位名单.xlsx'))));
    expect(rows).toEqual([
      ['单位名称', '简称', '别名'],
      ['冶金学院党委', '冶金学院', '冶金学院分党委'],
      ['信息科学与工程学院党委', '信息学院', '信息学院党委、信息学院分党委'],
      ['机械工程与自动化学院党委', '机械学院', ''],
      ['材料科学与工程学院党委', '材料学院', ''],
      ['外国语学院党委', '', ''],
    ]);
  });

  it('takes the first sheet by the workbook’s order, and reads inline strings, rich text without phonetic runs, numbers and gaps', () => {
    const bytes = xlsx({
      'xl/workbook.xml': WORKBOOK,
      'xl/_rels/workbook.xml.rels': RELS,
      'xl/sharedStrings.xml':
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>单位名称</t></si><si><r><rPr><b/></rPr><t>冶金</t></r><r><t xml:space="preserve">学院党委</t></r><rPh sb="0" eb="2"><t>yejin</t></rPh></si></sst>',
      'xl/worksheets/units.xml': sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>代码</t></is></c></row>' +
          '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2"><v>12</v></c></row><row r="3"/>' +
          '<row r="4"><c r="B4" t="str"><v>公式结果 &amp; 文字</v></c><c r="D4" t="b"><v>1</v></c></row>',
      ),
      'xl/worksheets/other.xml': sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>不是这张</t></is></c></row>'),
    });
    expect(readSheetRows(bytes)).toEqual([['单位名称', '', '代码'], ['冶金学院党委', '', '12'], [], ['', '公式结果 & 文字', '', 'TRUE']]);
  });

  it('reads rich text as exceljs writes it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['单位名称', '简称']);
    ws.addRow([{ richText: [{ text: '信息科学与工程' }, { font: { bold: true }, text: '学院党委' }] }, '信息学院']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(readSheetRows(bytes)).toEqual([
      ['单位名称', '简称'],
      ['信息科学与工程学院党委', '信息学院'],
    ]);
  });

  it.each([
    ['a legacy .xls (OLE)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'not-xlsx', /97-2003/],
    ['a PDF', strToU8('%PDF-1.7\n'), 'not-xlsx', /不是 \.xlsx/],
    ['a truncated workbook', xlsx({ 'xl/worksheets/sheet1.xml': sheet('<row/>') }).subarray(0, 60), 'corrupt', /损坏/],
    ['a sheet with a DTD', xlsx({ 'xl/worksheets/sheet1.xml': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet><sheetData/></worksheet>' }), 'unsafe-xml', /DTD/],
  ])('refuses %s', (_name, bytes, code, message) => {
    let err: unknown;
    try {
      readSheetRows(bytes);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SheetError);
    expect((err as SheetError).code).toBe(code);
    expect((err as SheetError).message).toMatch(message);
  });

  it('stops a sheet part that inflates past its cap (a 32 MB sheet in a 32 KB file)', () => {
    const big = new Uint8Array(32 * 1024 * 1024).fill(0x20);
    big.set(strToU8('<worksheet><sheetData>'));
    const bomb = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'xl/worksheets/sheet1.xml': [big, { level: 9 }] });
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => readSheetRows(bomb)).toThrow(expect.objectContaining({ code: 'too-large' }));
  });
});

describe('rosterFromFile', () => {
  it('reads the .xlsx and the .csv fixture to the same roster', () => {
    const fromXlsx = rosterFromFile('单位名单.xlsx', new Uint8Array(fs.readFileSync(path.join(UNITS, '单位名单.xlsx'))), PROFILE);
    const fromCsv = rosterFromFile('单位名单.csv', new Uint8Array(fs.readFileSync(path.join(UNITS, '单位名单.csv'))), PROFILE);
    expect(fromXlsx.ok && fromCsv.ok).toBe(true);
    if (!fromXlsx.ok || !fromCsv.ok) return;
    expect(fromXlsx.roster.units).toEqual(fromCsv.roster.units);
    expect(fromXlsx.roster.units.map((u) => u.name)).toEqual(['冶金学院党委', '信息科学与工程学院党委', '机械工程与自动化学院党委', '材料科学与工程学院党委', '外国语学院党委']);
    expect(fromXlsx.roster.units[1]).toEqual({ id: '信息科学与工程学院党委', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信息学院党委', '信息学院分党委'] });
  });

  it('reads a CSV that Excel on Chinese Windows saved in GB18030', () => {
    const bytes = Uint8Array.from(Buffer.from('b5a5cebbc3fbb3c62cbcf2b3c60d0ad2b1bdf0d1a7d4bab5b3ceaf2cd2b1bdf0d1a7d4ba0d0a', 'hex'));
    const r = rosterFromFile('名单.csv', bytes, PROFILE);
    expect(r).toMatchObject({ ok: true, roster: { units: [{ name: '冶金学院党委', short: '冶金学院' }] } });
  });

  it.each([
    ['名单.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), '单位名单“名单.xls”无法读取：是旧版 Excel 97-2003 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx 或 CSV。'],
    ['名单.docx', strToU8('x'), '单位名单“名单.docx”无法读取：单位名单须为 CSV 或 .xlsx 文件。'],
    ['名单.csv', new Uint8Array(0), '单位名单“名单.csv”无法读取：文件是空的。'],
    ['名单.xlsx', strToU8('%PDF-1.7'), '单位名单“名单.xlsx”无法读取：不是 .xlsx 工作簿。'],
    ['名单.csv', strToU8('单位名称\r\n'), '单位名单“名单.csv”中没有单位（需要“单位名称”一列）。'],
  ])('%s: says what is wrong, naming the file', (name, bytes, message) => {
    expect(rosterFromFile(name, bytes, PROFILE)).toEqual({ ok: false, message });
  });
});
