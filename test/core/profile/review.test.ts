/**
 * Issue 12: the review round's numbers and names are profile data — the letters' contact
 * line (from the notice) and resubmission deadline, the criteria weights and score range
 * (which the notice does not give: marked `assumed`) — checked like every other number.
 */
import neu2024 from '../../../src/profiles/neu-2024.json';
import { loadProfile, NEU_2024 } from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile/types';

type Editable = Profile & Record<string, unknown>;
const clone = (): Editable => JSON.parse(JSON.stringify(neu2024));

function errorsOf(p: unknown): { path: string; message: string }[] {
  const r = loadProfile(p);
  if (r.ok) throw new Error('expected errors, got a profile');
  return r.errors;
}

it('holds the notice’s mailbox with its sentence, and marks the deadline and the scoring as assumed defaults', () => {
  const r = NEU_2024.review!;
  expect(r.letters.contact).toEqual({ text: '党委组织部专用邮箱 neuzzb@163.com', source: '请于11月27日(星期五)前统一发送至党委组织部专用邮箱 neuzzb@163.com' });
  expect(r.letters.resubmitDeadline.value).toBe('2024-12-04');
  expect(r.letters.resubmitDeadline.assumed).toMatch(/^通知没有规定退回修改的期限/);
  expect(r.scoring.weights).toEqual({ authenticity: 20, completeness: 20, innovation: 20, integration: 20, typicality: 20 });
  expect(r.scoring.assumed).toMatch(/没有规定权重和分值/);
  // The review round is optional: a notice without one is still a valid profile.
  const p = clone();
  delete p.review;
  expect(loadProfile(p).ok).toBe(true);
});

test.each<[string, string, string, (p: Editable) => void]>([
  ['weights that do not make 100', '$.review.scoring.weights', '各项权重之和应为 100，实为 110', (p) => (p.review!.scoring.weights.typicality = 30)],
  ['a criterion without a weight', '$.review.scoring.weights', '缺少评选标准“innovation”的权重', (p) => delete p.review!.scoring.weights.innovation],
  ['a weight for no criterion', '$.review.scoring.weights.beauty', '评选标准“beauty”不在 criteria 中', (p) => (p.review!.scoring.weights.beauty = 0)],
  ['a range upside down', '$.review.scoring.max', '应大于 min（10），实为 10', (p) => (p.review!.scoring.min = 10)],
  ['a date that is no date', '$.review.letters.resubmitDeadline.value', '不是有效日期：“2024-02-30”', (p) => (p.review!.letters.resubmitDeadline.value = '2024-02-30')],
  [
    'numbers with neither the notice’s sentence nor the reason for the default',
    '$.review.scoring',
    '应注明通知原文（source），或说明默认值的理由（assumed）',
    (p) => {
      delete p.review!.scoring.assumed;
      delete p.review!.scoring.source;
    },
  ],
])('%s is refused at %s', (_name, path, message, breakIt) => {
  const p = clone();
  breakIt(p);
  expect(errorsOf(p)).toContainEqual({ path, message });
});

it('rejects an unknown key in the review section, with its path', () => {
  const p = clone();
  (p.review!.letters as unknown as Record<string, unknown>).signature = '组织部';
  expect(errorsOf(p)).toContainEqual({ path: '$.review.letters.signature', message: '不允许的字段（配置文件不接受未知字段，请检查拼写）' });
});
