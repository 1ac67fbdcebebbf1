/**
 * Issue 12, "Done when", on the command line: the twelve-unit folder
 * (test/fixtures/batch/review, made by make-fixtures.js review) gives the submission board
 * (text section and .xlsx sheet), twelve letters that LibreOffice turns into PDFs holding
 * every problem of their unit (and no internal id), an evaluation sheet for the cases that
 * passed, a review file that keeps a reviewer's decisions through a second round in which
 * one case comes back corrected under another name, and `case-check scores` ranks the
 * experts' filled sheets. Nothing is ever written over an input.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import { promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import type { BatchJson } from '../../src/cli/batch/output';
import type { ReviewFile } from '../../src/core/review';
import { captureIO } from '../cli/helpers';
import { pdfText } from '../helpers/pdf-text';
import { FIXTURES } from './checker-fixtures';

const REVIEW = path.join(FIXTURES, 'review');
const FOLDER = '2024年案例';
const BASE = ['--units', '单位名单.csv', '--prior', '往年案例清单.csv'];
const MATERIAL = `${FOLDER}/材料学院/新材料创新平台（分党委）.docx`;
const REVISED = path.join(REVIEW, '修改稿', '新材料创新平台（分党委）（修改稿）.docx');

/** Every file under the fixture folder with its hash: what "never written over" is checked against. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = crypto.createHash('sha1').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

async function cli(args: string[], cwd = REVIEW): Promise<{ code: number; out: string; err: string }> {
  const c = captureIO({ cwd });
  const code = await run(args, c.io);
  return { code, out: c.stdout(), err: c.stderr() };
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const soffice = ['soffice', 'libreoffice'].find(has);
const itWithOffice = soffice ? it : it.skip;
if (!soffice) console.warn('跳过反馈单的 LibreOffice 转换测试：未安装 soffice（CI 会安装 libreoffice）。');

const squash = (s: string) => s.replace(/\s+/gu, '');

let tmp: string;
let before: Record<string, string>;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'review-cli-'));
  before = snapshot(REVIEW);
});
afterAll(async () => {
  // Whatever the tests did, the fixture folder is as it was.
  expect(snapshot(REVIEW)).toEqual(before);
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('the submission board', () => {
  it('is a section of the text output: one line per unit of the roster, the one that sent nothing included', async () => {
    const { out } = await cli([FOLDER, ...BASE]);
    const lines = out.split('\n');
    const start = lines.findIndex((l) => l.startsWith('报送情况：'));
    expect(lines[start]).toBe('报送情况：共 12 个单位：已报送 11 个，未报送 1 个；收到案例 15 项（另有 1 个文件无法读取）；1 个单位超出限报数量。');
    const units = lines.slice(start + 2, start + 14).map((l) => l.trim().split(/\s{2,}/u));
    expect(units.map((u) => [u[0], u[1], u.at(-1)])).toEqual([
      ['冶金学院党委', '3', '超出限报数量（3 项，限报 2 项）；案例层级相同'],
      ['信息科学与工程学院党委', '2', '符合要求'],
      ['机械工程与自动化学院党委', '2', '缺少首页盖章扫描件'],
      ['材料科学与工程学院党委', '1', '有错误需要修改'],
      ['外国语学院党委', '1', '符合要求'],
      ['文法学院党委', '1', '符合要求'],
      ['资源与土木工程学院党委', '0（另有 1 个无法读取）', '1 个文件无法读取'],
      ['马克思主义学院党委', '1', '有警告待核实'],
      ['工商管理学院党委', '2', '案例层级相同'],
      ['生命科学与健康学院党委', '1', '有错误需要修改'],
      ['江河建筑学院党委', '1', '有错误需要修改'],
      ['艺术学院党委', '0', '未报送'],
    ]);
    expect(lines.at(-2)).toMatch(/^共 26 个文件：已检查 15 个案例，无法读取 1 个，盖章扫描件 10 个/);
  });

  it('is the third sheet of the .xlsx, with levels, scans and counts per unit', async () => {
    const file = path.join(tmp, '审核表.xlsx');
    await cli([FOLDER, ...BASE, '--out', file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['审核表', '全部问题', '报送情况']);
    const rows: unknown[][] = [];
    wb.getWorksheet('报送情况')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['申报单位', '报送案例', '层级', '首页盖章扫描件', '错误', '警告', '审核结论', '情况']);
    expect(rows.slice(1, 4)).toEqual([
      ['冶金学院党委', 3, '分党委（直属党总支）、教师党支部、学生党支部', '齐全', 2, 0, '—', '超出限报数量（3 项，限报 2 项）；案例层级相同'],
      ['信息科学与工程学院党委', 2, '分党委（直属党总支）、学生党支部', '齐全', 0, 0, '—', '符合要求'],
      ['机械工程与自动化学院党委', 2, '分党委（直属党总支）、教师党支部', '缺少', 0, 1, '—', '缺少首页盖章扫描件'],
    ]);
    expect(rows.at(-1)).toEqual(['艺术学院党委', 0, '—', '—', 0, 0, '—', '未报送']);
  });
});

describe('feedback letters', () => {
  const letters = () => path.join(tmp, '反馈单');

  it('writes twelve, one per unit of the roster', async () => {
    const { code, err } = await cli([FOLDER, ...BASE, '--letters', letters(), '--date', '2024-12-01', '--contact', '党委组织部组织科，电话 024-83687777'], REVIEW);
    expect(code).toBe(1);
    expect(err).toContain('case-check：已写入 12 份反馈单到');
    expect(readdirSync(letters()).sort()).toEqual(
      [
        '冶金学院党委',
        '信息科学与工程学院党委',
        '机械工程与自动化学院党委',
        '材料科学与工程学院党委',
        '外国语学院党委',
        '文法学院党委',
        '资源与土木工程学院党委',
        '马克思主义学院党委',
        '工商管理学院党委',
        '生命科学与健康学院党委',
        '江河建筑学院党委',
        '艺术学院党委',
      ]
        .map((u) => `形式审查反馈单-${u}.docx`)
        .sort(),
    );
  });

  itWithOffice(
    'open in LibreOffice: each PDF holds every problem of its unit, what to change and where, and never an internal id',
    async () => {
      const pdfDir = path.join(tmp, 'pdf');
      const profile = path.join(tmp, 'lo-profile');
      const docs = readdirSync(letters()).map((f) => path.join(letters(), f));
      execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...docs], { stdio: 'pipe', timeout: 300_000 });
      const text = (unit: string) => pdfText(readFileSync(path.join(pdfDir, `形式审查反馈单-${unit}.pdf`)));

      // Every problem the engine reports (JSON, not the letters' code) of a unit's files, errors and warnings.
      const { out } = await cli([FOLDER, ...BASE, '--format', 'json']);
      const data = JSON.parse(out) as BatchJson;
      const unitOf = new Map<string, string>();
      for (const f of data.files) if ('unit' in f && f.unit && !('kind' in f)) unitOf.set(f.file, f.unit);
      unitOf.set(`${FOLDER}/资土学院/矿业报国（分党委）.doc`, '资源与土木工程学院党委');
      const expected = new Map<string, string[]>();
      const add = (unit: string | undefined, message: string) => unit && expected.set(unit, [...(expected.get(unit) ?? []), message]);
      for (const f of data.files) {
        if (!('diagnostics' in f)) continue;
        for (const d of f.diagnostics) if (d.severity !== 'info') add(unitOf.get(f.file), d.message);
      }
      for (const d of data.batch.diagnostics) {
        if (d.ruleId === 'unit-name' || d.severity === 'info') continue;
        add(unitOf.get(d.files[0]), d.message);
      }
      expect([...expected.values()].flat()).toHaveLength(10);
      for (const [unit, messages] of expected) {
        const t = squash(text(unit));
        for (const m of messages) expect({ unit, found: t.includes(squash(m)) }).toEqual({ unit, found: true });
      }

      // Where and what, literally, for a few units.
      expect(squash(text('材料科学与工程学院党委'))).toContain(squash('1. 错误 · 主要做法 · 第 1 组图片的配图说明“图1 学院党委与合作企业党组织签订…”：第 1 组图片的说明有 30 字，超过 20 字。'));
      expect(squash(text('生命科学与健康学院党委'))).toContain(squash('错误 · 经验启示（未找到）：案例正文缺少“经验启示”部分。'));
      expect(squash(text('资源与土木工程学院党委'))).toContain(squash('案例 1：矿业报国（分党委）.doc 文件：矿业报国（分党委）.doc 文件无法作为 Word 文档读取，请按下列说明重新提交。'));
      expect(squash(text('外国语学院党委'))).toContain(squash('经形式审查，未发现需要修改的问题。二、有关要求 贵单位报送的案例无需修改，请留意后续评审安排。'));
      expect(squash(text('艺术学院党委'))).toContain(squash('截至报送截止日期（2024 年 11 月 27 日），未收到贵单位报送的案例材料。'));
      for (const unit of expected.keys()) {
        const t = text(unit);
        expect(squash(t)).toContain(squash('联系方式：党委组织部组织科，电话 024-83687777'));
        expect(squash(t)).toContain(squash('2024 年 12 月 1 日'));
        expect(t).not.toMatch(/[a-z]+-[a-z]+|\b(document|caption|picture|summary|background|practice|lessons|body|unit)\b/);
      }
    },
    400_000,
  );

  it.each([
    [['--letters', `${FOLDER}/冶金学院`], '--letters 的位置“2024年案例/冶金学院”在要检查的文件夹“'],
    [['--letters', '.'], '--letters 的位置“.”包含要检查的文件夹“'],
  ])('refuses a folder that holds inputs (%j), before reading anything', async (args, message) => {
    const { code, err, out } = await cli([FOLDER, ...BASE, ...args]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(out).toBe('');
  });

  it('does not overwrite a letter without --force, and does with it', async () => {
    const dir = path.join(tmp, '已有反馈单');
    await fs.mkdir(dir);
    const mine = path.join(dir, '形式审查反馈单-艺术学院党委.docx');
    await fs.writeFile(mine, '我自己改过的反馈单');
    const refused = await cli([FOLDER, ...BASE, '--letters', dir]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('中已有“形式审查反馈单-艺术学院党委.docx”，未覆盖；如需覆盖请加 --force。');
    expect(await fs.readFile(mine, 'utf8')).toBe('我自己改过的反馈单');
    expect(readdirSync(dir)).toEqual(['形式审查反馈单-艺术学院党委.docx']);
    expect((await cli([FOLDER, ...BASE, '--letters', dir, '--force'])).code).toBe(1);
    expect((await fs.readFile(mine)).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toHaveLength(12);
  });
});

describe('decisions that stay (--review)', () => {
  it('keeps a reviewer’s decisions through a second round in which one case comes back corrected', async () => {
    const round2 = path.join(tmp, 'round2');
    await fs.cp(path.join(REVIEW, FOLDER), path.join(round2, FOLDER), { recursive: true });
    for (const f of ['单位名单.csv', '往年案例清单.csv']) await fs.copyFile(path.join(REVIEW, f), path.join(round2, f));
    const record = path.join(tmp, '审核记录.json');

    // Round 1: the file is made, every problem listed, none decided.
    const first = await cli([FOLDER, ...BASE, '--review', record], round2);
    expect(first.err).toContain('已新建审核记录');
    const file = JSON.parse(await fs.readFile(record, 'utf8')) as ReviewFile;
    expect(file.problems.filter((p) => p.verdict !== null)).toEqual([]);
    expect(file.problems.map((p) => p.rule).sort()).toEqual(
      ['body-length', 'body-length', 'caption-length', 'file-format', 'part-missing', 'resubmission', 'scan-missing', 'scan-missing', 'unit-levels', 'unit-levels', 'unit-name', 'unit-quota'].sort(),
    );
    expect(file.cases).toHaveLength(16);

    // The reviewer decides in the file itself (what the page's export holds as well).
    const at = '2024-12-01T10:00:00.000Z';
    const set = (rule: string, patch: Partial<ReviewFile['problems'][number]>) => {
      const e = file.problems.find((p) => p.rule === rule);
      if (!e) throw new Error(rule);
      Object.assign(e, patch, { at });
    };
    set('caption-length', { verdict: 'confirmed' });
    set('resubmission', { verdict: 'dismissed', reason: '与往年案例主题相同但内容为新的实践，经核实可以受理' });
    Object.assign(file.cases.find((c) => c.file === MATERIAL)!, { verdict: 'revise', note: '请压缩图片说明', at });
    await fs.writeFile(record, JSON.stringify(file, null, 2));

    // Round 2: 材料学院 sends its case again, corrected, under another name.
    await fs.rm(path.join(round2, MATERIAL));
    await fs.copyFile(REVISED, path.join(round2, FOLDER, '材料学院', path.basename(REVISED)));
    const second = await cli([FOLDER, ...BASE, '--review', record, '--format', 'json'], round2);
    const data = JSON.parse(second.out) as BatchJson;
    expect(data.batch.review?.decided).toEqual({ problems: 2, cases: 1 });
    expect(data.batch.review?.resolved.map((e) => [e.rule, e.verdict, e.message])).toEqual([['caption-length', 'confirmed', '第 1 组图片的说明有 30 字，超过 20 字。']]);
    expect(second.err).toContain('已更新审核记录');
    expect(second.err).toContain('其中 1 条所指的问题已不存在');

    const written = JSON.parse(await fs.readFile(record, 'utf8')) as ReviewFile;
    expect(written.problems.filter((p) => p.verdict).map((p) => [p.rule, p.verdict, p.resolved ?? false, p.reason ?? ''])).toEqual([
      ['resubmission', 'dismissed', false, '与往年案例主题相同但内容为新的实践，经核实可以受理'],
      ['caption-length', 'confirmed', true, ''],
    ]);
    expect(written.cases.filter((c) => c.verdict).map((c) => [c.file, c.verdict, c.note])).toEqual([[`${FOLDER}/材料学院/新材料创新平台（分党委）（修改稿）.docx`, 'revise', '请压缩图片说明']]);

    // The table and the text show them; a dismissed warning no longer counts.
    const text = await cli([FOLDER, ...BASE, '--review', record], round2);
    expect(text.out).toContain('    审核：退回修改：请压缩图片说明');
    expect(text.out).toContain('  问题：已核实 0 条，不采纳 1 条，已解决 1 条；案例：通过 0 项，退回修改 1 项，不予受理 0 项。');
    expect(text.out).toContain('已解决 已核实：第 1 组图片的说明有 30 字，超过 20 字。');
    const board = text.out.split('\n').find((l) => l.trim().startsWith('马克思主义学院党委'))!;
    expect(board.trim().split(/\s{2,}/u)).toEqual(['马克思主义学院党委', '1', '分党委（直属党总支）', '齐全', '0', '0', '—', '符合要求']);
  });

  it('will not overwrite a review file it cannot read, nor take one from the folder being checked', async () => {
    const broken = path.join(tmp, '坏的记录.json');
    await fs.writeFile(broken, '{"format": "case-assistant-review", "version": 1, "problems": [');
    const r = await cli([FOLDER, ...BASE, '--review', broken]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('审核记录“坏的记录.json”无法读取：不是有效的 JSON 文件（可能已损坏，或不是本工具导出的审核记录）。为免丢失其中的内容，不会覆盖它。');
    expect(await fs.readFile(broken, 'utf8')).toBe('{"format": "case-assistant-review", "version": 1, "problems": [');
    const inside = await cli([FOLDER, ...BASE, '--review', `${FOLDER}/审核记录.json`]);
    expect(inside.code).toBe(2);
    expect(inside.err).toContain('--review 的位置“2024年案例/审核记录.json”在要检查的文件夹“');
  });
});

describe('the evaluation sheet and the ranking', () => {
  it('writes one sheet per expert for the cases that passed; `case-check scores` ranks the filled sheets', async () => {
    const book = path.join(tmp, '评审表.xlsx');
    const r = await cli([FOLDER, ...BASE, '--evaluation', book, '--experts', '张三,李四、王五']);
    expect(r.err).toContain('已写入评审表');
    expect(r.err).toContain('（7 项案例，3 张专家评分表）');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评分说明', '张三', '李四', '王五']);
    const ws = wb.getWorksheet('张三')!;
    const titles: string[] = [];
    ws.eachRow((row, i) => i > 5 && titles.push(String(row.getCell(3).value)));
    // No open error: 信息 ×2, 机械 ×2 (a warning only), 外国语, 文法, 马克思 (the resubmission is a warning).
    expect(titles).toEqual([
      '“智慧党建”平台赋能学院治理',
      '“红色引擎”驱动学生党员先锋作用',
      '“三级联动”推进党建与学科建设融合',
      '教师党支部“双带头人”引领科研攻关',
      '“外语+思政”课程育人探索',
      '“法治讲堂”进社区志愿服务',
      '“理论宣讲轻骑兵”进社区',
    ]);
    expect((await cli([FOLDER, ...BASE, '--evaluation', book])).err).toContain(`“${book}”已存在，未覆盖；如需覆盖请加 --force。`);

    // Three experts fill their sheets, each in their own copy; one copy of a PDF by mistake.
    const back = path.join(tmp, '评分表');
    await fs.mkdir(back);
    const scores: Record<string, number[]> = { 张三: [8, 9, 7, 8, 9, 6, 7], 李四: [8, 8, 7, 8, 9, 7, 7], 王五: [8, 9, 8, 8, 5, 6, 7] };
    for (const [expert, list] of Object.entries(scores)) {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(book);
      const sheet = copy.getWorksheet(expert)!;
      // The same score in all five criteria: a case's total is ten times it.
      list.forEach((v, i) => [5, 6, 7, 8, 9].forEach((c) => (sheet.getCell(6 + i, c).value = v)));
      await copy.xlsx.writeFile(path.join(back, `评分表-${expert}.xlsx`));
    }
    await fs.writeFile(path.join(back, '说明.pdf'), '%PDF-1.7');
    await fs.writeFile(path.join(back, '坏的评分表.xlsx'), 'not a zip');
    const s = await cli(['scores', back, '--format', 'json']);
    expect(s.code).toBe(1);
    expect(s.err).toContain('case-check：1 个文件不是 .xlsx 评分表，已跳过。');
    expect(s.err).toContain('case-check：评分表“');
    expect(s.err).toContain('坏的评分表.xlsx”无法读取：不是 .xlsx 工作簿。');
    const ranking = JSON.parse(s.out) as { experts: string[]; rows: { rank: number; id: string; experts: { total: number }[]; mean: number; disagree: boolean }[] };
    expect(ranking.experts).toEqual(['张三', '李四', '王五']);
    // Means by hand: 02 (90, 80, 90) 86.67; 01 80; 03 (70, 70, 80) 73.33; 04 80; 05 (90, 90, 50) 76.67, spread 40; 06 (60, 70, 60) 63.33; 07 70.
    expect(ranking.rows.map((x) => [x.rank, x.id, x.experts.map((e) => e.total), x.mean, x.disagree])).toEqual([
      [1, '02', [90, 80, 90], 86.67, false],
      [2, '01', [80, 80, 80], 80, false],
      [2, '04', [80, 80, 80], 80, false],
      [4, '05', [90, 90, 50], 76.67, true],
      [5, '03', [70, 70, 80], 73.33, false],
      [6, '07', [70, 70, 70], 70, false],
      [7, '06', [60, 70, 60], 63.33, false],
    ]);
    const text = await cli(['scores', back]);
    expect(text.out.split('\n')[0].trim().split(/\s{2,}/u)).toEqual(['名次', '编号', '申报单位', '案例名称', '张三（总分）', '李四（总分）', '王五（总分）', '平均分', '最高最低分差', '分歧']);
    expect(text.out).toContain('共 7 项案例、3 位专家；1 项案例专家分歧较大（总分相差 20 分及以上）。');
  });
});
