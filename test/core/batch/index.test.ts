/**
 * checkBatch and levelOf (src/core/batch/index.ts): what a file's row says when the front end
 * hands over less than usual. Expected values are written out by hand.
 */
import { checkBatch, levelOf, type BatchItem } from '../../../src/core/batch';
import { fileFormat } from '../../../src/core/batch/rules';
import type { Profile } from '../../../src/core/profile/types';
import { item, PROFILE } from './helpers';

describe('levelOf', () => {
  it('gives the part before the dot for a category the profile does not list (lab.team → lab)', () => {
    expect(levelOf('lab.team', PROFILE)).toBe('lab');
    expect(levelOf('branch.teacher', PROFILE)).toBe('branch');
  });

  it('climbs to a parent the profile names but does not list', () => {
    const profile: Profile = { ...PROFILE, categories: [...PROFILE.categories, { id: 'team', label: '团队', aliases: [], parent: 'lab' }] };
    expect(levelOf('team', profile)).toBe('lab');
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
});
