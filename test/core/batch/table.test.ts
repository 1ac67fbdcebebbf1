/**
 * The review table (审核汇总表) row by row, from batch results written out by hand: what each
 * column shows for a case, an unreadable file, a stamped scan and an ignored file; the review
 * round's decisions; the one-sentence summary; the folder shown once above the table.
 * Expected values are the notice's labels and messages, and counts made by hand.
 */
import {
  bodyWords,
  categoryLabel,
  commonFolder,
  diagnosticRows,
  diagnosticTable,
  joinMessages,
  reviewHeaders,
  reviewRows,
  reviewTable,
  summaryLine,
} from '../../../src/core/batch';
import type { BatchDiagnostic, BatchFileResult, BatchReport, BatchUnit } from '../../../src/core/batch';
import type { RowDecisions } from '../../../src/core/batch/table';
import type { Diagnostic, Report } from '../../../src/core/report';
import { fakeReport, PROFILE, REVIEW_HEADERS } from './helpers';

const SUMMARY: BatchReport['summary'] = { files: 0, checked: 0, unreadable: 0, scans: 0, ignored: 0, units: 0, unitsWithout: 0, errors: 0, warnings: 0, infos: 0 };

function batchOf(files: BatchFileResult[], diagnostics: BatchDiagnostic[] = [], units: BatchUnit[] = []): BatchReport {
  return { profile: PROFILE.id, files, diagnostics, units, summary: SUMMARY };
}

const diag = (ruleId: string, severity: Diagnostic['severity'], message: string): Diagnostic => ({
  ruleId,
  messageId: 'm',
  severity,
  message,
  data: {},
  target: { part: 'document' },
});

const batchDiag = (ruleId: string, messageId: string, severity: Diagnostic['severity'], message: string, files: string[]): BatchDiagnostic => ({
  ruleId,
  messageId,
  severity,
  message,
  data: {},
  target: { part: 'document' },
  files,
});

const unit = (key: string, name: string): BatchUnit => ({ key, name, inRoster: false, spellings: [name], files: [], scans: [] });

const c = (words: number) => ({ words, charsNoSpaces: words, charsWithSpaces: words });

describe('categoryLabel', () => {
  it('is empty for a case without a category, with or without a profile', () => {
    expect(categoryLabel(undefined, PROFILE)).toBe('');
    expect(categoryLabel('', PROFILE)).toBe('');
    expect(categoryLabel(undefined)).toBe('');
  });

  it('is the notice’s label of a known category, and the id itself otherwise', () => {
    expect(categoryLabel('branch.teacher', PROFILE)).toBe('教师党支部');
    expect(categoryLabel('branch.retired', PROFILE)).toBe('branch.retired');
    expect(categoryLabel('branch.teacher')).toBe('branch.teacher');
  });
});

describe('bodyWords', () => {
  const withSections = (sections: Report['parts']): Report => {
    const r = fakeReport({ unit: '甲学院党委', title: '案例一' });
    return { ...r, parts: { ...r.parts, ...sections } };
  };

  it('is the body part’s count when the report has one', () => {
    expect(bodyWords(fakeReport({ bodyWords: 1012 }))).toBe(1012);
  });

  it('without a body part, is the sum of the sections found (300 + 600 + 250)', () => {
    const r = withSections({
      background: { id: 'background', label: '实施背景', found: true, counts: c(300) },
      practice: { id: 'practice', label: '主要做法', found: true, counts: c(600) },
      lessons: { id: 'lessons', label: '经验启示', found: true, counts: c(250) },
    });
    expect(bodyWords(r)).toBe(1150);
  });

  it('without a body part, leaves out a section not found', () => {
    const r = withSections({
      background: { id: 'background', label: '实施背景', found: true, counts: c(300) },
      practice: { id: 'practice', label: '主要做法', found: false, counts: c(40) },
    });
    expect(bodyWords(r)).toBe(300);
  });

  it('is null (not 0) when neither the body nor any section was found', () => {
    expect(bodyWords(withSections({ background: { id: 'background', label: '实施背景', found: false, counts: c(0) } }))).toBeNull();
    expect(bodyWords(fakeReport({ unit: '甲学院党委' }))).toBeNull();
  });
});

