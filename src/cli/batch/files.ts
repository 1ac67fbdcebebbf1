/**
 * The files of a folder check: every file under the folders given (recursive), in a
 * stable order. Hidden files and folders (.DS_Store, .git) are skipped; everything else
 * is kept, so that a .doc or a .pdf in the folder becomes a file-format row instead of
 * vanishing. Symbolic links to folders are not followed (no loops).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface FileEntry {
  /** Absolute path. */
  path: string;
  /** As shown: the argument as given, joined with the path inside the folder (forward slashes). */
  name: string;
}

export interface CollectResult {
  files: FileEntry[];
  /** Arguments that do not exist or cannot be read. */
  missing: { name: string; message: string }[];
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(dir: string, shown: string, out: FileEntry[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => byName(a.name, b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    const name = `${shown}/${e.name}`;
    if (e.isDirectory()) await walk(full, name, out);
    else if (e.isFile()) out.push({ path: full, name });
    else if (e.isSymbolicLink()) {
      const st = await fs.stat(full).catch(() => undefined);
      if (st?.isFile()) out.push({ path: full, name });
    }
  }
}

export async function isDirectory(p: string): Promise<boolean> {
  const st = await fs.stat(p).catch(() => undefined);
  return Boolean(st?.isDirectory());
}

/** Files and folders named on the command line, expanded. */
export async function collectFiles(args: readonly string[], cwd: string): Promise<CollectResult> {
  const files: FileEntry[] = [];
  const missing: CollectResult['missing'] = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let st: Awaited<ReturnType<typeof fs.stat>>;
    try {
      st = await fs.stat(full);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      missing.push({ name: arg, message: err.code === 'ENOENT' ? `找不到“${arg}”。` : `无法读取“${arg}”：${err.message}` });
      continue;
    }
    if (st.isDirectory()) {
      try {
        await walk(full, arg.replace(/[\\/]+$/, '').split(path.sep).join('/') || '.', files);
      } catch (e) {
        missing.push({ name: arg, message: `无法读取文件夹“${arg}”：${(e as Error).message}` });
      }
    } else {
      files.push({ path: full, name: arg.split(path.sep).join('/') });
    }
  }
  return { files, missing };
}
