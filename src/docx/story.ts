/**
 * Reads the paragraphs of one story part (document, header, footer, notes, comments) in one
 * pass over the XML, by recursive descent over XmlScanner tokens.
 *
 * What is kept, as Word shows and counts it:
 * - w:t, w:tab/w:ptab (`\t`), w:br/w:cr (`\n`), w:noBreakHyphen (U+2011), w:sym (its
 *   character, Symbol-font ones in U+F0xx); w:softHyphen is invisible.
 * - Runs inside w:hyperlink, w:smartTag, w:customXml, w:sdt, w:ins, w:moveTo, w:fldSimple,
 *   w:dir, w:bdo and math. Dropped: w:del/w:delText, w:moveFrom, hidden runs (w:vanish
 *   directly, via the character style or via the paragraph style), and field codes (text
 *   between a w:fldChar begin and its separate, w:instrText); field results are kept.
 * - mc:AlternateContent: one branch only (the first understood mc:Choice, else mc:Fallback),
 *   so text boxes and pictures are never counted twice.
 * - Text boxes (w:txbxContent, in DrawingML or VML) are separate 'textbox' stories, never
 *   the paragraph they are anchored in.
 */
import type { ContentControlRef, Paragraph, Picture, Story, StoryKind, TableCellRef } from '../core/model/types';
import type { Budget } from './budget';
import type { ListCounters } from './numbering';
import { readParaProps, readRunProps, type NumPr, type ResolvedParagraphStyle, type Styles } from './styles';
import { Tok, XmlScanner } from './xml';

/** mc:Choice Requires prefixes whose content this reader understands. */
const UNDERSTOOD = new Set([
  'w', 'wp', 'a', 'pic', 'r', 'v', 'o', 'w10', 'm', 'mc', 'wne', 'wps', 'wpg', 'wpc', 'wpi', 'wp14', 'w14', 'w15',
  'w16', 'w16se', 'w16cid', 'w16cex', 'w16sdtdh', 'w16du', 'a14', 'c', 'dgm', 'cx', 'cx1', 'cx2', 'cx3', 'cx4', 'cx5',
  'cx6', 'cx7', 'cx8', 'aink', 'am3d', 'wne',
]);

/** Recursion guard against absurdly nested (hostile) XML. */
export const MAX_DEPTH = 200;

/** Said once when the depth guard skipped content (which may have held text). */
export const DEPTH_WARNING = `文档中有嵌套超过 ${MAX_DEPTH} 层的内容（正常的文档不会这样），这部分未被读取，字数可能偏少。`;

interface TableState {
  depth: number;
  table: number;
  row: number;
  cell: number;
}

/** Per-story state: paragraphs, open fields, enclosing block controls, table position. */
interface StoryCtx {
  paragraphs: Paragraph[];
  /** Open complex fields, innermost last: true while in the field code. */
  fields: boolean[];
  codeDepth: number;
  counters: ListCounters | undefined;
  /**
   * The block-level controls around the current position, outermost first. Never mutated:
   * entering a control makes a new array, so that every paragraph inside shares it (a
   * copy per paragraph costs millions of arrays in a crafted file).
   */
  controls: readonly ContentControlRef[];
  table: TableState | undefined;
  topTables: number;
  /** True for the main story, whose text boxes record their anchor paragraph. */
  main: boolean;
}

interface ParaBuild {
  text: string;
  pictures: Picture[];
  /** Shared with the context until an inline control is entered (copy on write). */
  controls: readonly ContentControlRef[];
  pStyle?: string;
  numPr?: NumPr;
  outlineLvl?: number;
  jc?: string;
  markHidden?: boolean;
  style: ResolvedParagraphStyle | undefined;
  anyVisible: boolean;
  allBold: boolean;
  table?: TableCellRef;
}

interface RunState {
  hidden: boolean;
  bold: boolean;
}

export interface StorySink {
  /** Stories found inside this part (text boxes), in document order. */
  stories: Story[];
  /** Counters shared by all text boxes. */
  textboxCounters: ListCounters | undefined;
  /** Things seen but not read (zh-CN, for the user). */
  warnings: string[];
  /** The caps on paragraphs, runs and text, shared by every story of the document. */
  budget: Budget;
}

