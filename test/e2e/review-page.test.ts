/**
 * Issue 12, "Done when", on the checker page in headless Chromium (Debian's, via
 * playwright-core) at 1280 px: the twelve-unit folder with the roster and the prior list
 * gives the submission board above the review table and twelve letters (one .zip, or one
 * unit at a time); the reviewer's decisions survive a reload (IndexedDB), are exported as a
 * review file, imported into a fresh browser profile and survive a re-run in which one case
 * comes back corrected under another name; the evaluation sheet goes out and the filled
 * sheets come back as a ranking. Screenshots of the board and of a letter (LibreOffice's
 * PDF of the downloaded .docx, in Chromium's PDF viewer) go to docs/screenshots with
 * UPDATE_SCREENSHOTS=1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readDocx } from '../../src/docx';
import type { ReviewFile } from '../../src/core/review';
import { builtDist, CHROMIUM_LAUNCH, screenshotDir, serveStatic, type StaticServer, isLocalRequest } from '../helpers/built-dist';
import { FIXTURES } from './checker-fixtures';

/* eslint-disable @typescript-eslint/no-require-imports */
const { chromium } = require('playwright-core') as typeof import('playwright-core');
/* eslint-enable @typescript-eslint/no-require-imports */

const REVIEW = path.join(FIXTURES, 'review');
const FOLDER = path.join(REVIEW, '2024年案例');
const ROSTER = path.join(REVIEW, '单位名单.csv');
const PRIOR = path.join(REVIEW, '往年案例清单.csv');
const MATERIAL = '2024年案例/材料学院/新材料创新平台（分党委）.docx';
const REVISED = '2024年案例/材料学院/新材料创新平台（分党委）（修改稿）.docx';
const MARX = '2024年案例/马克思主义学院/理论宣讲轻骑兵（分党委）.docx';
const REASON = '与往年案例主题相同但内容为新的实践，经核实可以受理';

