/**
 * The department's review round after the batch check: the problems a reviewer decides on,
 * the cases a reviewer rules on, and the review file (.json) that keeps those decisions
 * between runs, browsers and people. Plain data only; everything here is JSON as written.
 */
import type { Severity } from '../report';

/** A problem the reviewer looked at: 已核实 (it stands) or 不采纳 (it does not; a reason is given). */
export type ProblemVerdict = 'confirmed' | 'dismissed';

/** A case the reviewer ruled on: 通过, 退回修改, 不予受理. */
export type CaseVerdict = 'pass' | 'revise' | 'reject';

/** What a problem is about: one case, one unit (quota, levels, scans), one file (unreadable, scan) or the whole batch. */
export type ProblemScope = 'case' | 'unit' | 'file' | 'batch';

/**
 * A case as the review round knows it. `key` is its identity across runs: the unit as
 * written on its cover (suffixes dropped) and its title, both normalised; a file without a
 * title or that cannot be read is known by its name without version words (修改稿, v2 ...).
 */
export interface ReviewCase {
  key: string;
  file: string;
  /** The batch's unit key (BatchUnit.key), when the case has or can be given a unit. */
  unitKey?: string;
  /** The unit's display name ('' when unknown). */
  unit: string;
  title: string;
  category?: string;
  /** False for a case file that could not be read. */
  ok: boolean;
}

/** One problem of the batch, with the identity decisions are kept by. */
export interface ReviewProblem {
  /** `${caseKey}|${local}`: stable across runs and resubmitted files of the same case. */
  key: string;
  /** The case key, or `unit:<key>`, `file:<path>`, `batch`. */
  caseKey: string;
  /** The rule and the target within the case (`caption-length@caption:2`). */
  local: string;
  scope: ProblemScope;
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** As rendered (zh-CN by default). */
  message: string;
  /** Where in words a person finds in Word (src/core/batch/where.ts). */
  where: string;
  /** The files it concerns. */
  files: string[];
  /** The batch unit key, for the board and the letters. */
  unitKey?: string;
  unit?: string;
  title?: string;
  /** The diagnostic it was made from: a file's own (index into its report's diagnostics) or the batch's. */
  origin: { file: string; index: number } | { batch: number };
}

/** A problem in the review file, decided or not. */
export interface ProblemEntry {
  /** Case key (see ReviewProblem.caseKey). */
  case: string;
  /** Rule and target within the case. */
  local: string;
  verdict: ProblemVerdict | null;
  /** Why a problem is not upheld (required for `dismissed`). */
  reason?: string;
  /** When the verdict was given or cleared (ISO 8601); the later one wins when files are merged. */
  at?: string;
  /** Context for people reading the file, and for finding the case again after it moved. */
  rule: string;
  severity: Severity;
  message: string;
  where: string;
  unit?: string;
  title?: string;
  file?: string;
  /** Decided, and its case no longer has this problem (as of the run that wrote the file). */
  resolved?: boolean;
}

export interface CaseEntry {
  case: string;
  verdict: CaseVerdict | null;
  note?: string;
  at?: string;
  unit?: string;
  title?: string;
  file?: string;
}

export const REVIEW_FORMAT = 'case-assistant-review';

/** The review file (.json): the same on the page (export/import, IndexedDB) and in the CLI (`--review`). */
export interface ReviewFile {
  format: typeof REVIEW_FORMAT;
  version: 1;
  /** The profile (notice) it was made for. */
  profile: string;
  /** When it was last written (ISO 8601). */
  saved?: string;
  problems: ProblemEntry[];
  cases: CaseEntry[];
}

/** A problem of this run with its decision, if any. */
export interface DecidedProblem extends ReviewProblem {
  decision?: ProblemEntry;
}

export interface DecidedCase extends ReviewCase {
  decision?: CaseEntry;
}

/** The batch seen through the review file: what is decided, and what was decided and no longer occurs. */
export interface ReviewState {
  problems: DecidedProblem[];
  cases: DecidedCase[];
  /** Decided problems whose case is in this run but which no longer occur: shown as resolved. */
  resolved: ProblemEntry[];
  /** Decisions about cases (and their problems) that are not in this run at all: kept, not shown as resolved. */
  elsewhere: { problems: ProblemEntry[]; cases: CaseEntry[] };
  /** Case keys of the review file that were found again under another key (a resubmitted file, a changed title): old → new. */
  moved: Record<string, string>;
}
