/**
 * Files in a unit's folder that are not cases: the stamped first-page scan the notice asks
 * for beside each Word file (纸质版首页加盖分党委公章后的扫描件), and files that only Word or
 * Windows leave behind (~$ lock files, Thumbs.db). A scan is an attachment, not a
 * `file-format` error; it is paired with its unit and, where its name allows, its case.
 *
 * Which files are scans is profile data (`batch.scans`: extensions and the words a name
 * must hold: 扫描, 盖章, 首页 ...). Pairing, first match wins:
 *   1. the name names a case (its file name or title, once the scan words and the unit's
 *      name are taken out): that case, and its unit;
 *   2. the name names a unit (any spelling of it seen in the batch, or the roster's): that unit;
 *   3. the scan sits in a folder whose readable cases all belong to one unit: that unit.
 * Otherwise it stays unpaired and `scan-missing` says so.
 */
import type { Profile } from '../profile/types';
import { baseName } from './check-file';
import { normalizeForSimilarity } from './normalize';
import type { UnitRoster } from './roster';
import { rosterKeys, unitKey } from './units';
import type { BatchFile, BatchUnit, FileKind } from './types';

/** Files that Windows and Word leave in folders. */
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', 'ehthumbs.db']);

export function extensionOf(file: string): string {
  const base = baseName(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** What a file is by its name: a case to read, a stamped scan, or a file to ignore (with why). */
export function fileKind(file: string, profile: Profile): { kind: FileKind; ignored?: 'lock-file' | 'system-file' } {
  const base = baseName(file);
  if (base.startsWith('~$')) return { kind: 'ignored', ignored: 'lock-file' };
  if (SYSTEM_FILES.has(base.toLowerCase())) return { kind: 'ignored', ignored: 'system-file' };
  const scans = profile.batch.scans;
  if (scans && scans.extensions.includes(extensionOf(file))) {
    const name = base.normalize('NFKC');
    if (scans.words.some((w) => name.includes(w.normalize('NFKC')))) return { kind: 'scan' };
  }
  return { kind: 'case' };
}

function dirOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i >= 0 ? file.slice(0, i) : '';
}

function stemOf(file: string): string {
  return baseName(file).replace(/\.[^.]*$/, '');
}

/** The part of a scan's name that can name a case or unit: without extension, scan words and separators. */
function scanResidual(file: string, profile: Profile): string {
  let s = stemOf(file).normalize('NFKC');
  for (const w of [...(profile.batch.scans?.words ?? [])].sort((a, b) => b.length - a.length)) s = s.split(w.normalize('NFKC')).join(' ');
  // Words that only describe the scan.
  s = s.replace(/件|纸质版?|页|已|后|的/gu, ' ');
  return normalizeForSimilarity(s);
}

interface CaseNames {
  file: BatchFile;
  stem: string;
  title: string;
}

function namesCase(rest: string, c: CaseNames): boolean {
  if ([...rest].length < 2) return false;
  const has = (x: string) => x.length >= 2 && (x.includes(rest) || rest.includes(x));
  return has(c.stem) || has(c.title);
}

/**
 * Pair every scan with a unit (and a case where its name allows). Sets `scanOf` on scans,
 * `scans` on the cases a scan names, and fills `units[].scans`.
 */
export function pairScans(files: BatchFile[], units: BatchUnit[], profile: Profile, roster?: UnitRoster): void {
  const names = profile.batch.unitNames;
  const cases: CaseNames[] = files
    .filter((f) => f.kind === 'case' && f.ok)
    .map((f) => ({ file: f, stem: normalizeForSimilarity(stemOf(f.file).replace(/[(（][^)）]*[)）]/gu, '')), title: normalizeForSimilarity(f.title ?? '') }));
  const byKey = new Map(units.map((u) => [u.key, u]));
  // Every spelling of every unit, as it would appear in a file name (the key: no suffix).
  const spellings: { key: string; text: string }[] = [];
  for (const u of units) {
    const all = new Set([u.name, u.short ?? '', ...u.spellings]);
    const r = roster?.units.find((x) => `roster:${x.id}` === u.key);
    const keys = new Set([...[...all].map((s) => unitKey(s, names)), ...(r ? rosterKeys(r, names) : [])]);
    for (const k of keys) {
      const text = normalizeForSimilarity(k);
      if ([...text].length >= 2) spellings.push({ key: u.key, text });
    }
  }
  spellings.sort((a, b) => b.text.length - a.text.length);

  for (const scan of files) {
    if (scan.kind !== 'scan') continue;
    const residual = scanResidual(scan.file, profile);
    const named = spellings.find((s) => residual.includes(s.text));
    const rest = named ? residual.split(named.text).join('') : residual;
    const pool = named ? cases.filter((c) => c.file.unit === named.key) : cases;
    let matches = pool.filter((c) => namesCase(rest, c));
    // Several matches: prefer the cases in the scan's own folder.
    if (matches.length > 1) {
      const here = matches.filter((c) => dirOf(c.file.file) === dirOf(scan.file));
      if (here.length > 0) matches = here;
    }
    let unit: string | undefined;
    let caseFile: BatchFile | undefined;
    if (matches.length === 1) {
      caseFile = matches[0].file;
      unit = caseFile.unit;
    } else if (named) {
      unit = named.key;
    } else {
      const here = cases.filter((c) => dirOf(c.file.file) === dirOf(scan.file) && c.file.unit);
      const keys = new Set(here.map((c) => c.file.unit));
      if (keys.size === 1) unit = [...keys][0];
    }
    if (!unit && !caseFile) continue;
    scan.scanOf = {};
    if (unit) {
      scan.scanOf.unit = unit;
      const u = byKey.get(unit);
      if (u) {
        u.scans.push(scan.file);
        scan.unitName = u.name;
      }
    }
    if (caseFile) {
      scan.scanOf.file = caseFile.file;
      (caseFile.scans ??= []).push(scan.file);
    }
  }
}
