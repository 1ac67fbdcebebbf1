/**
 * Issue 11, "Done when", on the CLI: a reviewer's folder (test/fixtures/batch/reviewer,
 * made by make-fixtures.js reviewer) with three spellings of 冶金学院, a stamped scan and
 * Word's ~$ lock file gives one quota error, no file-format error for the scan, and a clean
 * review table (.xlsx, .csv and text); `--units` with the roster as .csv or .xlsx.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import type { BatchJson } from '../../src/cli/batch/output';
import { captureIO } from '../cli/helpers';
import { REVIEWER, UNITS_CSV, UNITS_XLSX } from './checker-fixtures';

const FOLDER = '2024年案例';

async function json(args: string[]): Promise<{ code: number; data: BatchJson; err: string }> {
  const c = captureIO({ cwd: REVIEWER });
  const code = await run([FOLDER, ...args, '--format', 'json'], c.io);
  return { code, data: JSON.parse(c.stdout()) as BatchJson, err: c.stderr() };
}

const rel = (f: string) => f.split(`${FOLDER}/`).join('');
const SPELLINGS = '封面分别写作“冶金学院党委”、“冶金学院”、“冶金学院分党委”';
const QUOTA =
  '申报单位“冶金学院党委”报送了 3 项案例（封面分别写作“冶金学院党委”、“冶金学院”、“冶金学院分党委”），超过每个分党委（直属党总支）限报 2 项的规定。';

describe('a reviewer’s folder on the command line', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'reviewer-cli-'));
  });
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('gives one quota error for the three spellings, no file-format error, the scans paired and the lock file ignored', async () => {
    const { code, data } = await json([]);
    expect(code).toBe(1);
    const by = (id: string) => data.batch.diagnostics.filter((d) => d.ruleId === id);
    expect(by('unit-quota').map((d) => [d.messageId, d.message, d.files.map(rel)])).toEqual([
      ['over-spellings', QUOTA, ['冶金学院/冶金铸魂工程（分党委）.docx', '冶金学院/团队支部（教师党支部）.docx', '冶金学院/学风共同体（学生党支部）.docx']],
    ]);
    expect(by('file-format')).toEqual([]);
    const files = new Map(data.files.map((f) => [rel(f.file), f]));
    expect(files.get('冶金学院/冶金学院首页盖章扫描件.pdf')).toEqual({ file: `${FOLDER}/冶金学院/冶金学院首页盖章扫描件.pdf`, kind: 'scan', unit: '冶金学院党委', scanOf: { unit: '冶金学院' } });
    expect(files.get('信息学院/智慧党建平台-首页盖章.png')).toMatchObject({ kind: 'scan', scanOf: { file: `${FOLDER}/信息学院/智慧党建平台（分党委）.docx` } });
    expect(files.get('冶金学院/~$金铸魂工程（分党委）.docx')).toEqual({ file: `${FOLDER}/冶金学院/~$金铸魂工程（分党委）.docx`, kind: 'ignored', ignored: 'lock-file' });
    expect(data.batch.summary).toMatchObject({ files: 10, checked: 7, unreadable: 0, scans: 2, ignored: 1, units: 4, unitsWithout: 0 });
    // 信息学院 and 信息科学与工程学院党委: a hint naming both, no merge without a roster.
    expect(by('unit-name').map((d) => [d.messageId, d.data.unit, d.data.other])).toEqual([['similar', '信息科学与工程学院党委', '信息学院']]);
    expect(by('scan-missing').map((d) => [d.messageId, d.data.unit])).toEqual([
      ['unit', '信息学院'],
      ['unit', '机械工程与自动化学院党委'],
    ]);
    // In the order the folder lists them.
    expect(data.batch.units.map((u) => [u.name, u.files.length, u.scans.length])).toEqual([
      ['信息科学与工程学院党委', 1, 1],
      ['信息学院', 1, 0],
      ['冶金学院党委', 3, 1],
      ['机械工程与自动化学院党委', 2, 0],
    ]);
  });

  it.each([
    ['.csv', UNITS_CSV],
    ['.xlsx', UNITS_XLSX],
  ])('with the roster as %s: one unit per roster entry and the units that sent nothing', async (_ext, roster) => {
    const { data, err } = await json(['--units', roster]);
    expect(err).toBe(`case-check：已载入单位名单“${roster}”（5 个单位）。\n`);
    const by = (id: string) => data.batch.diagnostics.filter((d) => d.ruleId === id);
    expect(by('unit-quota').map((d) => d.message)).toEqual([QUOTA]);
    expect(by('unit-name').map((d) => d.message)).toEqual(['单位名单中有 2 个单位没有报送案例：材料科学与工程学院党委、外国语学院党委。']);
    expect(by('scan-missing').map((d) => [d.messageId, d.files.map(rel)])).toEqual([
      ['case', ['信息学院/红色引擎（学生党支部）.docx']],
      ['unit', ['机械学院/ZhiBuJianZaiTuanDuiShang-jiaoshi-dangzhibu-anli-final-v3.docx', '机械学院/三级联动（分党委）.docx']],
    ]);
    expect(data.batch.summary).toMatchObject({ units: 3, unitsWithout: 2 });
    expect(data.batch.roster).toEqual({ source: path.basename(roster), units: 5 });
  });

  it('writes a clean review table: 位置 in words, batch problems counted, contacts, clean joins', async () => {
    const out = path.join(tmp, '审核表.xlsx');
    const c = captureIO({ cwd: REVIEWER });
    expect(await run([FOLDER, '--units', UNITS_XLSX, '--out', out], c.io)).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [review, diags] = wb.worksheets;
    const header = (review.getRow(1).values as unknown[]).slice(1);
    const rows = new Map<string, Record<string, unknown>>();
    review.eachRow((r, i) => {
      if (i === 1) return;
      const cells = (r.values as unknown[]).slice(1);
      rows.set(rel(String(cells[0])), Object.fromEntries(header.map((h, k) => [String(h), cells[k] ?? null])));
    });
    expect(rows.get('冶金学院/冶金铸魂工程（分党委）.docx')).toMatchObject({
      申报单位: '冶金学院党委',
      联系人: '王晓东（组织员）',
      联系电话: '024-83681234',
      首页扫描件: '冶金学院首页盖章扫描件.pdf',
      // Its caption over 20 字, and the batch's quota error.
      错误: 2,
      主要问题: '第 2 组图片的说明有 30 字，超过 20 字。',
    });
    // Quota + levels, counted in the row; the missing scan is a warning in 红色引擎's row.
    expect(rows.get('冶金学院/团队支部（教师党支部）.docx')).toMatchObject({ 申报单位: '冶金学院党委', 错误: 2, 警告: 0, 联系人: '李明', 联系电话: '13904001234' });
    expect(rows.get('信息学院/红色引擎（学生党支部）.docx')).toMatchObject({ 申报单位: '信息科学与工程学院党委', 错误: 0, 警告: 1, 首页扫描件: '无' });
    expect(rows.get('冶金学院/~$金铸魂工程（分党委）.docx')).toMatchObject({ 类别: '已忽略', 错误: 0 });
    expect(rows.get('冶金学院/冶金学院首页盖章扫描件.pdf')).toMatchObject({ 类别: '盖章扫描件', 错误: 0, 主要问题: '对应申报单位：冶金学院党委。' });
    const text = [...rows.values()].flatMap((r) => Object.values(r).map(String)).join('\n');
    expect(text).not.toMatch(/。；|；。/);
    expect(String(rows.get('冶金学院/学风共同体（学生党支部）.docx')?.['批次问题'])).toContain(SPELLINGS);

    // Sheet 2: where each problem is, in words; never an internal id or the reader's paragraph index.
    const where = new Map<string, string>();
    diags.eachRow((r, i) => i > 1 && where.set(`${r.getCell(2).value}|${rel(String(r.getCell(1).value))}`, String(r.getCell(4).value)));
    expect(where.get('caption-length|冶金学院/冶金铸魂工程（分党委）.docx')).toBe('主要做法 · 第 2 组图片的配图说明“图2 学院党委与合作企业党组织签订…”');
    expect(where.get('unit-levels|冶金学院/团队支部（教师党支部）.docx\n冶金学院/学风共同体（学生党支部）.docx')).toBe('封面 · 申报单位（盖章）');
    for (const w of where.values()) expect(w).not.toMatch(/\b(document|caption|picture|summary|background|practice|lessons|body|unit)\b|（批次）/);
  });

  it('prints the folder once, the severity words and the total', async () => {
    const c = captureIO({ cwd: REVIEWER });
    await run([FOLDER], c.io);
    const lines = c.stdout().split('\n');
    expect(lines[0]).toBe(`${FOLDER}/`);
    expect(lines.slice(1).filter((l) => l.includes(`${FOLDER}/`))).toEqual([]);
    // No file name is cut inside its extension.
    expect(lines.filter((l) => /\.(d|do|doc|p|pd)…/.test(l))).toEqual([]);
    expect(lines.find((l) => l.includes('[unit-quota]'))).toBe(`  错误 [unit-quota] ${QUOTA}`);
    expect(lines.at(-2)).toBe('共 10 个文件：已检查 7 个案例，无法读取 0 个，盖章扫描件 2 个，已忽略 1 个，涉及 4 个申报单位；批次问题 2 个错误、2 个警告、1 条提示。');
  });

  it.each([
    [['--units', 'no-such.csv'], '找不到单位名单“no-such.csv”。'],
    [['--units', '2024年案例/冶金学院/冶金铸魂工程（分党委）.docx'], '单位名单“冶金铸魂工程（分党委）.docx”无法读取：单位名单须为 CSV 或 .xlsx 文件。'],
    [['--units', '2024年案例/冶金学院'], '单位名单“2024年案例/冶金学院”不是文件（需要 CSV 或 .xlsx 文件）。'],
  ])('refuses a roster it cannot use (%j), naming it, with exit code 2', async (args, message) => {
    const c = captureIO({ cwd: REVIEWER });
    expect(await run([FOLDER, ...args], c.io)).toBe(2);
    expect(c.stderr()).toContain(message);
    expect(c.stdout()).toBe('');
  });

  it('never writes over an input: the roster and the folder are unchanged', async () => {
    const before = await fs.readFile(UNITS_XLSX);
    await run([FOLDER, '--units', UNITS_XLSX, '--format', 'json'], captureIO({ cwd: REVIEWER }).io);
    expect(Buffer.compare(before, await fs.readFile(UNITS_XLSX))).toBe(0);
  });
});
