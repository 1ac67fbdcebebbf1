import {
  checkBatch,
  parseCsv,
  priorFromCsv,
  reviewRows,
  reviewTable,
  diagnosticTable,
  toCsv,
  normalizeUnit,
  displayUnit,
  dice,
  titleFingerprint,
  joinMessages,
  describeWhere,
} from '../../../src/core/batch';
import type { Diagnostic, Report } from '../../../src/core/report';
import { bad, fakeReport, item, PROFILE, REVIEW_HEADERS } from './helpers';

const diag = (ruleId: string, severity: Diagnostic['severity'], message: string): Diagnostic => ({ ruleId, messageId: 'm', severity, message, data: {}, target: { part: 'document' } });

describe('review table', () => {
  const batch = checkBatch(
    [
      item('甲 学院/案例 一.docx', {
        unit: '甲学院党委',
        title: '案例一',
        category: 'branch.teacher',
        contact: '张老师',
        phone: '024-83680000',
        summaryWords: 198,
        bodyWords: 1012,
        pictures: 2,
        diagnostics: [diag('a', 'info', '信息一。'), diag('b', 'warning', '提示一。'), diag('c', 'error', '错误一。'), diag('d', 'error', '错误二。')],
      }),
      item('b.docx', { unit: '甲学院党委', title: '案例二', category: 'branch.student' }),
      bad('c.pdf', 'pdf'),
    ],
    PROFILE,
  );

  it('has one row per file with the category label, contact, counts and the first problems errors first', () => {
    const rows = reviewRows(batch, PROFILE);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      file: '甲 学院/案例 一.docx',
      unit: '甲学院党委',
      title: '案例一',
      category: '教师党支部',
      contact: '张老师',
      phone: '024-83680000',
      summaryWords: 198,
      bodyWords: 1012,
      pictureGroups: 2,
      // 2 errors of its own + unit-levels; 1 warning of its own + scan-missing.
      errors: 3,
      warnings: 2,
      problems: '错误一；错误二；提示一。',
      worst: 'error',
    });
    expect(rows[0].batchProblems).toContain('不同层级');
    expect(rows[1]).toMatchObject({ contact: '', phone: '', errors: 1, warnings: 1 });
  });

  it('shows an unreadable file as one error row saying why', () => {
    const row = reviewRows(batch, PROFILE)[2];
    expect(row).toMatchObject({ file: 'c.pdf', ok: false, errors: 1, warnings: 0, summaryWords: null, worst: 'error' });
    expect(row.problems).toContain('PDF');
  });

  it('has Chinese headers with the one severity vocabulary', () => {
    expect(reviewTable(batch, PROFILE)[0]).toEqual(REVIEW_HEADERS);
  });

  it('lists every diagnostic, batch ones last with their files and where they are in words', () => {
    const t = diagnosticTable(batch);
    expect(t[0]).toEqual(['文件', '规则', '级别', '位置', '说明']);
    expect(t.length).toBe(1 + 4 + batch.diagnostics.length);
    expect(t[1].slice(0, 3)).toEqual(['甲 学院/案例 一.docx', 'c', '错误']);
    expect(t.find((r) => r[1] === 'b')?.[2]).toBe('警告');
    expect(t.find((r) => r[1] === 'a')?.[2]).toBe('提示');
    expect(t.find((r) => r[1] === 'unit-levels')?.slice(2, 4)).toEqual(['错误', '封面 · 申报单位（盖章）']);
    expect(t.find((r) => r[1] === 'scan-missing')?.slice(2, 4)).toEqual(['警告', '首页盖章扫描件']);
    expect(t.find((r) => r[1] === 'file-format')?.[3]).toBe('整个文件');
  });
});

