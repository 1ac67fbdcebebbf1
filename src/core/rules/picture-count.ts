/**
 * picture-count
 *
 * Notice, 四: "“主要做法”部分可选配 5 张以内的图片（相同类型图片可通过组图形式呈现……）". What
 * counts is the picture group: several pictures shown together with one caption are one
 * 组图. The maximum is `profile.pictures.maxGroups`.
 *
 * Edge cases: exactly the maximum is fine (以内). Groups anywhere in the document count
 * (a picture outside 主要做法 is also reported by picture-outside-practice). Reported once,
 * at the first group over the maximum.
 */
import type { CaseRule } from './types';
import { partLabel } from './parts';

export const pictureCount: CaseRule = {
  id: 'picture-count',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: ['too-many'],
    clause: '“主要做法”部分可选配 5 张以内的图片（相同类型图片可通过组图形式呈现）',
    description: 'More picture groups than the profile allows.',
    uses: ['pictures.maxGroups', 'pictures.section'],
  },
  check(ctx, report) {
    const groups = ctx.structure.pictureGroups;
    const max = ctx.profile.pictures.maxGroups;
    if (groups.length <= max) return;
    const first = groups[max];
    report({
      messageId: 'too-many',
      data: {
        actual: groups.length,
        max,
        diff: groups.length - max,
        pictures: groups.reduce((n, g) => n + g.pictureCount, 0),
        sectionLabel: partLabel(ctx.profile, ctx.profile.pictures.section),
      },
      target: { part: 'picture', group: max + 1, paragraph: first.paragraphs[0] },
    });
  },
};
