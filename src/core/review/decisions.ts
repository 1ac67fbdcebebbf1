/**
 * Decisions that stay: the review file's verdicts matched to this run's problems and cases.
 *
 * A decision is found again by its key (case identity + rule + target, problems.ts). When
 * its case is not under that key any more (the unit sent a corrected file with another
 * name, a cover's unit was respelled, the title was retouched) the case is looked for, in
 * this order: the same title anywhere in the batch (one such case only); a title of the
 * same unit that is nearly the same (character-bigram Dice ≥ TITLE_LIKE); the same file
 * name without version words. A decision found nowhere stays in the file: as *resolved*
 * when its case is in this run (the problem no longer occurs), as *elsewhere* when the case
 * is not (a run over part of the folder must not drop decisions about the rest).
 *
 * Every function here returns new data: the review file passed in is never changed.
 */
import type { Profile } from '../profile/types';
import { dice, titleFingerprint } from '../batch/similarity';
import type { BatchReport } from '../batch/types';
import type { RowDecisions } from '../batch/table';
import { caseVerdictText, problemVerdictText, PROBLEM_VERDICT_WORDS } from './words';
import type { Locale } from '../batch/messages';
import { fileStemKey, reviewItems, titleKey, unitScopeKey } from './problems';
import {
  REVIEW_FORMAT,
  type CaseEntry,
  type CaseVerdict,
  type DecidedCase,
  type DecidedProblem,
  type ProblemEntry,
  type ProblemVerdict,
  type ReviewCase,
  type ReviewFile,
  type ReviewProblem,
  type ReviewState,
} from './types';

/** Two titles of one unit this alike (bigram Dice) are one case retitled lightly. */
const TITLE_LIKE = 0.6;

export function emptyReview(profile: Pick<Profile, 'id'>): ReviewFile {
  return { format: REVIEW_FORMAT, version: 1, profile: profile.id, problems: [], cases: [] };
}

const problemKey = (e: Pick<ProblemEntry, 'case' | 'local'>) => `${e.case}|${e.local}`;

function later<T extends { at?: string }>(a: T | undefined, b: T): boolean {
  return !a || (b.at ?? '') >= (a.at ?? '');
}

/** The unit part and the title part of a case key (`冶金学院/冶金铸魂工程`). */
function splitCaseKey(key: string): { unit: string; rest: string } {
  const i = key.indexOf('/');
  return i >= 0 ? { unit: key.slice(0, i), rest: key.slice(i + 1) } : { unit: '', rest: key };
}

/** Where a case of the review file is in this run: its key, or a case that is plainly the same one. */
function findCase(key: string, hint: { title?: string; file?: string }, cases: readonly ReviewCase[], byKey: Map<string, ReviewCase>): ReviewCase | undefined {
  const same = byKey.get(key);
  if (same) return same;
  if (key.startsWith('unit:') || key.startsWith('file:') || key === 'batch') return undefined;
  const { unit } = splitCaseKey(key);
  const t = titleKey(hint.title);
  if (t) {
    const byTitle = cases.filter((c) => c.ok && titleKey(c.title) === t);
    if (byTitle.length === 1) return byTitle[0];
    const grams = titleFingerprint(hint.title ?? '');
    let best: ReviewCase | undefined;
    let bestScore = TITLE_LIKE;
    let tie = false;
    for (const c of cases) {
      if (!c.ok || splitCaseKey(c.key).unit !== unit) continue;
      const s = dice(grams, titleFingerprint(c.title));
      if (s > bestScore) [best, bestScore, tie] = [c, s, false];
      else if (s === bestScore && best) tie = true;
    }
    if (best && !tie) return best;
  }
  const stem = hint.file ? fileStemKey(hint.file) : '';
  if (stem) {
    const byStem = cases.filter((c) => fileStemKey(c.file) === stem);
    if (byStem.length === 1) return byStem[0];
  }
  return undefined;
}

/** Only the entries that hold a decision (or a cleared one, which must win over an older verdict). */
function decided<T extends { verdict: unknown; at?: string }>(list: readonly T[]): T[] {
  return list.filter((e) => e.verdict !== null || e.at !== undefined);
}

