/**
 * picture-count
 *
 * Notice, 四: "“主要做法”部分可选配 5 张以内的图片（相同类型图片可通过组图形式呈现……）"; another
 * notice: "3–6 张照片". What counts is the picture group: several pictures shown together
 * with one caption are one 组图. The maximum is `profile.pictures.maxGroups`, the minimum
 * (when the notice asks for pictures) `profile.pictures.minGroups`.
 *
 * Edge cases: exactly the maximum or the minimum is fine. Groups anywhere in the document
 * count (a picture outside its sections is also reported by picture-outside-practice).
 * Too many is reported once, at the first group over the maximum; too few once, for the
 * document, at the first section where pictures belong.
 */
import { pictureSectionIds } from '../profile/types';
import type { CaseRule } from './types';
import { partLabel } from './parts';

export const pictureCount: CaseRule = {
  id: 'picture-count',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: ['too-many', 'too-few'],
    clause: '“主要做法”部分可选配 5 张以内的图片（相同类型图片可通过组图形式呈现）',
    description: 'More (or fewer) picture groups than the profile allows.',
    uses: ['pictures.maxGroups', 'pictures'],
  },
  check(ctx, report) {
    const groups = ctx.structure.pictureGroups;
    const { maxGroups: max, minGroups: min = 0 } = ctx.profile.pictures;
    const sectionLabel = pictureSectionIds(ctx.profile)
      .map((id) => partLabel(ctx.profile, id))
      .join('”或“');
    if (groups.length > max) {
      const first = groups[max];
      report({
        messageId: 'too-many',
        data: {
          actual: groups.length,
          max,
          diff: groups.length - max,
          pictures: groups.reduce((n, g) => n + g.pictureCount, 0),
          sectionLabel,
        },
        target: { part: 'picture', group: max + 1, paragraph: first.paragraphs[0] },
      });
    } else if (groups.length < min) {
      const home = pictureSectionIds(ctx.profile).find((id) => ctx.structure.parts[id] !== undefined);
      report({
        messageId: 'too-few',
        data: { actual: groups.length, min, diff: min - groups.length, sectionLabel },
        target: home ? { part: home } : { part: 'document' },
      });
    }
  },
};
