/**
 * Reading a notice (征集通知) as plain text: what it says about categories, parts, limits,
 * pictures, quota, time span, deadline, mailbox and criteria. Each value comes with the
 * notice's sentence; a value the notice does not state clearly is a guess with the default
 * used and the reason (every default is neu-2024's number, see DEFAULTS).
 *
 * The patterns follow how these notices are worded (the NEU 2024 notice, and the notices of
 * issue 14's table): "分党委案例 2000 字以内，党支部案例 1000 字左右", "正文 2500 字左右",
 * "案例正文分为基本情况、主要做法、工作成效、工作启示四个部分", "可选配 5 张以内的图片", "3—6 张照片",
 * "每张照片配 20 字左右的文字说明", "近五年内", "持续开展一年以上", "限报2项", "11月27日(星期五)前".
 * Every quantifier is bounded and the text is capped, so a hostile paste ends in bounded time.
 */
import { NUMBER, parseNumber } from './numbers';
import { limitText } from './review';
import { clauseAt, normalizeNotice, splitSentences, type Sentence } from './text';
import type { DraftCategory, DraftCriterion, DraftLimit, DraftSection, Found, NoticeFacts } from './types';

/** A notice is a few thousand characters; anything past this is not read. */
export const MAX_NOTICE_CHARS = 200_000;

/** The defaults used where a notice is silent: neu-2024's numbers (src/profiles/neu-2024.json). */
export const DEFAULTS = {
  summaryLimit: { kind: 'around', value: 200 } as DraftLimit,
  pictureMax: 5,
  captionMax: 20,
  withinYears: 5,
  minYearsRunning: 2,
  quota: 2,
} as const;

const N = NUMBER;

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseNumber(text);
}

/** Organisations that submit or are asked for cases, as notices name them. */
const ORG = /(?:院系|二级|基层|分)?党委(?!组织部|宣传部|办公室|教师工作部|学生工作部)(?:[（(][^）)]{1,12}[）)])?|(?:直属)?党总支(?:[（(][^）)]{1,12}[）)])?|(?:直属|所属|基层|各)?党支部|二级党组织/gu;

/** committee for 党委 / 党总支 / 二级党组织, branch for 党支部. */
export function classifyOrg(term: string): 'committee' | 'branch' {
  return /党支部/.test(term.replace(/[（(][^）)]*[）)]/g, '')) ? 'branch' : 'committee';
}

const SUMMARY_TERM = /(?:案例|内容|项目)?(?:简介|摘要|概述|提要)|特色总结/gu;
const BODY_TERM = /正文|全文|报告|文稿/gu;
const CAPTION_WORDS = /说明|注明|图注|标注|配图/u;

type Subject = ({ kind: 'summary'; label: string } | { kind: 'body' } | { kind: 'category'; term: string } | { kind: 'caption' } | { kind: 'unknown' }) & {
  /** Where the words naming the part begin, when they come before the number. */
  from?: number;
};

interface FoundLimit {
  limit: DraftLimit;
  subject: Subject;
  source: string;
  /** Set when the kind was not written (neither 以内 nor 左右). */
  kindGuessed: boolean;
}

function lastMatch(re: RegExp, text: string): { index: number; end: number; text: string } | undefined {
  let best: { index: number; end: number; text: string } | undefined;
  for (const m of text.matchAll(re)) best = { index: m.index, end: m.index + m[0].length, text: m[0] };
  return best;
}

/** What a limit in `sentence` at [start, end) is about: the words after it first, then the nearest before it. */
function subjectOf(sentence: string, start: number, end: number): Subject {
  const after = sentence.slice(end).split(/[，。；,;]/u)[0];
  const clauseBefore = sentence.slice(0, start).split(/[，。；,;]/u).pop() ?? '';
  // "……用 20 个以内的文字注明", "每张照片配 20 字左右的文字说明", "图片说明不超过30字".
  if (CAPTION_WORDS.test(after) || (CAPTION_WORDS.test(clauseBefore) && /图|照片/u.test(clauseBefore))) return { kind: 'caption' };
  const followed = /^的?((?:案例|内容|项目)?(?:简介|摘要|概述|提要)|特色总结)/u.exec(after);
  if (followed) return { kind: 'summary', label: followed[1] };
  const before = sentence.slice(0, start);
  const candidates: [number, Subject][] = [];
  const s = lastMatch(SUMMARY_TERM, before);
  if (s) candidates.push([s.end, { kind: 'summary', label: s.text, from: s.index }]);
  const b = lastMatch(BODY_TERM, before);
  if (b) candidates.push([b.end, { kind: 'body', from: b.index }]);
  const o = lastMatch(ORG, before);
  if (o) candidates.push([o.end, { kind: 'category', term: o.text, from: o.index }]);
  candidates.sort((x, y) => y[0] - x[0]);
  return candidates[0]?.[1] ?? { kind: 'unknown' };
}

