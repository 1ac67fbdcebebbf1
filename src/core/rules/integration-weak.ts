/**
 * integration-weak
 *
 * Notice, 三: "着力把党的建设有机融入本单位中心工作，避免就党建谈党建". A rough, explainable
 * signal: how often a party-building word (`integration.partyWords`) has a core-work word
 * (`integration.coreWords`) within `integration.window` characters on either side, in the
 * same paragraph. When the body mentions party words at least `minMentions` times and fewer
 * than `minShare` of the mentions meet a core word, an info suggests writing the link out.
 *
 * Edge cases: overlapping party words count once, the longest (党支部, not 支部 inside it);
 * a core word overlapping the mention itself does not count. Only the body (实施背景 to
 * 经验启示) is read. Linear in the text: each word list is scanned with indexOf once per
 * paragraph, and mentions meet core words through a sorted sweep.
 */
import type { CaseRule } from './types';
import { bodyRange } from './parts';

function occurrences(text: string, words: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const w of words) {
    if (!w) continue;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push([at, at + w.length]);
  }
  return out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** Longest-first, non-overlapping mentions. */
function mentions(text: string, words: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let end = -1;
  for (const m of occurrences(text, words)) {
    if (m[0] < end) continue;
    out.push(m);
    end = m[1];
  }
  return out;
}

export const integrationWeak: CaseRule = {
  id: 'integration-weak',
  meta: {
    severity: 'info',
    scope: 'case',
    messageIds: ['weak'],
    clause: '着力把党的建设有机融入本单位中心工作，避免就党建谈党建',
    description: 'Party-building words rarely appear near core-work words in the body.',
    uses: ['integration.partyWords', 'integration.coreWords', 'integration.window', 'integration.minShare', 'integration.minMentions'],
    styleHint: true,
  },
  check(ctx, report) {
    const range = bodyRange(ctx.structure, ctx.profile);
    if (!range) return;
    const { partyWords, coreWords, window, minShare, minMentions } = ctx.profile.integration;
    let total = 0;
    let met = 0;
    for (let i = range.start; i < range.end; i++) {
      const text = ctx.doc.paragraphs[i]?.text;
      if (!text) continue;
      const party = mentions(text, partyWords);
      if (party.length === 0) continue;
      const core = occurrences(text, coreWords);
      total += party.length;
      // Both lists are sorted by start: sweep a pointer over the core words.
      let k = 0;
      for (const [s, e] of party) {
        while (k < core.length && core[k][1] <= s - window - 1) k++;
        for (let j = k; j < core.length && core[j][0] <= e + window; j++) {
          const [cs, ce] = core[j];
          const overlaps = cs < e && ce > s;
          // Near by the sweep and the loop's bound: it ends at most `window` before, starts at most `window` after.
          if (!overlaps) {
            met++;
            break;
          }
        }
      }
    }
    if (total < minMentions || met / total >= minShare) return;
    report({
      messageId: 'weak',
      data: { mentions: total, met, share: Math.round((met / total) * 100), minShare: Math.round(minShare * 100), window },
      target: { part: 'body', paragraph: range.start },
    });
  },
};
