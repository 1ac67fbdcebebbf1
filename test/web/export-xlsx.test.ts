/** The XLSX writer, read back with exceljs: two sheets, Chinese headers, one row per file and per diagnostic. */
import ExcelJS from 'exceljs';
import { checkBatch } from '../../src/core/batch';
import { buildReviewXlsx } from '../../src/export/xlsx';
import type { Diagnostic } from '../../src/core/report';
import { bad, item, PROFILE, REVIEW_HEADERS } from '../core/batch/helpers';

const d = (severity: Diagnostic['severity'], message: string): Diagnostic => ({ ruleId: 'body-length', messageId: 'over', severity, message, data: {}, target: { part: 'body' } });

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('buildReviewXlsx', () => {
  const batch = checkBatch(
    [
      item('甲/一.docx', {
        unit: '甲学院党委',
        title: '案例 "一"',
        category: 'committee',
        contact: '王老师',
        phone: '13800000000',
        summaryWords: 210,
        bodyWords: 2100,
        pictures: 3,
        diagnostics: [d('error', '正文超出。'), d('info', '接近。')],
      }),
      item('甲/二.docx', { unit: '甲学院党委', title: '案例二', category: 'committee', summaryWords: 190, bodyWords: 1500 }),
      bad('甲/三.wps', 'wps'),
    ],
    PROFILE,
  );

  it('writes the review sheet with typed cells', async () => {
    const wb = await read(await buildReviewXlsx(ExcelJS, batch, PROFILE));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['审核表', '全部问题']);
    const s = wb.worksheets[0];
    expect(s.getRow(1).values).toEqual([undefined, ...REVIEW_HEADERS]);
    expect(s.rowCount).toBe(4);
    // Errors: its own and the batch's unit-levels; warnings: scan-missing.
    expect(s.getRow(2).values).toEqual([
      undefined,
      '甲/一.docx',
      '甲学院党委',
      '案例 "一"',
      '分党委（直属党总支）',
      '王老师',
      '13800000000',
      210,
      2100,
      3,
      '无',
      2,
      1,
      '正文超出；接近。',
      expect.stringContaining('不同层级'),
    ]);
    // No contact on the cover: empty cells.
    expect(s.getRow(3).getCell(5).value).toBeNull();
    expect(s.getRow(3).getCell(6).value).toBeNull();
    const wps = s.getRow(4);
    expect(wps.getCell(1).value).toBe('甲/三.wps');
    expect(wps.getCell(7).value).toBeNull();
    expect(wps.getCell(11).value).toBe(1);
    expect(String(wps.getCell(13).value)).toContain('WPS');
  });

  it('writes every diagnostic on the second sheet, batch ones with their files', async () => {
    const wb = await read(await buildReviewXlsx(ExcelJS, batch, PROFILE));
    const s = wb.worksheets[1];
    const rows: unknown[][] = [];
    s.eachRow((r, i) => i > 1 && rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(2 + batch.diagnostics.length);
    expect(rows[0]).toEqual(['甲/一.docx', 'body-length', '错误', '案例正文', '正文超出。']);
    expect(rows[1].slice(2, 4)).toEqual(['提示', '案例正文']);
    const levels = rows.find((r) => r[1] === 'unit-levels');
    expect(levels?.[0]).toBe('甲/一.docx\n甲/二.docx');
    expect(levels?.[3]).toBe('封面 · 申报单位（盖章）');
    // Severity words: 错误 / 警告 / 提示, never 信息.
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['错误', '警告', '提示']));
  });

  it('has English sheet names and headers on request', async () => {
    const wb = await read(await buildReviewXlsx(ExcelJS, batch, PROFILE, 'en'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Review', 'Diagnostics']);
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('File');
  });
});
