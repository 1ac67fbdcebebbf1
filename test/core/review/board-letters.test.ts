/**
 * Issue 12, points 1 and 2 in the core: the submission board (one line per unit, with the
 * units that sent nothing) and the letters' contents (the unit's problems in plain Chinese,
 * where and what, a line for a case that passes, the deadline and the contact; no rule ids).
 */
import {
  boardCells,
  boardHeaders,
  boardSummary,
  decideCase,
  decideProblem,
  emptyReview,
  feedbackLetters,
  letterBlocks,
  reviewItems,
  reviewState,
  safeFileName,
  submissionBoard,
} from '../../../src/core/review';
import { bad } from '../batch/helpers';
import { batchOf, item, PROFILE, ROSTER, round1 } from './helpers';

const AT = '2024-12-01T09:00:00.000Z';

function round(): ReturnType<typeof batchOf> {
  return batchOf([
    ...round1(),
    // A .doc in 信息学院's folder: the unit is known from the folder.
    bad('2024/信息学院/红色引擎.doc', 'doc', '是旧版 Word 文档'),
    // No unit on the cover and a folder of its own: nobody's.
    item('2024/其他/无名案例.docx', { title: '无名案例', category: 'branch' }),
  ]);
}

describe('the submission board', () => {
  it('has one line per roster unit in the roster’s order, the units that sent nothing, and the files of no unit', () => {
    const batch = round();
    const board = submissionBoard(batch, PROFILE, reviewState(batch, PROFILE), ROSTER);
    expect(boardHeaders()).toEqual(['申报单位', '报送案例', '层级', '首页盖章扫描件', '错误', '警告', '审核结论', '情况']);
    expect(board.rows.map(boardCells)).toEqual([
      ['冶金学院党委', 3, '分党委（直属党总支）、教师党支部、学生党支部', '缺少', 5, 2, '—', '超出限报数量（3 项，限报 2 项）；案例层级相同；缺少首页盖章扫描件'],
      ['信息科学与工程学院党委', '1（另有 1 个无法读取）', '分党委（直属党总支）', '缺少', 1, 1, '—', '缺少首页盖章扫描件；1 个文件无法读取'],
      ['外国语学院党委', 0, '—', '—', 0, 0, '—', '未报送'],
      ['（未能确定申报单位）', 1, '党支部', '—', 0, 1, '—', '封面没有申报单位，请人工核对'],
    ]);
    expect(boardSummary(board)).toBe('共 3 个单位：已报送 2 个，未报送 1 个；收到案例 5 项（另有 1 个文件无法读取）；1 个单位超出限报数量。');
  });

  it('counts 0, 1, 2 and more, and leaves out what the reviewer did not uphold; shows the verdicts', () => {
    const batch = batchOf(round1());
    const items = reviewItems(batch, PROFILE);
    let review = decideProblem(emptyReview(PROFILE), items.problems.find((p) => p.ruleId === 'unit-levels')!, 'dismissed', '层级已核实不同', AT);
    review = decideCase(review, items.cases[3], 'pass', undefined, AT);
    review = decideCase(review, items.cases[0], 'revise', undefined, AT);
    const board = submissionBoard(batch, PROFILE, reviewState(batch, PROFILE, review), ROSTER);
    expect(board.rows.map((r) => [r.unit, r.cases, r.status, r.errors, boardCells(r)[6], r.notes.join('；')])).toEqual([
      ['冶金学院党委', 3, 'over', 4, '退回修改 1', '超出限报数量（3 项，限报 2 项）；缺少首页盖章扫描件'],
      ['信息科学与工程学院党委', 1, 'ok', 0, '通过 1', '缺少首页盖章扫描件'],
      ['外国语学院党委', 0, 'none', 0, '—', '未报送'],
    ]);
  });
});

