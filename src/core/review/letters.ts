/**
 * Feedback letters (形式审查反馈单): the department writing to each unit after the formal
 * review. Plain Chinese, addressed to the unit: its cases one by one, for each the problems
 * that need action — where (the part, the picture group, the cover field, in the words of
 * where.ts), what is wrong with the figure and the limit (the rule's own message) — a line
 * for a case that passes, the reviewer's verdict, what to do by when and whom to ask. Never a
 * rule id or any other internal name.
 *
 * What goes in: the unit's open errors and warnings (a problem the reviewer did not uphold is
 * left out; an info only when the reviewer confirmed it), the unit's own problems (quota,
 * levels, scans), its unreadable files. The department's own matters (two spellings that
 * are probably one unit, a scan nobody can place) stay out: the unit can do nothing about them.
 *
 * Pure data; src/export/letter-docx.ts writes it as .docx.
 */
import type { Profile } from '../profile/types';
import type { Severity } from '../report';
import { SEVERITY_WORDS } from '../severity';
import { baseName } from '../batch/check-file';
import { categoryLabel } from '../batch/table';
import type { BatchReport } from '../batch/types';
import type { Board } from './board';
import type { CaseVerdict, DecidedProblem, ReviewState } from './types';
import { CASE_VERDICT_WORDS, chineseDate } from './words';

export interface LetterItem {
  severity: Severity;
  /** 错误 / 警告 / 提示: the shared words. */
  word: string;
  /** Where in the document, in words ('' for the unit's own matters). */
  where: string;
  text: string;
  /** The reviewer's remark on a confirmed problem. */
  note?: string;
}

export interface LetterCase {
  title: string;
  /** The file's name (no folder). */
  file: string;
  category: string;
  readable: boolean;
  items: LetterItem[];
  verdict?: CaseVerdict;
  /** One line on the case: the verdict, or what the review found. */
  summary: string;
}

export interface Letter {
  unitKey: string;
  unit: string;
  /** A safe file name: 形式审查反馈单-冶金学院党委.docx. */
  fileName: string;
  heading: string;
  /** The notice the letter is about. */
  subheading: string;
  greeting: string;
  intro: string;
  /** The unit's own matters: quota, levels, missing scans. */
  unitItems: LetterItem[];
  cases: LetterCase[];
  /** What the unit is asked to do, and by when. */
  actions: string[];
  /** What the severity words mean, when the letter uses them. */
  legend?: string;
  contact: string;
  sender: string;
  date: string;
}

export interface LetterOptions {
  /** ISO date for corrected files (default: the profile's). */
  deadline?: string;
  /** The contact line (default: the profile's). */
  contact?: string;
  /** The letter's date, ISO (the front end passes today's). */
  date: string;
}

/** Matters between the department and its roster, not the unit's to fix. */
const DEPARTMENT_ONLY = new Set(['unit-name']);

function needsAction(p: DecidedProblem): boolean {
  if (DEPARTMENT_ONLY.has(p.ruleId) || p.scope === 'batch' || p.scope === 'file') return false;
  if (p.decision?.verdict === 'dismissed') return false;
  return p.severity !== 'info' || p.decision?.verdict === 'confirmed';
}

function item(p: DecidedProblem, withWhere: boolean): LetterItem {
  const note = p.decision?.verdict === 'confirmed' ? p.decision.reason : undefined;
  return { severity: p.severity, word: SEVERITY_WORDS['zh-CN'][p.severity], where: withWhere ? p.where : '', text: p.message, ...(note ? { note } : {}) };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Characters Windows, macOS and zip tools refuse in file names. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const s = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, '_').replace(/^[.\s]+|[.\s]+$/gu, '');
  return [...s].slice(0, 80).join('') || '未命名';
}

function caseSummary(verdict: CaseVerdict | undefined, note: string | undefined, items: LetterItem[], readable: boolean): string {
  if (verdict) return `审核结论：${CASE_VERDICT_WORDS[verdict]}。${note ? `${note.replace(/[。.]$/u, '')}。` : ''}`;
  if (!readable) return '文件无法作为 Word 文档读取，请按下列说明重新提交。';
  const errors = items.filter((i) => i.severity === 'error').length;
  const warnings = items.filter((i) => i.severity === 'warning').length;
  if (errors === 0 && warnings === 0) return items.length ? '经形式审查，符合通知要求；以下意见供参考。' : '经形式审查，未发现需要修改的问题。';
  const parts = [errors ? `${errors} 处须修改` : '', warnings ? `${warnings} 处请核实` : ''].filter(Boolean);
  return `经形式审查，有 ${parts.join('、')}：`;
}

