/**
 * The department's review round (issue 12), after the batch check: the submission board,
 * decisions that stay (a review file keyed by stable fingerprints), the feedback letters to
 * each unit and the evaluation sheet with its ranking. Pure: the front ends write the .docx,
 * .xlsx, .zip and .json files and keep the review file (IndexedDB on the page, a file in the CLI).
 */
export * from './types';
export { reviewItems, unitsOfFiles, caseKeyOf, fileStemKey, titleKey, unitScopeKey, type ReviewItems } from './problems';
export { reviewState, rowDecisions, decideProblem, decideCase, reviewFileFor, decisionsOnly, mergeReviews, countDecisions, emptyReview } from './decisions';
export { parseReviewFile, serializeReview, MAX_REVIEW_BYTES, type ReviewLoad } from './review-file';
export { submissionBoard, boardSummary, boardCells, boardHeaders, scanWord, BOARD_COLUMNS, type Board, type BoardRow, type BoardStatus, type ScanState } from './board';
export { feedbackLetters, letterBlocks, safeFileName, type Letter, type LetterBlock, type LetterBlockStyle, type LetterCase, type LetterItem, type LetterOptions } from './letters';
export {
  scoringSpec,
  evaluationCases,
  evaluationWorkbook,
  readScores,
  rankingTable,
  scoreDetailTable,
  sheetName,
  ID_HEADER,
  EXPERT_LABEL,
  GENERIC_EXPERT,
  type ScoringSpec,
  type ScoredCriterion,
  type EvaluationCase,
  type SheetGrid,
  type GridCell,
  type ScoreSheetInput,
  type Ranking,
  type RankingRow,
  type ExpertCaseScore,
} from './scoring';
export { PROBLEM_VERDICT_WORDS, CASE_VERDICT_WORDS, problemVerdictText, caseVerdictText, chineseDate, BOARD_LABELS } from './words';
