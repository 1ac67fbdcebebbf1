'use strict';
/**
 * What the live check moves between Word and the pane: the JSON the host returns for a
 * full read of a 1,500-paragraph case, and for the read after an edit of one paragraph
 * (WordApi 1.6+: the changed paragraph alone, by uniqueLocalId). Measured on the
 * responses of the Office double (test/e2e/fake-office.js), which counts the characters
 * of every value, navigation and ClientResult it returns per sync, as Office.js's wire
 * format (JSON) would carry them. Target: the edit at most 10 % of the full read.
 *
 * The gateway (src/word, TypeScript, not in lib/) is compiled here on the fly with the
 * project's TypeScript, as jest does.
 */
const fs = require('node:fs');
const path = require('node:path');
const { buildCase } = require('./synthetic-case');

const PARAGRAPHS = 1500;
const EDIT_SHARE_TARGET = 0.1;

/** Lets Node require the gateway's .ts sources (CommonJS output, types stripped). */
function registerTypeScript(root) {
  if (require.extensions['.ts']) return;
  const ts = require('typescript');
  require.extensions['.ts'] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
    });
    module._compile(out.outputText, filename);
  };
  return root;
}

/** A case of about PARAGRAPHS paragraphs as Word reports them: headings, list items, a table, pictures. */
function wordDocument(countParagraphs) {
  const doc = buildCase(28000, countParagraphs, 7);
  const paragraphs = [];
  while (paragraphs.length < PARAGRAPHS) {
    for (const p of doc.paragraphs) {
      if (paragraphs.length >= PARAGRAPHS) break;
      const i = paragraphs.length;
      paragraphs.push({
        text: p.text,
        styleBuiltIn: p.builtinStyle ?? 'Normal',
        outlineLevel: p.outlineLevel !== undefined ? p.outlineLevel + 1 : 10,
        listString: p.listLabel,
        pictures: p.pictures.map(() => ''),
        // Every tenth paragraph in a two-column table, as cover tables and lists of results are.
        ...(i % 10 === 9 ? { tableNestingLevel: 1, cell: { row: Math.floor(i / 20), cell: (i / 10) % 2 | 0 } } : {}),
      });
    }
  }
  return paragraphs;
}

module.exports = {
  title: 'Word 网关的数据量：全文读取与编辑一段后的读取（1,500 段）',
  async run(h) {
    registerTypeScript(h.ROOT);
    const { createFakeOffice } = require(path.join(h.ROOT, 'test', 'e2e', 'fake-office.js'));
    const { WordDocumentSource, officeHost } = require(path.join(h.ROOT, 'src', 'word', 'word-source.ts'));
    const { countParagraphs } = h.lib('core/count');
    const paragraphs = wordDocument(countParagraphs);
    const rows = [];
    const checks = [];
    for (const apiVersion of ['1.6', '1.7']) {
      const fake = createFakeOffice({ apiVersion, paragraphs });
      Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
      const source = new WordDocumentSource(officeHost());
      const sum = (from) => fake.state.responses.slice(from).reduce((a, b) => a + b, 0);
      let at = fake.state.responses.length;
      const doc = await source.read();
      const full = sum(at);
      const syncsFull = fake.state.responses.length - at;
      // The author types into one paragraph in the middle: Word names it in onParagraphChanged.
      const ids = [];
      source.onChange((c) => c.kind === 'changed' && ids.push(...c.ids));
      await new Promise((r) => setImmediate(r));
      const index = Math.floor(paragraphs.length / 2);
      fake.type(index, `${fake.texts()[index]}新增的一句话。`);
      at = fake.state.responses.length;
      const patched = await source.read({ changedIds: ids });
      const edit = sum(at);
      const syncsEdit = fake.state.responses.length - at;
      if (patched.paragraphs[index].text !== `${doc.paragraphs[index].text}新增的一句话。`) throw new Error('the patched read is wrong');
      const share = edit / full;
      rows.push([`WordApi ${apiVersion}`, h.int(doc.paragraphs.length), `${h.int(full)}（${syncsFull} 次 sync）`, `${h.int(edit)}（${syncsEdit} 次 sync）`, `${(share * 100).toFixed(2)} %`]);
      checks.push({ name: `编辑一段后的读取 ≤ 全文读取的 10 %（WordApi ${apiVersion}）`, ok: share <= EDIT_SHARE_TARGET, detail: `${h.int(edit)} / ${h.int(full)} 字符 = ${(share * 100).toFixed(2)} %` });
      delete globalThis.Word;
      delete globalThis.Office;
    }
    const markdown = [
      `文档：${h.int(PARAGRAPHS)} 段（合成案例，约 28,000 字重复到 ${h.int(PARAGRAPHS)} 段；每十段一段在表格中；含编号与图片）。`,
      '数据量为 Office.js 测试替身逐次 sync 返回的 JSON 字符数（值、导航属性与 ClientResult），网页版 Word（WordApi 1.6 用 `text`，1.7 用 `getText()`）。',
      '',
      h.mdTable(['宿主', '段落', '全文读取（字符）', '编辑一段后（字符）', '占比'], rows),
    ].join('\n');
    return { markdown, checks };
  },
};
