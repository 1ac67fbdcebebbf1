/**
 * The unit roster read from rows (src/core/batch/roster.ts): header layouts without a
 * name column, rows shorter than the header, extra alias columns, and spellings that name
 * two units. Every expected roster is written out by hand from the rows.
 */
import { rosterFromRows } from '../../../src/core/batch/roster';

describe('an empty roster', () => {
  it('is an empty list of units from its source, with one problem', () => {
    expect(rosterFromRows([['', ' '], []], '名单.csv')).toEqual({ roster: { source: '名单.csv', units: [] }, problems: ['单位名单“名单.csv”是空的。'] });
  });
});

describe('the rows a problem names', () => {
  it('are the rows of the file, counting the blank rows that were skipped', () => {
    const r = rosterFromRows(
      [
        ['单位名称', '简称'],
        [],
        ['信息科学与工程学院党委', '信息学院'],
        ['', ''],
        ['', '冶金学院'],
        ['信息科学与工程学院党委'],
      ],
      '名单.csv',
    );
    expect(r.roster.units.map((u) => u.name)).toEqual(['信息科学与工程学院党委']);
    expect(r.problems).toEqual(['单位名单“名单.csv”第 5 行没有单位名称，已跳过。', '单位名单“名单.csv”第 6 行的“信息科学与工程学院党委”与前面的行重复，已跳过。']);
  });
});

