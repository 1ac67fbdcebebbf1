/**
 * body-length
 *
 * Notice, 四: "案例正文（分党委案例 2000 字以内，党支部案例 1000 字左右）". The limit depends on the
 * category: the category's `bodyLimit`, inherited by subtypes from their parent, else the
 * profile's `body` part limit (a notice with one limit for all). "以内": over N is an error,
 * ≥ 95% an info; "左右": beyond ±20% a warning, beyond ±50% an error (length.ts).
 *
 * Edge cases: the body is counted from the 实施背景 heading to the end of 经验启示, headings
 * and captions included (RULES.md, Counting). No category and no profile-wide limit: no
 * check (category-missing says why). No section found at all, or sections that still hold
 * only the template's prompts (placeholder-left): nothing to measure.
 */
import type { CaseRule } from './types';
import { evaluateLimit, LENGTH_MESSAGE_IDS, lengthData } from './length';
import { bodyLimit, contentText, ctxCounts, onlyPlaceholders, partLabel, sectionSpecs } from './parts';

export const bodyLength: CaseRule = {
  id: 'body-length',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: LENGTH_MESSAGE_IDS,
    clause: '案例正文（分党委案例 2000 字以内，党支部案例 1000 字左右）',
    description: 'The body is over its maximum or far from its target length, by category.',
    uses: ['categories', 'tolerances.around', 'tolerances.nearMax', 'metric'],
  },
  check(ctx, report) {
    const limit = bodyLimit(ctx.profile, ctx.category);
    const counts = ctxCounts(ctx, 'body');
    if (!limit || !counts) return;
    const actual = counts[ctx.profile.metric];
    if (actual === 0) return;
    const sections = sectionSpecs(ctx.profile)
      .map((s) => ctx.structure.parts[s.id])
      .filter((fp) => fp !== undefined);
    if (sections.length > 0 && sections.every((fp) => onlyPlaceholders(contentText(ctx.doc, fp), ctx.profile))) return;
    const ev = evaluateLimit(actual, limit, ctx.profile.tolerances);
    if (!ev.severity) return;
    // The category that sets the limit (a subtype inherits its parent's): named in the message.
    let scopeCategory = ctx.category;
    while (scopeCategory && scopeCategory.bodyLimit !== limit) {
      const parent: string | undefined = scopeCategory.parent;
      scopeCategory = parent ? ctx.profile.categories.find((c) => c.id === parent) : undefined;
    }
    const first = sectionSpecs(ctx.profile)
      .map((s) => ctx.structure.parts[s.id])
      .find((fp) => fp !== undefined);
    report({
      messageId: ev.state,
      severity: ev.severity,
      data: {
        ...lengthData(ev, ctx.profile.metric),
        part: 'body',
        partLabel: partLabel(ctx.profile, 'body'),
        category: scopeCategory?.id ?? null,
        categoryLabel: scopeCategory?.label ?? null,
        source: limit.source,
      },
      target: { part: 'body', paragraph: first?.start ?? ctx.structure.parts.body?.start },
    });
  },
};
