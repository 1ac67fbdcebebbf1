/**
 * Issue 10's "done when": a folder of good cases plus every hostile file of the issue
 * (generated here: test/helpers/hostile-files.ts) is checked by the real command line in
 * bounded time and memory, with every good file checked and every hostile one reported;
 * the checker page survives the same folder, its .csv cannot run formulas, and 取消 stops
 * a check at once.
 *
 * Memory is measured, not timed: the CLI runs under /usr/bin/time -v in a child process
 * and its peak resident set (worker threads included) must stay under 1.5 GB.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BatchJson } from '../../src/cli/batch/output';
import { builtDist, CHROMIUM_LAUNCH, screenshotDir, serveStatic, type StaticServer, isLocalRequest } from '../helpers/built-dist';
import { formulaCase, hostileFiles, hostileNames, removeTree, type HostileFile } from '../helpers/hostile-files';
import { CASES, GOOD, WORD_FILES } from './checker-fixtures';

/* eslint-disable @typescript-eslint/no-require-imports */
const { chromium } = require('playwright-core') as typeof import('playwright-core');
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'case-check.js');
const REAL = new Uint8Array(fs.readFileSync(path.join(WORD_FILES, 'zh-exam-notes-word16-win.docx')));
const GOOD_CASE = new Uint8Array(fs.readFileSync(path.join(CASES, GOOD[0])));

let tmp: string;
let hostile: HostileFile[];
let names: string[];

/** The folder: the good cases under 好/, the hostile files, the hostile names. */
function makeFolder(dir: string, skip: (h: HostileFile) => boolean = () => false): void {
  for (const g of GOOD) {
    fs.mkdirSync(path.join(dir, '好', path.dirname(g)), { recursive: true });
    fs.copyFileSync(path.join(CASES, g), path.join(dir, '好', g));
  }
  for (const h of hostile) {
    if (skip(h)) continue;
    const full = path.join(dir, h.name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    h.write(full);
  }
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-e2e-'));
  hostile = hostileFiles(REAL);
  // The binary runs the compiled lib/ (what `npm ci` builds); build it from these sources.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  if (tmp) removeTree(tmp);
});

describe('the command line on a folder of good and hostile files', () => {
  let json: BatchJson;
  let maxRssKb: number;

  beforeAll(() => {
    const dir = path.join(tmp, '送审');
    makeFolder(dir);
    names = hostileNames(dir, GOOD_CASE);
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, BIN, '送审', '--format', 'json'], {
      cwd: tmp,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 256 * 1024 * 1024,
      // Only a guard against a hang (the old reader took many minutes on these files), not a speed target.
      timeout: 600_000,
    });
    if (r.status === null) throw new Error(`case-check did not finish: ${r.signal}`);
    expect(r.status).toBe(1);
    json = JSON.parse(r.stdout.toString('utf8')) as BatchJson;
    const stderr = r.stderr.toString('utf8');
    maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
  }, 660_000);

  const entry = (rel: string) => json.files.find((f) => f.file === `送审/${rel}`);

  it('stays under 1.5 GB', () => {
    expect(maxRssKb).toBeGreaterThan(10_000);
    expect(maxRssKb).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('checks every good file', () => {
    for (const g of GOOD) expect({ g, checked: 'diagnostics' in (entry(`好/${g}`) ?? {}) }).toEqual({ g, checked: true });
  });

  it('reports every hostile file: refused as a row, read with a warning, or checked within bounds', () => {
    for (const h of hostile) {
      if (h.name === '路径过长') continue;
      const e = entry(h.name);
      if (!e) throw new Error(`${h.name}: no row`);
      if (h.expect === 'error') expect({ file: h.name, refused: 'error' in e }).toEqual({ file: h.name, refused: true });
      else if (h.expect === 'warning') expect({ file: h.name, warned: 'warnings' in e && e.warnings.length > 0 }).toEqual({ file: h.name, warned: true });
      else expect({ file: h.name, checked: 'diagnostics' in e }).toEqual({ file: h.name, checked: true });
      if ('error' in e) expect(e.error.message).toContain(`“${path.basename(h.name)}”`);
    }
  });

  it('lists the folder it cannot open as its own row', () => {
    const row = json.files.find((f) => f.file.startsWith('送审/路径过长/') && 'error' in f && f.error.code === 'unlisted-folder');
    expect(row && 'error' in row && row.error.message).toContain('路径过长');
  });

  it('reads the hostile names: formula-like, with control characters, not UTF-8', () => {
    for (const n of names) expect({ n, checked: 'diagnostics' in (entry(n) ?? {}) }).toEqual({ n, checked: true });
  });

  it('collapses the 150,000 headings into a readable report', () => {
    const e = entry('放大/十五万标题.docx');
    if (!e || !('diagnostics' in e)) throw new Error('not checked');
    expect(e.diagnostics.length).toBeLessThanOrEqual(200);
    expect(e.summary.warnings).toBe(149_999);
  });
});

