/**
 * The CLI on a folder: recursive, every bad file one file-format diagnostic, batch rules
 * across units, --prior (CSV and folder), --format json|csv|xlsx, --out, progress on a TTY.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import type { BatchJson } from '../../src/cli/batch/output';
import { BAD, CASES, GOOD, PRIOR, PRIOR_CSV, SCANS } from './checker-fixtures';
import { REVIEW_HEADERS } from '../core/batch/helpers';

function capture(extra: Partial<CliIO> & { stderrIsTTY?: boolean } = {}) {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: (s: string) => ((err += s), true) },
    readStdin: async () => new Uint8Array(),
    stdoutIsTTY: false,
    env: {},
    cwd: path.dirname(CASES),
    ...extra,
  };
  return { io, out: () => out, err: () => err };
}

async function json(args: string[]): Promise<{ code: number; data: BatchJson }> {
  const c = capture();
  const code = await run([...args, '--format', 'json'], c.io);
  return { code, data: JSON.parse(c.out()) as BatchJson };
}

describe('case-check on a folder', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'batch-cli-'));
  });
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('checks every file below the folder, readable or not, and reports batch problems with their files', async () => {
    const { code, data } = await json(['cases', '--prior', PRIOR_CSV]);
    expect(code).toBe(1);
    const names = data.files.map((f) => f.file.replace(/^cases\//, '')).sort();
    expect(names).toEqual([...GOOD, ...Object.keys(BAD), ...SCANS].sort());
    for (const f of data.files) {
      const rel = f.file.replace(/^cases\//, '');
      if (BAD[rel]) expect('error' in f).toBe(true);
      else if (SCANS.includes(rel)) expect(f).toMatchObject({ kind: 'scan' });
      else expect('diagnostics' in f).toBe(true);
    }
    const byRule = (id: string) => data.batch.diagnostics.filter((d) => d.ruleId === id);
    // One file-format diagnostic per bad file, with the reason.
    const format = byRule('file-format');
    expect(Object.fromEntries(format.map((d) => [d.files[0].replace(/^cases\//, ''), d.messageId]))).toEqual(BAD);
    // 材料学院 sent three.
    const quota = byRule('unit-quota').filter((d) => d.messageId === 'over');
    expect(quota).toHaveLength(1);
    expect(quota[0].data).toMatchObject({ unit: '材料科学与工程学院党委', count: 3, max: 2 });
    expect(quota[0].files).toHaveLength(3);
    // 信息学院 (one spelled with 盖章) sent two committee cases; 材料学院 two branch cases.
    const levels = byRule('unit-levels').map((d) => [d.data.unit, d.data.level, d.files.length]);
    expect(levels).toEqual(
      expect.arrayContaining([
        ['信息科学与工程学院党委', 'committee', 2],
        ['材料科学与工程学院党委', 'branch', 2],
      ]),
    );
    expect(levels).toHaveLength(2);
    // The unit-less case is reported, not guessed.
    expect(byRule('unit-quota').filter((d) => d.messageId === 'unit-unknown').map((d) => d.files)).toEqual([['cases/外国语学院/未填写单位的案例.docx']]);
    // The CSV title list catches the near-identical title.
    const resub = byRule('resubmission');
    expect(resub.map((d) => d.files[0])).toEqual(['cases/材料学院/新材料创新平台.docx']);
    expect(resub[0].data).toMatchObject({ basisId: 'title', priorUnit: '材料科学与工程学院党委' });
    // Every batch diagnostic has the per-file fields plus files.
    for (const d of data.batch.diagnostics) expect(Object.keys(d).sort()).toEqual(['data', 'files', 'message', 'messageId', 'ruleId', 'severity', 'target']);
  });

  it('finds a reworded copy of an earlier .docx case given as a folder', async () => {
    const { data } = await json(['cases', '--prior', PRIOR]);
    const resub = data.batch.diagnostics.filter((d) => d.ruleId === 'resubmission');
    const copy = resub.find((d) => d.files[0].endsWith('支部建在团队上（修改稿）.docx'));
    expect(copy?.data).toMatchObject({ basisId: 'text', priorSource: expect.stringContaining('冶金学院-支部建在团队上.docx') });
    expect(copy?.data.score as number).toBeGreaterThan(0.8);
    expect(copy?.data.score as number).toBeLessThan(1);
    // No other readable case is flagged by its text.
    expect(resub.filter((d) => d.data.basisId === 'text')).toHaveLength(1);
  });

  it('prints a readable text report', async () => {
    const c = capture();
    const code = await run(['cases'], c.io);
    expect(code).toBe(1);
    expect(c.out()).toContain('批次问题');
    expect(c.out()).toContain('材料学院/材料学院 案例 二（学生党支部）.docx');
    expect(c.out()).toContain('共 18 个文件：已检查 10 个案例，无法读取 7 个，盖章扫描件 1 个，涉及 4 个申报单位；');
    expect(c.err()).toBe('');
  });

  it('writes the review table as CSV with a BOM', async () => {
    const out = path.join(tmp, '审核表.csv');
    const c = capture();
    await run(['cases', '--out', out], c.io);
    const text = await fs.readFile(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('文件,申报单位,案例名称,类别,联系人,联系电话,简介字数,正文字数,图片组数,首页扫描件,错误,警告,主要问题,批次问题');
    expect(lines.filter((l) => l.startsWith('cases/'))).toHaveLength(18);
    expect(c.err()).toContain('已写入');
  });

  it('writes an .xlsx with the review table and every diagnostic', async () => {
    const out = path.join(tmp, 'review.xlsx');
    const code = await run(['cases', '--prior', PRIOR_CSV, '--format', 'xlsx', '--out', out], capture().io);
    expect(code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [review, diags] = wb.worksheets;
    expect(review.name).toBe('审核表');
    expect(diags.name).toBe('全部问题');
    expect(review.getRow(1).values).toEqual([undefined, ...REVIEW_HEADERS]);
    expect(review.rowCount).toBe(19);
    const rows = new Map<string, ExcelJS.Row>();
    review.eachRow((r, i) => i > 1 && rows.set(String(r.getCell(1).value), r));
    const over = rows.get('cases/冶金学院/冶金学院党委案例.docx');
    expect(over?.getCell(2).value).toBe('冶金学院党委');
    expect(over?.getCell(4).value).toBe('分党委（直属党总支）');
    expect(typeof over?.getCell(8).value).toBe('number');
    expect(over?.getCell(8).value as number).toBeGreaterThan(2000);
    expect(over?.getCell(11).value).toBe(1);
    const pdf = rows.get('cases/扫描件/首页盖章扫描件.pdf');
    expect(pdf?.getCell(4).value).toBe('盖章扫描件');
    expect(pdf?.getCell(11).value).toBe(0);
    expect(String(pdf?.getCell(13).value)).toBe('未能对应到申报单位。');
    // Sheet 2: a header and at least one row per diagnostic of the run.
    const messages: string[] = [];
    diags.eachRow((r, i) => i > 1 && messages.push(String(r.getCell(5).value)));
    expect(messages.some((m) => m.includes('超过每个分党委'))).toBe(true);
    expect(messages.some((m) => m.includes('2000 字以内'))).toBe(true);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const tty = capture({ stderrIsTTY: true });
    await run(['cases/机械学院'], tty.io);
    expect(tty.err()).toMatch(/\r.*\d+\/2/);
    const pipe = capture({ stderrIsTTY: false });
    await run(['cases/机械学院'], pipe.io);
    expect(pipe.err()).toBe('');
  });

  it('checks files given one by one as a batch with --batch', async () => {
    const { data } = await json(['--batch', 'cases/材料学院/新材料创新平台.docx', 'cases/材料学院/实验室安全先锋岗.docx', 'cases/材料学院/材料学院 案例 二（学生党支部）.docx']);
    expect(data.files).toHaveLength(3);
    expect(data.batch.diagnostics.filter((d) => d.ruleId === 'unit-quota')).toHaveLength(1);
  });

  it('exits 0 for a clean folder and 2 for a missing one', async () => {
    expect(await run(['cases/机械学院'], capture().io)).toBe(0);
    const c = capture();
    expect(await run(['cases/机械学院', 'no-such-folder/'], c.io)).toBe(2);
    expect(c.err()).toContain('找不到');
  });
});

describe('--prior when the earlier cases cannot be used', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'prior-cli-'));
    await fs.mkdir(path.join(tmp, 'cases'));
    await fs.copyFile(path.join(CASES, '信息学院/红色引擎.docx'), path.join(tmp, 'cases', '红色引擎.docx'));
  });
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });
  const inTmp = () => capture({ cwd: tmp });

  it('a list that does not exist: exit 2, named, nothing checked', async () => {
    const c = inTmp();
    expect(await run(['cases', '--prior', '没有这个清单.csv'], c.io)).toBe(2);
    expect(c.err()).toBe('case-check：找不到往年案例清单“没有这个清单.csv”。\n运行 case-check --help 查看用法。\n');
    expect(c.out()).toBe('');
  });

  it('a CSV with no case in it (only its header): exit 2, with what it needs', async () => {
    await fs.writeFile(path.join(tmp, '名单.csv'), '\ufeff案例名称,申报单位,年度\r\n');
    const c = inTmp();
    expect(await run(['cases', '--prior', '名单.csv'], c.io)).toBe(2);
    expect(c.err()).toBe('case-check：往年案例清单“名单.csv”中没有案例（需要 CSV，含“案例名称”列）。\n运行 case-check --help 查看用法。\n');
  });

  it('a list over the size limit is refused without being read: exit 2, with the limit', async () => {
    const big = path.join(tmp, '超大清单.csv');
    const h = await fs.open(big, 'w');
    await h.truncate(50 * 1024 * 1024 + 1); // sparse: nothing is written
    await h.close();
    const c = inTmp();
    expect(await run(['cases', '--prior', '超大清单.csv'], c.io)).toBe(2);
    expect(c.err()).toMatch(/^case-check：无法读取往年案例清单“超大清单\.csv”：.*超过上限 50 MB/);
  });

  it('a folder with an unreadable earlier case: that one is skipped and named on stderr, the check goes on', async () => {
    const dir = path.join(tmp, '往年');
    await fs.mkdir(dir);
    await fs.copyFile(path.join(CASES, '文法学院/损坏的案例.docx'), path.join(dir, '损坏的案例.docx'));
    await fs.copyFile(path.join(CASES, '信息学院/红色引擎.docx'), path.join(dir, '红色引擎.docx'));
    const c = inTmp();
    const code = await run(['cases', '--prior', '往年', '--format', 'json'], c.io);
    expect(code).not.toBe(2);
    const skipped = c.err().split('\n').filter((l) => l.startsWith('case-check：往年案例无法读取，已跳过：'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain('损坏的案例.docx');
    const data = JSON.parse(c.out()) as BatchJson;
    // The readable earlier case is the same text: it is found.
    expect(data.batch.diagnostics.filter((d) => d.ruleId === 'resubmission').map((d) => d.data.priorSource)).toEqual(['往年/红色引擎.docx']);
  });
});
