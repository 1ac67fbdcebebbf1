/**
 * One file of a folder check, from its path to its BatchItem: refuse early what is not a
 * regular file or is over the size cap, read it under the cap, check it. Never throws:
 * every failure is the file's own row, in Chinese. Runs in the checking worker
 * (./check-worker.ts) or, where there is none, in the process itself (./pool.ts).
 */
import { checkFileBytes, fileError, preflight, type BatchItem, type FileCheckDeps } from '../../core/batch';
import { LIMITS } from '../../core/limits';
import type { Profile } from '../../core/profile/types';
import { readCapped, SafeReadError, statInput } from '../safe-read';
import type { FileEntry } from './files';

export interface CheckOneOptions {
  category?: string;
  locale?: 'zh-CN' | 'en';
  /** The size cap (default: LIMITS.fileBytes). */
  maxBytes?: number;
}

/** A read failure as the file's row: the size cap keeps its figures, the rest say why. */
function readFailure(entry: FileEntry, err: unknown, size?: number): BatchItem {
  if (err instanceof SafeReadError) {
    if (err.code === 'too-large') return { file: entry.name, error: fileError(entry.name, 'file-too-large', err.reason, err.data), size };
    return { file: entry.name, error: fileError(entry.name, 'unreadable', err.reason), size };
  }
  return { file: entry.name, error: fileError(entry.name, 'unreadable', err instanceof Error ? err.name : String(err)), size };
}

export async function checkOneFile(entry: FileEntry, profile: Profile, deps: FileCheckDeps, options: CheckOneOptions = {}): Promise<BatchItem> {
  if (entry.unlisted !== undefined) return { file: entry.name, error: fileError(entry.name, 'folder-unreadable', entry.unlisted) };
  const maxBytes = options.maxBytes ?? LIMITS.fileBytes;
  let size: number;
  try {
    // Checked before reading: a lock file, an empty file or one over the cap is never read.
    size = await statInput(entry.path, Number.MAX_SAFE_INTEGER);
  } catch (err) {
    return readFailure(entry, err);
  }
  const pre = preflight(entry.name, size, maxBytes);
  if (pre) return { file: entry.name, error: pre, size };
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(entry.path, maxBytes);
  } catch (err) {
    return readFailure(entry, err, size);
  }
  return checkFileBytes(entry.name, bytes, profile, deps, { category: options.category, locale: options.locale, maxBytes });
}
