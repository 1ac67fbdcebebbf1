/**
 * checkBatch and levelOf (src/core/batch/index.ts): what a file's row says when the front end
 * hands over less than usual. Expected values are written out by hand.
 */
import { checkBatch, levelOf, rosterFromRows, type BatchItem } from '../../../src/core/batch';
import { fileFormat, resubmission, unitLevels, unitName, unitQuota } from '../../../src/core/batch/rules';
import type { Profile } from '../../../src/core/profile/types';
import { item, PROFILE, profileWith } from './helpers';

describe('levelOf', () => {
  it('gives the part before the dot for a category the profile does not list (lab.team → lab)', () => {
    expect(levelOf('lab.team', PROFILE)).toBe('lab');
    expect(levelOf('branch.teacher', PROFILE)).toBe('branch');
  });

  it('climbs to a parent the profile names but does not list', () => {
    const profile: Profile = { ...PROFILE, categories: [...PROFILE.categories, { id: 'team', label: '团队', aliases: [], parent: 'lab' }] };
    expect(levelOf('team', profile)).toBe('lab');
  });

  it('climbs a chain of parents to the top (a.b.c → a.b → a)', () => {
    const chain = [
      { id: 'a', label: '甲', aliases: [] },
      { id: 'a.b', label: '乙', aliases: [], parent: 'a' },
      { id: 'a.b.c', label: '丙', aliases: [], parent: 'a.b' },
    ];
    expect(levelOf('a.b.c', { ...PROFILE, categories: chain })).toBe('a');
  });
});

