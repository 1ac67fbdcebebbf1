import profileJson from '../../../src/profiles/neu-2024.json';
import type { CaseDocument } from '../../../src/core/model/types';
import type { PartId, Profile } from '../../../src/core/profile/types';
import { documentFromText } from '../../../src/core/model/from-text';
import { findStructure } from '../../../src/core/structure';
import type { CaseStructure } from '../../../src/core/structure/types';

export const PROFILE = profileJson as unknown as Profile;

export function structureOf(doc: CaseDocument | string): CaseStructure {
  return findStructure(typeof doc === 'string' ? documentFromText(doc) : doc, PROFILE);
}

/** Start paragraph of each part found, by id. */
export function starts(s: CaseStructure, ids: PartId[] = ['summary', 'background', 'practice', 'lessons']): Partial<Record<PartId, number>> {
  const out: Partial<Record<PartId, number>> = {};
  for (const id of ids) if (s.parts[id]) out[id] = s.parts[id]!.start;
  return out;
}

/** [start, contentStart, end] of a part, or undefined. */
export function range(s: CaseStructure, id: PartId): [number, number, number] | undefined {
  const p = s.parts[id];
  return p ? [p.start, p.contentStart, p.end] : undefined;
}

export function lines(...ls: string[]): string {
  return ls.join('\n');
}