const MAX_WORDS = /^(?:不超过|不多于|不得超过|不超出|控制在|限)$/u;
const LIMIT_PATTERNS: RegExp[] = [
  // 2000 字以内, 不超过5000字, 二十字以内, 1000 字左右, 20个字以内
  new RegExp(`(不超过|不多于|不得超过|不超出|控制在|限)?\\s{0,2}(${N})\\s{0,2}个?\\s{0,2}汉?字(?!数)\\s{0,2}(以内|之内|以下|内|左右|上下)?`, 'gu'),
  // 20 个以内的文字
  new RegExp(`()(${N})\\s{0,2}个\\s{0,2}(以内|之内|以下|左右)\\s{0,2}的?\\s{0,2}[文汉]?字`, 'gu'),
];

const MAX_LIMITS = 200;

/**
 * The words of one limit, as neu-2024 quotes them: from the part's name to the limit
 * ("党支部案例 1000 字左右"), with the bracket the limit sits in ("案例简介（200 字左右，……）");
 * the clause when the name follows the number or the span would cross a sentence.
 */
function limitSource(sentence: string, from: number | undefined, numberAt: number, end: number): string {
  if (from === undefined) return clauseAt(sentence, numberAt);
  let depth = 0;
  for (let i = from; i < numberAt; i++) {
    if (sentence[i] === '（' || sentence[i] === '(') depth++;
    else if ((sentence[i] === '）' || sentence[i] === ')') && depth > 0) depth--;
  }
  let to = end;
  for (let i = end; depth > 0 && i < sentence.length; i++) {
    if (sentence[i] === '（' || sentence[i] === '(') depth++;
    else if (sentence[i] === '）' || sentence[i] === ')') {
      depth--;
      if (depth === 0) to = i + 1;
    }
  }
  const span = sentence.slice(from, to).trim();
  return depth > 0 || /[。；;]/u.test(span) ? clauseAt(sentence, numberAt) : span;
}

function findLimits(sentences: readonly Sentence[]): FoundLimit[] {
  const out: FoundLimit[] = [];
  for (const { text } of sentences) {
    // A notice states a dozen limits; past a few hundred the text is not a notice.
    if (out.length >= MAX_LIMITS) break;
    const seen = new Set<number>();
    for (const re of LIMIT_PATTERNS) {
      for (const m of text.matchAll(re)) {
        const value = num(m[2]);
        if (value === undefined || value === 0 || seen.has(m.index)) continue;
        const prefix = m[1] ?? '';
        const suffix = m[3] ?? '';
        const around = /左右|上下/.test(suffix);
        const kind: DraftLimit['kind'] = around ? 'around' : 'max';
        const numberAt = m.index + m[0].indexOf(m[2]);
        const subject = subjectOf(text, numberAt, m.index + m[0].length);
        // "正文3000字" without 以内/左右 is read only where it names a part (and marked); "二十四字" alone is not a limit.
        if (!prefix && !suffix && subject.kind === 'unknown') continue;
        seen.add(m.index);
        out.push({
          limit: { kind, value },
          subject,
          source: limitSource(text, subject.from, numberAt, m.index + m[0].length),
          kindGuessed: !around && !/以内|之内|以下|内/.test(suffix) && !MAX_WORDS.test(prefix),
        });
      }
    }
  }
  return out;
}

function firstSentence(sentences: readonly Sentence[], re: RegExp): { sentence: Sentence; match: RegExpExecArray } | undefined {
  for (const sentence of sentences) {
    re.lastIndex = 0;
    const match = re.exec(sentence.text);
    if (match) return { sentence, match };
  }
  return undefined;
}

function stripBrackets(s: string): string {
  return s.replace(/[（(][^）)]*[）)]/gu, '').trim();
}

// ---- header: issuer, number, title, name, year ------------------------------------------