/** One letter per unit of the board (a unit that sent nothing gets one too); files without a unit get none. */
export function feedbackLetters(batch: BatchReport, profile: Profile, state: ReviewState, board: Board, options: LetterOptions): Letter[] {
  const spec = profile.review?.letters;
  const heading = spec?.title ?? '形式审查反馈单';
  const sender = spec?.sender ?? '';
  const deadline = options.deadline ?? spec?.resubmitDeadline.value;
  const contact = options.contact?.trim() || spec?.contact.text || profile.notice.email;
  const byFile = new Map(batch.files.map((f) => [f.file, f]));
  const caseOf = new Map(state.cases.map((c) => [c.file, c]));
  const names = new Set<string>();
  const letters: Letter[] = [];
  for (const row of board.rows) {
    if (!row.unitKey) continue;
    const problems = state.problems.filter((p) => p.unitKey === row.unitKey && needsAction(p));
    const unitItems = problems
      .filter((p) => p.scope === 'unit')
      .sort((a, b) => RANK[a.severity] - RANK[b.severity])
      .map((p) => item(p, false));
    const cases: LetterCase[] = row.files.map((file) => {
      const f = byFile.get(file);
      const c = caseOf.get(file);
      const items = problems
        .filter((p) => p.scope === 'case' && p.files.includes(file))
        .sort((a, b) => RANK[a.severity] - RANK[b.severity])
        .map((p) => item(p, true));
      const verdict = c?.decision?.verdict ?? undefined;
      const readable = Boolean(f?.ok);
      return {
        title: (readable && f?.title) || '',
        file: baseName(file),
        category: categoryLabel(f?.category, profile),
        readable,
        items,
        ...(verdict ? { verdict } : {}),
        summary: caseSummary(verdict, c?.decision?.note, items, readable),
      };
    });
    let base = safeFileName(`${heading}-${row.unit}`);
    for (let n = 2; names.has(base); n++) base = safeFileName(`${heading}-${row.unit}（${n}）`);
    names.add(base);
    const toChange =
      unitItems.some((i) => i.severity !== 'info') ||
      cases.some((c) => c.verdict === 'revise' || (c.verdict === undefined && (!c.readable || c.items.some((i) => i.severity !== 'info'))));
    const actions: string[] = [];
    let intro: string;
    if (row.files.length === 0) {
      intro = `截至报送截止日期（${chineseDate(profile.notice.deadline)}），未收到贵单位报送的案例材料。`;
      actions.push('如已报送或另有安排，请与党委组织部联系核对。');
    } else {
      intro = `贵单位报送的 ${row.files.length} 项案例已按《${profile.notice.title}》${profile.notice.number ? `（${profile.notice.number}）` : ''}的要求完成形式审查，意见如下。`;
      if (toChange) {
        actions.push(
          `请按上述意见修改，${deadline ? `于 ${chineseDate(deadline)}前` : '尽快'}将修改后的 Word 版电子文档（.docx）${profile.batch.scans ? '和纸质版首页加盖分党委公章后的扫描件' : ''}重新发送至党委组织部。`,
        );
        if (cases.some((c) => c.verdict === 'reject')) actions.push('审核结论为“不予受理”的案例无需重新报送。');
      } else {
        actions.push('贵单位报送的案例无需修改，请留意后续评审安排。');
      }
    }
    const all = [...unitItems, ...cases.flatMap((c) => c.items)];
    const legend = all.some((i) => i.severity === 'error') || all.some((i) => i.severity === 'warning')
      ? `说明：“${SEVERITY_WORDS['zh-CN'].error}”指不符合通知要求、须修改的问题；“${SEVERITY_WORDS['zh-CN'].warning}”指很可能需要修改、请核实的问题；“${SEVERITY_WORDS['zh-CN'].info}”供参考。`
      : undefined;
    letters.push({
      unitKey: row.unitKey,
      unit: row.unit,
      fileName: `${base}.docx`,
      heading,
      subheading: profile.name,
      greeting: `${row.unit}：`,
      intro,
      unitItems,
      cases,
      actions,
      ...(legend ? { legend } : {}),
      contact: `联系方式：${contact}`,
      sender,
      date: chineseDate(options.date),
    });
  }
  return letters;
}

export type LetterBlockStyle = 'title' | 'subtitle' | 'salutation' | 'body' | 'heading' | 'case' | 'meta' | 'item' | 'note' | 'closing' | 'signature';

export interface LetterBlock {
  style: LetterBlockStyle;
  text: string;
}

const ORDINALS = ['一', '二', '三', '四', '五'];

/** The letter as paragraphs in reading order: what the .docx writer lays out and what a test finds in the PDF. */
export function letterBlocks(l: Letter): LetterBlock[] {
  const out: LetterBlock[] = [
    { style: 'title', text: l.heading },
    { style: 'subtitle', text: l.subheading },
    { style: 'salutation', text: l.greeting },
    { style: 'body', text: l.intro },
  ];
  if (l.legend) out.push({ style: 'note', text: l.legend });
  let section = 0;
  const heading = (text: string) => out.push({ style: 'heading', text: `${ORDINALS[section++]}、${text}` });
  const itemText = (i: LetterItem, n: number) => `${n}. ${i.word}${i.where ? ` · ${i.where}` : ''}：${i.text}${i.note ? `（审核意见：${i.note}）` : ''}`;
  if (l.unitItems.length) {
    heading('报送情况');
    l.unitItems.forEach((i, k) => out.push({ style: 'item', text: itemText(i, k + 1) }));
  }
  if (l.cases.length) {
    heading('各案例意见');
    l.cases.forEach((c, k) => {
      out.push({ style: 'case', text: `案例 ${k + 1}：${c.title ? `《${c.title}》` : c.file}` });
      out.push({ style: 'meta', text: `文件：${c.file}${c.category ? `；类别：${c.category}` : ''}` });
      out.push({ style: 'body', text: c.summary });
      c.items.forEach((i, n) => out.push({ style: 'item', text: itemText(i, n + 1) }));
    });
  }
  heading('有关要求');
  for (const a of l.actions) out.push({ style: 'body', text: a });
  out.push({ style: 'closing', text: l.contact });
  if (l.sender) out.push({ style: 'signature', text: l.sender });
  out.push({ style: 'signature', text: l.date });
  return out;
}
