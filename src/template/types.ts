/**
 * The official case template as plain data. One list of blocks feeds both the Word
 * gateway (src/word inserts it into the open document) and the .docx builder
 * (./docx.ts), so the two can never drift apart.
 */
import type { PartId } from '../core/profile/types';

/** The built-in Word styles the template uses (Word.BuiltInStyleName: title, heading1, heading2, normal, caption). */
export type TemplateStyle = 'Title' | 'Heading1' | 'Heading2' | 'Normal' | 'Caption';

export type TemplateAlignment = 'left' | 'center' | 'right' | 'justify';

interface BlockBase {
  /** The paragraph's text (for a cover row: the value cell's text). */
  text: string;
  style: TemplateStyle;
  /**
   * The content control this block's content sits in (`case.summary`, …). Consecutive
   * blocks with the same tag share ONE control. Headings are never inside their part's control.
   */
  tag?: string;
  /** The control's title (w:alias), the part's label. Present whenever `tag` is. */
  title?: string;
  /** The profile part the block belongs to (its content or its heading). */
  part?: PartId;
  /** True for prompt text the author replaces; every such text is listed in `profile.placeholders`. */
  placeholder?: boolean;
  bold?: boolean;
  /** Alignment when it differs from the style's own. */
  align?: TemplateAlignment;
}

/** A paragraph of the given style. */
export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
}

/** A paragraph where the author puts a picture; `text` is the prompt shown until then. */
export interface PictureSlotBlock extends BlockBase {
  kind: 'picture-slot';
  placeholder: true;
}

/**
 * One row of the 2-column cover table: `label` in the left cell, `text` in the right cell.
 * Consecutive cover rows form one table. The control (`tag`) wraps the right cell's
 * content only, so the label stays a label.
 */
export interface CoverRowBlock extends BlockBase {
  kind: 'cover-row';
  label: string;
}

export type TemplateBlock = ParagraphBlock | PictureSlotBlock | CoverRowBlock;
