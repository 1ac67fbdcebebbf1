/**
 * The task pane end to end, in headless Chromium (Debian's, via playwright-core): the
 * production build of taskpane.html served from 127.0.0.1, with the Office.js URL routed
 * to the scripted Office/Word double (test/e2e/fake-office.js, a fixture, never shipped),
 * as unkind as Word: on WordApi 1.3, 1.6 and 1.7 hosts. Typing into the fake document
 * updates the counts, clicking a diagnostic selects its place (the double records the
 * selection), the ribbon's ?action=insertTemplate fills an empty document and never a
 * document holding a floating picture, and 精确核对 reads the document's own .docx.
 * Screenshots: see screenshotDir() (UPDATE_SCREENSHOTS=1 refreshes docs/screenshots).
 *
 * The build is the shared test build (test/helpers/built-dist.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { FakeParagraph, FakeState } from './fake-office';
import { NEU_2024 } from '../../src/core/profile';
import { templateBlocks } from '../../src/template';
import { SETTINGS_PROPERTY } from '../../src/word/types';
import { han, validBranchCase } from '../helpers/case-doc';
import { builtDist, screenshotDir } from '../helpers/built-dist';
import { fakeState, openPane, partCount, startPaneHarness, toFake, type PaneHarness } from './pane-harness';

const SHOTS = screenshotDir();
let h: PaneHarness;

beforeAll(async () => {
  h = await startPaneHarness();
  fs.mkdirSync(SHOTS, { recursive: true });
}, 900_000);

afterAll(async () => {
  await h?.close();
});

afterEach(() => {
  expect(h.external).toEqual([]);
});

/** A branch case whose summary is far too short, so that there is a diagnostic to click. */
const CASE = validBranchCase().build();
const SUMMARY_INDEX = CASE.paragraphs.findIndex((p) => p.text === '案例简介') + 1;
CASE.paragraphs[SUMMARY_INDEX].text = han(60);
const PRACTICE_INDEX = CASE.paragraphs.findIndex((p) => p.text === '二、主要做法') + 1;
const TEACHER = { [SETTINGS_PROPERTY]: JSON.stringify({ category: 'branch.teacher' }) };

/** The 字 of a body section in the breakdown under 案例正文 (`主要做法455 字`). */
async function sectionCount(page: Page, label: string): Promise<number> {
  const item = page.getByRole('listitem').filter({ hasText: new RegExp(`^${label}\\d+ 字$`) });
  return Number(/(\d+) 字$/.exec(await item.innerText())?.[1]);
}

function typeInto(page: Page, index: number, text: string): Promise<void> {
  return page.evaluate(
    ([i, t]) => (window as unknown as { __fakeWord: { type(i: number, t: string): void } }).__fakeWord.type(i as number, t as string),
    [index, text] as const,
  );
}

