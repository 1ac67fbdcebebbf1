/**
 * The checker page end to end, in headless Chromium (Debian's, via playwright-core): the
 * production build of checker.html served from 127.0.0.1, real .docx files (LibreOffice
 * fixtures and Word's own files) uploaded as a folder and as files, the table, the batch
 * problems, the filters, the detail view, the .xlsx download read back with exceljs, the
 * single-author mode and the template download. Nothing may be requested from elsewhere.
 *
 * The build is the shared test build (test/helpers/built-dist.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { readDocx } from '../../src/docx';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { warningAndHintCase } from '../helpers/author-cases';
import { createFakeOffice } from './fake-office';
import { BAD, CASES, GOOD, PRIOR, PRIOR_CSV, SCANS, WORD_FILES } from './checker-fixtures';
import { builtDist, CHROMIUM_LAUNCH, screenshotDir, serveStatic, type StaticServer, isLocalRequest } from '../helpers/built-dist';

/* eslint-disable @typescript-eslint/no-require-imports */
const { chromium } = require('playwright-core') as typeof import('playwright-core');
/* eslint-enable @typescript-eslint/no-require-imports */

const SCREENSHOT = path.join(screenshotDir(), 'checker.png');
const NEU_NOTICE = path.resolve(__dirname, '..', '..', '..', 'shared', 'notice', '2024-notice.txt');

let tmp: string;
let server: StaticServer;
let base: string;
let browser: Browser;
const external: string[] = [];