function header(paragraphs: readonly string[]) {
  const numberRe = /[\u4e00-\u9fff]{1,10}[〔［[（(]\s{0,2}\d{4}\s{0,2}[〕］\]）)]\s{0,2}\d{1,4}\s{0,2}号/u;
  const numberPara = paragraphs.find((p) => numberRe.test(p));
  const number: Found<string> = numberPara
    ? { value: numberRe.exec(numberPara)![0].replace(/\s+/gu, ''), source: numberPara }
    : { value: '', guess: '通知中没有找到发文字号（如“东大组字〔2024〕92号”），请填写。' };

  // The title: 关于……通知 on one line, or broken over up to three short lines (a letterhead's layout).
  let titlePara = paragraphs.find((p) => /^关于.{2,120}通知$/u.test(p));
  if (!titlePara) {
    const start = paragraphs.findIndex((p) => /^关于/u.test(p) && p.length <= 60);
    const end = start >= 0 ? paragraphs.slice(start, start + 3).findIndex((p) => /通知$/u.test(p)) : -1;
    titlePara = end >= 0 ? paragraphs.slice(start, start + end + 1).join('') : paragraphs.find((p) => p.length <= 120 && /通知$/u.test(p));
  }
  const title: Found<string> = titlePara ? { value: titlePara, source: titlePara } : { value: '', guess: '没有找到“关于……的通知”这样的标题，请填写通知标题。' };
  const nameValue = (titlePara ?? '')
    .replace(/^关于(?:开展|做好|组织|举办|启动|组织开展)?/u, '')
    .replace(/的?通知$/u, '')
    .replace(/(?:征集评选|申报评选|征集评审|结题验收|征集|评选|申报|推荐|评审|验收)?(?:活动|工作)?$/u, '')
    .trim();
  const name: Found<string> = nameValue
    ? { value: nameValue, source: titlePara }
    : { value: '新通知（请填写名称）', guess: '没有找到通知标题，名称请自行填写。' };

  const signRe = /^(?:中共|中国共产党)?[\u4e00-\u9fff]{2,30}(?:组织部|宣传部|委员会|党委|工委|工作部)$/u;
  const issuerPara = [...paragraphs].reverse().find((p) => signRe.test(p));
  const filePara = paragraphs.find((p) => /^[\u4e00-\u9fff]{4,40}文件$/u.test(p));
  const issuer: Found<string> = issuerPara
    ? { value: issuerPara, source: issuerPara }
    : filePara
      ? { value: filePara.replace(/文件$/u, ''), source: filePara }
      : { value: '党委组织部', guess: '没有找到落款（发文单位），默认“党委组织部”，请改为全称。' };

  const dateRe = /^(\d{4})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日$/u;
  const datePara = [...paragraphs].reverse().find((p) => dateRe.test(p));
  const signed = datePara ? dateRe.exec(datePara)!.slice(1, 4).map(Number) : undefined;
  let year: Found<number>;
  if (signed) year = { value: signed[0], source: datePara };
  else {
    const years = [...(titlePara ?? '').matchAll(/(\d{4})\s{0,2}年/gu)].map((m) => Number(m[1]));
    year = years.length
      ? { value: years[years.length - 1], source: titlePara, guess: '没有找到发文日期：年度取自标题。' }
      : { value: new Date().getFullYear(), guess: '没有找到发文日期，标题中也没有年份：暂取今年，请核对。' };
  }
  return { number, title, name, issuer, year, signed };
}

// ---- deadline and mailbox -----------------------------------------------------------------

const WEEKDAYS = '日一二三四五六';