describe('a header without a name column: the name is the first column that is neither 简称 nor 别名', () => {
  it('简称, an unknown header, 别名: the name is the middle column', () => {
    const r = rosterFromRows(
      [
        ['简称', '组织', '别名'],
        ['信息学院', '信息科学与工程学院党委', '信息学院党委'],
      ],
      'a.csv',
    );
    expect(r.roster.units).toEqual([{ id: '信息科学与工程学院党委', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信息学院党委'] }]);
    expect(r.problems).toEqual([]);
  });

  it('别名, 简称, an unknown header: the name is the third column, and a row without it is skipped', () => {
    const r = rosterFromRows(
      [
        ['别名', '简称', '组织'],
        ['信息学院党委', '信息学院', '信息科学与工程学院党委'],
        ['冶金学院分党委', '冶金学院'],
      ],
      'b.csv',
    );
    expect(r.roster.units).toEqual([{ id: '信息科学与工程学院党委', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信息学院党委'] }]);
    expect(r.problems).toEqual(['单位名单“b.csv”第 3 行没有单位名称，已跳过。']);
  });

  it('简称 first and no 别名: the name is the second column', () => {
    const r = rosterFromRows(
      [
        ['简称', '组织'],
        ['冶金学院', '冶金学院党委'],
      ],
      'c.csv',
    );
    expect(r.roster.units).toEqual([{ id: '冶金学院党委', name: '冶金学院党委', short: '冶金学院', aliases: [] }]);
  });

  it('别名 first and no 简称: the name is the second column', () => {
    const r = rosterFromRows(
      [
        ['别名', '组织'],
        ['冶金学院分党委', '冶金学院党委'],
      ],
      'd.csv',
    );
    expect(r.roster.units).toEqual([{ id: '冶金学院党委', name: '冶金学院党委', aliases: ['冶金学院分党委'] }]);
  });
});

describe('alias columns', () => {
  it('reads every column after 别名 as aliases except 代码, 单位名称 and 简称, and an empty or missing cell as nothing', () => {
    const holes = ['冶金学院分党委', 'Y01', '冶金学院党委'];
    // A row as an .xlsx reader may give it: a hole where a cell was never written.
    const sparse = ['材料学院分党委', 'C02', '材料学院党委', undefined as unknown as string, '材料院'];
    const r = rosterFromRows(
      [
        ['别名', '代码', '单位名称', '简称', '其他写法'],
        ['信息学院党委', 'X03', '信息科学与工程学院党委', '信息学院', '信息院、信工学院'],
        holes,
        sparse,
      ],
      'e.csv',
    );
    expect(r.roster.units).toEqual([
      { id: 'X03', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信息学院党委', '信息院', '信工学院'] },
      { id: 'Y01', name: '冶金学院党委', aliases: ['冶金学院分党委'] },
      { id: 'C02', name: '材料学院党委', aliases: ['材料学院分党委', '材料院'] },
    ]);
    expect(r.problems).toEqual([]);
  });
});

describe('header names', () => {
  it.each(['单位名称', '单位全称', '全称', '分党委（直属党总支）', '分党委(直属党总支)', '分党委', '党组织名称', '名称', '单位', '申报单位', 'name', 'unit', 'Name', 'UNIT'])(
    '%s names the name column',
    (h) => {
      const r = rosterFromRows([['代码', h], ['Y01', '冶金学院党委']], 'h.csv');
      expect(r.roster.units).toEqual([{ id: 'Y01', name: '冶金学院党委', aliases: [] }]);
    },
  );

  it.each(['简称', '单位简称', 'short', 'Short'])('%s names the short-name column', (h) => {
    const r = rosterFromRows([['单位名称', h], ['冶金学院党委', '冶金学院']], 'h.csv');
    expect(r.roster.units).toEqual([{ id: '冶金学院党委', name: '冶金学院党委', short: '冶金学院', aliases: [] }]);
  });

  it.each(['别名', '其他名称', '其他写法', '常见写法', '曾用名', 'aliases', 'alias', 'Alias'])('%s names the alias column', (h) => {
    const r = rosterFromRows([['单位名称', h], ['冶金学院党委', '冶金学院分党委']], 'h.csv');
    expect(r.roster.units).toEqual([{ id: '冶金学院党委', name: '冶金学院党委', aliases: ['冶金学院分党委'] }]);
  });

  it.each(['代码', '单位代码', '编号', '单位编号', 'id', 'code', 'ID'])('%s names the id column, first or not', (h) => {
    expect(rosterFromRows([['单位名称', h], ['冶金学院党委', 'Y01']], 'h.csv').roster.units).toEqual([{ id: 'Y01', name: '冶金学院党委', aliases: [] }]);
    expect(rosterFromRows([[h, '单位名称'], ['Y01', '冶金学院党委']], 'h.csv').roster.units).toEqual([{ id: 'Y01', name: '冶金学院党委', aliases: [] }]);
  });

  it('reads no aliases from a column it does not know, before or without a 别名 column', () => {
    expect(rosterFromRows([['单位名称', '简称', '备注'], ['冶金学院党委', '冶金学院', '2024年新设']], 'h.csv').roster.units).toEqual([
      { id: '冶金学院党委', name: '冶金学院党委', short: '冶金学院', aliases: [] },
    ]);
    expect(rosterFromRows([['单位名称', '备注', '别名'], ['冶金学院党委', '2024年新设', '冶金学院分党委']], 'h.csv').roster.units).toEqual([
      { id: '冶金学院党委', name: '冶金学院党委', aliases: ['冶金学院分党委'] },
    ]);
  });
});

describe('cells', () => {
  it('trims cells and each alias, drops a repeated alias, and skips blank rows', () => {
    const r = rosterFromRows(
      [
        ['单位名称', '简称', '别名'],
        ['', '  '],
        [' 信息科学与工程学院党委 ', ' 信息学院', '信工， 信息院、信工'],
      ],
      'i.csv',
    );
    expect(r.roster.units).toEqual([{ id: '信息科学与工程学院党委', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信工', '信息院'] }]);
    expect(r.problems).toEqual([]);
  });
});

describe('short rows', () => {
  it('gives a row that ends before the 别名 column no aliases', () => {
    const r = rosterFromRows(
      [
        ['单位名称', '简称', '别名'],
        ['冶金学院党委'],
      ],
      'g.csv',
    );
    expect(r.roster.units).toEqual([{ id: '冶金学院党委', name: '冶金学院党委', aliases: [] }]);
  });
});

describe('a spelling that names two units', () => {
  it('is dropped from both, where it is an alias or a short name, and the other spellings stay', () => {
    const r = rosterFromRows(
      [
        ['单位名称', '简称', '别名'],
        ['冶金学院党委', '冶金学院', '材冶、冶院'],
        ['材料学院党委', '材料学院', '材冶'],
        ['理学院党委', '理学院', ''],
        ['数学学院党委', '数学院', '理学院'],
      ],
      'f.csv',
    );
    expect(r.roster.units).toEqual([
      { id: '冶金学院党委', name: '冶金学院党委', short: '冶金学院', aliases: ['冶院'] },
      { id: '材料学院党委', name: '材料学院党委', short: '材料学院', aliases: [] },
      { id: '理学院党委', name: '理学院党委', aliases: [] },
      { id: '数学学院党委', name: '数学学院党委', short: '数学院', aliases: [] },
    ]);
    expect(r.problems).toEqual([
      '单位名单中“材冶”同时指向“冶金学院党委”和“材料学院党委”，无法据此归并，请在名单中改正。',
      '单位名单中“理学院”同时指向“理学院党委”和“数学学院党委”，无法据此归并，请在名单中改正。',
    ]);
  });
});
