/**
 * resubmission — “上两个年度申报案例（含内容相关的案例）原则上本年度不再受理”.
 *
 * Each readable case is compared with every earlier case given (a CSV list of titles, or
 * earlier .docx files): titles by character-bigram Dice, texts by containment of
 * character 3-grams (both after width folding and without punctuation), so light
 * rewording, a changed title or added paragraphs still match. The score is the higher of
 * the two; at or above the profile's threshold the closest earlier case is reported with
 * its score. "原则上" makes this a warning: a reviewer decides.
 */
import { containment, dice, titleFingerprint } from '../similarity';
import type { BatchRule } from '../types';

export const resubmission: BatchRule = {
  id: 'resubmission',
  meta: {
    severity: 'warning',
    scope: 'batch',
    messageIds: ['similar'],
    clause: '上两个年度申报案例（含内容相关的案例）原则上本年度不再受理',
    description: 'A case is very similar (title or text) to an earlier year\'s case.',
  },
  check(ctx, report) {
    if (ctx.prior.length === 0) return;
    const threshold = ctx.profile.batch.resubmissionThreshold;
    const prior = ctx.prior.map((p) => ({ p, title: p.title ? titleFingerprint(p.title) : undefined }));
    for (const f of ctx.files) {
      if (!f.ok) continue;
      let best: { score: number; titleScore: number; textScore: number; index: number } | undefined;
      prior.forEach(({ p, title }, index) => {
        const titleScore = f.titleGrams && title ? dice(f.titleGrams, title) : 0;
        const textScore = f.fingerprint && p.fingerprint ? containment(f.fingerprint, p.fingerprint) : 0;
        const score = Math.max(titleScore, textScore);
        if (!best || score > best.score) best = { score, titleScore, textScore, index };
      });
      if (!best || best.score < threshold) continue;
      const p = prior[best.index].p;
      const basis = best.textScore >= best.titleScore ? 'text' : 'title';
      report({
        messageId: 'similar',
        data: {
          file: f.file,
          title: f.title ?? null,
          priorTitle: p.title || p.source,
          priorUnit: p.unit ?? null,
          priorYear: p.year ?? null,
          priorSource: p.source,
          score: round(best.score),
          titleScore: round(best.titleScore),
          textScore: round(best.textScore),
          percent: Math.round(best.score * 100),
          threshold,
          basis: basis === 'text' ? '正文' : '标题',
          basisId: basis,
        },
        files: [f.file],
      });
    }
  },
};

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