function deadline(sentences: readonly Sentence[], signed: number[] | undefined, year: number): Found<string> {
  const re = new RegExp(`(?:(\\d{4})\\s{0,2}年\\s{0,2})?(\\d{1,2})\\s{0,2}月\\s{0,2}(\\d{1,2})\\s{0,2}日\\s{0,2}(?:[（(]\\s{0,2}(?:星期|周)([一二三四五六日天])\\s{0,2}[）)])?\\s{0,2}(?:前|之前|以前|截止|止)`, 'u');
  const hits = sentences.map((s) => ({ s, m: re.exec(s.text) })).filter((h) => h.m !== null) as { s: Sentence; m: RegExpExecArray }[];
  const hit = hits.find((h) => /发送|报送|提交|报至|寄送|邮箱|截止/u.test(h.s.text)) ?? hits[0];
  if (!hit) return { value: `${year}-12-31`, guess: `没有找到报送截止日期（“某月某日前”）：暂取 ${year} 年 12 月 31 日，请填写。` };
  const m = hit.m;
  const notes: string[] = [];
  let y: number;
  if (m[1]) y = Number(m[1]);
  else {
    y = signed ? signed[0] : year;
    // A deadline before the notice's own date is next year's.
    if (signed && (Number(m[2]) < signed[1] || (Number(m[2]) === signed[1] && Number(m[3]) < signed[2]))) y += 1;
    if (!signed) notes.push(`通知没有写年份，也没有发文日期：年份按 ${y} 年`);
  }
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = new Date(Date.UTC(y, month - 1, day));
  const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) notes.push(`${month} 月 ${day} 日不是有效日期`);
  if (m[4]) {
    const wrote = m[4] === '天' ? '日' : m[4];
    const actual = WEEKDAYS[date.getUTCDay()];
    if (wrote !== actual) notes.push(`通知写“星期${wrote}”，但 ${iso} 是星期${actual}：日期与星期不一致，草稿按日期（${iso}）`);
  }
  return { value: iso, source: clauseAt(hit.s.text, m.index), ...(notes.length ? { guess: `${notes.join('；')}。` } : {}) };
}

function email(text: string, sentences: readonly Sentence[]): Found<string> {
  const all = [...new Set([...text.matchAll(/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/gu)].map((m) => m[0].replace(/\.$/, '')))];
  if (all.length === 0) return { value: '', guess: '通知中没有找到电子邮箱，请填写报送方式。' };
  const sentence = sentences.find((s) => s.text.includes(all[0]));
  return {
    value: all[0],
    source: sentence ? clauseAt(sentence.text, sentence.text.indexOf(all[0])) : undefined,
    ...(all.length > 1 ? { guess: `通知中有 ${all.length} 个邮箱（${all.join('、')}）：草稿取第一个。` } : {}),
  };
}

// ---- categories ---------------------------------------------------------------------------

const SUBTYPE_IDS: [RegExp, string][] = [
  [/教师/u, 'teacher'],
  [/学生|研究生|本科生/u, 'student'],
  [/机关|后勤|离退休|直属|科产|管理|服务/u, 'staff'],
];

function letters(i: number): string {
  return String.fromCharCode(97 + (i % 26)).repeat(Math.floor(i / 26) + 1);
}

