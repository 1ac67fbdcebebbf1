/**
 * part-duplicate
 *
 * Notice, 四: "“案例正文”应包括实施背景、主要做法……、经验启示等部分": each part once. A
 * section heading written twice usually means pasted drafts or a subheading that looks
 * like a section name.
 *
 * Edge cases: `findStructure` lists every occurrence after the first in `duplicates`; each
 * is reported at its own heading, naming the label as written there.
 *
 * Text saved several times over (`repeated`): a file that LibreOffice 7.4 or WPS saved from a
 * template with content controls repeats every control's paragraph 3 to 7 times
 * (structure/repeats.ts). The engine reads those paragraphs as written once; this rule says
 * so in ONE error that names the parts hit and how to repair the file, instead of one
 * placeholder or length problem per copy. Its severity is an error: the file as sent shows
 * every copy.
 */
import type { CaseRule } from './types';
import { partAt, partLabel } from './parts';

export const partDuplicate: CaseRule = {
  id: 'part-duplicate',
  meta: {
    severity: 'warning',
    scope: 'case',
    messageIds: ['duplicate', 'repeated'],
    clause: '“案例正文”应包括实施背景、主要做法、经验启示等部分（每部分一处）',
    description: 'A section or the summary appears more than once.',
    uses: ['parts'],
  },
  check(ctx, report) {
    const repeats = ctx.structure.repeats ?? [];
    if (repeats.length > 0) {
      const parts: string[] = [];
      for (const r of repeats) {
        const id = partAt(ctx.structure, r.paragraph);
        const name = id ? partLabel(ctx.profile, id) : r.control;
        if (!parts.includes(name)) parts.push(name);
      }
      const first = repeats[0];
      report({
        messageId: 'repeated',
        severity: 'error',
        data: {
          paragraphs: repeats.length,
          copies: Math.max(...repeats.map((r) => r.copies)),
          parts: parts.join('、'),
          firstParagraph: first.paragraph,
        },
        target: { part: partAt(ctx.structure, first.paragraph) ?? 'document', paragraph: first.paragraph },
      });
    }
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
