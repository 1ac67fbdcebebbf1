/**
 * A profile is one notice turned into data: every number, name, alias and word list the
 * rules use. Next year's notice is a new profile file, never a code change.
 * The JSON schema beside the profiles (src/profiles/profile.schema.json) is the
 * authority; these types mirror it.
 */
import type { CountMetric } from '../count';

/**
 * A body section's id: the profile's own (`background`, `practice`, `lessons` in neu-2024;
 * another notice has four or five sections of its own). The profile lists them in order.
 */
export type SectionId = string;
/** The cover fields the engine gives a meaning to (the unit groups a batch, the category picks limits …). */
export type CoverFieldId = 'title' | 'unit' | 'org' | 'period' | 'category' | 'subtype' | 'contact' | 'phone';
/** Any part of a profile: a cover field, `summary`, a section, or `body` (the sections' sum). */
export type PartId = string;

export const COVER_FIELD_IDS: readonly CoverFieldId[] = ['title', 'unit', 'org', 'period', 'category', 'subtype', 'contact', 'phone'];
/** Ids whose kind is fixed: the known cover fields, `summary` and `body`. */
export const RESERVED_PART_KINDS: Readonly<Record<string, PartSpec['kind']>> = {
  title: 'cover',
  unit: 'cover',
  org: 'cover',
  period: 'cover',
  category: 'cover',
  subtype: 'cover',
  contact: 'cover',
  phone: 'cover',
  summary: 'summary',
  body: 'section',
};

/** The body's sections in the profile's order (`body` itself is their sum, not a section). */
export function sectionIds(profile: Pick<Profile, 'parts'>): SectionId[] {
  return profile.parts.filter((p) => p.kind === 'section' && p.id !== 'body').map((p) => p.id);
}

/** The sections where pictures may appear (`pictures: true`), in the profile's order. */
export function pictureSectionIds(profile: Pick<Profile, 'parts'>): SectionId[] {
  return profile.parts.filter((p) => p.kind === 'section' && p.id !== 'body' && p.pictures === true).map((p) => p.id);
}

/**
 * The notice's two kinds of limit: "N 字以内" (`max`, a hard maximum) and "N 字左右"
 * (`around`, a target with a tolerance). `source` quotes the notice.
 */
export interface Limit {
  kind: 'max' | 'around';
  value: number;
  source: string;
}

export interface PartSpec {
  id: PartId;
  /** The name used in messages and in the template, e.g. 实施背景. */
  label: string;
  /** Headings or field labels that name this part (after numbering and brackets are removed). */
  aliases: string[];
  /** `part-missing` fires for a required part that is absent. */
  required: boolean;
  /** Where the part lives: a cover field (`案例名称：…`), the summary, or a body section. */
  kind: 'cover' | 'summary' | 'section';
  limit?: Limit;
  /** The content-control tag the template gives this part. */
  tag: string;
  /** A section where pictures may appear (主要做法 in neu-2024); pictures elsewhere are flagged. */
  pictures?: boolean;
  /** What the template asks for in this section (【…】); without it the template gives a generic prompt. */
  prompt?: string;
  source?: string;
}

export interface CategorySpec {
  /** `committee`, `branch`, `branch.teacher`, `branch.staff`, `branch.student`. */
  id: string;
  label: string;
  /** Words that declare this category in a cover field (类别：党支部). */
  aliases: string[];
  /** For a subtype, the category it refines. */
  parent?: string;
  /** Body limit for this category (a subtype inherits its parent's). */
  bodyLimit?: Limit;
  /** Section 二 of the notice: what this category should emphasise, in the notice's words. */
  guidance?: string;
}

export interface Criterion {
  id: string;
  label: string;
  text: string;
}