function categories(paragraphs: readonly string[], sentences: readonly Sentence[], quotaSubject: string | undefined): Found<DraftCategory[]> {
  const explicit = firstSentence(sentences, /(?:包括|分为|设|面向)([^。；]{2,60}?)(?:两|二|三|四|五|[2-5])\s{0,2}个?\s{0,2}(?:类别|类)/u);
  let found: Found<DraftCategory[]>;
  const make = (labels: string[]): DraftCategory[] => {
    const used = new Set<string>();
    return labels.map((label, i) => {
      let id: string = classifyOrg(label);
      if (used.has(id)) id = `group${letters(i)}`;
      used.add(id);
      return { id, label };
    });
  };
  if (explicit) {
    const labels = explicit.match[1].split(/[、，,]/u).map((s) => s.trim()).filter(Boolean);
    found = { value: make(labels), source: clauseAt(explicit.sentence.text, explicit.match.index) };
  } else {
    // No "包括……两个类别": the organisations named where the notice says who may apply.
    const scopeHeading = paragraphs.findIndex((p) => p.length < 20 && /范围/u.test(p));
    const scope = scopeHeading >= 0 ? paragraphs[scopeHeading + 1] : undefined;
    const fromText = (text: string | undefined) => {
      const terms: string[] = [];
      const kinds = new Set<string>();
      for (const m of (text ?? '').matchAll(ORG)) {
        const term = m[0].replace(/^(?:所属|各)/u, '');
        const kind = classifyOrg(term);
        if (!kinds.has(kind)) {
          kinds.add(kind);
          terms.push(term);
        }
      }
      return terms;
    };
    let labels = fromText(scope);
    let where = scope;
    if (labels.length === 0) {
      labels = fromText(quotaSubject);
      where = quotaSubject;
    }
    found =
      labels.length > 0
        ? { value: make(labels), source: where, guess: `通知没有明确列出案例类别：草稿按申报范围中出现的组织（${labels.join('、')}）分类，请核对。` }
        : {
            value: [
              { id: 'committee', label: '分党委（直属党总支）' },
              { id: 'branch', label: '党支部' },
            ],
            guess: '通知没有提到案例类别：草稿沿用 neu-2024 的两个类别（分党委（直属党总支）、党支部），请核对。',
          };
  }
  // Guidance: the paragraph that opens with a category's name and 应/要; subtypes: "X党支部要……；".
  for (const cat of found.value) {
    const bare = stripBrackets(cat.label);
    const para = paragraphs.find((p) => p.startsWith(cat.label) || (bare.length >= 2 && new RegExp(`^${escapeRe(bare)}[（(]?[^，。]{0,12}?[应要]`, 'u').test(p)));
    if (!para) continue;
    if (cat.id !== 'branch') {
      cat.guidance = para;
      continue;
    }
    const subs = [...para.matchAll(/(?:^|[，；。])([^，；。]{1,30}?党支部)要/gu)].filter((m) => m[1] !== bare);
    if (subs.length === 0) {
      cat.guidance = para;
      continue;
    }
    const firstAt = subs[0].index + (subs[0][0].length - subs[0][1].length - 1);
    cat.guidance = para.slice(0, firstAt).trim() || para;
    const used = new Set<string>();
    subs.forEach((m, i) => {
      const label = m[1];
      let sub = SUBTYPE_IDS.find(([re]) => re.test(label))?.[1] ?? letters(i);
      if (used.has(sub)) sub = `${sub}${letters(i)}`;
      used.add(sub);
      const start = m.index + (m[0].length - m[1].length - 1);
      const end = i + 1 < subs.length ? subs[i + 1].index + 1 : para.length;
      found.value.push({ id: `branch.${sub}`, parent: 'branch', label, guidance: para.slice(start, end).trim() });
    });
  }
  return found;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---- parts --------------------------------------------------------------------------------

/** The NEU profile's aliases of its three sections, to recognise 基本情况 or 经验与启示 as theirs. */
export interface SectionAliases {
  background: readonly string[];
  practice: readonly string[];
  lessons: readonly string[];
}

function sectionId(label: string, index: number, used: Set<string>, aliases: SectionAliases | undefined): string {
  const byWord = /背景/u.test(label) ? 'background' : /做法/u.test(label) ? 'practice' : /启示/u.test(label) ? 'lessons' : undefined;
  const byAlias = aliases ? (['background', 'practice', 'lessons'] as const).find((id) => aliases[id].includes(label)) : undefined;
  const id = byWord ?? byAlias;
  if (id && !used.has(id)) {
    used.add(id);
    return id;
  }
  return `section-${index + 1}`;
}

function sections(sentences: readonly Sentence[], aliases: SectionAliases | undefined): Found<DraftSection[]> {
  const re = new RegExp(`(包括|分为|按照|按|由)([^。；]{4,160}?)(?:等|(${N})\\s{0,2}个?)?\\s{0,2}(?:大)?部分`, 'gu');
  for (const { text } of sentences) {
    for (const m of text.matchAll(re)) {
      const inner = m[2];
      const quoted = [...inner.matchAll(/[“"「]([^”"」]{2,30})[”"」]/gu)].map((q) => q[1].trim());
      const labels = (quoted.length >= 2 ? quoted : stripBrackets(inner).split(/[、，,]/u))
        .map((s) => stripBrackets(s).replace(/^[“"「]|[”"」]$/gu, '').trim())
        .filter((s) => s.length >= 2 && s.length <= 30);
      if (labels.length < 2 || labels.some((l) => /[《》]/u.test(l))) continue;
      const used = new Set<string>();
      const value = labels.map((label, i) => ({ id: sectionId(label, i, used, aliases), label }));
      const stated = num(m[3]);
      const source = clauseAt(text, m.index);
      if (stated !== undefined && stated !== labels.length) {
        return { value, source, guess: `通知说“${m[3]}个部分”，但列出了 ${labels.length} 个名称：请核对各部分。` };
      }
      return { value, source };
    }
  }
  return {
    value: [
      { id: 'background', label: '实施背景' },
      { id: 'practice', label: '主要做法' },
      { id: 'lessons', label: '经验启示' },
    ],
    guess: '通知中没有找到正文各部分的名称（如“正文包括……三个部分”）：草稿沿用 neu-2024 的实施背景、主要做法、经验启示，请核对。',
  };
}

// ---- pictures -----------------------------------------------------------------------------

function pictures(sentences: readonly Sentence[], sectionList: readonly DraftSection[], limits: readonly FoundLimit[]): NoticeFacts['pictures'] {
  const re = new RegExp(
    `(不超过|不多于|最多|至多|不少于|至少|不低于)?\\s{0,2}(${N})(?:\\s{0,2}[—–\\-~～至到]{1,2}\\s{0,2}(${N}))?\\s{0,2}张\\s{0,2}(以内|以下|之内|左右|以上)?`,
    'gu',
  );
  let hit: { text: string; m: RegExpMatchArray } | undefined;
  for (const { text } of sentences) {
    for (const m of text.matchAll(re)) {
      const around = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 16);
      if (/图片|照片|图/u.test(around) && num(m[2]) !== undefined) {
        hit = { text, m };
        break;
      }
    }
    if (hit) break;
  }
  const practiceLike = sectionList.find((s) => s.id === 'practice') ?? sectionList.find((s) => /做法|方法|过程|举措/u.test(s.label)) ?? sectionList[0];
  const captionLimit = limits.find((l) => l.subject.kind === 'caption');
  let caption: Found<DraftLimit>;
  if (captionLimit) caption = { value: captionLimit.limit, source: captionLimit.source };
  else {
    const asks = sentences.find((s) => /图片|照片/u.test(s.text) && CAPTION_WORDS.test(s.text));
    caption = {
      value: { kind: 'max', value: DEFAULTS.captionMax },
      source: asks ? clauseAt(asks.text, asks.text.search(CAPTION_WORDS)) : undefined,
      guess: asks
        ? `通知要求图片说明，但没有规定字数：草稿取 ${DEFAULTS.captionMax} 字以内（neu-2024 的数字），请核对。`
        : `通知没有提到图片说明：草稿取 ${DEFAULTS.captionMax} 字以内（neu-2024 的数字），请核对。`,
    };
  }
  if (!hit) {
    const guess = `通知没有规定图片数量：草稿取最多 ${DEFAULTS.pictureMax} 张（neu-2024 的数字），请核对。`;
    return {
      min: { value: 0, guess },
      max: { value: DEFAULTS.pictureMax, guess },
      section: { value: practiceLike?.label ?? '', guess: '通知没有规定图片放在哪一部分：草稿取“做法”一类的部分，请核对。' },
      caption,
    };
  }
  const { text, m } = hit;
  const source = clauseAt(text, (m.index ?? 0) + (m[1]?.length ?? 0));
  const a = num(m[2])!;
  const b = num(m[3]);
  const word = `${m[1] ?? ''}${m[4] ?? ''}`;
  let min: Found<number>;
  let max: Found<number>;
  if (b !== undefined) {
    min = { value: Math.min(a, b), source };
    max = { value: Math.max(a, b), source };
  } else if (/以内|以下|之内|不超过|不多于|最多|至多/u.test(word)) {
    min = { value: 0, source };
    max = { value: a, source };
  } else if (/以上|不少于|至少|不低于/u.test(word)) {
    min = { value: a, source };
    max = { value: Math.max(a, DEFAULTS.pictureMax), source, guess: `通知只规定至少 ${a} 张，没有上限：草稿取 ${Math.max(a, DEFAULTS.pictureMax)} 张，请核对。` };
  } else if (/左右/u.test(word)) {
    const guess = `通知写“${a} 张左右”：草稿按 ${Math.max(0, a - 1)}～${a + 1} 张，请核对。`;
    min = { value: Math.max(0, a - 1), source, guess };
    max = { value: a + 1, source, guess };
  } else {
    const guess = `通知写“${a} 张”，没有说是恰好、至少还是至多：草稿按恰好 ${a} 张（至少 ${a} 张、至多 ${a} 张），请核对。`;
    min = { value: a, source, guess };
    max = { value: a, source, guess };
  }
  const named = /[“"]([^”"]{2,20})[”"]\s{0,2}部分/u.exec(text.slice(0, m.index));
  const section: Found<string> = named
    ? { value: named[1], source }
    : { value: practiceLike?.label ?? '', guess: `通知没有规定图片放在哪一部分：草稿取“${practiceLike?.label ?? ''}”，请核对。` };
  return { min, max, section, caption };
}

// ---- period, quota, criteria --------------------------------------------------------------

function period(sentences: readonly Sentence[]): NoticeFacts['period'] {
  const within = firstSentence(sentences, new RegExp(`近\\s{0,2}(${N})\\s{0,2}个?\\s{0,2}学?年(?!度)`, 'u'));
  // "实施满两年", "持续开展一年以上"; never "开展 2024 年度" (a year, not a span).
  const runningRe = new RegExp(`(?:满|持续开展|持续实施|持续|连续开展|连续|已开展|开展|实施|运行)\\s{0,2}(${N})\\s{0,2}个?\\s{0,2}学?年(?!度)(?:以上|及以上)?`, 'gu');
  let running: { sentence: Sentence; match: RegExpMatchArray } | undefined;
  for (const sentence of sentences) {
    running = [...sentence.text.matchAll(runningRe)].map((match) => ({ sentence, match })).find((r) => (num(r.match[1]) ?? 999) <= 50);
    if (running) break;
  }
  const withinValue = within ? num(within.match[1]) : undefined;
  const runningValue = running ? num(running.match[1]) : undefined;
  return {
    withinYears:
      within && withinValue !== undefined
        ? { value: withinValue, source: clauseAt(within.sentence.text, within.match.index) }
        : { value: DEFAULTS.withinYears, guess: `通知没有规定时间范围（“近 N 年”）：草稿取近 ${DEFAULTS.withinYears} 年（neu-2024 的数字），请核对。` },
    minYearsRunning:
      running && runningValue !== undefined
        ? { value: runningValue, source: clauseAt(running.sentence.text, running.match.index ?? 0) }
        : { value: DEFAULTS.minYearsRunning, guess: `通知没有规定持续时间（“实施满 N 年”）：草稿取满 ${DEFAULTS.minYearsRunning} 年（neu-2024 的数字），请核对。` },
  };
}

function quota(sentences: readonly Sentence[]): { quota: Found<number>; distinct: Found<boolean>; subject?: string } {
  const re = new RegExp(
    `(?:每个|每一个|每)([^，。；：]{1,30}?)(?:限报|限|最多推荐|最多申报|最多|至多|推荐|申报|报送|提交|报)([^，。；：0-9０-９一二两三四五六七八九十]{0,6}?)(${N})\\s{0,2}(?:项|个|篇|份|件)`,
    'u',
  );
  const hit = firstSentence(sentences, re);
  if (!hit) {
    const guess = `通知没有限定每个单位的申报数量：草稿取 ${DEFAULTS.quota} 项（neu-2024 的数字），请核对。`;
    return { quota: { value: DEFAULTS.quota, guess }, distinct: { value: false, guess: '通知没有要求同一单位的案例来自不同层级：草稿取“不要求”。' } };
  }
  const value = num(hit.match[3]) ?? DEFAULTS.quota;
  const source = clauseAt(hit.sentence.text, hit.match.index);
  const distinct = /不同层级|不同层次|不同级别|不同类别/u.test(hit.sentence.text);
  return {
    quota: { value, source },
    distinct: distinct ? { value: true, source } : { value: false, guess: '通知没有要求同一单位的案例来自不同层级：草稿取“不要求”。' },
    subject: hit.match[1],
  };
}

const CRITERION_IDS: Record<string, string> = {
  真实性: 'authenticity',
  完整性: 'completeness',
  创新性: 'innovation',
  融合性: 'integration',
  典型性: 'typicality',
  实效性: 'effectiveness',
  示范性: 'exemplarity',
  推广性: 'replicability',
  可推广性: 'replicability',
  特色性: 'distinctiveness',
  思想性: 'ideology',
  针对性: 'relevance',
  科学性: 'rigor',
  规范性: 'conformity',
  时代性: 'timeliness',
  引领性: 'leadership',
  代表性: 'representativeness',
};

/**
 * The last sentence of a paragraph with its closing mark (甲。乙。 → 乙。, 甲。乙 → 乙). Written
 * without a lookbehind, which the pages' ES2017 floor does not have (test/build/syntax.test.ts).
 */
export function lastSentence(p: string): string {
  let start = 0;
  for (let i = 0; i < p.length - 1; i++) if ('。！？'.includes(p[i])) start = i + 1;
  return p.slice(start);
}

function criteria(paragraphs: readonly string[]): Found<DraftCriterion[]> {
  const re = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])?\s{0,2}([\u4e00-\u9fff]{1,6}性)[。：:．.]\s{0,2}(.{4,})$/u;
  const out: DraftCriterion[] = [];
  const used = new Set<string>();
  let lead: string | undefined;
  paragraphs.forEach((p, i) => {
    const m = re.exec(p);
    if (!m) return;
    if (out.length === 0 && i > 0) lead = lastSentence(paragraphs[i - 1]).trim();
    let id = CRITERION_IDS[m[1]] ?? `criterion-${out.length + 1}`;
    if (used.has(id)) id = `${id}-${out.length + 1}`;
    used.add(id);
    out.push({ id, label: m[1], text: m[2].trim(), source: p });
  });
  return out.length > 0
    ? { value: out, ...(lead ? { source: lead } : {}) }
    : { value: [], guess: '通知中没有找到评选标准（如“真实性。……”）：请按通知补上，或留空。' };
}

