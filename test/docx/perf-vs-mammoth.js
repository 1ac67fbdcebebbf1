'use strict';
/**
 * A quick measurement, not a test: readDocx (+ checkCase) against mammoth.extractRawText on
 * the Word reference documents. Runs the TypeScript sources directly (transpiled on load).
 *   node test/docx/perf-vs-mammoth.js [file.docx ...]
 * The target: reading + checking at least 3× faster than mammoth.extractRawText.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
    fileName: filename,
  });
  module._compile(out.outputText, filename);
};

const mammoth = require('mammoth');
const { readDocx } = require('../../src/docx/index.ts');
const { checkCase } = require('../../src/core/engine.ts');
const { NEU_2024 } = require('../../src/core/profile/index.ts');

const dir = path.resolve(__dirname, '../../../shared/wordcount/docx');
const files = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => path.join(dir, f));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(out);
}

(async () => {
  console.log('| file | KB | mammoth.extractRawText | readDocx | readDocx + checkCase | ratio (mammoth / read+check) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const file of files) {
    const buffer = fs.readFileSync(file);
    const bytes = new Uint8Array(buffer);
    const readAndCheck = () => {
      const r = readDocx(bytes, { fileName: path.basename(file) });
      if (r.ok) checkCase(r.doc, NEU_2024, { category: 'committee' });
    };
    await time(() => mammoth.extractRawText({ buffer }), 5);
    await time(() => readAndCheck(), 20);
    const m = await time(() => mammoth.extractRawText({ buffer }), 20);
    const r = await time(() => readDocx(bytes), 50);
    const rc = await time(readAndCheck, 50);
    console.log(`| ${path.basename(file)} | ${(buffer.length / 1024).toFixed(0)} | ${m.toFixed(1)} ms | ${r.toFixed(2)} ms | ${rc.toFixed(2)} ms | ${(m / rc).toFixed(1)}× |`);
  }
})();
