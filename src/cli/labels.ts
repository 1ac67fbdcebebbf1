/**
 * The CLI's own words (the diagnostics' messages come from the engine's catalogue).
 * zh-CN first; English is the second locale (`--locale en`).
 */
import type { LimitState, Severity } from '../core/report';
import { SEVERITY_WORDS } from '../core/severity';
import { asciiPunctuation } from '../core/messages';

export type Locale = 'zh-CN' | 'en';

export interface Labels {
  locale: Locale;
  category: string;
  categoryUnknown: string;
  categoryFrom: Record<string, string>;
  notFound: string;
  /** A cover field still empty or holding the template's prompt (required / optional). */
  notFilled: string;
  optionalNotFilled: string;
  /** A checkbox row with no box ticked. */
  tickOne: string;
  /** A body stretch that is none of the sections; one that may be a missing section; one without a heading. */
  otherSection: string;
  candidateFor(part: string): string;
  untitled: string;
  unit: Record<string, string>;
  around: string;
  max: string;
  /** The limit beside a length: `200 字左右` / `about 200 words`. */
  limit(value: number, unit: string, kind: 'max' | 'around'): string;
  /** An aside after a value: `（来自封面）` / ` (from the cover)`. */
  aside(text: string): string;
  /** The colon after a label: `问题：` / `Problems: `. */
  colon: string;
  /** A name from the profile (part, category) in this language's punctuation. */
  name(label: string): string;
  state: Record<LimitState, string>;
  pictures: string;
  pictureGroups(n: number, max: number, min?: number): string;
  noCaption: string;
  problems: string;
  noProblems: string;
  severity: Record<Severity, string>;
  summary(errors: number, warnings: number, infos: number): string;
  /** The author's dismissals (忽略此处): how many, how to list them, and the mark of each. */
  dismissed(n: number, listed: boolean): string;
  dismissedMark: string;
  /** The style hints switched off in the document (`names` already quoted). */
  hintsOff(names: string[]): string;
  total(files: number, withErrors: number, unreadable: number): string;
  readAs(encoding: string): string;
  /** The notice the file was checked against when it is not the run's: the one the author chose in Word. */
  profileFromDocument(name: string): string;
  /** The author chose another notice in Word, but this run checks against `used` (--profile, or one the CLI does not have). */
  profileNotUsed(saved: string, used: string, why: 'option' | 'unknown' | 'category'): string;
  counts: { key: 'words' | 'charsNoSpaces' | 'charsWithSpaces' | 'paragraphs' | 'eastAsianChars' | 'nonAsianWords'; label: string }[];
}

const ZH: Labels = {
  locale: 'zh-CN',
  category: '类别',
  categoryUnknown: '未确定',
  categoryFrom: {
    option: '来自命令行 --category',
    settings: '来自文档设置',
    cover: '来自封面',
    control: '来自内容控件',
    profile: '通知只有这一类',
  },
  notFound: '未找到',
  notFilled: '未填写',
  optionalNotFilled: '未填写（选填）',
  tickOne: '请勾选一项',
  otherSection: '未归入任何部分',
  candidateFor: (part) => `是否为“${part}”？`,
  untitled: '（无标题）',
  unit: { words: '字', charsNoSpaces: '字符', charsWithSpaces: '字符' },
  around: '左右',
  max: '以内',
  limit: (value, unit, kind) => `${value} ${unit}${kind === 'around' ? '左右' : ''}`,
  aside: (text) => `（${text}）`,
  colon: '：',
  name: (label) => label,
  state: {
    ok: '',
    near: '接近上限',
    over: '超出',
    short: '偏少',
    long: '偏多',
    'far-short': '过少',
    'far-long': '过多',
  },
  pictures: '图片',
  pictureGroups: (n, max, min = 0) => (min > 0 ? `${n} 组（${min === max ? `须 ${min}` : `${min}～${max}`} 组）` : `${n} 组（${max} 组以内）`),
  noCaption: '（无配图说明）',
  problems: '问题',
  noProblems: '未发现问题',
  severity: SEVERITY_WORDS['zh-CN'],
  summary: (e, w, i) => `${e} 个错误，${w} 个警告，${i} 条提示`,
  dismissed: (n, listed) => `已忽略 ${n} 项（作者在 Word 中对这些警告和提示选了“忽略此处”${listed ? '' : '；加 --show-dismissed 列出'}）`,
  dismissedMark: '已忽略',
  hintsOff: (names) => `已关闭的提示：${names.map((n) => `“${n}”`).join('、')}（作者在文档中关闭）`,
  total: (files, withErrors, unreadable) =>
    `共 ${files} 个文件：${withErrors} 个有错误` + (unreadable ? `，${unreadable} 个无法读取` : ''),
  readAs: (enc) => `按 ${enc.toUpperCase()} 编码读取`,
  profileFromDocument: (name) => `规则配置：${name}（来自文档设置）`,
  profileNotUsed: (saved, used, why) =>
    `作者在 Word 中选的规则配置是“${saved}”，本次按“${used}”检查` +
    (why === 'option' ? '（命令行 --profile 指定）' : why === 'unknown' ? '：它不是内置配置，可用 --profile 给出它的配置文件' : '：该配置没有 --category 给出的类别'),
  counts: [
    { key: 'words', label: '字数' },
    { key: 'charsNoSpaces', label: '字符数(不计空格)' },
    { key: 'charsWithSpaces', label: '字符数(计空格)' },
    { key: 'paragraphs', label: '段落数' },
    { key: 'eastAsianChars', label: '中文字符和朝鲜语单词' },
    { key: 'nonAsianWords', label: '非中文单词' },
  ],
};

