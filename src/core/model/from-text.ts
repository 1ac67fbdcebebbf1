/**
 * Plain text (a .txt file, or text pasted into the checker page) → CaseDocument.
 *
 * One paragraph per line, in order, empty lines included, so that paragraph `i` is line
 * `i + 1` of the input. Nothing is recognised here: no headings, no styles, no fields.
 * Finding the parts is the job of src/core/structure, so a pasted text and a .docx with
 * the same words produce the same structure.
 *
 * The one convention of pasted text: a line that holds nothing but picture markers
 * stands for a paragraph holding that many pictures (the picture itself cannot be
 * pasted). A marker is `[图片]`, `［图片］`, `【图片】`, `<图片>`, `＜图片＞`, or a Markdown
 * image `![说明](地址)` (its alt text becomes the picture's description). Markers may be
 * separated by spaces; `[图片][图片]` is one paragraph with two pictures (a 组图). Such a
 * paragraph has empty text: its caption is the next line, as in Word.
 */
import type { CaseDocument, Paragraph, Picture } from './types';

const PICTURE_WORD = '图片';
/** Opening and closing brackets of the bracketed marker forms, pairwise. */
const MARKER_OPEN = '[［【<＜';
const MARKER_CLOSE = ']］】>＞';

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}

/**
 * The pictures a line stands for, or undefined when the line is not made of markers only.
 * A hand-written scanner: linear, no backtracking on long lines.
 */
export function pictureMarkers(line: string): Picture[] | undefined {
  const pictures: Picture[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const ch = line[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const open = MARKER_OPEN.indexOf(ch);
    if (open >= 0) {
      const close = MARKER_CLOSE[open];
      if (line.startsWith(PICTURE_WORD, i + 1) && line[i + 1 + PICTURE_WORD.length] === close) {
        pictures.push({ kind: 'inline' });
        i += PICTURE_WORD.length + 2;
        continue;
      }
      return undefined;
    }
    if (ch === '!' && line[i + 1] === '[') {
      const altEnd = line.indexOf('](', i + 2);
      if (altEnd < 0) return undefined;
      const urlEnd = line.indexOf(')', altEnd + 2);
      if (urlEnd < 0) return undefined;
      const alt = line.slice(i + 2, altEnd).trim();
      pictures.push(alt ? { kind: 'inline', description: alt } : { kind: 'inline' });
      i = urlEnd + 1;
      continue;
    }
    return undefined;
  }
  return pictures.length > 0 ? pictures : undefined;
}

export function documentFromText(text: string): CaseDocument {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = source.split(/\r\n|\r|\n/);
  // A final line break does not start another paragraph.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const paragraphs: Paragraph[] = lines.map((line, index) => {
    const pictures = pictureMarkers(line);
    if (pictures) return { index, text: '', pictures, controls: [] };
    return { index, text: line, pictures: [], controls: [] };
  });
  return { paragraphs, stories: [], source: 'text' };
}
