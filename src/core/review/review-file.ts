/**
 * Reading a review file (.json) someone hands us: the page's import, the CLI's `--review`.
 * It is untrusted: bounded in size and entries, every field checked, entries that do not
 * make sense skipped and counted, and every failure a Chinese sentence naming the file.
 * Never throws.
 */
import { REVIEW_FORMAT, type CaseEntry, type CaseVerdict, type ProblemEntry, type ProblemVerdict, type ReviewFile } from './types';
import type { Severity } from '../report';

/** A review of a few thousand problems is a few MB; far beyond that is not one. */
export const MAX_REVIEW_BYTES = 32 * 1024 * 1024;
const MAX_ENTRIES = 200_000;
const MAX_TEXT = 4000;

export type ReviewLoad = { ok: true; review: ReviewFile; skipped: number; notes: string[] } | { ok: false; message: string };

const PROBLEM_VERDICTS: readonly (ProblemVerdict | null)[] = ['confirmed', 'dismissed', null];
const CASE_VERDICTS: readonly (CaseVerdict | null)[] = ['pass', 'revise', 'reject', null];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, required = false): string | undefined | false {
  if (v === undefined || v === null) return required ? false : undefined;
  if (typeof v !== 'string' || v.length > MAX_TEXT) return false;
  return v;
}

/** An ISO date-time (or date) as the page and the CLI write them. */
function time(v: unknown): string | undefined | false {
  if (v === undefined) return undefined;
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) ? v : false;
}

function problemEntry(v: unknown): ProblemEntry | undefined {
  if (!isObj(v)) return undefined;
  const c = text(v.case, true);
  const local = text(v.local, true);
  const rule = text(v.rule, true);
  const message = text(v.message) ?? '';
  const where = text(v.where) ?? '';
  const reason = text(v.reason);
  const at = time(v.at);
  const extra = [text(v.unit), text(v.title), text(v.file)];
  const verdict = v.verdict === undefined ? null : v.verdict;
  if (!c || !local || !rule || message === false || where === false || reason === false || at === false || extra.includes(false)) return undefined;
  if (!PROBLEM_VERDICTS.includes(verdict as ProblemVerdict | null)) return undefined;
  if (!SEVERITIES.includes(v.severity as Severity)) return undefined;
  // A dismissal without a reason is not one: the reason is what the unit and the next reviewer read.
  if (verdict === 'dismissed' && !reason?.trim()) return undefined;
  const [unit, title, file] = extra as (string | undefined)[];
  return {
    case: c,
    local,
    verdict: verdict as ProblemVerdict | null,
    ...(reason ? { reason } : {}),
    ...(at ? { at } : {}),
    rule,
    severity: v.severity as Severity,
    message,
    where,
    ...(unit ? { unit } : {}),
    ...(title ? { title } : {}),
    ...(file ? { file } : {}),
    ...(v.resolved === true ? { resolved: true } : {}),
  };
}

function caseEntry(v: unknown): CaseEntry | undefined {
  if (!isObj(v)) return undefined;
  const c = text(v.case, true);
  const note = text(v.note);
  const at = time(v.at);
  const extra = [text(v.unit), text(v.title), text(v.file)];
  const verdict = v.verdict === undefined ? null : v.verdict;
  if (!c || note === false || at === false || extra.includes(false)) return undefined;
  if (!CASE_VERDICTS.includes(verdict as CaseVerdict | null)) return undefined;
  const [unit, title, file] = extra as (string | undefined)[];
  return {
    case: c,
    verdict: verdict as CaseVerdict | null,
    ...(note ? { note } : {}),
    ...(at ? { at } : {}),
    ...(unit ? { unit } : {}),
    ...(title ? { title } : {}),
    ...(file ? { file } : {}),
  };
}

/** Parse a review file's text. `profileId` is the notice in use: a file made for another is read, with a note. */
export function parseReviewFile(source: string, name: string, profileId?: string): ReviewLoad {
  const fail = (why: string): ReviewLoad => ({ ok: false, message: `审核记录“${name}”无法读取：${why}。` });
  if (source.length > MAX_REVIEW_BYTES) return fail('文件过大，不像审核记录');
  if (source.trim() === '') return fail('文件是空的');
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\ufeff/, ''));
  } catch {
    return fail('不是有效的 JSON 文件（可能已损坏，或不是本工具导出的审核记录）');
  }
  if (!isObj(data) || data.format !== REVIEW_FORMAT) return fail('不是案例助手的审核记录（缺少 "format": "case-assistant-review"）');
  if (data.version !== 1) return fail(`是更新版本的审核记录（版本 ${String(data.version)}），请使用新版案例助手`);
  if (!Array.isArray(data.problems) || !Array.isArray(data.cases)) return fail('缺少 problems 或 cases 列表');
  if (data.problems.length + data.cases.length > MAX_ENTRIES) return fail(`条目过多（超过 ${MAX_ENTRIES} 条）`);
  const profile = typeof data.profile === 'string' ? data.profile : '';
  let skipped = 0;
  const problems: ProblemEntry[] = [];
  for (const v of data.problems) {
    const e = problemEntry(v);
    if (e) problems.push(e);
    else skipped++;
  }
  const cases: CaseEntry[] = [];
  for (const v of data.cases) {
    const e = caseEntry(v);
    if (e) cases.push(e);
    else skipped++;
  }
  const notes: string[] = [];
  if (skipped) notes.push(`审核记录“${name}”中有 ${skipped} 条内容不完整或无法识别，已跳过。`);
  if (profileId && profile && profile !== profileId) notes.push(`审核记录“${name}”是按另一份通知（${profile}）做的，已照常读取，请核对。`);
  const saved = time(data.saved);
  return {
    ok: true,
    review: { format: REVIEW_FORMAT, version: 1, profile: profile || profileId || '', ...(saved ? { saved } : {}), problems, cases },
    skipped,
    notes,
  };
}

/** The review file as text: stable key order, one entry per line block, UTF-8 without BOM. */
export function serializeReview(review: ReviewFile): string {
  return JSON.stringify(review, null, 2) + '\n';
}
