/**
 * Issue 12, point 4 in the core: the evaluation workbook's layout (the five criteria, the
 * weights and the score range from the profile, a total formula) and the ranking read back
 * from filled sheets (each expert's totals computed again, the mean, the spread, the flag).
 * Expected totals are worked out by hand: weights 20 each, scores out of 10, so a total is
 * twice the sum of the five scores.
 */
import { evaluationWorkbook, readScores, rankingTable, scoringSpec, type EvaluationCase, type ScoringSpec } from '../../../src/core/review';
import { PROFILE } from './helpers';

const spec = scoringSpec(PROFILE) as ScoringSpec;
const CASES: EvaluationCase[] = [
  { id: '01', unit: '冶金学院党委', title: '“冶金铸魂”工程推动学院高质量发展', category: '分党委（直属党总支）', file: 'a.docx' },
  { id: '02', unit: '信息科学与工程学院党委', title: '“智慧党建”平台赋能学院治理', category: '分党委（直属党总支）', file: 'b.docx' },
  { id: '03', unit: '外国语学院党委', title: '“外语+思政”课程育人探索', category: '教师党支部', file: 'c.docx' },
];

/** An expert's sheet as the reader returns it: the layout's rows as text, with these scores filled in. */
function filled(expert: string, scores: Record<string, (number | string)[]>, sheetName = expert): { name: string; rows: string[][] } {
  const [, sheet] = evaluationWorkbook(PROFILE, spec, CASES, [expert]);
  const rows = sheet.cells.map((r) => r.map((c) => (c === null || typeof c === 'object' ? '' : String(c))));
  for (const r of rows) {
    const s = scores[r[0]];
    if (s) s.forEach((v, j) => (r[4 + j] = String(v)));
  }
  return { name: sheetName, rows };
}

describe('the profile’s scoring', () => {
  it('is the notice’s five criteria, 20% each, 0 to 10, flagged at 20 points apart (defaults the profile marks as assumed)', () => {
    expect(spec.criteria.map((c) => [c.label, c.weight])).toEqual([
      ['真实性', 20],
      ['完整性', 20],
      ['创新性', 20],
      ['融合性', 20],
      ['典型性', 20],
    ]);
    expect([spec.min, spec.max, spec.disagreement]).toEqual([0, 10, 20]);
    expect(spec.assumed).toMatch(/^通知只列出五项评选标准/);
  });
});

describe('the evaluation workbook', () => {
  it('has the instructions, then one sheet per expert with the criteria, weights, range and a total formula per case', () => {
    const sheets = evaluationWorkbook(PROFILE, spec, CASES, ['张三', '李四']);
    expect(sheets.map((s) => s.name)).toEqual(['评分说明', '张三', '李四']);
    const s = sheets[1];
    expect(s.cells[1].slice(0, 2)).toEqual(['评审专家：', '张三']);
    expect(s.cells[2]).toEqual([null, null, null, '权重（%）', 20, 20, 20, 20, 20, 100]);
    expect(s.cells[3]).toEqual([null, null, null, '分值', '0～10', '0～10', '0～10', '0～10', '0～10', '0～100']);
    expect(s.cells[4]).toEqual(['编号', '申报单位', '案例名称', '类别', '真实性', '完整性', '创新性', '融合性', '典型性', '总分', '评语（可选）']);
    expect(s.cells[5]).toEqual(['01', '冶金学院党委', '“冶金铸魂”工程推动学院高质量发展', '分党委（直属党总支）', null, null, null, null, null, { formula: 'IF(COUNT(E6:I6)<5,"",ROUND((E6*E$3+F6*F$3+G6*G$3+H6*H$3+I6*I$3)/10,2))' }, null]);
    expect(s.scores).toEqual({ range: 'E6:I8', min: 0, max: 10 });
    expect(s.frozenRows).toBe(5);
  });

  it('makes one sheet for any expert when no names are given, and legal, distinct sheet names', () => {
    expect(evaluationWorkbook(PROFILE, spec, CASES, []).map((s) => s.name)).toEqual(['评分说明', '评审专家']);
    expect(evaluationWorkbook(PROFILE, spec, CASES, ['王/五', '王/五']).map((s) => s.name)).toEqual(['评分说明', '王_五', '王_五（2）']);
  });
});

