/**
 * Issue 12, point 3: the review file is a file someone hands us (the page's import, the CLI's
 * --review). Bounded, every field checked, bad entries skipped and counted, every failure a
 * Chinese sentence naming the file; never a throw.
 */
import { decideProblem, emptyReview, parseReviewFile, reviewItems, serializeReview } from '../../../src/core/review';
import { batchOf, PROFILE, round1 } from './helpers';

const AT = '2024-12-01T09:00:00.000Z';

function sample() {
  const p = reviewItems(batchOf(round1()), PROFILE).problems.find((x) => x.ruleId === 'part-order')!;
  return decideProblem(emptyReview(PROFILE), p, 'dismissed', '顺序无误', AT);
}

it('reads back what it writes', () => {
  const r = parseReviewFile(serializeReview(sample()), '审核记录.json', 'neu-2024');
  expect(r).toEqual({ ok: true, review: sample(), skipped: 0, notes: [] });
});

it.each([
  ['', '审核记录“x.json”无法读取：文件是空的。'],
  ['{"format":', '审核记录“x.json”无法读取：不是有效的 JSON 文件（可能已损坏，或不是本工具导出的审核记录）。'],
  ['[1,2,3]', '审核记录“x.json”无法读取：不是案例助手的审核记录（缺少 "format": "case-assistant-review"）。'],
  ['{"format":"case-assistant-review","version":2,"problems":[],"cases":[]}', '审核记录“x.json”无法读取：是更新版本的审核记录（版本 2），请使用新版案例助手。'],
  ['{"format":"case-assistant-review","version":1,"problems":{}}', '审核记录“x.json”无法读取：缺少 problems 或 cases 列表。'],
])('refuses %j with a sentence naming the file', (text, message) => {
  expect(parseReviewFile(text, 'x.json')).toEqual({ ok: false, message });
});

it('refuses a file far larger than any review, before parsing it', () => {
  const huge = `{"format":"case-assistant-review","version":1,"problems":[],"cases":[],"pad":"${'x'.repeat(32 * 1024 * 1024)}"}`;
  expect(parseReviewFile(huge, 'big.json')).toEqual({ ok: false, message: '审核记录“big.json”无法读取：文件过大，不像审核记录。' });
});

it('skips and counts entries that make no sense (a dismissal without reason, an unknown verdict, a bad time), keeps the rest', () => {
  const good = sample().problems[0];
  const file = {
    ...sample(),
    profile: 'other-2025',
    problems: [good, { ...good, reason: '' }, { ...good, verdict: 'maybe' }, { ...good, at: 'yesterday' }, { ...good, severity: 'fatal' }, 'text', null],
    cases: [{ case: 'a/b', verdict: 'pass' }, { case: 'a/c', verdict: 'approve' }],
  };
  const r = parseReviewFile(JSON.stringify(file), '组织部.json', 'neu-2024');
  if (!r.ok) throw new Error(r.message);
  expect(r.review.problems).toEqual([good]);
  expect(r.review.cases).toEqual([{ case: 'a/b', verdict: 'pass' }]);
  expect(r.skipped).toBe(7);
  expect(r.notes).toEqual(['审核记录“组织部.json”中有 7 条内容不完整或无法识别，已跳过。', '审核记录“组织部.json”是按另一份通知（other-2025）做的，已照常读取，请核对。']);
});
