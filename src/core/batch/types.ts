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
import type { Fingerprint } from './similarity';

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
  | 'lock-file'
  /** A folder that could not be listed: its files were not checked. */
  | 'unlisted-folder'
  | 'unreadable';

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
  ok: boolean;
  /** The unit as written in the document. */
  unitRaw?: string;
  /** The unit normalised for grouping (see normalizeUnit). */
  unit?: string;
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
  ok: boolean;
  unit?: string;
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
  summary: {
    files: number;
    checked: number;
    unreadable: number;
    units: number;
    errors: number;
    warnings: number;
    infos: number;
  };
}

export interface BatchOptions {
  prior?: PriorCase[];
  locale?: 'zh-CN' | 'en';
}
