/**
 * Checking a list of files one by one: stat, refuse early what is too large, read,
 * check, keep the report and a text fingerprint, drop the bytes. Memory is bounded by
 * the largest file (plus the reports), not by the folder.
 */
import { promises as fs } from 'node:fs';
import { checkBatch, checkFileBytes, preflight, type BatchItem, type BatchReport, type FileCheckDeps, type PriorCase, type UnitRoster } from '../../core/batch';
import type { Profile } from '../../core/profile/types';
import type { FileEntry } from './files';
import { NO_PROGRESS, type ProgressSink } from './progress';

export interface RunOptions {
  category?: string;
  locale?: 'zh-CN' | 'en';
  prior?: PriorCase[];
  roster?: UnitRoster;
  maxBytes?: number;
  progress?: ProgressSink;
}

export async function checkOneFile(entry: FileEntry, profile: Profile, deps: FileCheckDeps, options: RunOptions = {}): Promise<BatchItem> {
  let size: number;
  try {
    size = (await fs.stat(entry.path)).size;
  } catch (e) {
    return { file: entry.name, error: { code: 'unreadable', message: (e as Error).message } };
  }
  const pre = preflight(entry.name, size, options.maxBytes);
  if (pre) return { file: entry.name, error: pre, size };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(entry.path));
  } catch (e) {
    return { file: entry.name, error: { code: 'unreadable', message: (e as Error).message }, size };
  }
  return checkFileBytes(entry.name, bytes, profile, deps, { category: options.category, locale: options.locale, maxBytes: options.maxBytes });
}

export async function runBatch(files: readonly FileEntry[], profile: Profile, deps: FileCheckDeps, options: RunOptions = {}): Promise<BatchReport> {
  const progress = options.progress ?? NO_PROGRESS;
  const items: BatchItem[] = [];
  for (let i = 0; i < files.length; i++) {
    progress.update(i, files.length, files[i].name);
    items.push(await checkOneFile(files[i], profile, deps, options));
  }
  progress.update(files.length, files.length, '');
  progress.done();
  return checkBatch(items, profile, { prior: options.prior, roster: options.roster, locale: options.locale });
}
