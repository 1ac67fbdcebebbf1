/**
 * The review round on the page: the reviewer's decisions kept in IndexedDB (review-store.ts)
 * and seen through the current batch (the pure core decides everything: which decision
 * belongs to which problem, what is resolved, the board, the table's counts).
 */
import * as React from 'react';
import type { BatchReport, UnitRoster } from '../core/batch';
import type { Profile } from '../core/profile/types';
import {
  countDecisions,
  decideCase,
  decideProblem,
  decisionsOnly,
  emptyReview,
  mergeReviews,
  MAX_REVIEW_BYTES,
  parseReviewFile,
  reviewFileFor,
  reviewState,
  rowDecisions,
  submissionBoard,
  type CaseVerdict,
  type ProblemVerdict,
  type ReviewCase,
  type ReviewFile,
  type ReviewProblem,
} from '../core/review';
import { openReviewStore, type LastRun, type ReviewStore } from './review-store';

export interface ReviewRound {
  /** False until the stored decisions (and last run) are read. */
  ready: boolean;
  /** False when the browser cannot keep data (no IndexedDB): the reviewer should export. */
  persistent: boolean;
  review: ReviewFile;
  state?: ReturnType<typeof reviewState>;
  board?: ReturnType<typeof submissionBoard>;
  decisions?: ReturnType<typeof rowDecisions>;
  /** The last run found in the browser at start-up, if any. */
  restored?: LastRun;
  decideProblem(p: ReviewProblem, verdict: ProblemVerdict | null, reason?: string): void;
  decideCase(c: ReviewCase, verdict: CaseVerdict | null, note?: string): void;
  /** Reads a review file and merges it into the page's own; resolves to a sentence saying what happened. */
  importFile(file: File): Promise<{ ok: boolean; message: string }>;
  /** The review file to export (every problem of the batch, decisions under their current keys). */
  exportFile(): ReviewFile;
  saveRun(run: LastRun): void;
  /** The last error writing to the browser's storage. */
  storeError?: string;
}

export function useReviewRound(profile: Profile, batch: BatchReport | undefined, roster: UnitRoster | undefined): ReviewRound {
  const [store, setStore] = React.useState<ReviewStore>();
  const [review, setReview] = React.useState<ReviewFile>(() => emptyReview(profile));
  const [restored, setRestored] = React.useState<LastRun>();
  const [storeError, setStoreError] = React.useState<string>();
  const latest = React.useRef(review);
  latest.current = review;

  React.useEffect(() => {
    let live = true;
    void (async () => {
      const s = await openReviewStore();
      const [r, run] = await Promise.all([s.loadReview(profile.id).catch(() => undefined), s.loadRun(profile.id).catch(() => undefined)]);
      if (!live) return;
      // Decisions made before the store answered are kept too.
      if (r) setReview((mine) => mergeReviews(r, mine));
      if (run) setRestored(run);
      setStore(s);
    })();
    return () => {
      live = false;
    };
  }, [profile.id]);

  const persist = React.useCallback(
    (next: ReviewFile) => {
      setReview(next);
      store?.saveReview(profile.id, decisionsOnly(next)).then(
        () => setStoreError(undefined),
        (e: Error) => setStoreError(`审核意见未能保存在浏览器中（${e.message}），请导出审核记录。`),
      );
    },
    [store, profile.id],
  );

  const state = React.useMemo(() => (batch ? reviewState(batch, profile, review) : undefined), [batch, profile, review]);
  const board = React.useMemo(() => (batch && state ? submissionBoard(batch, profile, state, roster) : undefined), [batch, profile, state, roster]);
  const decisions = React.useMemo(() => (state ? rowDecisions(state) : undefined), [state]);

  const now = () => new Date().toISOString();
  return {
    ready: Boolean(store),
    persistent: store?.persistent ?? true,
    review,
    state,
    board,
    decisions,
    restored,
    storeError,
    decideProblem: (p, verdict, reason) => persist(decideProblem(latest.current, p, verdict, reason, now())),
    decideCase: (c, verdict, note) => persist(decideCase(latest.current, c, verdict, note, now())),
    async importFile(file) {
      if (file.size > MAX_REVIEW_BYTES) return { ok: false, message: `审核记录“${file.name}”无法读取：文件过大，不像审核记录。` };
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        return { ok: false, message: `审核记录“${file.name}”无法读取：${(e as Error).message}。` };
      }
      const r = parseReviewFile(text, file.name, profile.id);
      if (!r.ok) return { ok: false, message: r.message };
      persist(mergeReviews(latest.current, r.review));
      const n = countDecisions(r.review);
      return { ok: true, message: [`已导入审核记录“${file.name}”：${n.problems} 条问题意见、${n.cases} 个案例结论（与本机已有的合并，较新的为准）。`, ...r.notes].join('') };
    },
    exportFile: () => (state ? reviewFileFor(state, profile, now()) : { ...decisionsOnly(latest.current), saved: now() }),
    saveRun(run) {
      store?.saveRun(profile.id, run).catch((e: Error) => setStoreError(`检查结果未能保存在浏览器中（${e.message}）。`));
    },
  };
}
