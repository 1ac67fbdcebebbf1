import type { BatchFile } from '../types';

/** Readable files with a unit, grouped by normalised unit, in first-seen order. */
export function groupByUnit(files: readonly BatchFile[]): Map<string, BatchFile[]> {
  const groups = new Map<string, BatchFile[]>();
  for (const f of files) {
    if (!f.unit) continue; // batchFile gives a unit only to a readable case
    const list = groups.get(f.unit);
    if (list) list.push(f);
    else groups.set(f.unit, [f]);
  }
  return groups;
}