export class StoryReader {
  private depth = 0;

  constructor(
    private readonly x: XmlScanner,
    private readonly styles: Styles,
    private readonly sink: StorySink,
  ) {}

  newCtx(counters: ListCounters | undefined, main = false): StoryCtx {
    return { paragraphs: [], fields: [], codeDepth: 0, counters, controls: [], table: undefined, topTables: 0, main };
  }

  private warnOnce(message: string): void {
    if (!this.sink.warnings.includes(message)) this.sink.warnings.push(message);
  }

  /** Read block-level content until the close of the current element (or the end). */
  /** The depth guard skips an element: say so once, since its text is not counted. */
  private tooDeep(): void {
    this.warnOnce(DEPTH_WARNING);
    this.x.skip();
  }

  readBlocks(ctx: StoryCtx): void {
    const x = this.x;
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      this.tooDeep();
      return;
    }
    for (;;) {
      const t = x.next();
      if (t === Tok.End || t === Tok.Close) break;
      if (t !== Tok.Open) continue;
      switch (x.tag()) {
        case 'w:p':
          this.readParagraph(ctx);
          continue;
        case 'w:tbl':
          this.readTable(ctx);
          continue;
        case 'w:tr':
          if (ctx.table) {
            ctx.table.row++;
            ctx.table.cell = -1;
          }
          break;
        case 'w:tc':
          if (ctx.table) ctx.table.cell++;
          break;
        case 'w:sdt':
          this.readSdt(ctx, undefined);
          continue;
        case 'mc:AlternateContent':
          this.alternate(() => this.readBlocks(ctx));
          continue;
        case 'w:altChunk':
        case 'w:subDoc':
          this.warnOnce('文档中嵌入了外部内容（如“插入→对象→文件中的文字”），这部分内容未被读取，字数可能偏少。');
          x.skip();
          continue;
        case 'w:del':
        case 'w:moveFrom':
        case 'w:sectPr':
        case 'w:tblPr':
        case 'w:tblGrid':
        case 'w:trPr':
        case 'w:tcPr':
        case 'w:tblPrEx':
        case 'w:sdtPr':
        case 'w:sdtEndPr':
        case 'w:customXmlPr':
        case 'w:background':
          x.skip();
          continue;
      }
      if (!x.selfClosing) this.readBlocks(ctx);
    }
    this.depth--;
  }

  private readTable(ctx: StoryCtx): void {
    if (this.x.selfClosing) return;
    const outer = ctx.table;
    const depth = outer ? outer.depth + 1 : 1;
    const table = outer ? outer.table : ctx.topTables++;
    ctx.table = { depth, table, row: -1, cell: -1 };
    this.readBlocks(ctx);
    ctx.table = outer;
  }

  /** w:sdt at block, row or cell level (p undefined) or inside a paragraph. */
  private readSdt(ctx: StoryCtx, p: ParaBuild | undefined): void {
    const x = this.x;
    if (x.selfClosing) return;
    const control: ContentControlRef = {};
    for (;;) {
      const t = x.next();
      if (t === Tok.End || t === Tok.Close) return;
      if (t !== Tok.Open) continue;
      if (x.tag() === 'w:sdtPr') {
        if (x.selfClosing) continue;
        for (;;) {
          const u = x.next();
          if (u === Tok.End || u === Tok.Close) break;
          if (u !== Tok.Open) continue;
          if (x.tag() === 'w:tag') control.tag = x.attr('w:val');
          else if (x.tag() === 'w:alias') control.title = x.attr('w:val');
          else if (x.tag() === 'w:id') control.id = x.attr('w:val');
          x.skip();
        }
        continue;
      }
      if (x.tag() === 'w:sdtContent') {
        // An empty control (`<w:sdtContent/>`) has nothing to read: reading on would take the
        // rest of its paragraph (or of the document) as its content.
        if (x.selfClosing) continue;
        const ref = clean(control);
        if (p) {
          p.controls = [...p.controls, ref];
          this.readInline(ctx, p);
        } else {
          const outer = ctx.controls;
          ctx.controls = [...outer, ref];
          this.readBlocks(ctx);
          ctx.controls = outer;
        }
        continue;
      }
      x.skip();
    }
  }

  /**
   * mc:AlternateContent: process the first mc:Choice whose Requires prefixes are all
   * understood, else the mc:Fallback; never both.
   */
  private alternate(process: () => void): void {
    const x = this.x;
    if (x.selfClosing) return;
    if (this.depth > MAX_DEPTH) {
      this.tooDeep();
      return;
    }
    this.depth++;
    try {
      this.alternateBranches(process);
    } finally {
      this.depth--;
    }
  }

  private alternateBranches(process: () => void): void {
    const x = this.x;
    let taken = false;
    for (;;) {
      const t = x.next();
      if (t === Tok.End || t === Tok.Close) return;
      if (t !== Tok.Open) continue;
      if (!taken && !x.selfClosing) {
        if (x.tag() === 'mc:Choice') {
          const req = (x.attr('Requires') ?? '').trim().split(/\s+/);
          if (req.every((r) => r === '' || UNDERSTOOD.has(r))) {
            taken = true;
            process();
            continue;
          }
        } else if (x.tag() === 'mc:Fallback') {
          taken = true;
          process();
          continue;
        }
      }
      x.skip();
    }
  }

  private readParagraph(ctx: StoryCtx): void {
    this.sink.budget.paragraph();
    const p: ParaBuild = {
      text: '',
      pictures: [],
      controls: ctx.controls,
      style: undefined,
      anyVisible: false,
      allBold: true,
    };
    const tb = ctx.table;
    if (tb && tb.row >= 0 && tb.cell >= 0) p.table = { depth: tb.depth, table: tb.table, row: tb.row, cell: tb.cell };
    if (!this.x.selfClosing) this.readInline(ctx, p);
    this.finish(ctx, p);
  }

  private styleOf(p: ParaBuild): ResolvedParagraphStyle {
    return (p.style ??= this.styles.paragraph(p.pStyle));
  }

  /** Paragraph content until the close of the current element. */
  private readInline(ctx: StoryCtx, p: ParaBuild): void {
    const x = this.x;
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      this.tooDeep();
      return;
    }
    for (;;) {
      const t = x.next();
      if (t === Tok.End || t === Tok.Close) break;
      if (t !== Tok.Open) continue;
      switch (x.tag()) {
        case 'w:r':
        case 'm:r':
          this.sink.budget.run();
          if (!x.selfClosing) this.readRun(ctx, p);
          continue;
        case 'w:pPr':
          readParaProps(x, p);
          p.style = undefined;
          continue;
        case 'w:del':
        case 'w:moveFrom':
        case 'w:customXmlPr':
        case 'w:smartTagPr':
        case 'w:rPr':
        case 'm:oMathParaPr':
        case 'm:ctrlPr':
          x.skip();
          continue;
        case 'w:sdt':
          this.readSdt(ctx, p);
          continue;
        case 'mc:AlternateContent':
          this.alternate(() => this.readInline(ctx, p));
          continue;
      }
      if (!x.selfClosing) this.readInline(ctx, p);
    }
    this.depth--;
  }

  private readRun(ctx: StoryCtx, p: ParaBuild): void {
    const style = this.styleOf(p);
    const run: RunState = { hidden: style.hidden, bold: style.bold };
    this.readRunContent(ctx, p, run);
  }

  private append(ctx: StoryCtx, p: ParaBuild, run: RunState, s: string): void {
    if (run.hidden || ctx.codeDepth > 0) return;
    this.sink.budget.text(s.length);
    p.text += s;
    if (!p.anyVisible || p.allBold) {
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x3000 && c !== 0xa0) {
          p.anyVisible = true;
          if (!run.bold) p.allBold = false;
          break;
        }
      }
    }
  }

  private readRunContent(ctx: StoryCtx, p: ParaBuild, run: RunState): void {
    const x = this.x;
    for (;;) {
      const t = x.next();
      if (t === Tok.End || t === Tok.Close) return;
      if (t !== Tok.Open) continue;
      switch (x.tag()) {
        case 'w:t':
        case 'm:t':
          if (x.selfClosing) continue;
          if (run.hidden || ctx.codeDepth > 0) x.skip();
          else this.append(ctx, p, run, x.readText());
          continue;
        case 'w:rPr': {
          const r: { bold?: boolean; hidden?: boolean; rStyle?: string } = {};
          readRunProps(x, r);
          const cs = r.rStyle !== undefined ? this.styles.run(r.rStyle) : undefined;
          const ps = this.styleOf(p);
          run.hidden = r.hidden ?? cs?.hidden ?? ps.hidden;
          run.bold = r.bold ?? cs?.bold ?? ps.bold;
          continue;
        }
        case 'w:tab':
        case 'w:ptab':
          this.append(ctx, p, run, '\t');
          break;
        case 'w:br':
        case 'w:cr':
          this.append(ctx, p, run, '\n');
          break;
        case 'w:noBreakHyphen':
          this.append(ctx, p, run, '\u2011');
          break;
        case 'w:sym': {
          const code = parseInt(x.attr('w:char') ?? '', 16);
          if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) this.append(ctx, p, run, String.fromCodePoint(code));
          break;
        }
        case 'w:fldChar':
          this.fieldChar(ctx, x.attr('w:fldCharType'));
          break;
        case 'w:drawing':
          this.sink.budget.run();
          this.readDrawing(ctx, p, !run.hidden && ctx.codeDepth === 0);
          continue;
        case 'w:pict':
        case 'w:object':
          this.sink.budget.run();
          this.readVml(ctx, p, !run.hidden && ctx.codeDepth === 0);
          continue;
        case 'mc:AlternateContent':
          this.alternate(() => this.readRunContent(ctx, p, run));
          continue;
        case 'w:ruby':
          if (x.selfClosing) continue;
          for (;;) {
            const u = x.next();
            if (u === Tok.End || u === Tok.Close) break;
            if (u !== Tok.Open) continue;
            // `<w:rubyBase/>`: no base text; reading on would take the rest of the paragraph.
            if (x.tag() === 'w:rubyBase' && !x.selfClosing) this.readInline(ctx, p);
            else x.skip();
          }
          continue;
      }
      x.skip(); // w:instrText, w:delText, w:delInstrText, w:softHyphen, references, ...
    }
  }

  private fieldChar(ctx: StoryCtx, type: string | undefined): void {
    const f = ctx.fields;
    if (type === 'begin') {
      if (f.length >= 64) return; // hostile nesting: ignore
      f.push(true);
      ctx.codeDepth++;
    } else if (type === 'separate') {
      if (f.length && f[f.length - 1]) {
        f[f.length - 1] = false;
        ctx.codeDepth--;
      }
    } else if (type === 'end') {
      if (f.length && f.pop()) ctx.codeDepth--;
    }
  }

  /** w:drawing: a picture (wp:inline or wp:anchor) and/or a text box. */
  private readDrawing(ctx: StoryCtx, p: ParaBuild, visible: boolean): void {
    this.readShape(ctx, p, visible, (name, st) => {
      switch (name) {
        case 'wp:anchor':
          st.floating = true;
          break;
        case 'wp:docPr':
          st.description ??= nonEmpty(this.x.attr('descr')) ?? nonEmpty(this.x.attr('title'));
          break;
        case 'pic:pic':
        case 'a:blip':
        case 'c:chart':
        case 'dgm:relIds':
        case 'cx:chart':
          st.picture = true;
          break;
      }
      return false;
    });
  }

  /** w:pict / w:object: VML shapes, v:imagedata pictures, v:textbox text boxes. */
  private readVml(ctx: StoryCtx, p: ParaBuild, visible: boolean): void {
    this.readShape(ctx, p, visible, (name, st) => {
      if (name === 'v:imagedata') {
        st.picture = true;
        st.description ??= nonEmpty(this.x.attr('o:title'));
      } else if (name.startsWith('v:')) {
        const style = this.x.attr('style');
        if (style && /position\s*:\s*absolute/i.test(style)) st.floating = true;
        st.description ??= nonEmpty(this.x.attr('alt'));
      } else if (name === 'w:drawing') {
        this.readDrawing(ctx, p, true);
        return true;
      }
      return false;
    });
  }

  /**
   * The walk both kinds of shape share: skipped when hidden or inside a field code, depth-
   * bounded, text boxes read as stories of their own, one branch of mc:AlternateContent.
   * `visit` notes what an element says about the picture and returns true when it has read
   * the element itself; at the end the shape adds at most one picture to the paragraph.
   */
  private readShape(ctx: StoryCtx, p: ParaBuild, visible: boolean, visit: (name: string, st: ShapeState) => boolean): void {
    const x = this.x;
    if (x.selfClosing) return;
    if (!visible) {
      x.skip();
      return;
    }
    const st: ShapeState = { floating: false, picture: false, description: undefined };
    const walk = (): void => {
      if (++this.depth > MAX_DEPTH) {
        this.depth--;
        this.tooDeep();
        return;
      }
      for (;;) {
        const t = x.next();
        if (t === Tok.End || t === Tok.Close) break;
        if (t !== Tok.Open) continue;
        const name = x.tag();
        if (name === 'w:txbxContent') {
          this.readTextbox(ctx);
          continue;
        }
        if (name === 'mc:AlternateContent') {
          this.alternate(walk);
          continue;
        }
        if (visit(name, st)) continue;
        if (!x.selfClosing) walk();
      }
      this.depth--;
    };
    walk();
    if (st.picture) p.pictures.push(picture(st.floating, st.description));
  }

  /** w:txbxContent: its paragraphs form a story of their own. */
  private readTextbox(outer: StoryCtx): void {
    if (this.x.selfClosing) return;
    this.sink.budget.paragraph();
    // The anchoring paragraph is pushed when it ends, so it will have this index.
    const anchor = outer.paragraphs.length;
    const ctx = this.newCtx(this.sink.textboxCounters);
    this.readBlocks(ctx);
    const story: Story = { kind: 'textbox', paragraphs: ctx.paragraphs };
    if (outer.main) story.anchor = anchor;
    this.sink.stories.push(story);
  }

  private finish(ctx: StoryCtx, p: ParaBuild): void {
    const style = this.styleOf(p);
    const para: Paragraph = { index: ctx.paragraphs.length, text: p.text, pictures: p.pictures, controls: p.controls as ContentControlRef[] };

    const styleId = p.pStyle !== undefined && this.styles.has(p.pStyle) ? p.pStyle : this.styles.defaultParagraphStyleId;
    const numId = p.numPr?.numId ?? style.numPr?.numId;
    if (numId !== undefined && ctx.counters && !(p.markHidden && !p.anyVisible && p.text === '')) {
      const ilvl = p.numPr?.ilvl ?? style.numPr?.ilvl;
      const ids: string[] = [];
      if (styleId !== undefined) ids.push(styleId);
      if (style.numStyleId !== undefined) ids.push(style.numStyleId);
      const label = ctx.counters.next(numId, ilvl, ids);
      if (label) {
        this.sink.budget.text(label.label.length);
        para.listLabel = label.label;
        para.listSuffix = label.suffix;
      }
    }
    if (styleId !== undefined) para.styleId = styleId;
    para.builtinStyle = style.builtin;
    const outline = p.outlineLvl !== undefined ? (p.outlineLvl >= 0 && p.outlineLvl <= 8 ? p.outlineLvl : undefined) : style.outlineLevel;
    if (outline !== undefined) para.outlineLevel = outline;
    if (p.anyVisible && p.allBold) para.bold = true;
    if (p.jc !== undefined ? p.jc === 'center' : style.centered) para.centered = true;
    if (p.table) para.table = p.table;
    ctx.paragraphs.push(para);
  }
}

/** What a shape's elements have said about it so far. */
interface ShapeState {
  floating: boolean;
  picture: boolean;
  description: string | undefined;
}

function nonEmpty(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

function picture(floating: boolean, description: string | undefined): Picture {
  const pic: Picture = { kind: floating ? 'floating' : 'inline' };
  if (description) pic.description = description;
  return pic;
}

function clean(c: ContentControlRef): ContentControlRef {
  const out: ContentControlRef = {};
  if (c.tag !== undefined) out.tag = c.tag;
  if (c.title !== undefined) out.title = c.title;
  if (c.id !== undefined) out.id = c.id;
  return out;
}

export type { StoryCtx, StoryKind };
