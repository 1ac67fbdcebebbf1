/**
 * `--profile`: a built-in profile id (`neu-2024`) or the path of a profile JSON file
 * (next year's notice). A file is validated by `loadProfile`; its errors are listed
 * with their JSON paths.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_PROFILE_IDS, loadBuiltinProfile, loadProfile } from '../core/profile';
import type { CategorySpec, Profile } from '../core/profile/types';
import { UsageError } from './args';

export const DEFAULT_PROFILE = 'neu-2024';
/** A profile is a few dozen KB; a bigger file is not one (and is not read whole into memory). */
export const MAX_PROFILE_BYTES = 1024 * 1024;

export async function resolveProfile(spec: string | undefined, cwd: string): Promise<Profile> {
  const id = spec ?? DEFAULT_PROFILE;
  const builtin = await loadBuiltinProfile(id);
  if (builtin) return builtin;
  const looksLikePath = /\.json$/i.test(id) || id.includes('/') || id.includes(path.sep);
  if (!looksLikePath) throw new UsageError(`未知的规则配置“${id}”；内置的有：${BUILTIN_PROFILE_IDS.join('、')}，也可以给出配置文件路径（.json）。`);
  let text: string;
  try {
    const stat = await fs.stat(path.resolve(cwd, id));
    if (!stat.isFile()) throw new UsageError(`规则配置“${id}”不是文件。`);
    if (stat.size > MAX_PROFILE_BYTES) throw new UsageError(`规则配置文件“${id}”过大（${stat.size} 字节，上限 1 MB），不像是规则配置。`);
    text = await fs.readFile(path.resolve(cwd, id), 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `找不到规则配置文件“${id}”。` : `无法读取规则配置文件“${id}”：${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`规则配置文件“${id}”不是有效的 JSON：${(err as Error).message}`);
  }
  const loaded = loadProfile(json);
  if (!loaded.ok) {
    const lines = loaded.errors.map((e: { path: string; message: string }) => `  ${e.path || '/'}：${e.message}`);
    throw new UsageError(`规则配置文件“${id}”有误：\n${lines.join('\n')}`);
  }
  return loaded.profile;
}

/** `--category` accepts an id (`branch.teacher`) or a label or alias of the profile (`教师党支部`). */
export function resolveCategory(value: string, profile: Profile): CategorySpec {
  const v = value.trim();
  const found =
    profile.categories.find((c) => c.id === v) ??
    profile.categories.find((c) => c.label === v) ??
    profile.categories.find((c) => c.aliases.includes(v));
  if (!found) {
    const ids = profile.categories.map((c) => c.id).join('|');
    throw new UsageError(`选项 --category 的值“${value}”无效，可选：${ids}`);
  }
  return found;
}

/** `党支部 · 教师党支部` for a subtype, the label for a top-level category. */
export function categoryLabel(id: string | undefined, profile: Profile): string | undefined {
  if (!id) return undefined;
  const spec = profile.categories.find((c) => c.id === id);
  if (!spec) return id;
  const parent = spec.parent ? profile.categories.find((c) => c.id === spec.parent) : undefined;
  return parent ? `${parent.label} · ${spec.label}` : spec.label;
}
