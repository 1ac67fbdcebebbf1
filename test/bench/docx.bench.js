'use strict';
/**
 * Reading and checking each Word reference document (../shared/wordcount/docx):
 * readDocx alone, and readDocx + checkCase, with the throughput in MB/s of .docx.
 */
const fs = require('node:fs');
const path = require('node:path');

module.exports = {
  title: '读取与检查 .docx（Word 参考文档）',
  async run(h) {
    const { readDocx } = h.lib('docx');
    const { checkCase } = h.lib('core/engine');
    const { getBuiltinProfile } = h.lib('core/profile');
    const profile = getBuiltinProfile('neu-2024');
    const dir = path.join(h.SHARED, 'wordcount', 'docx');
    if (!fs.existsSync(dir)) return { markdown: `（未找到 ${dir}，跳过）`, checks: [] };
    const rows = [];
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).sort()) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(dir, name)));
      const first = readDocx(bytes, { fileName: name });
      if (!first.ok) {
        rows.push([name, `${(bytes.length / 1024).toFixed(0)} KB`, '', '', '', `读取失败：${first.error.code}`]);
        continue;
      }
      const read = h.measure(() => readDocx(bytes, { fileName: name }), { warmup: 10, minRuns: 30, minTimeMs: 1000 });
      const both = h.measure(() => {
        const r = readDocx(bytes, { fileName: name });
        if (r.ok) checkCase(r.doc, profile, { category: 'committee' });
      }, { warmup: 10, minRuns: 30, minTimeMs: 1000 });
      const mbps = bytes.length / 1e6 / (both.median / 1000);
      rows.push([
        name,
        `${(bytes.length / 1024).toFixed(0)} KB`,
        h.int(first.doc.paragraphs.length),
        h.ms(read.median),
        h.ms(both.median),
        `${mbps.toFixed(1)} MB/s`,
      ]);
    }
    return { markdown: h.mdTable(['文件', '大小', '段落', '读取 中位数', '读取+检查 中位数', '吞吐'], rows), checks: [] };
  },
};
