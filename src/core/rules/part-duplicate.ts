/**
 * part-duplicate
 *
 * Notice, 四: "“案例正文”应包括实施背景、主要做法……、经验启示等部分": each part once. A
 * section heading written twice usually means pasted drafts or a subheading that looks
 * like a section name.
 *
 * Edge cases: `findStructure` lists every occurrence after the first in `duplicates`; each
 * is reported at its own heading, naming the label as written there.
 */
import type { CaseRule } from './types';
import { partLabel } from './parts';

export const partDuplicate: CaseRule = {
  id: 'part-duplicate',
  meta: {
    severity: 'warning',
    scope: 'case',
    messageIds: ['duplicate'],
    clause: '“案例正文”应包括实施背景、主要做法、经验启示等部分（每部分一处）',
    description: 'A section or the summary appears more than once.',
    uses: ['parts'],
  },
  check(ctx, report) {
    for (const d of ctx.structure.duplicates) {
      const first = ctx.structure.parts[d.id];
      report({
        messageId: 'duplicate',
        data: {
          part: d.id,
          partLabel: partLabel(ctx.profile, d.id),
          label: (d.label ?? ctx.doc.paragraphs[d.start]?.text ?? '').trim(),
          firstParagraph: first ? first.start : null,
        },
        target: { part: d.id, paragraph: d.start },
      });
    }
  },
};
