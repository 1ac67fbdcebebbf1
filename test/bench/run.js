#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: runs every test/bench/*.bench.js module in name order, prints one
 * markdown report and writes it to test/bench/latest.md (for the README).
 *
 * A module exports `{ title, run(harness) }`; `run` resolves to
 * `{ markdown, checks: [{ name, ok, detail }] }`. Targets missed are marked ✗; the
 * exit code is 0 unless `--strict` is given and a target was missed.
 * `--only NAME` runs only the modules whose file name contains NAME.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const harness = require('./harness');

async function main() {
  const argv = process.argv.slice(2);
  const strict = argv.includes('--strict');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  const modules = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js') && (!only || f.includes(only)))
    .sort();

  const cpu = os.cpus()[0];
  const parts = [
    '# 性能测试（npm run bench）',
    '',
    `Node ${process.version}，${os.platform()} ${os.arch()}，${cpu ? cpu.model.trim() : 'unknown CPU'}，${os.cpus().length} 核；` +
      `${new Date().toISOString().slice(0, 10)}。时间为多次运行的中位数（先预热）。`,
  ];
  const checks = [];
  for (const file of modules) {
    const mod = require(path.join(__dirname, file));
    process.stderr.write(`bench: ${file} …\n`);
    const result = await mod.run(harness);
    parts.push('', `## ${mod.title}`, '', result.markdown.trim());
    for (const c of result.checks || []) checks.push({ module: file, ...c });
  }
  if (checks.length) {
    parts.push('', '## 目标', '', harness.mdTable(['目标', '实测', '结果'], checks.map((c) => [c.name, c.detail, c.ok ? '✓' : '✗'])));
  }
  const markdown = parts.join('\n') + '\n';
  process.stdout.write(markdown);
  if (!only) fs.writeFileSync(path.join(__dirname, 'latest.md'), markdown);
  const missed = checks.filter((c) => !c.ok);
  if (missed.length) process.stderr.write(`bench: ${missed.length} target(s) missed: ${missed.map((c) => c.name).join('; ')}\n`);
  return strict && missed.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`bench: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
