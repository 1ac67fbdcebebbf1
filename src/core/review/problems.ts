/**
 * The batch as the review round sees it: every case (readable or not) with an identity that
 * survives a re-run, and every problem (each file's own and the batch's) with a key made of
 * the rule, the case and the target: never a paragraph index or a file path alone, which
 * change when a unit sends a corrected file.
 *
 * Case identity: the unit as written on the cover (prefixes and suffixes dropped, so
 * 冶金学院党委 and 冶金学院 are one) and the title (letters and digits only). A case without a
 * title, or a file that cannot be read, is known by its file name without version words
 * (修改稿, 终稿, v3, (1)). When a decision's case is not found under its key, decisions.ts
 * looks for it by title and by file name (a resubmitted file of the same case).
 *
 * Problem identity within a case: the rule and the target (`caption-length@caption:2`),
 * plus, for rules that can fire more than once on one target, what tells the instances
 * apart (the prompt text left, the extra heading). The message id is not part of it: a
 * summary that was 「偏长」 and is now 「明显偏长」 is the same problem.
 */
import type { Profile } from '../profile/types';
import type { Diagnostic, Target } from '../report';
import { baseName } from '../batch/check-file';
import { normalizeForSimilarity } from '../batch/normalize';
import type { BatchDiagnostic, BatchFileResult, BatchReport } from '../batch/types';
import { unitKey } from '../batch/units';
import { describeBatchWhere, describeWhere } from '../batch/where';
import type { Locale } from '../batch/messages';
import type { ProblemScope, ReviewCase, ReviewProblem } from './types';

/** Words that mark a version of a file, not its case: dropped from file-name keys. */
const VERSION_NOTE = /[(（[【][^)）\]】]*(?:稿|版|副本|修改|修订|更新)[^)）\]】]*[)）\]】]/gu;
const VERSION_WORDS = /修改稿|修订稿|修订版|修改版|最终稿|最终版|最新版|终稿|定稿|初稿|新版|第[一二三四五六七八九十\d]+[稿版]|[一二三四五六七八九十\d]稿|副本|final|draft|copy|v\d+|\(\d+\)/giu;

/** A file's name as a case identity: no folder, extension, version words or punctuation. */
export function fileStemKey(file: string): string {
  const stem = baseName(file)
    .replace(/\.[^.]*$/, '')
    .normalize('NFKC')
    .toLowerCase();
  return normalizeForSimilarity(stem.replace(VERSION_NOTE, ' ').replace(VERSION_WORDS, ' '));
}

/** The title as a case identity: letters and digits only. */
export function titleKey(title: string | undefined): string {
  return normalizeForSimilarity(title ?? '');
}

type UnitNames = Profile['batch']['unitNames'];

export function caseKeyOf(unitSpelling: string | undefined, title: string | undefined, file: string, names: UnitNames): string {
  const t = titleKey(title);
  return `${unitKey(unitSpelling ?? '', names)}/${t || `file:${fileStemKey(file)}`}`;
}

/** A unit as a decision key, the same with or without a roster for the usual spellings. */
export function unitScopeKey(unitName: string, names: UnitNames): string {
  return `unit:${unitKey(unitName, names)}`;
}

function targetKey(t: Target): string {
  if ((t.part === 'caption' || t.part === 'picture') && t.group !== undefined) return `${t.part}:${t.group}`;
  return t.part;
}

/** Rules that can fire more than once on one target, and the data that tells the instances apart. */
const INSTANCE_DATA: Record<string, readonly string[]> = {
  'placeholder-left': ['text'],
  'part-order': ['label'],
  'part-duplicate': ['label'],
};

function instance(d: Pick<Diagnostic, 'ruleId' | 'data'>): string {
  const keys = INSTANCE_DATA[d.ruleId];
  if (!keys) return '';
  const parts = keys.map((k) => d.data[k]).filter((v) => v !== undefined && v !== null && v !== '');
  return parts.length ? `:${parts.map((v) => normalizeForSimilarity(String(v))).join(':')}` : '';
}

