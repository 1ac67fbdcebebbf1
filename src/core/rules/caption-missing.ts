/**
 * caption-missing
 *
 * Notice, 四: "每张或每组图片用 20 个以内的文字注明配图内容". Every picture group needs a caption:
 * the paragraph right after it, a 题注-style paragraph or a short `图…` line next to it
 * (how captions are found is findStructure's job).
 *
 * Edge cases: a 组图 (several pictures with one caption) needs one caption, not one per
 * picture. A caption that is only a label (`图1`) says nothing about the picture: it is
 * reported here as `empty`.
 */
import type { CaseRule } from './types';

export const captionMissing: CaseRule = {
  id: 'caption-missing',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: ['missing', 'empty'],
    clause: '每张或每组图片用 20 个以内的文字注明配图内容',
    description: 'A picture group has no caption, or a caption that is only a label.',
    uses: ['pictures.caption'],
  },
  check(ctx, report) {
    ctx.structure.pictureGroups.forEach((g, i) => {
      const caption = ctx.profile.pictures.caption;
      // `kind` only for a "左右" caption, so that a "以内" profile's data stays as it was.
      const data = { group: i + 1, max: caption.value, metric: ctx.profile.metric, ...(caption.kind === 'around' ? { kind: 'around' } : {}) };
      if (!g.caption) {
        report({ messageId: 'missing', data, target: { part: 'caption', group: i + 1, paragraph: g.paragraphs[g.paragraphs.length - 1] } });
      } else if (g.caption.body.trim() === '') {
        report({
          messageId: 'empty',
          data: { ...data, label: g.caption.label },
          target: { part: 'caption', group: i + 1, paragraph: g.caption.paragraph },
        });
      }
    });
  },
};
