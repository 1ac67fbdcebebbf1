/**
 * part-length
 *
 * A notice may set a length for a part other than 案例简介 and 案例正文: “实施背景（500 字以内）”,
 * “案例名称不超过 20 字”. The limit is that part's `limit` in the profile (none of the built-in
 * notices sets one; a department's own profile may), judged by the shared helper (length.ts):
 * “以内” over N an error and from 95 % an info, “左右” beyond ±20 % a warning and beyond ±50 % an
 * error. summary-length and body-length check the summary's and the body's own limits.
 *
 * Edge cases: the length is the one the report shows beside that part's limit: a cover field's
 * value, a section with its heading, pictures' captions and all (as the body counts it). A part
 * not found, with nothing in it but its heading, blanks or captions, or still only the template's
 * prompts is left to part-missing, part-empty and placeholder-left. Counted in the profile's
 * metric (Word's 字数 by default).
 */
import type { CaseRule } from './types';
import { evaluateLimit, LENGTH_MESSAGE_IDS, lengthData } from './length';
import { contentText, ctxContentCounts, ctxCounts, onlyPlaceholders } from './parts';

/** Parts whose limit has a rule of its own. */
const OWN_RULE = new Set(['summary', 'body']);

export const partLength: CaseRule = {
  id: 'part-length',
  meta: {
    severity: 'warning',
    scope: 'case',
    messageIds: LENGTH_MESSAGE_IDS,
    clause: '各部分的字数要求以通知为准（某部分“N 字以内”或“N 字左右”）',
    description: 'A part with a length of its own in the notice (not the summary or the body) is over its maximum or far from its target.',
    uses: ['parts', 'tolerances.around', 'tolerances.nearMax', 'metric'],
  },
  check(ctx, report) {
    for (const spec of ctx.profile.parts) {
      const fp = ctx.structure.parts[spec.id];
      if (!spec.limit || OWN_RULE.has(spec.id) || !fp) continue;
      const metric = ctx.profile.metric;
      const counts = ctxCounts(ctx, spec.id);
      // Nothing in it but its heading, blanks or captions, or only the template's prompts: part-empty's and placeholder-left's.
      const content = ctxContentCounts(ctx, spec.id);
      if (!counts || !content || content[metric] === 0 || onlyPlaceholders(contentText(ctx.doc, fp), ctx.profile)) continue;
      const ev = evaluateLimit(counts[metric], spec.limit, ctx.profile.tolerances);
      if (!ev.severity) continue;
      report({
        messageId: ev.state,
        severity: ev.severity,
        data: { ...lengthData(ev, metric), part: spec.id, partLabel: spec.label, category: null, categoryLabel: null, source: spec.limit.source },
        target: { part: spec.id, paragraph: fp.start },
      });
    }
  },
};
