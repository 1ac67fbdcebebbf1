/**
 * The files of a folder check: every file under the folders given (recursive), in a
 * stable order. Hidden files and folders (.DS_Store, .git) are skipped; everything else
 * is kept, so that a .doc or a .pdf in the folder becomes a file-format row instead of
 * vanishing. Symbolic links to folders are not followed (no loops).
 *
 * A folder that cannot be listed (no permission, a path too long) is a row of its own and
 * the walk goes on with its siblings: one bad folder never hides the others. Names are
 * read as bytes: a name that is not valid UTF-8 (an archive made on Chinese Windows,
 * unzipped elsewhere, keeps its names in GBK) is shown decoded as GB18030 and read by its
 * real bytes, instead of becoming a U+FFFD name that does not exist.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { printableName } from '../../core/limits';
import { ioReason } from '../safe-read';

export interface FileEntry {
  /** Absolute path: bytes when the name is not valid UTF-8 (so that it can be opened as it is). */
  path: string | Buffer;
  /** As shown: the argument as given, joined with the path inside the folder (forward slashes). */
  name: string;
  /** Set for a folder that could not be listed: why (zh-CN, without its name). */
  unlisted?: string;
}

export interface CollectResult {
  files: FileEntry[];
  /** Arguments that do not exist or cannot be read. */
  missing: { name: string; message: string }[];
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** A file name's bytes as text: UTF-8 when valid, else GB18030 (GBK). */
export function decodeName(bytes: Buffer): { text: string; exact: boolean } {
  try {
    return { text: utf8.decode(bytes), exact: true };
  } catch {
    return { text: gb18030.decode(bytes), exact: false };
  }
}

const SEP = Buffer.from(path.sep);

async function walk(dir: Buffer, shown: string, out: FileEntry[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    out.push({ path: dir, name: shown, unlisted: ioReason(err) });
    return;
  }
  const named = entries.map((e) => ({ e, ...decodeName(e.name) }));
  named.sort((a, b) => byName(a.text, b.text));
  for (const { e, text, exact } of named) {
    if (text.startsWith('.')) continue;
    const full = Buffer.concat([dir, SEP, e.name]);
    const name = `${shown}/${text}`;
    const entryPath = exact ? full.toString('utf8') : full;
    if (e.isDirectory()) await walk(full, name, out);
    else if (e.isFile()) out.push({ path: entryPath, name });
    else if (e.isSymbolicLink()) {
      const st = await fs.stat(full).catch(() => undefined);
      if (st?.isFile()) out.push({ path: entryPath, name });
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
      missing.push({ name: arg, message: err.code === 'ENOENT' ? `找不到“${printableName(arg)}”。` : `无法读取“${printableName(arg)}”：${ioReason(err)}。` });
      continue;
    }
    if (st.isDirectory()) {
      await walk(Buffer.from(full), arg.replace(/[\\/]+$/, '').split(path.sep).join('/') || '.', files);
    } else {
      files.push({ path: full, name: arg.split(path.sep).join('/') });
    }
  }
  return { files, missing };
}