describe('joinMessages', () => {
  it('drops empty messages, leading spaces and every closing mark', () => {
    expect(joinMessages(['。', '  错误一。 ', '提示一；。', ''])).toBe('错误一；提示一。');
  });

  it('is empty when every message is only punctuation or spaces', () => {
    expect(joinMessages(['。', '  ', '；'])).toBe('');
  });
});

describe('review rows: a case', () => {
  it('shows empty cells, not “undefined”, for what a case file does not say', () => {
    const [row] = reviewRows(batchOf([{ file: 'a.docx', kind: 'case', ok: true, report: fakeReport() }]), PROFILE);
    expect(row).toMatchObject({ unit: '', unitWritten: '', title: '', category: '', categoryId: '', contact: '', phone: '', decision: '', worst: '' });
    expect(row.summaryWords).toBeNull();
  });

  it('shows the unit as written, the category id and the cover’s contact trimmed', () => {
    const [row] = reviewRows(
      batchOf([
        {
          file: 'a.docx',
          kind: 'case',
          ok: true,
          unit: '甲学院党委',
          unitWritten: '甲学院党委（盖章）',
          title: '案例一',
          category: 'branch.teacher',
          report: fakeReport({ contact: ' 张老师 ', phone: ' 024-83680000 ' }),
        },
      ]),
      PROFILE,
    );
    expect(row).toMatchObject({
      unit: '甲学院党委',
      unitWritten: '甲学院党委（盖章）',
      title: '案例一',
      category: '教师党支部',
      categoryId: 'branch.teacher',
      contact: '张老师',
      phone: '024-83680000',
    });
  });

  it('reads a result saved without its kind as a case', () => {
    const [row] = reviewRows(batchOf([{ file: '旧.docx', ok: true, report: fakeReport() } as BatchFileResult]), PROFILE);
    expect(row.kind).toBe('case');
    expect(row.scans).toBe('无');
  });

  it('lists the case’s stamped scans by name, and says 无 when it has none', () => {
    const rows = reviewRows(
      batchOf([
        { file: '甲学院/案例一.docx', kind: 'case', ok: true, report: fakeReport(), scans: ['甲学院/扫描/首页.pdf', '甲学院/首页2.jpg'] },
        { file: '乙学院/案例二.docx', kind: 'case', ok: true, report: fakeReport() },
        { file: '丙学院/案例三.docx', kind: 'case', ok: true, report: fakeReport(), scans: [] },
      ]),
      PROFILE,
    );
    expect(rows.map((r) => r.scans)).toEqual(['首页.pdf、首页2.jpg', '无', '无']);
  });

  it('its worst severity is a batch error even when its own problems are warnings', () => {
    const batch = batchOf(
      [
        { file: 'a.docx', kind: 'case', ok: true, report: fakeReport({ diagnostics: [diag('x', 'warning', '提示一。')] }) },
        { file: 'b.docx', kind: 'case', ok: true, report: fakeReport({ diagnostics: [diag('x', 'info', '信息一。')] }) },
      ],
      [batchDiag('unit-levels', 'mixed', 'error', '同一单位报送了不同层级的案例。', ['a.docx']), batchDiag('unit-name', 'variants', 'warning', '单位名称写法不一。', ['b.docx'])],
    );
    const rows = reviewRows(batch, PROFILE);
    expect(rows.map((r) => r.worst)).toEqual(['error', 'warning']);
    expect(rows[0]).toMatchObject({ errors: 1, warnings: 1, problems: '提示一。', batchProblems: '同一单位报送了不同层级的案例。' });
    expect(rows[0].batchIds).toEqual([{ ruleId: 'unit-levels', messageId: 'mixed', severity: 'error' }]);
    expect(rows[1].batchIds).toEqual([{ ruleId: 'unit-name', messageId: 'variants', severity: 'warning' }]);
  });
});

