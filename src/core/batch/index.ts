/**
 * checkBatch: the department's view of many files. Each file arrives already read and
 * checked (a Report) or with the reason it could not be (an error). Files are sorted
 * into cases, stamped scans and files to ignore (attachments.ts); cases are grouped into
 * units (units.ts, with the optional roster); scans are paired with their units and cases.
 * The batch rules then look across files: quota, levels and names per unit, scans,
 * resubmission against earlier cases, and the case files that are not readable .docx.
 */
import type { Profile } from '../profile/types';
import type { Report } from '../report';
import { formatBatchMessage } from './messages';
import { fileKind, pairScans } from './attachments';
import { displayUnit } from './normalize';
import { BATCH_RULES } from './rules';
import { groupUnits, unitResolver, type UnitResolver } from './units';
import { textFingerprint, titleFingerprint } from './similarity';
import type { BatchContext, BatchDiagnostic, BatchFile, BatchItem, BatchOptions, BatchReport, BatchRule } from './types';

export * from './types';
export { BATCH_RULES } from './rules';
export { fileFormatReason, fileError, reasonOf, FILE_FORMAT_REASONS } from './file-error';
export { formatBatchMessage, BATCH_MESSAGES, TABLE_LABELS } from './messages';
export { normalizeUnit, displayUnit, foldWidth, normalizeForSimilarity } from './normalize';
export { unitKey, unitResolver, probablySameUnit, groupUnits, rosterKeys, type UnitMatch, type UnitResolver } from './units';
export { rosterFromRows, rosterFromCsv, type RosterLoad } from './roster';
export { fileKind, pairScans, extensionOf } from './attachments';
export { describeWhere, describeBatchWhere } from './where';
export { textFingerprint, titleFingerprint, containment, dice, jaccard, type Fingerprint } from './similarity';
export { toCsv, parseCsv, csvField, priorFromCsv } from './csv';
export { sniffBytes, type SniffedFormat } from './sniff';
export {
  checkFileBytes,
  priorFromBytes,
  preflight,
  formatError,
  documentText,
  baseName,
  isDocxName,
  DEFAULT_MAX_BYTES,
  type FileCheckDeps,
  type FileCheckOptions,
  type ReadResult,
} from './check-file';

/** The top-level category of a category id: `branch.teacher` → `branch`. */
export function levelOf(category: string | undefined, profile: Profile): string | undefined {
  if (!category) return undefined;
  let spec = profile.categories.find((c) => c.id === category);
  if (!spec) return category.split('.')[0];
  const seen = new Set<string>();
  while (spec.parent && !seen.has(spec.id)) {
    seen.add(spec.id);
    const parent: string = spec.parent;
    spec = profile.categories.find((c) => c.id === parent) ?? { ...spec, id: parent, parent: undefined };
  }
  return spec.id;
}

function fieldValue(report: Report | undefined, id: 'unit' | 'title'): string | undefined {
  const v = report?.parts[id]?.value?.trim();
  return v ? v : undefined;
}

/** What the batch rules see of one item. */
export function batchFile(item: BatchItem, profile: Profile, resolve: UnitResolver = unitResolver(profile)): BatchFile {
  const { kind, ignored } = fileKind(item.file, profile);
  if (kind !== 'case') return { file: item.file, kind, ...(ignored ? { ignored } : {}), ok: false };
  if (!item.report) {
    return { file: item.file, kind, ok: false, error: item.error ?? { code: 'unreadable', message: '无法读取' } };
  }
  const unitRaw = item.unit?.trim() || fieldValue(item.report, 'unit');
  const match = resolve(unitRaw);
  const title = item.title?.trim() || fieldValue(item.report, 'title');
  const f: BatchFile = { file: item.file, kind, ok: true, category: item.report.category, level: levelOf(item.report.category, profile) };
  if (match) {
    f.unit = match.key;
    f.unitRaw = displayUnit(unitRaw) || unitRaw;
    if (match.roster) f.rosterUnit = match.roster;
  }
  if (title) {
    f.title = title;
    f.titleGrams = titleFingerprint(title);
  }
  const fp = item.fingerprint ?? (item.text !== undefined ? textFingerprint(item.text) : undefined);
  if (fp) f.fingerprint = fp;
  return f;
}

