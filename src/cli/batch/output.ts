/**
 * Writing a folder check: text for the terminal, JSON (the single-file shape plus
 * `batch.diagnostics[]` and `batch.units[]`), CSV (the review table, UTF-8 with BOM) or
 * XLSX (review table and every diagnostic). Severity words are the shared ones
 * (src/core/severity.ts): 错误 / 警告 / 提示.
 */
import { commonFolder, reviewRows, sortDiagnostics, summaryLine, toCsv, reviewTable, type BatchReport, type BatchDiagnostic, type BatchUnit, type RowDecisions, type ScanPairing } from '../../core/batch';
import { printableName } from '../../core/limits';
import { boardCells, boardHeaders, boardSummary, CASE_VERDICT_WORDS, countDecisions, PROBLEM_VERDICT_WORDS, type Board, type ProblemEntry, type ReviewFile, type ReviewState } from '../../core/review';
import type { Profile } from '../../core/profile/types';
import type { Severity } from '../../core/report';
import { SEVERITY_WORDS } from '../../core/severity';
import { buildReviewXlsx } from '../../export/xlsx';
import { displayWidth, padEnd, table, truncate, type Style } from '../render/terminal';
import { cliVersion } from '../version';

export type BatchFormat = 'text' | 'json' | 'csv' | 'xlsx';
export type Locale = 'zh-CN' | 'en';

/** One entry of `files`: as in the single-file JSON output, or a scan, an ignored file, an unreadable file. */
export type BatchFileJson =
  | { file: string; error: { code: string; message: string } }
  | { file: string; kind: 'scan'; unit?: string; scanOf?: ScanPairing }
  | { file: string; kind: 'ignored'; ignored: string }
  | ({ file: string; format: 'docx'; unit?: string; scans: string[]; warnings: string[] } & Omit<NonNullable<BatchReport['files'][number]['report']>, 'profile'>);

/** The review round's view of the run (issue 12): the submission board, and with --review the decisions. */
export interface ReviewOutput {
  board: Board;
  state: ReviewState;
  /** Present when a review file is in use (--review): decisions in the table, the review section. */
  decisions?: RowDecisions;
  /** The review file as it will be written. */
  file?: ReviewFile;
}

export interface BatchJson {
  version: string;
  profile: string;
  files: BatchFileJson[];
  batch: {
    diagnostics: BatchDiagnostic[];
    summary: BatchReport['summary'];
    units: BatchUnit[];
    roster?: BatchReport['roster'];
    board?: Board;
    review?: { decided: { problems: number; cases: number }; resolved: ProblemEntry[]; moved: Record<string, string> };
  };
}

export function batchJson(batch: BatchReport, review?: ReviewOutput): BatchJson {
  const files: BatchFileJson[] = batch.files.map((f) => {
    if (f.kind === 'scan') return { file: f.file, kind: 'scan', ...(f.unit ? { unit: f.unit } : {}), ...(f.scanOf ? { scanOf: f.scanOf } : {}) };
    if (f.kind === 'ignored') return { file: f.file, kind: 'ignored', ignored: f.ignored ?? 'lock-file' };
    if (!f.report) return { file: f.file, error: { code: f.error?.code ?? 'unreadable', message: f.error?.message ?? '' } };
    const { profile: _p, ...rest } = f.report;
    return { file: f.file, format: 'docx', ...(f.unit ? { unit: f.unit } : {}), scans: f.scans ?? [], warnings: f.warnings ?? [], ...rest };
  });
  return {
    version: cliVersion(),
    profile: batch.profile,
    files,
    batch: {
      diagnostics: batch.diagnostics,
      summary: batch.summary,
      units: batch.units,
      ...(batch.roster ? { roster: batch.roster } : {}),
      ...(review ? { board: review.board } : {}),
      ...(review?.file ? { review: { decided: countDecisions(review.file), resolved: review.state.resolved, moved: review.state.moved } } : {}),
    },
  };
}

/** The board as a terminal section: one line per unit, the sentence above it. */
export function renderBoardText(board: Board, style: Style): string[] {
  const rows = board.rows.map((r) => boardCells(r).map(String));
  const lines = table([boardHeaders(), ...rows], [1, 4, 5]);
  return [style.bold(`报送情况：${boardSummary(board)}`), ...lines.map((l, i) => (i === 0 ? `  ${style.bold(l)}` : `  ${board.rows[i - 1].status === 'none' ? style.dim(l) : board.rows[i - 1].status === 'over' || board.rows[i - 1].status === 'problems' ? style.red(l) : l}`))];
}

/** With --review: what is decided and what was decided and no longer occurs. */
export function renderReviewText(review: ReviewOutput, style: Style, prefix: string): string[] {
  const s = review.state;
  const verdicts = { confirmed: 0, dismissed: 0 };
  for (const p of s.problems) if (p.decision?.verdict) verdicts[p.decision.verdict]++;
  const cases = { pass: 0, revise: 0, reject: 0 };
  for (const c of s.cases) if (c.decision?.verdict) cases[c.decision.verdict]++;
  const out = [
    style.bold('审核意见'),
    `  问题：${PROBLEM_VERDICT_WORDS.confirmed} ${verdicts.confirmed} 条，${PROBLEM_VERDICT_WORDS.dismissed} ${verdicts.dismissed} 条，已解决 ${s.resolved.length} 条` +
      `；案例：${(Object.keys(cases) as (keyof typeof cases)[]).map((v) => `${CASE_VERDICT_WORDS[v]} ${cases[v]} 项`).join('，')}` +
      (s.elsewhere.problems.length + s.elsewhere.cases.length ? `；另有 ${s.elsewhere.problems.length + s.elsewhere.cases.length} 条意见涉及本次未检查的案例（保留在审核记录中）` : '') +
      '。',
  ];
  for (const e of s.resolved) {
    const file = e.file && e.file.startsWith(prefix) ? e.file.slice(prefix.length) : e.file;
    out.push(`  ${style.green('已解决')} ${PROBLEM_VERDICT_WORDS[e.verdict ?? 'confirmed']}${e.reason ? `（${e.reason}）` : ''}：${e.message}${file ? `  ${style.dim(file)}` : ''}`);
  }
  return out;
}