describe('review rows: a file that is not a readable case', () => {
  it('an unreadable case lists its format problem as its own and other batch problems apart, without a scan cell', () => {
    const batch = batchOf(
      [{ file: 'c.pdf', kind: 'case', ok: false, error: { code: 'pdf', message: '无法读取' } }],
      [batchDiag('file-format', 'pdf', 'error', '这是 PDF 文件，请提交 Word 文档。', ['c.pdf']), batchDiag('unit-quota', 'over', 'warning', '单位报送数量超过名额。', ['c.pdf'])],
    );
    const [row] = reviewRows(batch, PROFILE);
    expect(row).toMatchObject({
      kind: 'case',
      ok: false,
      scans: '',
      errors: 1,
      warnings: 1,
      problems: '这是 PDF 文件，请提交 Word 文档。',
      batchProblems: '单位报送数量超过名额。',
      worst: 'error',
    });
  });

  it('a stamped scan names its case, or its unit by the unit’s display name, or says it matched none', () => {
    const batch = batchOf(
      [
        { file: '扫描/案例一.pdf', kind: 'scan', ok: false, scanOf: { file: '甲学院/案例一.docx', unit: 'k1' } },
        { file: '扫描/乙.jpg', kind: 'scan', ok: false, unit: '乙学院', scanOf: { unit: 'k2' } },
        { file: '扫描/丙.jpg', kind: 'scan', ok: false, unit: '丙学院党委', scanOf: { unit: 'k9' } },
        { file: '扫描/未知.jpg', kind: 'scan', ok: false },
      ],
      [],
      [unit('k1', '甲学院党委'), unit('k2', '乙学院党委')],
    );
    const rows = reviewRows(batch, PROFILE);
    expect(rows.map((r) => r.problems)).toEqual(['对应案例：案例一.docx。', '对应申报单位：乙学院党委。', '对应申报单位：丙学院党委。', '未能对应到申报单位。']);
    expect(rows.map((r) => r.category)).toEqual(['盖章扫描件', '盖章扫描件', '盖章扫描件', '盖章扫描件']);
    expect(rows.map((r) => r.scans)).toEqual(['', '', '', '']);
  });

  it('a scan of a result saved without its units list names the unit as the file gives it', () => {
    const batch = { ...batchOf([{ file: '扫描/乙.jpg', kind: 'scan', ok: false, unit: '乙学院党委', scanOf: { unit: 'k2' } }]), units: undefined } as unknown as BatchReport;
    expect(reviewRows(batch, PROFILE)[0].problems).toBe('对应申报单位：乙学院党委。');
  });

  it('a scan paired with a unit of no known name leaves the name empty (never “undefined”)', () => {
    const batch = batchOf([{ file: '扫描/乙.jpg', kind: 'scan', ok: false, scanOf: { unit: 'k9' } }]);
    expect(reviewRows(batch, PROFILE)[0].problems).toBe('对应申报单位：。');
  });

  it('a scan counts its batch warning once', () => {
    const batch = batchOf([{ file: '扫描/未知.jpg', kind: 'scan', ok: false }], [batchDiag('scan-unpaired', 'unpaired', 'warning', '扫描件未能对应到申报单位。', ['扫描/未知.jpg'])]);
    expect(reviewRows(batch, PROFILE)[0]).toMatchObject({ errors: 0, warnings: 1, batchProblems: '扫描件未能对应到申报单位。', worst: 'warning' });
  });

  it('an ignored file says why: Word’s lock file (also when no reason was saved) or a Windows system file', () => {
    const batch = batchOf([
      { file: '~$案例一.docx', kind: 'ignored', ok: false, ignored: 'lock-file' },
      { file: 'Thumbs.db', kind: 'ignored', ok: false, ignored: 'system-file' },
      { file: '~$旧.docx', kind: 'ignored', ok: false },
      { file: '.DS_Store', kind: 'ignored', ok: false, ignored: 'mac-file' as never },
    ]);
    const rows = reviewRows(batch, PROFILE);
    expect(rows.map((r) => r.problems)).toEqual([
      'Word 打开文档时留下的临时锁定文件（~$ 开头），不是案例，已忽略。',
      'Windows 自动生成的系统文件，不是案例，已忽略。',
      'Word 打开文档时留下的临时锁定文件（~$ 开头），不是案例，已忽略。',
      '',
    ]);
    expect(rows.map((r) => r.category)).toEqual(['已忽略', '已忽略', '已忽略', '已忽略']);
  });
});

