// Checks the production build (webpack API, as `npm run build -- --env url=…` does; the
// shared test build of test/helpers/built-dist.ts) as a static HTTPS host would serve it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { validateManifest } from '../manifest/schema';
import { builtDist, CHROMIUM_LAUNCH, serveStatic, TEST_BUILD_URL } from '../helpers/built-dist';

/* eslint-disable @typescript-eslint/no-require-imports */
const makeConfig = require('../../webpack.config') as ((env: Record<string, unknown>, argv: Record<string, unknown>) => import('webpack').Configuration) & {
  OFFICE_JS: string;
};
const { chromium } = require('playwright-core') as typeof import('playwright-core');
/* eslint-enable @typescript-eslint/no-require-imports */

const URL_BASE = TEST_BUILD_URL;
const PANE_BUDGET_GZIP = 250 * 1024;

let outDir: string;
let stats: import('webpack').StatsCompilation;

/** Every src/href in an HTML file. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)=["']?([^"'\s>]+)/g)].map((m) => m[1]);
}
const isExternal = (ref: string) => /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//');
const read = (name: string) => fs.readFileSync(path.join(outDir, name), 'utf8');

beforeAll(async () => {
  ({ dir: outDir, stats } = await builtDist());
}, 900_000);

test('dist holds the pages, the manifest and the assets', () => {
  for (const name of ['index.html', 'taskpane.html', 'commands.html', 'checker.html', 'manifest.xml', 'assets/help.html']) {
    expect({ name, exists: fs.existsSync(path.join(outDir, name)) }).toEqual({ name, exists: true });
  }
  for (const size of [16, 32, 64, 80, 128]) {
    expect(fs.existsSync(path.join(outDir, 'assets', `icon-${size}.png`))).toBe(true);
  }
});

test('the task pane loads Office.js from appsforoffice before its bundles, and nothing else from outside', () => {
  const html = read('taskpane.html');
  const refs = references(html);
  expect(refs.filter(isExternal)).toEqual([makeConfig.OFFICE_JS]);
  expect(makeConfig.OFFICE_JS).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  const local = refs.filter((r) => !isExternal(r) && r.endsWith('.js'));
  expect(local.length).toBeGreaterThan(0);
  expect(html.indexOf(makeConfig.OFFICE_JS)).toBeLessThan(html.indexOf(local[0]));
  for (const ref of local) expect(fs.existsSync(path.join(outDir, ref))).toBe(true);
});

test('the front page links the checker page, the pane and the manifest, with no script and nothing from outside', () => {
  const html = read('index.html');
  expect(references(html).filter((r) => !r.startsWith('#'))).toEqual(['checker.html', 'taskpane.html', 'manifest.xml']);
  expect(html).not.toMatch(/<script/i);
});

test('the FunctionFile page loads Office.js only', () => {
  expect(references(read('commands.html'))).toEqual([makeConfig.OFFICE_JS]);
});

test('the checker page references no external URL and does not load Office.js', () => {
  const html = read('checker.html');
  expect(references(html).filter(isExternal)).toEqual([]);
  expect(html).not.toContain('appsforoffice');
  const entry = stats.entrypoints?.checker;
  expect(entry).toBeDefined();
  const files = new Set<string>((entry?.assets ?? []).map((a) => a.name));
  for (const group of Object.values(entry?.children ?? {})) {
    for (const child of group) for (const a of child.assets ?? []) files.add(a.name);
  }
  for (const file of files) {
    if (file.endsWith('.js')) expect({ file, office: read(file).includes('appsforoffice') }).toEqual({ file, office: false });
  }
});

test('dist/manifest.xml points at the production URL and is valid', async () => {
  const xml = read('manifest.xml');
  expect(xml).toContain(`<SourceLocation DefaultValue="${URL_BASE}/taskpane.html"/>`);
  expect(xml).not.toMatch(/\/\/localhost/);
  const result = await validateManifest(xml);
  expect(result.errors).toEqual([]);
});

test('scripts have content hashes and there are no source maps', () => {
  const files = fs.readdirSync(outDir);
  const scripts = files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const f of scripts) expect(f).toMatch(/\.[0-9a-f]{8}\.js$/);
  expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
});

test('Griffel styles are extracted at build time into one hashed stylesheet that both pages link', () => {
  const sheets = fs.readdirSync(outDir).filter((f) => f.endsWith('.css'));
  expect(sheets).toHaveLength(1);
  expect(sheets[0]).toMatch(/\.[0-9a-f]{8}\.css$/);
  for (const page of ['taskpane.html', 'checker.html']) {
    expect({ page, links: references(read(page)).filter((r) => r.endsWith('.css')) }).toEqual({ page, links: sheets });
  }
  const css = read(sheets[0]);
  // Ours (the pane's title uses the fontSizeBase500 token) and Fluent's (a component's reset rule).
  expect(css).toContain('var(--fontSizeBase500)');
  // The rules left the JavaScript: the pane's scripts no longer carry that reset rule.
  const paneScripts = references(read('taskpane.html')).filter((r) => !isExternal(r) && r.endsWith('.js'));
  const resetRule = css.match(/\.r[0-9a-z]{6,}\{[^}]{40,}\}/)?.[0];
  expect(resetRule).toBeDefined();
  for (const ref of paneScripts) expect({ ref, carries: read(ref).includes(resetRule ?? '') }).toEqual({ ref, carries: false });
});

test(`the task pane's initial JavaScript is at most ${PANE_BUDGET_GZIP / 1024} KB gzipped`, () => {
  const assets = (stats.entrypoints?.taskpane?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
  expect(assets.length).toBeGreaterThan(0);
  const gzip = assets.reduce((sum, name) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, name))).length, 0);
  expect(gzip).toBeLessThanOrEqual(PANE_BUDGET_GZIP);
});

test('a production build without a URL, or with an http URL, is refused', () => {
  expect(() => makeConfig({}, { mode: 'production' })).toThrow('npm run build -- --env url=https://');
  expect(() => makeConfig({ url: 'http://case.example.edu.cn' }, { mode: 'production' })).toThrow('https://');
});

test('in Chromium, the built checker page renders and requests nothing from outside its host', async () => {
  const host = await serveStatic(outDir);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    const failures: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfailed', (r) => failures.push(r.url()));
    page.on('pageerror', (e) => failures.push(e.message));
    await page.goto(`${host.origin}/checker.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (document.getElementById('root')?.textContent ?? '').trim().length > 0);
    const outside = requests.filter((u) => !u.startsWith(host.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(failures).toEqual([]);
  } finally {
    await browser.close();
    await host.close();
  }
}, 60_000);