describe('joining problems', () => {
  it.each([
    [['正文 2106 字，超过 2000 字以内的要求。', '第 1 组图片的说明有 23 字，超过 20 字。'], '正文 2106 字，超过 2000 字以内的要求；第 1 组图片的说明有 23 字，超过 20 字。'],
    [['缺少“经验启示”部分。', '类别未声明；请在封面注明。'], '缺少“经验启示”部分；类别未声明；请在封面注明。'],
    [['（原文无句号）'], '（原文无句号）。'],
    [[], ''],
  ])('%j → %j', (list, joined) => {
    expect(joinMessages(list)).toBe(joined);
    expect(joinMessages(list)).not.toMatch(/。；|；。|。。/);
  });

  it('joins English with semicolons and one full stop', () => {
    expect(joinMessages(['Body is too long.', 'Caption 1 is too long.'], 'en')).toBe('Body is too long; Caption 1 is too long.');
  });
});

describe('where a problem is, in words a reviewer finds in Word', () => {
  const c = (words: number) => ({ words, charsNoSpaces: words, charsWithSpaces: words });
  const report: Report = {
    ...fakeReport({ unit: '甲学院党委', title: '案例一' }),
    parts: {
      title: { id: 'title', label: '案例名称', found: true, value: '案例一', start: 0, end: 1, counts: c(3) },
      unit: { id: 'unit', label: '申报单位（盖章）', found: true, value: '甲学院党委', start: 1, end: 2, counts: c(5) },
      summary: { id: 'summary', label: '案例简介', found: true, start: 4, end: 6, counts: c(200) },
      background: { id: 'background', label: '实施背景', found: true, start: 6, end: 9, counts: c(300) },
      practice: { id: 'practice', label: '主要做法', found: true, start: 9, end: 20, counts: c(600) },
      lessons: { id: 'lessons', label: '经验启示', found: false, counts: c(0) },
      body: { id: 'body', label: '案例正文', found: true, start: 6, end: 20, counts: c(900) },
    },
    pictures: [
      { index: 1, paragraphs: [11], pictureCount: 1, part: 'practice', caption: '图1 学院党委理论学习中心组到企业开展专题学习', captionParagraph: 12 },
      { index: 2, paragraphs: [15], pictureCount: 2, part: 'background' },
    ],
  };
  const at = (target: Diagnostic['target'], span?: Diagnostic['span']) => describeWhere({ target, span }, report);

  it.each([
    [{ part: 'caption', group: 1, paragraph: 12 }, '主要做法 · 第 1 组图片的配图说明“图1 学院党委理论学习中心组到企业…”'],
    [{ part: 'picture', group: 2 }, '实施背景 · 第 2 组图片'],
    [{ part: 'practice', paragraph: 13 }, '主要做法 · 第 4 段'],
    [{ part: 'practice' }, '主要做法'],
    [{ part: 'body' }, '案例正文'],
    [{ part: 'lessons' }, '经验启示（未找到）'],
    [{ part: 'unit' }, '封面 · 申报单位（盖章）'],
    [{ part: 'document', paragraph: 7 }, '实施背景 · 第 1 段'],
    [{ part: 'document', paragraph: 2 }, '封面'],
    [{ part: 'document' }, '全文'],
  ] as [Diagnostic['target'], string][])('%j → %s', (target, words) => {
    const where = at(target);
    expect(where).toBe(words);
    expect(where).not.toMatch(/document|caption|picture|practice/);
  });

  it('prefers the span’s paragraph', () => {
    expect(at({ part: 'document' }, { paragraph: 16, start: 0, end: 4 })).toBe('主要做法 · 第 7 段');
  });

  it('speaks English on request', () => {
    expect(describeWhere({ target: { part: 'practice', paragraph: 13 } }, report, 'en')).toBe('主要做法 · paragraph 4');
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

  it('quotes a field holding a bare CR (RFC 4180: CR is a line break inside a record too)', () => {
    expect(toCsv([['旧\r新', 'x']])).toBe('\ufeff"旧\r新",x\r\n');
    expect(parseCsv(toCsv([['旧\r新', 'x']]))).toEqual([['旧\r新', 'x']]);
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
