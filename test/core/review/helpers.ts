/** A small batch for the review round's tables: three spellings of one unit, a roster unit that sent nothing, picture and cover problems. */
import { checkBatch, rosterFromCsv, type BatchItem, type BatchReport } from '../../../src/core/batch';
import type { Diagnostic, Severity } from '../../../src/core/report';
import { item as batchItem, PROFILE } from '../batch/helpers';

export { PROFILE };

/**
 * A checked file as the engine reports it: every part of the profile present (as the engine's
 * report always has them), so that 位置 reads as in a real report.
 */
export function item(file: string, o: Parameters<typeof batchItem>[1] = {}): BatchItem {
  const it = batchItem(file, o);
  for (const spec of PROFILE.parts) {
    it.report!.parts[spec.id] ??= { id: spec.id, label: spec.label, found: true, counts: { words: 0, charsNoSpaces: 0, charsWithSpaces: 0 } };
  }
  return it;
}

export const d = (ruleId: string, severity: Severity, message: string, target: Diagnostic['target'], data: Diagnostic['data'] = {}, messageId = 'm'): Diagnostic => ({
  ruleId,
  messageId,
  severity,
  message,
  data,
  target,
});

export const CAPTION = d('caption-length', 'error', '第 2 组图片的说明有 23 字，超过 20 字。', { part: 'caption', group: 2, paragraph: 31 }, { actual: 23, max: 20 }, 'too-long');
export const PROMPT_A = d('placeholder-left', 'error', '“案例简介”中还留有模板提示文字“【甲】”，请替换为案例内容或删除。', { part: 'summary', paragraph: 9 }, { text: '【甲】' }, 'placeholder');
export const PROMPT_B = d('placeholder-left', 'error', '“案例简介”中还留有模板提示文字“【乙】”，请替换为案例内容或删除。', { part: 'summary', paragraph: 10 }, { text: '【乙】' }, 'placeholder');
export const YEARS = d('period-years', 'info', '正文提到 2015 年，早于 2019 年。主体工作应为近 5 年内组织开展，请确认。', { part: 'document', paragraph: 20 }, { years: '2015' }, 'early-year');
export const ORDER = d('part-order', 'warning', '正文各部分的顺序应为 实施背景、主要做法、经验启示，当前为 主要做法、实施背景、经验启示。', { part: 'practice' }, {}, 'order');

export const ROSTER = rosterFromCsv('单位名称,简称,别名\n冶金学院党委,冶金学院,冶金学院分党委\n信息科学与工程学院党委,信息学院,\n外国语学院党委,外国语学院,\n', '单位名单.csv', PROFILE).roster;

/** The first round: 冶金 sends three (quota), 信息 one, 外国语 nothing. */
export function round1(): BatchItem[] {
  return [
    item('2024/冶金学院/冶金铸魂工程（分党委）.docx', { unit: '冶金学院党委', title: '“冶金铸魂”工程推动学院高质量发展', category: 'committee', diagnostics: [CAPTION, PROMPT_A, PROMPT_B] }),
    item('2024/冶金学院/团队支部（教师党支部）.docx', { unit: '冶金学院', title: '“团队支部”推动党建与科研融合', category: 'branch.teacher', diagnostics: [ORDER] }),
    item('2024/冶金学院/学风共同体（学生党支部）.docx', { unit: '冶金学院分党委', title: '“学风共同体”助力学生成长成才', category: 'branch.student' }),
    item('2024/信息学院/智慧党建平台.docx', { unit: '信息科学与工程学院党委', title: '“智慧党建”平台赋能学院治理', category: 'committee', diagnostics: [YEARS] }),
  ];
}

export function batchOf(items: BatchItem[], roster = true): BatchReport {
  return checkBatch(items, PROFILE, roster ? { roster: ROSTER } : {});
}