export interface Profile {
  id: string;
  name: string;
  notice: {
    number: string;
    title: string;
    /** The year the notice is for; period rules count back from it. */
    year: number;
    /** ISO date, shown without a weekday (the notice's weekday is wrong). */
    deadline: string;
    email: string;
    source?: string;
    /** What a value the notice does not give was taken to be, and why. */
    assumed?: string;
  };
  /** The metric every length is measured in (Word's 字数 by default). */
  metric: CountMetric;
  tolerances: {
    /** "左右": a relative distance up to `warning` is fine; beyond `error` is an error. */
    around: { warning: number; error: number; source: string; assumed?: string };
    /** "以内": at or above this share of the maximum is an info. */
    nearMax: number;
  };
  categories: CategorySpec[];
  parts: PartSpec[];
  /** Pictures: where they may appear is each section's `pictures`; how many (groups) and their captions here. */
  pictures: {
    /** At least this many pictures (groups); absent or 0: pictures are optional. */
    minGroups?: number;
    maxGroups: number;
    /** Each caption's length: "20 字以内" (max) or "20 字左右" (around). */
    caption: Limit;
    source: string;
    assumed?: string;
  };
  period: {
    /** The work must have been carried out within this many years before the notice year. */
    withinYears: number;
    /** ... and have run at least this many years before the deadline. */
    minYearsRunning: number;
    source: string;
    assumed?: string;
  };
  batch: {
    maxCasesPerUnit: number;
    /** A unit's cases must be of different categories. */
    distinctLevels: boolean;
    /** Similarity (0–1) at or above which a case counts as a resubmission. */
    resubmissionThreshold: number;
    source: string;
    assumed?: string;
    /**
     * How one 分党委 is spelled differently on covers: prefixes (中共, the school's name) and
     * organisational suffixes (党委, 分党委, 直属党总支, 委员会 ...) dropped before grouping.
     * Without it, units group only by width, spaces and stamp notes.
     */
    unitNames?: { prefixes: string[]; suffixes: string[]; source: string };
    /**
     * The stamped first-page scan beside each Word file (纸质版首页加盖分党委公章后的扫描件): a
     * file with one of these extensions whose name holds one of these words is an
     * attachment, not a case. Without it, every non-.docx file is a file-format error.
     */
    scans?: { words: string[]; extensions: string[]; source: string };
  };
  /** Prompt texts of the official template, which must not be left in a case. */
  placeholders: string[];
  listing: {
    /** The section whose lines are looked at (主要做法). */
    section: SectionId;
    /** A line of 主要做法 at or under this many words counts as short. */
    shortLineMaxWords: number;
    /** `listing-heavy` fires when short enumerated lines are at least this share of the section's lines. */
    minShare: number;
    /** ... and there are at least this many lines. */
    minLines: number;
  };
  integration: {
    partyWords: string[];
    coreWords: string[];
    /** Characters either side of a party word in which a core word must appear. */
    window: number;
    /** `integration-weak` fires when fewer than this share of party-word mentions meet a core word. */
    minShare: number;
    /** ... counted only when the body mentions party words at least this often. */
    minMentions: number;
  };
  criteria: Criterion[];
  checklist: string[];
  /** The department's review round (letters to units, the evaluation sheet); absent in a profile without one. */
  review?: ReviewSpec;
}

/** A value with the notice's sentence it comes from, or, where the notice gives none, why this default (`assumed`). */
export interface SourcedText {
  text: string;
  source?: string;
  assumed?: string;
}

export interface ReviewSpec {
  letters: {
    /** The letter's heading: 形式审查反馈单. */
    title: string;
    /** Who signs: 中共东北大学委员会组织部. */
    sender: string;
    /** How units reach the department (the notice's mailbox). */
    contact: SourcedText;
    /** ISO date by which returned cases come back (the notice gives none: `assumed`). */
    resubmitDeadline: { value: string; source?: string; assumed?: string };
  };
  /**
   * The evaluation sheet: every criterion of `criteria` scored from `min` to `max`, weighted
   * by `weights` (criterion id → share of a 100-point total); experts whose totals for one
   * case differ by `disagreement` points or more are flagged.
   */
  scoring: {
    min: number;
    max: number;
    weights: Record<string, number>;
    disagreement: number;
    source?: string;
    assumed?: string;
  };
}
