/**
 * placeholder-left
 *
 * The official template (src/template) fills each part with a prompt such as
 * "（请在此处填写……）"; a case sent with a prompt still in it is unfinished. The prompts are
 * data: `profile.placeholders`, written by the template and kept in the profile.
 *
 * Edge cases: every occurrence in every paragraph of the main story is reported, with its
 * span, so the pane can highlight it. Matching is exact (no normalisation): the prompts are
 * the template's own text. An empty list means nothing to check. A prompt inside a longer
 * prompt is reported once, as the longer one. A row of unticked boxes (the 党支部类型 prompt
 * `□教师党支部 □…`) is a question, not text to replace: branch-subtype-missing asks to tick
 * one (请勾选一项).
 */
import type { CaseRule } from './types';
import { partAt, partLabel } from './parts';
import { isUntickedChoice } from '../structure/category';

export const placeholderLeft: CaseRule = {
  id: 'placeholder-left',
  meta: {
    severity: 'error',
    scope: 'case',
    messageIds: ['placeholder'],
    clause: '案例文字内容应当主旨清晰、层次分明、语言顺畅（模板中的提示文字须替换为案例内容）',
    description: 'Prompt text of the template is still in the document.',
    uses: ['placeholders'],
  },
  check(ctx, report) {
    const prompts = ctx.profile.placeholders
      .filter((s) => s.trim() !== '' && !isUntickedChoice(s))
      .sort((a, b) => b.length - a.length);
    if (prompts.length === 0) return;
    for (const p of ctx.doc.paragraphs) {
      const taken: [number, number][] = [];
      for (const prompt of prompts) {
        for (let at = p.text.indexOf(prompt); at >= 0; at = p.text.indexOf(prompt, at + prompt.length)) {
          const end = at + prompt.length;
          if (taken.some(([s, e]) => at < e && end > s)) continue;
          taken.push([at, end]);
          const part = partAt(ctx.structure, p.index);
          report({
            messageId: 'placeholder',
            data: { text: prompt, part: part ?? null, partLabel: part ? partLabel(ctx.profile, part) : null },
            target: { part: part ?? 'document', paragraph: p.index },
            span: { paragraph: p.index, start: at, end },
          });
        }
      }
    }
  },
};