describe('task pane in Chromium', () => {
  it('loads office.js from the official URL and reads the document into counts', async () => {
    const html = fs.readFileSync(path.join((await builtDist()).dir, 'taskpane.html'), 'utf8');
    // Office.js first (minified HTML drops the quotes), then the bundle.
    const office = html.search(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    expect(office).toBeGreaterThan(-1);
    expect(office).toBeLessThan(html.search(/<script defer src="?taskpane\./));
    const { page, errors } = await openPane(h, { apiVersion: '1.6', paragraphs: toFake(CASE), properties: TEACHER });
    await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
    expect(await page.getByRole('radio', { name: '教师党支部' }).isChecked()).toBe(true);
    const summary = await page.getByRole('progressbar', { name: /^案例简介/ }).getAttribute('aria-valuetext');
    expect(summary).toBe('60 字 / 200 字左右 · 明显过短');
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-light.png'), fullPage: true });
    await page.getByRole('tab', { name: '指引' }).click();
    const deadline = page.getByText(/^报送截止时间：/);
    expect(await deadline.innerText()).toBe('报送截止时间：2024年11月27日');
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-guide.png'), fullPage: true });
    await page.getByRole('tab', { name: '关于' }).click();
    await page.getByRole('button', { name: '复制诊断信息' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  // WordApi 1.6 and 1.7 report paragraph changes (and the pane reads only the changed paragraph);
  // below them the pane listens to selection changes and reads everything.
  it.each(['1.3', '1.6', '1.7'])('typing into the document updates the counts after the pause (WordApi %s)', async (apiVersion) => {
    const { page, errors } = await openPane(h, { apiVersion, paragraphs: toFake(CASE) });
    await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
    const before = await partCount(page, '案例正文');
    const practice = CASE.paragraphs[PRACTICE_INDEX].text;
    const loadsBefore = (await fakeState(page)).loads.length;
    await typeInto(page, PRACTICE_INDEX, practice + han(123));
    await page.waitForFunction(
      (expected) => {
        const bar = [...document.querySelectorAll('[role=progressbar]')].find((b) => (b.getAttribute('aria-label') ?? '').startsWith('案例正文'));
        return bar?.getAttribute('aria-valuetext')?.startsWith(`${expected} 字`);
      },
      before + 123,
      { timeout: 10_000 },
    );
    expect(await partCount(page, '案例正文')).toBe(before + 123);
    // With paragraph events the edit is read alone (by its id); below them, everything is read again.
    const since = (await fakeState(page)).loads.slice(loadsBefore);
    if (apiVersion === '1.3') expect(since.some((l) => l.startsWith('ParagraphCollection:'))).toBe(true);
    else expect(since.filter((l) => l.startsWith('ParagraphCollection:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('a tracked deletion on WordApi 1.7 is not counted; on 1.3 the pane says it cannot tell, and 精确核对 gives the true figures', async () => {
    const deleted = '删掉的八个汉字啊';
    const paragraphs: FakeParagraph[] = toFake(CASE).map((p, i) => (i === PRACTICE_INDEX ? { ...p, text: undefined, runs: [{ text: p.text! }, { text: deleted, deleted: true }] } : p));
    const modern = await openPane(h, { apiVersion: '1.7', paragraphs, properties: TEACHER });
    await modern.page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
    const exactPractice = await sectionCount(modern.page, '主要做法');
    expect(await modern.page.getByText(/修订中删除的文字/).count()).toBe(0);
    await modern.page.close();

    const { page, errors } = await openPane(h, { apiVersion: '1.3', paragraphs, properties: TEACHER });
    await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
    expect(await sectionCount(page, '主要做法')).toBe(exactPractice + 8);
    await page.getByTestId('caveat-unseen').waitFor();
    await page.getByRole('button', { name: '精确核对', exact: true }).click();
    const figures = page.getByTestId('exact-figures');
    await figures.waitFor();
    expect(await figures.innerText()).toContain(`主要做法：实时 ${exactPractice + 8} 字，精确 ${exactPractice} 字`);
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-exact.png'), fullPage: true });
    const state = await page.evaluate(() => (window as unknown as { __fakeWord: { state: { fileRequests: number; openFiles: number } } }).__fakeWord.state);
    expect(state).toMatchObject({ fileRequests: 1, openFiles: 0 });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('clicking a diagnostic selects its place in Word, and the item says it can', async () => {
    const { page } = await openPane(h, { apiVersion: '1.6', paragraphs: toFake(CASE), properties: TEACHER });
    const button = page.getByRole('button', { name: /案例简介.*在文档中定位/ });
    await button.waitFor();
    expect(await button.innerText()).toContain('定位');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __fakeWord: { state: FakeState } }).__fakeWord.state.selections.length > 0);
    const { selections } = await fakeState(page);
    // The summary diagnostic points at the summary part: its heading or its text.
    expect([SUMMARY_INDEX - 1, SUMMARY_INDEX]).toContain(selections[0].paragraph);
    await page.close();
  }, 60_000);

  it('the ribbon action fills an empty document with the template, asking for the category first, and only once', async () => {
    const { page, errors } = await openPane(h, { apiVersion: '1.3', paragraphs: [{ text: '' }] }, { query: '?action=insertTemplate' });
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The action is taken off the address: a reload of the pane must not insert again.
    expect(new URL(page.url()).search).toBe('');
    // Let the open motion finish before the picture.
    await page.waitForFunction(() => {
      const surface = document.querySelector('[role=dialog]');
      return surface !== null && getComputedStyle(surface).opacity === '1' && surface.getAttribute('aria-hidden') !== 'true';
    });
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-insert-dialog.png') });
    await dialog.getByRole('radio', { name: '党支部' }).click();
    await dialog.getByRole('radio', { name: '学生党支部' }).click();
    await dialog.getByRole('button', { name: '插入', exact: true }).dblclick();
    await page.getByText('已插入案例模板。').waitFor();
    const state = await fakeState(page);
    const blocks = templateBlocks(NEU_2024, 'branch.student');
    expect(state.texts[0]).toBe(NEU_2024.name);
    expect(state.styles[0]).toBe('Title');
    const flowing = blocks.filter((b) => b.kind !== 'cover-row').map((b) => b.text);
    // Once: every block's text appears exactly as often as the template has it.
    expect(state.texts.filter((t) => flowing.includes(t))).toEqual(flowing);
    expect(JSON.parse(state.properties[SETTINGS_PROPERTY])).toEqual({ category: 'branch.student' });
    // The pane re-reads: the summary part is now found, its prompt still flagged.
    await page.getByText(/^“案例简介”中还留有模板提示文字/).waitFor();
    // Office reloads a pane at its address: without the action, a reload inserts nothing
    // (the double starts again from its empty document).
    await page.reload();
    await page.getByRole('button', { name: '插入案例模板' }).waitFor();
    await page.getByText(/^错误 \d+ 项/).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect((await fakeState(page)).texts).toEqual(['']);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('a document that holds only a floating picture is not "empty": the pane asks to append and deletes nothing', async () => {
    const { page } = await openPane(h, { apiVersion: '1.6', paragraphs: [{ text: '', floating: [{ kind: 'picture', alt: '作者放的图片' }] }], properties: TEACHER }, { query: '?action=insertTemplate' });
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByText('文档中已有内容').count()).toBe(1);
    await dialog.getByRole('button', { name: '插入到文末' }).click();
    await page.getByText('已插入案例模板。').waitFor();
    const floating = await page.evaluate(() => (window as unknown as { __fakeWord: { state: { paragraphs: { floating: unknown[] }[] } } }).__fakeWord.state.paragraphs[0].floating.length);
    expect(floating).toBe(1);
    await page.close();
  }, 60_000);

  it('at 320 px the dialog keeps 党支部 on one line and every control stays inside the pane', async () => {
    const { page } = await openPane(h, { apiVersion: '1.6', paragraphs: [{ text: '' }] }, { query: '?action=insertTemplate', viewport: { width: 320, height: 900 } });
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('[role=dialog]')!).opacity === '1');
    for (const name of ['分党委（直属党总支）', '党支部']) {
      const label = dialog.locator('label', { hasText: new RegExp(`^${name}$`) });
      // The lines the label's text takes: the distinct tops of its text's boxes.
      const lines = await label.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect({ name, lines }).toEqual({ name, lines: 1 });
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-insert-dialog-320.png') });
    await page.close();
  }, 60_000);

  it('follows a dark Office theme', async () => {
    const { page } = await openPane(h, { apiVersion: '1.6', paragraphs: toFake(CASE), theme: { bodyBackgroundColor: '#262626' }, properties: TEACHER });
    await page.getByRole('progressbar', { name: /^案例正文/ }).waitFor();
    const bg = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-dark.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
