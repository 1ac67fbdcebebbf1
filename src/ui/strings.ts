/**
 * The words the result components show, in Simplified Chinese first and English second.
 * Message texts of diagnostics come from the engine's catalogue; these are the labels
 * around them. Kept small and flat so that the task pane and the web page share them.
 */
import type { LimitState, Severity } from '../core/report';
import { SEVERITY_WORDS } from '../core/severity';

export type UiLocale = 'zh-CN' | 'en';

export interface UiStrings {
  overviewTitle: string;
  coverTitle: string;
  found: string;
  missing: string;
  /** A recommended (not required) cover field that is absent. */
  optionalMissing: string;
  /** A cover field found but still empty or holding the template's prompt. */
  notFilled: string;
  /** ... the same for a recommended field. */
  optionalNotFilled: string;
  /** A checkbox row with no box ticked. */
  tickOne: string;
  /** A body stretch that is none of the sections. */
  otherSection: string;
  /** `{part}`: the missing section such a stretch probably is. */
  candidateFor: string;
  /** Label of a body stretch without a heading (its text follows). */
  untitled: string;
  bodyTitle: string;
  summaryTitle: string;
  picturesTitle: string;
  noPictures: string;
  /** `{n}`: 1-based group number; `{count}`: pictures in the group. */
  pictureGroup: string;
  captionMissing: string;
  diagnosticsTitle: string;
  noDiagnostics: string;
  /** Shown after an item that can be selected in the document. */
  selectHint: string;
  /** The visible mark on an item that selects its place when clicked. */
  locate: string;
  severity: Record<Severity, string>;
  state: Record<LimitState, string>;
  /** `{value}` and `{unit}`. */
  limitMax: string;
  limitAround: string;
  /** Unit names by metric. */
  unit: Record<string, string>;
  documentWide: string;
  /** `{n}`: picture group number. */
  captionOf: string;
  pictureOf: string;
  /** `{n}`: 1-based paragraph number. */
  paragraphN: string;
  /** `{errors}`, `{warnings}`, `{infos}`. */
  summaryLine: string;
  /** Between a label and its value or message (`案例简介：…`, `Summary: …`). */
  colon: string;
  /** Between the items of a list in running text. */
  listJoin: string;
  /** `{x}` set aside after what it qualifies: `（…）`, ` (…)`. */
  aside: string;
  totalWords: string;
  partNotFound: string;
  /** `{n}`: dismissed warnings and hints (忽略此处); after the summary line, and as a heading. */
  summaryDismissed: string;
  dismissedTitle: string;
  dismissedNote: string;
  show: string;
  hide: string;
  restore: string;
  restoreAll: string;
  /** `{names}`: the style hints switched off. */
  hintsOff: string;
  hintQuote: string;
  hintJoin: string;
  /** The breakdown of an over-long body: the toggle, its intro (`{over}`, `{actual}`, `{unit}`) and a row. */
  cutPlan: string;
  cutPlanIntro: string;
  cutRow: string;
}

const zhCN: UiStrings = {
  overviewTitle: '各部分字数',
  coverTitle: '封面信息',
  found: '已填写',
  missing: '未找到',
  optionalMissing: '未填写（选填）',
  notFilled: '未填写',
  optionalNotFilled: '未填写（选填）',
  tickOne: '请勾选一项',
  otherSection: '未归入任何部分',
  candidateFor: '是否为“{part}”？',
  untitled: '无标题',
  bodyTitle: '案例正文',
  summaryTitle: '案例简介',
  picturesTitle: '图片与配图说明',
  noPictures: '未发现图片',
  pictureGroup: '第 {n} 组（{count} 张）',
  captionMissing: '缺少配图说明',
  diagnosticsTitle: '检查结果',
  noDiagnostics: '未发现问题',
  selectHint: '在文档中定位',
  locate: '定位',
  severity: SEVERITY_WORDS['zh-CN'],
  state: {
    ok: '合适',
    near: '接近上限',
    over: '超出上限',
    short: '偏短',
    long: '偏长',
    'far-short': '明显过短',
    'far-long': '明显过长',
  },
  limitMax: '{value} {unit}以内',
  limitAround: '{value} {unit}左右',
  unit: { words: '字', charsNoSpaces: '字符', charsWithSpaces: '字符' },
  documentWide: '全文',
  captionOf: '第 {n} 组图片的配图说明',
  pictureOf: '第 {n} 组图片',
  paragraphN: '第 {n} 段',
  summaryLine: '错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项',
  colon: '：',
  listJoin: '、',
  aside: '（{x}）',
  totalWords: '全文字数',
  partNotFound: '未找到',
  summaryDismissed: '（已忽略 {n} 项）',
  dismissedTitle: '已忽略 {n} 项',
  dismissedNote: '作者在文档中忽略了以下警告和提示（忽略此处），它们不计入上面的问题数。问题有变化时会重新显示。',
  show: '显示',
  hide: '收起',
  restore: '恢复',
  restoreAll: '全部恢复',
  hintsOff: '本文档已关闭的提示：{names}',
  hintQuote: '“{name}”',
  hintJoin: '、',
  cutPlan: '如何删减',
  cutPlanIntro: '正文共 {actual} {unit}，需删去 {over} {unit}。按各部分篇幅分摊，从多到少：',
  cutRow: '{label}：删去约 {cut} {unit}（现 {length} {unit}）',
};