/** The batch seen through the review file. */
export function reviewState(batch: BatchReport, profile: Profile, review?: ReviewFile, locale: Locale = 'zh-CN'): ReviewState {
  const { cases, problems } = reviewItems(batch, profile, locale);
  const byKey = new Map(cases.map((c) => [c.key, c]));
  const moved: Record<string, string> = {};
  // Case keys of the file → this run's key ('' when the case is not here).
  const where = new Map<string, string>();
  const locate = (key: string, hint: { title?: string; file?: string }): string => {
    let k = where.get(key);
    if (k === undefined) {
      k = findCase(key, hint, cases, byKey)?.key ?? (byKey.has(key) ? key : '');
      where.set(key, k);
      if (k && k !== key) moved[key] = k;
    }
    return k;
  };
  // Keys whose subject is in this run: its cases' and problems' keys, its units, its files, the batch itself.
  const present = new Set<string>(['batch', ...problems.map((p) => p.caseKey)]);
  for (const u of batch.units ?? []) if (u.files.length) present.add(unitScopeKey(u.name, profile.batch.unitNames));
  for (const f of batch.files) present.add(`file:${f.file}`);

  const problemDecisions = new Map<string, ProblemEntry>();
  const elsewhere: ReviewState['elsewhere'] = { problems: [], cases: [] };
  const unplaced: ProblemEntry[] = [];
  for (const e of decided(review?.problems ?? [])) {
    const k = locate(e.case, e);
    const caseHere = k !== '' || present.has(e.case);
    if (!caseHere) {
      if (e.verdict !== null) elsewhere.problems.push(e);
      continue;
    }
    const key = problemKey({ case: k || e.case, local: e.local });
    const prev = problemDecisions.get(key);
    if (later(prev, e)) problemDecisions.set(key, e);
    unplaced.push(e);
  }
  const decidedProblems: DecidedProblem[] = problems.map((p) => {
    const d = problemDecisions.get(p.key);
    return d && d.verdict !== null ? { ...p, decision: d } : { ...p };
  });
  const used = new Set(decidedProblems.filter((p) => p.decision).map((p) => p.key));
  const resolved: ProblemEntry[] = [];
  for (const e of unplaced) {
    const key = problemKey({ case: locate(e.case, e) || e.case, local: e.local });
    if (e.verdict === null || used.has(key) || problemDecisions.get(key) !== e) continue;
    resolved.push(e);
  }

  const caseDecisions = new Map<string, CaseEntry>();
  for (const e of decided(review?.cases ?? [])) {
    const k = locate(e.case, e);
    if (!k) {
      if (e.verdict !== null) elsewhere.cases.push(e);
      continue;
    }
    if (later(caseDecisions.get(k), e)) caseDecisions.set(k, e);
  }
  const decidedCases: DecidedCase[] = cases.map((c) => {
    const d = caseDecisions.get(c.key);
    return d && d.verdict !== null ? { ...c, decision: d } : { ...c };
  });
  return { problems: decidedProblems, cases: decidedCases, resolved, elsewhere, moved };
}

function problemEntry(p: ReviewProblem, verdict: ProblemVerdict | null, reason: string | undefined, at: string | undefined): ProblemEntry {
  return {
    case: p.caseKey,
    local: p.local,
    verdict,
    ...(reason ? { reason } : {}),
    ...(at ? { at } : {}),
    rule: p.ruleId,
    severity: p.severity,
    message: p.message,
    where: p.where,
    ...(p.unit ? { unit: p.unit } : {}),
    ...(p.title ? { title: p.title } : {}),
    ...(p.files.length === 1 ? { file: p.files[0] } : {}),
  };
}

