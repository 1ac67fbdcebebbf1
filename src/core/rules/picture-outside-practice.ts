/**
 * picture-outside-practice
 *
 * Notice, 四: "“主要做法”部分可选配 5 张以内的图片". Pictures belong in the sections the profile
 * marks `pictures: true` (主要做法 in neu-2024; several sections in another notice; none, then
 * the rule is silent: a profile without picture sections asks for no pictures and
 * picture-count says so).
 *
 * Edge cases: a group in another section, the summary or the cover is reported naming
 * where it is (`outside`); a group in no part at all (before the first heading, after the
 * end) is `outside-body`. Each group is reported once, at its first picture paragraph.
 */
import type { CaseRule } from './types';
import { pictureSectionIds } from '../profile/types';
import { partLabel } from './parts';

export const pictureOutsidePractice: CaseRule = {
  id: 'picture-outside-practice',
  meta: {
    severity: 'warning',
    scope: 'case',
    messageIds: ['outside', 'outside-body'],
    clause: '“主要做法”部分可选配 5 张以内的图片',
    description: 'A picture group sits outside the section pictures belong to.',
    uses: ['pictures'],
  },
  check(ctx, report) {
    const homes = pictureSectionIds(ctx.profile);
    if (homes.length === 0) return;
    const sectionLabel = homes.map((id) => partLabel(ctx.profile, id)).join('”或“');
    ctx.structure.pictureGroups.forEach((g, i) => {
      if (g.section !== undefined && homes.includes(g.section)) return;
      report({
        messageId: g.section ? 'outside' : 'outside-body',
        data: {
          group: i + 1,
          part: g.section ?? null,
          partLabel: g.section ? partLabel(ctx.profile, g.section) : null,
          section: homes.join(','),
          sectionLabel,
        },
        target: { part: 'picture', group: i + 1, paragraph: g.paragraphs[0] },
      });
    });
  },
};
