import { checkBatch, parseCsv, priorFromCsv, reviewRows, reviewTable, diagnosticTable, toCsv, normalizeUnit, displayUnit, dice, titleFingerprint } from '../../../src/core/batch';
import type { Diagnostic } from '../../../src/core/report';
import { bad, item, PROFILE } from './helpers';

const diag = (ruleId: string, severity: Diagnostic['severity'], message: string): Diagnostic => ({ ruleId, messageId: 'm', severity, message, data: {}, target: { part: 'document' } });

describe('review table', () => {
  const batch = checkBatch(
    [
      item('甲 学院/案例 一.docx', {
        unit: '甲学院党委',
        title: '案例一',
        category: 'branch.teacher',
        summaryWords: 198,
        bodyWords: 1012,
        pictures: 2,
        diagnostics: [diag('a', 'info', '信息一'), diag('b', 'warning', '提示一'), diag('c', 'error', '错误一'), diag('d', 'error', '错误二')],
      }),
      item('b.docx', { unit: '甲学院党委', title: '案例二', category: 'branch.student' }),
      bad('c.pdf', 'pdf'),
    ],
    PROFILE,
  );

  it('has one row per file with the category label, counts and the first problems errors first', () => {
    const rows = reviewRows(batch, PROFILE);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      file: '甲 学院/案例 一.docx',
      unit: '甲学院党委',
      title: '案例一',
      category: '教师党支部',
      summaryWords: 198,
      bodyWords: 1012,
      pictureGroups: 2,
      errors: 2,
      warnings: 1,
      problems: '错误一；错误二；提示一',
      worst: 'error',
    });
    expect(rows[0].batchProblems).toContain('不同层级');
  });

  it('shows an unreadable file as one error row saying why', () => {
    const row = reviewRows(batch, PROFILE)[2];
    expect(row).toMatchObject({ file: 'c.pdf', ok: false, errors: 1, warnings: 0, summaryWords: null, worst: 'error' });
    expect(row.problems).toContain('PDF');
  });

  it('has Chinese headers', () => {
    expect(reviewTable(batch, PROFILE)[0]).toEqual(['文件', '申报单位', '案例名称', '类别', '简介字数', '正文字数', '图片组数', '错误', '提示', '主要问题', '批次问题']);
  });

  it('lists every diagnostic, batch ones last with their files', () => {
    const t = diagnosticTable(batch);
    expect(t[0]).toEqual(['文件', '规则', '级别', '位置', '说明']);
    expect(t.length).toBe(1 + 4 + batch.diagnostics.length);
    expect(t[1].slice(0, 3)).toEqual(['甲 学院/案例 一.docx', 'c', '错误']);
    expect(t[t.length - 1][3]).toBe('（批次）');
  });
});

describe('CSV', () => {
  it('writes a BOM, CRLF records and RFC 4180 quoting', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"'],
      ['多行\n文本', null, 3],
    ]);
    expect(csv).toBe('\ufeffa,"b,c","say ""hi"""\r\n"多行\n文本",,3\r\n');
  });

  it('reads back what it writes', () => {
    const rows = [
      ['文件', '说明'],
      ['x, y.docx', '引号"与\r\n换行'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('reads a prior list by its headers, in any column order', () => {
    const list = priorFromCsv('年度,申报单位,案例名称\n2023,甲学院党委,"网格化管理, 服务学生社区"\n2022,乙学院党委,支部建在团队上\n', 'prior.csv');
    expect(list).toEqual([
      { title: '网格化管理, 服务学生社区', unit: '甲学院党委', year: '2023', source: 'prior.csv:2' },
      { title: '支部建在团队上', unit: '乙学院党委', year: '2022', source: 'prior.csv:3' },
    ]);
  });

  it('reads a headerless list as title, unit, year', () => {
    expect(priorFromCsv('支部建在团队上,乙学院党委,2022\r\n')).toEqual([{ title: '支部建在团队上', unit: '乙学院党委', year: '2022', source: 'prior.csv:1' }]);
  });
});

describe('normalisation and similarity', () => {
  it.each([
    ['信息学院党委（盖章）', '信息学院党委'],
    ['信息学院党委(盖章)', '信息学院党委'],
    [' 信息学院　党委 ', '信息学院党委'],
    ['信息学院党委（公章）：', '信息学院党委'],
    ['（盖章）', ''],
    ['ＡＢＣ学院党委', 'ABC学院党委'],
  ])('normalizeUnit(%j) = %j', (raw, expected) => {
    expect(normalizeUnit(raw)).toBe(expected);
  });

  it('title Dice survives a small change and drops for unrelated titles', () => {
    const a = titleFingerprint('“支部建在团队上”党建与科研融合实践');
    expect(dice(a, titleFingerprint('支部建在团队上：党建与科研融合的实践'))).toBeGreaterThan(0.8);
    expect(dice(a, titleFingerprint('网格化管理服务学生社区建设'))).toBeLessThan(0.2);
  });
});

describe('displayUnit', () => {
  it.each([
    ['信息学院党委（盖章）', '信息学院党委'],
    ['  信息学院　党委 (盖章) ', '信息学院 党委'],
    ['信息学院党委', '信息学院党委'],
  ])('%j → %j', (raw, shown) => {
    expect(displayUnit(raw)).toBe(shown);
  });
});
