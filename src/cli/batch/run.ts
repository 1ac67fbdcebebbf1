/**
 * Checking a list of files one by one: stat, refuse early what is too large, read,
 * check, keep the report and a text fingerprint, drop the bytes. Memory is bounded by
 * the largest file (plus the reports), not by the folder. Each file is checked by a
 * FileChecker (./pool.ts): in a worker thread, so that any failure costs only its row.
 */
import { checkBatch, type BatchItem, type BatchReport, type FileCheckDeps, type PriorCase, type UnitRoster } from '../../core/batch';
import type { Profile } from '../../core/profile/types';
import type { FileEntry } from './files';
import { defaultChecker, type FileChecker } from './pool';
import { NO_PROGRESS, type ProgressSink } from './progress';

export interface RunOptions {
  category?: string;
  locale?: 'zh-CN' | 'en';
  prior?: PriorCase[];
  roster?: UnitRoster;
  maxBytes?: number;
  progress?: ProgressSink;
  /** How each file is checked (default: a worker thread where the compiled script exists). */
  checker?: FileChecker;
}

export async function runBatch(files: readonly FileEntry[], profile: Profile, deps: FileCheckDeps, options: RunOptions = {}): Promise<BatchReport> {
  const progress = options.progress ?? NO_PROGRESS;
  const checker = options.checker ?? defaultChecker(profile, deps, { category: options.category, locale: options.locale, maxBytes: options.maxBytes });
  const items: BatchItem[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      progress.update(i, files.length, files[i].name);
      items.push(await checker.check(files[i]));
    }
  } finally {
    if (!options.checker) await checker.close();
  }
  progress.update(files.length, files.length, '');
  progress.done();
  return checkBatch(items, profile, { prior: options.prior, roster: options.roster, locale: options.locale });
}
