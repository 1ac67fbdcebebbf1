/**
 * `--prior <csv|folder>`: earlier years' cases for `resubmission`. A CSV lists titles and
 * units (and optionally a text column); a folder holds earlier .docx files, which are read
 * one at a time and kept only as title, unit and text fingerprint.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { priorFromBytes, priorFromCsv, preflight, isDocxName, type FileCheckDeps, type PriorCase } from '../../core/batch';
import { printableName } from '../../core/limits';
import type { Profile } from '../../core/profile/types';
import { UsageError } from '../args';
import { decodeText } from '../input';
import { readCapped, SafeReadError } from '../safe-read';
import { collectFiles, type FileEntry } from './files';

export interface PriorResult {
  prior: PriorCase[];
  /** Files of the prior folder that could not be read (told on stderr, not fatal). */
  skipped: { name: string; message: string }[];
}

export async function loadPrior(arg: string, cwd: string, profile: Profile, deps: FileCheckDeps): Promise<PriorResult> {
  const full = path.resolve(cwd, arg);
  const st = await fs.stat(full).catch(() => undefined);
  if (!st) throw new UsageError(`找不到往年案例清单“${arg}”。`);
  if (st.isFile()) {
    if (isDocxName(full)) return fromDocxFiles([{ path: full, name: arg }], profile, deps);
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(full);
    } catch (err) {
      throw new UsageError(`无法读取往年案例清单“${printableName(arg)}”：${err instanceof SafeReadError ? err.reason : String(err)}`);
    }
    const { text } = decodeText(bytes);
    const prior = priorFromCsv(text, path.basename(arg));
    if (prior.length === 0) throw new UsageError(`往年案例清单“${arg}”中没有案例（需要 CSV，含“案例名称”列）。`);
    return { prior, skipped: [] };
  }
  const { files } = await collectFiles([arg], cwd);
  const unlisted = files.filter((f) => f.unlisted !== undefined);
  const docx = files.filter((f) => f.unlisted === undefined && isDocxName(f.name));
  const csv = files.filter((f) => f.unlisted === undefined && /\.csv$/i.test(f.name));
  const result = await fromDocxFiles(docx, profile, deps);
  for (const f of unlisted) result.skipped.push({ name: f.name, message: `文件夹“${printableName(f.name)}”无法打开（${f.unlisted}），其中的往年案例没有读取。` });
  for (const f of csv) {
    try {
      const { text } = decodeText(await readCapped(f.path));
      result.prior.push(...priorFromCsv(text, f.name));
    } catch (err) {
      result.skipped.push({ name: f.name, message: `“${printableName(f.name)}”无法读取：${err instanceof SafeReadError ? err.reason : String(err)}` });
    }
  }
  return result;
}

async function fromDocxFiles(files: FileEntry[], profile: Profile, deps: FileCheckDeps): Promise<PriorResult> {
  const prior: PriorCase[] = [];
  const skipped: PriorResult['skipped'] = [];
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      const st = await fs.stat(f.path);
      const pre = preflight(f.name, st.size);
      if (pre) {
        skipped.push({ name: f.name, message: pre.message });
        continue;
      }
      bytes = await readCapped(f.path);
    } catch (err) {
      skipped.push({ name: f.name, message: `“${printableName(f.name)}”无法读取：${err instanceof SafeReadError ? err.reason : String(err)}` });
      continue;
    }
    const r = priorFromBytes(f.name, bytes, profile, deps);
    if ('source' in r) prior.push(r);
    else skipped.push({ name: f.name, message: r.message });
  }
  return { prior, skipped };
}
