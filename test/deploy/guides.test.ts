/**
 * Issue 15, point 4: the two guides build from the repository (npm run docs →
 * scripts/guides/build.js) as .docx and PDF, and open in LibreOffice. The .docx is read back
 * with this project's own .docx reader (headings, pictures, captions, the school's addresses);
 * its pictures are real parts with relationships; LibreOffice's PDF of each holds the key
 * headings (read with ./pdf-text.ts) and draws every picture. The headings below are written
 * out by hand from docs/guides/*.md.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readDocx } from '../../src/docx';
import type { CaseDocument } from '../../src/core/model/types';
import { pdfPages } from '../helpers/pdf-text';

/* eslint-disable @typescript-eslint/no-require-imports */
const guides = require('../../scripts/guides/build') as {
  buildGuides(o: { out: string; url?: string; catalog?: string; pdf?: boolean }): { written: string[]; notes: string[] };
};
const { version } = require('../../package.json') as { version: string };
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, '../..');
const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);
const withOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn('跳过指南的 PDF 测试：未安装 soffice（CI 会安装 libreoffice）。');

const AUTHOR = {
  file: '案例助手作者指南',
  title: '案例助手作者指南',
  headings: ['一、在 Word 中打开案例助手', '二、窗格各部分的含义', '三、不用 Word：检查页面', '四、报送前'],
  figures: ['taskpane-unsupported.png', 'taskpane-light.png', 'taskpane-insert-dialog.png', 'taskpane-about.png', 'checker-author.png'],
};
const DEPARTMENT = {
  file: '案例助手部署与审核指南',
  title: '案例助手部署与审核指南',
  headings: ['一、组成', '二、构建', '三、放到 HTTPS 服务器', '四、装进作者的 Word', '学校有 Microsoft 365', '没有 Microsoft 365：共享文件夹目录', '五、更新', '六、审核一个文件夹', '七、常见问题'],
  figures: ['taskpane-about.png', 'checker-reviewer.png', 'checker-reviewer-drawer.png'],
};

let out: string;
let written: string[];

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-'));
  ({ written } = guides.buildGuides({ out, url: 'https://case.neu.edu.cn/addin/', catalog: '//fs01.neu.edu.cn/addins', pdf: Boolean(soffice) }));
}, 300_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

function readGuide(name: string): { doc: CaseDocument; zip: Record<string, Uint8Array> } {
  const bytes = fs.readFileSync(path.join(out, `${name}.docx`));
  const result = readDocx(bytes, { fileName: `${name}.docx` });
  if (!result.ok) throw new Error(result.error.message);
  return { doc: result.doc, zip: unzipSync(bytes) };
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe.each([AUTHOR, DEPARTMENT])('$file.docx', (guide) => {
  test('is written, with the title and the headings as Word headings', () => {
    expect(written).toContain(path.join(out, `${guide.file}.docx`));
    const { doc } = readGuide(guide.file);
    expect(doc.paragraphs[0].text).toBe(guide.title);
    expect(doc.paragraphs[1].text).toBe(`适用于案例助手 ${version} · 东北大学 2024 年度基层党建工作创新奖暨党建“一融双高”建设案例（neu-2024）`);
    const headings = doc.paragraphs.filter((p) => p.outlineLevel !== undefined).map((p) => p.text);
    expect(headings).toEqual(guide.headings);
  });

  test('holds every screenshot as a picture (media part, relationship, drawing), each with a numbered caption', () => {
    const { doc, zip } = readGuide(guide.file);
    const pictured = doc.paragraphs.filter((p) => p.pictures.length > 0);
    expect(pictured).toHaveLength(guide.figures.length);
    const captions = doc.paragraphs.filter((p) => /^图 \d+\u3000/.test(p.text)).map((p) => p.text.split('\u3000')[0]);
    expect(captions).toEqual(guide.figures.map((_, i) => `图 ${i + 1}`));
    const documentXml = strFromU8(zip['word/document.xml']);
    const rels = strFromU8(zip['word/_rels/document.xml.rels']);
    const embeds = [...documentXml.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1]);
    expect(embeds).toHaveLength(guide.figures.length);
    for (const [i, rId] of embeds.entries()) {
      const target = new RegExp(`Id="${rId}" Type="[^"]+/image" Target="([^"]+)"`).exec(rels)?.[1];
      expect(target).toBeDefined();
      // The part is the screenshot itself, byte for byte.
      const screenshot = fs.readFileSync(path.join(ROOT, 'docs', 'screenshots', guide.figures[i]));
      expect(Buffer.from(zip[`word/${target}`]).equals(screenshot)).toBe(true);
    }
    expect(strFromU8(zip['[Content_Types].xml'])).toContain('<Default Extension="png" ContentType="image/png"/>');
  });

  test('carries the school\'s addresses, and no placeholder is left', () => {
    const { doc } = readGuide(guide.file);
    const text = doc.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('https://case.neu.edu.cn/addin/checker.html');
    expect(text).not.toMatch(/\{\{|\}\}|<校内站点>/);
  });
});

