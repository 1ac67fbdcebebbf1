/**
 * Whether a document body holds anything an author made, from its WordprocessingML (the
 * Word gateway gets it from `Body.getOoxml()`, WordApi 1.1). The template insertion asks
 * this before it removes the empty paragraphs of an "empty" document: paragraph text and
 * inline pictures, all the host API shows, miss floating pictures, text boxes, empty
 * tables, section breaks and more, and removing their paragraphs removes them.
 *
 * Conservative by construction: inside the body, only elements known to hold nothing are
 * allowed (empty paragraphs and runs, their formatting, whitespace text, tabs, Word's own
 * hidden bookmarks such as `_GoBack`, the body's final section properties); anything else
 * counts as content. Pure: no DOM, no Node.
 */
import { Tok, XmlEntitiesError, XmlScanner } from './xml';

export interface BodyContent {
  empty: boolean;
  /** What was found first, in words for the author (absent when empty). */
  found?: string;
}

/** Elements that hold nothing an author made, wherever they appear in the body. */
const NOTHING = new Set([
  'w:p', 'w:r', 'w:tab', 'w:lastRenderedPageBreak', 'w:proofErr', 'w:bookmarkEnd', 'w:noProof',
]);

/** Property containers: their descendants are formatting (except a section break in w:pPr). */
const PROPERTIES = new Set(['w:pPr', 'w:rPr']);

/** What a found element is, for the message. */
const WORDS: Record<string, string> = {
  'w:drawing': '图片或图形',
  'w:pict': '图片或图形',
  'w:object': '嵌入对象',
  'mc:AlternateContent': '图片或图形',
  'w:txbxContent': '文本框',
  'w:tbl': '表格',
  'w:sdt': '内容控件',
  'w:sectPr': '分节符',
  'w:fldSimple': '域',
  'w:fldChar': '域',
  'w:instrText': '域',
  'w:footnoteReference': '脚注',
  'w:endnoteReference': '尾注',
  'w:commentReference': '批注',
  'w:commentRangeStart': '批注',
  'w:ins': '修订',
  'w:del': '修订',
  'w:br': '分隔符',
  'w:bookmarkStart': '书签',
  'm:oMath': '公式',
  'm:oMathPara': '公式',
};

function describe(tag: string): string {
  return WORDS[tag] ?? `其他内容（${tag}）`;
}

export function bodyContent(ooxml: string): BodyContent {
  let x: XmlScanner;
  try {
    x = new XmlScanner(ooxml);
  } catch (e) {
    if (e instanceof XmlEntitiesError) return { empty: false, found: '无法识别的内容' };
    throw e;
  }
  let inBody = false;
  let sawBody = false;
  // Depth inside w:pPr / w:rPr, and inside the body's own final w:sectPr.
  let inProperties = 0;
  let inFinalSection = 0;
  let depth = 0;
  try {
    for (let t = x.next(); t !== Tok.End; t = x.next()) {
      if (t === Tok.Open) {
        const tag = x.tag();
        const selfClosing = x.selfClosing;
        if (!inBody) {
          if (tag === 'w:body') {
            inBody = true;
            sawBody = true;
            depth = 0;
          }
          continue;
        }
        if (!selfClosing) depth++;
        if (inFinalSection > 0) {
          if (!selfClosing) inFinalSection++;
          continue;
        }
        if (inProperties > 0) {
          // A section break is a paragraph property (w:pPr/w:sectPr) but not formatting.
          if (tag === 'w:sectPr') return { empty: false, found: describe(tag) };
          if (!selfClosing) inProperties++;
          continue;
        }
        if (PROPERTIES.has(tag)) {
          if (!selfClosing) inProperties = 1;
          continue;
        }
        // The body's last child w:sectPr is the document's page setup, not a section break.
        if (tag === 'w:sectPr' && depth <= 1) {
          if (!selfClosing) inFinalSection = 1;
          continue;
        }
        if (tag === 'w:t') {
          if (!selfClosing && !isBlank(x.readText())) return { empty: false, found: '文字' };
          if (!selfClosing) depth--;
          continue;
        }
        if (tag === 'w:bookmarkStart' && (x.attr('w:name') ?? '').startsWith('_')) continue;
        if (NOTHING.has(tag)) continue;
        return { empty: false, found: describe(tag) };
      }
      if (t === Tok.Close) {
        if (!inBody) continue;
        const tag = x.tag();
        if (tag === 'w:body' && depth === 0) break;
        depth--;
        if (inFinalSection > 0) inFinalSection--;
        else if (inProperties > 0) inProperties--;
      } else if (t === Tok.Text && inBody && inProperties === 0 && inFinalSection === 0 && !x.textIsBlank()) {
        // Text directly inside a paragraph or run is not Word's, but it is content.
        return { empty: false, found: '文字' };
      }
    }
  } catch (e) {
    if (e instanceof XmlEntitiesError) return { empty: false, found: '无法识别的内容' };
    throw e;
  }
  // No body at all: nothing could be verified, so nothing is empty.
  return sawBody ? { empty: true } : { empty: false, found: '无法识别的内容' };
}

function isBlank(text: string): boolean {
  // trim() covers the ideographic space; zero-width characters and the BOM are invisible.
  return text.replace(/[\u200B\u200C\u2060\uFEFF]/g, '').trim() === '';
}
