/**
 * part-empty
 *
 * Notice, 四: "案例文字内容应当主旨清晰、层次分明、语言顺畅，资料数据翔实". A heading or a
 * cover label with nothing after it is a template left unfilled.
 *
 * Edge cases: a part's own text excludes its heading and its captions, so a 主要做法 that
 * holds only a picture and its caption is empty. Pictures alone are not text. `body` is
 * never reported (its sections are). An optional part (a recommended cover field such as
 * 联系电话) left empty is a warning, not an error: the notice does not require it.
 */
import type { CaseRule } from './types';
import { ctxContentCounts } from './parts';

export const partEmpty: CaseRule = {
  id: 'part-empty',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: ['field', 'part'],
    clause: '案例文字内容应当主旨清晰、层次分明、语言顺畅，资料数据翔实',
    description: 'A part is present but holds no text of its own.',
    uses: ['parts'],
  },
  check(ctx, report) {
    for (const spec of ctx.profile.parts) {
      const fp = ctx.structure.parts[spec.id];
      if (!fp || spec.id === 'body') continue;
      const own = ctxContentCounts(ctx, spec.id);
      if (own && own.charsNoSpaces > 0) continue;
      report({
        messageId: spec.kind === 'cover' ? 'field' : 'part',
        data: { part: spec.id, partLabel: spec.label },
        target: { part: spec.id, paragraph: fp.start },
        severity: spec.required ? undefined : 'warning',
      });
    }
  },
};
