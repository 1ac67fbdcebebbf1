/**
 * Issue 11, point 3: the stamped first-page scan is an attachment, not a wrong file; it
 * is paired with its unit (and case); units without one get `scan-missing`; Word's ~$
 * lock files are listed as ignored, never as unreadable.
 */
import { checkBatch, fileKind, reviewRows, rosterFromRows, type BatchItem } from '../../../src/core/batch';
import { fileFormat, scanMissing } from '../../../src/core/batch/rules';
import { bad, item, PROFILE, profileWith } from './helpers';

describe('fileKind', () => {
  it.each([
    ['冶金学院/首页盖章扫描件.pdf', 'scan'],
    ['冶金学院/冶金学院-盖章.PDF', 'scan'],
    ['冶金学院/首页.jpg', 'scan'],
    ['冶金学院/案例一扫描.png', 'scan'],
    ['冶金学院/公章页.tiff', 'scan'],
    ['冶金学院/附件.pdf', 'case'],
    ['冶金学院/扫描件说明.docx', 'case'],
    ['冶金学院/案例.doc', 'case'],
    ['冶金学院/~$案例.docx', 'ignored'],
    ['冶金学院/Thumbs.db', 'ignored'],
  ])('%s → %s', (file, kind) => {
    expect(fileKind(file, PROFILE).kind).toBe(kind);
  });

  it('needs the profile entry: without it a scan is an ordinary file', () => {
    expect(fileKind('首页盖章扫描件.pdf', profileWith({ scans: undefined })).kind).toBe('case');
  });
});

// A PDF and a lock file arrive as the front ends hand them over: with the reader's error.
const pdf = (file: string): BatchItem => bad(file, 'pdf');
const lock = (file: string): BatchItem => bad(file, 'lock-file', 'Word 临时锁定文件');

