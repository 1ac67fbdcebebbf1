/**
 * checkBatch: the department's view of many files. Each file arrives already read and
 * checked (a Report) or with the reason it could not be (an error); the batch rules then
 * look across files: quota and levels per unit, resubmission against earlier cases, and
 * the files that are not readable .docx.
 */
import type { Profile } from '../profile/types';
import type { Report } from '../report';
import { formatBatchMessage } from './messages';
import { displayUnit, normalizeUnit } from './normalize';
import { BATCH_RULES } from './rules';
import { textFingerprint, titleFingerprint } from './similarity';
import type { BatchContext, BatchDiagnostic, BatchFile, BatchItem, BatchOptions, BatchReport, BatchRule } from './types';

export * from './types';
export { BATCH_RULES } from './rules';
export { fileFormatReason, fileError, reasonOf, FILE_FORMAT_REASONS } from './file-error';
export { formatBatchMessage, BATCH_MESSAGES, TABLE_LABELS } from './messages';
export { normalizeUnit, displayUnit, foldWidth, normalizeForSimilarity } from './normalize';
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
  while (spec?.parent && !seen.has(spec.id)) {
    seen.add(spec.id);
    const parent: string = spec.parent;
    spec = profile.categories.find((c) => c.id === parent) ?? { ...spec, id: parent, parent: undefined };
  }
  return spec?.id;
}

function fieldValue(report: Report | undefined, id: 'unit' | 'title'): string | undefined {
  const v = report?.parts[id]?.value?.trim();
  return v ? v : undefined;
}

/** What the batch rules see of one item. */
export function batchFile(item: BatchItem, profile: Profile): BatchFile {
  if (!item.report) {
    return { file: item.file, ok: false, error: item.error ?? { code: 'unreadable', message: '无法读取' } };
  }
  const unitRaw = item.unit?.trim() || fieldValue(item.report, 'unit');
  const unit = normalizeUnit(unitRaw);
  const title = item.title?.trim() || fieldValue(item.report, 'title');
  const f: BatchFile = { file: item.file, ok: true, category: item.report.category, level: levelOf(item.report.category, profile) };
  if (unit) {
    f.unit = unit;
    f.unitRaw = displayUnit(unitRaw) || unitRaw;
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
  const files = items.map((i) => batchFile(i, profile));
  const ctx: BatchContext = { profile, files, prior: options.prior ?? [] };
  const diagnostics: BatchDiagnostic[] = [];
  for (const rule of rules) {
    rule.check(ctx, (p) => {
      diagnostics.push({
        ruleId: rule.id,
        messageId: p.messageId,
        severity: p.severity ?? rule.meta.severity,
        message: formatBatchMessage(rule.id, p.messageId, p.data, options.locale),
        data: p.data,
        target: { part: rule.id === 'unit-quota' || rule.id === 'unit-levels' ? 'unit' : 'document' },
        files: p.files,
      });
    });
  }
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return {
    profile: profile.id,
    files: items.map((item, i) => {
      const f = files[i];
      return {
        file: item.file,
        ok: f.ok,
        unit: f.unitRaw,
        title: f.title,
        category: f.category,
        report: item.report,
        error: item.error,
        ...(item.warnings ? { warnings: item.warnings } : {}),
      };
    }),
    diagnostics,
    summary: {
      files: items.length,
      checked: files.filter((f) => f.ok).length,
      unreadable: files.filter((f) => !f.ok).length,
      units: new Set(files.filter((f) => f.unit).map((f) => f.unit)).size,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
  };
}

export {
  reviewRows,
  reviewTable,
  reviewHeaders,
  diagnosticRows,
  diagnosticTable,
  categoryLabel,
  bodyWords,
  sortDiagnostics,
  REVIEW_COLUMNS,
  FIRST_PROBLEMS,
  type ReviewRow,
  type ReviewColumn,
  type DiagnosticRow,
} from './table';
