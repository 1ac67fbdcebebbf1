/**
 * branch-subtype-missing
 *
 * Notice, 二: "教师党支部要总结……；机关、直属、后勤、科产、离退休党支部要总结……；学生党支部要总结……".
 * What a 党支部 case should show depends on its kind, so a `branch` case should say
 * which kind it is.
 *
 * Edge cases: fires for any category that has subtypes in the profile and was declared
 * without one (today only `branch`). A subtype given in its own cover field (党支部类型)
 * is resolved by the engine before the rules run. When that field is a row of boxes with
 * none ticked (the template's), the message asks to tick one (`unticked`).
 */
import type { CaseRule } from './types';
import { ctxValue, partLabel } from './parts';
import { isUntickedChoice } from '../structure/category';

export const branchSubtypeMissing: CaseRule = {
  id: 'branch-subtype-missing',
  meta: {
    severity: 'warning',
    scope: 'case',
    messageIds: ['missing', 'unticked'],
    clause: '教师党支部要总结……；机关、直属、后勤、科产、离退休党支部要总结……；学生党支部要总结……',
    description: 'A category that has subtypes (branch) is declared without one.',
    uses: ['categories', 'parts.subtype'],
  },
  check(ctx, report) {
    const c = ctx.category;
    if (!c) return;
    const subtypes = ctx.profile.categories.filter((x) => x.parent === c.id);
    if (subtypes.length === 0) return;
    const field = ctx.structure.parts.subtype ?? ctx.structure.parts.category;
    const subtypeValue = ctx.structure.parts.subtype ? ctxValue(ctx, 'subtype') : undefined;
    const unticked = subtypeValue !== undefined && isUntickedChoice(subtypeValue);
    report({
      messageId: unticked ? 'unticked' : 'missing',
      data: {
        category: c.id,
        categoryLabel: c.label,
        subtypes: subtypes.map((s) => s.label).join('／'),
        fieldLabel: partLabel(ctx.profile, field?.id ?? 'subtype'),
      },
      target: { part: field ? field.id : 'document', paragraph: field?.start },
    });
  },
};
