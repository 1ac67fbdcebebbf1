'use strict';
/**
 * Batch checking (issue 4).
 * 1. A folder of real-world .docx files (Word's reference documents and the LibreOffice
 *    cases of test/fixtures/batch): our read + check + fingerprint per file, against
 *    mammoth.extractRawText on the same bytes in the same run (mammoth only extracts
 *    text; we also find the parts and run every rule). Reported as a throughput ratio.
 * 2. 1,000 generated case files (the fixtures re-zipped with a different unit and title
 *    each) checked by the CLI in a fresh Node process, wall time including start-up,
 *    and its peak memory against a 100-file run (bounded by the largest file, not the folder).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { unzipSync, zipSync, strToU8, strFromU8 } = require('fflate');

const RATIO_TARGET = 3;
const THOUSAND_TARGET_S = 10;
const ROUNDS = 7;

function realFiles(h) {
  const dirs = [path.join(h.SHARED, 'wordcount', 'docx'), path.join(h.ROOT, 'test', 'fixtures', 'batch', 'cases')];
  const out = [];
  const walk = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.docx') && fs.statSync(p).size > 0) out.push(p);
    }
  };
  dirs.forEach(walk);
  return out.sort();
}

/** The 1,000 files: each fixture case with its unit and title rewritten (so units group as in real life). */
function generate(h, dir, n) {
  const caseDir = path.join(h.ROOT, 'test', 'fixtures', 'batch', 'cases');
  const { readDocx } = h.lib('docx');
  const sources = realFiles(h).filter((f) => f.startsWith(caseDir) && readDocx(new Uint8Array(fs.readFileSync(f))).ok);
  const templates = sources.map((f) => unzipSync(new Uint8Array(fs.readFileSync(f))));
  for (let i = 0; i < n; i++) {
    const entries = { ...templates[i % templates.length] };
    const xml = strFromU8(entries['word/document.xml'])
      .replace(/(申报单位（盖章）：)[^<]*/, `$1第${Math.floor(i / 2) + 1}学院党委`)
      .replace(/(案例名称：)([^<]*)/, `$1$2（${i + 1}）`);
    entries['word/document.xml'] = strToU8(xml);
    const sub = path.join(dir, `单位${String(Math.floor(i / 100)).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `案例 ${String(i + 1).padStart(4, '0')}.docx`), zipSync(entries));
  }
}

/** Runs the compiled CLI on a folder in a fresh process; returns wall time, peak RSS and the summary. */
function cli(h, dir) {
  const main = path.join(h.ROOT, 'lib', 'cli', 'main.js');
  const script = `
    const t0 = process.hrtime.bigint();
    let out = '';
    const io = { stdout: { write: (s) => { out += s; } }, stderr: { write() {} }, readStdin: async () => new Uint8Array(), stdoutIsTTY: false, env: {}, cwd: process.cwd() };
    require(${JSON.stringify(main)}).run([${JSON.stringify(dir)}, '--format', 'json'], io).then((code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const json = JSON.parse(out);
      process.stdout.write(JSON.stringify({ code, ms, rss: process.resourceUsage().maxRSS, summary: json.batch.summary }));
    });`;
  const t0 = h.nowMs();
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = h.nowMs() - t0;
  if (r.status !== 0) throw new Error(`case-check failed: ${r.stderr}`);
  return { wall, ...JSON.parse(r.stdout) };
}

module.exports = {
  title: '批量检查：与 mammoth 对比；1,000 个案例文件（命令行）',
  async run(h) {
    const mammoth = require('mammoth');
    const { readDocx, sniffFormat } = h.lib('docx');
    const { checkCase } = h.lib('core/engine');
    const { getBuiltinProfile } = h.lib('core/profile');
    const { checkFileBytes } = h.lib('core/batch');
    const profile = getBuiltinProfile('neu-2024');
    const deps = { readDocx, checkCase, sniffFormat };
    // The readable ones: the bad fixtures (encrypted, zip bomb, ...) are not a throughput test.
    const files = realFiles(h).filter((f) => readDocx(new Uint8Array(fs.readFileSync(f))).ok);
    const bytes = files.map((f) => new Uint8Array(fs.readFileSync(f)));
    const totalMb = bytes.reduce((n, b) => n + b.length, 0) / 1e6;

    const ours = () => {
      for (let i = 0; i < files.length; i++) {
        const item = checkFileBytes(path.basename(files[i]), bytes[i], profile, deps);
        if (!item.report) throw new Error(`${files[i]}: ${item.error && item.error.message}`);
      }
    };
    const theirs = async () => {
      for (const b of bytes) await mammoth.extractRawText({ buffer: Buffer.from(b.buffer, b.byteOffset, b.byteLength) });
    };
    // Warm up, then alternate the two in rounds so that machine load falls on both alike.
    ours();
    await theirs();
    const a = [];
    const m = [];
    for (let r = 0; r < ROUNDS; r++) {
      let t0 = h.nowMs();
      ours();
      a.push(h.nowMs() - t0);
      t0 = h.nowMs();
      await theirs();
      m.push(h.nowMs() - t0);
    }
    const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const oursMs = med(a);
    const mammothMs = med(m);
    const ratio = mammothMs / oursMs;

    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-bench-'));
    let big;
    let small;
    try {
      generate(h, path.join(tmp, 'k1000'), 1000);
      generate(h, path.join(tmp, 'k100'), 100);
      small = cli(h, path.join(tmp, 'k100'));
      big = cli(h, path.join(tmp, 'k1000'));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
    const markdown = [
      `同一批 ${files.length} 个真实 .docx 文件（Word 参考文档 + LibreOffice 生成的案例，共 ${totalMb.toFixed(2)} MB），同一次运行中交替计时 ${ROUNDS} 轮取中位数：`,
      '',
      h.mdTable(
        ['', '每批用时', '吞吐'],
        [
          ['本项目：读取 + 找部分 + 全部规则 + 查重指纹', h.ms(oursMs), `${(totalMb / (oursMs / 1000)).toFixed(1)} MB/s`],
          ['mammoth.extractRawText（只取文字）', h.ms(mammothMs), `${(totalMb / (mammothMs / 1000)).toFixed(1)} MB/s`],
        ],
      ),
      '',
      `倍数：**${ratio.toFixed(1)}×** mammoth。`,
      '',
      '命令行 `case-check <文件夹> --format json`，新进程（含 Node 启动与编译后代码加载），逐个读取：',
      '',
      h.mdTable(
        ['文件数', '总用时', '其中检查', '峰值内存 (RSS)', '已检查 / 无法读取 / 单位'],
        [small, big].map((r) => [
          String(r.summary.files),
          `${(r.wall / 1000).toFixed(2)} s`,
          `${(r.ms / 1000).toFixed(2)} s`,
          mb(r.rss),
          `${r.summary.checked} / ${r.summary.unreadable} / ${r.summary.units}`,
        ]),
      ),
    ].join('\n');
    return {
      markdown,
      checks: [
        { name: `批量读取+检查 ≥ ${RATIO_TARGET}× mammoth.extractRawText`, ok: ratio >= RATIO_TARGET, detail: `${ratio.toFixed(1)}×` },
        { name: `1,000 个案例文件（命令行）≤ ${THOUSAND_TARGET_S} s`, ok: big.wall / 1000 <= THOUSAND_TARGET_S, detail: `${(big.wall / 1000).toFixed(2)} s` },
        {
          name: '内存不随文件数增长（1,000 个文件的峰值 RSS ≤ 100 个文件的 1.5 倍）',
          ok: big.rss <= small.rss * 1.5,
          detail: `${mb(small.rss)} → ${mb(big.rss)}`,
        },
      ],
    };
  },
};
