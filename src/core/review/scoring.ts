/**
 * The evaluation (评审表) after the formal review: one sheet per expert, one row per case
 * that passed, one column per criterion of the notice (真实性, 完整性, 创新性, 融合性, 典型性)
 * with its weight and score range from the profile, and a total formula; then the filled
 * sheets read back into a ranking with each expert's scores, the mean and a flag where the
 * experts disagree widely.
 *
 * The sheet is laid out here as a grid of plain cells and formulas (src/export writes it with
 * exceljs); reading back takes rows of cell texts (src/export/sheet.ts, the capped reader).
 * Totals are always computed again from the criteria scores and the profile's weights: a
 * formula in a returned sheet may have been overwritten, and its cached value is whatever
 * the expert's spreadsheet program left there.
 *
 * Which cases pass: those the reviewer marked 通过, and those without a verdict that have no
 * open error (an error the reviewer did not uphold does not count). 退回修改 and 不予受理 do not.
 */
import type { Criterion, Profile } from '../profile/types';
import { foldWidth, normalizeForSimilarity } from '../batch/normalize';
import { categoryLabel } from '../batch/table';
import type { Board } from './board';
import type { DecidedCase, ReviewState } from './types';

export interface ScoredCriterion {
  id: string;
  label: string;
  weight: number;
  text: string;
}

export interface ScoringSpec {
  criteria: ScoredCriterion[];
  min: number;
  max: number;
  disagreement: number;
  /** Why these numbers, when the notice does not give them. */
  assumed?: string;
}

/** The profile's scoring, or why there is none. */
export function scoringSpec(profile: Profile): ScoringSpec | { error: string } {
  const s = profile.review?.scoring;
  if (!s) return { error: `配置“${profile.id}”中没有评审的权重和分值范围（review.scoring）。` };
  return {
    criteria: profile.criteria.map((c: Criterion) => ({ id: c.id, label: c.label, weight: s.weights[c.id] ?? 0, text: c.text })),
    min: s.min,
    max: s.max,
    disagreement: s.disagreement,
    ...(s.assumed ? { assumed: s.assumed } : {}),
  };
}

export interface EvaluationCase {
  /** 编号 on the sheet: 01, 02 ... */
  id: string;
  unit: string;
  title: string;
  category: string;
  file: string;
}

/** The cases that go to the experts, in the board's order (unit by unit), numbered. */
export function evaluationCases(state: ReviewState, board: Board, profile: Profile): EvaluationCase[] {
  const openErrors = new Set<string>();
  for (const p of state.problems) {
    if (p.severity === 'error' && p.decision?.verdict !== 'dismissed') for (const f of p.files) openErrors.add(f);
  }
  const passes = (c: DecidedCase) => c.ok && (c.decision?.verdict === 'pass' || (!c.decision?.verdict && !openErrors.has(c.file)));
  const byFile = new Map(state.cases.map((c) => [c.file, c]));
  const order = board.rows.flatMap((r) => r.files);
  const chosen = order.map((f) => byFile.get(f)).filter((c): c is DecidedCase => Boolean(c && passes(c)));
  const width = Math.max(2, String(chosen.length).length);
  return chosen.map((c, i) => ({
    id: String(i + 1).padStart(width, '0'),
    unit: c.unit,
    title: c.title,
    category: categoryLabel(c.category, profile),
    file: c.file,
  }));
}

export type GridCell = string | number | null | { formula: string };

export interface SheetGrid {
  name: string;
  /** Row-major from A1. */
  cells: GridCell[][];
  /** Ranges to merge (`A1:K1`). */
  merges: string[];
  /** Column widths in characters. */
  widths: number[];
  /** Rows above this (1-based) stay in view. */
  frozenRows: number;
  /** Cells where a score goes: checked against [min, max] by the spreadsheet program. */
  scores?: { range: string; min: number; max: number };
  /** Rows (1-based) to draw as headers. */
  headerRows: number[];
}

/** The header cell that identifies an evaluation sheet's table (with every criterion's label). */
export const ID_HEADER = '编号';
export const EXPERT_LABEL = '评审专家：';
const TOTAL = '总分';
const COMMENT = '评语（可选）';
/** A sheet named like this is any expert's: the name is read from the 评审专家 cell or the file. */
export const GENERIC_EXPERT = '评审专家';

