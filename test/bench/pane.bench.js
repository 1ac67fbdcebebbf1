'use strict';
/**
 * The Word task pane in a browser: how much JavaScript it loads before it can start
 * (gzip, as a web server would send it), and how long a fresh page load takes to show the
 * first report, in headless Chromium (Debian's /usr/bin/chromium via playwright-core).
 *
 * The pages are built for production with the webpack API into .tmp/bench-dist (every run).
 * Office.js is replaced by the test double test/e2e/fake-office.js, served locally: the
 * timing excludes downloading and starting the real Office.js from Microsoft's CDN. The
 * double is served the way a cached CDN would serve it, by a local HTTPS server that
 * Chromium resolves appsforoffice.microsoft.com to (--host-resolver-rules; the server's
 * certificate is self-signed, hence --ignore-certificate-errors), not through Playwright's
 * request interception: interception holds every request of the page for a round trip to
 * this process, and the parser-blocking Office.js script with it.
 */
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZE_TARGET_KB = 250;
const TIME_TARGET_MS = 300;
const WARMUP = 2;
const LOADS = 20;

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_HOST = new URL(OFFICE_JS).host;
const launchOptions = (officePort) => ({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=MAP ${OFFICE_HOST} 127.0.0.1:${officePort}`,
    '--ignore-certificate-errors',
  ],
});

/** Office.js's stand-in, over HTTPS on 127.0.0.1 (random port), cacheable like the CDN's copy. */
async function serveOfficeJs(body) {
  const https = require('node:https');
  const selfsigned = require('selfsigned');
  const pems = await selfsigned.generate([{ name: 'commonName', value: OFFICE_HOST }], { keySize: 2048, algorithm: 'sha256' });
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    if (new URL(req.url || '/', `https://${OFFICE_HOST}`).pathname !== new URL(OFFICE_JS).pathname) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=3600' });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ port: server.address().port, close: () => new Promise((r) => server.close(() => r())) })),
  );
}

/**
 * Builds in a child process: the webpack compiler's large heap and its leftover work would
 * otherwise stay in the process that serves the pages and drives the browser, and slow
 * both down.
 */
