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
   * A content control around the block (`case.summary`, …); consecutive blocks with the same
   * tag would share ONE control. The official template sets none: LibreOffice 7.4 and WPS
   * damage block-level controls on saving (src/template/blocks.ts, partOf). Kept so that the
   * .docx builder and the Word gateway treat a tagged block alike.
   */
  tag?: string;
  /** The control's title (w:alias). Present whenever `tag` is. */
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
 * Consecutive cover rows form one table; the label cell is what names the field.
 */
export interface CoverRowBlock extends BlockBase {
  kind: 'cover-row';
  label: string;
}

export type TemplateBlock = ParagraphBlock | PictureSlotBlock | CoverRowBlock;