const T = {
  'zh-CN': {
    header: (w: Record<Severity, string>) => ['文件', '申报单位', '类别', '简介', '正文', '图', w.error, w.warning],
    batch: (n: number) => `批次问题（${n}）`,
    noBatch: '批次问题：无',
    total: (s: BatchReport['summary']) => `${summaryLine(s, 'zh-CN')}；批次问题 ${s.errors} 个错误、${s.warnings} 个警告、${s.infos} 条提示。`,
    unreadable: '无法读取',
    written: (u: string) => `封面写作：${u}`,
  },
  en: {
    header: (w: Record<Severity, string>) => ['File', 'Unit', 'Category', 'Summ.', 'Body', 'Pic', w.error, w.warning],
    batch: (n: number) => `Batch problems (${n})`,
    noBatch: 'Batch problems: none',
    total: (s: BatchReport['summary']) => `${summaryLine(s, 'en')}; batch: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} info.`,
    unreadable: 'unreadable',
    written: (u: string) => `cover says: ${u}`,
  },
};

/** A path cut to `width` columns in its name, never in its extension: `甲学院/很长的案….docx`. */
export function fitPath(path: string, width: number): string {
  if (displayWidth(path) <= width) return path;
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(path)?.[0] ?? '';
  if (!ext || displayWidth(ext) + 2 > width) return truncate(path, width);
  return truncate(path.slice(0, -ext.length), width - displayWidth(ext)) + ext;
}

export function renderBatchText(batch: BatchReport, profile: Profile, style: Style, locale: Locale = 'zh-CN', review?: ReviewOutput): string {
  const t = T[locale];
  const words = SEVERITY_WORDS[locale];
  const rows = reviewRows(batch, profile, locale, review?.decisions);
  // Show paths below the folder all files share: the rows differ in what follows it.
  const prefix = commonFolder(rows.map((r) => r.file));
  const widths = [34, 22, 20, 6, 6, 3, 5, 5];
  const line = (cells: string[]) => cells.map((c, i) => padEnd(i === 0 ? fitPath(c, widths[i]) : truncate(c, widths[i]), widths[i])).join(' ').trimEnd();
  const out: string[] = [];
  if (prefix) out.push(style.dim(printableName(prefix)));
  out.push(style.bold(line(t.header(words))));
  for (const r of rows) {
    const cells = [
      printableName(r.file.slice(prefix.length)),
      r.unit || '—',
      r.kind !== 'case' || r.ok ? r.category || '—' : t.unreadable,
      r.summaryWords === null ? '—' : String(r.summaryWords),
      r.bodyWords === null ? '—' : String(r.bodyWords),
      r.pictureGroups === null ? '—' : String(r.pictureGroups),
      r.kind === 'case' ? String(r.errors) : '',
      r.kind === 'case' ? String(r.warnings) : '',
    ];
    const text = line(cells);
    out.push(r.worst === 'error' ? style.red(text) : r.worst === 'warning' ? style.yellow(text) : text);
    if (r.unitWritten) out.push(style.dim(`    ${t.written(r.unitWritten)}`));
    if (r.problems) out.push(`    ${truncate(r.problems, 120)}`);
    if (r.decision) out.push(style.cyan(`    审核：${r.decision}`));
  }
  out.push('');
  const others = sortDiagnostics(batch.diagnostics);
  if (others.length === 0) out.push(t.noBatch);
  else {
    out.push(style.bold(t.batch(others.length)));
    for (const d of others) {
      const word = words[d.severity];
      const tag = d.severity === 'error' ? style.red(word) : d.severity === 'warning' ? style.yellow(word) : style.cyan(word);
      out.push(`  ${tag} [${d.ruleId}] ${d.message}`);
      if (d.ruleId !== 'file-format' && !(d.ruleId === 'scan-missing' && d.messageId === 'unpaired')) {
        for (const f of d.files) out.push(`      ${printableName(f.startsWith(prefix) ? f.slice(prefix.length) : f)}`);
      }
    }
  }
  if (review && review.board.rows.length) out.push('', ...renderBoardText(review.board, style));
  if (review?.decisions) out.push('', ...renderReviewText(review, style, prefix));
  out.push('', t.total(batch.summary));
  return out.join('\n') + '\n';
}

/** The output as bytes or text for the chosen format. */
export async function renderBatch(batch: BatchReport, profile: Profile, format: BatchFormat, style: Style, locale: Locale = 'zh-CN', review?: ReviewOutput): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return JSON.stringify(batchJson(batch, review), null, 2) + '\n';
    case 'csv':
      return toCsv(reviewTable(batch, profile, locale, review?.decisions));
    case 'xlsx': {
      const excel = (await import('exceljs')).default;
      const board = review && review.board.rows.length ? { headers: boardHeaders(), rows: review.board.rows.map(boardCells) } : undefined;
      return buildReviewXlsx(excel, batch, profile, locale, { decisions: review?.decisions, board });
    }
    default:
      return renderBatchText(batch, profile, style, locale, review);
  }
}
