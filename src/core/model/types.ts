/**
 * The document model every front end produces and the engine reads.
 *
 * A `CaseDocument` is plain data: the .docx reader (src/docx), the Word gateway
 * (src/word) and the plain-text reader (src/core/model/from-text.ts) each build one,
 * and nothing downstream knows which did.
 *
 * Units, written down once:
 * - Lengths shown to users are Word's 字数 (see src/core/count), never `string.length`.
 * - Offsets (`Span.start`, `Span.end`) are UTF-16 indices into `Paragraph.text`, used
 *   only to highlight.
 * - Paragraph indices are positions in `CaseDocument.paragraphs` (the main story in
 *   reading order, table cells included).
 */

/** Word's built-in styles that matter to finding the parts, normalised. */
export type BuiltinStyle =
  | 'Normal'
  | 'Title'
  | 'Subtitle'
  | 'Heading1'
  | 'Heading2'
  | 'Heading3'
  | 'Heading4'
  | 'Heading5'
  | 'Heading6'
  | 'Heading7'
  | 'Heading8'
  | 'Heading9'
  | 'Caption'
  | 'ListParagraph'
  | 'Other';

/** A picture anchored in a paragraph. */
export interface Picture {
  /** `inline` (w:drawing/wp:inline, inline VML) or `floating` (wp:anchor, positioned VML). */
  kind: 'inline' | 'floating';
  /** The picture's alternative text or name, when the document gives one. */
  description?: string;
}

/** A content control (w:sdt) that encloses a paragraph, outermost first. */
export interface ContentControlRef {
  tag?: string;
  title?: string;
  /** A stable id for the control inside this document (w:id, or the Office.js id). */
  id?: string;
}

/** Where a paragraph sits in a table, if it does. */
export interface TableCellRef {
  /** 1 for a top-level table, 2 for a table inside a cell, ... */
  depth: number;
  /** Index of the (top-level) table in the document, from 0. */
  table: number;
  row: number;
  cell: number;
}

export type ListSuffix = 'tab' | 'space' | 'nothing';

export interface Paragraph {
  /** Position in the story, from 0. */
  index: number;
  /**
   * The visible text, as Word shows it: without the automatic list label; tabs as
   * `\t`; manual line, page and column breaks as `\n`. Deleted revisions, hidden
   * text and field codes are left out, field results are in: always by the .docx reader,
   * by the Word gateway from WordApi 1.7 (below that it says so in `CaseDocument.caveats`).
   */
  text: string;
  /** The label Word displays for an automatically numbered paragraph, e.g. `一、`, `（7）`, `1.`. */
  listLabel?: string;
  /** What follows the list label (Word's `w:suff`; a tab unless the document says otherwise). */
  listSuffix?: ListSuffix;
  /** The document's style id (e.g. `1`, `Heading1`, `a3`): for display and debugging only. */
  styleId?: string;
  /** The built-in style this paragraph's style is, or is based on. */
  builtinStyle?: BuiltinStyle;
  /** 0 for Heading 1 ... 8 for Heading 9; absent for body text. From the style chain or `w:outlineLvl`. */
  outlineLevel?: number;
  /** True when every run of visible text is bold (a common way to type a heading without a style). */
  bold?: boolean;
  /** Paragraph alignment, when centred (titles often are). */
  centered?: boolean;
  table?: TableCellRef;
  pictures: Picture[];
  /** Content controls around the paragraph, outermost first. */
  controls: ContentControlRef[];
}

/** Case settings kept in the document itself (saved by the add-in, read by every front end). */
export interface CaseSettings {
  /** The profile (notice) the author chose for this document, by id; absent: the default (neu-2024). */
  profile?: string;
  category?: string;
  /** Self-check of the notice's five criteria, by criterion id. */
  selfCheck?: Record<string, boolean>;
  /** Style hints the author switched off for this document, by rule id (`listing-heavy`). */
  hintsOff?: string[];
  /**
   * Warnings and hints the author dismissed here, by fingerprint (src/core/dismiss.ts);
   * stored in their own properties (src/core/settings.ts), not in the settings JSON.
   */
  dismissed?: string[];
}

export type StoryKind = 'header' | 'footer' | 'footnote' | 'endnote' | 'comment' | 'textbox';

export interface Story {
  kind: StoryKind;
  paragraphs: Paragraph[];
  /**
   * For a text box of the main story: the index (in `CaseDocument.paragraphs`) of the
   * paragraph it is anchored in, e.g. to pair a caption typed in a text box with a picture.
   */
  anchor?: number;
}

/**
 * What a reader could not see, so that its counts or pictures may differ from Word's own:
 * the Word gateway on hosts whose API hides them (src/word). The .docx reader sees
 * everything and never sets these.
 * - `deleted-text`: the text may include tracked deletions or hidden text. `present`: the
 *   document has tracked deletions; `tracking`: Track Changes is on; `unknown`: the host
 *   cannot tell.
 * - `floating`: floating pictures and text boxes are not in the paragraphs; `count` when
 *   the host could count them (Word desktop), absent when it cannot tell (Word on the web).
 */
export type ReadCaveat =
  | { kind: 'deleted-text'; certainty: 'present' | 'tracking' | 'unknown' }
  | { kind: 'floating'; count?: number };

export interface CaseDocument {
  /** The main story: body paragraphs and table cells, in reading order. */
  paragraphs: Paragraph[];
  /** Headers, footers, notes, comments and text boxes, kept apart: they never count in the main story. */
  stories: Story[];
  settings?: CaseSettings;
  /** Where the document came from; for messages only. */
  source: 'docx' | 'word' | 'text';
  /** What the reader could not see (the Word gateway only); absent when it saw everything. */
  caveats?: ReadCaveat[];
}
