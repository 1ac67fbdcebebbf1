/**
 * What an author sees of issue 11's points 5 and 7 on the checker page (the same report view
 * as the task pane and the review drawer), in headless Chromium on the production build:
 * a case written on the branch template with some cover fields still holding their prompts,
 * the 党支部类型 boxes unticked, and an extra section 三、工作成效. The screenshot is kept as
 * docs/screenshots/checker-author.png with UPDATE_SCREENSHOTS=1.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { NEU_2024 } from '../../src/core/profile';
import { buildTemplateDocx, escapeXml, templatePrompts } from '../../src/template';
import { builtDist, CHROMIUM_LAUNCH, screenshotDir, serveStatic, type StaticServer } from '../helpers/built-dist';
import { han } from '../helpers/case-doc';

/* eslint-disable @typescript-eslint/no-require-imports */
const { chromium } = require('playwright-core') as typeof import('playwright-core');
/* eslint-enable @typescript-eslint/no-require-imports */

/** The branch template with the title and the sections written, and 三、工作成效 added. */
function partlyFilledBranchCase(): Uint8Array {
  const files = unzipSync(buildTemplateDocx(NEU_2024, 'branch'));
  const prompts = templatePrompts(NEU_2024, NEU_2024.categories.find((c) => c.id === 'branch')!);
  let xml = strFromU8(files['word/document.xml']);
  const put = (prompt: string, text: string) => {
    const at = `>${escapeXml(prompt)}<`;
    if (!xml.includes(at)) throw new Error(`not in the template: ${prompt}`);
    xml = xml.replace(at, `>${escapeXml(text)}<`);
  };
  put(prompts.cover.title!, '“红色引擎”驱动人才培养改革');
  put(prompts.summary!, han(200));
  put(prompts.body, '');
  put(prompts.sections.background, han(300));
  put(prompts.sections.practice, han(400));
  put(prompts.pictureSlot, '');
  put(prompts.caption, '');
  put(prompts.sections.lessons, han(250));
  const lessons = '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">三、经验启示</w:t></w:r></w:p>';
  if (!xml.includes(lessons)) throw new Error('no 三、经验启示 heading');
  const extra =
    '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">三、工作成效</w:t></w:r></w:p>' +
    `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">${han(150)}</w:t></w:r></w:p>`;
  xml = xml.replace(lessons, extra + lessons.replace('三、经验启示', '四、经验启示'));
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

let tmp: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'author-views-'));
  server = await serveStatic((await builtDist()).dir);
  browser = await chromium.launch(CHROMIUM_LAUNCH);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

it('shows unfilled cover fields as 未填写, the unticked row as 请勾选一项, and the extra section in the breakdown', async () => {
  const file = path.join(tmp, '红色引擎（党支部）.docx');
  fs.writeFileSync(file, partlyFilledBranchCase());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/checker.html`);
  await page.getByRole('tab', { name: '单篇检查（作者自查）' }).click();
  await page.setInputFiles('[data-testid=single-drop-input]', file);
  const result = page.locator('[data-testid=single-result]');
  await result.getByText('检查对象：红色引擎（党支部）.docx').waitFor();

  const cover = await result.locator('li[data-state]').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-part'), li.textContent]));
  expect(Object.fromEntries(cover)).toEqual({
    title: '案例名称：“红色引擎”驱动人才培养改革已填写',
    unit: '申报单位（盖章）未填写',
    org: '实施党组织未填写（选填）',
    category: '类别：党支部已填写',
    subtype: '党支部类型请勾选一项',
    period: '实施起始时间未填写（选填）',
    contact: '联系人未填写（选填）',
    phone: '联系电话未填写（选填）',
  });
  const breakdown = await result.getByRole('list', { name: /^案例正文：/ }).locator('li').allTextContents();
  expect(breakdown).toEqual(['实施背景306 字', '主要做法406 字', '三、工作成效（未归入任何部分）156 字', '经验启示256 字']);
  expect(await result.getByRole('progressbar', { name: /^案例正文/ }).getAttribute('aria-valuetext')).toBe('1124 字 / 1000 字左右 · 合适');
  const text = await result.innerText();
  expect(text).toContain('正文中的“三、工作成效”（156 字）不属于实施背景、主要做法、经验启示中的任何一部分');
  expect(text).toContain('封面“党支部类型”一栏尚未勾选：请勾选一项');

  await page.screenshot({ path: path.join(screenshotDir(), 'checker-author.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