function caseEntry(c: ReviewCase, verdict: CaseVerdict | null, note: string | undefined, at: string | undefined): CaseEntry {
  return {
    case: c.key,
    verdict,
    ...(note ? { note } : {}),
    ...(at ? { at } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
    ...(c.title ? { title: c.title } : {}),
    file: c.file,
  };
}

/** The review file with one problem's verdict set (or cleared, with `null`). A dismissal needs a reason. */
export function decideProblem(review: ReviewFile, p: ReviewProblem, verdict: ProblemVerdict | null, reason: string | undefined, at: string): ReviewFile {
  const why = reason?.trim();
  if (verdict === 'dismissed' && !why) throw new Error('不采纳时须写明理由。');
  const entry = problemEntry(p, verdict, verdict === 'dismissed' ? why : verdict === 'confirmed' ? why : undefined, at);
  const rest = review.problems.filter((e) => problemKey(e) !== p.key);
  return { ...review, problems: [...rest, entry] };
}

/** The review file with one case's verdict set (or cleared, with `null`). */
export function decideCase(review: ReviewFile, c: ReviewCase, verdict: CaseVerdict | null, note: string | undefined, at: string): ReviewFile {
  const rest = review.cases.filter((e) => e.case !== c.key);
  return { ...review, cases: [...rest, caseEntry(c, verdict, note?.trim() || undefined, at)] };
}

/**
 * The review file to write after a run: every problem and case of this run (undecided ones
 * with `verdict: null`, so that a reviewer without the page can decide in the file itself),
 * each decision under the key its case has now, resolved decisions marked, and the decisions
 * about cases not in this run kept as they were. Nothing decided is ever dropped.
 */
export function reviewFileFor(state: ReviewState, profile: Pick<Profile, 'id'>, saved: string): ReviewFile {
  const problems: ProblemEntry[] = state.problems.map((p) => problemEntry(p, p.decision?.verdict ?? null, p.decision?.reason, p.decision?.at));
  for (const e of state.resolved) problems.push({ ...e, case: state.moved[e.case] ?? e.case, resolved: true });
  problems.push(...state.elsewhere.problems);
  const cases: CaseEntry[] = state.cases.map((c) => caseEntry(c, c.decision?.verdict ?? null, c.decision?.note, c.decision?.at));
  cases.push(...state.elsewhere.cases);
  return { format: REVIEW_FORMAT, version: 1, profile: profile.id, saved, problems, cases };
}

/** Only the decisions of a review file (what the page keeps): undecided entries are made again by every run. */
export function decisionsOnly(review: ReviewFile): ReviewFile {
  return { ...review, problems: decided(review.problems), cases: decided(review.cases) };
}

/**
 * Two review files as one (an import into the page's own): for each problem and case the
 * later decision wins; an undecided entry never clears a verdict.
 */
export function mergeReviews(mine: ReviewFile, theirs: ReviewFile): ReviewFile {
  const problems = new Map<string, ProblemEntry>();
  for (const e of [...decided(mine.problems), ...decided(theirs.problems)]) {
    const k = problemKey(e);
    if (later(problems.get(k), e)) problems.set(k, e);
  }
  const cases = new Map<string, CaseEntry>();
  for (const e of [...decided(mine.cases), ...decided(theirs.cases)]) if (later(cases.get(e.case), e)) cases.set(e.case, e);
  return { ...mine, problems: [...problems.values()], cases: [...cases.values()] };
}

/** How many decisions a review file holds (for messages such as 已导入 12 条审核意见). */
export function countDecisions(review: ReviewFile): { problems: number; cases: number } {
  return { problems: review.problems.filter((e) => e.verdict !== null).length, cases: review.cases.filter((e) => e.verdict !== null).length };
}

/**
 * The decisions as the review table needs them (src/core/batch/table.ts): the verdict text of
 * a file (退回修改：…；不采纳 1 条), its open errors and warnings, the opinion on one diagnostic.
 */
export function rowDecisions(state: ReviewState): RowDecisions {
  const caseByFile = new Map(state.cases.map((c) => [c.file, c]));
  const byOrigin = new Map<string, DecidedProblem>();
  const counts = new Map<string, { errors: number; warnings: number; confirmed: number; dismissed: number }>();
  const originKey = (o: ReviewProblem['origin']) => ('batch' in o ? `b:${o.batch}` : `f:${o.index}:${o.file}`);
  for (const p of state.problems) {
    byOrigin.set(originKey(p.origin), p);
    for (const f of p.files) {
      const c = counts.get(f) ?? { errors: 0, warnings: 0, confirmed: 0, dismissed: 0 };
      counts.set(f, c);
      const v = p.decision?.verdict;
      if (v === 'dismissed') c.dismissed++;
      else {
        if (v === 'confirmed') c.confirmed++;
        if (p.severity === 'error') c.errors++;
        else if (p.severity === 'warning') c.warnings++;
      }
    }
  }
  return {
    text(file) {
      const parts: string[] = [];
      const verdict = caseVerdictText(caseByFile.get(file)?.decision);
      if (verdict) parts.push(verdict);
      const c = counts.get(file);
      if (c?.confirmed) parts.push(`${PROBLEM_VERDICT_WORDS.confirmed} ${c.confirmed} 条`);
      if (c?.dismissed) parts.push(`${PROBLEM_VERDICT_WORDS.dismissed} ${c.dismissed} 条`);
      return parts.join('；');
    },
    counts(file) {
      const c = counts.get(file);
      return { errors: c?.errors ?? 0, warnings: c?.warnings ?? 0 };
    },
    opinion(origin) {
      return problemVerdictText(byOrigin.get(originKey(origin))?.decision);
    },
  };
}