describe('reading the filled sheets back', () => {
  it('ranks by the mean of the experts’ totals, computed from the scores, and flags a wide disagreement', () => {
    const r = readScores(
      [
        { file: '张三.xlsx', sheets: [filled('张三', { '01': [8, 9, 7, 8, 9], '02': [9, 9, 9, 9, 9], '03': [7, 7, 7, 7, 7] })] },
        { file: '李四.xlsx', sheets: [filled('李四', { '01': [6, 7, 5, 6, 6], '02': [9, 8, 9, 9, 9], '03': [7, 8, 7, 7, 7] })] },
      ],
      spec,
    );
    expect(r.experts).toEqual(['张三', '李四']);
    expect(rankingTable(r)).toEqual([
      ['名次', '编号', '申报单位', '案例名称', '张三（总分）', '李四（总分）', '平均分', '最高最低分差', '分歧'],
      [1, '02', '信息科学与工程学院党委', '“智慧党建”平台赋能学院治理', 90, 88, 89, 2, ''],
      [2, '01', '冶金学院党委', '“冶金铸魂”工程推动学院高质量发展', 82, 60, 71, 22, '分歧较大（≥ 20 分）'],
      [2, '03', '外国语学院党委', '“外语+思政”课程育人探索', 70, 72, 71, 2, ''],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('leaves out, and names, a score out of range or not a number; counts an incomplete case on the experts who finished it', () => {
    const r = readScores(
      [
        { file: '张三.xlsx', sheets: [filled('张三', { '01': [8, 9, 7, 8, 11], '02': ['９', '9', '9分', 9, 9], '03': [7, 7, 7, 7, 7] })] },
        { file: '李四.xlsx', sheets: [filled('李四', { '01': [6, 7, 5, 6, 6], '02': [9, 8, '良', 9, 9], '03': [7, 8, 7, 7, 7] })] },
      ],
      spec,
    );
    expect(r.problems).toEqual([
      '“张三.xlsx”的工作表“张三”第 6 行（编号 01）“典型性”为 11 分，超出 0～10 分的范围，未计入。',
      '“李四.xlsx”的工作表“李四”第 7 行（编号 02）“创新性”一栏“良”不是分数，未计入。',
      '编号 01《“冶金铸魂”工程推动学院高质量发展》：“张三”的评分不完整，平均分只计已完整评分的专家。',
      '编号 02《“智慧党建”平台赋能学院治理》：“李四”的评分不完整，平均分只计已完整评分的专家。',
    ]);
    expect(r.rows.map((x) => [x.id, x.experts.map((e) => e.total), x.mean, x.complete])).toEqual([
      ['02', [90, null], 90, false],
      ['03', [70, 72], 71, true],
      ['01', [null, 60], 60, false],
    ]);
  });

  it('finds the expert in the sheet’s 评审专家 cell when the sheet is the generic one, and passes over the instructions', () => {
    const generic = filled('评审专家', { '01': [5, 5, 5, 5, 5] });
    generic.rows[1][1] = '王五';
    const [guide] = evaluationWorkbook(PROFILE, spec, CASES, []);
    const r = readScores([{ file: '返回/评分表-王五.xlsx', sheets: [{ name: guide.name, rows: guide.cells.map((x) => x.map((c) => (c === null || typeof c === 'object' ? '' : String(c)))) }, generic] }], spec);
    expect(r.experts).toEqual(['王五']);
    expect(r.rows.map((x) => [x.id, x.mean])).toEqual([['01', 50]]);
  });

  it('reads one expert twice (two copies) once, and says so when the copies differ', () => {
    const a = filled('张三', { '01': [8, 8, 8, 8, 8] });
    const b = filled('张三', { '01': [9, 9, 9, 9, 9] });
    const r = readScores([{ file: 'a.xlsx', sheets: [a] }, { file: 'b.xlsx', sheets: [b] }], spec);
    expect(r.rows.map((x) => x.experts.map((e) => e.total))).toEqual([[80]]);
    expect(r.problems).toEqual(['专家“张三”对编号 01 的评分在“a.xlsx”的工作表“张三”和“b.xlsx”的工作表“张三”中不一致，采用“a.xlsx”的工作表“张三”的评分。']);
  });

  it('says which file holds no evaluation sheet', () => {
    const r = readScores([{ file: '名单.xlsx', sheets: [{ name: 'Sheet1', rows: [['单位名称'], ['冶金学院党委']] }] }], spec);
    expect(r.problems).toEqual(['“名单.xlsx”中没有评审表（找不到“编号”和各项评选标准的表头），已跳过。']);
    expect(r.rows).toEqual([]);
  });
});
