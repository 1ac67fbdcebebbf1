/**
 * Batch checking: the department side. Many files, one result each, and the rules that
 * only make sense across files (RULES.md "Rules across a batch").
 *
 * Batch rules have the same shape as case rules (src/core/rules/types.ts): an `id`, a
 * `meta` and a synchronous, pure `check`; they report data, and `checkBatch` renders
 * the messages from the batch catalogue (./messages.ts).
 */
import type { Profile } from '../profile/types';
import type { DiagnosticData, Report, Severity, Target } from '../report';
import type { RuleMeta } from '../rules/types';
import type { RosterUnit, UnitRoster } from './roster';
import type { Fingerprint } from './similarity';

/** What a file of the batch is: a case (read and checked), a stamped scan, or a file to ignore. */
export type FileKind = 'case' | 'scan' | 'ignored';

/** Why a file is ignored: Word's ~$ lock file, or a file Windows leaves in folders. */
export type IgnoredReason = 'lock-file' | 'system-file';

/** Where a stamped scan belongs: its unit's key and, when its name says so, its case's file. */
export interface ScanPairing {
  unit?: string;
  file?: string;
}

/**
 * One unit of the batch: a 分党委 (直属党总支) with the cases it sent (possibly none, when
 * the roster lists it), the spellings its covers use and its stamped scans. The
 * department's submission board is one line per entry.
 */
export interface BatchUnit {
  /** Grouping key: `roster:<id>` for a roster unit, else the unit's name without prefixes and suffixes. */
  key: string;
  /** Display name: the roster's full name, or the most common spelling on the covers. */
  name: string;
  short?: string;
  inRoster: boolean;
  rosterId?: string;
  /** The spellings as written on the covers, first seen first. */
  spellings: string[];
  /** The unit's readable cases. */
  files: string[];
  /** Stamped scans paired with the unit (with one of its cases or with the unit as a whole). */
  scans: string[];
}

/** Why a file could not be read as a .docx case. */
export type FileFormatReason =
  | 'doc'
  | 'wps'
  | 'pdf'
  | 'rtf'
  | 'encrypted'
  | 'empty'
  | 'corrupt'
  | 'zip-bomb'
  | 'unsafe-xml'
  | 'too-large'
  /** A cap on paragraphs, runs or text (src/core/limits.ts) was hit while reading. */
  | 'limit'
  /** Checking the file took longer than the front end allows (a worker was stopped). */
  | 'timeout'
  /** The worker checking the file died (out of memory, or a bug): only this file is lost. */
  | 'crashed'
  | 'not-docx'
  /** Word's ~$ lock file: never read, listed as ignored (not a file-format error). */
  | 'lock-file'
  /** A folder that could not be listed: its files were not checked. */
  | 'unlisted-folder'
  | 'unreadable';

export type { RosterUnit, UnitRoster };

/**
 * Why a file has no report: readDocx's error, or the front end's own (too large, not .docx).
 * Made by `fileError` (./file-error.ts): `code` is then a FileFormatReason and `message`
 * the batch catalogue's sentence for it, naming the file.
 */
export interface FileError {
  code: string;
  /** zh-CN, a sentence naming the file. */
  message: string;
  /** Extra figures for the message (e.g. `sizeMb`, `maxMb` for too-large). */
  data?: DiagnosticData;
}

/** One file as a front end hands it to `checkBatch`: a checked report, or why there is none. */
export interface BatchItem {
  /** The file's path as shown to the user (relative to the folder checked). */
  file: string;
  report?: Report;
  /** Set when the file could not be read (readDocx's error, or the front end's own: too large, not .docx). */
  error?: FileError;
  /** The unit as written, when the front end knows it better than the report (otherwise `report.parts.unit.value`). */
  unit?: string;
  title?: string;
  /** The case's text, for `resubmission`; or pass `fingerprint` instead (what the CLI keeps per file). */
  text?: string;
  fingerprint?: Fingerprint;
  /** File size in bytes, when known. */
  size?: number;
  /** The reader's warnings (readDocx's `warnings`). */
  warnings?: string[];
}

