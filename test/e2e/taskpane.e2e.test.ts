/**
 * The task pane end to end, in headless Chromium (Debian's, via playwright-core): the
 * production build of taskpane.html served from 127.0.0.1, with the Office.js URL routed
 * to a scripted Office/Word double (test/e2e/fake-office.js, a fixture, never shipped).
 * Typing into the fake document updates the counts, clicking a diagnostic selects its
 * place (the double records the selection), and the ribbon's ?action=insertTemplate fills
 * an empty document. Screenshots: see screenshotDir() (UPDATE_SCREENSHOTS=1 refreshes docs/screenshots).
 *
 * The build is the shared test build (test/helpers/built-dist.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FakeOfficeOptions, FakeParagraph, FakeState } from './fake-office';
import type { CaseDocument } from '../../src/core/model/types';
import { NEU_2024 } from '../../src/core/profile';
import { templateBlocks } from '../../src/template';
import { SETTINGS_PROPERTY } from '../../src/word/types';
import { han, validBranchCase } from '../helpers/case-doc';
import { builtDist, CHROMIUM_LAUNCH, screenshotDir, serveStatic, type StaticServer } from '../helpers/built-dist';

/* eslint-disable @typescript-eslint/no-require-imports */
const { chromium } = require('playwright-core') as typeof import('playwright-core');
/* eslint-enable @typescript-eslint/no-require-imports */

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FAKE_OFFICE = fs.readFileSync(path.join(__dirname, 'fake-office.js'), 'utf8');
const SHOTS = screenshotDir();

let server: StaticServer;
let base: string;
let browser: Browser;
const external: string[] = [];




/** A model document as the double's recorded paragraphs (what Word would report). */
function toFake(doc: CaseDocument): FakeParagraph[] {
  return doc.paragraphs.map((p) => ({
    text: p.text,
    styleBuiltIn: p.builtinStyle ?? 'Normal',
    outlineLevel: p.outlineLevel !== undefined ? p.outlineLevel + 1 : 10,
    pictures: p.pictures.map(() => ''),
    bold: p.bold,
  }));
}

async function openPane(options: FakeOfficeOptions, query = '', viewport = { width: 380, height: 1100 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((o) => {
    (window as unknown as { __FAKE_OFFICE_OPTIONS__: unknown }).__FAKE_OFFICE_OPTIONS__ = o;
  }, options as unknown as Record<string, unknown>);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: FAKE_OFFICE });
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  await page.goto(`${base}/taskpane.html${query}`);
  return { page, errors };
}

function fakeState(page: Page): Promise<Pick<FakeState, 'selections' | 'properties'> & { texts: string[]; styles: string[]; tags: string[][] }> {
  return page.evaluate(() => {
    const fake = (window as unknown as { __fakeWord: { state: FakeState } }).__fakeWord;
    return {
      selections: fake.state.selections,
      properties: fake.state.properties,
      texts: fake.state.paragraphs.map((p) => p.text),
      styles: fake.state.paragraphs.map((p) => p.styleBuiltIn),
      tags: fake.state.paragraphs.map((p) => p.controls.map((c) => c.tag)),
    };
  });
}

async function bodyCount(page: Page): Promise<number> {
  const text = (await page.getByRole('progressbar', { name: /^案例正文/ }).getAttribute('aria-valuetext')) ?? '';
  return Number(/^(\d+) 字/.exec(text)?.[1]);
}