let tmp: string;
let server: StaticServer;
let browser: Browser;
const external: string[] = [];
const errors: string[] = [];

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!isLocalRequest(r.url(), server.origin)) external.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/checker.html`);
  await page.getByRole('heading', { name: '案例检查' }).waitFor();
  return page;
}

const newContext = () => browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(tmp, name);
  await d.saveAs(file);
  return file;
}

async function checkFolder(page: Page, folder: string): Promise<void> {
  await page.setInputFiles('[data-testid=units-drop-input]', ROSTER);
  await page.getByText('已载入单位名单“单位名单.csv”：12 个单位').waitFor({ timeout: 30_000 });
  await page.setInputFiles('[data-testid=prior-drop-input]', PRIOR);
  await page.getByText('已载入往年案例 2 项').waitFor({ timeout: 30_000 });
  await page.setInputFiles('[data-testid=batch-drop-folder]', folder);
  await page.locator('[data-testid=board]').waitFor({ timeout: 90_000 });
}

async function openCase(page: Page, file: string): Promise<import('playwright-core').Locator> {
  await page.locator(`[data-testid=review-row][data-file="${file}"]`).click();
  const drawer = page.getByRole('dialog');
  await drawer.waitFor();
  await drawer.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  return drawer;
}

async function closeCase(page: Page): Promise<void> {
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: '关闭' }).click();
  await drawer.waitFor({ state: 'hidden' });
}

const decisionCell = async (page: Page, file: string) => {
  const cell = page.locator(`[data-testid=review-row][data-file="${file}"] [data-testid=decision-cell]`);
  return (await cell.count()) ? cell.innerText() : '';
};

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'review-page-'));
  server = await serveStatic((await builtDist()).dir);
  browser = await chromium.launch(CHROMIUM_LAUNCH);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

afterEach(() => {
  expect(external).toEqual([]);
  expect(errors).toEqual([]);
});

describe('the review round on the checker page', () => {
  let context: BrowserContext;
  let page: Page;
  let exported: string;

  beforeAll(async () => {
    context = await newContext();
    page = await open(context);
    await checkFolder(page, FOLDER);
  }, 180_000);

  it('shows the submission board above the review table: twelve units, the one that sent nothing, the quota, the missing scans', async () => {
    const board = page.locator('[data-testid=board]');
    const table = page.locator('[data-testid=review]');
    expect((await board.boundingBox())!.y).toBeLessThan((await table.boundingBox())!.y);
    expect(await page.locator('[data-testid=board-summary]').innerText()).toBe('共 12 个单位：已报送 11 个，未报送 1 个；收到案例 15 项（另有 1 个文件无法读取）；1 个单位超出限报数量。');
    const rows = await page.locator('[data-testid=board-row]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-unit'), tr.getAttribute('data-status')]));
    expect(rows).toEqual([
      ['冶金学院党委', 'over'],
      ['信息科学与工程学院党委', 'ok'],
      ['机械工程与自动化学院党委', 'ok'],
      ['材料科学与工程学院党委', 'problems'],
      ['外国语学院党委', 'ok'],
      ['文法学院党委', 'ok'],
      ['资源与土木工程学院党委', 'problems'],
      ['马克思主义学院党委', 'ok'],
      ['工商管理学院党委', 'problems'],
      ['生命科学与健康学院党委', 'problems'],
      ['江河建筑学院党委', 'problems'],
      ['艺术学院党委', 'none'],
    ]);
    const first = await page.locator('[data-testid=board-row]').first().locator('td').allInnerTexts();
    expect(first.slice(0, 6)).toEqual(['冶金学院党委', '3', '分党委（直属党总支）、教师党支部、学生党支部', '齐全', '2', '0']);
    const machinery = await page.locator('[data-testid=board-row][data-unit="机械工程与自动化学院党委"] td').allInnerTexts();
    expect(machinery[3]).toBe('缺少');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });

  it('downloads every letter as one .zip and one unit’s letter on its own', async () => {
    const zip = unzipSync(fs.readFileSync(await download(page, () => page.locator('[data-testid=letters-zip]').click(), 'letters.zip')));
    expect(Object.keys(zip)).toHaveLength(12);
    expect(Object.keys(zip)).toContain('形式审查反馈单-艺术学院党委.docx');
    const one = await download(page, () => page.locator('[data-testid=board-row][data-unit="材料科学与工程学院党委"] [data-testid=letter-download]').click(), 'material.docx');
    const read = readDocx(new Uint8Array(fs.readFileSync(one)));
    if (!read.ok) throw new Error(read.error.message);
    const text = read.doc.paragraphs.map((p) => p.text);
    expect(text).toContain('1. 错误 · 主要做法 · 第 1 组图片的配图说明“图1 学院党委与合作企业党组织签订…”：第 1 组图片的说明有 30 字，超过 20 字。');
    expect(text).toContain('联系方式：党委组织部专用邮箱 neuzzb@163.com');
    expect(text.join('\n')).not.toMatch(/[a-z]+-[a-z]+/);
  });

  it('keeps screenshots of the board and of a letter as LibreOffice prints it', async () => {
    await page.locator('[data-testid=board]').scrollIntoViewIfNeeded();
    const shot = path.join(screenshotDir(), 'checker-board.png');
    await page.locator('[data-testid=board]').screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);

    const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);
    if (!soffice) return console.warn('跳过反馈单截图：未安装 soffice。');
    const docx = path.join(tmp, 'letter.docx');
    fs.copyFileSync(path.join(tmp, 'material.docx'), docx);
    execFileSync(soffice, [`-env:UserInstallation=file://${path.join(tmp, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'pipe', timeout: 180_000 });
    const viewer = await browser.newPage({ viewport: { width: 900, height: 1290 } });
    await viewer.goto(`file://${path.join(tmp, 'letter.pdf')}#toolbar=0&navpanes=0&view=FitH`);
    // The PDF viewer draws in its own frame: give it time to lay out the first page.
    await viewer.waitForTimeout(3000);
    await viewer.screenshot({ path: path.join(screenshotDir(), 'feedback-letter.png') });
    await viewer.close();
    expect(fs.statSync(path.join(screenshotDir(), 'feedback-letter.png')).size).toBeGreaterThan(20_000);
  }, 240_000);

  it('records decisions in the drawer: a dismissal with its reason, a confirmation, case verdicts', async () => {
    let drawer = await openCase(page, MARX);
    const resub = drawer.locator('[data-testid=decision-problem][data-rule=resubmission]');
    await resub.locator('[data-testid=dismiss]').click();
    await expect(resub.locator('[data-testid=reason-save]').isDisabled()).resolves.toBe(true);
    await resub.locator('[data-testid=reason-input]').fill(REASON);
    await resub.locator('[data-testid=reason-save]').click();
    await resub.locator('[data-testid=dismiss-reason]').waitFor();
    expect(await resub.getAttribute('data-verdict')).toBe('dismissed');
    await closeCase(page);

    drawer = await openCase(page, MATERIAL);
    await drawer.locator('[data-testid=decision-problem][data-rule=caption-length] [data-testid=confirm]').click();
    await drawer.locator('[data-testid=verdict-note]').fill('请把第 1 组图片的说明压缩到 20 字以内');
    await drawer.locator('[data-testid=verdict-revise]').click();
    await page.screenshot({ path: path.join(screenshotDir(), 'checker-decisions.png') });
    await closeCase(page);

    await openCase(page, '2024年案例/外国语学院/外语思政（教师党支部）.docx');
    await page.getByRole('dialog').locator('[data-testid=verdict-pass]').click();
    await closeCase(page);

    expect(await decisionCell(page, MARX)).toBe('审核：不采纳 1 条');
    expect(await decisionCell(page, MATERIAL)).toBe('审核：退回修改：请把第 1 组图片的说明压缩到 20 字以内；已核实 1 条');
    expect(await page.locator('[data-testid=review-counts]').innerText()).toBe('审核意见：已核实 1 条，不采纳 1 条；案例结论：通过 1 项，退回修改 1 项，不予受理 0 项');
    // The dismissed warning no longer counts on the board.
    expect((await page.locator('[data-testid=board-row][data-unit="马克思主义学院党委"] td').allInnerTexts()).slice(4, 8)).toEqual(['0', '0', '—', '符合要求']);
  });

  it('exports the review file the CLI reads', async () => {
    exported = await download(page, () => page.locator('[data-testid=review-export]').click(), 'review.json');
    const file = JSON.parse(fs.readFileSync(exported, 'utf8')) as ReviewFile;
    expect(file.format).toBe('case-assistant-review');
    expect(file.problems.filter((p) => p.verdict).map((p) => [p.rule, p.verdict, p.reason ?? ''])).toEqual([
      ['caption-length', 'confirmed', ''],
      ['resubmission', 'dismissed', REASON],
    ]);
    // In the folder's order.
    expect(file.cases.filter((c) => c.verdict).map((c) => [c.file, c.verdict])).toEqual([
      ['2024年案例/外国语学院/外语思政（教师党支部）.docx', 'pass'],
      [MATERIAL, 'revise'],
    ]);
    expect(file.problems.filter((p) => p.verdict === null).length).toBeGreaterThan(5);
  });

  it('loses nothing when the page is reloaded: the results and the decisions come back', async () => {
    await page.reload();
    await page.locator('[data-testid=board]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=restored]').innerText()).toMatch(/^（上次的检查结果，\d{4}-\d{2}-\d{2} \d{2}:\d{2}；要重新检查，请再次选择文件夹）$/);
    expect(await page.locator('[data-testid=review-counts]').innerText()).toBe('审核意见：已核实 1 条，不采纳 1 条；案例结论：通过 1 项，退回修改 1 项，不予受理 0 项');
    const drawer = await openCase(page, MARX);
    expect(await drawer.locator('[data-testid=decision-problem][data-rule=resubmission] [data-testid=dismiss-reason]').innerText()).toBe(`不采纳的理由：${REASON}`);
    await closeCase(page);
  });

  it('imported into a fresh browser, the decisions survive a re-run in which one case comes back corrected', async () => {
    // Round 2: 材料学院's case replaced by its corrected file, under another name.
    const round2 = path.join(tmp, 'round2', '2024年案例');
    fs.cpSync(FOLDER, round2, { recursive: true });
    fs.rmSync(path.join(round2, '材料学院', '新材料创新平台（分党委）.docx'));
    fs.copyFileSync(path.join(REVIEW, '修改稿', '新材料创新平台（分党委）（修改稿）.docx'), path.join(round2, '材料学院', '新材料创新平台（分党委）（修改稿）.docx'));

    const fresh = await newContext();
    const other = await open(fresh);
    expect(await other.locator('[data-testid=board]').count()).toBe(0);
    await checkFolder(other, round2);
    await other.setInputFiles('[data-testid=review-import-input]', exported);
    expect(await other.locator('[data-testid=review-import-message]').innerText()).toBe('已导入审核记录“review.json”：2 条问题意见、2 个案例结论（与本机已有的合并，较新的为准）。');
    expect(await other.locator('[data-testid=review-counts]').innerText()).toBe('审核意见：已核实 0 条，不采纳 1 条；案例结论：通过 1 项，退回修改 1 项，不予受理 0 项；已解决 1 条');
    expect(await decisionCell(other, REVISED)).toBe('审核：退回修改：请把第 1 组图片的说明压缩到 20 字以内');
    expect(await decisionCell(other, MARX)).toBe('审核：不采纳 1 条');
    await other.locator('[data-testid=resolved] button').click();
    expect(await other.locator('[data-testid=resolved-list] li').allInnerTexts()).toEqual(['已核实：《党建引领新材料创新平台建设实践》 · 主要做法 · 第 1 组图片的配图说明“图1 学院党委与合作企业党组织签订…”：第 1 组图片的说明有 30 字，超过 20 字。']);
    const drawer = await openCase(other, MARX);
    expect(await drawer.locator('[data-testid=decision-problem][data-rule=resubmission]').getAttribute('data-verdict')).toBe('dismissed');
    await closeCase(other);
    // And it is kept there too: a reload of the fresh browser still has it.
    await other.reload();
    await other.locator('[data-testid=board]').waitFor({ timeout: 30_000 });
    expect(await decisionCell(other, REVISED)).toBe('审核：退回修改：请把第 1 组图片的说明压缩到 20 字以内');
    await fresh.close();
  }, 180_000);

  it('sends the evaluation sheet out and reads the filled sheets back into a ranking', async () => {
    await page.locator('[data-testid=experts]').fill('张三、李四');
    const book = await download(page, () => page.locator('[data-testid=download-evaluation]').click(), '评审表.xlsx');
    const files: string[] = [];
    const scores: Record<string, number[]> = { 张三: [9, 8, 8, 8, 8, 8, 8], 李四: [9, 8, 8, 8, 5, 8, 8] };
    for (const [expert, list] of Object.entries(scores)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(book);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['评分说明', '张三', '李四']);
      const ws = wb.getWorksheet(expert)!;
      list.forEach((v, i) => [5, 6, 7, 8, 9].forEach((c) => (ws.getCell(6 + i, c).value = v)));
      const f = path.join(tmp, `评分表-${expert}.xlsx`);
      await wb.xlsx.writeFile(f);
      files.push(f);
    }
    await page.setInputFiles('[data-testid=scores-drop-input]', files);
    await page.locator('[data-testid=ranking]').waitFor({ timeout: 30_000 });
    const rows = await page.locator('[data-testid=ranking-row]').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    // 01 (信息): 90 and 90; 05 (外国语, marked 通过): 80 and 50, 30 apart; the other five 80 and 80, second.
    expect(rows[0]).toEqual(['1', '01', '信息科学与工程学院党委', '“智慧党建”平台赋能学院治理', '90', '90', '90', '0']);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['1', '01'], ['2', '02'], ['2', '03'], ['2', '04'], ['2', '06'], ['2', '07'], ['7', '05']]);
    expect(rows.at(-1)).toEqual(['7', '05', '外国语学院党委', '“外语+思政”课程育人探索', '80', '50', '65', '30 分歧较大']);
    expect(rows).toHaveLength(7);
    await page.locator('[data-testid=evaluation]').screenshot({ path: path.join(screenshotDir(), 'checker-ranking.png') });
  });
});
