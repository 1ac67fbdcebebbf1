/**
 * Every host the manifest admits loads the pane or says why not, in headless Chromium:
 * - EdgeHTML 18 (Word 2016/2019 retail, Microsoft 365 without WebView2), emulated by taking
 *   away every built-in and Web API it lacks (MDN's compatibility data, ./edgehtml.ts):
 *   the pane runs and shows its report;
 * - Internet Explorer (Trident): told at once, and the pane's script does not start;
 * - Office.js that does not load (no network; a campus proxy answering with its login
 *   page): named as such, not as an old Word;
 * - a Word that never answers: the pane says so instead of waiting forever.
 */
import type { Page } from 'playwright-core';
import messages from '../../src/taskpane/startup-messages.json';
import { han, validBranchCase } from '../helpers/case-doc';
import { EDGEHTML_18_UA, missingInEdge18, takeAway } from './edgehtml';
import { openPane, startPaneHarness, toFake, type PaneHarness } from './pane-harness';

/* eslint-disable @typescript-eslint/no-require-imports */
const { WATCHDOG_MS } = require('../../scripts/boot-script') as { WATCHDOG_MS: number };
/* eslint-enable @typescript-eslint/no-require-imports */

let h: PaneHarness;
/** A branch case whose summary is far too short, so that there is a diagnostic to click. */
const CASE = toFake(validBranchCase().build()).map((p) => (p.text === han(200) ? { ...p, text: han(60) } : p));

beforeAll(async () => {
  h = await startPaneHarness();
}, 900_000);

afterAll(async () => {
  await h?.close();
});

afterEach(() => {
  expect(h.external).toEqual([]);
});

async function alertKind(page: Page): Promise<string | null> {
  const alert = page.locator('[role=alert][data-kind]');
  await alert.waitFor();
  return alert.getAttribute('data-kind');
}

test('EdgeHTML 18: with everything it lacks taken away, the pane runs, and every control works', async () => {
  const missing = missingInEdge18();
  const { page, errors } = await openPane(
    h,
    { apiVersion: '1.3', paragraphs: CASE },
    { userAgent: EDGEHTML_18_UA, init: { script: takeAway as (arg: never) => void, arg: missing } },
  );
  await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
  const taken = await page.evaluate(() => (window as unknown as { __takenAway: string[] }).__takenAway);
  // The stand-in is unkind: the modern built-ins the bundle could have used are gone.
  expect(taken).toEqual(
    expect.arrayContaining(['globalThis', 'Object.fromEntries', 'Array.flat', 'String.matchAll', 'ResizeObserver', 'queueMicrotask', 'Element.animate', 'TextDecoder', 'WeakRef', 'CSS.escape']),
  );
  expect(taken.length).toBeGreaterThan(500);
  // Every control: a category (saved in the document), a diagnostic (selected in Word), the
  // other tabs, the template dialog (motion without Element.animate), the exact check
  // (the .docx reader without TextDecoder).
  // The cover declares 教师党支部: choosing another saves it in the document.
  await page.getByRole('radio', { name: '学生党支部' }).click();
  await page.getByRole('button', { name: /在文档中定位/ }).first().click();
  await page.waitForFunction(() => (window as unknown as { __fakeWord: { state: { selections: unknown[] } } }).__fakeWord.state.selections.length > 0);
  await page.getByRole('tab', { name: '指引' }).click();
  await page.getByText(/^报送截止时间：/).waitFor();
  await page.getByRole('tab', { name: '关于' }).click();
  await page.getByRole('button', { name: '复制诊断信息' }).waitFor();
  await page.getByRole('tab', { name: '检查' }).click();
  await page.getByRole('button', { name: '插入案例模板' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: '精确核对', exact: true }).click();
  await page.getByText('精确核对结果').waitFor();
  expect(errors).toEqual([]);
  const saved = await page.evaluate(() => (window as unknown as { __fakeWord: { state: { properties: Record<string, string> } } }).__fakeWord.state.properties['CaseAssistant.settings']);
  expect(JSON.parse(saved)).toEqual({ category: 'branch.student' });
  await page.close();
}, 120_000);

test('Internet Explorer (Trident): the page says so at once and the pane never starts', async () => {
  const { page } = await openPane(h, { apiVersion: '1.3', paragraphs: CASE }, { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko' });
  expect(await alertKind(page)).toBe('oldRuntime');
  expect(await page.locator('[role=alert]').innerText()).toContain(messages.kinds.oldRuntime.title);
  const runs = await page.evaluate(() => (window as unknown as { __fakeWord: { state: { runs: unknown[] } } }).__fakeWord.state.runs.length);
  expect(runs).toBe(0);
  // The way on: the checker page on the same server.
  expect(await page.getByRole('link', { name: messages.checkerLink }).getAttribute('href')).toBe('checker.html');
  await page.close();
}, 60_000);

test('Office.js that cannot be downloaded is named as such', async () => {
  const { page } = await openPane(h, {}, { officeJs: 'abort' });
  expect(await alertKind(page)).toBe('officeJs');
  expect(await page.locator('[role=alert]').innerText()).toContain(messages.kinds.officeJs.title);
  await page.close();
}, 60_000);

test('a campus proxy\'s login page instead of Office.js: named as Office.js not loading', async () => {
  const { page } = await openPane(h, {}, {
    officeJs: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>请登录校园网</body></html>' }),
  });
  expect(await alertKind(page)).toBe('officeJs');
  await page.close();
}, 60_000);

test('a host that never finishes starting (Office.onReady never settles): after the watchdog, Word did not answer', async () => {
  const { page } = await openPane(h, {}, {
    clock: true,
    officeJs: (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.Office = { onReady: function () { return new Promise(function () {}); }, HostType: { Word: "Word" } };' }),
  });
  await page.getByText('正在读取文档…').waitFor();
  await page.clock.runFor(WATCHDOG_MS - 1_000);
  expect(await page.getByText('正在读取文档…').count()).toBe(1);
  await page.clock.runFor(1_000);
  expect(await alertKind(page)).toBe('noAnswer');
  await page.close();
}, 60_000);

test('a Word whose syncs never settle: the pane renders, then says Word did not answer, and recovers on the next read', async () => {
  const { page } = await openPane(h, { apiVersion: '1.6', paragraphs: CASE, hangSyncs: 2 }, { clock: true });
  // The read and the settings load hang; after 150 ms the pane renders without them.
  await page.clock.runFor(500);
  await page.getByRole('button', { name: '重新检查' }).waitFor();
  await page.clock.runFor(20_000);
  await page.getByText(/Word 在 20 秒内没有完成读取/).waitFor();
  // The next read works (the double hangs twice only).
  await page.getByRole('button', { name: '重新检查' }).click();
  await page.clock.runFor(1_000);
  await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
  await page.close();
}, 60_000);

test('outside Word (Office.js loads, but no host): asks to open it in Word', async () => {
  const { page } = await openPane(h, {}, {
    officeJs: (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); }, HostType: { Word: "Word" } };' }),
  });
  expect(await alertKind(page)).toBe('notWord');
  await page.close();
}, 60_000);

test('WordApi 1.2: this Word is too old, with its version to report', async () => {
  const { page } = await openPane(h, { apiVersion: '1.2', paragraphs: [{ text: 'x' }] });
  expect(await alertKind(page)).toBe('oldApi');
  const text = await page.locator('[role=alert]').innerText();
  expect(text).toContain('Word JavaScript API 1.3');
  expect(text).toContain('WordApi 1.2');
  await page.close();
}, 60_000);
