#!/usr/bin/env node
// npm run docs: the two guides (docs/guides/author.md for authors, docs/guides/department.md
// for the department and IT) as .docx and PDF, from the repository, so that they stay current:
// the version and the notice come from package.json and the profile, the nginx example from
// the README, the pictures from docs/screenshots (written by the end-to-end tests). LibreOffice
// (soffice, its own profile folder each run) turns each .docx into a PDF; without soffice only
// the .docx are written, with a notice.
//
//   npm run docs [-- --out DIR] [--url https://host/dir] [--catalog //server/share] [--no-pdf]
'use strict';

const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseMarkdown } = require('./markdown');
const { guideDocx } = require('./docx');

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = path.join(ROOT, 'docs', 'guides');
const DEFAULT_OUT = path.join(SOURCES, 'out');

/** The guides: source file, output name. */
const GUIDES = [
  { source: 'author.md', name: '案例助手作者指南' },
  { source: 'department.md', name: '案例助手部署与审核指南' },
];

/** What the guides say where the school has not given its addresses. */
const PLACEHOLDER_URL = 'https://<校内站点>/<目录>';
const PLACEHOLDER_CATALOG = '\\\\<文件服务器>\\<共享名>';

function readmeNginx() {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /<!-- nginx:start -->\s*(```nginx\n[\s\S]*?```)\s*<!-- nginx:end -->/.exec(readme);
  if (!m) throw new Error('README.md 中没有 nginx 示例（<!-- nginx:start --> … <!-- nginx:end -->）。');
  return m[1];
}

function profileFacts() {
  const profile = JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'profiles', 'neu-2024.json'), 'utf8'));
  const [y, mo, d] = profile.notice.deadline.split('-').map(Number);
  return {
    profile: `${profile.name}（${profile.id}）`,
    notice: `${profile.notice.number}`,
    noticeTitle: profile.notice.title,
    deadline: `${y}年${mo}月${d}日`,
    email: profile.notice.email,
  };
}

/** The values the sources' {{name}} placeholders take. */
function placeholders({ url, catalog } = {}) {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  let site = PLACEHOLDER_URL;
  if (url) {
    const { normalizeBaseUrl } = require('../manifest');
    site = normalizeBaseUrl(url);
  }
  let share = PLACEHOLDER_CATALOG;
  if (catalog) {
    const { normalizeCatalogPath } = require('../catalog');
    share = normalizeCatalogPath(catalog);
  }
  return {
    version,
    ...profileFacts(),
    url: site,
    catalog: share,
    // The same share for a shell command line (bash eats backslashes).
    catalogSlash: share.replace(/\\/g, '/'),
    nginx: readmeNginx(),
  };
}

function fill(source, values) {
  return source.replace(/\{\{(\w+)\}\}/g, (all, name) => {
    if (!(name in values)) throw new Error(`未知的占位符 ${all}`);
    return values[name];
  });
}

/** One guide's .docx bytes. */
function buildGuideDocx(guide, values) {
  const file = path.join(SOURCES, guide.source);
  const blocks = parseMarkdown(fill(fs.readFileSync(file, 'utf8'), values));
  return guideDocx({
    blocks,
    subtitle: `适用于案例助手 ${values.version} · ${values.profile}`,
    readImage: (src) => {
      const image = path.resolve(path.dirname(file), src);
      if (!fs.existsSync(image)) throw new Error(`${guide.source} 引用的图片 ${src} 不存在（先运行 UPDATE_SCREENSHOTS=1 npx jest test/e2e test/deploy）。`);
      return fs.readFileSync(image);
    },
  });
}

function findSoffice() {
  return ['soffice', 'libreoffice'].find((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);
}

/**
 * LibreOffice's PDF of a .docx, written next to it. The conversion runs in a folder of its
 * own (a profile of its own, so that parallel runs never share a lock) and the PDF is moved
 * into place only when it is complete.
 */
function convertToPdf(soffice, docxPath) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-pdf-'));
  try {
    const input = path.join(work, 'guide.docx');
    fs.copyFileSync(docxPath, input);
    execFileSync(soffice, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, input], {
      timeout: 180_000,
      stdio: 'pipe',
    });
    const pdf = path.join(work, 'guide.pdf');
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice 没有把 ${path.basename(docxPath)} 转换为 PDF。`);
    const target = docxPath.replace(/\.docx$/, '.pdf');
    fs.copyFileSync(pdf, target);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Writes every guide into `out`; returns the files written. */
function buildGuides({ out = DEFAULT_OUT, url, catalog, pdf = true } = {}) {
  const values = placeholders({ url, catalog });
  const target = path.resolve(out);
  if (target === SOURCES) throw new Error('输出文件夹不能是 docs/guides 本身（源文件所在处），请用 --out 另选一个。');
  fs.mkdirSync(target, { recursive: true });
  const soffice = pdf ? findSoffice() : undefined;
  const written = [];
  const notes = [];
  for (const guide of GUIDES) {
    const docx = path.join(target, `${guide.name}.docx`);
    fs.writeFileSync(docx, buildGuideDocx(guide, values));
    written.push(docx);
    if (soffice) written.push(convertToPdf(soffice, docx));
  }
  if (pdf && !soffice) notes.push('未找到 LibreOffice（soffice）：只生成了 .docx。安装 libreoffice-writer 后再运行即可得到 PDF。');
  return { written, notes };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-pdf') {
      options.pdf = false;
      continue;
    }
    const m = /^--(out|url|catalog)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`无法识别的参数：${arg}（可用：--out、--url、--catalog、--no-pdf）`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`参数 --${m[1]} 缺少值。`);
    options[m[1]] = value;
  }
  return options;
}

if (require.main === module) {
  try {
    const { written, notes } = buildGuides(parseArgs(process.argv.slice(2)));
    for (const file of written) console.log(`已生成 ${path.relative(process.cwd(), file)}`);
    for (const note of notes) console.warn(note);
  } catch (error) {
    console.error(`生成指南失败：${error.message}`);
    process.exit(1);
  }
}

module.exports = { GUIDES, buildGuides, buildGuideDocx, placeholders, parseArgs };
