/**
 * `--prior <csv|folder>`: earlier years' cases for `resubmission`. A CSV lists titles and
 * units (and optionally a text column); a folder holds earlier .docx files, which are read
 * one at a time and kept only as title, unit and text fingerprint.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { priorFromBytes, priorFromCsv, preflight, isDocxName, type FileCheckDeps, type PriorCase } from '../../core/batch';
import type { Profile } from '../../core/profile/types';
import { UsageError } from '../args';
import { decodeText } from '../input';
import { collectFiles } from './files';

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
    const { text } = decodeText(new Uint8Array(await fs.readFile(full)));
    const prior = priorFromCsv(text, path.basename(arg));
    if (prior.length === 0) throw new UsageError(`往年案例清单“${arg}”中没有案例（需要 CSV，含“案例名称”列）。`);
    return { prior, skipped: [] };
  }
  const { files } = await collectFiles([arg], cwd);
  const docx = files.filter((f) => isDocxName(f.name));
  const csv = files.filter((f) => /\.csv$/i.test(f.name));
  const result = await fromDocxFiles(docx, profile, deps);
  for (const f of csv) {
    const { text } = decodeText(new Uint8Array(await fs.readFile(f.path)));
    result.prior.push(...priorFromCsv(text, f.name));
  }
  return result;
}

async function fromDocxFiles(files: { path: string; name: string }[], profile: Profile, deps: FileCheckDeps): Promise<PriorResult> {
  const prior: PriorCase[] = [];
  const skipped: PriorResult['skipped'] = [];
  for (const f of files) {
    const st = await fs.stat(f.path);
    const pre = preflight(f.name, st.size);
    if (pre) {
      skipped.push({ name: f.name, message: pre.message });
      continue;
    }
    const r = priorFromBytes(f.name, new Uint8Array(await fs.readFile(f.path)), profile, deps);
    if ('source' in r) prior.push(r);
    else skipped.push({ name: f.name, message: r.message });
  }
  return { prior, skipped };
}