test('the department guide has the README\'s nginx example and the share in both spellings', () => {
  const text = readGuide(DEPARTMENT.file).doc.paragraphs.map((p) => p.text).join('\n');
  expect(text).toContain('    charset_types text/css text/xml text/plain\n                  application/javascript text/javascript;');
  expect(text).toContain('location ~* "\\.[0-9a-f]{8}\\.(js|css)(\\.LICENSE\\.txt)?$" {');
  expect(text).toContain('npm run build -- --env url=https://case.neu.edu.cn/addin --env catalog=//fs01.neu.edu.cn/addins');
  expect(text).toContain('“目录 URL”填 \\\\fs01.neu.edu.cn\\addins');
});

test('without the school\'s addresses the guides say where they go', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-plain-'));
  try {
    guides.buildGuides({ out: dir, pdf: false });
    const bytes = fs.readFileSync(path.join(dir, `${AUTHOR.file}.docx`));
    const result = readDocx(bytes);
    if (!result.ok) throw new Error(result.error.message);
    const text = result.doc.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('https://<校内站点>/<目录>/checker.html');
    expect(text).toContain('\\\\<文件服务器>\\<共享名>');
    expect(fs.readdirSync(dir).sort()).toEqual([`${AUTHOR.file}.docx`, `${DEPARTMENT.file}.docx`]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad address stops the build with a Chinese message (exit code 1), and nothing is written', () => {
  const dir = path.join(os.tmpdir(), `guides-bad-${process.pid}`);
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/guides/build.js'), '--out', dir, '--url', 'http://case.neu.edu.cn'], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('生成指南失败：部署地址“http://case.neu.edu.cn”必须以 https:// 开头');
  expect(fs.existsSync(dir)).toBe(false);
});

withOffice('LibreOffice opens the guides: each becomes a PDF with the headings and the pictures', () => {
  test.each([AUTHOR, DEPARTMENT])('$file.pdf', (guide) => {
    const file = path.join(out, `${guide.file}.pdf`);
    expect(written).toContain(file);
    const pages = pdfPages(fs.readFileSync(file));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const text = squash(pages.map((p) => p.text).join('\n'));
    for (const heading of [guide.title, ...guide.headings]) expect({ heading, found: text.includes(squash(heading)) }).toEqual({ heading, found: true });
    expect(text).toContain('https://case.neu.edu.cn/addin/checker.html');
    // Every screenshot is drawn, once.
    expect(pages.reduce((n, p) => n + p.images, 0)).toBe(guide.figures.length);
  });
});

describe('the guides\' Markdown and pictures', () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { parseMarkdown } = require('../../scripts/guides/markdown') as { parseMarkdown(s: string): unknown[] };
  const { guideDocx } = require('../../scripts/guides/docx') as { guideDocx(o: { blocks: unknown[]; readImage(src: string): Buffer }): Uint8Array };
  /* eslint-enable @typescript-eslint/no-require-imports */

  test('reads the subset the guides use', () => {
    const blocks = parseMarkdown(
      [
        '<!-- 注释',
        '两行 -->',
        '# 标题',
        '第一行',
        '第二行 and',
        'English',
        '',
        '1. **一**：`a.reg`',
        '   - 嵌套',
        '2. 二',
        '',
        '| 甲 | 乙 |',
        '|---|---|',
        '| 1 | [链接](https://x.cn) |',
        '',
        '| 只有一条竖线的一行',
        '> 提示',
        '![图注](x.png)',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { type: 'title', inlines: [{ text: '标题' }] },
      { type: 'para', inlines: [{ text: '第一行第二行 and English' }] },
      {
        type: 'list',
        items: [
          { level: 0, ordered: true, marker: '1.', inlines: [{ text: '一', bold: true }, { text: '：' }, { text: 'a.reg', code: true }] },
          { level: 1, ordered: false, marker: '-', inlines: [{ text: '嵌套' }] },
          { level: 0, ordered: true, marker: '2.', inlines: [{ text: '二' }] },
        ],
      },
      { type: 'table', header: [[{ text: '甲' }], [{ text: '乙' }]], rows: [[[{ text: '1' }], [{ text: '链接（https://x.cn）' }]]] },
      { type: 'para', inlines: [{ text: '| 只有一条竖线的一行' }] },
      { type: 'note', inlines: [{ text: '提示' }] },
      { type: 'figure', caption: '图注', src: 'x.png' },
    ]);
  });

  test('an unclosed code block or comment is an error, not a guide that silently stops', () => {
    expect(() => parseMarkdown('```sh\nnpm ci\n')).toThrow('unclosed ``` block');
    expect(() => parseMarkdown('<!-- 没有结束\n正文')).toThrow('unclosed <!-- comment');
  });

  test('a picture that is not a PNG is named', () => {
    const blocks = parseMarkdown('# 指南\n\n![截图](shot.png)\n');
    expect(() => guideDocx({ blocks, readImage: () => Buffer.from('GIF89a not a png at all, no IHDR here') })).toThrow('图片 shot.png：不是 PNG 图片');
  });
});
