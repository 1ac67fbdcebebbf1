/**
 * caption-length
 *
 * Notice, 四: "每张或每组图片用 20 个以内的文字注明配图内容" (another notice: "每张 20 字左右说明").
 * The profile's `pictures.caption` limit of either kind, judged by the shared helper:
 * - "以内" (max): over it is an error (`too-long`).
 * - "左右" (around): only the long side is reported (`long` warning, `far-long` error): a
 *   short caption still names the picture, and the notice asks for no more than about N.
 *
 * Edge cases: the caption's label (`图1`, `图 2：`, `组图3`) does not count (RULES.md); the
 * rest is counted in the profile's metric. Exactly the maximum is fine. The helper's
 * "near the maximum" info is not reported for captions: RULES.md lists only the error, and
 * a caption of 19 字 is not worth a note.
 */
import { countText } from '../count';
import type { CaseRule } from './types';
import { evaluateLimit, lengthData } from './length';

export const captionLength: CaseRule = {
  id: 'caption-length',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: ['too-long', 'long', 'far-long'],
    clause: '每张或每组图片用 20 个以内的文字注明配图内容',
    description: 'A caption (without its label) is longer than the profile allows.',
    uses: ['pictures.caption', 'metric'],
  },
  check(ctx, report) {
    const limit = ctx.profile.pictures.caption;
    ctx.structure.pictureGroups.forEach((g, i) => {
      if (!g.caption) return;
      const actual = countText(g.caption.body)[ctx.profile.metric];
      const ev = evaluateLimit(actual, limit, ctx.profile.tolerances);
      const messageId = ev.state === 'over' ? 'too-long' : ev.state === 'long' || ev.state === 'far-long' ? ev.state : undefined;
      if (!messageId) return;
      report({
        messageId,
        severity: ev.severity,
        data: { ...lengthData(ev, ctx.profile.metric), group: i + 1, max: limit.value, caption: g.caption.body },
        target: { part: 'caption', group: i + 1, paragraph: g.caption.paragraph },
        span: { paragraph: g.caption.paragraph, start: 0, end: ctx.doc.paragraphs[g.caption.paragraph]?.text.length ?? 0 },
      });
    });
  },
};
