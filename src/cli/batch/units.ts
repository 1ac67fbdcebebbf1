/**
 * `--units <名单.csv|名单.xlsx>`: the school's unit roster. Problems in the roster (a row
 * without a name, one spelling given to two units) are told on stderr and the rest is used;
 * a roster that cannot be read or holds no unit stops the command (exit 2), since the
 * reviewer asked for it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { UnitRoster } from '../../core/batch';
import type { Profile } from '../../core/profile/types';
import { MAX_ROSTER_BYTES, rosterFromFile } from '../../export/roster-file';
import { UsageError } from '../args';


export async function loadRoster(arg: string, cwd: string, profile: Profile, warn: (line: string) => void): Promise<UnitRoster> {
  const full = path.resolve(cwd, arg);
  const st = await fs.stat(full).catch(() => undefined);
  if (!st) throw new UsageError(`找不到单位名单“${arg}”。`);
  if (!st.isFile()) throw new UsageError(`单位名单“${arg}”不是文件（需要 CSV 或 .xlsx 文件）。`);
  if (st.size > MAX_ROSTER_BYTES) throw new UsageError(`单位名单“${arg}”过大（${(st.size / 1024 / 1024).toFixed(1)} MB），不像单位名单。`);
  const result = rosterFromFile(path.basename(arg), new Uint8Array(await fs.readFile(full)), profile);
  if (!result.ok) throw new UsageError(result.message);
  for (const p of result.problems) warn(p);
  return result.roster;
}
