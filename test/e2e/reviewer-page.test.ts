/**
 * Issue 11, "Done when", on the checker page in headless Chromium (Debian's, via
 * playwright-core) at 1280 px: a reviewer's folder with three spellings of 冶金学院, a
 * stamped scan and Word's ~$ lock file gives one quota error and no file-format error; the
 * unit roster picked on the page joins 信息学院 with its full name and lists the units that
 * sent nothing; the review table shows the common folder once and breaks no file name
 * inside its extension; the drawer and the .xlsx download say the same.
 *
 * The build is the shared test build (test/helpers/built-dist.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { REVIEWER_CASES, UNITS_XLSX } from './checker-fixtures';
import { builtDist, CHROMIUM_LAUNCH, screenshotDir, serveStatic, type StaticServer, isLocalRequest } from '../helpers/built-dist';

/* eslint-disable @typescript-eslint/no-require-imports */
const { chromium } = require('playwright-core') as typeof import('playwright-core');
/* eslint-enable @typescript-eslint/no-require-imports */

const QUOTA =
  '申报单位“冶金学院党委”报送了 3 项案例（封面分别写作“冶金学院党委”、“冶金学院”、“冶金学院分党委”），超过每个分党委（直属党总支）限报 2 项的规定。';

let tmp: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const external: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reviewer-e2e-'));
  server = await serveStatic((await builtDist()).dir);
  browser = await chromium.launch(CHROMIUM_LAUNCH);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('request', (r) => {
    if (!isLocalRequest(r.url(), server.origin)) external.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/checker.html`);
  await page.getByRole('heading', { name: '案例检查' }).waitFor();
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

const summary = () => page.locator('[data-testid=batch-summary]').innerText();
const bars = (rule: string) => page.locator(`[data-testid=batch-problems] [data-rule="${rule}"]`);

describe('checker page: a reviewer’s folder at 1280 px', () => {
  it('without a roster: one quota error for three spellings, the scans and the lock file not errors, a hint for 信息学院', async () => {
    await page.setInputFiles('[data-testid=batch-drop-folder]', REVIEWER_CASES);
    await page.locator('[data-testid=batch-summary]').waitFor({ timeout: 60_000 });
    expect(await summary()).toBe('共 10 个文件：已检查 7 个案例，无法读取 0 个，盖章扫描件 2 个，已忽略 1 个，涉及 4 个申报单位');
    expect(await bars('unit-quota').allInnerTexts()).toEqual([expect.stringContaining(QUOTA)]);
    expect(await bars('file-format').count()).toBe(0);
    const hint = await bars('unit-name').allInnerTexts();
    expect(hint).toHaveLength(1);
    expect(hint[0]).toMatch(/^提示 · 可能是同一单位/);
    expect(hint[0]).toContain('“信息科学与工程学院党委”与“信息学院”可能是同一单位');
  }, 120_000);

  it('with the roster picked on the page: the folder is checked again, 信息学院 joins its unit, the units that sent nothing are listed', async () => {
    await page.setInputFiles('[data-testid=units-drop-input]', UNITS_XLSX);
    await page.getByText('已载入单位名单“单位名单.xlsx”：5 个单位').waitFor({ timeout: 30_000 });
    await page.getByText('（单位名单中另有 2 个单位未报送）', { exact: false }).waitFor({ timeout: 60_000 });
    expect(await summary()).toBe('共 10 个文件：已检查 7 个案例，无法读取 0 个，盖章扫描件 2 个，已忽略 1 个，涉及 3 个申报单位（单位名单中另有 2 个单位未报送）');
    expect(await bars('unit-quota').allInnerTexts()).toEqual([expect.stringContaining(QUOTA)]);
    expect(await bars('file-format').count()).toBe(0);
    expect(await bars('unit-name').allInnerTexts()).toEqual([expect.stringContaining('单位名单中有 2 个单位没有报送案例：材料科学与工程学院党委、外国语学院党委。')]);
    // The unit filter: one entry per unit, in pinyin order.
    await page.locator('[data-testid=filter-unit]').click();
    expect(await page.getByRole('listbox').getByRole('option').allInnerTexts()).toEqual(['全部单位', '机械工程与自动化学院党委', '信息科学与工程学院党委', '冶金学院党委']);
    await page.keyboard.press('Escape');
  }, 120_000);

  it('lists the scans and the lock file as what they are', async () => {
    const kinds = await page.locator('[data-testid=review-row]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-file'), r.getAttribute('data-kind'), r.querySelectorAll('td')[3]?.textContent]));
    expect(kinds.filter((k) => k[1] !== 'case')).toEqual([
      ['2024年案例/信息学院/智慧党建平台-首页盖章.png', 'scan', '盖章扫描件'],
      ['2024年案例/冶金学院/~$金铸魂工程（分党委）.docx', 'ignored', '已忽略'],
      ['2024年案例/冶金学院/冶金学院首页盖章扫描件.pdf', 'scan', '盖章扫描件'],
    ]);
    expect(kinds).toHaveLength(10);
  });

  it('shows the common folder once and breaks no file name inside its extension', async () => {
    expect(await page.locator('[data-testid=review-folder]').innerText()).toBe('文件夹：2024年案例/');
    const cells = page.locator('[data-testid=review-row] td:first-child');
    const texts = await cells.allInnerTexts();
    expect(texts).toHaveLength(10);
    expect(texts.filter((t) => t.includes('2024年案例'))).toEqual([]);
    // For every file cell: the lines its extension's characters sit on (one, when it is not broken).
    const extLines = await cells.evaluateAll((tds) =>
      tds.map((td) => {
        const text = td.textContent ?? '';
        const dot = text.lastIndexOf('.');
        const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        const tops = new Set<number>();
        let offset = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent?.length ?? 0;
          for (let i = 0; i < len; i++) {
            if (offset + i < dot) continue;
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            for (const r of range.getClientRects()) tops.add(Math.round(r.top));
          }
          offset += len;
        }
        return [text, tops.size];
      }),
    );
    expect(extLines.filter(([, lines]) => lines !== 1)).toEqual([]);
    // The long Latin name does wrap (the column is narrow), just not inside “.docx”.
    const long = await page.locator('[data-testid=review-row][data-file$="final-v3.docx"] td:first-child').evaluate((td) => td.getBoundingClientRect().height);
    const short = await page.locator('[data-testid=review-row][data-file$="三级联动（分党委）.docx"] td:first-child').evaluate((td) => td.getBoundingClientRect().height);
    expect(long).toBeGreaterThanOrEqual(short);
    // Nothing is wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });

  it('keeps screenshots of the table and the batch problems', async () => {
    const file = path.join(screenshotDir(), 'checker-reviewer.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  it('opens a case: its unit as counted and as written, its contact, its scan, its batch problems titled with their words', async () => {
    await page.locator('[data-testid=review-row][data-file="2024年案例/冶金学院/团队支部（教师党支部）.docx"]').click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    const meta = await drawer.locator('[data-testid=drawer-meta]').innerText();
    expect(meta.split('\n')).toEqual([
      '文件：2024年案例/冶金学院/团队支部（教师党支部）.docx',
      '申报单位：冶金学院党委（封面写作“冶金学院”）',
      '类别：教师党支部',
      '联系人：李明，13904001234',
      '首页盖章扫描件：冶金学院首页盖章扫描件.pdf',
    ]);
    const titles = await drawer.locator('[data-severity] >> css=.fui-MessageBarTitle').allInnerTexts();
    expect(titles).toEqual(['错误 · 超出限报数量', '错误 · 同一单位案例层级相同']);
    // The drawer slides in: let its transitions end before the picture is taken.
    await drawer.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await page.screenshot({ path: path.join(screenshotDir(), 'checker-reviewer-drawer.png') });
    await drawer.getByRole('button', { name: '关闭' }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('downloads an .xlsx whose 位置 says where in Word, with contacts and the batch problems counted', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=download-xlsx]').click()]);
    const file = path.join(tmp, 'review.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const [review, diags] = wb.worksheets;
    const rows = new Map<string, ExcelJS.Row>();
    review.eachRow((r, i) => i > 1 && rows.set(String(r.getCell(1).value), r));
    const team = rows.get('2024年案例/冶金学院/团队支部（教师党支部）.docx') as ExcelJS.Row;
    expect([team.getCell(2).value, team.getCell(5).value, team.getCell(6).value, team.getCell(10).value, team.getCell(11).value]).toEqual(['冶金学院党委', '李明', '13904001234', '冶金学院首页盖章扫描件.pdf', 2]);
    const where: string[] = [];
    diags.eachRow((r, i) => i > 1 && where.push(String(r.getCell(4).value)));
    expect(where).toContain('主要做法 · 第 2 组图片的配图说明“图2 学院党委与合作企业党组织签订…”');
    for (const w of where) expect(w).not.toMatch(/\b(document|caption|picture|summary|background|practice|lessons|body|unit)\b|（批次）/);
  });
});
