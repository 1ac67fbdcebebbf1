/** The task pane's own words (the result components have theirs in src/ui/strings.ts). */
export type PaneLocale = 'zh-CN' | 'en';

const zhCN = {
  appTitle: '案例助手',
  categoryLabel: '案例类别',
  subtypeLabel: '党支部类型',
  categoryDetected: '（从文档中识别）',
  categoryNone: '尚未选择类别：请选择，选择会保存在文档中。',
  tabCheck: '检查',
  tabGuide: '指引',
  insertTemplate: '插入案例模板',
  recheck: '重新检查',
  checking: '正在检查……',
  guidanceTitle: '写作重点',
  guidanceNone: '请先选择案例类别，这里将显示通知对该类别的要求。',
  criteriaTitle: '自查：五项评选标准',
  criteriaHint: '逐项对照勾选，勾选结果保存在文档中。',
  checklistTitle: '报送清单',
  deadline: '报送截止时间：{date}',
  dialogTitleEmpty: '插入案例模板',
  dialogTitleAppend: '文档中已有内容',
  dialogBodyEmpty: '将在当前空白文档中插入所选类别的案例模板。',
  dialogBodyAppend: '为避免覆盖已有内容，模板只能插入到文末。是否插入到文末？',
  insertHere: '插入',
  insertAtEnd: '插入到文末',
  cancel: '取消',
  errorTitle: '操作未完成',
  dismiss: '关闭',
  inserted: '已插入案例模板。',
  unsupportedTitle: '无法在此版本的 Word 中运行',
};

export type PaneStrings = typeof zhCN;

const en: PaneStrings = {
  appTitle: 'Case Assistant',
  categoryLabel: 'Case category',
  subtypeLabel: 'Branch type',
  categoryDetected: ' (found in the document)',
  categoryNone: 'No category chosen yet: choose one; it is saved in the document.',
  tabCheck: 'Check',
  tabGuide: 'Guidance',
  insertTemplate: 'Insert case template',
  recheck: 'Check again',
  checking: 'Checking…',
  guidanceTitle: 'What to emphasise',
  guidanceNone: 'Choose a category to see what the notice asks of it.',
  criteriaTitle: 'Self-check: the five criteria',
  criteriaHint: 'Tick each one you meet; the ticks are saved in the document.',
  checklistTitle: 'Submission checklist',
  deadline: 'Deadline: {date}',
  dialogTitleEmpty: 'Insert case template',
  dialogBodyEmpty: 'The template for the chosen category goes into this empty document.',
  dialogTitleAppend: 'The document already has content',
  dialogBodyAppend: 'To keep what is there, the template can only go at the end. Insert it at the end?',
  insertHere: 'Insert',
  insertAtEnd: 'Insert at the end',
  cancel: 'Cancel',
  errorTitle: 'Not done',
  dismiss: 'Dismiss',
  inserted: 'The case template was inserted.',
  unsupportedTitle: 'This version of Word cannot run the add-in',
};

export function paneStrings(locale: PaneLocale = 'zh-CN'): PaneStrings {
  return locale === 'en' ? en : zhCN;
}

/** `2024-11-27` → `2024年11月27日`: the date only, never a weekday (the notice's weekday is wrong). */
export function formatDeadline(iso: string, locale: PaneLocale = 'zh-CN'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return locale === 'en' ? `${m[1]}-${m[2]}-${m[3]}` : `${y}年${mo}月${d}日`;
}
