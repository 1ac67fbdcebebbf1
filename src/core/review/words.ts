/**
 * The review round's words, shared by the page, the CLI, the .xlsx sheets and the letters,
 * so that a verdict is called the same everywhere.
 */
import { SEVERITY_WORDS } from '../severity';
import type { CaseVerdict, ProblemVerdict } from './types';

export const PROBLEM_VERDICT_WORDS: Readonly<Record<ProblemVerdict, string>> = { confirmed: '已核实', dismissed: '不采纳' };

export const CASE_VERDICT_WORDS: Readonly<Record<CaseVerdict, string>> = { pass: '通过', revise: '退回修改', reject: '不予受理' };

/** `不采纳：理由` / `已核实`: how a decided problem is written in tables. */
export function problemVerdictText(v: { verdict: ProblemVerdict | null; reason?: string } | undefined): string {
  if (!v?.verdict) return '';
  const word = PROBLEM_VERDICT_WORDS[v.verdict];
  return v.reason ? `${word}：${v.reason}` : word;
}

/** `退回修改：说明` / `通过`. */
export function caseVerdictText(v: { verdict: CaseVerdict | null; note?: string } | undefined): string {
  if (!v?.verdict) return '';
  const word = CASE_VERDICT_WORDS[v.verdict];
  return v.note ? `${word}：${v.note}` : word;
}

/** `2024-12-04` → `2024 年 12 月 4 日` (no weekday: the notice's own weekday is wrong). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[1])} 年 ${Number(m[2])} 月 ${Number(m[3])} 日` : iso;
}

/** The board's column headers, in order (see board.ts BOARD_COLUMNS). */
export const BOARD_LABELS = {
  unit: '申报单位',
  cases: '报送案例',
  levels: '层级',
  scan: '首页盖章扫描件',
  errors: SEVERITY_WORDS['zh-CN'].error,
  warnings: SEVERITY_WORDS['zh-CN'].warning,
  verdicts: '审核结论',
  status: '情况',
} as const;
