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
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { FakeParagraph, FakeState } from './fake-office';
import { NEU_2024 } from '../../src/core/profile';
import { templateBlocks } from '../../src/template';
import { SETTINGS_PROPERTY } from '../../src/word/types';
import { han, validBranchCase } from '../helpers/case-doc';
import { builtDist, screenshotDir } from '../helpers/built-dist';
import { fakeState, openPane, partCount, startPaneHarness, toFake, type PaneHarness } from './pane-harness';
import { run } from '../../src/cli/main';
import { captureIO } from '../cli/helpers';
import type { CaseDocument } from '../../src/core/model/types';
import { warningAndHintCase } from '../helpers/author-cases';

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
/** A saved category that differs from the one CASE's cover declares (党支部（教师党支部）, 1000 字左右). */
const COMMITTEE = { [SETTINGS_PROPERTY]: JSON.stringify({ category: 'committee' }) };

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

  it('clicking a diagnostic selects its place in Word, and the item says it can (with the saved category, not the cover’s)', async () => {
    const { page } = await openPane(h, { apiVersion: '1.6', paragraphs: toFake(CASE), properties: COMMITTEE });
    const button = page.getByRole('button', { name: /案例简介.*在文档中定位/ });
    await button.waitFor();
    // The settings loaded at start-up win over the cover: 分党委's 2000 字以内, not 党支部's 1000 字左右.
    expect(await page.getByRole('radio', { name: '分党委（直属党总支）' }).isChecked()).toBe(true);
    expect(await page.getByRole('progressbar', { name: /^案例正文/ }).getAttribute('aria-valuetext')).toMatch(/ \/ 2000 字以内 · /);
    expect(await button.innerText()).toContain('定位');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __fakeWord: { state: FakeState } }).__fakeWord.state.selections.length > 0);
    const { selections } = await fakeState(page);
    // The summary diagnostic has no span: it points where the summary part starts, its heading.
    expect(selections[0].paragraph).toBe(SUMMARY_INDEX - 1);
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

/**
 * A teacher branch case with a warning (the summary has 150 字: a quarter under "200 字
 *左右"), a hint (实施背景 names 2015, before 2019) and an error (a caption of 23 字).
 */
function authorCase(): CaseDocument {
  const doc = warningAndHintCase();
  const caption = doc.paragraphs.findIndex((p) => p.text === '图1 支部书记讲党课');
  doc.paragraphs[caption].text = `图1 ${han(23)}`;
  return doc;
}
const AUTHOR = authorCase();
const AUTHOR_SUMMARY = AUTHOR.paragraphs.findIndex((p) => p.text === '案例简介');
const AUTHOR_BACKGROUND = AUTHOR.paragraphs.findIndex((p) => p.text === '一、实施背景');
const AUTHOR_PRACTICE = AUTHOR.paragraphs.findIndex((p) => p.text === '二、主要做法');
const AUTHOR_CAPTION = AUTHOR.paragraphs.findIndex((p) => p.text.startsWith('图1 '));

const summaryLine = (page: Page) => page.getByText(/^错误 \d+ 项，警告 \d+ 项，提示 \d+ 项/).innerText();
const itemOf = (page: Page, rule: string) => page.locator(`li[data-rule="${rule}"]`);

