/**
 * Units: which 分党委 (直属党总支) a case belongs to, whatever its cover says.
 *
 * One unit is written many ways: 冶金学院, 冶金学院党委, 冶金学院分党委, 中共东北大学冶金学院
 * 委员会. `unitKey` drops the profile's prefixes and organisational suffixes
 * (`batch.unitNames`) after the width, space and stamp-note folding of `normalizeUnit`, so
 * these four are one key. What no rule of spelling can know (信息学院 is the short name of
 * 信息科学与工程学院) comes from the optional unit roster (./roster.ts), which maps every
 * spelling to one roster unit. Two keys that are probably one unit but that nothing says
 * are (one is an abbreviation or a one-character slip of the other) are left apart and
 * reported by `unit-name` as a hint: a wrong merge would hide a quota breach or invent one.
 *
 * The department's review round (the submission board, letters per unit) builds on the
 * `BatchUnit` list that `groupUnits` makes: one entry per unit that sent something, then the
 * roster's units that sent nothing.
 */
import type { Profile } from '../profile/types';
import { normalizeUnit } from './normalize';
import type { RosterUnit, UnitRoster } from './roster';
import type { BatchFile, BatchUnit } from './types';

type UnitNames = NonNullable<Profile['batch']['unitNames']>;

/** Profile suffixes longest first, so that 直属党总支 is tried before 党总支. */
function sorted(list: readonly string[] | undefined): string[] {
  return [...(list ?? [])].map((s) => normalizeUnit(s)).filter(Boolean).sort((a, b) => b.length - a.length);
}

interface CompiledNames {
  prefixes: string[];
  suffixes: { text: string; bracketed: RegExp }[];
}

const cache = new WeakMap<UnitNames, CompiledNames>();

function rules(names: UnitNames): CompiledNames {
  let r = cache.get(names);
  if (!r) {
    r = {
      prefixes: sorted(names.prefixes),
      suffixes: sorted(names.suffixes).map((text) => ({ text, bracketed: new RegExp(`[(\\[【]${escape(text)}[)\\]】]$`, 'u') })),
    };
    cache.set(names, r);
  }
  return r;
}

/**
 * The unit as a grouping key: `normalizeUnit` (width, spaces, stamp notes), then the
 * profile's prefixes and suffixes removed, also a suffix in brackets (冶金学院（分党委）).
 * A name that is nothing but a prefix or suffix (党委) keeps its normalised form.
 */