beforeAll(async () => {
  server = await serveStatic((await builtDist()).dir);
  base = server.origin;
  browser = await chromium.launch(CHROMIUM_LAUNCH);
  fs.mkdirSync(SHOTS, { recursive: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(external).toEqual([]);
});

/** A branch case whose summary is far too short, so that there is a diagnostic to click. */
const CASE = validBranchCase().build();
const SUMMARY_INDEX = CASE.paragraphs.findIndex((p) => p.text === '案例简介') + 1;
CASE.paragraphs[SUMMARY_INDEX].text = han(60);
const PRACTICE_INDEX = CASE.paragraphs.findIndex((p) => p.text === '二、主要做法') + 1;

describe('task pane in Chromium', () => {
  it('loads office.js from the official URL and reads the document into counts', async () => {
    const html = fs.readFileSync(path.join((await builtDist()).dir, 'taskpane.html'), 'utf8');
    // Office.js first (minified HTML drops the quotes), then the bundle.
    const office = html.search(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    expect(office).toBeGreaterThan(-1);
    expect(office).toBeLessThan(html.search(/<script defer src="?taskpane\./));
    const { page, errors } = await openPane({ apiVersion: '1.6', paragraphs: toFake(CASE), properties: { [SETTINGS_PROPERTY]: JSON.stringify({ category: 'branch.teacher' }) } });
    await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
    expect(await page.getByRole('radio', { name: '教师党支部' }).isChecked()).toBe(true);
    const summary = await page.getByRole('progressbar', { name: /^案例简介/ }).getAttribute('aria-valuetext');
    expect(summary).toBe('60 字 / 200 字左右 · 明显过短');
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-light.png'), fullPage: true });
    await page.getByRole('tab', { name: '指引' }).click();
    const deadline = page.getByText(/^报送截止时间：/);
    expect(await deadline.innerText()).toBe('报送截止时间：2024年11月27日');
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-guide.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  // WordApi 1.6 reports paragraph changes; below it the pane listens to selection changes.
  it.each(['1.6', '1.3'])('typing into the document updates the counts after the pause (WordApi %s)', async (apiVersion) => {
    const { page, errors } = await openPane({ apiVersion, paragraphs: toFake(CASE) });
    await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
    const before = await bodyCount(page);
    const practice = CASE.paragraphs[PRACTICE_INDEX].text;
    await page.evaluate(
      ([i, text]) => (window as unknown as { __fakeWord: { type(i: number, t: string): void } }).__fakeWord.type(i as number, text as string),
      [PRACTICE_INDEX, practice + han(123)],
    );
    await page.waitForFunction(
      (expected) => {
        const bar = [...document.querySelectorAll('[role=progressbar]')].find((b) => (b.getAttribute('aria-label') ?? '').startsWith('案例正文'));
        return bar?.getAttribute('aria-valuetext')?.startsWith(`${expected} 字`);
      },
      before + 123,
      { timeout: 10_000 },
    );
    expect(await bodyCount(page)).toBe(before + 123);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('clicking a diagnostic selects its place in Word', async () => {
    const { page } = await openPane({ apiVersion: '1.6', paragraphs: toFake(CASE), properties: { [SETTINGS_PROPERTY]: JSON.stringify({ category: 'branch.teacher' }) } });
    const button = page.getByRole('button', { name: /案例简介.*在文档中定位/ });
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __fakeWord: { state: FakeState } }).__fakeWord.state.selections.length > 0);
    const { selections } = await fakeState(page);
    // The summary diagnostic points at the summary part: its heading or its text.
    expect([SUMMARY_INDEX - 1, SUMMARY_INDEX]).toContain(selections[0].paragraph);
    await page.close();
  }, 60_000);

  it('the ribbon action fills an empty document with the template, asking for the category first', async () => {
    const { page, errors } = await openPane({ apiVersion: '1.3', paragraphs: [{ text: '' }] }, '?action=insertTemplate');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Let the open motion finish before the picture.
    await page.waitForFunction(() => {
      const surface = document.querySelector('[role=dialog]');
      return surface !== null && getComputedStyle(surface).opacity === '1' && surface.getAttribute('aria-hidden') !== 'true';
    });
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-insert-dialog.png') });
    await dialog.getByRole('radio', { name: '党支部' }).click();
    await dialog.getByRole('radio', { name: '学生党支部' }).click();
    await dialog.getByRole('button', { name: '插入', exact: true }).click();
    await page.getByText('已插入案例模板。').waitFor();
    const state = await fakeState(page);
    const blocks = templateBlocks(NEU_2024, 'branch.student');
    expect(state.texts[0]).toBe(NEU_2024.name);
    expect(state.styles[0]).toBe('Title');
    const flowing = blocks.filter((b) => b.kind !== 'cover-row').map((b) => b.text);
    expect(state.texts.filter((t) => flowing.includes(t))).toEqual(flowing);
    expect(state.tags.flat()).toEqual([]);
    expect(JSON.parse(state.properties[SETTINGS_PROPERTY])).toEqual({ category: 'branch.student' });
    // The pane re-reads: the summary part is now found (its placeholder still flagged).
    await page.getByRole('progressbar', { name: /^案例简介/ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('follows a dark Office theme', async () => {
    const { page } = await openPane({
      apiVersion: '1.6',
      paragraphs: toFake(CASE),
      theme: { bodyBackgroundColor: '#262626' },
      properties: { [SETTINGS_PROPERTY]: JSON.stringify({ category: 'branch.teacher' }) },
    });
    await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
    const bg = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-dark.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('below WordApi 1.3 says plainly what is needed', async () => {
    const { page } = await openPane({ apiVersion: '1.2', paragraphs: [{ text: 'x' }] });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Word JavaScript API 1.3');
    await page.close();
  }, 60_000);
});
