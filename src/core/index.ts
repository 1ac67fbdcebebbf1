/**
 * The public API of the pure core: what the task pane, the web page, the CLI and the
 * batch tools import. Everything here runs unchanged in Node, a browser, a worker and Word.
 */
export { checkCase, checkBatch, findCategory, baseCategoryOf, type CheckOptions } from './engine';
export type { BatchItem, BatchOptions, BatchReport, BatchDiagnostic } from './batch/types';
export * from './count';
export type * from './model/types';
export {
  loadProfile,
  getBuiltinProfile,
  NEU_2024,
  BUILTIN_PROFILE_INFO,
  loadBuiltinProfile,
  loadBuiltinProfiles,
  BUILTIN_PROFILE_IDS,
  PROFILE_SCHEMA,
  validateSchema,
  sectionIds,
  pictureSectionIds,
  type LoadProfileResult,
  type ProfileError,
  type JsonSchema,
} from './profile';
export type * from './profile/types';
export type * from './report';
export { formatMessage, CATALOGUES, type Locale, type Catalogue, type MessageData } from './messages';
export { CASE_RULES, getCaseRule, evaluateLimit, type LimitEvaluation } from './rules';
export type { CaseRule, CaseContext, Problem, RuleMeta, Measure } from './rules/types';
export { findStructure } from './structure';
export type * from './structure/types';
export { applyDismissals, isDismissible, dismissalsWith, dismissalsWithout } from './dismiss';
export { planPartInsertion, offersInsertion, insertableParts, bodyCutPlan, captionFix } from './fixes';
export type { PartInsertion, PartTemplate, InsertBlock, CutPlan, CutRow, CaptionFix } from './fixes';
export { switchableHints } from './engine';
