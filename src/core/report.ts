/**
 * What the engine returns. Modelled on the LSP Diagnostic and textlint's message:
 * rules report data, the engine renders messages from the catalogue, and tests and
 * the UI read `data`, never the message text. The CLI's JSON output is this shape
 * (it is a contract: see README "JSON output").
 */
import type { WordCounts } from './count';
import type { Limit, PartId } from './profile/types';

export type Severity = 'error' | 'warning' | 'info';

/** Where a problem is, in document terms. */
export interface Target {
  /** A part id, or `caption` / `picture` for a picture group, or `document`. */
  part: PartId | 'caption' | 'picture' | 'document';
  /** 1-based picture group number, for `caption` and `picture`. */
  group?: number;
  /** The paragraph the problem is in or starts at (index into CaseDocument.paragraphs). */
  paragraph?: number;
}

/** A stretch of one paragraph's text, in UTF-16 offsets: for highlighting only. */
export interface Span {
  paragraph: number;
  start: number;
  end: number;
}

export type DiagnosticData = Record<string, string | number | boolean | null>;

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** Rendered from the message catalogue (zh-CN by default). */
  message: string;
  data: DiagnosticData;
  target: Target;
  span?: Span;
  /**
   * For warnings and hints (which an author may dismiss): what identifies this problem in
   * this document, independent of paragraph numbers (src/core/dismiss.ts). Absent on errors.
   */
  fingerprint?: string;
}

export type CoverValueState = 'filled' | 'empty' | 'prompt' | 'unticked';

/** The state of a length against its limit. */
export type LimitState = 'ok' | 'near' | 'over' | 'short' | 'long' | 'far-short' | 'far-long';

export interface LengthCounts {
  words: number;
  charsNoSpaces: number;
  charsWithSpaces: number;
}

export interface PartReport {
  id: PartId;
  /** The part's name for display (from the profile). */
  label: string;
  /** The profile's kind of part: a cover field, the summary, or a body section (`body` is their sum). */
  kind?: 'cover' | 'summary' | 'section';
  found: boolean;
  /** How it was found: content control, heading style, outline level, numbered heading, alias, cover field, inline label. */
  via?: string;
  /** Paragraph where the part starts (its heading or field), and the end (exclusive) of its content. */
  start?: number;
  end?: number;
  /** For cover fields: the value as written. */
  value?: string;
  /**
   * For cover fields found: whether the author filled them in. `prompt` when the value is
   * still the template's prompt, `unticked` for a checkbox row with no box ticked, `empty`
   * when the label has no value.
   */
  valueState?: CoverValueState;
  /** The notice requires this part (profile `required`). */
  required?: boolean;
  counts: LengthCounts;
  limit?: Limit & { state: LimitState; actual: number };
}

export interface PictureGroupReport {
  /** 1-based, in document order. */
  index: number;
  /** Paragraphs holding the pictures. */
  paragraphs: number[];
  pictureCount: number;
  /** The section the group sits in. */
  part?: PartId;
  caption?: string;
  captionParagraph?: number;
  captionLabel?: string;
  /** The caption's length without its label, in the profile's metric. */
  captionWords?: number;
}

/**
 * A stretch of the body that is none of its sections (an unrecognised heading such as
 * `三、工作成效` with its text, or an opening without a heading): counted in the body's total,
 * listed beside the sections so that the breakdown adds up.
 */
export interface OtherSectionReport {
  /** The heading as written, or the start of the text when there is no heading. */
  label: string;
  /** True when `label` is a heading. */
  heading: boolean;
  start: number;
  end: number;
  counts: LengthCounts;
  /** A missing section this stretch probably is (by its place). */
  candidateFor?: PartId;
}

export interface Report {
  profile: string;
  metric: string;
  /** The category used: from the CLI flag or pane setting, the document settings, or the cover. */
  category?: string;
  /** Where the category came from; `profile` when the profile has only one category (nothing to choose). */
  categorySource?: 'option' | 'settings' | 'cover' | 'control' | 'profile';
  parts: Partial<Record<PartId, PartReport>>;
  /** Body stretches outside every section, in document order; absent when there are none. */
  otherSections?: OtherSectionReport[];
  pictures: PictureGroupReport[];
  diagnostics: Diagnostic[];
  /**
   * Warnings and hints the author dismissed in the document (忽略此处), in document order:
   * not in `diagnostics` nor in `summary`. Absent when none is.
   */
  dismissed?: Diagnostic[];
  /** Style hints switched off for this document (rule ids); absent when none is. */
  hintsOff?: string[];
  /**
   * The notice the author chose for this document in the pane (its saved settings), when it is
   * not the one this report checked against; absent otherwise. The page offers to switch to it.
   */
  savedProfile?: string;
  /** Word's six statistics for the whole main story. */
  counts: WordCounts;
  summary: { errors: number; warnings: number; infos: number };
}