// ---- the whole notice ---------------------------------------------------------------------

export interface ExtractOptions {
  /** The NEU profile's section aliases, so that 基本情况 is read as the background section. */
  sectionAliases?: SectionAliases;
}

export function extractNotice(raw: string, options: ExtractOptions = {}): NoticeFacts {
  const text = normalizeNotice(raw.length > MAX_NOTICE_CHARS ? raw.slice(0, MAX_NOTICE_CHARS) : raw);
  const paragraphs = text.split('\n');
  const sentences = splitSentences(text);
  const head = header(paragraphs);
  const limits = findLimits(sentences);
  const q = quota(sentences);
  const cats = categories(paragraphs, sentences, q.subject);

  // Body limits: per category when the notice names one ("分党委案例 2000 字以内"), else one for every body.
  let bodyLimit: Found<DraftLimit> | undefined;
  for (const l of limits) {
    const guess = l.kindGuessed ? `通知写“${l.limit.value} 字”，没有说“以内”还是“左右”：草稿按“以内”，请核对。` : undefined;
    if (l.subject.kind === 'category') {
      const kind = classifyOrg(l.subject.term);
      const cat = cats.value.find((c) => c.id === kind);
      if (cat && !cat.bodyLimit) cat.bodyLimit = { value: l.limit, source: l.source, guess };
    } else if (l.subject.kind === 'body' && !bodyLimit) bodyLimit = { value: l.limit, source: l.source, guess };
  }
  if (!bodyLimit && !cats.value.some((c) => c.bodyLimit)) {
    const unknown = limits.find((l) => l.subject.kind === 'unknown');
    bodyLimit = unknown
      ? { value: unknown.limit, source: unknown.source, guess: `没有看清“${limitText(unknown.limit)}”指哪一部分：草稿当作正文字数，请核对。` }
      : undefined;
  }

  const summaryLimit = limits.find((l) => l.subject.kind === 'summary');
  let summary: NoticeFacts['summary'];
  if (summaryLimit && summaryLimit.subject.kind === 'summary') {
    summary = { value: { label: summaryLimit.subject.label, limit: summaryLimit.limit }, source: summaryLimit.source };
  } else {
    const named = firstSentence(sentences, /(?:案例|内容|项目)?(?:简介|摘要|概述|提要)|特色总结/u);
    summary = named
      ? {
          value: { label: named.match[0] },
          source: clauseAt(named.sentence.text, named.match.index),
          guess: `通知提到“${named.match[0]}”，但没有规定字数：草稿不设字数要求，请核对。`,
        }
      : { value: null, guess: '通知没有要求案例简介（摘要）：草稿不设简介部分，请核对。' };
  }

  const sectionList = sections(sentences, options.sectionAliases);
  const resubmission = sentences.find((s) => /不再受理|不再申报|不得重复申报|不再参评|不再接受|不再参加/u.test(s.text));
  return {
    issuer: head.issuer,
    number: head.number,
    title: head.title,
    name: head.name,
    year: head.year,
    deadline: deadline(sentences, head.signed, head.year.value),
    email: email(text, sentences),
    categories: cats,
    summary,
    sections: sectionList,
    ...(bodyLimit ? { bodyLimit } : {}),
    pictures: pictures(sentences, sectionList.value, limits),
    period: period(sentences),
    quota: q.quota,
    distinctLevels: q.distinct,
    ...(resubmission ? { resubmission: { value: resubmission.text, source: clauseAt(resubmission.text, resubmission.text.search(/不再|不得/u)) } } : {}),
    criteria: criteria(paragraphs),
  };
}
