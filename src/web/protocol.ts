/**
 * Messages between the checker page and its Web Worker. Files travel as File objects
 * (structured clone shares the underlying blob; nothing is read on the page's thread),
 * results come back as plain data.
 */
import type { BatchItem, BatchReport, PriorCase, UnitRoster } from '../core/batch';
import type { Report } from '../core/report';
import type { ScoreSheetInput } from '../core/review';

export interface NamedFile {
  /** The path shown: the folder-relative path for dropped folders, else the file name. */
  name: string;
  file: Blob;
}

export type WorkerRequest =
  | { type: 'batch'; id: number; files: NamedFile[]; prior: PriorCase[]; roster?: UnitRoster; category?: string }
  | { type: 'prior'; id: number; files: NamedFile[] }
  | { type: 'units'; id: number; file: NamedFile }
  /** Experts' filled evaluation sheets (.xlsx), read with the capped reader. */
  | { type: 'scores'; id: number; files: NamedFile[] }
  | { type: 'single'; id: number; file: NamedFile; category?: string }
  | { type: 'text'; id: number; text: string; category?: string };

export type WorkerResponse =
  | { type: 'progress'; id: number; done: number; total: number; current: string }
  | { type: 'batch'; id: number; batch: BatchReport }
  | { type: 'prior'; id: number; prior: PriorCase[]; skipped: { name: string; message: string }[] }
  /** A unit roster read, with its problems; or, when it could not be read, `message` saying why. */
  | { type: 'units'; id: number; roster?: UnitRoster; problems: string[]; message?: string }
  | { type: 'scores'; id: number; sheets: ScoreSheetInput[]; problems: string[] }
  | { type: 'single'; id: number; item: BatchItem; title?: string }
  | { type: 'text'; id: number; report: Report }
  | { type: 'failed'; id: number; message: string };

/** Files larger than this are refused without being read (a .docx case is a few MB at most). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