function col(n: number): string {
  let s = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** An Excel sheet name: at most 31 characters, none of : \ / ? * [ ], unique in the book. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = [...name.replace(/[:\\/?*[\]]/gu, '_').trim()].slice(0, 28).join('') || GENERIC_EXPERT;
  let s = base;
  for (let n = 2; taken.has(s); n++) s = `${base}（${n}）`;
  taken.add(s);
  return s;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The workbook: a sheet of instructions, then one sheet per expert (one generic sheet when no names are given). */
export function evaluationWorkbook(profile: Profile, spec: ScoringSpec, cases: readonly EvaluationCase[], experts: readonly string[]): SheetGrid[] {
  const names = experts.map((e) => e.trim()).filter(Boolean);
  const taken = new Set<string>();
  const title = `${profile.name}评审表`;
  const k = spec.criteria.length;
  const first = 4; // criteria start at column E (0-based 4)
  const totalCol = first + k;
  const range = `${fmt(spec.min)}～${fmt(spec.max)}`;
  const guide: SheetGrid = {
    name: sheetName('评分说明', taken),
    cells: [
      [title],
      [`依据《${profile.notice.title}》（${profile.notice.number}）“具体标准”的五个方面评分。`],
      [`每项评分 ${range} 分；总分 = Σ（各项得分 ÷ ${fmt(spec.max)} × 权重），满分 100 分。表中总分由公式计算，请只填写各项得分。`],
      ...(spec.assumed ? [[`说明：${spec.assumed}`]] : []),
      [],
      ['评选标准', '权重（%）', '分值', '要求（通知原文）'],
      ...spec.criteria.map((c) => [c.label, c.weight, range, c.text]),
    ],
    merges: [],
    widths: [12, 10, 10, 100],
    frozenRows: 0,
    headerRows: [spec.assumed ? 6 : 5],
  };
  const sheet = (expert: string): SheetGrid => {
    const weightRow = 3;
    const headerRow = 5;
    const firstData = headerRow + 1;
    const lastData = headerRow + Math.max(cases.length, 1);
    const rows: GridCell[][] = [
      [title],
      [EXPERT_LABEL, expert === GENERIC_EXPERT ? '' : expert, null, `每项 ${range} 分，总分满分 100 分；只填写各项得分，总分自动计算。`],
      [null, null, null, '权重（%）', ...spec.criteria.map((c) => c.weight), 100],
      [null, null, null, '分值', ...spec.criteria.map(() => range), '0～100'],
      [ID_HEADER, '申报单位', '案例名称', '类别', ...spec.criteria.map((c) => c.label), TOTAL, COMMENT],
    ];
    cases.forEach((c, i) => {
      const r = firstData + i;
      const a = `${col(first)}${r}`;
      const b = `${col(totalCol - 1)}${r}`;
      const terms = spec.criteria.map((_, j) => `${col(first + j)}${r}*${col(first + j)}$${weightRow}`).join('+');
      rows.push([c.id, c.unit, c.title, c.category, ...spec.criteria.map(() => null), { formula: `IF(COUNT(${a}:${b})<${k},"",ROUND((${terms})/${fmt(spec.max)},2))` }, null]);
    });
    return {
      name: sheetName(expert, taken),
      cells: rows,
      merges: [`A1:${col(totalCol + 1)}1`],
      widths: [8, 22, 36, 14, ...spec.criteria.map(() => 9), 9, 30],
      frozenRows: headerRow,
      scores: { range: `${col(first)}${firstData}:${col(totalCol - 1)}${lastData}`, min: spec.min, max: spec.max },
      headerRows: [headerRow],
    };
  };
  return [guide, ...(names.length ? names : [GENERIC_EXPERT]).map(sheet)];
}

// ---- Reading the filled sheets back --------------------------------------------------------

export interface ScoreSheetInput {
  /** The file's name as shown. */
  file: string;
  sheets: { name: string; rows: string[][] }[];
}

export interface ExpertCaseScore {
  expert: string;
  /** Per criterion, in the profile's order; null where not given (or not a valid score). */
  scores: (number | null)[];
  /** Computed from the scores and the profile's weights; null unless every criterion is scored. */
  total: number | null;
}

export interface RankingRow {
  /** 1-based, equal means share a rank; null when no expert scored the case completely. */
  rank: number | null;
  id: string;
  unit: string;
  title: string;
  category: string;
  experts: ExpertCaseScore[];
  mean: number | null;
  /** Highest minus lowest total of the experts who scored the case completely. */
  spread: number | null;
  /** Spread at or above the profile's `disagreement`. */
  disagree: boolean;
  /** Every expert scored every criterion. */
  complete: boolean;
}

export interface Ranking {
  criteria: ScoredCriterion[];
  experts: string[];
  rows: RankingRow[];
  /** zh-CN sentences, each naming the file: scores out of range, files with no sheet, conflicting copies ... */
  problems: string[];
  disagreement: number;
}

function fileStem(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return base.replace(/\.[^.]*$/, '');
}

const norm = (s: string | undefined) => foldWidth(s ?? '').replace(/[：:]$/u, '');

/** A score as typed: full-width digits, a trailing 分, spaces. */
function parseScore(cell: string): number | null | 'bad' {
  const s = foldWidth(cell).replace(/分$/u, '');
  if (s === '') return null;
  if (!/^-?\d+(?:\.\d+)?$/.test(s)) return 'bad';
  return Number(s);
}

interface ParsedSheet {
  expert: string;
  where: string;
  rows: { id: string; unit: string; title: string; category: string; scores: (number | null)[] }[];
}

function parseSheet(file: string, name: string, rows: string[][], spec: ScoringSpec, problems: string[]): ParsedSheet | undefined {
  const labels = spec.criteria.map((c) => norm(c.label));
  const h = rows.findIndex((r) => r.some((c) => norm(c) === ID_HEADER) && labels.every((l) => r.some((c) => norm(c) === l)));
  if (h < 0) return undefined;
  const header = rows[h].map(norm);
  const at = (label: string) => header.indexOf(label);
  const idCol = at(ID_HEADER);
  const unitCol = at('申报单位');
  const titleCol = at('案例名称');
  const catCol = at('类别');
  const critCols = labels.map(at);
  let expert = '';
  for (const r of rows.slice(0, h)) {
    const i = r.findIndex((c) => norm(c).startsWith(norm(EXPERT_LABEL)));
    if (i < 0) continue;
    const inline = foldWidth(r[i]).replace(/^评审专家[：:]?/u, '').trim();
    expert = inline || (r.slice(i + 1).find((c) => c.trim()) ?? '').trim();
  }
  if (!expert) expert = name.trim() && !/^(sheet\d*|评审专家.*|工作表\d*)$/iu.test(name.trim()) ? name.trim() : fileStem(file);
  const where = `“${file}”的工作表“${name}”`;
  const parsed: ParsedSheet = { expert, where, rows: [] };
  for (let i = h + 1; i < rows.length; i++) {
    const r = rows[i];
    const id = foldWidth(r[idCol] ?? '');
    if (!id) continue;
    const scores = critCols.map((c, j) => {
      const raw = r[c] ?? '';
      const v = parseScore(raw);
      const label = spec.criteria[j].label;
      if (v === 'bad') {
        problems.push(`${where}第 ${i + 1} 行（编号 ${id}）“${label}”一栏“${raw}”不是分数，未计入。`);
        return null;
      }
      if (v !== null && (v < spec.min || v > spec.max)) {
        problems.push(`${where}第 ${i + 1} 行（编号 ${id}）“${label}”为 ${v} 分，超出 ${fmt(spec.min)}～${fmt(spec.max)} 分的范围，未计入。`);
        return null;
      }
      return v;
    });
    parsed.rows.push({ id, unit: (r[unitCol] ?? '').trim(), title: (r[titleCol] ?? '').trim(), category: catCol >= 0 ? (r[catCol] ?? '').trim() : '', scores });
  }
  return parsed;
}

function totalOf(scores: (number | null)[], spec: ScoringSpec): number | null {
  if (scores.some((s) => s === null)) return null;
  const t = scores.reduce<number>((sum, s, j) => sum + ((s as number) / spec.max) * spec.criteria[j].weight, 0);
  return Math.round(t * 100) / 100;
}

/** The filled sheets as a ranking. Sheets that are not evaluation sheets (the instructions) are passed over. */
export function readScores(inputs: readonly ScoreSheetInput[], spec: ScoringSpec): Ranking {
  const problems: string[] = [];
  const experts: string[] = [];
  // Case key → its row; expert → case key → scores (the first file that scored it wins).
  const cases = new Map<string, RankingRow>();
  const given = new Map<string, Map<string, { scores: (number | null)[]; where: string }>>();
  for (const input of inputs) {
    let found = false;
    for (const s of input.sheets) {
      const sheet = parseSheet(input.file, s.name, s.rows, spec, problems);
      if (!sheet) continue;
      found = true;
      const filled = sheet.rows.filter((r) => r.scores.some((v) => v !== null));
      if (filled.length === 0) continue;
      if (!experts.includes(sheet.expert)) experts.push(sheet.expert);
      const mine = given.get(sheet.expert) ?? new Map();
      given.set(sheet.expert, mine);
      for (const r of filled) {
        const key = `${r.id}|${normalizeForSimilarity(r.title)}`;
        if (!cases.has(key)) cases.set(key, { rank: null, id: r.id, unit: r.unit, title: r.title, category: r.category, experts: [], mean: null, spread: null, disagree: false, complete: false });
        const before = mine.get(key);
        if (before) {
          if (before.scores.join() !== r.scores.join()) problems.push(`专家“${sheet.expert}”对编号 ${r.id} 的评分在${before.where}和${sheet.where}中不一致，采用${before.where}的评分。`);
          continue;
        }
        mine.set(key, { scores: r.scores, where: sheet.where });
      }
    }
    if (!found) problems.push(`“${input.file}”中没有评审表（找不到“${ID_HEADER}”和各项评选标准的表头），已跳过。`);
  }
  for (const [key, row] of cases) {
    for (const expert of experts) {
      const g = given.get(expert)?.get(key);
      const scores = g?.scores ?? spec.criteria.map(() => null);
      row.experts.push({ expert, scores, total: totalOf(scores, spec) });
    }
    const totals = row.experts.map((e) => e.total).filter((t): t is number => t !== null);
    row.complete = totals.length === experts.length;
    if (totals.length) {
      row.mean = Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 100) / 100;
      row.spread = Math.round((Math.max(...totals) - Math.min(...totals)) * 100) / 100;
      row.disagree = totals.length > 1 && row.spread >= spec.disagreement;
    }
    if (!row.complete) {
      const missing = row.experts.filter((e) => e.total === null).map((e) => e.expert);
      problems.push(`编号 ${row.id}《${row.title}》：${missing.map((m) => `“${m}”`).join('、')}的评分不完整，平均分只计已完整评分的专家。`);
    }
  }
  const rows = [...cases.values()].sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  let rank = 0;
  rows.forEach((r, i) => {
    if (r.mean === null) return;
    if (i === 0 || r.mean !== rows[i - 1].mean) rank = i + 1;
    r.rank = rank;
  });
  return { criteria: spec.criteria, experts, rows, problems, disagreement: spec.disagreement };
}

/** The ranking as a table of cells (header first): the CLI's CSV and text, the .xlsx ranking sheet, the page. */
export function rankingTable(r: Ranking): (string | number | null)[][] {
  const header = ['名次', ID_HEADER, '申报单位', '案例名称', ...r.experts.map((e) => `${e}（总分）`), '平均分', '最高最低分差', '分歧'];
  return [
    header,
    ...r.rows.map((row) => [
      row.rank,
      row.id,
      row.unit,
      row.title,
      ...row.experts.map((e) => e.total),
      row.mean,
      row.spread,
      row.disagree ? `分歧较大（≥ ${r.disagreement} 分）` : row.complete ? '' : '评分不完整',
    ]),
  ];
}

/** Each expert's scores per criterion (one row per case and expert): the detail sheet. */
export function scoreDetailTable(r: Ranking): (string | number | null)[][] {
  return [
    [ID_HEADER, '案例名称', '评审专家', ...r.criteria.map((c) => `${c.label}（${c.weight}%）`), '总分'],
    ...r.rows.flatMap((row) => row.experts.map((e) => [row.id, row.title, e.expert, ...e.scores, e.total])),
  ];
}