export function checkBatch(items: readonly BatchItem[], profile: Profile, options: BatchOptions = {}, rules: readonly BatchRule[] = BATCH_RULES): BatchReport {
  const resolve = unitResolver(profile, options.roster);
  const files = items.map((i) => batchFile(i, profile, resolve));
  const units = groupUnits(files, options.roster);
  pairScans(files, units, profile, options.roster);
  const ctx: BatchContext = { profile, files, prior: options.prior ?? [], units, roster: options.roster };
  const diagnostics: BatchDiagnostic[] = [];
  for (const rule of rules) {
    rule.check(ctx, (p) => {
      diagnostics.push({
        ruleId: rule.id,
        messageId: p.messageId,
        severity: p.severity ?? rule.meta.severity,
        message: formatBatchMessage(rule.id, p.messageId, p.data, options.locale),
        data: p.data,
        target: { part: UNIT_RULES.has(rule.id) ? 'unit' : 'document' },
        files: p.files,
      });
    });
  }
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const unitByKey = new Map(units.map((u) => [u.key, u]));
  const byFile = new Map(files.map((f) => [f.file, f]));
  // A scan that names no case covers its whole unit.
  const unitScans = (key: string | undefined) => (key ? (unitByKey.get(key)?.scans ?? []).filter((s) => !byFile.get(s)?.scanOf?.file) : []);
  return {
    profile: profile.id,
    files: items.map((item, i) => {
      const f = files[i];
      const scans = [...(f.scans ?? []), ...unitScans(f.unit)];
      const unitKey = f.unit ?? f.scanOf?.unit;
      return {
        file: item.file,
        kind: f.kind,
        ...(f.ignored ? { ignored: f.ignored } : {}),
        ok: f.ok,
        unit: f.unitName, // set on every case with a unit (groupUnits) and every scan paired with one (pairScans)
        ...(f.unitRaw && f.unitName && f.unitRaw !== f.unitName ? { unitWritten: f.unitRaw } : {}),
        ...(unitKey ? { unitKey } : {}),
        ...(f.scanOf ? { scanOf: f.scanOf } : {}),
        ...(f.kind === 'case' && f.ok ? { scans } : {}),
        title: f.title ?? (f.scanOf?.file ? byFile.get(f.scanOf.file)?.title : undefined),
        category: f.category,
        report: item.report,
        error: f.kind === 'case' ? item.error : undefined,
        ...(item.warnings ? { warnings: item.warnings } : {}),
      };
    }),
    diagnostics,
    units,
    ...(options.roster ? { roster: { source: options.roster.source, units: options.roster.units.length } } : {}),
    summary: {
      files: items.length,
      checked: files.filter((f) => f.kind === 'case' && f.ok).length,
      unreadable: files.filter((f) => f.kind === 'case' && !f.ok).length,
      scans: files.filter((f) => f.kind === 'scan').length,
      ignored: files.filter((f) => f.kind === 'ignored').length,
      units: units.filter((u) => u.files.length > 0).length,
      unitsWithout: units.filter((u) => u.files.length === 0).length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
  };
}

/** Batch rules whose problems sit on the cover's 申报单位 field. */
const UNIT_RULES = new Set(['unit-quota', 'unit-levels', 'unit-name']);

export {
  reviewRows,
  reviewTable,
  reviewHeaders,
  diagnosticRows,
  diagnosticTable,
  categoryLabel,
  bodyWords,
  sortDiagnostics,
  joinMessages,
  commonFolder,
  summaryLine,
  REVIEW_COLUMNS,
  reviewColumns,
  FIRST_PROBLEMS,
  type ReviewRow,
  type ReviewColumn,
  type DiagnosticRow,
  type RowDecisions,
} from './table';