describe('the author in control (issue 13)', () => {
  it('dismisses a warning, which stays dismissed after an edit elsewhere; the CLI and the checker page show the same dismissal from the saved document', async () => {
    const { page, errors } = await openPane(h, { apiVersion: '1.6', platform: 'PC', paragraphs: toFake(AUTHOR), properties: TEACHER });
    await itemOf(page, 'summary-length').waitFor();
    expect(await summaryLine(page)).toBe('错误 1 项，警告 1 项，提示 1 项');
    await itemOf(page, 'summary-length').getByRole('button', { name: '忽略此处' }).click();
    await page.getByText('错误 1 项，警告 0 项，提示 1 项（已忽略 1 项）').waitFor();
    expect(await itemOf(page, 'summary-length').count()).toBe(0);
    // Stored in the document: one fingerprint in the first dismissal property.
    const stored = (await fakeState(page)).properties['CaseAssistant.dismissed.1'];
    expect(stored).toMatch(/^[0-9a-z]{7}$/);

    // An edit elsewhere: 123 字 more in 主要做法 (read alone, by its paragraph event).
    const before = await partCount(page, '案例正文');
    await typeInto(page, AUTHOR_PRACTICE + 1, AUTHOR.paragraphs[AUTHOR_PRACTICE + 1].text + han(123));
    await page.waitForFunction(
      (expected) => [...document.querySelectorAll('[role=progressbar]')].some((b) => (b.getAttribute('aria-label') ?? '').startsWith('案例正文') && b.getAttribute('aria-valuetext')?.startsWith(`${expected} 字`)),
      before + 123,
      { timeout: 10_000 },
    );
    expect(await summaryLine(page)).toBe('错误 1 项，警告 0 项，提示 1 项（已忽略 1 项）');
    expect(await itemOf(page, 'summary-length').count()).toBe(0);
    const dismissed = page.getByTestId('dismissed');
    await dismissed.getByRole('button', { name: '显示' }).click();
    await dismissed.getByText(/^警告：案例简介共 150 字/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-dismissed.png'), fullPage: true });

    // The saved document (what Word writes to disk) through the CLI and the checker page.
    const bytes = Uint8Array.from(await page.evaluate(() => Array.from((window as unknown as { __fakeWord: { docx(): Uint8Array } }).__fakeWord.docx())));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-dismissed-'));
    const file = path.join(dir, '案例.docx');
    fs.writeFileSync(file, bytes);
    const cli = captureIO();
    await run([file], cli.io);
    expect(cli.stdout()).toContain('  问题（1 个错误，0 个警告，1 条提示）\n');
    expect(cli.stdout()).toContain('  已忽略 1 项（作者在 Word 中对这些警告和提示选了“忽略此处”；加 --show-dismissed 列出）\n');
    expect(cli.stdout()).not.toContain('[summary-length]');

    const checker = await page.context().newPage();
    await checker.goto(`${h.base}/checker.html`);
    await checker.getByRole('tab', { name: '单篇检查（作者自查）' }).click();
    await checker.setInputFiles('[data-testid=single-drop-input]', file);
    const result = checker.locator('[data-testid=single-result]');
    await result.getByText('错误 1 项，警告 0 项，提示 1 项（已忽略 1 项）').waitFor();
    await result.getByTestId('dismissed').getByRole('button', { name: '显示' }).click();
    await result.getByTestId('dismissed').getByText(/^警告：案例简介共 150 字/).waitFor();
    // The page reads files; it cannot write them: no 恢复 there.
    expect(await result.getByRole('button', { name: /恢复/ }).count()).toBe(0);
    await checker.close();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('walks all problems in document order with 上一个 / 下一个 and Alt+↓, selecting each in Word', async () => {
    const { page, errors } = await openPane(h, { apiVersion: '1.7', paragraphs: toFake(AUTHOR), properties: TEACHER });
    const position = page.getByTestId('nav-position');
    await page.waitForFunction(() => document.querySelector('[data-testid=nav-position]')?.textContent === '共 3 项');
    const next = page.getByRole('button', { name: '下一个' });
    // Summary (at its heading), the year (its 4 characters), the caption (its whole text).
    const expected = [
      { paragraph: AUTHOR_SUMMARY, text: '案例简介' },
      { paragraph: AUTHOR_BACKGROUND + 1, start: 2, end: 6, text: '2015' },
      { paragraph: AUTHOR_CAPTION, start: 0, end: 26, text: `图1 ${han(23)}` },
    ];
    for (let i = 0; i < 3; i++) {
      await next.click();
      await page.waitForFunction((n) => document.querySelector('[data-testid=nav-position]')?.textContent === `第 ${n} / 3 项`, i + 1);
      await page.waitForFunction((n) => (window as unknown as { __fakeWord: { state: FakeState } }).__fakeWord.state.selections.length === n, i + 1);
      expect((await fakeState(page)).selections[i]).toEqual(expected[i]);
      expect(await page.locator('li[aria-current=true]').count()).toBe(1);
      if (i === 1) await page.screenshot({ path: path.join(SHOTS, 'taskpane-navigate.png') });
    }
    // Round again, by keyboard: back to the first.
    await next.focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await position.innerText()).toBe('第 1 / 3 项');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await position.innerText()).toBe('第 3 / 3 项');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('inserts a missing 经验启示 after 主要做法 in one click, and part-missing goes away', async () => {
    const at = CASE.paragraphs.findIndex((p) => p.text === '三、经验启示');
    const without = { ...CASE, paragraphs: CASE.paragraphs.slice(0, at) };
    const { page, errors } = await openPane(h, { apiVersion: '1.3', paragraphs: toFake(without), properties: TEACHER });
    const missing = itemOf(page, 'part-missing');
    await missing.waitFor();
    expect(await missing.innerText()).toContain('案例正文缺少“经验启示”部分。');
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-insert-part.png'), fullPage: true });
    const before = (await fakeState(page)).texts;
    await missing.getByRole('button', { name: '插入此部分' }).dblclick();
    await page.getByText(/^已插入“经验启示”的标题和提示文字/).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('li[data-rule="part-missing"]').length === 0);
    const state = await fakeState(page);
    const prompt = '【提炼可复制、可推广的经验和启示，说明对同类型党组织的借鉴意义】';
    // Once, after the caption that ends 主要做法; nothing else changed; the prompt selected.
    expect(state.texts).toEqual([...before, '三、经验启示', prompt]);
    expect(state.styles.slice(-2)).toEqual(['Heading1', 'Normal']);
    // (A double click's second click may land on whatever the list shows after the insertion: it only selects.)
    expect(state.selections.filter((x) => x.text === prompt)).toEqual([{ paragraph: before.length + 1, text: prompt }]);
    // The prompt is now the one thing left to do there.
    await page.getByText(/^“经验启示”中还留有模板提示文字/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('at 320 px the controls stay inside the pane: 如何删减, 选中说明文字 and the style-hint switches', async () => {
    const doc = authorCase();
    const practice = doc.paragraphs.findIndex((p) => p.text === '二、主要做法') + 1;
    doc.paragraphs[practice].text = han(900);
    const { page, errors } = await openPane(h, { apiVersion: '1.6', paragraphs: toFake(doc), properties: TEACHER }, { viewport: { width: 320, height: 1400 } });
    await itemOf(page, 'body-length').getByRole('button', { name: '如何删减' }).click();
    await page.getByTestId('cut-plan').getByText(/^主要做法：删去约 \d+ 字/).waitFor();
    await itemOf(page, 'caption-length').getByRole('button', { name: '选中说明文字' }).click();
    await itemOf(page, 'caption-length').getByText('已选中：需删去 3 字（现 23 字，上限 20 字）。').waitFor();
    expect((await fakeState(page)).selections.at(-1)).toEqual({ paragraph: AUTHOR_CAPTION, start: 3, end: 26, text: han(23) });
    await page.getByRole('switch', { name: '提示“简单罗列”' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-fixes-320.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
