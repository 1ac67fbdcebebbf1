/**
 * listing-heavy
 *
 * Notice, 三: "避免对工作成果的简单总结和罗列". A 主要做法 made mostly of short enumerated lines
 * ("1. 开展主题党日 12 次；") lists results instead of telling how the work was done.
 *
 * With the profile's `listing` numbers: among the lines of the section it names
 * (`listing.section`, 主要做法), a line is short when it has at most `shortLineMaxWords` in the profile's metric,
 * and enumerated when Word numbers it (a list label) or it starts with a marker (一、 （一）
 * 1. ① • 一是 第一条 …). The rule fires when there are at least `minLines` lines and the
 * short enumerated ones are at least `minShare` of them.
 *
 * Edge cases: the section heading, captions, picture-only and blank paragraphs are not
 * lines; a paragraph split by manual line breaks gives one line per break. Subheadings
 * such as "（一）建强组织体系" are short enumerated lines too, but followed by real paragraphs
 * they stay well under the share.
 */
import { countText } from '../count';
import type { CaseRule } from './types';
import { ctxMeasure, partLabel } from './parts';

const MARKER =
  /^[\s\u3000]*(?:[（(]?[一二三四五六七八九十百]+[)）、.．]|[（(]?[0-9０-９]{1,3}[)）、.．]|[（(][0-9０-９]{1,3}[)）]|[①-⒛㈠-㈩❶-❿]|[•·●○▪■□◆◇►▶\-－—*＊]|[一二三四五六七八九十]+是|第[一二三四五六七八九十0-9]+[是条项点，,])/;

export const listingHeavy: CaseRule = {
  id: 'listing-heavy',
  meta: {
    severity: 'info',
    scope: 'case',
    messageIds: ['listing'],
    clause: '避免对工作成果的简单总结和罗列',
    description: 'The practice section is mostly short enumerated lines.',
    uses: ['listing.shortLineMaxWords', 'listing.minShare', 'listing.minLines', 'listing.section'],
    styleHint: true,
  },
  check(ctx, report) {
    const id = ctx.profile.listing.section;
    const fp = ctx.structure.parts[id];
    if (!fp) return;
    const { shortLineMaxWords, minShare, minLines } = ctx.profile.listing;
    const metric = ctx.profile.metric;
    const captions = new Set(ctx.structure.captionParagraphs);
    const measure = ctxMeasure(ctx);
    let lines = 0;
    let short = 0;
    const consider = (text: string, numbered: boolean, size: number): void => {
      if (text.trim() === '') return;
      lines++;
      if (size <= shortLineMaxWords && (numbered || MARKER.test(text))) short++;
    };
    if (fp.inline) consider(fp.inline.text, false, countText(fp.inline.text)[metric]);
    const from = fp.inline ? Math.max(fp.contentStart, fp.inline.paragraph + 1) : fp.contentStart;
    for (let i = from; i < fp.end; i++) {
      const p = ctx.doc.paragraphs[i];
      if (!p || captions.has(i)) continue;
      if (p.text.includes('\n')) {
        p.text.split('\n').forEach((line, k) => consider(line, k === 0 && !!p.listLabel, countText(line)[metric]));
      } else {
        consider(p.text, !!p.listLabel, measure.paragraph(i)[metric]);
      }
    }
    if (lines < minLines || short / lines < minShare) return;
    report({
      messageId: 'listing',
      data: { part: id, partLabel: partLabel(ctx.profile, id), lines, short, share: Math.round((short / lines) * 100), metric, shortLineMaxWords },
      target: { part: id, paragraph: fp.start },
    });
  },
};
