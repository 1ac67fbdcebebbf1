'use strict';
/**
 * Shared bench helpers: timing (median over many runs after a warm-up), formatting,
 * and access to the compiled library in lib/ (built by `npm run build:cli`).
 */
const path = require('node:path');
const fs = require('node:fs');

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');

function lib(rel) {
  const file = path.join(ROOT, 'lib', rel);
  if (!fs.existsSync(file + '.js') && !fs.existsSync(path.join(file, 'index.js'))) {
    throw new Error(`lib/${rel} is missing: run \`npm run build:cli\` first (npm run bench does).`);
  }
  return require(file);
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Runs `fn` `warmup` times untimed, then times it until both `minRuns` runs and
 * `minTimeMs` have passed (or `maxRuns`). Returns the median, p10 and p90 in ms.
 */
function measure(fn, { warmup = 20, minRuns = 30, maxRuns = 100000, minTimeMs = 1000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  const start = nowMs();
  while (times.length < maxRuns && (times.length < minRuns || nowMs() - start < minTimeMs)) {
    const t0 = nowMs();
    fn();
    times.push(nowMs() - t0);
  }
  times.sort((a, b) => a - b);
  return { runs: times.length, median: quantile(times, 0.5), p10: quantile(times, 0.1), p90: quantile(times, 0.9) };
}

/**
 * Times several functions in interleaved rounds, so that a load that comes and goes on
 * the machine falls on every one of them alike (their ratios stay fair). In each round
 * case i runs `batch[i]` times in a row; its per-call time is that batch's mean. Returns,
 * per case, the median, p10 and p90 over rounds of the per-call time.
 */
function measureInterleaved(fns, { batch, rounds = 40, warmup = 3 }) {
  for (let w = 0; w < warmup; w++) fns.forEach((fn, i) => { for (let k = 0; k < batch[i]; k++) fn(); });
  const times = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const t0 = nowMs();
      for (let k = 0; k < batch[i]; k++) fn();
      times[i].push((nowMs() - t0) / batch[i]);
    });
  }
  return times.map((t, i) => {
    t.sort((a, b) => a - b);
    return { runs: t.length * batch[i], median: quantile(t, 0.5), p10: quantile(t, 0.1), p90: quantile(t, 0.9) };
  });
}

function ms(x) {
  if (x < 0.1) return `${(x * 1000).toFixed(0)} µs`;
  if (x < 10) return `${x.toFixed(2)} ms`;
  return `${x.toFixed(1)} ms`;
}

function int(n) {
  return n.toLocaleString('en-US');
}

function mdTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

module.exports = { ROOT, SHARED, lib, measure, measureInterleaved, ms, int, mdTable, nowMs };
