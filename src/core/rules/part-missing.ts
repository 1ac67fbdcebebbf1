/**
 * part-missing
 *
 * Notice, 四: "案例主要包括案例简介……和案例正文……其中，“案例正文”应包括实施背景、主要做法……、经验启示等部分".
 * The cover needs the case's name and the submitting unit (the first page is stamped).
 *
 * Edge cases: only parts the profile marks `required`; `body` is the sum of its sections
 * and is never reported itself. A section found only as a duplicate is still found.
 */
import type { CaseRule } from './types';
import { sectionSpecs } from './parts';

export const partMissing: CaseRule = {
  id: 'part-missing',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: ['field', 'summary', 'section'],
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
      report({ messageId, data: { part: spec.id, partLabel: spec.label, sections }, target: { part: spec.id } });
    }
  },
};
