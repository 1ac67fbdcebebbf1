/**
 * part-order
 *
 * Notice, 四: "“案例正文”应包括实施背景、主要做法（……）、经验启示等部分" and 三 (完整性):
 * "体现出思考设计、推进实施、经验总结的全过程各阶段". The sections tell the story in that
 * order, which is the order of the profile's section parts.
 *
 * Edge cases: only the first occurrence of each section counts (a repeat is part-duplicate);
 * missing sections are left out (part-missing says so), so two sections in the right order
 * are fine. Reported once, at the first section out of place.
 *
 * A stretch of the body that is none of the sections (`三、工作成效` between 主要做法 and 经验启示,
 * `四、下一步打算` at the end) is reported at its heading (`extra-section`): its length counts
 * in the body's total but in no section, and the notice places results inside 主要做法. A
 * stretch offered to a missing section is part-missing's to name instead.
 */
import type { SectionId } from '../profile/types';
import type { CaseRule } from './types';
import { ctxMeasure, partLabel, partSpec, sectionSpecs } from './parts';

export const partOrder: CaseRule = {
  id: 'part-order',
  meta: {
    severity: 'warning',
    scope: 'case',
    messageIds: ['order', 'extra-section'],
    clause: '“案例正文”应包括实施背景、主要做法（具体内容阐述中可以包含成果成效）、经验启示等部分',
    description: 'The body sections are not in the order of the profile (background, practice, lessons in neu-2024).',
    uses: ['parts'],
  },
  check(ctx, report) {
    const sectionNames = sectionSpecs(ctx.profile)
      .map((s) => s.label)
      .join('、');
    for (const o of ctx.structure.otherSections) {
      if (o.candidateFor) continue;
      report({
        messageId: 'extra-section',
        data: {
          label: o.label,
          words: ctxMeasure(ctx).range(o.start, o.end)[ctx.profile.metric],
          metric: ctx.profile.metric,
          sections: sectionNames,
          // The notice places results in 主要做法: said only where the profile has that section.
          practiceLabel: partSpec(ctx.profile, 'practice')?.label ?? null,
        },
        target: { part: 'body', paragraph: o.heading ?? o.start },
      });
    }
    const expected = sectionSpecs(ctx.profile).map((s) => s.id as SectionId);
    const rank = new Map(expected.map((id, i) => [id as string, i]));
    // The profile's sections that were found, each once (its first occurrence), by position.
    const actual = ctx.structure.sectionOrder;
    let outOfPlace: SectionId | undefined;
    for (let i = 1; i < actual.length; i++) {
      if ((rank.get(actual[i]) ?? 0) < (rank.get(actual[i - 1]) ?? 0)) {
        outOfPlace = actual[i];
        break;
      }
    }
    if (!outOfPlace) return;
    const present = expected.filter((id) => actual.includes(id));
    report({
      messageId: 'order',
      data: {
        expected: present.map((id) => partLabel(ctx.profile, id)).join(' → '),
        actual: actual.map((id) => partLabel(ctx.profile, id)).join(' → '),
        part: outOfPlace,
        partLabel: partLabel(ctx.profile, outOfPlace),
      },
      target: { part: outOfPlace, paragraph: ctx.structure.parts[outOfPlace]?.start },
    });
  },
};
