/**
 * category-missing
 *
 * Notice, 二: "案例征集范围包括分党委（直属党总支）、党支部两个类别"; 四: "分党委案例 2000 字以内，
 * 党支部案例 1000 字左右". The two categories have different body limits, so a case
 * whose category is unknown cannot be checked for length.
 *
 * Edge cases: the category may come from the CLI flag or pane (option), the document's
 * settings, a tagged control or the cover's 类别 field (the engine resolves them in that
 * order). A value that names no profile category is reported as `unknown` with the value,
 * not as missing.
 */
import type { CaseRule } from './types';
import { partLabel } from './parts';

function choices(ctx: Parameters<CaseRule['check']>[0]): string {
  return ctx.profile.categories
    .filter((c) => !c.parent)
    .map((c) => c.label)
    .join('／');
}

export const categoryMissing: CaseRule = {
  id: 'category-missing',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: ['missing', 'unknown'],
    clause: '案例征集范围包括分党委（直属党总支）、党支部两个类别',
    description: 'No category (committee or branch) is declared, or the declared one is unknown.',
    uses: ['categories'],
  },
  check(ctx, report) {
    if (ctx.category) return;
    const field = ctx.structure.parts.category;
    const target = { part: field ? ('category' as const) : ('document' as const), paragraph: field?.start };
    if (ctx.unknownCategory) {
      report({
        messageId: 'unknown',
        data: { value: ctx.unknownCategory.value, source: ctx.unknownCategory.source, choices: choices(ctx), fieldLabel: partLabel(ctx.profile, 'category') },
        target,
      });
      return;
    }
    report({ messageId: 'missing', data: { choices: choices(ctx), fieldLabel: partLabel(ctx.profile, 'category') }, target });
  },
};
