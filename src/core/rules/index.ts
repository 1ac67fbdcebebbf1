/**
 * The registry of case rules, in the order of RULES.md's table (part-length, this project's, after
 * the length rules it joins). The engine runs them in
 * this order; diagnostics are sorted afterwards, so the order only breaks ties.
 */
import { bodyLength } from './body-length';
import { branchSubtypeMissing } from './branch-subtype-missing';
import { captionLength } from './caption-length';
import { captionMissing } from './caption-missing';
import { categoryMismatch } from './category-mismatch';
import { categoryMissing } from './category-missing';
import { integrationWeak } from './integration-weak';
import { listingHeavy } from './listing-heavy';
import { partDuplicate } from './part-duplicate';
import { partEmpty } from './part-empty';
import { partMissing } from './part-missing';
import { partLength } from './part-length';
import { partOrder } from './part-order';
import { periodRange } from './period-range';
import { periodYears } from './period-years';
import { pictureCount } from './picture-count';
import { pictureOutsidePractice } from './picture-outside-practice';
import { placeholderLeft } from './placeholder-left';
import { summaryLength } from './summary-length';
import type { CaseRule } from './types';

export const CASE_RULES: readonly CaseRule[] = [
  categoryMissing,
  categoryMismatch,
  branchSubtypeMissing,
  partMissing,
  partEmpty,
  placeholderLeft,
  partOrder,
  partDuplicate,
  summaryLength,
  bodyLength,
  partLength,
  pictureCount,
  pictureOutsidePractice,
  captionMissing,
  captionLength,
  periodRange,
  periodYears,
  listingHeavy,
  integrationWeak,
];

export function getCaseRule(id: string): CaseRule | undefined {
  return CASE_RULES.find((r) => r.id === id);
}

export type { CaseRule, CaseContext, Problem, RuleMeta, Measure } from './types';
export { evaluateLimit, type LimitEvaluation } from './length';