const EN: Labels = {
  locale: 'en',
  category: 'Category',
  categoryUnknown: 'unknown',
  categoryFrom: {
    option: 'from --category',
    settings: 'from the document settings',
    cover: 'from the cover',
    control: 'from a content control',
    profile: 'the notice has only this one',
  },
  notFound: 'not found',
  notFilled: 'not filled in',
  optionalNotFilled: 'not filled in (optional)',
  tickOne: 'tick one',
  otherSection: 'in no section',
  candidateFor: (part) => `is it “${part}”?`,
  untitled: '(no heading) ',
  unit: { words: 'words', charsNoSpaces: 'chars', charsWithSpaces: 'chars' },
  around: 'about',
  max: 'max',
  limit: (value, unit, kind) => `${kind === 'around' ? 'about ' : ''}${value} ${unit}`,
  aside: (text) => ` (${text})`,
  colon: ': ',
  name: asciiPunctuation,
  state: {
    ok: '',
    near: 'near the limit',
    over: 'over',
    short: 'short',
    long: 'long',
    'far-short': 'far too short',
    'far-long': 'far too long',
  },
  pictures: 'Pictures',
  pictureGroups: (n, max, min = 0) => (min > 0 ? `${n} group(s) (${min === max ? `exactly ${min}` : `${min}–${max}`})` : `${n} group(s) (max ${max})`),
  noCaption: '(no caption)',
  problems: 'Problems',
  noProblems: 'no problems found',
  severity: SEVERITY_WORDS.en,
  summary: (e, w, i) => `${e} error(s), ${w} warning(s), ${i} info`,
  dismissed: (n, listed) => `${n} dismissed (the author chose “Dismiss here” in Word${listed ? '' : '; --show-dismissed lists them'})`,
  dismissedMark: 'dismissed',
  hintsOff: (names) => `Notes switched off: ${names.map((n) => `“${n}”`).join(', ')} (by the author, in the document)`,
  total: (files, withErrors, unreadable) =>
    `${files} file(s): ${withErrors} with errors` + (unreadable ? `, ${unreadable} unreadable` : ''),
  readAs: (enc) => `read as ${enc.toUpperCase()}`,
  profileFromDocument: (name) => `Notice: ${name} (from the document's settings)`,
  profileNotUsed: (saved, used, why) =>
    `The author chose the notice “${saved}” in Word; checked against “${used}”` +
    (why === 'option' ? ' (--profile)' : why === 'unknown' ? ' instead: it is not built in; give its file with --profile' : ' instead: it has no category given by --category'),
  counts: [
    { key: 'words', label: 'Words' },
    { key: 'charsNoSpaces', label: 'Characters (no spaces)' },
    { key: 'charsWithSpaces', label: 'Characters (with spaces)' },
    { key: 'paragraphs', label: 'Paragraphs' },
    { key: 'eastAsianChars', label: 'Asian characters' },
    { key: 'nonAsianWords', label: 'Non-Asian words' },
  ],
};

export function labels(locale: Locale): Labels {
  return locale === 'en' ? EN : ZH;
}