export function unitKey(raw: string | undefined, names?: UnitNames): string {
  const base = normalizeUnit(raw);
  if (!base || !names) return base;
  const { prefixes, suffixes } = rules(names);
  let s = base;
  for (let round = 0; round < 4; round++) {
    const before = s;
    for (const p of prefixes) if (s.startsWith(p) && s.length > p.length) s = s.slice(p.length);
    for (const x of suffixes) {
      if (x.bracketed.test(s)) s = s.replace(x.bracketed, '');
      else if (s.endsWith(x.text) && s.length > x.text.length) s = s.slice(0, -x.text.length);
    }
    s = s.replace(/[:：,，.。;；、_\-—]+$/u, '');
    if (s === before) break;
  }
  return s || base;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `short` is `long` with characters left out, in order (信息学院 ⊂ 信息科学与工程学院). */
function isSubsequence(short: string, long: string): boolean {
  const a = [...short];
  const b = [...long];
  let i = 0;
  for (let k = 0; k < b.length && i < a.length; k++) if (a[i] === b[k]) i++;
  return i === a.length;
}

/**
 * Two unit keys that are probably one unit: the shorter is an abbreviation of the longer
 * (same first character, the rest in order: 信息学院 / 信息科学与工程学院, 资土学院 /
 * 资源与土木工程学院), or they differ in one character of four or more (冶金学院 / 治金学院).
 * A hint only, never a merge.
 */
export function probablySameUnit(a: string, b: string): boolean {
  if (!a || !b || a === b) return false;
  // 第一党总支 / 第二党总支, 第1学院 / 第12学院: different numbers are different units.
  if (numbers(a) !== numbers(b)) return false;
  const [s, l] = [...a].length <= [...b].length ? [[...a], [...b]] : [[...b], [...a]];
  if (s.length >= 3 && s[0] === l[0] && isSubsequence(s.join(''), l.join(''))) return true;
  if (s.length === l.length && s.length >= 4) {
    let diff = 0;
    for (let i = 0; i < s.length; i++) if (s[i] !== l[i]) diff++;
    return diff === 1;
  }
  return false;
}

const NUMERALS = /[0-9]+|第[零〇一二三四五六七八九十百]+/gu;

/** The numbers a name holds, in order (Arabic numerals, or 第 and Chinese numerals). */
function numbers(s: string): string {
  return (s.match(NUMERALS) ?? []).join(',');
}

/** What a written unit resolves to: a grouping key and, with a roster, the roster's unit. */
export interface UnitMatch {
  key: string;
  roster?: RosterUnit;
}

export type UnitResolver = (raw: string | undefined) => UnitMatch | undefined;

/** Every key a roster unit answers to: its name, short name and aliases, folded as covers are. */
export function rosterKeys(unit: RosterUnit, names?: UnitNames): string[] {
  const keys = new Set<string>();
  for (const s of [unit.name, unit.short ?? '', ...unit.aliases]) {
    const k = unitKey(s, names);
    if (k) keys.add(k);
  }
  return [...keys];
}

/**
 * Resolve written units. With a roster, a spelling the roster knows is keyed by the roster
 * unit's id (`roster:<id>`); one it does not know keeps its own key and is reported by
 * `unit-name`. Without a roster the key is `unitKey`.
 */
export function unitResolver(profile: Profile, roster?: UnitRoster): UnitResolver {
  const names = profile.batch.unitNames;
  const byKey = new Map<string, RosterUnit>();
  for (const u of roster?.units ?? []) for (const k of rosterKeys(u, names)) if (!byKey.has(k)) byKey.set(k, u);
  return (raw) => {
    const key = unitKey(raw, names);
    if (!key) return undefined;
    const r = byKey.get(key);
    return r ? { key: `roster:${r.id}`, roster: r } : { key };
  };
}

/** The most frequent spelling, ties to the first seen. */
function mostCommon(list: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

/**
 * The units of a batch: one per key with readable cases (first-seen order), named by the
 * roster or by their most common spelling, then the roster's units that sent nothing.
 * Sets `unitName` on every file of a unit.
 */
export function groupUnits(files: BatchFile[], roster?: UnitRoster): BatchUnit[] {
  const units = new Map<string, BatchUnit>();
  const spellings = new Map<string, string[]>();
  for (const f of files) {
    if (f.kind !== 'case' || !f.ok || !f.unit) continue;
    let u = units.get(f.unit);
    if (!u) {
      const r = f.rosterUnit;
      u = { key: f.unit, name: r?.name ?? '', inRoster: Boolean(r), spellings: [], files: [], scans: [] };
      if (r?.short) u.short = r.short;
      if (r) u.rosterId = r.id;
      units.set(f.unit, u);
      spellings.set(f.unit, []);
    }
    u.files.push(f.file);
    const written = f.unitRaw ?? f.unit;
    spellings.get(f.unit)!.push(written);
    if (!u.spellings.includes(written)) u.spellings.push(written);
  }
  for (const u of units.values()) if (!u.name) u.name = mostCommon(spellings.get(u.key)!) ?? u.key;
  for (const f of files) if (f.unit && units.has(f.unit)) f.unitName = units.get(f.unit)!.name;
  const list = [...units.values()];
  for (const r of roster?.units ?? []) {
    const key = `roster:${r.id}`;
    if (units.has(key)) continue;
    const u: BatchUnit = { key, name: r.name, inRoster: true, rosterId: r.id, spellings: [], files: [], scans: [] };
    if (r.short) u.short = r.short;
    list.push(u);
  }
  return list;
}
