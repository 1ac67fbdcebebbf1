/**
 * The submission board (报送情况): one line per 分党委 (直属党总支) — how many cases it sent
 * (0, 1, 2 or more), their levels, whether the stamped first-page scans are there, its open
 * errors and warnings (a problem the reviewer did not uphold no longer counts), the
 * reviewer's verdicts, and what is wrong in a few words. With a roster, the units that sent
 * nothing are lines too, in the roster's order. Case files whose unit no cover and no folder
 * tells are gathered on a last line, so that nothing received is missing from the board.
 */
import type { Profile } from '../profile/types';
import { categoryLabel } from '../batch/table';
import type { BatchReport, UnitRoster } from '../batch/types';
import { unitsOfFiles } from './problems';
import type { CaseVerdict, ReviewState } from './types';
import { BOARD_LABELS, CASE_VERDICT_WORDS } from './words';

/** Stamped scans of a unit's cases: every case has one, some do, none does; or no case to have one. */
export type ScanState = 'all' | 'some' | 'none' | 'n/a';

export type BoardStatus = 'none' | 'over' | 'problems' | 'ok';

export interface BoardRow {
  /** The batch unit key; '' for the line of files without a unit. */
  unitKey: string;
  unit: string;
  inRoster: boolean;
  /** Readable cases. */
  cases: number;
  /** Case files of the unit that could not be read. */
  unreadable: number;
  /** All its case files, readable or not. */
  files: string[];
  /** The categories of its readable cases, in order (分党委（直属党总支）, 教师党支部 ...). */
  levels: string[];
  scan: ScanState;
  /** Open problems (dismissed ones left out), each counted once for the unit. */
  errors: number;
  warnings: number;
  verdicts: Record<CaseVerdict, number>;
  status: BoardStatus;
  /** What needs attention, in words (超出限报数量（3 项）, 缺少首页盖章扫描件 ...), or 符合要求. */
  notes: string[];
}

export interface Board {
  rows: BoardRow[];
  totals: { units: number; submitted: number; none: number; cases: number; unreadable: number; over: number };
}

const SCAN_WORDS: Record<ScanState, string> = { all: '齐全', some: '部分缺少', none: '缺少', 'n/a': '—' };

export function scanWord(s: ScanState): string {
  return SCAN_WORDS[s];
}

export const BOARD_COLUMNS = ['unit', 'cases', 'levels', 'scan', 'errors', 'warnings', 'verdicts', 'status'] as const;

export function boardHeaders(): string[] {
  return BOARD_COLUMNS.map((c) => BOARD_LABELS[c]);
}

/** `2（分党委（直属党总支）、教师党支部）` style cells, plain text: what the .xlsx, CSV and terminal show. */
export function boardCells(r: BoardRow): (string | number)[] {
  const verdicts = (Object.keys(CASE_VERDICT_WORDS) as CaseVerdict[]).filter((v) => r.verdicts[v]).map((v) => `${CASE_VERDICT_WORDS[v]} ${r.verdicts[v]}`);
  return [
    r.unit,
    r.unreadable ? `${r.cases}（另有 ${r.unreadable} 个无法读取）` : r.cases,
    r.levels.join('、') || '—',
    scanWord(r.scan),
    r.errors,
    r.warnings,
    verdicts.join('，') || '—',
    r.notes.join('；'),
  ];
}

