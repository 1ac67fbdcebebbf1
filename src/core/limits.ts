/**
 * Every cap on what one input may cost, in one place. The front ends (CLI, checker page,
 * its worker) and the .docx reader all use these figures, so that a file refused by one is
 * refused by all, with the same words.
 *
 * Why these figures: a case for the notice is a few thousand 字 (summary 200, body 2000 to
 * 3000) in a few hundred paragraphs, a .docx of a few hundred KB (a few MB with photos).
 * Each cap is one to three orders of magnitude above that, far above any real case and
 * above a long book, so that it only ever stops a damaged or crafted file. What the caps
 * buy: a file of a few KB that inflates to millions of paragraphs, runs or diagnostics
 * costs its own row in a folder check, never the memory of the whole run.
 */

const MIB = 1024 * 1024;

export const LIMITS = {
  /**
   * Bytes of one input file, standard input included (every way in: a folder, a file on
   * the command line, `-`, the page). A case with its photos is a few MB.
   */
  fileBytes: 50 * MIB,
  /**
   * Paragraphs in one document, all stories together (body, table cells, headers,
   * footers, notes, comments, text boxes; each text box also counts one). A real case
   * has a few hundred; a 500-page book about 20,000.
   */
  paragraphs: 200_000,
  /** Runs (w:r) and drawings in one document, all stories together: a real case has a few thousand. */
  runs: 2_000_000,
  /** Characters of text in one document, all stories and list labels together: a real case has about 10,000. */
  textChars: 20_000_000,
  /**
   * Diagnostics kept per rule and message in one report: the rest are counted, not listed
   * (the last one kept says how many more there are). A real case has a handful of each.
   */
  diagnosticsPerMessage: 20,
  /**
   * Diagnostics kept in one report in all: past this, only the first of each kind is
   * kept (so that no kind of problem disappears). A real case has at most a few dozen.
   */
  diagnostics: 200,
  /** Lines of a plain-text input (each is a paragraph): the same cap as paragraphs. */
  textLines: 200_000,
  /**
   * Time to read and check one file, where a front end can stop it (the CLI's worker
   * thread, the page's Web Worker): a real case takes milliseconds, the largest file under
   * the caps a few seconds on a slow machine.
   */
  fileTimeMs: 60_000,
} as const;

export type LimitName = 'fileBytes' | 'paragraphs' | 'runs' | 'textChars' | 'textLines';

/** 12,345,678 → `12,345,678`; bytes → `50 MB`. For the messages below. */
export function formatLimit(name: LimitName, value: number = LIMITS[name]): string {
  if (name === 'fileBytes') return `${Math.round(value / MIB)} MB`;
  return value.toLocaleString('en-US');
}

/** What each cap counts, in the words of the message (zh-CN). */
export const LIMIT_WHAT: Record<LimitName, string> = {
  fileBytes: '文件大小',
  paragraphs: '段落数',
  runs: '文字块（w:r）数',
  textChars: '文字总量（字符）',
  textLines: '行数',
};

/**
 * The sentence that says a cap was hit, without the file name (the caller names it):
 * `段落数超过 200,000（正常的案例只有几百段），文件可能已损坏或是恶意构造的，已停止读取。`
 */
export function limitReason(name: LimitName): string {
  const typical: Record<LimitName, string> = {
    fileBytes: '正常的案例连同图片只有几 MB',
    paragraphs: '正常的案例只有几百段',
    runs: '正常的案例只有几千个',
    textChars: '正常的案例只有一万字左右',
    textLines: '正常的案例只有几百行',
  };
  return `${LIMIT_WHAT[name]}超过上限 ${formatLimit(name)}（${typical[name]}），文件可能已损坏或是恶意构造的，已停止读取。`;
}

/** Escapes that make a file name safe to print on a terminal (see `printableName`). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name as it may be printed: C0 and C1 control characters (ESC, CR, LF, BEL ...),
 * DEL and the bidirectional overrides are written as `\x1b` / `\u202e`, so that a crafted
 * name cannot move the cursor, clear the screen, forge a line of output or reverse the text
 * after it. Everything else (Chinese, spaces, emoji) is kept as it is.
 */
export function printableName(name: string): string {
  return name.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Counts a text's lines as documentFromText splits them (CRLF, CR or LF), stopping past `stopAt`. */
export function countLines(text: string, stopAt = Infinity): number {
  let n = 1;
  for (let i = 0; i < text.length && n <= stopAt; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d) {
      n++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  return n;
}
