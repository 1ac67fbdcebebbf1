/**
 * The unit roster: the school's list of 分党委 (直属党总支), each with its full name, a
 * short name and the other spellings people use (信息科学与工程学院党委 · 信息学院 ·
 * 信息学院党委). Given one, every spelling on a cover maps to one roster unit, so the quota
 * counts per real unit, and the units that sent nothing can be listed.
 *
 * Rows come from a CSV or the first sheet of an .xlsx; reading the file is the front ends'
 * business (src/export/roster-file.ts), this module only turns rows into a roster. Columns
 * are found by their header (单位名称 / 简称 / 别名 / 代码); without a recognised header the
 * columns are name, short name, aliases. Problems (an empty name, one spelling given to two
 * units) are returned as Chinese sentences, never thrown.
 */
import type { Profile } from '../profile/types';
import { parseCsv } from './csv';
import { foldWidth } from './normalize';
import { unitKey } from './units';

export interface RosterUnit {
  /** Stable id: the roster's 代码/编号 column when it has one, else the full name. */
  id: string;
  /** The full name, as the roster writes it. */
  name: string;
  short?: string;
  /** Other spellings that mean this unit. */
  aliases: string[];
}

export interface UnitRoster {
  /** Where it came from (the file name), for messages. */
  source: string;
  units: RosterUnit[];
}

export interface RosterLoad {
  roster: UnitRoster;
  /** zh-CN sentences: rows skipped, spellings that name two units (dropped for both). */
  problems: string[];
}

const NAME_HEADERS = ['单位名称', '单位全称', '全称', '分党委（直属党总支）', '分党委(直属党总支)', '分党委', '党组织名称', '名称', '单位', '申报单位', 'name', 'unit'];
const SHORT_HEADERS = ['简称', '单位简称', 'short'];
const ALIAS_HEADERS = ['别名', '其他名称', '其他写法', '常见写法', '曾用名', 'aliases', 'alias'];
const ID_HEADERS = ['代码', '单位代码', '编号', '单位编号', 'id', 'code'];

function column(header: readonly string[], names: readonly string[]): number {
  const h = header.map((x) => foldWidth(x).toLowerCase());
  for (const n of names) {
    const i = h.indexOf(foldWidth(n).toLowerCase());
    if (i >= 0) return i;
  }
  return -1;
}

/** An alias cell may hold several spellings: 、 , ， ; ； / | or line breaks between them. */
function splitAliases(cell: string): string[] {
  return cell
    .split(/[、,，;；/|｜\r\n]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function rosterFromRows(rows: readonly (readonly string[])[], source: string, profile?: Profile): RosterLoad {
  const problems: string[] = [];
  const names = profile?.batch.unitNames;
  // Blank rows are dropped; each row keeps its number in the file for the problems that name it.
  const kept = rows.map((r, i) => ({ cells: r.map((c) => (c ?? '').trim()), line: i + 1 })).filter((r) => r.cells.some(Boolean));
  const clean = kept.map((r) => r.cells);
  if (clean.length === 0) return { roster: { source, units: [] }, problems: [`单位名单“${source}”是空的。`] };
  let name = column(clean[0], NAME_HEADERS);
  let short = column(clean[0], SHORT_HEADERS);
  let alias = column(clean[0], ALIAS_HEADERS);
  const id = column(clean[0], ID_HEADERS);
  let first = 1;
  if (name < 0) {
    // No header we know: name, short name, aliases.
    if (short >= 0 || alias >= 0) name = [0, 1, 2].find((i) => i !== short && i !== alias) ?? 0;
    else {
      [name, short, alias] = [0, 1, 2];
      first = 0;
    }
  }
  const units: RosterUnit[] = [];
  const ids = new Set<string>();
  for (let r = first; r < clean.length; r++) {
    const row = clean[r];
    const full = row[name] ?? '';
    if (!full) {
      problems.push(`单位名单“${source}”第 ${kept[r].line} 行没有单位名称，已跳过。`);
      continue;
    }
    const uid = (id >= 0 ? row[id] : '') || full;
    if (ids.has(uid)) {
      problems.push(`单位名单“${source}”第 ${kept[r].line} 行的“${uid}”与前面的行重复，已跳过。`);
      continue;
    }
    ids.add(uid);
    const u: RosterUnit = { id: uid, name: full, aliases: [] };
    const s = short >= 0 ? row[short] : '';
    if (s) u.short = s;
    // With a header, every other non-id column is aliases too (别名1, 别名2 ...); without one, column 3 onwards.
    const aliasCols = alias >= 0 ? [alias, ...row.map((_, i) => i).filter((i) => i > alias && i !== id && i !== name && i !== short)] : [];
    for (const i of aliasCols) for (const a of splitAliases(row[i] ?? '')) if (!u.aliases.includes(a)) u.aliases.push(a);
    units.push(u);
  }
  // A spelling that names two units is ambiguous: dropped from both, and said.
  const owner = new Map<string, RosterUnit[]>();
  for (const u of units) {
    for (const spelling of [u.name, u.short ?? '', ...u.aliases]) {
      const k = unitKey(spelling, names);
      if (!k) continue;
      const list = owner.get(k) ?? [];
      if (!list.includes(u)) list.push(u);
      owner.set(k, list);
    }
  }
  for (const [k, list] of owner) {
    if (list.length < 2) continue;
    problems.push(`单位名单中“${k}”同时指向${list.map((u) => `“${u.name}”`).join('和')}，无法据此归并，请在名单中改正。`);
    for (const u of list) {
      if (u.short && unitKey(u.short, names) === k) delete u.short;
      u.aliases = u.aliases.filter((a) => unitKey(a, names) !== k);
    }
  }
  if (units.length === 0) problems.push(`单位名单“${source}”中没有单位（需要“单位名称”一列）。`);
  return { roster: { source, units }, problems };
}

export function rosterFromCsv(text: string, source: string, profile?: Profile): RosterLoad {
  return rosterFromRows(parseCsv(text), source, profile);
}
