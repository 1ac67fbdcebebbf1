#!/usr/bin/env node
/**
 * Where a mutation run's time went: `MUTATION_PROFILE=/tmp/p.jsonl npm run mutate -- …` makes
 * ./bail-runner.js write one line per mutant run; `node test/mutation/profile.js /tmp/p.jsonl`
 * sums the test files' time (the files a run loads for mutants that survive, or before the
 * file that kills them, are what a faster run must avoid) and lists the slowest mutant runs.
 * A mutant ended by Stryker's hit limit or timeout leaves no line.
 */
const fs = require('node:fs');

function summary(text, top = 15) {
  const rows = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const byFile = new Map();
  let total = 0;
  for (const [, ms, files] of rows) {
    total += ms;
    for (const [file, t, failed] of files) {
      const b = byFile.get(file) ?? { runs: 0, ms: 0, kills: 0 };
      b.runs++;
      b.ms += t;
      if (failed) b.kills++;
      byFile.set(file, b);
    }
  }
  const lines = [`${rows.length} mutant runs, ${Math.round(total / 1000)} s in test files (${rows.length ? Math.round(total / rows.length) : 0} ms each)`, '', 'seconds  runs  kills  ms/run  test file'];
  for (const [file, b] of [...byFile].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
    lines.push(`${String(Math.round(b.ms / 1000)).padStart(7)}  ${String(b.runs).padStart(4)}  ${String(b.kills).padStart(5)}  ${String(Math.round(b.ms / b.runs)).padStart(6)}  ${file}`);
  }
  lines.push('', 'slowest mutant runs (id, ms, files):');
  for (const [id, ms, files] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${id}  ${ms}  ${files.map(([f, t, x]) => `${f.split('/').pop()} ${t}${x ? ' ✗' : ''}`).join(', ')}`);
  return lines.join('\n');
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('用法：node test/mutation/profile.js <MUTATION_PROFILE 文件>');
    process.exit(2);
  }
  console.log(summary(fs.readFileSync(file, 'utf8')));
}

module.exports = { summary };
