#!/usr/bin/env node
/**
 * `node test/mutation/verify.js [src/file.ts …]`: checks each survivor that
 * ./survivors/*.json say a later test kills (`killedBy`), by making that mutant's change by hand
 * in the source, running the named test with jest, and putting the source back. A survivor
 * counts in docs/mutation.md as "killed by a test added after the run" only if this passes; the
 * next `npm run mutate` of the file measures it for real.
 *
 * `killedBy` is `test/path.test.ts › full test name` (or only the path: the whole file runs).
 * A test that does not end within a minute counts as killing the mutant (Stryker's timeout).
 * The survivor's exact place and replacement come from docs/mutation.json (./report.js).
 *
 * It edits files under src/ while it runs (restored on exit, Ctrl-C included): do not run it
 * while `npm run mutate` or a build reads the same working tree.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const record = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'mutation.json'), 'utf8'));
const explained = require('./survivors').explainedSurvivors();
const only = process.argv.slice(2);
const TIMEOUT_MS = 60_000;
const { sameMutant, recorded, originalText } = require('./survivors');
const EXPRESSION_MUTATORS = new Set(['ArithmeticOperator', 'ConditionalExpression', 'EqualityOperator', 'LogicalOperator', 'MethodExpression', 'OptionalChaining', 'UnaryOperator']);

/** The source with the replacement put at `at` ([startLine, startCol, endLine, endCol], 1-based). */
function mutate(source, [sl, sc, el, ec], code) {
  const lines = source.split('\n');
  const offset = (line, col) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
  return source.slice(0, offset(sl, sc)) + code + source.slice(offset(el, ec));
}

const pending = new Map();
const restore = () => {
  for (const [file, text] of pending) fs.writeFileSync(file, text);
  pending.clear();
};
process.on('SIGINT', () => {
  restore();
  process.exit(130);
});

let failed = 0;
let checked = 0;
for (const e of explained) {
  if (!e.killedBy || (only.length > 0 && !only.includes(e.file))) continue;
  const matches = (record.files[e.file]?.survivors ?? []).filter((s) => sameMutant(e, s));
  const label = `${e.file}: ${e.original} → ${e.replacement}`;
  if (matches.length === 0 || matches.some((s) => !s.at)) {
    console.log(`? ${label}: not among the recorded survivors (or recorded before their places were kept)`);
    failed++;
    continue;
  }
  const [testPath, name] = e.killedBy.split(' › ');
  const file = path.join(ROOT, e.file);
  const original = fs.readFileSync(file, 'utf8');
  for (const s of matches) {
    checked++;
    // The source may have changed since the run: the recorded place must still hold the recorded code.
    const [sl, sc, el, ec] = s.at;
    if (recorded(originalText(original, { start: { line: sl, column: sc }, end: { line: el, column: ec } })) !== s.original) {
      console.log(`? line ${s.line} ${label}: the source there has changed since the run (measure the file again)`);
      failed++;
      continue;
    }
    pending.set(file, original);
    // An operator's replacement goes in brackets, as Stryker's own switch puts it (`a ?? b ?? ''`
    // with `a ?? b` → `a && b` must read `(a && b) ?? ''`, not a syntax error). A mutant recorded as a
    // whole statement is not an expression: a switch case's (`case x:` without its statements) or a
    // loop's condition (`for (;;)` → `for (; false;)`).
    const statement = /^(case|for|while|do)\b/;
    const code = EXPRESSION_MUTATORS.has(s.mutator) && !statement.test(s.original) && !statement.test(s.code) ? `(${s.code})` : s.code;
    fs.writeFileSync(file, mutate(original, s.at, code));
    const args = [require.resolve('jest/bin/jest'), '-c', 'test/mutation/jest.config.js', '--silent', testPath];
    if (name) args.push('-t', name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // A mutant that makes the test loop forever is detected, as Stryker counts a timeout.
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT_MS, killSignal: 'SIGKILL' });
    restore();
    if (run.error?.code === 'ETIMEDOUT') {
      console.log(`✓ line ${s.line} ${label}: the test did not end in ${TIMEOUT_MS / 1000} s (a timeout, as Stryker counts it) (${e.killedBy})`);
      continue;
    }
    const ran = /Tests:.*\b(\d+) (failed|passed)/.test(run.stderr) && !/Tests:\s+\d+ skipped, 0 total|Tests:\s+0 total/.test(run.stderr);
    if (run.status !== 0 && ran && /failed/.test(run.stderr)) console.log(`✓ line ${s.line} ${label}: killed by ${e.killedBy}`);
    else {
      failed++;
      console.log(`✗ line ${s.line} ${label}: ${ran ? 'still passes' : 'the test did not run'} (${e.killedBy})`);
    }
  }
}
console.log(`${checked} checked, ${failed} not confirmed`);
process.exit(failed > 0 ? 1 : 0);
