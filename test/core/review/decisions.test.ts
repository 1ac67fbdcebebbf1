/**
 * Issue 12, point 3: decisions that stay. Keys are made of the rule, the case's identity and
 * the target — never a paragraph index or a file path — so a re-run, a roster loaded later,
 * or a resubmitted file of the same case keeps them; a decision whose problem no longer
 * occurs is resolved; one whose case is not in the run is kept, not resolved.
 */
import {
  decideCase,
  decideProblem,
  emptyReview,
  mergeReviews,
  reviewFileFor,
  reviewItems,
  reviewState,
  rowDecisions,
  type ReviewFile,
} from '../../../src/core/review';
import { reviewTable } from '../../../src/core/batch';
import { batchOf, CAPTION, item, ORDER, PROFILE, PROMPT_A, PROMPT_B, round1 } from './helpers';

const AT = '2024-12-01T09:00:00.000Z';
const LATER = '2024-12-02T09:00:00.000Z';

function problem(batch = batchOf(round1()), rule: string, file?: string) {
  const p = reviewItems(batch, PROFILE).problems.find((x) => x.ruleId === rule && (!file || x.files.includes(file)));
  if (!p) throw new Error(`no ${rule}`);
  return p;
}

const FIRST = '2024/冶金学院/冶金铸魂工程（分党委）.docx';

describe('fingerprints', () => {
  it('keys a problem by unit, title, rule and target, written out', () => {
    const keys = reviewItems(batchOf(round1()), PROFILE).problems.map((p) => p.key);
    expect(keys).toEqual([
      '冶金学院/冶金铸魂工程推动学院高质量发展|caption-length@caption:2',
      '冶金学院/冶金铸魂工程推动学院高质量发展|placeholder-left@summary:甲',
      '冶金学院/冶金铸魂工程推动学院高质量发展|placeholder-left@summary:乙',
      '冶金学院/团队支部推动党建与科研融合|part-order@practice',
      '信息科学与工程学院/智慧党建平台赋能学院治理|period-years@document',
      'unit:冶金学院|unit-quota',
      'unit:冶金学院|unit-levels',
      'batch|unit-name:not-submitted',
      'unit:冶金学院|scan-missing',
      'unit:信息科学与工程学院|scan-missing',
    ]);
  });

  it('gives the same keys when the files come in another order, moved paragraphs, another folder and no roster', () => {
    const moved = round1()
      .reverse()
      .map((i) => ({ ...i, file: i.file.replace('2024/', '2024年报送/'), report: i.report && { ...i.report, diagnostics: i.report.diagnostics.map((d) => ({ ...d, target: { ...d.target, paragraph: (d.target.paragraph ?? 0) + 7 } })) } }));
    const a = reviewItems(batchOf(round1()), PROFILE).problems.filter((p) => p.scope === 'case').map((p) => p.key).sort();
    const b = reviewItems(batchOf(moved, false), PROFILE).problems.filter((p) => p.scope === 'case').map((p) => p.key).sort();
    expect(b).toEqual(a);
  });
});