describe('checkBatch: a file’s row', () => {
  it('reports a case handed over with neither a report nor an error as unreadable (无法读取)', () => {
    const r = checkBatch([{ file: '材料/案例.docx' }], PROFILE, {}, [fileFormat]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'file-format', messageId: 'unreadable', severity: 'error', files: ['材料/案例.docx'], data: { code: 'unreadable', detail: '无法读取' } });
    expect(r.diagnostics[0].message).toBe('“案例.docx”无法读取：无法读取');
    expect(r.summary).toMatchObject({ files: 1, checked: 0, unreadable: 1, errors: 1 });
  });

  it('gives a readable case without a unit no stamped scan', () => {
    const r = checkBatch([item('无单位.docx', { title: '某案例', category: 'committee' })], PROFILE);
    expect(r.files[0]).toMatchObject({ file: '无单位.docx', ok: true, scans: [] });
    expect(r.files[0].unit).toBeUndefined();
  });

  it('passes the reader’s warnings on to the file’s row, and adds none where there were none', () => {
    const warned: BatchItem = { ...item('a.docx', { unit: '冶金学院', category: 'committee' }), warnings: ['文档含有未接受的修订'] };
    const r = checkBatch([warned, item('b.docx', { unit: '冶金学院', category: 'branch' })], PROFILE);
    expect(r.files[0].warnings).toEqual(['文档含有未接受的修订']);
    expect('warnings' in r.files[1]).toBe(false);
  });

  it('trims the unit and title a front end hands over, and falls back to the cover for a blank one', () => {
    const r = checkBatch(
      [
        { ...item('a.docx', { unit: '冶金学院', title: '封面标题', category: 'committee' }), unit: '   ', title: '  新标题  ' },
        { ...item('b.docx', { unit: '材料学院', title: '  封面上的标题  ', category: 'committee' }) },
      ],
      PROFILE,
    );
    expect(r.files.map((f) => [f.unit, f.title])).toEqual([
      ['冶金学院', '新标题'],
      ['材料学院', '封面上的标题'],
    ]);
  });

  it('takes a report without a unit or title field as a case without them', () => {
    const report = item('a.docx', { category: 'committee' }).report!;
    const r = checkBatch([{ file: 'a.docx', report: { ...report, parts: {} } }], PROFILE);
    expect(r.files[0]).toMatchObject({ file: 'a.docx', ok: true, unit: undefined, title: undefined, category: 'committee' });
  });

  it('flags no resubmission when no earlier cases are given, even with a threshold of 0', () => {
    const r = checkBatch([item('a.docx', { unit: '冶金学院', title: '党建引领发展', category: 'committee' })], profileWith({ resubmissionThreshold: 0 }), {}, [resubmission]);
    expect(r.diagnostics).toEqual([]);
  });

  it('puts unit problems on the 申报单位 field and file problems on the document', () => {
    const items = [1, 2, 3].map((n) => item(`${n}.docx`, { unit: '冶金学院', category: n === 3 ? 'branch' : 'committee' }));
    const other = [item('5.docx', { unit: '信息学院', category: 'committee' }), item('6.docx', { unit: '信息科学与工程学院', category: 'committee' })];
    const r = checkBatch([...items, { file: '4.doc', error: { code: 'doc', message: '旧版 Word 格式' } }, ...other], PROFILE, {}, [unitQuota, unitLevels, unitName, fileFormat]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.messageId, d.target])).toEqual([
      ['unit-quota', 'over', { part: 'unit' }],
      ['unit-levels', 'same-level', { part: 'unit' }],
      ['unit-name', 'similar', { part: 'unit' }],
      ['file-format', 'doc', { part: 'document' }],
    ]);
  });

  it('gives an unreadable case its error and no scans, and a scan neither', () => {
    const r = checkBatch(
      [item('冶金/案例.docx', { unit: '冶金学院', title: '案例', category: 'committee' }), { file: '冶金/旧案例.doc', error: { code: 'doc', message: '旧版 Word 格式' } }, { file: '冶金/首页盖章扫描件.pdf' }],
      PROFILE,
    );
    expect(r.files.map((f) => [f.file, f.kind, f.ok, f.unit, f.scans, f.error])).toEqual([
      ['冶金/案例.docx', 'case', true, '冶金学院', ['冶金/首页盖章扫描件.pdf'], undefined],
      ['冶金/旧案例.doc', 'case', false, undefined, undefined, { code: 'doc', message: '旧版 Word 格式' }],
      ['冶金/首页盖章扫描件.pdf', 'scan', false, '冶金学院', undefined, undefined],
    ]);
    expect(r.summary).toMatchObject({ files: 3, checked: 1, unreadable: 1, scans: 1 });
  });

  it('gives a case’s row its unit’s key and a paired scan’s row the key of the unit it pairs with; none to a case without a unit or a scan that pairs with nothing', () => {
    const r = checkBatch(
      [
        item('冶金/案例.docx', { unit: '冶金学院党委', title: '案例', category: 'committee' }),
        { file: '冶金/首页盖章扫描件.pdf' },
        item('无单位.docx', { title: '某案例', category: 'committee' }),
        { file: '扫描件/扫描001.pdf' },
      ],
      PROFILE,
      {},
      [],
    );
    expect(r.files.map((f) => [f.file, f.unitKey])).toEqual([
      ['冶金/案例.docx', '冶金学院'],
      ['冶金/首页盖章扫描件.pdf', '冶金学院'],
      ['无单位.docx', undefined],
      ['扫描件/扫描001.pdf', undefined],
    ]);
    expect('unitKey' in r.files[2]).toBe(false);
    expect('unitKey' in r.files[3]).toBe(false);
  });

  it('counts the roster’s units that sent nothing and the info lines', () => {
    const { roster } = rosterFromRows([['单位名称'], ['冶金学院党委'], ['材料科学与工程学院党委'], ['外国语学院党委']], '名单.csv', PROFILE);
    const r = checkBatch([item('a.docx', { unit: '冶金学院', category: 'committee' })], PROFILE, { roster }, [unitName]);
    expect(r.diagnostics.map((d) => [d.messageId, d.severity])).toEqual([['not-submitted', 'info']]);
    expect(r.summary).toMatchObject({ units: 1, unitsWithout: 2, errors: 0, warnings: 0, infos: 1 });
  });
});
