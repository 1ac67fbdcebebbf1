/**
 * The review round's files on disk: the review file (`--review`, read and written back), the
 * letters (`--letters DIR`), the evaluation sheet (`--evaluation FILE`). Every write goes
 * through guardWrite first; the review file is replaced atomically (written beside it, then
 * renamed), and only after it was read: a file that exists but cannot be read as a review
 * file stops the command instead of being overwritten.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Profile } from '../../core/profile/types';
import { emptyReview, MAX_REVIEW_BYTES, parseReviewFile, serializeReview, type Letter, type ReviewFile, type SheetGrid } from '../../core/review';
import { buildLetterDocx } from '../../export/letter-docx';
import { buildEvaluationXlsx } from '../../export/evaluation-xlsx';
import { UsageError } from '../args';

export interface LoadedReview {
  review: ReviewFile;
  full: string;
  exists: boolean;
}

export async function loadReview(arg: string, cwd: string, profile: Profile, warn: (line: string) => void): Promise<LoadedReview> {
  const full = path.resolve(cwd, arg);
  if (!/\.json$/i.test(arg)) throw new UsageError(`审核记录“${arg}”应为 .json 文件。`);
  const st = await fs.stat(full).catch(() => undefined);
  if (!st) return { review: emptyReview(profile), full, exists: false };
  if (!st.isFile()) throw new UsageError(`审核记录“${arg}”不是文件。`);
  if (st.size > MAX_REVIEW_BYTES) throw new UsageError(`审核记录“${arg}”过大（${(st.size / 1024 / 1024).toFixed(1)} MB），不像审核记录；未读取，也不会覆盖它。`);
  const loaded = parseReviewFile(await fs.readFile(full, 'utf8'), path.basename(arg), profile.id);
  if (!loaded.ok) throw new UsageError(`${loaded.message}为免丢失其中的内容，不会覆盖它。`);
  for (const n of loaded.notes) warn(n);
  return { review: loaded.review, full, exists: true };
}

/** Replace the review file in one step: a reader never sees half a file, a failed write leaves the old one. */
export async function saveReview(full: string, review: ReviewFile): Promise<void> {
  await fs.mkdir(path.dirname(full), { recursive: true });
  const tmp = `${full}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, serializeReview(review), { flag: 'w' });
    await fs.rename(tmp, full);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** Write each letter into `dir` (created if needed); without `force` an existing file is never replaced. */
export async function writeLetters(dir: string, letters: readonly Letter[], force: boolean): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const l of letters) {
    try {
      await fs.writeFile(path.join(dir, l.fileName), buildLetterDocx(l), { flag: force ? 'w' : 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`“${path.join(dir, l.fileName)}”已存在，未覆盖；如需覆盖请加 --force。`);
      throw e;
    }
  }
}

export async function writeEvaluation(file: string, sheets: readonly SheetGrid[], force: boolean): Promise<void> {
  const excel = (await import('exceljs')).default;
  const bytes = await buildEvaluationXlsx(excel, sheets);
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    await fs.writeFile(file, bytes, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`“${file}”已存在，未覆盖；如需覆盖请加 --force。`);
    throw e;
  }
}
