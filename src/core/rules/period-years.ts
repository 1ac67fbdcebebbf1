/**
 * period-years
 *
 * Notice, 二: "主体工作、主要活动为近五年内组织开展". A body that tells of work in a year before
 * `notice.year − period.withinYears` (2019 for 2024) may describe work outside the window:
 * an info, for the author to check, since history in the background is legitimate.
 *
 * Edge cases: a year is four digits 1900–2099 standing alone (not inside 12000 or 3.2019)
 * followed by 年 (`2018年`, `2018 年度`) or starting a range (`2017—2019年`); full-width
 * digits count. Years inside 《》 (document titles such as 《…2017年版》) are skipped. All
 * early years go into ONE info, in ascending order (`years`: `2015,2016,2018`), pointing at
 * the first mention in the text (`year` is that one, with its span).
 */
import type { CaseRule } from './types';
import { asciiDigits } from './period-range';
import { bodyRange, partAt } from './parts';

// No lookbehind: the pane's oldest webview (EdgeHTML 18) cannot parse one. The character
// before the year is matched instead, and the year's offset is taken from the match's end.
const YEAR = /(?:^|[^\d.．])((?:19|20)\d{2})(?![\d.．])(?=\s*(?:年|[-－—–~～至到]+\s*(?:19|20)\d{2}))/g;

/** UTF-16 ranges of 《…》 titles in a text (nesting counted). */
function titleRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '》' && depth > 0) {
      depth--;
      if (depth === 0) out.push([start, i + 1]);
    }
  }
  return out;
}

export const periodYears: CaseRule = {
  id: 'period-years',
  meta: {
    severity: 'info',
    scope: 'case',
    messageIds: ['early-year'],
    clause: '主体工作、主要活动为近五年内组织开展',
    description: 'The body names a year earlier than the notice year minus the window.',
    uses: ['period.withinYears', 'notice.year'],
  },
  check(ctx, report) {
    const range = bodyRange(ctx.structure, ctx.profile);
    if (!range) return;
    const { withinYears } = ctx.profile.period;
    const earliestYear = ctx.profile.notice.year - withinYears;
    const seen = new Set<number>();
    let first: { year: number; paragraph: number; at: number } | undefined;
    for (let i = range.start; i < range.end; i++) {
      const text = ctx.doc.paragraphs[i]?.text;
      if (!text || !/[12１２]/.test(text)) continue;
      const titles = text.includes('《') ? titleRanges(text) : [];
      const norm = asciiDigits(text);
      for (const m of norm.matchAll(YEAR)) {
        const year = Number(m[1]);
        const at = (m.index ?? 0) + m[0].length - m[1].length;
        if (year >= earliestYear || seen.has(year)) continue;
        if (titles.some(([s, e]) => at >= s && at < e)) continue;
        seen.add(year);
        if (!first) first = { year, paragraph: i, at };
      }
    }
    if (!first) return;
    const years = [...seen].sort((a, b) => a - b);
    report({
      messageId: 'early-year',
      data: { year: first.year, years: years.join(','), count: years.length, earliestYear, withinYears },
      target: { part: partAt(ctx.structure, first.paragraph) ?? 'body', paragraph: first.paragraph },
      span: { paragraph: first.paragraph, start: first.at, end: first.at + 4 },
    });
  },
};
