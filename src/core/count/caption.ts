/**
 * Caption labels. RULES.md: "A caption's count excludes a leading label such as `图1`,
 * `图 2：`, `图3-1`, `组图1`." Labels may use ASCII, full-width or Chinese numerals and
 * be followed by a colon, a dot, a 、 or spaces.
 */
import { countText, type WordCounts } from './word-count';

const LABEL =
  /^[\s\u3000]*(?:组图|图片|图)[\s\u3000]*[0-9０-９一二三四五六七八九十]+(?:[\s\u3000]*[-－–—.．][\s\u3000]*[0-9０-９]+)*[\s\u3000]*[：:、.．]?[\s\u3000]*/;

export interface SplitCaption {
  /** The leading label as written (`图 2：`), or '' when there is none. */
  label: string;
  /** The caption text after the label. */
  text: string;
}

export function splitCaptionLabel(caption: string): SplitCaption {
  const m = LABEL.exec(caption);
  if (!m) return { label: '', text: caption.trim() };
  return { label: m[0].trim(), text: caption.slice(m[0].length).trim() };
}

/** True when the text starts like a caption label (`图1`, `组图2`). */
export function hasCaptionLabel(text: string): boolean {
  return LABEL.test(text);
}

/** Word's counts of a caption without its leading label. */
export function countCaption(caption: string): WordCounts {
  return countText(splitCaptionLabel(caption).text);
}