describe('review rows and tables with the review round’s decisions', () => {
  const batch = batchOf(
    [
      { file: 'a.docx', kind: 'case', ok: true, report: fakeReport({ diagnostics: [diag('w', 'warning', '提示一。'), diag('e', 'error', '错误一。')] }) },
      { file: 'b.docx', kind: 'case', ok: true, report: fakeReport({ diagnostics: [diag('e', 'error', '错误二。')] }) },
    ],
    [batchDiag('unit-levels', 'mixed', 'error', '同一单位报送了不同层级的案例。', ['a.docx', 'b.docx'])],
  );
  const decisions: RowDecisions = {
    text: (file) => (file === 'a.docx' ? '通过' : ''),
    counts: (file) => (file === 'a.docx' ? { errors: 0, warnings: 1 } : undefined),
    opinion: (o) => ('file' in o ? `${o.file} 第 ${o.index} 条` : `批次第 ${o.batch} 条`),
  };

  it('a file without decided counts keeps its own counts', () => {
    const rows = reviewRows(batch, PROFILE, 'zh-CN', decisions);
    expect(rows.map((r) => [r.errors, r.warnings, r.decision])).toEqual([
      [0, 1, '通过'],
      [2, 0, ''],
    ]);
  });

  it('has no 审核结论 column unless asked', () => {
    expect(reviewHeaders()).toEqual(REVIEW_HEADERS);
    expect(reviewHeaders('zh-CN', true)).toEqual([...REVIEW_HEADERS, '审核结论']);
    expect(reviewTable(batch, PROFILE, 'zh-CN', decisions)[1].at(-1)).toBe('通过');
  });

  it('each diagnostic row carries the opinion on that diagnostic, by its place in the file’s own list', () => {
    const rows = diagnosticRows(batch, 'zh-CN', decisions);
    expect(rows.map((r) => [r.file, r.ruleId, r.opinion])).toEqual([
      ['a.docx', 'e', 'a.docx 第 1 条'],
      ['a.docx', 'w', 'a.docx 第 0 条'],
      ['b.docx', 'e', 'b.docx 第 0 条'],
      ['a.docx\nb.docx', 'unit-levels', '批次第 0 条'],
    ]);
  });

  it('without decisions, opinions are empty', () => {
    expect(diagnosticRows(batch).map((r) => r.opinion)).toEqual(['', '', '', '']);
  });

  it('the diagnostic table has a 审核意见 column with decisions, and none without', () => {
    const t = diagnosticTable(batch, 'zh-CN', decisions);
    expect(t[0]).toEqual(['文件', '规则', '级别', '位置', '说明', '审核意见']);
    expect(t[1]).toEqual(['a.docx', 'e', '错误', '全文', '错误一。', 'a.docx 第 1 条']);
    expect(diagnosticTable(batch)[1]).toEqual(['a.docx', 'e', '错误', '全文', '错误一。']);
  });
});

describe('summaryLine', () => {
  const all = { ...SUMMARY, files: 12, checked: 8, unreadable: 1, scans: 2, ignored: 1, units: 5, unitsWithout: 3 };
  const plain = { ...SUMMARY, files: 3, checked: 3, unreadable: 0, units: 2 };

  it('says everything in Chinese by default', () => {
    expect(summaryLine(all)).toBe('共 12 个文件：已检查 8 个案例，无法读取 1 个，盖章扫描件 2 个，已忽略 1 个，涉及 5 个申报单位（单位名单中另有 3 个单位未报送）');
  });

  it('leaves out scans, ignored files and the roster when there are none', () => {
    expect(summaryLine(plain, 'zh-CN')).toBe('共 3 个文件：已检查 3 个案例，无法读取 0 个，涉及 2 个申报单位');
  });

  it('speaks English on request', () => {
    expect(summaryLine(all, 'en')).toBe('12 files: 8 cases checked, 1 unreadable, 2 stamped scans, 1 ignored, 5 units (3 more in the roster sent nothing)');
    expect(summaryLine(plain, 'en')).toBe('3 files: 3 cases checked, 0 unreadable, 2 units');
  });
});

describe('commonFolder', () => {
  it.each([
    [[], ''],
    [['2024/甲学院/案例一.docx'], '2024/甲学院/'],
    [['2024/甲学院/案例一.docx', '2024/甲学院/案例二.docx'], '2024/甲学院/'],
    [['2024/甲学院/案例一.docx', '2024/乙学院/案例二.docx'], '2024/'],
    [['2024/甲学院/一/案例一.docx', '2024/甲学院/案例二.docx'], '2024/甲学院/'],
    [['2024/甲学院/案例一.docx', '2024/甲学院党委/案例二.docx'], '2024/'],
    [['甲学院/案例一.docx', '2024/甲学院/案例一.docx'], ''],
    [['案例一.docx', '甲学院/案例二.docx'], ''],
  ] as [string[], string][])('%j → %j', (paths, folder) => {
    expect(commonFolder(paths)).toBe(folder);
  });
});