async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  page.on('request', (r) => {
    if (!isLocalRequest(r.url(), base)) external.push(r.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/checker.html`);
  await page.getByRole('heading', { name: '案例检查' }).waitFor();
  expect(errors).toEqual([]);
  return page;
}

async function rowsByFile(page: Page): Promise<Map<string, string[]>> {
  const rows = page.locator('[data-testid=review-row]');
  const out = new Map<string, string[]>();
  for (let i = 0; i < (await rows.count()); i++) {
    const r = rows.nth(i);
    out.set((await r.getAttribute('data-file')) as string, await r.locator('td').allInnerTexts());
  }
  return out;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'checker-e2e-'));
  server = await serveStatic((await builtDist()).dir);
  base = server.origin;
  browser = await chromium.launch(CHROMIUM_LAUNCH);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

afterEach(() => {
  expect(external).toEqual([]);
});

describe('checker page: a folder of cases', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage();
    // Earlier cases: the CSV title list and one earlier .docx (the original of a near-copy).
    await page.setInputFiles('[data-testid=prior-drop-input]', [PRIOR_CSV, path.join(PRIOR, '2023/冶金学院-支部建在团队上.docx')]);
    await page.getByText('已载入往年案例 4 项').waitFor();
    await page.setInputFiles('[data-testid=batch-drop-folder]', CASES);
    await page.locator('[data-testid=batch-summary]').waitFor({ timeout: 60_000 });
  }, 120_000);
  afterAll(async () => {
    await page?.close();
  });

  it('shows one row per file, readable or not', async () => {
    expect(await page.locator('[data-testid=batch-summary]').innerText()).toBe('共 18 个文件：已检查 10 个案例，无法读取 7 个，盖章扫描件 1 个，涉及 4 个申报单位');
    const rows = await rowsByFile(page);
    expect([...rows.keys()].sort()).toEqual([...GOOD, ...Object.keys(BAD), ...SCANS].map((f) => `cases/${f}`).sort());
    // Columns: file, unit, title, category, contact, phone, summary, body, pictures, errors, warnings, problems.
    const over = rows.get('cases/冶金学院/冶金学院党委案例.docx') as string[];
    expect(over.slice(1, 4)).toEqual(['冶金学院党委', '“冶金铸魂”工程推动高质量发展', '分党委（直属党总支）']);
    expect(Number(over[7])).toBeGreaterThan(2000);
    expect(over[9]).toBe('1');
    expect(over[11]).toContain('2000 字以内');
    expect(rows.get('cases/信息学院/智慧党建平台.docx')?.[8]).toBe('3');
    expect(rows.get('cases/材料学院/新材料创新平台.docx')?.[11]).toContain('超过 20 字');
    const student = rows.get('cases/材料学院/材料学院 案例 二（学生党支部）.docx') as string[];
    expect(student[3]).toBe('学生党支部');
    expect(student[11]).toContain('超出限报数量');
    for (const bad of Object.keys(BAD)) {
      const r = rows.get(`cases/${bad}`) as string[];
      expect({ bad, category: r[3], errors: r[9] }).toEqual({ bad, category: '无法读取', errors: '1' });
    }
    expect(rows.get('cases/扫描件/首页盖章扫描件.pdf')?.slice(3, 4)).toEqual(['盖章扫描件']);
    expect(rows.get('cases/文法学院/压缩炸弹.docx')?.[11]).toContain('压缩炸弹');
    expect(rows.get('cases/文法学院/加密的案例.docx')?.[11]).toContain('加密');
    expect(rows.get('cases/文法学院/旧版文档案例.doc')?.[11]).toContain('97-2003');
  });

  it('lists the batch problems above the table', async () => {
    const bar = (rule: string) => page.locator(`[data-testid=batch-problems] [data-rule="${rule}"]`);
    const quota = await bar('unit-quota').allInnerTexts();
    expect(quota.some((t) => t.includes('材料科学与工程学院党委') && t.includes('3 项案例'))).toBe(true);
    expect(quota.some((t) => t.includes('外国语学院/未填写单位的案例.docx'))).toBe(true);
    const levels = await bar('unit-levels').allInnerTexts();
    expect(levels).toHaveLength(2);
    expect(levels.join()).toContain('信息科学与工程学院党委');
    const resub = await bar('resubmission').allInnerTexts();
    expect(resub).toHaveLength(2);
    // By title, against the CSV list; by text, against the earlier .docx (a reworded copy).
    expect(resub.find((t) => t.includes('新材料创新平台.docx'))).toMatch(/党建引领新材料创新平台建设.*依据：标题/);
    expect(resub.find((t) => t.includes('支部建在团队上（修改稿）.docx'))).toMatch(/冶金学院-支部建在团队上\.docx.*相似度 \d+%，依据：正文/);
    expect(await bar('file-format').innerText()).toContain('错误 · 7 个文件无法作为 Word 文档（.docx）读取');
  });

  it('filters by unit, category and severity', async () => {
    const pick = async (testId: string, option: string) => {
      await page.locator(`[data-testid=${testId}]`).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    const count = () => page.locator('[data-testid=review-row]').count();
    await pick('filter-unit', '材料科学与工程学院党委');
    expect(await count()).toBe(3);
    await pick('filter-category', '学生党支部');
    expect(await count()).toBe(1);
    await pick('filter-unit', '全部单位');
    await pick('filter-category', '全部类别');
    await pick('filter-severity', '无法读取');
    expect(await count()).toBe(7);
    await pick('filter-severity', '全部');
    expect(await count()).toBe(18);
  });

  it('opens a case in the detail view with its parts, counts and diagnostics', async () => {
    await page.locator('[data-testid=review-row][data-file="cases/冶金学院/冶金学院党委案例.docx"]').click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    const text = await drawer.innerText();
    expect(text).toContain('“冶金铸魂”工程推动高质量发展');
    for (const part of ['案例简介', '实施背景', '主要做法', '经验启示']) expect(text).toContain(part);
    expect(text).toContain('2000 字以内');
    await page.screenshot({ path: path.join(tmp, 'drawer.png') });
    await drawer.getByRole('button', { name: '关闭' }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('downloads the review table as .xlsx with a second sheet of all diagnostics and a third of the submission board', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=download-xlsx]').click()]);
    expect(download.suggestedFilename()).toMatch(/^案例审核表-.*\.xlsx$/);
    const file = path.join(tmp, 'review.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['审核表', '全部问题', '报送情况']);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('文件');
    expect(sheet.rowCount).toBe(19);
    const cells = new Map<string, ExcelJS.Row>();
    sheet.eachRow((r, i) => i > 1 && cells.set(String(r.getCell(1).value), r));
    const over = cells.get('cases/冶金学院/冶金学院党委案例.docx') as ExcelJS.Row;
    expect(over.getCell(2).value).toBe('冶金学院党委');
    expect(over.getCell(8).value as number).toBeGreaterThan(2000);
    expect(String(cells.get('cases/材料学院/新材料创新平台.docx')?.getCell(14).value)).toContain('往年案例');
    let quota = false;
    wb.worksheets[1].eachRow((r) => {
      if (r.getCell(2).value === 'unit-quota' && String(r.getCell(1).value).includes('材料学院')) quota = true;
    });
    expect(quota).toBe(true);
  });

  it('downloads the review table as .csv with a BOM', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=download-csv]').click()]);
    // The notice it was checked against is in its name (the .xlsx has it in its properties).
    expect(download.suggestedFilename()).toMatch(/^案例审核表-neu-2024-\d{8}-\d{4}\.csv$/);
    const file = path.join(tmp, 'review.csv');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('cases/文法学院/WPS 文档案例.wps');
  });

  it('keeps a screenshot of the results', async () => {
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });
});

describe('checker page: Word files and single-author mode', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('checks files made by Word', async () => {
    const files = fs.readdirSync(WORD_FILES).filter((f) => f.endsWith('.docx'));
    await page.setInputFiles('[data-testid=batch-drop-input]', files.map((f) => path.join(WORD_FILES, f)));
    await page.locator('[data-testid=batch-summary]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=batch-summary]').innerText()).toContain(`已检查 ${files.length} 个案例，无法读取 0 个`);
    expect(await page.locator('[data-testid=review-row]').count()).toBe(files.length);
  });

  it('takes files dropped on the page', async () => {
    const names = ['机械学院/案例一（分党委）.docx', '文法学院/旧版文档案例.doc'];
    const payload = names.map((n) => ({ name: path.basename(n), b64: fs.readFileSync(path.join(CASES, n)).toString('base64') }));
    const dt = await page.evaluateHandle((files) => {
      const t = new DataTransfer();
      for (const f of files) t.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
      return t;
    }, payload);
    await page.dispatchEvent('[data-testid=batch-drop]', 'drop', { dataTransfer: dt });
    await page.getByText('共 2 个文件：已检查 1 个案例，无法读取 1 个').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=review-row]').count()).toBe(2);
  });

  it('checks one file, and pasted text with a chosen category', async () => {
    await page.getByRole('tab', { name: '单篇检查（作者自查）' }).click();
    await page.setInputFiles('[data-testid=single-drop-input]', path.join(CASES, '机械学院/案例二（教师党支部）.docx'));
    const result = page.locator('[data-testid=single-result]');
    await result.getByText('检查对象：案例二（教师党支部）.docx').waitFor();
    expect(await result.innerText()).toContain('实施背景');

    await page.locator('[data-testid=single-category]').click();
    await page.getByRole('option', { name: '党支部', exact: true }).click();
    await page.locator('[data-testid=single-text]').fill('案例名称：测试\n申报单位（盖章）：测试学院党委\n案例简介\n简介内容很短。\n一、实施背景\n背景。\n二、主要做法\n做法。\n三、经验启示\n启示。');
    await page.locator('[data-testid=single-check-text]').click();
    await result.getByText('检查对象：粘贴的文本').waitFor();
    const text = await result.innerText();
    expect(text).toContain('案例简介');
    expect(text).toMatch(/错误 \d+ 项/);

    await page.setInputFiles('[data-testid=single-drop-input]', path.join(CASES, '文法学院/旧版文档案例.doc'));
    await result.getByText('97-2003').waitFor();
  });

  it('says when the author chose another notice for the document in Word, and checks it again under that one when asked', async () => {
    // The Word double's own .docx after the pane saved the author's choice of notice (广东白云学院 2020).
    const paragraphs = warningAndHintCase().paragraphs.map((p) => ({
      text: p.text,
      styleBuiltIn: p.builtinStyle ?? 'Normal',
      outlineLevel: p.outlineLevel !== undefined ? p.outlineLevel + 1 : 10,
      pictures: p.pictures.map(() => ''),
    }));
    const file = path.join(tmp, '选了白云通知的案例.docx');
    fs.writeFileSync(file, createFakeOffice({ apiVersion: '1.7', platform: 'PC', paragraphs, properties: { [SETTINGS_PROPERTY]: '{"profile":"baiyun-2020"}' } }).docx());

    const result = page.locator('[data-testid=single-result]');
    await page.setInputFiles('[data-testid=single-drop-input]', file);
    await result.getByText('检查对象：选了白云通知的案例.docx').waitFor();
    const bar = page.locator('[data-testid=saved-profile]');
    expect(await bar.innerText()).toContain(
      '作者在 Word 加载项中为此文档选的通知是“广东白云学院“一支部一特色”项目结题（2020）”，当前按“东北大学 2024 年度基层党建工作创新奖暨党建“一融双高”建设案例”检查，字数限额和各部分可能不同。',
    );
    expect(await result.innerText()).toContain('实施背景');
    await page.screenshot({ path: path.join(screenshotDir(), 'checker-saved-profile.png') });

    await page.locator('[data-testid=use-saved-profile]').click();
    await page.getByText('广东白云学院“一支部一特色”项目结题（2020） ·', { exact: false }).waitFor();
    expect(await page.locator('[data-testid=profile-select]').inputValue()).toBe('baiyun-2020');
    // The same file, checked again under the 2020 notice: its parts, and no bar.
    await result.getByText('检查对象：选了白云通知的案例.docx').waitFor();
    await result.getByText('活动主题与思路').first().waitFor();
    expect(await bar.count()).toBe(0);

    await page.locator('[data-testid=profile-select]').selectOption('neu-2024');
    await page.getByText('东北大学 2024 年度基层党建工作创新奖暨党建“一融双高”建设案例 ·', { exact: false }).waitFor();
  });

  it('downloads the blank template as a .docx the reader accepts', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=download-template]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = path.join(tmp, 'template.docx');
    await download.saveAs(file);
    const read = readDocx(new Uint8Array(fs.readFileSync(file)));
    expect(read.ok).toBe(true);
  });

  it('checks against another notice chosen on the page, and lists a profile file’s mistakes by JSON path (issue 14)', async () => {
    await page.locator('[data-testid=profile-select]').selectOption('baiyun-2020');
    // Loaded on demand: the page names it once it is in use (a file given before would go to the old panel).
    await page.getByText('广东白云学院“一支部一特色”项目结题（2020） ·', { exact: false }).waitFor();
    const result = page.locator('[data-testid=single-result]');
    await page.setInputFiles('[data-testid=single-drop-input]', path.join(__dirname, '../golden/profiles/baiyun-2020/fail.docx'));
    await result.getByText('检查对象：fail.docx').waitFor();
    const text = await result.innerText();
    expect(text).toContain('活动主题与思路');
    expect(text).toContain('图片共 2 组，少于要求的 3 张（组）');

    const neu = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/profiles/neu-2024.json'), 'utf8'));
    const bad = path.join(tmp, '2025-有误.json');
    fs.writeFileSync(bad, JSON.stringify({ ...neu, id: 'neu-2025', pictures: { ...neu.pictures, maxGroups: -1 } }));
    await page.setInputFiles('[data-testid=profile-file]', bad);
    const problem = page.locator('[data-testid=profile-problem]');
    await problem.getByText('$.pictures.maxGroups：不应小于 0，实为 -1').waitFor();
    expect(await page.locator('[data-testid=profile-select]').inputValue()).toBe('baiyun-2020');

    const good = path.join(tmp, '2025.json');
    fs.writeFileSync(good, JSON.stringify({ ...neu, id: 'neu-2025', name: '东北大学 2025 年度案例（试用）' }));
    await page.setInputFiles('[data-testid=profile-file]', good);
    await page.getByText('东北大学 2025 年度案例（试用） ·', { exact: false }).waitFor();
    expect(await page.locator('[data-testid=profile-select]').inputValue()).toBe('neu-2025');
    expect(await problem.count()).toBe(0);
    await page.screenshot({ path: path.join(screenshotDir(), 'checker-profile.png') });
    // A check and two files read on a shared machine: more than the default 30 s.
  }, 120_000);

  it('drafts a profile from a pasted notice (配置草稿) and downloads it', async () => {
    await page.getByRole('tab', { name: '配置草稿（从通知生成）' }).click();
    await page.locator('[data-testid=draft-notice]').fill(fs.readFileSync(NEU_NOTICE, 'utf8'));
    await page.locator('[data-testid=draft-make]').click();
    const row = page.locator('[data-testid=draft-row][data-path="categories.committee.bodyLimit"] td');
    expect(await row.allInnerTexts()).toEqual(['正文字数（分党委（直属党总支））', '2000 字以内', '“分党委案例 2000 字以内”', '通知原文']);
    expect(await page.locator('[data-testid=draft-row][data-guess=yes]').count()).toBe(15);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=draft-download]').click()]);
    expect(download.suggestedFilename()).toBe('配置草稿-draft-2024.json');
    const file = path.join(tmp, 'draft.json');
    await download.saveAs(file);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).pictures).toEqual(expect.objectContaining({ maxGroups: 5, caption: expect.objectContaining({ kind: 'max', value: 20 }) }));
    await page.screenshot({ path: path.join(screenshotDir(), 'checker-draft.png'), fullPage: true });
  });
});

describe('checker page: a thousand files', () => {
  it('checks every file, stays responsive and shows progress', async () => {
    const dir = path.join(tmp, 'many');
    const sources = [...GOOD.map((f) => path.join(CASES, f)), path.join(CASES, '文法学院/损坏的案例.docx')];
    let bad = 0;
    for (let i = 0; i < 1000; i++) {
      const src = sources[i % sources.length];
      if (src.endsWith('损坏的案例.docx')) bad++;
      const sub = path.join(dir, `单位${String(Math.floor(i / 50)).padStart(2, '0')}`);
      fs.mkdirSync(sub, { recursive: true });
      fs.copyFileSync(src, path.join(sub, `${String(i).padStart(4, '0')} ${path.basename(src)}`));
    }
    const page = await openPage();
    // Every count of the progress line the page's own thread shows, in order of showing.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __progress: number[] }).__progress = seen;
      new MutationObserver(() => {
        const m = /正在检查 (\d+)\/1000/.exec(document.querySelector('[data-testid=progress]')?.textContent ?? '');
        if (m && Number(m[1]) !== seen[seen.length - 1]) seen.push(Number(m[1]));
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.setInputFiles('[data-testid=batch-drop-folder]', dir);
    await page.locator('[data-testid=progress]').waitFor({ timeout: 30_000 });
    // The page's thread is free while the worker checks: it answers while the check still runs
    // (a blocked thread would answer only once the summary is there). Behaviour, not a time.
    expect(await page.evaluate(() => document.querySelector('[data-testid=batch-summary]') === null && document.querySelector('[data-testid=progress]') !== null)).toBe(true);
    await page.locator('[data-testid=batch-summary]').waitFor({ timeout: 180_000 });
    // The progress advanced on screen, step by step, while the files were checked.
    const seen = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every((n, i) => i === 0 || n > seen[i - 1])).toBe(true);
    expect(seen[seen.length - 1]).toBeLessThanOrEqual(1000);
    expect(await page.locator('[data-testid=batch-summary]').innerText()).toContain(`共 1000 个文件：已检查 ${1000 - bad} 个案例，无法读取 ${bad} 个`);
    expect(await page.locator('[data-testid=row-count]').innerText()).toContain('/ 1000 行');
    await page.close();
  }, 240_000);
});