const en: UiStrings = {
  overviewTitle: 'Lengths of the parts',
  coverTitle: 'Cover fields',
  found: 'filled in',
  missing: 'not found',
  optionalMissing: 'not filled in (optional)',
  notFilled: 'not filled in',
  optionalNotFilled: 'not filled in (optional)',
  tickOne: 'tick one',
  otherSection: 'in no section',
  candidateFor: 'is it “{part}”?',
  untitled: 'no heading',
  bodyTitle: 'Case body',
  summaryTitle: 'Summary',
  picturesTitle: 'Pictures and captions',
  noPictures: 'No pictures found',
  pictureGroup: 'Group {n} ({count} {count|picture|pictures})',
  captionMissing: 'caption missing',
  diagnosticsTitle: 'Findings',
  noDiagnostics: 'No problems found',
  selectHint: 'show in the document',
  locate: 'Show',
  severity: SEVERITY_WORDS.en,
  state: {
    ok: 'on target',
    near: 'near the limit',
    over: 'over the limit',
    short: 'short',
    long: 'long',
    'far-short': 'far too short',
    'far-long': 'far too long',
  },
  limitMax: 'at most {value} {unit}',
  limitAround: 'about {value} {unit}',
  unit: { words: 'words', charsNoSpaces: 'characters', charsWithSpaces: 'characters' },
  documentWide: 'whole document',
  captionOf: 'caption of picture group {n}',
  pictureOf: 'picture group {n}',
  paragraphN: 'paragraph {n}',
  summaryLine: '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} {infos|note|notes}',
  colon: ': ',
  listJoin: ', ',
  aside: ' ({x})',
  totalWords: 'Words in the document',
  partNotFound: 'not found',
  summaryDismissed: ' ({n} dismissed)',
  dismissedTitle: '{n} dismissed',
  dismissedNote: 'The author dismissed these warnings and notes in the document; they are not counted above. They come back when the problem changes.',
  show: 'Show',
  hide: 'Hide',
  restore: 'Restore',
  restoreAll: 'Restore all',
  hintsOff: 'Notes switched off in this document: {names}',
  hintQuote: '“{name}”',
  hintJoin: ', ',
  cutPlan: 'How to cut',
  cutPlanIntro: 'The body has {actual} {unit} and must lose {over}. Shared out by length, largest first:',
  cutRow: '{label}: cut about {cut} {unit} (now {length} {unit})',
};

const STRINGS: Record<UiLocale, UiStrings> = { 'zh-CN': zhCN, en };

export function uiStrings(locale: UiLocale = 'zh-CN'): UiStrings {
  return STRINGS[locale] ?? zhCN;
}

/**
 * Fills `{name}` slots. `{name|one|other}` is English's plural: `one` when the value is 1,
 * else `other` (`{n} {n|warning|warnings}`: "1 warning", "2 warnings"); Chinese needs none.
 */
export function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g, (whole, key: string, one?: string, other?: string) => {
    if (!(key in data)) return whole;
    if (one === undefined || other === undefined) return String(data[key]);
    return Number(data[key]) === 1 ? one : other;
  });
}