describe('decisions across runs', () => {
  it('keeps a dismissal (with its reason) and a case verdict on a re-run of the same folder', () => {
    let review = emptyReview(PROFILE);
    review = decideProblem(review, problem(undefined, 'part-order'), 'dismissed', '标题顺序已与组织部确认', AT);
    const c = reviewItems(batchOf(round1()), PROFILE).cases[0];
    review = decideCase(review, c, 'revise', '请压缩图片说明', AT);
    const state = reviewState(batchOf(round1()), PROFILE, review);
    expect(state.problems.filter((p) => p.decision).map((p) => [p.ruleId, p.decision?.verdict, p.decision?.reason])).toEqual([['part-order', 'dismissed', '标题顺序已与组织部确认']]);
    expect(state.cases.filter((x) => x.decision).map((x) => [x.file, x.decision?.verdict, x.decision?.note])).toEqual([[FIRST, 'revise', '请压缩图片说明']]);
    expect(state.resolved).toEqual([]);
  });

  it('finds the case again in a resubmitted file with another name: the fixed problem is resolved, the rest stay', () => {
    let review = emptyReview(PROFILE);
    review = decideProblem(review, problem(undefined, 'caption-length'), 'confirmed', undefined, AT);
    review = decideProblem(review, problem(undefined, 'placeholder-left'), 'dismissed', '这是案例原文，不是模板提示', AT);
    review = decideCase(review, reviewItems(batchOf(round1()), PROFILE).cases[0], 'revise', undefined, AT);
    // 修改稿: the caption fixed, the prompts left; a new file name in another folder.
    const items = round1();
    items[0] = item('2024-修改稿/冶金铸魂工程（分党委）（修改稿）.docx', { unit: '冶金学院党委', title: '“冶金铸魂”工程推动学院高质量发展', category: 'committee', diagnostics: [PROMPT_A, PROMPT_B] });
    const state = reviewState(batchOf(items), PROFILE, review);
    expect(state.problems.filter((p) => p.decision).map((p) => [p.files[0], p.local, p.decision?.verdict])).toEqual([
      ['2024-修改稿/冶金铸魂工程（分党委）（修改稿）.docx', 'placeholder-left@summary:甲', 'dismissed'],
    ]);
    expect(state.resolved.map((e) => [e.local, e.verdict, e.message])).toEqual([['caption-length@caption:2', 'confirmed', '第 2 组图片的说明有 23 字，超过 20 字。']]);
    expect(state.cases.find((c) => c.decision)?.file).toBe('2024-修改稿/冶金铸魂工程（分党委）（修改稿）.docx');
    expect(state.elsewhere).toEqual({ problems: [], cases: [] });
  });

  it('finds a case whose title was retouched within its unit, and one known only by its file name', () => {
    let review = emptyReview(PROFILE);
    const items = reviewItems(batchOf(round1()), PROFILE);
    review = decideCase(review, items.cases[1], 'pass', undefined, AT);
    const next = round1();
    next[1] = item('2024/冶金学院/团队支部（教师党支部）v2.docx', { unit: '冶金学院', title: '“团队支部”推动党建与科研深度融合', category: 'branch.teacher' });
    const state = reviewState(batchOf(next), PROFILE, review);
    expect(state.cases.filter((c) => c.decision).map((c) => c.file)).toEqual(['2024/冶金学院/团队支部（教师党支部）v2.docx']);
    expect(Object.values(state.moved)).toEqual(['冶金学院/团队支部推动党建与科研深度融合']);

    // No title on the cover: the file's name without its version words is the case.
    const untitled = [item('2024/理学院/数学建模.docx', { unit: '理学院党委', category: 'branch.student' })];
    const decided = decideCase(emptyReview(PROFILE), reviewItems(batchOf(untitled, false), PROFILE).cases[0], 'reject', '材料不全', AT);
    const again = reviewState(batchOf([item('2024/理学院/数学建模（修改稿）.docx', { unit: '理学院', category: 'branch.student' })], false), PROFILE, decided);
    expect(again.cases.map((c) => [c.key, c.decision?.verdict])).toEqual([['理学院/file:数学建模', 'reject']]);
  });

  it('keeps, and does not call resolved, the decisions about cases that are not in this run', () => {
    const review = decideProblem(emptyReview(PROFILE), problem(undefined, 'part-order'), 'dismissed', '已核对', AT);
    const only信息 = round1().slice(3);
    const state = reviewState(batchOf(only信息), PROFILE, review);
    expect(state.resolved).toEqual([]);
    expect(state.elsewhere.problems.map((e) => e.local)).toEqual(['part-order@practice']);
    const file = reviewFileFor(state, PROFILE, LATER);
    expect(file.problems.filter((e) => e.verdict).map((e) => [e.case, e.local, e.reason])).toEqual([['冶金学院/团队支部推动党建与科研融合', 'part-order@practice', '已核对']]);
  });

  it('a unit decision stays when the unit has no such problem any more (resolved), and a roster loaded later does not lose it', () => {
    const review = decideProblem(emptyReview(PROFILE), problem(undefined, 'unit-quota'), 'confirmed', '已电话通知', AT);
    // Without the roster the unit is keyed by its spelling, with the roster by the roster: the decision follows.
    const same = reviewState(batchOf(round1(), false), PROFILE, review);
    expect(same.problems.filter((p) => p.decision).map((p) => p.key)).toEqual(['unit:冶金学院|unit-quota']);
    const two = reviewState(batchOf(round1().filter((_, i) => i !== 2)), PROFILE, review);
    expect(two.resolved.map((e) => e.local)).toEqual(['unit-quota']);
  });
});