describe('feedback letters', () => {
  const batch = round();
  const state = () => {
    const items = reviewItems(batch, PROFILE);
    let review = decideProblem(emptyReview(PROFILE), items.problems.find((p) => p.ruleId === 'placeholder-left')!, 'dismissed', '这是案例原文', AT);
    review = decideProblem(review, items.problems.find((p) => p.ruleId === 'period-years')!, 'confirmed', '请核实 2015 年的活动', AT);
    review = decideCase(review, items.cases.find((c) => c.file.includes('学风共同体'))!, 'reject', '与往年案例重复', AT);
    return reviewState(batch, PROFILE, review);
  };
  const letters = () => {
    const s = state();
    return feedbackLetters(batch, PROFILE, s, submissionBoard(batch, PROFILE, s, ROSTER), { date: '2024-12-01', contact: '党委组织部组织科 张老师，024-83687777' });
  };

  it('writes one per unit of the roster, the unit that sent nothing included; none for files of no unit', () => {
    expect(letters().map((l) => l.fileName)).toEqual(['形式审查反馈单-冶金学院党委.docx', '形式审查反馈单-信息科学与工程学院党委.docx', '形式审查反馈单-外国语学院党委.docx']);
  });

  it('says per case what to change, where, in the shared words; leaves out what was dismissed and the department’s own matters', () => {
    const lines = letterBlocks(letters()[0]).map((b) => b.text);
    expect(lines).toEqual([
      '形式审查反馈单',
      '东北大学 2024 年度基层党建工作创新奖暨党建“一融双高”建设案例',
      '冶金学院党委：',
      '贵单位报送的 3 项案例已按《关于开展东北大学 2024 年度基层党建工作创新奖暨党建“一融双高”建设案例征集评选活动通知》（东大组字〔2024〕92号）的要求完成形式审查，意见如下。',
      '说明：“错误”指不符合通知要求、须修改的问题；“警告”指很可能需要修改、请核实的问题；“提示”供参考。',
      '一、报送情况',
      '1. 错误：申报单位“冶金学院党委”报送了 3 项案例（封面分别写作“冶金学院党委”、“冶金学院”、“冶金学院分党委”），超过每个分党委（直属党总支）限报 2 项的规定。',
      '2. 错误：申报单位“冶金学院党委”的 2 项案例都属于“党支部”类别；报 2 项的应为不同层级党组织实施推动的案例。',
      '3. 警告：申报单位“冶金学院党委”的 3 项案例没有找到首页盖章扫描件；通知要求提交纸质版首页加盖分党委公章后的扫描件。',
      '二、各案例意见',
      '案例 1：《“冶金铸魂”工程推动学院高质量发展》',
      '文件：冶金铸魂工程（分党委）.docx；类别：分党委（直属党总支）',
      '经形式审查，有 2 处须修改：',
      '1. 错误 · 第 2 组图片的配图说明：第 2 组图片的说明有 23 字，超过 20 字。',
      '2. 错误 · 案例简介：“案例简介”中还留有模板提示文字“【乙】”，请替换为案例内容或删除。',
      '案例 2：《“团队支部”推动党建与科研融合》',
      '文件：团队支部（教师党支部）.docx；类别：教师党支部',
      '经形式审查，有 1 处请核实：',
      '1. 警告 · 主要做法：正文各部分的顺序应为 实施背景、主要做法、经验启示，当前为 主要做法、实施背景、经验启示。',
      '案例 3：《“学风共同体”助力学生成长成才》',
      '文件：学风共同体（学生党支部）.docx；类别：学生党支部',
      '审核结论：不予受理。与往年案例重复。',
      '三、有关要求',
      '请按上述意见修改，于 2024 年 12 月 4 日前将修改后的 Word 版电子文档（.docx）和纸质版首页加盖分党委公章后的扫描件重新发送至党委组织部。',
      '审核结论为“不予受理”的案例无需重新报送。',
      '联系方式：党委组织部组织科 张老师，024-83687777',
      '中共东北大学委员会组织部',
      '2024 年 12 月 1 日',
    ]);
  });

  it('tells an unreadable file by its folder’s unit, an info only when confirmed, and the unit that sent nothing', () => {
    const [, info, none] = letters().map((l) => letterBlocks(l).map((b) => b.text));
    expect(info).toContain('案例 2：红色引擎.doc');
    expect(info).toContain('文件无法作为 Word 文档读取，请按下列说明重新提交。');
    expect(info.find((t) => t.includes('红色引擎.doc”是旧版'))).toBe('1. 错误 · 整个文件：“红色引擎.doc”是旧版 Word 97-2003 文档（.doc），需在 Word 中“另存为” .docx 后再提交。');
    expect(info).toContain('1. 提示 · 全文：正文提到 2015 年，早于 2019 年。主体工作应为近 5 年内组织开展，请确认。（审核意见：请核实 2015 年的活动）');
    expect(none.slice(2, 7)).toEqual(['外国语学院党委：', '截至报送截止日期（2024 年 11 月 27 日），未收到贵单位报送的案例材料。', '一、有关要求', '如已报送或另有安排，请与党委组织部联系核对。', '联系方式：党委组织部组织科 张老师，024-83687777']);
  });

  it('never quotes a rule id or an internal part name', () => {
    const text = letters().flatMap((l) => letterBlocks(l).map((b) => b.text)).join('\n');
    expect(text).not.toMatch(/[a-z]+-[a-z]+|\b(document|caption|picture|summary|background|practice|lessons|body|unit|roster)\b/);
  });

  it('takes the deadline and contact from the profile when none is given, and a unit that need change nothing is told so', () => {
    const clean = batchOf([item('2024/外国语学院/外语思政.docx', { unit: '外国语学院党委', title: '“外语+思政”课程育人探索', category: 'branch.teacher' })]);
    const s = reviewState(clean, PROFILE);
    const [l] = feedbackLetters(clean, PROFILE, s, submissionBoard(clean, PROFILE, s, ROSTER), { date: '2024-12-01' }).filter((x) => x.unit === '外国语学院党委');
    const lines = letterBlocks(l).map((b) => b.text);
    // The missing scan is a warning: it asks for the scan by the profile's date.
    expect(lines).toContain('请按上述意见修改，于 2024 年 12 月 4 日前将修改后的 Word 版电子文档（.docx）和纸质版首页加盖分党委公章后的扫描件重新发送至党委组织部。');
    expect(lines).toContain('联系方式：党委组织部专用邮箱 neuzzb@163.com');
    expect(lines).toContain('经形式审查，未发现需要修改的问题。');
  });

  it('makes file names Windows and zip tools accept', () => {
    expect(safeFileName('形式审查反馈单-A/B:C*?"<>|党委')).toBe('形式审查反馈单-A_B_C_党委');
  });
});