/** An earlier year's case, from a CSV list (title, unit, year) or an earlier .docx file. */
export interface PriorCase {
  title: string;
  unit?: string;
  year?: string;
  /** Where it came from: `list.csv:12`, `2023/案例.docx`. */
  source: string;
  text?: string;
  fingerprint?: Fingerprint;
}

/** A file's view for batch rules: what every rule needs, computed once. */
export interface BatchFile {
  file: string;
  kind: FileKind;
  ignored?: IgnoredReason;
  ok: boolean;
  /** The unit as written in the document. */
  unitRaw?: string;
  /** The unit's grouping key (see unitResolver): `roster:<id>`, or the name without prefixes and suffixes. */
  unit?: string;
  /** The unit's display name (the roster's, or the most common spelling), set once units are grouped. */
  unitName?: string;
  rosterUnit?: RosterUnit;
  /** For a scan: its unit and case, when found. */
  scanOf?: ScanPairing;
  /** For a case: the scans whose names name it. */
  scans?: string[];
  title?: string;
  /** The category id used by the report (`committee`, `branch.teacher`, ...). */
  category?: string;
  /** The top-level category (`committee` or `branch`). */
  level?: string;
  error?: FileError;
  fingerprint?: Fingerprint;
  titleGrams?: Fingerprint;
}

export interface BatchContext {
  profile: Profile;
  files: BatchFile[];
  prior: PriorCase[];
  units: BatchUnit[];
  roster?: UnitRoster;
}

export interface BatchProblem {
  messageId: string;
  data: DiagnosticData;
  files: string[];
  severity?: Severity;
}

export interface BatchRule {
  id: string;
  meta: RuleMeta;
  check(ctx: BatchContext, report: (p: BatchProblem) => void): void;
}

/** A batch diagnostic: the per-file Diagnostic's fields, plus the files it concerns. */
export interface BatchDiagnostic {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  data: DiagnosticData;
  target: Target;
  files: string[];
}

/** One row per file in the batch result. */
export interface BatchFileResult {
  file: string;
  kind: FileKind;
  /** For an ignored file: why. */
  ignored?: IgnoredReason;
  /** True for a readable case; false for a case file that could not be read, a scan or an ignored file. */
  ok: boolean;
  /** The unit's display name (the roster's full name, or the most common spelling of the unit). */
  unit?: string;
  /** The unit as written on this file's cover, when it differs from `unit`. */
  unitWritten?: string;
  /** The unit's key in `BatchReport.units`. */
  unitKey?: string;
  /** For a scan: the unit (key) and case (file) it belongs to, when found. */
  scanOf?: ScanPairing;
  /** For a case: its stamped scans (those naming the case, then those of its unit as a whole). */
  scans?: string[];
  title?: string;
  category?: string;
  report?: Report;
  error?: FileError;
  warnings?: string[];
}

export interface BatchReport {
  profile: string;
  files: BatchFileResult[];
  diagnostics: BatchDiagnostic[];
  /** Every unit that sent a readable case, then (with a roster) the roster's units that sent nothing. */
  units: BatchUnit[];
  /** The roster used, if any. */
  roster?: { source: string; units: number };
  summary: {
    files: number;
    /** Readable cases. */
    checked: number;
    /** Case files (not scans, not ignored files) that could not be read. */
    unreadable: number;
    scans: number;
    ignored: number;
    /** Units that sent a readable case. */
    units: number;
    /** With a roster: its units that sent nothing. */
    unitsWithout: number;
    errors: number;
    warnings: number;
    infos: number;
  };
}

export interface BatchOptions {
  prior?: PriorCase[];
  /** The school's unit roster: maps every spelling to one unit, and lists the units that sent nothing. */
  roster?: UnitRoster;
  locale?: 'zh-CN' | 'en';
}