/** `roster`, when given, orders the lines as the department's own list does; units outside it follow in the order first seen. */
export function submissionBoard(batch: BatchReport, profile: Profile, state: ReviewState, roster?: UnitRoster): Board {
  const max = profile.batch.maxCasesPerUnit;
  const unitOf = unitsOfFiles(batch, profile.batch.unitNames);
  const order = new Map((roster?.units ?? []).map((u, i) => [u.id, i]));
  const rank = (u: { rosterId?: string }) => (u.rosterId !== undefined ? (order.get(u.rosterId) ?? order.size) : order.size + 1);
  const units = [...(batch.units ?? [])].sort((a, b) => rank(a) - rank(b));
  const row = (unitKey: string, unit: string, inRoster: boolean): BoardRow => ({
    unitKey,
    unit,
    inRoster,
    cases: 0,
    unreadable: 0,
    files: [],
    levels: [],
    scan: 'n/a',
    errors: 0,
    warnings: 0,
    verdicts: { pass: 0, revise: 0, reject: 0 },
    status: 'ok',
    notes: [],
  });
  const rows = units.map((u) => row(u.key, u.name, u.inRoster));
  const orphan = row('', '（未能确定申报单位）', false);
  const byKey = new Map(rows.map((r) => [r.unitKey, r]));
  const rowOf = (key: string | undefined) => (key !== undefined ? byKey.get(key) : undefined) ?? orphan;
  const withScan = new Map<BoardRow, number>();
  for (const f of batch.files) {
    if (f.kind !== 'case') continue;
    const r = rowOf(unitOf.get(f.file));
    r.files.push(f.file);
    if (!f.ok) {
      r.unreadable++;
      continue;
    }
    r.cases++;
    r.levels.push(categoryLabel(f.category, profile) || '未标明类别');
    if (f.scans?.length) withScan.set(r, (withScan.get(r) ?? 0) + 1);
  }
  for (const p of state.problems) {
    if (p.decision?.verdict === 'dismissed' || p.scope === 'batch') continue;
    const r = p.unitKey !== undefined ? byKey.get(p.unitKey) : p.scope === 'case' ? orphan : undefined;
    if (!r) continue;
    if (p.severity === 'error') r.errors++;
    else if (p.severity === 'warning') r.warnings++;
  }
  const levelsProblem = new Set(state.problems.filter((p) => p.ruleId === 'unit-levels' && p.decision?.verdict !== 'dismissed').map((p) => p.unitKey));
  for (const c of state.cases) {
    const v = c.decision?.verdict;
    if (v) rowOf(c.unitKey).verdicts[v]++;
  }
  const all = orphan.files.length ? [...rows, orphan] : rows;
  for (const r of all) {
    if (r === orphan) {
      r.notes.push('封面没有申报单位，请人工核对');
      continue;
    }
    if (r.cases > 0 && profile.batch.scans) {
      const n = withScan.get(r) ?? 0;
      r.scan = n === r.cases ? 'all' : n === 0 ? 'none' : 'some';
    }
    if (r.files.length === 0) {
      r.status = 'none';
      r.notes.push('未报送');
      continue;
    }
    if (r.cases > max) {
      r.status = 'over';
      r.notes.push(`超出限报数量（${r.cases} 项，限报 ${max} 项）`);
    }
    if (levelsProblem.has(r.unitKey)) r.notes.push('案例层级相同');
    if (r.scan === 'none' || r.scan === 'some') r.notes.push(r.scan === 'none' ? '缺少首页盖章扫描件' : '部分案例缺少首页盖章扫描件');
    if (r.unreadable) r.notes.push(`${r.unreadable} 个文件无法读取`);
    if (r.errors && r.status !== 'over') r.status = 'problems';
    if (r.notes.length === 0) r.notes.push(r.errors ? '有错误需要修改' : r.warnings ? '有警告待核实' : '符合要求');
  }
  return {
    rows: all,
    totals: {
      units: rows.length,
      submitted: all.filter((r) => r.unitKey && r.files.length > 0).length,
      none: all.filter((r) => r.status === 'none').length,
      cases: all.reduce((n, r) => n + r.cases, 0),
      unreadable: all.reduce((n, r) => n + r.unreadable, 0),
      over: all.filter((r) => r.status === 'over').length,
    },
  };
}

/** The board in one sentence: 共 12 个单位：已报送 11 个，未报送 1 个；案例 15 项，超出限报 1 个单位. */
export function boardSummary(b: Board): string {
  const t = b.totals;
  return (
    `共 ${t.units} 个单位：已报送 ${t.submitted} 个` +
    (t.none ? `，未报送 ${t.none} 个` : '') +
    `；收到案例 ${t.cases} 项` +
    (t.unreadable ? `（另有 ${t.unreadable} 个文件无法读取）` : '') +
    (t.over ? `；${t.over} 个单位超出限报数量` : '') +
    '。'
  );
}
