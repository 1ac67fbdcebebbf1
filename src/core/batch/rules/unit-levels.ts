/**
 * unit-levels — “报2项案例的应为不同层级党组织实施推动的案例”.
 *
 * Within one unit, cases of the same level (top-level category: 分党委 or 党支部; the
 * 党支部 subtypes are one level) are reported together. Only applies when the profile
 * asks for distinct levels and the unit sent more than one case. A case with no category
 * makes the check impossible for its unit: that is said, not guessed.
 */
import type { BatchRule } from '../types';
import { groupByUnit } from './group';

export const unitLevels: BatchRule = {
  id: 'unit-levels',
  meta: {
    severity: 'error',
    scope: 'batch',
    messageIds: ['same-level', 'level-unknown'],
    clause: '报2项案例的应为不同层级党组织实施推动的案例',
    description: 'Two or more cases of one unit share a level (category).',
  },
  check(ctx, report) {
    if (!ctx.profile.batch.distinctLevels) return;
    for (const [unit, files] of groupByUnit(ctx.files)) {
      if (files.length < 2) continue;
      const unitName = files[0].unitName ?? unit;
      const unknown = files.filter((f) => !f.level);
      if (unknown.length > 0) {
        report({
          messageId: 'level-unknown',
          data: { unit: unitName, count: files.length },
          files: files.map((f) => f.file),
          severity: 'warning',
        });
      }
      const byLevel = new Map<string, string[]>();
      for (const f of files) {
        if (!f.level) continue;
        const list = byLevel.get(f.level) ?? [];
        list.push(f.file);
        byLevel.set(f.level, list);
      }
      for (const [level, list] of byLevel) {
        if (list.length < 2) continue;
        const spec = ctx.profile.categories.find((c) => c.id === level);
        report({
          messageId: 'same-level',
          data: { unit: unitName, count: list.length, level, category: spec?.label ?? level },
          files: list,
        });
      }
    }
  },
};
