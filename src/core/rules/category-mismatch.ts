/**
 * category-mismatch
 *
 * Notice, 四: "每个分党委(直属党总支)限报2项案例(报2项案例的应为不同层级党组织实施推动的案例)".
 * The level is that of the organization that carried the work out (实施党组织), so a case
 * whose `org` names a 党支部 but is declared `committee`, or names a 党委/党总支 but is
 * declared `branch`, is probably in the wrong category.
 *
 * Edge cases: the title is no evidence (a committee case may well be about its branches),
 * so only `org` is read. The organization an `org` value names is the one named last:
 * "信息学院党委计算机系教师第一党支部" is a 党支部, "机关党总支" a 党总支. What names a level
 * are the aliases of the profile's top-level categories; the longest alias ending last wins
 * (党支部 over 支部, 分党委 over 党委). No `org`, or an `org` naming no level: nothing to say.
 */
import type { CategorySpec } from '../profile/types';
import type { CaseRule } from './types';
import { ctxValue } from './parts';

/** The top-level category whose alias occurs last in the name. */
export function levelNamed(name: string, categories: readonly CategorySpec[]): CategorySpec | undefined {
  let best: CategorySpec | undefined;
  let bestEnd = -1;
  let bestLen = 0;
  for (const c of categories) {
    if (c.parent) continue;
    for (const alias of [c.label, ...c.aliases]) {
      if (!alias) continue;
      const at = name.lastIndexOf(alias);
      if (at < 0) continue;
      const end = at + alias.length;
      if (end > bestEnd || (end === bestEnd && alias.length > bestLen)) {
        best = c;
        bestEnd = end;
        bestLen = alias.length;
      }
    }
  }
  return best;
}

export const categoryMismatch: CaseRule = {
  id: 'category-mismatch',
  meta: {
    severity: 'warning',
    scope: 'case',
    messageIds: ['mismatch'],
    clause: '报2项案例的应为不同层级党组织实施推动的案例',
    description: 'The implementing organization is of a different level than the declared category.',
    uses: ['categories', 'parts.org'],
  },
  check(ctx, report) {
    const base = ctx.baseCategory;
    const org = ctxValue(ctx, 'org');
    if (!base || !org) return;
    const named = levelNamed(org, ctx.profile.categories);
    if (!named || named.id === base.id) return;
    report({
      messageId: 'mismatch',
      data: { org, orgCategory: named.id, orgCategoryLabel: named.label, category: base.id, categoryLabel: base.label },
      target: { part: 'org', paragraph: ctx.structure.parts.org?.start },
    });
  },
};
