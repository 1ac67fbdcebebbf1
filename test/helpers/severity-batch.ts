/**
 * One batch with a problem of every severity, in a file and across files, for the tests
 * that scan every front end's output for the severity words (issue 11, point 2): each
 * message below must be labelled with exactly this word wherever it is shown.
 */
import { checkBatch, type BatchReport, type PriorCase } from '../../src/core/batch';
import type { Diagnostic, Severity } from '../../src/core/report';
import { item, PROFILE } from '../core/batch/helpers';

/** The one vocabulary, written out (not imported from the code under test). */
export const WORD: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

const d = (ruleId: string, severity: Severity, message: string, target: Diagnostic['target']): Diagnostic => ({ ruleId, messageId: 'm', severity, message, data: {}, target });

/** Per-file diagnostics of the first case. */
export const FILE_DIAGS: Diagnostic[] = [
  d('body-length', 'error', '正文 2106 字，超过 2000 字以内的要求。', { part: 'body' }),
  d('part-order', 'warning', '正文三部分的顺序与要求不同。', { part: 'practice' }),
  d('period-years', 'info', '正文提到 2015 年，早于近五年。', { part: 'document' }),
];

const prior: PriorCase[] = [{ title: '网格化管理服务学生社区建设', source: '往年案例清单.csv:2' }];

export function severityBatch(): BatchReport {
  return checkBatch(
    [
      item('2024/冶金/一.docx', { unit: '冶金学院党委', title: '冶金铸魂工程', category: 'committee', diagnostics: FILE_DIAGS }),
      item('2024/冶金/二.docx', { unit: '冶金学院', title: '团队支部', category: 'branch.teacher' }),
      item('2024/冶金/三.docx', { unit: '冶金学院分党委', title: '网格化管理服务学生社区建设', category: 'branch.student' }),
      item('2024/信息/四.docx', { unit: '信息学院', title: '智慧党建', category: 'committee' }),
      item('2024/信息/五.docx', { unit: '信息科学与工程学院党委', title: '红色引擎', category: 'branch.student' }),
    ],
    PROFILE,
    { prior },
  );
}

/** Every message of the batch with the severity it must be shown with. */
export function expectedWords(batch: BatchReport): { message: string; severity: Severity; ruleId: string }[] {
  const all = [...FILE_DIAGS, ...batch.diagnostics];
  const seen = new Set(all.map((x) => x.severity));
  // The fixture is only useful while it has all three, in a file and across files, a resubmission among them.
  if (seen.size !== 3 || !batch.diagnostics.some((x) => x.ruleId === 'resubmission' && x.severity === 'warning') || !batch.diagnostics.some((x) => x.severity === 'info')) {
    throw new Error('severityBatch() lost a severity');
  }
  return all.map((x) => ({ message: x.message, severity: x.severity, ruleId: x.ruleId }));
}
