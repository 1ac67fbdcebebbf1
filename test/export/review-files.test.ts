/**
 * Issue 12 at the edges: a letter is a .docx our own reader reads back paragraph for
 * paragraph; the letters' .zip holds one .docx per unit under its name; the evaluation
 * workbook has the formula, the weights and a validation on every score cell, and the sheets
 * an expert fills in (here with exceljs, as Excel would save them) read back into the
 * ranking through the capped reader; files that are not score sheets are refused by name.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { readDocx } from '../../src/docx';
import { evaluationWorkbook, feedbackLetters, letterBlocks, readScores, reviewState, scoringSpec, submissionBoard, type EvaluationCase, type ScoringSpec } from '../../src/core/review';
import { buildLetterDocx, buildLettersZip } from '../../src/export/letter-docx';
import { buildEvaluationXlsx, buildRankingXlsx } from '../../src/export/evaluation-xlsx';
import { scoresFromFile } from '../../src/export/score-file';
import { readWorkbookSheets } from '../../src/export/sheet';
import { batchOf, PROFILE, ROSTER, round1 } from '../core/review/helpers';

const spec = scoringSpec(PROFILE) as ScoringSpec;

function letters() {
  const batch = batchOf(round1());
  const state = reviewState(batch, PROFILE);
  return feedbackLetters(batch, PROFILE, state, submissionBoard(batch, PROFILE, state, ROSTER), { date: '2024-12-01' });
}

describe('letters as .docx', () => {
  it('reads back, paragraph for paragraph, with our own reader, styled as headings where they are headings', () => {
    const [l] = letters();
    const read = readDocx(buildLetterDocx(l));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.doc.paragraphs.map((p) => p.text)).toEqual(letterBlocks(l).map((b) => b.text));
    expect(read.doc.paragraphs.filter((p) => p.outlineLevel === 0).map((p) => p.text)).toEqual(['一、报送情况', '二、各案例意见', '三、有关要求']);
    expect(read.warnings).toEqual([]);
  });

  it('puts every letter in one .zip under its own Chinese file name', () => {
    const all = letters();
    const zip = unzipSync(buildLettersZip(all));
    expect(Object.keys(zip)).toEqual(['形式审查反馈单-冶金学院党委.docx', '形式审查反馈单-信息科学与工程学院党委.docx', '形式审查反馈单-外国语学院党委.docx']);
    const one = readDocx(zip['形式审查反馈单-外国语学院党委.docx']);
    expect(one.ok && one.doc.paragraphs[2].text).toBe('外国语学院党委：');
  });
});

const CASES: EvaluationCase[] = [
  { id: '01', unit: '冶金学院党委', title: '“冶金铸魂”工程推动学院高质量发展', category: '分党委（直属党总支）', file: 'a.docx' },
  { id: '02', unit: '外国语学院党委', title: '“外语+思政”课程育人探索', category: '教师党支部', file: 'b.docx' },
];

/** What an expert does: open the workbook, type scores into their sheet, save. */
async function fill(bytes: Uint8Array, sheet: string, scores: number[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  scores.forEach((row, i) => row.forEach((v, j) => (ws.getCell(6 + i, 5 + j).value = v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the evaluation workbook', () => {
  it('writes the formula, the weights and a 0–10 validation on every score cell', async () => {
    const bytes = await buildEvaluationXlsx(ExcelJS, evaluationWorkbook(PROFILE, spec, CASES, ['张三', '李四']));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评分说明', '张三', '李四']);
    const ws = wb.getWorksheet('李四')!;
    expect(ws.getCell('J7').value).toEqual({ formula: 'IF(COUNT(E7:I7)<5,"",ROUND((E7*E$3+F7*F$3+G7*G$3+H7*H$3+I7*I$3)/10,2))' });
    expect([ws.getCell('E3').value, ws.getCell('I3').value, ws.getCell('B2').value]).toEqual([20, 20, '李四']);
    expect(ws.getCell('G7').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 10] });
    expect(ws.getCell('J7').dataValidation).toBeUndefined();
  });

  it('reads the experts’ filled copies back (all sheets, by the capped reader) into the ranking', async () => {
    const blank = await buildEvaluationXlsx(ExcelJS, evaluationWorkbook(PROFILE, spec, CASES, ['张三', '李四']));
    const a = await fill(blank, '张三', [
      [9, 9, 8, 9, 9],
      [6, 6, 6, 6, 6],
    ]);
    const b = await fill(blank, '李四', [
      [8, 8, 8, 8, 8],
      [9, 9, 9, 9, 9],
    ]);
    const inputs = [scoresFromFile('返回/张三.xlsx', a), scoresFromFile('返回/李四.xlsx', b)].map((r) => {
      if (!r.ok) throw new Error(r.message);
      return r;
    });
    expect(inputs[0].sheets.map((s) => s.name)).toEqual(['评分说明', '张三', '李四']);
    const ranking = readScores(inputs, spec);
    // 张三: 44 × 2 = 88 and 30 × 2 = 60; 李四: 80 and 90.
    expect(ranking.rows.map((r) => [r.rank, r.id, r.experts.map((e) => e.total), r.mean, r.disagree])).toEqual([
      [1, '01', [88, 80], 84, false],
      [2, '02', [60, 90], 75, true],
    ]);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(Buffer.from(await buildRankingXlsx(ExcelJS, ranking)) as unknown as ArrayBuffer);
    expect(out.worksheets.map((w) => w.name)).toEqual(['排名', '各专家评分']);
    expect((out.getWorksheet('排名')!.getRow(3).values as unknown[]).slice(1)).toEqual([2, '02', '外国语学院党委', '“外语+思政”课程育人探索', 60, 90, 75, 30, '分歧较大（≥ 20 分）']);
  });

  it.each([
    ['评分.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), '评分表“评分.xls”无法读取：是旧版 Excel 97-2003 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx。'],
    ['评分.pdf', strToU8('%PDF-1.7'), '评分表“评分.pdf”无法读取：评分表须为 .xlsx 文件。'],
    ['评分.xlsx', strToU8('%PDF-1.7'), '评分表“评分.xlsx”无法读取：不是 .xlsx 工作簿。'],
    ['评分.xlsx', new Uint8Array(0), '评分表“评分.xlsx”无法读取：文件是空的。'],
    ['评分.xlsx', new Uint8Array(11 * 1024 * 1024), '评分表“评分.xlsx”无法读取：文件过大（11.0 MB，上限 10 MB），不像评分表。'],
  ])('refuses %s, naming it', (name, bytes, message) => {
    expect(scoresFromFile(name, bytes)).toEqual({ ok: false, message });
  });

  it('refuses a sheet that inflates past its cap, and reads a workbook’s sheets in order with their names', () => {
    const big = new Uint8Array(32 * 1024 * 1024).fill(0x20);
    big.set(strToU8('<worksheet><sheetData>'));
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': [big, { level: 9 }] });
    expect(scoresFromFile('炸弹.xlsx', bomb)).toEqual({ ok: false, message: '评分表“炸弹.xlsx”无法读取：工作簿解压后过大。' });
    const wb =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="乙" r:id="r2"/><sheet name="甲" r:id="r1"/></sheets></workbook>';
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Target="worksheets/a.xml"/><Relationship Id="r2" Target="/xl/worksheets/b.xml"/></Relationships>';
    const ws = (t: string) => `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${t}</t></is></c></row><row r="3"><c r="B3"><v>7</v></c></row></sheetData></worksheet>`;
    const bytes = zipSync({ 'xl/workbook.xml': strToU8(wb), 'xl/_rels/workbook.xml.rels': strToU8(rels), 'xl/worksheets/a.xml': strToU8(ws('甲表')), 'xl/worksheets/b.xml': strToU8(ws('乙表')) });
    expect(readWorkbookSheets(bytes)).toEqual([
      { name: '乙', rows: [['乙表'], [], ['', '7']] },
      { name: '甲', rows: [['甲表'], [], ['', '7']] },
    ]);
  });
});