describe('the review file', () => {
  it('lists every problem and case of the run (undecided as null), decisions under their new keys, resolved ones marked', () => {
    let review = decideProblem(emptyReview(PROFILE), problem(undefined, 'caption-length'), 'confirmed', undefined, AT);
    review = decideProblem(review, problem(undefined, 'part-order'), 'dismissed', '顺序无误', AT);
    const next = round1();
    next[0] = item('2024/冶金学院/冶金铸魂工程（终稿）.docx', { unit: '冶金学院党委', title: '“冶金铸魂”工程推动学院高质量发展', category: 'committee', diagnostics: [PROMPT_A] });
    const file = reviewFileFor(reviewState(batchOf(next), PROFILE, review), PROFILE, LATER);
    expect(file.format).toBe('case-assistant-review');
    expect(file.saved).toBe(LATER);
    expect(file.problems.map((e) => [e.local, e.verdict, e.resolved ?? false])).toEqual([
      ['placeholder-left@summary:甲', null, false],
      ['part-order@practice', 'dismissed', false],
      ['period-years@document', null, false],
      ['unit-quota', null, false],
      ['unit-levels', null, false],
      ['unit-name:not-submitted', null, false],
      ['scan-missing', null, false],
      ['scan-missing', null, false],
      ['caption-length@caption:2', 'confirmed', true],
    ]);
    expect(file.cases.map((c) => [c.file, c.verdict])).toEqual([
      ['2024/冶金学院/冶金铸魂工程（终稿）.docx', null],
      ['2024/冶金学院/团队支部（教师党支部）.docx', null],
      ['2024/冶金学院/学风共同体（学生党支部）.docx', null],
      ['2024/信息学院/智慧党建平台.docx', null],
    ]);
  });

  it('refuses a dismissal without a reason', () => {
    expect(() => decideProblem(emptyReview(PROFILE), problem(undefined, 'part-order'), 'dismissed', '  ', AT)).toThrow('不采纳时须写明理由。');
  });

  it('merges two files: the later decision wins, a later cleared one too, an undecided entry never clears', () => {
    const p = problem(undefined, 'part-order');
    const q = problem(undefined, 'caption-length');
    const r = problem(undefined, 'period-years');
    let mine = decideProblem(emptyReview(PROFILE), p, 'confirmed', undefined, AT);
    mine = decideProblem(mine, q, 'confirmed', undefined, LATER);
    mine = decideProblem(mine, r, 'confirmed', undefined, AT);
    let theirs: ReviewFile = decideProblem(emptyReview(PROFILE), p, 'dismissed', '不是问题', LATER);
    theirs = decideProblem(theirs, q, null, undefined, AT);
    theirs = decideProblem(theirs, r, null, undefined, LATER);
    // An entry as the CLI lists an undecided problem: no verdict, no time.
    theirs = { ...theirs, problems: [...theirs.problems, { ...theirs.problems[0], verdict: null, reason: undefined, at: undefined }] };
    const merged = mergeReviews(mine, theirs);
    expect(merged.problems.map((e) => [e.local, e.verdict, e.reason ?? ''])).toEqual([
      ['part-order@practice', 'dismissed', '不是问题'],
      ['caption-length@caption:2', 'confirmed', ''],
      ['period-years@document', null, ''],
    ]);
    expect(reviewState(batchOf(round1()), PROFILE, merged).problems.filter((x) => x.decision).map((x) => x.ruleId)).toEqual(['caption-length', 'part-order']);
  });
});

describe('the review table shows the decisions', () => {
  it('adds 审核结论 and leaves a dismissed problem out of the counts', () => {
    const batch = batchOf(round1());
    let review = decideProblem(emptyReview(PROFILE), problem(batch, 'caption-length'), 'dismissed', '说明为 18 字，检查有误', AT);
    review = decideCase(review, reviewItems(batch, PROFILE).cases[0], 'revise', '补充联系人', AT);
    const t = reviewTable(batch, PROFILE, 'zh-CN', rowDecisions(reviewState(batch, PROFILE, review)));
    expect(t[0].at(-1)).toBe('审核结论');
    const row = t.find((r) => r[0] === FIRST)!;
    // The 2 prompts and the quota (the caption no longer counts; unit-levels names the two 党支部 cases only).
    expect([row[10], row.at(-1)]).toEqual([3, '退回修改：补充联系人；不采纳 1 条']);
    const plain = reviewTable(batch, PROFILE);
    expect(plain[0]).toHaveLength(14);
    expect(plain.find((r) => r[0] === FIRST)![10]).toBe(4);
  });
});

// Keep the fixtures honest: the caption and the order problems are the ones the tables above decide on.
it('uses the diagnostics it says it does', () => {
  expect([CAPTION.ruleId, ORDER.ruleId]).toEqual(['caption-length', 'part-order']);
});
