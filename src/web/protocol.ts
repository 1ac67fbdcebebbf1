/**
 * Messages between the checker page and its Web Worker. Files travel as File objects
 * (structured clone shares the underlying blob; nothing is read on the page's thread),
 * results come back as plain data.
 *
 * A folder check is driven file by file from the page (worker-client.ts), so that a file
 * that takes too long or kills the worker costs only its own row: the page stops it,
 * starts a fresh worker and goes on with the next file. The review table (`combine`) and
 * the .xlsx (`xlsx`, exceljs) are made in the worker too, never on the page's thread.
 */
import type { BatchItem, BatchReport, PriorCase, UnitRoster } from '../core/batch';
import { LIMITS } from '../core/limits';
import type { Profile } from '../core/profile/types';
import type { Report } from '../core/report';
import type { ReviewState, ScoreSheetInput } from '../core/review';

export interface NamedFile {
  /** The path shown: the folder-relative path for dropped folders, else the file name. */
  name: string;
  file: Blob;
  /** Set for a dropped folder that could not be listed: why, in Chinese. */
  unlisted?: string;
  /** Set for a dropped file the browser could not open: why, in Chinese. */
  unreadable?: string;
}

/**
 * The review round as the worker's .xlsx needs it: plain data only, because a message to a
 * worker is a structured clone (functions, such as the table's RowDecisions, cannot travel;
 * the worker derives them from the state).
 */
export interface XlsxReview {
  state?: ReviewState;
  board?: { headers: string[]; rows: (string | number)[][] };
}

export type WorkerRequest =
  /** The profile every later request is checked against (a built-in or a department's file); no answer. */
  | { type: 'profile'; id: number; profile: Profile }
  | { type: 'file'; id: number; file: NamedFile; category?: string }
  | { type: 'combine'; id: number; items: BatchItem[]; prior: PriorCase[]; roster?: UnitRoster }
  /** The review table as .xlsx, with the review round's columns and board sheet when given. */
  | { type: 'xlsx'; id: number; batch: BatchReport; review?: XlsxReview }
  | { type: 'prior'; id: number; files: NamedFile[] }
  | { type: 'units'; id: number; file: NamedFile }
  /** Experts' filled evaluation sheets (.xlsx), read with the capped reader. */
  | { type: 'scores'; id: number; files: NamedFile[] }
  | { type: 'single'; id: number; file: NamedFile; category?: string }
  | { type: 'text'; id: number; text: string; category?: string };

export type WorkerResponse =
  | { type: 'progress'; id: number; done: number; total: number; current: string }
  | { type: 'file'; id: number; item: BatchItem }
  | { type: 'combine'; id: number; batch: BatchReport }
  | { type: 'xlsx'; id: number; bytes: Uint8Array }
  | { type: 'prior'; id: number; prior: PriorCase[]; skipped: { name: string; message: string }[] }
  /** A unit roster read, with its problems; or, when it could not be read, `message` saying why. */
  | { type: 'units'; id: number; roster?: UnitRoster; problems: string[]; message?: string }
  | { type: 'scores'; id: number; sheets: ScoreSheetInput[]; problems: string[] }
  | { type: 'single'; id: number; item: BatchItem; title?: string }
  | { type: 'text'; id: number; report: Report }
  | { type: 'failed'; id: number; message: string };

/** Files larger than this are refused without being read: the cap of every front end (src/core/limits.ts). */
export const MAX_FILE_BYTES = LIMITS.fileBytes;

/** How long one file may take in the worker before it is stopped (src/core/limits.ts). */
export const FILE_TIME_LIMIT_MS = LIMITS.fileTimeMs;
