/**
 * Where the review round may write (`--review`, `--letters`, `--evaluation`, `scores --out`):
 * never over an input, never into the folder being checked, never over an existing file
 * without `--force`. The same rule as `--out` (../out-file.ts), whose identity check it uses:
 * an input is recognised by device and inode, so a link or another spelling of its path
 * cannot disguise it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../args';
import { inputIdentities } from '../out-file';

/** `child` is `parent` or inside it. */
function within(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Refuse (UsageError) a write target that would replace or mix with an input.
 * - `kind: 'file'`: the target is none of the input files and lies in none of the input folders;
 *   an existing file only with `force`.
 * - `kind: 'dir'`: the folder holds no input file, is no input folder, lies in none; files it
 *   would write (`names`) that exist only with `force`.
 * `label` names the option in the message (`--letters`, `--evaluation`); `shown` is the path as the user gave it.
 */
export async function guardWrite(
  target: string,
  o: { kind: 'file' | 'dir'; label: string; inputs: readonly { path: string | Buffer }[]; roots: readonly string[]; force: boolean; names?: readonly string[]; shown?: string },
): Promise<void> {
  const full = path.resolve(target);
  const shown = o.shown ?? target;
  for (const root of o.roots) {
    const r = path.resolve(root);
    if (within(full, r) || (o.kind === 'dir' && within(r, full))) {
      throw new UsageError(`${o.label} 的位置“${shown}”${within(full, r) ? '在' : '包含'}要检查的文件夹“${root}”${within(full, r) ? '中' : ''}：输出不能与报送的文件放在一起，请换一个位置。`);
    }
  }
  for (const input of o.inputs) {
    const i = path.resolve(String(input.path));
    if (o.kind === 'file' ? i === full : within(i, full)) {
      throw new UsageError(`${o.label} 的位置“${shown}”${o.kind === 'file' ? '是' : '中有'}要检查的文件“${path.basename(i)}”：从不覆盖输入文件，请换一个位置。`);
    }
  }
  const st = await fs.stat(full).catch(() => undefined);
  // The same file under another name (a link): refused even with --force.
  if (st && o.kind === 'file' && (await inputIdentities(o.inputs.map((i) => i.path))).has(`${st.dev}:${st.ino}`)) {
    throw new UsageError(`${o.label} 的位置“${shown}”是要检查的输入文件之一（另一个名字或链接）：从不覆盖输入文件，请换一个位置。`);
  }
  if (o.kind === 'file') {
    if (st?.isDirectory()) throw new UsageError(`${o.label} 的位置“${shown}”是文件夹，需要文件名。`);
    if (st && !o.force) throw new UsageError(`“${shown}”已存在，未覆盖；如需覆盖请加 --force。`);
    return;
  }
  if (st && !st.isDirectory()) throw new UsageError(`${o.label} 的位置“${shown}”是文件，需要文件夹。`);
  if (!st || o.force) return;
  const existing = [];
  for (const n of o.names ?? []) if (await fs.stat(path.join(full, n)).catch(() => undefined)) existing.push(n);
  if (existing.length) {
    const shown = existing.slice(0, 3).map((n) => `“${n}”`).join('、') + (existing.length > 3 ? ` 等 ${existing.length} 个文件` : '');
    throw new UsageError(`文件夹“${shown}”中已有${shown}，未覆盖；如需覆盖请加 --force。`);
  }
}
