/**
 * Rule modules, after ESLint's: one file per rule id of RULES.md, each exporting an
 * object with `id`, `meta` and a synchronous, pure `check`. Rules hold no numbers:
 * every limit, tolerance and word list comes from the profile.
 */
import type { CaseDocument } from '../model/types';
import type { CategorySpec, PartId, Profile } from '../profile/types';
import type { CaseStructure } from '../structure/types';
import type { DiagnosticData, LengthCounts, Severity, Span, Target } from '../report';

export interface RuleMeta {
  severity: Severity;
  scope: 'case' | 'batch';
  /** Message ids this rule may report; each has a text in every catalogue. */
  messageIds: readonly string[];
  /** The notice's clause this rule encodes, quoted in Chinese. */
  clause: string;
  /** One line in English for developers. */
  description: string;
  /**
   * The profile entries the rule reads, as dotted paths; an array of parts or categories is
   * addressed by id (`parts.summary.limit`). The consistency test checks each exists.
   */
  uses?: readonly string[];
  /**
   * A hint about style rather than a requirement of the notice (避免……罗列, 避免就党建谈党建):
   * the author may switch it off for one document (CaseSettings.hintsOff).
   */
  styleHint?: boolean;
}

/** What a rule reports; the engine adds ruleId, renders the message and fills severity. */
export interface Problem {
  messageId: string;
  data: DiagnosticData;
  target: Target;
  span?: Span;
  /** Overrides meta.severity (length rules decide by how far off the length is). */
  severity?: Severity;
}

export interface CaseContext {
  doc: CaseDocument;
  profile: Profile;
  structure: CaseStructure;
  /** The category in force (option > settings > document), resolved to its spec; a subtype's parent is `category` too. */
  category?: CategorySpec;
  /** The top-level category (`committee` or `branch`). */
  baseCategory?: CategorySpec;
  /** Lengths of every part found, in all three metrics. */
  counts: Partial<Record<PartId, LengthCounts>>;
  /** The date checks are made against (the notice deadline by default). */
  today?: string;
  // The fields below are filled by the engine so that no paragraph is counted twice;
  // rules fall back to computing them (src/core/rules/parts.ts) when a context is built by hand.
  /** Lengths of each part's own text: cover values, section content without heading and captions. */
  contentCounts?: Partial<Record<PartId, LengthCounts>>;
  /** Cover field values as written (`org`, `period`, ...). */
  values?: Partial<Record<PartId, string>>;
  /** Per-paragraph and per-range lengths of the main story. */
  measure?: Measure;
  /** The category as given when it could not be resolved to a profile category. */
  unknownCategory?: { value: string; source: 'option' | 'settings' | 'cover' | 'control' | 'profile' };
}

/** Lengths of the main story's paragraphs, computed once (prefix sums). */
export interface Measure {
  /** One paragraph, list label included. */
  paragraph(index: number): LengthCounts;
  /** Paragraphs `start` (inclusive) to `end` (exclusive). */
  range(start: number, end: number): LengthCounts;
}

export interface CaseRule {
  id: string;
  meta: RuleMeta;
  check(ctx: CaseContext, report: (p: Problem) => void): void;
}
