/**
 * A notice's text made readable for the extractor, and cut into sentences whose words can
 * be quoted back.
 *
 * Notices reach us copied out of PDFs: a sentence broken over a page ("加强教" / "师党建"),
 * spaces between Chinese characters where a line was justified ("党建工作 创新奖"), and
 * brackets of both widths. The normalised text joins such lines and drops only the spaces
 * between two Chinese characters (a space beside a digit or a Latin letter is kept, as the
 * notice writes "2000 字"), so every quoted source is the notice's own words.
 */

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2014\\u2018-\\u201d';
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'gu');

/** A line that ends a paragraph whatever follows: sentence-final punctuation, a salutation, a title. */
function endsParagraph(line: string): boolean {
  return /[。！？：:；;]$/.test(line) || /通知$/.test(line) || line.length < 40;
}

/** Lines joined where a PDF broke a sentence; blank lines kept as paragraph breaks. */
export function normalizeNotice(raw: string): string {
  const lines = raw
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0\u3000]+$/u, '').replace(/^[ \t\u00a0\u3000]+/u, '').replace(SPACE_BETWEEN_CJK, '$1'));
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (line === '') continue;
    if (current === '') current = line;
    else if (endsParagraph(current)) {
      paragraphs.push(current);
      current = line;
    } else current += line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

/** Longest sentence the extractor reads at once (characters). */
export const MAX_SENTENCE = 1000;

export interface Sentence {
  text: string;
  /** Index of the paragraph (line of the normalised text). */
  paragraph: number;
}

/**
 * Sentences: cut after 。！？ and at every paragraph end, never inside brackets (the NEU
 * notice puts a whole rule inside （…）), and with a closing bracket or quote kept with its
 * sentence.
 */
export function splitSentences(normalized: string): Sentence[] {
  const out: Sentence[] = [];
  normalized.split('\n').forEach((para, paragraph) => {
    let depth = 0;
    const chars = [...para];
    let text = '';
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      text += c;
      if (c === '（' || c === '(') depth++;
      else if ((c === '）' || c === ')') && depth > 0) depth--;
      // A real sentence is a few hundred characters; a longer run is cut so that no pattern works on more.
      if ((depth === 0 && /[。！？!?]/.test(c)) || text.length >= MAX_SENTENCE) {
        while (i + 1 < chars.length && /[”’」』）)]/.test(chars[i + 1])) text += chars[++i];
        if (text.trim()) out.push({ text: text.trim(), paragraph });
        text = '';
      }
    }
    if (text.trim()) out.push({ text: text.trim(), paragraph });
  });
  return out;
}

/** The clause (between ，；：) of `sentence` holding the index `at`, for quoting a long sentence. */
export function clauseAt(sentence: string, at: number, maxLength = 90): string {
  if (sentence.length <= maxLength) return sentence;
  let depth = 0;
  const cuts: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && /[，；：,;:]/.test(c)) cuts.push(i);
  }
  let from = 0;
  let to = sentence.length;
  for (const cut of cuts) {
    if (cut < at) from = cut + 1;
    else {
      to = cut;
      break;
    }
  }
  return sentence.slice(from, to).replace(/[。]$/, '').trim();
}
