/**
 * Picture groups and their captions (RULES.md):
 * "A caption is the paragraph right after a picture paragraph, or a paragraph in Word's
 * Caption style (题注), or a short paragraph starting with 图/组图 next to a picture.
 * Pictures in one paragraph, or in one table, followed by one caption form one group."
 *
 * Also: consecutive picture paragraphs (empty lines between them allowed) followed by one
 * caption form one group (a 组图). The paragraph after a picture is its caption only when
 * it looks like one: Caption style, a 图 label, or short (at most twice the profile's
 * caption limit, so that an over-long caption is still reported as one); otherwise the
 * group has no caption. A caption may also sit above its picture when it is labelled or
 * in Caption style. A recognised heading or field, or any numbered or outline-level
 * paragraph without a 图 label, is never a caption.
 */
import type { Paragraph } from '../model/types';
import { countText, hasCaptionLabel, splitCaptionLabel } from '../count';
import type { CaptionInfo, PictureGroup } from './types';
import type { ParaInfo } from './heading';

/** How many empty paragraphs may separate a picture from its caption or the next picture. */
const MAX_BLANK_GAP = 2;

export interface PictureContext {
  paras: readonly Paragraph[];
  infos: readonly ParaInfo[];
  /** Paragraphs that start a recognised part (headings, fields). */
  isPartStart: (i: number) => boolean;
  /** Longest caption, in words, that still reads as a caption rather than prose. */
  captionLimit: number;
}

function caption(p: Paragraph, paragraph: number): CaptionInfo {
  const { label, text } = splitCaptionLabel(p.text);
  return { paragraph, text: p.text.trim(), label, body: text };
}

function labelled(ctx: PictureContext, i: number): boolean {
  const p = ctx.paras[i];
  if (!p || p.pictures.length > 0 || ctx.infos[i].empty || ctx.isPartStart(i)) return false;
  return p.builtinStyle === 'Caption' || hasCaptionLabel(p.text);
}

function captionLike(ctx: PictureContext, i: number): boolean {
  if (labelled(ctx, i)) return true;
  const p = ctx.paras[i];
  if (!p || p.pictures.length > 0 || ctx.infos[i].empty || ctx.isPartStart(i)) return false;
  // A numbered or outline-level paragraph is a heading (`五、`), not a caption.
  if (ctx.infos[i].shape || ctx.infos[i].outline !== undefined) return false;
  // A long paragraph is prose: don't count it word by word.
  if (p.text.length > ctx.captionLimit * 4) return false;
  return countText(p.text).words <= ctx.captionLimit;
}

/** The next non-empty paragraph after `i`, within MAX_BLANK_GAP empty ones. */
function nextFilled(ctx: PictureContext, i: number): number | undefined {
  let k = i + 1;
  let blanks = 0;
  while (k < ctx.paras.length && ctx.infos[k].empty && ctx.paras[k].pictures.length === 0) {
    if (++blanks > MAX_BLANK_GAP) return undefined;
    k++;
  }
  return k < ctx.paras.length ? k : undefined;
}

function prevFilled(ctx: PictureContext, i: number): number | undefined {
  let k = i - 1;
  let blanks = 0;
  while (k >= 0 && ctx.infos[k].empty && ctx.paras[k].pictures.length === 0) {
    if (++blanks > MAX_BLANK_GAP) return undefined;
    k--;
  }
  return k >= 0 ? k : undefined;
}

export function findPictureGroups(ctx: PictureContext): PictureGroup[] {
  const { paras } = ctx;
  const groups: PictureGroup[] = [];
  const used = new Set<number>();
  const take = (g: PictureGroup, i: number): boolean => {
    if (used.has(i)) return false;
    used.add(i);
    g.caption = caption(paras[i], i);
    return true;
  };
  const captionAbove = (g: PictureGroup, first: number) => {
    const above = prevFilled(ctx, first);
    if (above !== undefined && labelled(ctx, above) && !paras[above].table) take(g, above);
  };
  let i = 0;
  while (i < paras.length) {
    const p = paras[i];
    if (p.pictures.length === 0) {
      i++;
      continue;
    }
    const g: PictureGroup = { paragraphs: [], pictureCount: 0 };
    if (p.table) {
      // One table of pictures is one group.
      const t = p.table.table;
      let first = i;
      while (first > 0 && paras[first - 1].table?.table === t) first--;
      let end = i;
      while (end < paras.length && paras[end].table?.table === t) end++;
      let lastPicture = i;
      for (let k = i; k < end; k++) {
        if (paras[k].pictures.length > 0) {
          g.paragraphs.push(k);
          g.pictureCount += paras[k].pictures.length;
          lastPicture = k;
        }
      }
      let found = false;
      for (let k = first; k < end && !found; k++) if (labelled(ctx, k)) found = take(g, k);
      if (!found && lastPicture + 1 < end && captionLike(ctx, lastPicture + 1)) found = take(g, lastPicture + 1);
      if (!found) {
        const after = nextFilled(ctx, end - 1);
        if (after !== undefined && !paras[after].table && captionLike(ctx, after)) found = take(g, after);
      }
      if (!found) captionAbove(g, first);
      groups.push(g);
      i = end;
      continue;
    }
    // A run of picture paragraphs outside tables, empty lines between them allowed.
    let last = i;
    let k: number | undefined = i;
    while (k !== undefined && paras[k].pictures.length > 0 && !paras[k].table) {
      g.paragraphs.push(k);
      g.pictureCount += paras[k].pictures.length;
      last = k;
      k = nextFilled(ctx, k);
    }
    let found = false;
    if (k !== undefined && !paras[k].table && captionLike(ctx, k)) found = take(g, k);
    // The picture and its caption typed in one paragraph (a line break between them).
    if (!found && (paras[last].builtinStyle === 'Caption' || hasCaptionLabel(paras[last].text))) found = take(g, last);
    if (!found) captionAbove(g, g.paragraphs[0]);
    groups.push(g);
    i = last + 1;
  }
  return groups;
}
