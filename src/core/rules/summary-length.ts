/**
 * summary-length
 *
 * Notice, 四: "案例简介（200 字左右，阐述案例的基本内容、亮点特色和主要成效）". The limit is the
 * `summary` part's `limit` in the profile ("左右" here; a profile may make it "以内"), judged
 * by the shared helper (length.ts): ±20% fine, beyond a warning, beyond ±50% an error.
 *
 * Edge cases: the summary's length is its content without the 案例简介 heading (text after
 * an inline label such as `【案例简介】` counts). A missing or empty summary is left to
 * part-missing / part-empty, a summary that is still the template's prompt to
 * placeholder-left. Counted in the profile's metric (Word's 字数 by default).
 *
 * Where the summary runs into the body with no heading between them, the structure ends it
 * at a plausible length (structure's summaryGuess); `boundary-guess` (info) says where, and
 * how much went to the body, so that the author can put a heading at the right place.
 */
import type { CaseRule } from './types';
import { evaluateLimit, LENGTH_MESSAGE_IDS, lengthData } from './length';
import { contentText, ctxCounts, ctxMeasure, onlyPlaceholders, partLabel, partSpec, sectionSpecs } from './parts';

export const summaryLength: CaseRule = {
  id: 'summary-length',
  meta: {
    severity: 'warning',
    scope: 'case',
    messageIds: [...LENGTH_MESSAGE_IDS, 'boundary-guess'],
    clause: '案例简介（200 字左右，阐述案例的基本内容、亮点特色和主要成效）',
    description: 'The summary is far from its target length (or over its maximum).',
    uses: ['parts.summary.limit', 'tolerances.around', 'tolerances.nearMax', 'metric'],
  },
  check(ctx, report) {
    const spec = partSpec(ctx.profile, 'summary');
    const fp = ctx.structure.parts.summary;
    const counts = ctxCounts(ctx, 'summary');
    if (!spec?.limit || !fp || !counts) return;
    const guess = ctx.structure.summaryGuess;
    const lead = guess && ctx.structure.otherSections?.find((o) => o.start === guess.paragraph);
    if (guess && lead) {
      const texts = (from: number, to: number) => {
        let k = 0;
        for (let i = from; i < to; i++) if (ctx.doc.paragraphs[i]?.text.trim()) k++;
        return k;
      };
      const metric = ctx.profile.metric;
      report({
        messageId: 'boundary-guess',
        severity: 'info',
        data: {
          part: 'summary',
          partLabel: spec.label,
          paragraphs: texts(fp.contentStart, fp.end),
          words: counts[metric],
          restParagraphs: texts(lead.start, lead.end),
          restWords: ctxMeasure(ctx).range(lead.start, lead.end)[metric],
          metric,
          sectionLabel: partLabel(ctx.profile, sectionSpecs(ctx.profile)[0]?.id ?? 'body'),
        },
        target: { part: 'summary', paragraph: guess.paragraph },
      });
    }
    const actual = counts[ctx.profile.metric];
    if (actual === 0 || onlyPlaceholders(contentText(ctx.doc, fp), ctx.profile)) return;
    const ev = evaluateLimit(actual, spec.limit, ctx.profile.tolerances);
    if (!ev.severity) return;
    report({
      messageId: ev.state,
      severity: ev.severity,
      data: { ...lengthData(ev, ctx.profile.metric), part: 'summary', partLabel: spec.label, category: null, categoryLabel: null, source: spec.limit.source },
      target: { part: 'summary', paragraph: fp.start },
    });
  },
};
