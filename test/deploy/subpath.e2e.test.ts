/**
 * Issue 15, points 2, 3 and 5 in headless Chromium (Debian's, via playwright-core): the
 * production build served from a sub-path (/addin/, the path of the manifest's URLs) by a
 * host that behaves like the README's nginx example (./nginx.ts: nginx's MIME types, nosniff,
 * its cache headers; 404 outside /addin/).
 *
 * - The task pane, with the Office double, shows its report, and its 关于 view the version
 *   and the notice profile; the checker page checks a real .docx in its Web Worker. Every
 *   request stays under /addin/ (a relative URL gone absolute would ask for /x.js: a 404 here,
 *   and recorded).
 * - Where the pane cannot run, both messages (the page's inline guard for Internet Explorer,
 *   the React view for a Word below WordApi 1.3) link checker.html relative to the pane: the
 *   link resolves to /addin/checker.html on the same server, and following it opens the page.
 *
 * Screenshots (UPDATE_SCREENSHOTS=1 → docs/screenshots/, used by the guides):
 * taskpane-about.png, taskpane-unsupported.png.
 */
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import messages from '../../src/taskpane/startup-messages.json';
import { builtDist, CHROMIUM_LAUNCH, screenshotDir, TEST_BUILD_URL } from '../helpers/built-dist';
import { validBranchCase } from '../helpers/case-doc';
import { openPane, partCount, toFake, type PaneHarness } from '../e2e/pane-harness';
import { serveUnderPrefix, type SubPathHost } from './nginx';

/* eslint-disable @typescript-eslint/no-require-imports */
const { chromium } = require('playwright-core') as typeof import('playwright-core');
const { version } = require('../../package.json') as { version: string };
/* eslint-enable @typescript-eslint/no-require-imports */

const SUB_PATH = new URL(TEST_BUILD_URL).pathname + '/';
const CASE_FILE = path.resolve(__dirname, '../fixtures/batch/cases/信息学院/红色引擎.docx');
const TRIDENT_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko';

let host: SubPathHost;
let h: PaneHarness;

beforeAll(async () => {
  host = await serveUnderPrefix((await builtDist()).dir, SUB_PATH);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  h = {
    browser,
    server: { origin: host.origin, close: host.close },
    // openPane goes to `${base}/taskpane.html` and refuses (and records) anything not under base.
    base: host.origin + SUB_PATH.replace(/\/$/, ''),
    external: [],
    close: async () => {
      await browser.close();
      await host.close();
    },
  };
}, 900_000);

afterAll(async () => {
  await h?.close();
});

beforeEach(() => {
  host.requests.length = 0;
});

afterEach(() => {
  expect(h.external).toEqual([]);
  // Chromium asks every origin for /favicon.ico by itself (the checker page names no icon):
  // that is the browser, not the site leaving its sub-path.
  expect(host.requests.filter((p) => !p.startsWith(SUB_PATH) && p !== '/favicon.ico')).toEqual([]);
});

/** The pane from its top down to the bottom of `last` (the guides print it; no empty viewport below). */
async function shoot(page: Page, last: Locator, name: string): Promise<void> {
  const box = await last.boundingBox();
  if (!box) throw new Error(`nothing to photograph for ${name}`);
  const width = page.viewportSize()!.width;
  await page.screenshot({ path: path.join(screenshotDir(), name), clip: { x: 0, y: 0, width, height: Math.ceil(box.y + box.height + 16) } });
}

/** Follows the "打开检查页面" link of a page and returns the page it opened. */
async function followCheckerLink(page: Page): Promise<Page> {
  const link = page.getByRole('link', { name: messages.checkerLink });
  expect(await link.getAttribute('href')).toBe('checker.html');
  expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${host.origin}${SUB_PATH}checker.html`);
  const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await opened.getByRole('heading', { name: '案例检查' }).waitFor();
  expect(new URL(opened.url()).pathname).toBe(`${SUB_PATH}checker.html`);
  return opened;
}

test('the task pane runs from /addin/ and its 关于 view shows the version and the notice profile', async () => {
  const { page, errors } = await openPane(h, { apiVersion: '1.3', paragraphs: toFake(validBranchCase().build()) });
  await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
  expect(await partCount(page, '案例简介')).toBe(200);
  await page.getByRole('tab', { name: '关于' }).click();
  const lines = (await page.getByRole('textbox', { name: '关于案例助手' }).inputValue()).split('\n');
  expect(lines[0]).toBe(`案例助手 版本 ${version}`);
  expect(lines[1]).toBe('通知配置：东北大学 2024 年度基层党建工作创新奖暨党建“一融双高”建设案例（neu-2024）');
  // The pane's own files came from the sub-path: its script, the Griffel stylesheet, a lazy chunk.
  expect(host.requests).toEqual(expect.arrayContaining([`${SUB_PATH}taskpane.html`, expect.stringMatching(/^\/addin\/taskpane\.[0-9a-f]{8}\.js$/), expect.stringMatching(/^\/addin\/griffel\.[0-9a-f]{8}\.css$/)]));
  // The stylesheet applied (served as text/css under nosniff): Fluent's tokens are defined.
  expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/addin/griffel.')))).toBe(true);
  await shoot(page, page.getByRole('button', { name: '复制诊断信息' }), 'taskpane-about.png');
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('the checker page runs from /addin/: a .docx is checked in its Web Worker', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${host.origin}${SUB_PATH}checker.html`);
  await page.getByRole('heading', { name: '案例检查' }).waitFor();
  await page.getByRole('tab', { name: '单篇检查（作者自查）' }).click();
  await page.setInputFiles('[data-testid=single-drop-input]', CASE_FILE);
  const result = page.locator('[data-testid=single-result]');
  await result.getByText('检查对象：红色引擎.docx').waitFor();
  await result.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  // The worker and its chunks were fetched from the sub-path, next to the page.
  expect(host.requests.filter((p) => /\.[0-9a-f]{8}\.js$/.test(p)).length).toBeGreaterThan(1);
  await context.close();
}, 120_000);

test('Internet Explorer: the inline guard\'s link opens the checker page on the same server, under /addin/', async () => {
  const { page } = await openPane(h, { apiVersion: '1.3', paragraphs: [{ text: 'x' }] }, { userAgent: TRIDENT_UA });
  await page.locator('[role=alert][data-kind=oldRuntime]').waitFor();
  await shoot(page, page.locator('[role=alert]'), 'taskpane-unsupported.png');
  const opened = await followCheckerLink(page);
  await opened.close();
  await page.close();
}, 60_000);

test('Word below WordApi 1.3: the React view\'s link opens the checker page on the same server, under /addin/', async () => {
  const { page, errors } = await openPane(h, { apiVersion: '1.2', paragraphs: [{ text: 'x' }] });
  await page.locator('[role=alert][data-kind=oldApi]').waitFor();
  // The React view, not the guard: the guard never renders oldApi.
  expect(await page.locator('.legacy').count()).toBe(0);
  const opened = await followCheckerLink(page);
  await opened.close();
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);
