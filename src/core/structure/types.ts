import type { PartId, SectionId } from '../profile/types';
import type { RepeatedText } from './repeats';

/** How a part was recognised, most reliable first. */
export type FoundVia =
  | 'control' // a content control tagged by the template
  | 'field' // a cover field written as `案例名称：…`
  | 'heading-style' // a paragraph in a built-in heading style naming the part
  | 'outline' // a paragraph with an outline level naming the part
  | 'numbered' // a numbered heading shape: 一、 （一） 1. 【…】 第一部分
  | 'alias' // a short paragraph that is one of the part's aliases
  | 'title-style'; // the document title (Title style or the first centred/bold line) taken as 案例名称

export interface FoundPart {
  id: PartId;
  /** The paragraph where the part starts: its heading, field or control. */
  start: number;
  /** The first paragraph of its content (after the heading); equals `start` for inline content. */
  contentStart: number;
  /** End of the content, exclusive. */
  end: number;
  via: FoundVia;
  /** The heading paragraph, when the part has one. */
  heading?: number;
  /** The heading or field label as written, e.g. `一、工作背景`, `申报单位：`. */
  label?: string;
  /**
   * Text that follows the label in the same paragraph (`案例名称：xxx`, `【案例简介】本案例……`),
   * with its UTF-16 offset in that paragraph.
   */
  inline?: { paragraph: number; text: string; offset: number };
  /**
   * For cover fields (and the title found by its style): the value, trimmed, wherever it
   * was written: after the label on the same line, in the next table cell, on the next
   * line, or inside the tagged control. '' when the label is there but the value is not.
   */
  value?: string;
}

export interface CaptionInfo {
  paragraph: number;
  /** The whole caption paragraph text. */
  text: string;
  /** The leading label (`图1：`), or ''. */
  label: string;
  /** The caption without its label: what is counted. */
  body: string;
}

export interface PictureGroup {
  /** Paragraphs that hold the group's pictures. */
  paragraphs: number[];
  pictureCount: number;
  caption?: CaptionInfo;
  /** The body section (or summary) the group sits in, if any. */
  section?: PartId;
}

/**
 * A stretch of the body that belongs to no section: an unrecognised heading at the sections'
 * level (`三、工作成效`) and what follows it, or paragraphs without a heading between the
 * summary and the first section. It counts in the body's total and shows in its breakdown.
 */
export interface OtherSection {
  start: number;
  /** End of the stretch, exclusive. */
  end: number;
  /** The heading paragraph, when the stretch starts with one. */
  heading?: number;
  /** The heading as written, or the start of the first paragraph when there is no heading. */
  label: string;
  /** A required section that is missing and that this stretch probably is (by its place). */
  candidateFor?: SectionId;
  /** For a candidate with a heading: the heading with the section's name (`二、主要做法`). */
  suggested?: string;
}

export interface CaseStructure {
  parts: Partial<Record<PartId, FoundPart>>;
  /** A body section or the summary found again after its first occurrence. */
  duplicates: FoundPart[];
  /** Body sections in the document order of their starts. */
  sectionOrder: SectionId[];
  pictureGroups: PictureGroup[];
  /** The category the document declares (settings, a tagged control or a cover field). */
  declaredCategory?: { id: string; source: 'settings' | 'cover' | 'control'; paragraph?: number; text?: string };
  /** Paragraphs that are captions (so that sections can count or skip them). */
  captionParagraphs: number[];
  /** Body stretches outside every section, in document order (see OtherSection). */
  otherSections: OtherSection[];
  /**
   * Set when the summary's end was guessed: it runs into the body with no heading between
   * them, and was ended where the summary's length is plausible (`paragraph` is the first
   * paragraph left out of it).
   */
  summaryGuess?: { paragraph: number };
  /**
   * Paragraphs whose text a word processor saved several times over (set by the engine,
   * which reads them as written once): see repeats.ts.
   */
  repeats?: RepeatedText[];
}
