'use strict';
/**
 * checkCase on synthetic cases of 2,000, 20,000 and 200,000 字: median time, and how
 * the time grows per 10× size (linear when the ratio stays at about 10 or below).
 */
const { buildCase } = require('./synthetic-case');

const SIZES = [2000, 20000, 200000];
const TARGETS = { 2000: 1, 200000: 100 };
/** Time may grow by up to this factor per 10× size and still count as linear. */
const LINEAR = 12;

module.exports = {
  title: '检查速度：checkCase（合成案例）',
  async run(h) {
    const { checkCase } = h.lib('core/engine');
    const { getBuiltinProfile } = h.lib('core/profile');
    const { countParagraphs } = h.lib('core/count');
    const profile = getBuiltinProfile('neu-2024');
    const rows = [];
    const checks = [];
    const docs = SIZES.map((size) => buildCase(size, countParagraphs, size));
    const reports = [];
    // Sizes are timed in interleaved rounds (see measureInterleaved): on a shared machine a
    // passing load then slows every size alike instead of skewing the growth ratios.
    const results = h.measureInterleaved(
      docs.map((doc, i) => () => (reports[i] = checkCase(doc, profile, { category: 'committee' }))),
      { batch: SIZES.map((size) => Math.max(1, Math.round(200000 / size))), rounds: 60, warmup: 5 },
    );
    const medians = results.map((m) => m.median);
    SIZES.forEach((size, i) => {
      const doc = docs[i];
      const m = results[i];
      const target = TARGETS[size];
      const ok = target === undefined ? undefined : m.median <= target;
      rows.push([
        `${h.int(size)} 字`,
        h.int(countParagraphs(doc.paragraphs).words),
        h.int(doc.paragraphs.length),
        String(doc.paragraphs.filter((p) => p.pictures.length).length),
        String(reports[i].diagnostics.length),
        h.ms(m.median),
        h.ms(m.p90),
        String(m.runs),
        target === undefined ? '' : `≤ ${target} ms ${ok ? '✓' : '✗'}`,
      ]);
      if (target !== undefined) checks.push({ name: `${h.int(size)} 字 检查 ≤ ${target} ms`, ok, detail: h.ms(m.median) });
    });
    const growth = [];
    for (let i = 1; i < SIZES.length; i++) {
      const ratio = medians[i] / medians[i - 1];
      growth.push({ from: SIZES[i - 1], to: SIZES[i], ratio });
    }
    const worst = Math.max(...growth.map((g) => g.ratio));
    const linear = worst <= LINEAR;
    checks.push({ name: `每 10 倍规模耗时增长 ≤ ${LINEAR} 倍（线性）`, ok: linear, detail: `最大 ×${worst.toFixed(1)}` });
    const markdown = [
      h.mdTable(['规模', '实际字数', '段落', '图片', '问题', '中位数', 'p90', '次数', '目标'], rows),
      '',
      `增长：${growth.map((g) => `${h.int(g.from)}→${h.int(g.to)} 字 ×${g.ratio.toFixed(1)}`).join('，')}` +
        `；${linear ? '线性 ✓' : `超过线性 ✗（每 10 倍 > ${LINEAR} 倍）`}`,
    ].join('\n');
    return { markdown, checks };
  },
};