/** Local keys of a case's own diagnostics; a residual clash is numbered in document order. */
function localKeys(list: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return list.map((d) => {
    const base = `${d.ruleId}@${targetKey(d.target)}${instance(d)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

function dirOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i >= 0 ? file.slice(0, i) : '';
}

/**
 * The unit of every case file: its own; or, for a file without one (unreadable, or no unit on
 * the cover), the one unit of the readable cases in its folder, if there is exactly one; or
 * the unit a folder on its path is named after (资土学院/矿业报国.doc, when 资土学院 is a
 * spelling or the short name of a unit of the batch).
 */
export function unitsOfFiles(batch: BatchReport, names?: UnitNames): Map<string, string> {
  const out = new Map<string, string>();
  const byDir = new Map<string, Set<string>>();
  for (const f of batch.files) {
    if (f.kind !== 'case' || !f.unitKey) continue;
    out.set(f.file, f.unitKey);
    const set = byDir.get(dirOf(f.file)) ?? new Set<string>();
    set.add(f.unitKey);
    byDir.set(dirOf(f.file), set);
  }
  let byName: Map<string, string> | undefined;
  for (const f of batch.files) {
    if (f.kind !== 'case' || out.has(f.file)) continue;
    const set = byDir.get(dirOf(f.file));
    if (set?.size === 1) {
      out.set(f.file, [...set][0]);
      continue;
    }
    if (!byName) {
      byName = new Map();
      for (const u of batch.units ?? []) {
        for (const s of [u.name, u.short ?? '', ...u.spellings]) {
          const k = unitKey(s, names);
          if (k && !byName.has(k)) byName.set(k, u.key);
        }
      }
    }
    const folders = f.file.split(/[\\/]/).slice(0, -1).reverse();
    const hit = folders.map((d) => byName!.get(unitKey(d, names))).find((k) => k !== undefined);
    if (hit) out.set(f.file, hit);
  }
  return out;
}

export interface ReviewItems {
  cases: ReviewCase[];
  problems: ReviewProblem[];
}

/** Every case and every problem of the batch, keyed for decisions. */
export function reviewItems(batch: BatchReport, profile: Profile, locale: Locale = 'zh-CN'): ReviewItems {
  const names = profile.batch.unitNames;
  const unitOf = unitsOfFiles(batch, names);
  const unitName = new Map((batch.units ?? []).map((u) => [u.key, u.name]));
  const cases: ReviewCase[] = [];
  const caseOf = new Map<string, ReviewCase>();
  for (const f of batch.files) {
    if (f.kind !== 'case') continue;
    const uk = unitOf.get(f.file);
    const unit = uk ? (unitName.get(uk) ?? '') : '';
    // The cover's own spelling for a readable case; the unit found by folder otherwise.
    const spelling = f.ok ? (f.unitWritten ?? f.unit ?? '') : unit;
    const c: ReviewCase = {
      key: caseKeyOf(spelling, f.ok ? f.title : undefined, f.file, names),
      file: f.file,
      ...(uk ? { unitKey: uk } : {}),
      unit,
      title: f.title ?? '',
      ...(f.category ? { category: f.category } : {}),
      ok: f.ok,
    };
    cases.push(c);
    caseOf.set(f.file, c);
  }
  // Two files of one case (the same title twice in a unit): the second is told apart by its file name.
  const seen = new Map<string, number>();
  for (const c of cases) {
    const n = (seen.get(c.key) ?? 0) + 1;
    seen.set(c.key, n);
    if (n > 1) c.key = `${c.key}#file:${fileStemKey(c.file)}`;
  }

  const problems: ReviewProblem[] = [];
  const push = (origin: ReviewProblem['origin'], scope: ProblemScope, caseKey: string, local: string, d: Diagnostic | BatchDiagnostic, where: string, files: string[], c?: ReviewCase, uk?: string) => {
    problems.push({
      key: `${caseKey}|${local}`,
      caseKey,
      local,
      scope,
      ruleId: d.ruleId,
      messageId: d.messageId,
      severity: d.severity,
      message: d.message,
      where,
      files,
      ...((c?.unitKey ?? uk) ? { unitKey: c?.unitKey ?? uk } : {}),
      ...(c?.unit || (uk && unitName.get(uk)) ? { unit: c?.unit || unitName.get(uk!) } : {}),
      ...(c?.title ? { title: c.title } : {}),
      origin,
    });
  };
  for (const f of batch.files) {
    const c = caseOf.get(f.file);
    if (!c || !f.report) continue;
    const list = f.report.diagnostics;
    const locals = localKeys(list);
    list.forEach((d, i) => push({ file: f.file, index: i }, 'case', c.key, locals[i], d, describeWhere(d, f.report!, locale), [f.file], c));
  }
  batch.diagnostics.forEach((d, i) => {
    const { scope, caseKey, local, c, uk } = batchKey(d, batch, caseOf, unitOf, unitName, names);
    push({ batch: i }, scope, caseKey, local, d, describeBatchWhere(d, locale), d.files, c, uk);
  });
  return { cases, problems };
}

function batchKey(
  d: BatchDiagnostic,
  batch: BatchReport,
  caseOf: Map<string, ReviewCase>,
  unitOf: Map<string, string>,
  unitName: Map<string, string>,
  names: UnitNames,
): { scope: ProblemScope; caseKey: string; local: string; c?: ReviewCase; uk?: string } {
  const first = d.files[0];
  const c = first !== undefined && d.files.length === 1 ? caseOf.get(first) : undefined;
  const uk = first !== undefined ? (unitOf.get(first) ?? batch.files.find((f: BatchFileResult) => f.file === first)?.unitKey) : undefined;
  const unitScope = () => {
    const name = uk ? unitName.get(uk) : undefined;
    return name !== undefined ? unitScopeKey(name, names) : `unit:${normalizeForSimilarity(String(d.data.unit ?? ''))}`;
  };
  switch (d.ruleId) {
    case 'file-format':
      return c ? { scope: 'case', caseKey: c.key, local: 'file-format', c } : { scope: 'file', caseKey: `file:${first ?? ''}`, local: 'file-format', uk };
    case 'unit-quota':
    case 'unit-levels':
      if (c && d.messageId === 'unit-unknown') return { scope: 'case', caseKey: c.key, local: d.ruleId, c };
      return { scope: 'unit', caseKey: unitScope(), local: d.ruleId, uk };
    case 'unit-name':
      if (d.messageId === 'not-submitted') return { scope: 'batch', caseKey: 'batch', local: 'unit-name:not-submitted' };
      return { scope: 'unit', caseKey: unitScope(), local: `unit-name:${d.messageId}${d.data.other ? `:${normalizeForSimilarity(String(d.data.other))}` : ''}`, uk };
    case 'scan-missing':
      if (d.messageId === 'unpaired') return { scope: 'file', caseKey: `file:${String(d.data.path ?? first ?? '')}`, local: 'scan-missing:unpaired' };
      if (d.messageId === 'case' && c) return { scope: 'case', caseKey: c.key, local: 'scan-missing', c };
      return { scope: 'unit', caseKey: unitScope(), local: 'scan-missing', uk };
    case 'resubmission':
      if (c) return { scope: 'case', caseKey: c.key, local: `resubmission:${normalizeForSimilarity(String(d.data.priorTitle ?? ''))}`, c };
      break;
  }
  if (c) return { scope: 'case', caseKey: c.key, local: `${d.ruleId}:${d.messageId}`, c };
  return { scope: 'batch', caseKey: 'batch', local: `${d.ruleId}:${d.messageId}:${normalizeForSimilarity(d.files.map(baseName).join('|'))}` };
}
