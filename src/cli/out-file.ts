/**
 * Writing the one file the CLI ever writes (`--out` of a folder check, `template -o`),
 * under one rule:
 *
 * - checked before any work: a folder, a missing folder or an existing file without
 *   `--force` is refused at once, not after minutes of checking;
 * - never onto an input: the target is compared with every input by what it really is
 *   (device and inode, so symbolic links, hard links, `./a/../a.docx` and
 *   case-insensitive file systems cannot disguise it), and refused even with `--force`;
 * - atomic: the bytes go to a temporary file beside the target, which is then renamed
 *   over it; a run that fails half way leaves the old file (or nothing), never half a file.
 *   Without `--force`, the temporary file is linked to the target name, which fails if a
 *   file appeared there meanwhile (where the file system has no hard links, a last check
 *   and a rename).
 */
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { printableName } from '../core/limits';
import { UsageError } from './args';

export interface OutTarget {
  /** As given, for messages. */
  shown: string;
  /** Absolute. */
  path: string;
  force: boolean;
  /** Device and inode of each input, to refuse writing onto one. */
  inputs: Set<string>;
}

function identity(st: Stats): string {
  return `${st.dev}:${st.ino}`;
}

/** Device and inode of each input path (folders are expanded by the caller); missing ones are skipped. */
export async function inputIdentities(paths: readonly (string | Buffer)[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const p of paths) {
    const st = await fs.stat(p).catch(() => undefined);
    if (st) ids.add(identity(st));
  }
  return ids;
}

/** Check where `out` would be written, before any work. Throws UsageError in Chinese. */
export async function prepareOut(out: string, cwd: string, force: boolean, inputs: Set<string>): Promise<OutTarget> {
  const shown = printableName(out);
  if (out.trim() === '' || /[\\/]$/.test(out)) throw new UsageError(`输出位置“${shown}”是文件夹；请给出文件名，例如 ${shown.replace(/[\\/]*$/, '/')}审核表.xlsx。`);
  const target = path.resolve(cwd, out);
  const dir = path.dirname(target);
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat) throw new UsageError(`无法写入“${shown}”：文件夹“${printableName(dir)}”不存在，请先建立它。`);
  if (!dirStat.isDirectory()) throw new UsageError(`无法写入“${shown}”：“${printableName(dir)}”不是文件夹。`);
  const link = await fs.lstat(target).catch(() => undefined);
  const st = link ? await fs.stat(target).catch(() => undefined) : undefined;
  if (st?.isDirectory()) throw new UsageError(`输出位置“${shown}”是文件夹；请给出文件名，例如 ${shown}/审核表.xlsx。`);
  if (st && inputs.has(identity(st))) {
    throw new UsageError(`“${shown}”是要检查的输入文件之一，不能写入（--force 也不行）；请另选输出文件名。`);
  }
  if (link && !force) throw new UsageError(`“${shown}”已存在，未覆盖；如需覆盖请加 --force。`);
  return { shown, path: target, force, inputs };
}

/** Write the bytes to the target atomically (see above). Throws UsageError in Chinese. */
export async function writeOut(target: OutTarget, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target.path);
  const temp = path.join(dir, `.${path.basename(target.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fail = (err: unknown): never => {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOSPC' ? '磁盘空间不足' : code === 'EROFS' ? '文件系统只读' : `写入出错（${code ?? (err as Error).message}）`;
    throw new UsageError(`无法写入“${target.shown}”：${why}。`);
  };
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
  } catch (err) {
    fail(err);
  }
  try {
    // Between the check and now, the target may have become an input (or appeared).
    const st = await fs.stat(target.path).catch(() => undefined);
    if (st && target.inputs.has(identity(st))) throw new UsageError(`“${target.shown}”是要检查的输入文件之一，不能写入；请另选输出文件名。`);
    if (target.force) {
      await fs.rename(temp, target.path);
      return;
    }
    try {
      await fs.link(temp, target.path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new UsageError(`“${target.shown}”已存在，未覆盖；如需覆盖请加 --force。`);
      // No hard links here (FAT, exFAT, some network shares): a last check, then a rename.
      if (await fs.lstat(target.path).catch(() => undefined)) throw new UsageError(`“${target.shown}”已存在，未覆盖；如需覆盖请加 --force。`);
      await fs.rename(temp, target.path);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    fail(err);
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}