describe('stamped scans and lock files in a batch', () => {
  const items = [
    item('冶金学院/冶金铸魂（分党委）.docx', { unit: '冶金学院党委', title: '冶金铸魂工程', category: 'committee' }),
    item('冶金学院/团队支部（教师党支部）.docx', { unit: '冶金学院', title: '团队支部', category: 'branch.teacher' }),
    pdf('冶金学院/首页盖章扫描件.pdf'),
    lock('冶金学院/~$金铸魂（分党委）.docx'),
    item('信息学院/智慧党建（分党委）.docx', { unit: '信息科学与工程学院党委', title: '“智慧党建”平台赋能学院治理', category: 'committee' }),
    item('信息学院/红色引擎（学生党支部）.docx', { unit: '信息科学与工程学院党委', title: '红色引擎', category: 'branch.student' }),
    pdf('信息学院/智慧党建-首页盖章.pdf'),
    item('机械学院/三级联动.docx', { unit: '机械工程与自动化学院党委', title: '三级联动', category: 'committee' }),
    pdf('扫描件/材料学院盖章扫描.pdf'),
    pdf('扫描件/扫描001.pdf'),
    pdf('冶金学院/附件.pdf'),
  ];
  const r = checkBatch(items, PROFILE);
  const byFile = new Map(r.files.map((f) => [f.file, f]));

  it('reports no file-format error for a scan or a lock file, but still for a PDF that is not a scan', () => {
    const format = r.diagnostics.filter((d) => d.ruleId === 'file-format');
    expect(format.map((d) => d.files[0])).toEqual(['冶金学院/附件.pdf']);
    expect(r.summary).toMatchObject({ files: 11, checked: 5, unreadable: 1, scans: 4, ignored: 1 });
  });

  it('pairs a scan with its unit by folder, with its case by name, and with a unit by name', () => {
    expect(byFile.get('冶金学院/首页盖章扫描件.pdf')).toMatchObject({ kind: 'scan', unit: '冶金学院党委', scanOf: { unit: '冶金学院' } });
    expect(byFile.get('冶金学院/首页盖章扫描件.pdf')?.scanOf?.file).toBeUndefined();
    expect(byFile.get('信息学院/智慧党建-首页盖章.pdf')).toMatchObject({ kind: 'scan', unit: '信息科学与工程学院党委', scanOf: { file: '信息学院/智慧党建（分党委）.docx' } });
    // 材料学院 sent no case: its name alone does not pair it.
    expect(byFile.get('扫描件/材料学院盖章扫描.pdf')?.scanOf).toBeUndefined();
    expect(byFile.get('扫描件/扫描001.pdf')?.scanOf).toBeUndefined();
    // Each case knows its scans: its own, then its unit's.
    expect(byFile.get('冶金学院/团队支部（教师党支部）.docx')?.scans).toEqual(['冶金学院/首页盖章扫描件.pdf']);
    expect(byFile.get('信息学院/智慧党建（分党委）.docx')?.scans).toEqual(['信息学院/智慧党建-首页盖章.pdf']);
    expect(byFile.get('信息学院/红色引擎（学生党支部）.docx')?.scans).toEqual([]);
    expect(r.units.map((u) => [u.name, u.scans])).toEqual([
      ['冶金学院党委', ['冶金学院/首页盖章扫描件.pdf']],
      ['信息科学与工程学院党委', ['信息学院/智慧党建-首页盖章.pdf']],
      ['机械工程与自动化学院党委', []],
    ]);
  });

  it('lists the lock file as ignored', () => {
    expect(byFile.get('冶金学院/~$金铸魂（分党委）.docx')).toMatchObject({ kind: 'ignored', ignored: 'lock-file', ok: false });
    expect(byFile.get('冶金学院/~$金铸魂（分党委）.docx')?.error).toBeUndefined();
  });

  it('scan-missing: a unit without scans, a case its unit’s scans do not name, a scan that pairs with nothing', () => {
    const d = r.diagnostics.filter((x) => x.ruleId === 'scan-missing');
    expect(d.map((x) => [x.messageId, x.severity, x.files])).toEqual([
      ['case', 'warning', ['信息学院/红色引擎（学生党支部）.docx']],
      ['unit', 'warning', ['机械学院/三级联动.docx']],
      ['unpaired', 'info', ['扫描件/材料学院盖章扫描.pdf']],
      ['unpaired', 'info', ['扫描件/扫描001.pdf']],
    ]);
    expect(d[1].message).toBe('申报单位“机械工程与自动化学院党委”的 1 项案例没有找到首页盖章扫描件；通知要求提交纸质版首页加盖分党委公章后的扫描件。');
    expect(d[0].message).toContain('“红色引擎（学生党支部）.docx”');
  });

  it('shows scans and ignored files as rows of their own kind in the review table', () => {
    const rows = new Map(reviewRows(r, PROFILE).map((x) => [x.file, x]));
    expect(rows.get('冶金学院/首页盖章扫描件.pdf')).toMatchObject({ kind: 'scan', category: '盖章扫描件', unit: '冶金学院党委', errors: 0, problems: '对应申报单位：冶金学院党委。' });
    expect(rows.get('信息学院/智慧党建-首页盖章.pdf')).toMatchObject({ title: '“智慧党建”平台赋能学院治理', problems: '对应案例：智慧党建（分党委）.docx。' });
    expect(rows.get('冶金学院/~$金铸魂（分党委）.docx')).toMatchObject({ kind: 'ignored', category: '已忽略', errors: 0, worst: '' });
    expect(rows.get('冶金学院/团队支部（教师党支部）.docx')?.scans).toBe('首页盖章扫描件.pdf');
    expect(rows.get('机械学院/三级联动.docx')?.scans).toBe('无');
  });

  it('pairs by the unit’s name (any spelling) or the case’s name from a folder of scans only', () => {
    const flat = checkBatch(
      [
        item('冶金学院/一.docx', { unit: '冶金学院分党委', title: '冶金铸魂工程', category: 'committee' }),
        item('信息学院/二.docx', { unit: '信息科学与工程学院党委', title: '红色引擎驱动人才培养', category: 'committee' }),
        pdf('扫描件汇总/冶金学院党委-首页盖章.pdf'),
        pdf('扫描件汇总/红色引擎驱动人才培养（首页扫描）.pdf'),
      ],
      PROFILE,
    );
    const f = new Map(flat.files.map((x) => [x.file, x]));
    expect(f.get('扫描件汇总/冶金学院党委-首页盖章.pdf')).toMatchObject({ unit: '冶金学院分党委', scanOf: { unit: '冶金学院' } });
    expect(f.get('扫描件汇总/红色引擎驱动人才培养（首页扫描）.pdf')?.scanOf).toEqual({ unit: '信息科学与工程学院', file: '信息学院/二.docx' });
    expect(flat.diagnostics.filter((d) => d.ruleId === 'scan-missing')).toEqual([]);
  });

  it('keeps a scan a scan when the front end refused to read it (too large, or not what its extension says)', () => {
    const r2 = checkBatch(
      [
        item('冶金学院/一.docx', { unit: '冶金学院党委', category: 'committee' }),
        { file: '冶金学院/首页盖章扫描件.pdf', error: { code: 'file-too-large', message: '文件过大（61.0 MB）', data: { sizeMb: '61.0', maxMb: '50.0' } } },
        bad('冶金学院/盖章页.jpg', 'not-docx'),
      ],
      PROFILE,
    );
    expect(r2.diagnostics.filter((d) => d.ruleId === 'file-format')).toEqual([]);
    expect(r2.files.map((f) => [f.kind, f.error])).toEqual([
      ['case', undefined],
      ['scan', undefined],
      ['scan', undefined],
    ]);
    expect(r2.summary).toMatchObject({ unreadable: 0, scans: 2 });
  });

  it('scan-missing: asks no scan of a roster unit that sent no case', () => {
    const { roster } = rosterFromRows([['单位名称'], ['冶金学院党委'], ['外国语学院党委']], '名单.csv', PROFILE);
    const r2 = checkBatch([item('冶金学院/一.docx', { unit: '冶金学院党委', category: 'committee' }), pdf('冶金学院/首页盖章扫描件.pdf')], PROFILE, { roster }, [scanMissing]);
    expect(r2.units.map((u) => [u.name, u.files.length, u.scans.length])).toEqual([
      ['冶金学院党委', 1, 1],
      ['外国语学院党委', 0, 0],
    ]);
    expect(r2.diagnostics).toEqual([]);
  });

  it('runs only where it can: no scans entry in the profile, no scan rule', () => {
    const bare = profileWith({ scans: undefined });
    const d = checkBatch(items, bare, {}, [scanMissing, fileFormat]).diagnostics;
    expect(d.filter((x) => x.ruleId === 'scan-missing')).toEqual([]);
    expect(d.filter((x) => x.ruleId === 'file-format')).toHaveLength(5);
  });
});
