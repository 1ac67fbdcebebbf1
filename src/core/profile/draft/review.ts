/**
 * The review list of what the notice says: one row per value found (or guessed), with the
 * sentence it came from. Rows are named by the fact (`notice.deadline`, `sections`), not by
 * a place in today's profile, so this list does not change when the profile's schema does;
 * the emission adds the rows for the values no notice gives (word lists, prompts).
 */
import type { DraftLimit, DraftReviewItem, Found, NoticeFacts } from './types';

export function limitText(l: DraftLimit): string {
  return `${l.value} 字${l.kind === 'max' ? '以内' : '左右'}`;
}

function row<T>(path: string, label: string, found: Found<T>, show: (v: T) => string): DraftReviewItem {
  return {
    path,
    label,
    value: show(found.value),
    ...(found.source ? { source: found.source } : {}),
    ...(found.guess ? { guess: found.guess } : {}),
  };
}

const text = (v: string) => v || '（空）';

export function factRows(f: NoticeFacts): DraftReviewItem[] {
  const rows: DraftReviewItem[] = [
    row('notice.title', '通知标题', f.title, text),
    row('notice.number', '发文字号', f.number, text),
    row('name', '名称', f.name, text),
    row('notice.year', '年度', f.year, (v) => `${v} 年`),
    row('notice.deadline', '报送截止日期', f.deadline, text),
    row('notice.email', '报送邮箱', f.email, text),
    row('issuer', '发文单位（反馈单落款）', f.issuer, text),
    row('categories', '案例类别', f.categories, (v) => v.map((c) => (c.parent ? `${c.label}（${c.id}，属于 ${c.parent}）` : `${c.label}（${c.id}）`)).join('、')),
  ];
  for (const c of f.categories.value) {
    if (c.bodyLimit) rows.push(row(`categories.${c.id}.bodyLimit`, `正文字数（${c.label}）`, c.bodyLimit, limitText));
  }
  rows.push(
    row('summary', '简介部分', f.summary, (v) => (v ? `${v.label}${v.limit ? `，${limitText(v.limit)}` : ''}` : '不设')),
    row('sections', '正文各部分（依次）', f.sections, (v) => v.map((s) => `${s.label}（${s.id}）`).join(' / ')),
  );
  if (f.bodyLimit) rows.push(row('bodyLimit', '正文字数', f.bodyLimit, limitText));
  rows.push(
    row('pictures.min', '图片最少（张/组）', f.pictures.min, String),
    row('pictures.max', '图片最多（张/组）', f.pictures.max, String),
    row('pictures.section', '图片所在部分', f.pictures.section, text),
    row('pictures.caption', '图片说明字数', f.pictures.caption, limitText),
    row('period.withinYears', '时间范围（近 N 年内开展）', f.period.withinYears, (v) => `近 ${v} 年`),
    row('period.minYearsRunning', '持续时间（实施满 N 年）', f.period.minYearsRunning, (v) => `满 ${v} 年`),
    row('batch.quota', '每个单位限报', f.quota, (v) => `${v} 项`),
    row('batch.distinctLevels', '同一单位的案例须为不同层级', f.distinctLevels, (v) => (v ? '是' : '否')),
  );
  if (f.resubmission) rows.push(row('batch.resubmission', '往年案例不再受理', f.resubmission, () => '是'));
  rows.push(row('criteria', '评选标准', f.criteria, (v) => (v.length ? v.map((c) => c.label).join('、') : '（无）')));
  for (const c of f.criteria.value) rows.push({ path: `criteria.${c.id}`, label: `评选标准：${c.label}`, value: c.text, source: c.source });
  return rows;
}
