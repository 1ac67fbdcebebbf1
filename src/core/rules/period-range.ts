/**
 * period-range
 *
 * Notice, 二: "主体工作、主要活动为近五年内组织开展，并且实施满两年（或满两个周期）". With the
 * profile's numbers: the declared start must not be before `notice.year − period.withinYears`
 * (2024 − 5 = 2019: 2019 is fine, 2018 is not), and the work must have run
 * `period.minYearsRunning` years by the deadline (`notice.deadline`, 2024-11-27: a start in
 * 2022年11月 is fine, 2022年12月 is not).
 *
 * Edge cases: the start is the first date in the field: `2021年9月`, `2021年09月`, `2021.09`,
 * `2021-9`, `2021/9`, `2021年`, `2021年9月至今`, `2021.09—2024.06`, full-width digits. A month
 * counts from its first day. A year without a month is given the benefit of the doubt
 * (January). A field with no recognisable year is `unreadable` (info), unless it still holds
 * the template's prompt (placeholder-left says so). No period field: the
 * field is only recommended, nothing is said.
 */
import type { CaseRule } from './types';
import { ctxValue, onlyPlaceholders } from './parts';

export interface YearMonth {
  year: number;
  month?: number;
}

/** ASCII digits for full-width ones; the length is unchanged, so offsets stay valid. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

// No lookbehind (EdgeHTML 18 cannot parse one): the character before the year is matched instead.
const START = /(?:^|\D)((?:19|20)\d{2})(?!\d)(?:\s*(?:年|[.．\-－/／]))?(?:\s*(\d{1,2})(?!\d))?/;

export function parseStart(text: string): YearMonth | undefined {
  const m = START.exec(asciiDigits(text));
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] !== undefined ? Number(m[2]) : undefined;
  return month !== undefined && month >= 1 && month <= 12 ? { year, month } : { year };
}

function parseIsoDate(s: string): YearMonth | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(s);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

function show(ym: YearMonth): string {
  return ym.month ? `${ym.year}年${ym.month}月` : `${ym.year}年`;
}

export const periodRange: CaseRule = {
  id: 'period-range',
  meta: {
    severity: 'warning',
    scope: 'case',
    messageIds: ['too-old', 'too-recent', 'unreadable'],
    clause: '主体工作、主要活动为近五年内组织开展，并且实施满两年（或满两个周期）',
    description: 'The declared start is too long ago, or too recent to have run the minimum time.',
    uses: ['period.withinYears', 'period.minYearsRunning', 'notice.year', 'notice.deadline', 'parts.period'],
  },
  check(ctx, report) {
    const value = ctxValue(ctx, 'period');
    if (value === undefined || value.trim() === '' || onlyPlaceholders(value, ctx.profile)) return;
    const target = { part: 'period' as const, paragraph: ctx.structure.parts.period?.start };
    const start = parseStart(value);
    if (!start) {
      report({ messageId: 'unreadable', severity: 'info', data: { value }, target });
      return;
    }
    const { withinYears, minYearsRunning } = ctx.profile.period;
    const earliestYear = ctx.profile.notice.year - withinYears;
    if (start.year < earliestYear) {
      report({
        messageId: 'too-old',
        data: { value, start: show(start), year: start.year, month: start.month ?? null, earliestYear, withinYears },
        target,
      });
      return;
    }
    const deadline = parseIsoDate(ctx.profile.notice.deadline);
    if (!deadline?.month) return;
    const startIndex = start.year * 12 + (start.month ?? 1) - 1;
    const latestIndex = deadline.year * 12 + deadline.month - 1 - minYearsRunning * 12;
    if (startIndex <= latestIndex) return;
    const latest = { year: Math.floor(latestIndex / 12), month: (latestIndex % 12) + 1 };
    report({
      messageId: 'too-recent',
      data: {
        value,
        start: show(start),
        year: start.year,
        month: start.month ?? null,
        latest: show(latest),
        latestYear: latest.year,
        latestMonth: latest.month,
        deadline: ctx.profile.notice.deadline,
        minYears: minYearsRunning,
      },
      target,
    });
  },
};
