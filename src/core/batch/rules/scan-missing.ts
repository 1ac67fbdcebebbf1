/**
 * scan-missing — “材料包括Word版电子文档、纸质版首页加盖分党委公章后的扫描件”.
 *
 * Every case needs its first page, stamped by the 分党委, as a scan beside the Word file.
 * Scans are found by name (attachments.ts: the profile's extensions and words) and paired
 * with a unit, and with a case when their name names one.
 *   - `unit` (warning): a unit with readable cases and no scan at all, on all its cases.
 *   - `case` (warning): a unit whose scans each name a case, on its cases that none names
 *     (a scan that names no case is taken to cover all of its unit's cases: one PDF often
 *     holds both first pages).
 *   - `unpaired` (info): a scan that neither its name nor its folder ties to a unit.
 *
 * Edge cases: a case without a unit is unit-quota's (`unit-unknown`) and is skipped here;
 * a unit known only from the roster, with no case, needs no scan.
 */
import { baseName } from '../check-file';
import type { BatchRule } from '../types';

export const scanMissing: BatchRule = {
  id: 'scan-missing',
  meta: {
    severity: 'warning',
    scope: 'batch',
    messageIds: ['unit', 'case', 'unpaired'],
    clause: '材料包括Word版电子文档、纸质版首页加盖分党委公章后的扫描件',
    description: 'A unit\'s cases have no stamped first-page scan; a scan cannot be matched to a unit.',
    uses: ['batch.scans'],
  },
  check(ctx, report) {
    if (!ctx.profile.batch.scans) return;
    const byFile = new Map(ctx.files.map((f) => [f.file, f]));
    for (const u of ctx.units) {
      if (u.files.length === 0) continue;
      const scans = u.scans.map((s) => byFile.get(s)).filter((s) => s !== undefined);
      if (scans.length === 0) {
        report({ messageId: 'unit', data: { unit: u.name, count: u.files.length }, files: u.files });
        continue;
      }
      if (scans.some((s) => !s.scanOf?.file)) continue;
      for (const file of u.files) {
        if (byFile.get(file)?.scans?.length) continue;
        report({ messageId: 'case', data: { unit: u.name, file: baseName(file) }, files: [file] });
      }
    }
    for (const f of ctx.files) {
      if (f.kind === 'scan' && !f.scanOf) report({ messageId: 'unpaired', data: { file: baseName(f.file), path: f.file }, files: [f.file], severity: 'info' });
    }
  },
};
