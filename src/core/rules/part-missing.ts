/**
 * part-missing
 *
 * Notice, 四: "案例主要包括案例简介……和案例正文……其中，“案例正文”应包括实施背景、主要做法……、经验启示等部分".
 * The cover needs the case's name and the submitting unit (the first page is stamped).
 *
 * Edge cases: only parts the profile marks `required`; `body` is the sum of its sections
 * and is never reported itself. A section found only as a duplicate is still found.
 * When the body holds a stretch where the missing section would stand (structure's
 * OtherSection.candidateFor), the message names what was seen and asks whether it is that
 * section: a heading such as `二、实施方法和过程` (`section-candidate`, with the heading
 * renamed as a suggestion), or paragraphs without a heading (`section-unlabelled`).
 */
import type { CaseRule } from './types';
import { ctxMeasure, sectionSpecs } from './parts';

export const partMissing: CaseRule = {
  id: 'part-missing',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: ['field', 'summary', 'section', 'section-candidate', 'section-unlabelled'],
    clause: '案例主要包括案例简介……和案例正文……“案例正文”应包括实施背景、主要做法……、经验启示等部分',
    description: 'A required cover field, the summary or a body section is absent.',
    uses: ['parts'],
  },
  check(ctx, report) {
    const sections = sectionSpecs(ctx.profile)
      .map((s) => s.label)
      .join('、');
    for (const spec of ctx.profile.parts) {
      if (!spec.required || spec.id === 'body' || ctx.structure.parts[spec.id]) continue;
      const messageId = spec.kind === 'cover' ? 'field' : spec.kind === 'summary' ? 'summary' : 'section';
      const seen = ctx.structure.otherSections.find((o) => o.candidateFor === spec.id);
      if (seen && messageId === 'section') {
        const data = { part: spec.id, partLabel: spec.label, sections };
        if (seen.heading !== undefined) {
          report({
            messageId: 'section-candidate',
            data: { ...data, seen: seen.label, suggested: seen.suggested ?? spec.label },
            target: { part: spec.id, paragraph: seen.heading },
          });
        } else {
          let paragraphs = 0;
          for (let i = seen.start; i < seen.end; i++) if (ctx.doc.paragraphs[i]?.text.trim()) paragraphs++;
          const words = ctxMeasure(ctx).range(seen.start, seen.end)[ctx.profile.metric];
          report({ messageId: 'section-unlabelled', data: { ...data, paragraphs, words, metric: ctx.profile.metric }, target: { part: spec.id, paragraph: seen.start } });
        }
        continue;
      }
      report({ messageId, data: { part: spec.id, partLabel: spec.label, sections }, target: { part: spec.id } });
    }
  },
};