function buildPages(root, outDir) {
  const { spawn } = require('node:child_process');
  const script = `
    const webpack = require('webpack');
    const config = require(${JSON.stringify(path.join(root, 'webpack.config'))})({ url: 'https://localhost:3000/', outDir: ${JSON.stringify(outDir)} }, { mode: 'production' });
    webpack(config, (error, stats) => {
      if (error) { console.error(error); process.exit(1); }
      if (stats.hasErrors()) { console.error(JSON.stringify(stats.toJson({ all: false, errors: true }).errors.slice(0, 3), null, 2)); process.exit(1); }
    });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`webpack build failed (${code}): ${stderr.slice(0, 2000)}`))));
  });
}

/** The local scripts a page loads from its HTML (`<script src>`, quoted or not), in order. */
function localScripts(html) {
  const out = [];
  const re = /<script\b[^>]*?\bsrc=("([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
  for (let m; (m = re.exec(html)); ) {
    const src = m[2] ?? m[3] ?? m[4];
    if (!/^[a-z]+:|^\/\//i.test(src)) out.push(src);
  }
  return out;
}

/** Raw and gzip (zlib level 9) bytes of the scripts a page references. */
function pageScripts(dir, page) {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const files = localScripts(html).map((src) => {
    const bytes = fs.readFileSync(path.join(dir, decodeURIComponent(src.split(/[?#]/)[0])));
    return { src, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml' };

/** A static host for a folder on 127.0.0.1 (random port). */
function serveStatic(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url || '/', 'http://127.0.0.1').pathname);
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    // As a static host would: cacheable, so that a pane opened again can use its HTTP cache.
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'public, max-age=3600',
      'last-modified': fs.statSync(file).mtime.toUTCString(),
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

const CLAUSES = [
  '支部坚持把政治建设摆在首位',
  '以“三会一课”为载体加强党员教师的理论武装',
  '2023年支部组织主题党日12次，参与党员达156人次',
  '依托国家级一流本科专业建设AI+创新实践平台',
  '推动党建工作与教学科研同谋划、同部署、同考核',
  '设立“党员先锋岗”，党员教师带头承担本科生导师工作',
  '指导学生获省级以上竞赛奖励37项',
  '学生满意度提升至96.5%',
  '与2家企业党支部开展党建联建，共建实践基地',
  '形成了可复制、可推广的经验做法',
  '支部书记“双带头人”作用充分发挥',
];
const ENDS = ['，', '；', '。', '，', '、', '。'];

/**
 * A realistic branch case of about 1,000 字 as Word would report it to the pane: cover
 * fields, Heading 1 section headings, Chinese prose with numbers and Latin, a picture and
 * its caption. Deterministic.
 */
function branchCase(countParagraphs) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 0x100000000);
  const prose = (words) => {
    let s = '';
    while (countParagraphs([{ text: s }]).words < words) {
      s += CLAUSES[Math.floor(rand() * CLAUSES.length)] + ENDS[Math.floor(rand() * ENDS.length)];
    }
    return s.replace(/[，；、]$/, '。');
  };
  const body = (text) => ({ text, styleBuiltIn: 'Normal', outlineLevel: 10 });
  const heading = (text) => ({ text, styleBuiltIn: 'Heading1', outlineLevel: 1 });
  return [
    { text: '党建引领“双创”实践育人', styleBuiltIn: 'Title', outlineLevel: 10, bold: true },
    body('案例名称：党建引领“双创”实践育人'),
    body('申报单位（盖章）：信息科学与工程学院党委'),
    body('实施党组织：信息科学与工程学院计算机系教师第一党支部'),
    body('类别：党支部（教师党支部）'),
    body('实施起始时间：2021年9月'),
    heading('案例简介'),
    body(prose(200)),
    heading('一、实施背景'),
    body(prose(150)),
    body(prose(150)),
    heading('二、主要做法'),
    body(prose(220)),
    { text: '', styleBuiltIn: 'Normal', outlineLevel: 10, pictures: [''] },
    { text: '图1 支部书记讲党课', styleBuiltIn: 'Caption', outlineLevel: 10 },
    body(prose(200)),
    heading('三、经验启示'),
    body(prose(270)),
  ];
}

/**
 * Runs in the page before its own scripts: records, with performance.now() (ms since the
 * navigation started), when the report's 案例正文 bar first enters the DOM and when the
 * next frame after that begins (the frame that paints it). For the breakdown it also
 * wraps the double's globals as they are installed: the first Office.onReady call (the
 * bundle's code has started) and the first Word.run call and its end (the pane is mounted
 * and reads the document; the read is done).
 */
function observeFirstReport() {
  const marks = {};
  window.__paneBench = marks;
  const hook = (name, wrap) => {
    let value;
    Object.defineProperty(window, name, {
      configurable: true,
      enumerable: true,
      get: () => value,
      set: (v) => {
        value = v && typeof v === 'object' ? wrap(v) : v;
      },
    });
  };
  hook('Office', (office) => {
    const onReady = office.onReady;
    office.onReady = function (...args) {
      if (marks.ready === undefined) marks.ready = performance.now();
      return onReady.apply(this, args);
    };
    return office;
  });
  hook('Word', (word) => {
    const run = word.run;
    word.run = function (...args) {
      const first = marks.run === undefined;
      if (first) marks.run = performance.now();
      const result = run.apply(this, args);
      if (first) {
        Promise.resolve(result).then(
          () => (marks.read = performance.now()),
          () => (marks.read = performance.now()),
        );
      }
      return result;
    };
    return word;
  });
  const found = () =>
    [...document.querySelectorAll('[role=progressbar]')].some((b) => (b.getAttribute('aria-label') || '').startsWith('案例正文'));
  const observer = new MutationObserver(() => {
    if (marks.dom !== undefined || !found()) return;
    marks.dom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      marks.frame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
}

/** Sets the double's options and records any non-local URL other than Office.js (the run then fails). */
async function prepareContext(context, base, options, external) {
  await context.addInitScript((o) => {
    window.__FAKE_OFFICE_OPTIONS__ = o;
  }, options);
  await context.addInitScript(observeFirstReport);
  context.on('request', (request) => {
    const url = request.url();
    if (url !== OFFICE_JS && !url.startsWith(base) && !/^(data|blob):/.test(url)) external.push(url);
  });
}

/** One page load in `context`: the in-page marks (ms since navigation start). */
async function loadOnce(context, base) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction(() => window.__paneBench && window.__paneBench.frame !== undefined, null, { timeout: 20000 });
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const bar = [...document.querySelectorAll('[role=progressbar]')].find((b) => (b.getAttribute('aria-label') || '').startsWith('案例正文'));
    return { ...window.__paneBench, html: nav.responseEnd, dcl: nav.domContentLoadedEventEnd, words: bar ? bar.getAttribute('aria-valuetext') : null };
  });
  await page.close();
  if (errors.length) throw new Error(`task pane page error: ${errors.join('; ')}`);
  return marks;
}

/**
 * `cold`: every load in a new browser context (empty HTTP and code caches: the first time
 * the pane opens). `warm`: every load a new page in one shared context (the pane opened
 * again). The two alternate, so that a load that comes and goes on the machine falls on both.
 */
async function measureLoads(browser, base, options) {
  const external = [];
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 380, height: 1100 } });
    await prepareContext(context, base, options, external);
    return context;
  };
  const shared = await newContext();
  const runs = { cold: [], warm: [] };
  try {
    for (let i = 0; i < WARMUP + LOADS; i++) {
      const context = await newContext();
      try {
        const cold = await loadOnce(context, base);
        if (i >= WARMUP) runs.cold.push(cold);
      } finally {
        await context.close();
      }
      const warm = await loadOnce(shared, base);
      if (i >= WARMUP) runs.warm.push(warm);
    }
  } finally {
    await shared.close();
  }
  if (external.length) throw new Error(`task pane asked for external URLs: ${[...new Set(external)].join(', ')}`);
  return runs;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p) => {
    const pos = (sorted.length - 1) * p;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  };
  return { median: q(0.5), p90: q(0.9), min: sorted[0], max: sorted[sorted.length - 1] };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

module.exports = {
  title: '任务窗格：初始 JS 体积与首次出结果时间（Chromium）',
  async run(h) {
    const { chromium } = require('playwright-core');
    const { countParagraphs } = h.lib('core/count');
    const outDir = path.join(h.ROOT, '.tmp', 'bench-dist');
    fs.rmSync(outDir, { recursive: true, force: true });
    const t0 = h.nowMs();
    await buildPages(h.ROOT, outDir);
    const buildSeconds = (h.nowMs() - t0) / 1000;

    const pane = pageScripts(outDir, 'taskpane.html');
    const checker = pageScripts(outDir, 'checker.html');
    if (pane.files.length === 0) throw new Error('taskpane.html references no local script');

    const paragraphs = branchCase(countParagraphs);
    const caseWords = countParagraphs(paragraphs.map((p) => ({ text: p.text }))).words;
    const options = { apiVersion: '1.6', paragraphs, properties: { 'CaseAssistant.settings': JSON.stringify({ category: 'branch.teacher' }) } };
    const fakeOffice = fs.readFileSync(path.join(h.ROOT, 'test', 'e2e', 'fake-office.js'), 'utf8');

    const server = await serveStatic(outDir);
    const office = await serveOfficeJs(fakeOffice);
    const browser = await chromium.launch(launchOptions(office.port));
    const version = browser.version();
    const load = os.loadavg()[0];
    let runs;
    try {
      runs = await measureLoads(browser, server.origin, options);
    } finally {
      await browser.close();
      await server.close();
      await office.close();
    }
    const summary = (list) => ({
      html: stats(list.map((r) => r.html)),
      dcl: stats(list.map((r) => r.dcl)),
      ready: stats(list.map((r) => r.ready)),
      run: stats(list.map((r) => r.run)),
      read: stats(list.map((r) => r.read)),
      dom: stats(list.map((r) => r.dom)),
      frame: stats(list.map((r) => r.frame)),
    });
    const cold = summary(runs.cold);
    const warm = summary(runs.warm);
    const sizeOk = pane.gzip <= SIZE_TARGET_KB * 1024;
    const timeOk = cold.frame.median <= TIME_TARGET_MS;

    const sizeRows = [
      ...pane.files.map((f) => [`taskpane.html → ${f.src}`, kb(f.raw), kb(f.gzip)]),
      ['**任务窗格合计**', `**${kb(pane.raw)}**`, `**${kb(pane.gzip)}**`],
      ...checker.files.map((f) => [`checker.html → ${f.src}`, kb(f.raw), kb(f.gzip)]),
      ['网页检查器合计（仅供参考）', kb(checker.raw), kb(checker.gzip)],
    ];
    const row = (name, m) => [name, h.ms(m.median), h.ms(m.p90), `${h.ms(m.min)} – ${h.ms(m.max)}`];
    const timeRows = (label, s) => [
      row(`${label}：HTML 下载完成`, s.html),
      row(`${label}：脚本执行到 Office.onReady`, s.ready),
      row(`${label}：DOMContentLoaded 结束`, s.dcl),
      row(`${label}：窗格挂载，开始读取文档（首次 Word.run）`, s.run),
      row(`${label}：读取完成`, s.read),
      row(`${label}：报告进入页面`, s.dom),
      [`**${label}：报告绘制（其后第一帧）**`, `**${h.ms(s.frame.median)}**`, h.ms(s.frame.p90), `${h.ms(s.frame.min)} – ${h.ms(s.frame.max)}`],
    ];
    const markdown = [
      `生产构建（webpack API，mode=production，输出到 .tmp/bench-dist，每次运行重新构建，用时 ${buildSeconds.toFixed(0)} s）。` +
        '初始 JS = 页面 HTML 中 `<script src>` 引用的本地脚本（不含按需加载的分块与 Office.js），gzip 为 zlib 9 级压缩：',
      '',
      h.mdTable(['脚本', '原始大小', 'gzip'], sizeRows),
      '',
      `首次出结果：Chromium ${version}（无头，Debian /usr/bin/chromium），taskpane.html 由 127.0.0.1 上的静态服务器提供，窗格 380×1100 px。` +
        `文档为教师党支部案例，全文 ${h.int(caseWords)} 字（封面字段、一级标题、1 张图片及图题），由 Office.js 测试替身（test/e2e/fake-office.js）提供，` +
        `窗格显示「案例正文 ${runs.cold[runs.cold.length - 1].words}」。` +
        '替身由本机 HTTPS 服务器提供（Chromium 以 --host-resolver-rules 把 appsforoffice.microsoft.com 解析到本机，如同已缓存的 CDN；不经 Playwright 请求拦截）：' +
        '**不含从微软 CDN 下载和启动真实 Office.js 的时间**，也不含 Word 读取文档的时间。' +
        '时间从导航开始（performance.timeOrigin）算起，到「案例正文」字数条进入页面（MutationObserver 记录）及其后第一帧。' +
        `每种情形先预热 ${WARMUP} 次，再计 ${LOADS} 次加载，每次新开页面：` +
        '「首次打开」每次用新的浏览器上下文（HTTP 缓存与代码缓存为空）；「再次打开」共用一个上下文（缓存已热）；两者交替进行。' +
        `开始时系统负载（1 分钟平均）${load.toFixed(1)}（${os.cpus().length} 核）：这些时间对机器上的其他负载很敏感。`,
      '',
      h.mdTable(['时刻', '中位数', 'p90', '范围'], [...timeRows('首次打开', cold), ...timeRows('再次打开', warm)]),
      '',
      '目标按「首次打开」的报告绘制时间的中位数判定。',
    ].join('\n');
    const checks = [
      { name: `任务窗格初始 JS ≤ ${SIZE_TARGET_KB} KB（gzip）`, ok: sizeOk, detail: `${kb(pane.gzip)}（原始 ${kb(pane.raw)}）` },
      { name: `任务窗格首次出结果 ≤ ${TIME_TARGET_MS} ms`, ok: timeOk, detail: `首次打开中位数 ${h.ms(cold.frame.median)}，p90 ${h.ms(cold.frame.p90)}；再次打开 ${h.ms(warm.frame.median)}（不含 Office.js 下载）` },
    ];
    return { markdown, checks };
  },
};

