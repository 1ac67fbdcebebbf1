#!/usr/bin/env node
/**
 * The survivors of the run under way (or the last run), grouped by file, from
 * .tmp/mutation/live.jsonl (./live-reporter.js): `node test/mutation/live.js [file-prefix]`.
 * Survivors already explained in ./survivors/*.json are marked.
 */
const fs = require('node:fs');
const path = require('node:path');
const { explainedSurvivors, sameMutant } = require('./survivors');

const LIVE = path.resolve(__dirname, '../../.tmp/mutation/live.jsonl');
const prefix = process.argv[2] ?? '';
const rows = fs.existsSync(LIVE)
  ? fs.readFileSync(LIVE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.file.startsWith(prefix))
  : [];
const known = explainedSurvivors();
const byFile = new Map();
for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
for (const [file, list] of [...byFile].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${file}: ${list.length}`);
  for (const r of list.sort((a, b) => a.line - b.line)) {
    const e = known.find((k) => k.file === file && sameMutant(k, r));
    const note = e ? (e.killedBy ? ' [killedBy]' : ' [equivalent]') : '';
    console.log(`  ${r.line}:${r.at[1]} ${r.status === 'NoCoverage' ? '(no coverage) ' : ''}${r.mutator} ${JSON.stringify(r.original)} -> ${JSON.stringify(r.replacement)}${note}`);
  }
}
console.log(`${rows.length} survivors in ${byFile.size} files`);
