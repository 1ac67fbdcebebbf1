/**
 * Files from the page: <input type=file multiple>, <input webkitdirectory>, and drag and
 * drop of files or whole folders (DataTransferItem.webkitGetAsEntry, read recursively).
 * Hidden entries (.DS_Store, .git) are skipped, as the CLI does.
 */
import type { NamedFile } from './protocol';

/** From an <input type=file>: folder inputs give webkitRelativePath. */
export function filesFromInput(list: FileList | null): NamedFile[] {
  if (!list) return [];
  const out: NamedFile[] = [];
  for (const file of Array.from(list)) {
    const name = file.webkitRelativePath || file.name;
    if (name.split('/').some((seg) => seg.startsWith('.'))) continue;
    out.push({ name, file });
  }
  return sortByName(out);
}

function sortByName(list: NamedFile[]): NamedFile[] {
  return list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** All entries of a directory (readEntries returns them in batches of up to 100). */
async function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, prefix: string, out: NamedFile[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  const name = prefix ? `${prefix}/${entry.name}` : entry.name;
  // An entry the browser cannot read (no permission, a path too long) is a row of its own;
  // the walk goes on with its siblings.
  try {
    if (entry.isFile) {
      out.push({ name, file: await fileOf(entry as FileSystemFileEntry) });
    } else if (entry.isDirectory) {
      for (const child of await readAll(entry as FileSystemDirectoryEntry)) await walk(child, name, out);
    }
  } catch (e) {
    const why = `浏览器无法读取（${(e as Error)?.name ?? '未知原因'}）`;
    out.push(entry.isDirectory ? { name, file: new Blob([]), unlisted: why } : { name, file: new Blob([]), unreadable: why });
  }
}

/** From a drop: folders are walked; plain files are taken as they are. */
export async function filesFromDrop(dt: DataTransfer): Promise<NamedFile[]> {
  const out: NamedFile[] = [];
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(dt.items ?? [])) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else {
      const f = item.getAsFile();
      if (f) loose.push(f);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...Array.from(dt.files ?? []));
  for (const e of entries) await walk(e, '', out);
  for (const f of loose) out.push({ name: f.name, file: f });
  return sortByName(out);
}
