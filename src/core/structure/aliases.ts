/**
 * The profile's names as lookup tables. Part names, their aliases and tags, and the
 * category words are data (the profile); only the shapes around them are code.
 * Tables are built once per profile object and cached.
 */
import type { PartId, PartSpec, Profile } from '../profile/types';
import { compactText } from './normalize';

export interface AliasHit<T> {
  value: T;
  /** Length of the matched alias in compact characters. */
  length: number;
}

/** Exact and longest-prefix lookups over compacted aliases. */
export class AliasTable<T> {
  private readonly map = new Map<string, T>();
  /** Distinct alias lengths, longest first. */
  private lengths: number[] = [];

  add(alias: string, value: T): void {
    const key = compactText(alias);
    if (!key || this.map.has(key)) return; // the first owner of an alias keeps it
    this.map.set(key, value);
    if (!this.lengths.includes(key.length)) {
      this.lengths.push(key.length);
      this.lengths.sort((a, b) => b - a);
    }
  }

  get maxLength(): number {
    return this.lengths.length > 0 ? this.lengths[0] : 0;
  }

  exact(s: string): T | undefined {
    return this.map.get(s);
  }

  /** The longest alias that starts at `s[at]`. */
  longestAt(s: string, at: number): AliasHit<T> | undefined {
    for (const len of this.lengths) {
      if (at + len > s.length) continue;
      const v = this.map.get(s.substr(at, len));
      if (v !== undefined) return { value: v, length: len };
    }
    return undefined;
  }
}

export interface ProfileTables {
  /** Every part's aliases (cover fields, summary, sections, body). */
  parts: AliasTable<PartSpec>;
  /** Part by content-control tag. */
  byTag: Map<string, PartSpec>;
  /** Category id by alias (all categories and subtypes). */
  categories: AliasTable<string>;
  /** Parent category id of a subtype, by subtype id. */
  parentOf: Map<string, string>;
  categoryIds: Set<string>;
  spec: Map<PartId, PartSpec>;
}

const cache = new WeakMap<Profile, ProfileTables>();

export function profileTables(profile: Profile): ProfileTables {
  const hit = cache.get(profile);
  if (hit) return hit;
  const parts = new AliasTable<PartSpec>();
  const byTag = new Map<string, PartSpec>();
  const spec = new Map<PartId, PartSpec>();
  for (const p of profile.parts) {
    spec.set(p.id, p);
    if (p.tag) byTag.set(p.tag, p);
    parts.add(p.label, p);
    for (const a of p.aliases) parts.add(a, p);
  }
  const categories = new AliasTable<string>();
  const parentOf = new Map<string, string>();
  const categoryIds = new Set<string>();
  for (const c of profile.categories) {
    categoryIds.add(c.id);
    if (c.parent) parentOf.set(c.id, c.parent);
    categories.add(c.label, c.id);
    for (const a of c.aliases) categories.add(a, c.id);
  }
  const tables: ProfileTables = { parts, byTag, categories, parentOf, categoryIds, spec };
  cache.set(profile, tables);
  return tables;
}