describe('the checker page on the same kind of folder', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const external: string[] = [];

  beforeAll(async () => {
    dir = path.join(tmp, '页面');
    // The browser's folder upload cannot walk a path longer than PATH_MAX, nor name a file in GBK.
    makeFolder(dir, (h) => h.name === '路径过长');
    fs.writeFileSync(path.join(dir, '公式单位.docx'), formulaCase());
    server = await serveStatic((await builtDist()).dir);
    browser = await chromium.launch(CHROMIUM_LAUNCH);
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    page.on('request', (r) => {
      if (!isLocalRequest(r.url(), server.origin)) external.push(r.url());
    });
    await page.goto(`${server.origin}/checker.html`);
    await page.getByRole('heading', { name: '案例检查' }).waitFor();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('checks the good files and reports every hostile one, each in its own row', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setInputFiles('[data-testid=batch-drop-folder]', dir);
    await page.locator('[data-testid=batch-summary]').waitFor({ timeout: 300_000 });
    const count = GOOD.length + hostile.length; // less 路径过长, plus 公式单位.docx
    const refused = hostile.filter((h) => h.expect === 'error' && h.name !== '路径过长').length;
    expect(await page.locator('[data-testid=batch-summary]').innerText()).toContain(`共 ${count} 个文件：已检查 ${count - refused} 个案例，无法读取 ${refused} 个，`);
    const rows = page.locator('[data-testid=review-row]');
    expect(await rows.count()).toBe(count);
    const big = page.locator('[data-testid=review-row][data-file="页面/伪装/大文件.txt"]');
    expect(await big.innerText()).toContain('上限 50.0 MB');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    // The rows of the files that could not be read, as the reviewer filters them.
    const pick = async (testId: string, option: string) => {
      await page.locator(`[data-testid=${testId}]`).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    await pick('filter-severity', '无法读取');
    expect(await rows.count()).toBe(refused);
    await page.locator('[data-testid=review]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir(), 'checker-hostile.png') });
    await pick('filter-severity', '全部');
  }, 320_000);

  it('downloads a .csv without formula cells and an .xlsx made in the worker', async () => {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=download-csv]').click()]);
    const csvFile = path.join(tmp, 'page.csv');
    await csvDownload.saveAs(csvFile);
    const csv = fs.readFileSync(csvFile, 'utf8');
    expect(csv).toContain(`页面/公式单位.docx,"'=HYPERLINK(""evil.example"",""点我"")",'+1+1 公式标题,`);
    for (const line of csv.split('\r\n').slice(1)) for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=download-xlsx]').click()]);
    const xlsxFile = path.join(tmp, 'page.xlsx');
    await xlsx.saveAs(xlsxFile);
    expect(fs.readFileSync(xlsxFile).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('stops a check at once with 取消, and checks again afterwards', async () => {
    const many = path.join(tmp, '很多');
    for (let i = 0; i < 400; i++) {
      const sub = path.join(many, `单位${Math.floor(i / 40)}`);
      fs.mkdirSync(sub, { recursive: true });
      fs.copyFileSync(path.join(CASES, GOOD[i % GOOD.length]), path.join(sub, `${i}.docx`));
    }
    await page.setInputFiles('[data-testid=batch-drop-folder]', many);
    await page.locator('[data-testid=cancel]').waitFor();
    await page.screenshot({ path: path.join(screenshotDir(), 'checker-cancel.png') });
    await page.locator('[data-testid=cancel]').click();
    await page.locator('[data-testid=cancelled]').waitFor();
    expect(await page.locator('[data-testid=progress]').count()).toBe(0);
    expect(await page.locator('[data-testid=review-row]').count()).toBe(0);
    // A fresh worker takes the next check.
    await page.setInputFiles('[data-testid=batch-drop-input]', path.join(CASES, GOOD[0]));
    await page.getByText(/^共 1 个文件：已检查 1 个案例，无法读取 0 个，/).waitFor({ timeout: 60_000 });
  }, 180_000);
});
