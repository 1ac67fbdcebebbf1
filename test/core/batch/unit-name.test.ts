/**
 * Issue 11, point 1: one unit, many spellings. Suffixes and prefixes from the profile,
 * the optional unit roster, the `unit-name` hint, and the roster's units that sent nothing.
 * Expected values are written out by hand from the examples.
 */
import { checkBatch, probablySameUnit, rosterFromCsv, rosterFromRows, unitKey, type BatchItem, type UnitRoster } from '../../../src/core/batch';
import { unitName, unitQuota } from '../../../src/core/batch/rules';
import { bad, item, PROFILE, profileWith } from './helpers';

const NAMES = PROFILE.batch.unitNames;

describe('unitKey: the profile’s prefixes and organisational suffixes', () => {
  it.each([
    ['冶金学院', '冶金学院'],
    ['冶金学院党委', '冶金学院'],
    ['冶金学院分党委', '冶金学院'],
    ['冶金学院（分党委）', '冶金学院'],
    ['冶金学院分党委（盖章）', '冶金学院'],
    ['中共东北大学冶金学院委员会', '冶金学院'],
    ['东北大学冶金学院党委', '冶金学院'],
    ['体育部直属党总支', '体育部'],
    ['马克思主义学院党总支', '马克思主义学院'],
    ['机关党委', '机关'],
    ['信息科学与工程学院党委', '信息科学与工程学院'],
    ['ＡＢＣ学院 党委', 'ABC学院'],
    // Nothing but a suffix: kept, not emptied.
    ['党委', '党委'],
    ['（盖章）', ''],
  ])('%j → %j', (raw, key) => {
    expect(unitKey(raw, NAMES)).toBe(key);
  });

  it('folds only width, spaces and stamp notes without the profile entry', () => {
    expect(unitKey('冶金学院党委（盖章）')).toBe('冶金学院党委');
  });
});

describe('probablySameUnit', () => {
  it.each([
    ['信息学院', '信息科学与工程学院', true],
    ['资土学院', '资源与土木工程学院', true],
    ['冶金学院', '治金学院', true],
    ['冶金学院', '材料学院', false],
    ['冶金学院', '冶金学院', false],
    ['理学院', '生命科学学院', false],
    ['文法学院', '外国语学院', false],
    // Numbers tell units apart, however alike the rest is.
    ['第1学院', '第12学院', false],
    ['机关第一党支部', '机关第二党支部', false],
    ['信息学院', '信息学院1', false],
  ])('%s / %s → %s', (a, b, same) => {
    expect(probablySameUnit(a, b)).toBe(same);
  });
});

const run = (items: BatchItem[], roster?: UnitRoster) => checkBatch(items, PROFILE, { roster }, [unitQuota, unitName]);

describe('unit-quota across spellings (the issue’s 冶金学院)', () => {
  it('counts 冶金学院, 冶金学院党委 and 冶金学院分党委 as one unit: four cases, one error naming the spellings', () => {
    const items = [
      item('冶金/一.docx', { unit: '冶金学院', category: 'committee' }),
      item('冶金/二.docx', { unit: '冶金学院党委', category: 'branch.teacher' }),
      item('冶金/三.docx', { unit: '冶金学院分党委', category: 'branch.student' }),
      item('冶金/四.docx', { unit: '冶金学院党委（盖章）', category: 'branch.staff' }),
    ];
    const d = run(items).diagnostics.filter((x) => x.ruleId === 'unit-quota');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ messageId: 'over-spellings', severity: 'error', data: { unit: '冶金学院党委', count: 4, max: 2 } });
    expect(d[0].files).toEqual(['冶金/一.docx', '冶金/二.docx', '冶金/三.docx', '冶金/四.docx']);
    expect(d[0].message).toBe(
      '申报单位“冶金学院党委”报送了 4 项案例（封面分别写作“冶金学院”、“冶金学院党委”、“冶金学院分党委”），超过每个分党委（直属党总支）限报 2 项的规定。',
    );
  });

  it('names the unit by its most common spelling and lists the units once', () => {
    const r = run([item('a.docx', { unit: '冶金学院分党委' }), item('b.docx', { unit: '冶金学院党委' }), item('c.docx', { unit: '冶金学院党委' })]);
    expect(r.units.map((u) => [u.name, u.spellings, u.files.length])).toEqual([['冶金学院党委', ['冶金学院分党委', '冶金学院党委'], 3]]);
    expect(r.files.map((f) => [f.unit, f.unitWritten])).toEqual([
      ['冶金学院党委', '冶金学院分党委'],
      ['冶金学院党委', undefined],
      ['冶金学院党委', undefined],
    ]);
    expect(r.summary.units).toBe(1);
  });

  it('keeps the old grouping for a profile without unit names', () => {
    const bare = profileWith({ unitNames: undefined });
    const r = checkBatch([item('a.docx', { unit: '冶金学院' }), item('b.docx', { unit: '冶金学院党委' }), item('c.docx', { unit: '冶金学院分党委' })], bare, {}, [unitQuota]);
    expect(r.units).toHaveLength(3);
    expect(r.diagnostics).toHaveLength(0);
  });
});

describe('unit-name without a roster', () => {
  // The 信息学院: three spellings, two of which the suffixes join.
  const items = [
    item('信息/a.docx', { unit: '信息学院', category: 'committee' }),
    item('信息/b.docx', { unit: '信息科学与工程学院', category: 'branch' }),
    item('信息/c.docx', { unit: '信息科学与工程学院党委', category: 'branch' }),
  ];

  it('joins the suffix spellings and hints at the short name, naming both', () => {
    const r = run(items);
    expect(r.units.map((u) => u.name)).toEqual(['信息学院', '信息科学与工程学院']);
    const hints = r.diagnostics.filter((d) => d.ruleId === 'unit-name');
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatchObject({ messageId: 'similar', severity: 'info', data: { unit: '信息学院', other: '信息科学与工程学院', count: 3 } });
    expect(hints[0].files).toEqual(['信息/a.docx', '信息/b.docx', '信息/c.docx']);
    expect(hints[0].message).toContain('“信息学院”与“信息科学与工程学院”可能是同一单位');
    // Counted apart: 1 + 2 cases, no quota error is invented.
    expect(r.diagnostics.filter((d) => d.ruleId === 'unit-quota')).toHaveLength(0);
  });

  it('says nothing about units that are plainly different', () => {
    const r = run([item('a.docx', { unit: '冶金学院党委' }), item('b.docx', { unit: '材料科学与工程学院党委' }), item('c.docx', { unit: '外国语学院党委' })]);
    expect(r.diagnostics).toEqual([]);
  });
});

const ROSTER_CSV = '\ufeff单位名称,简称,别名\r\n信息科学与工程学院党委,信息学院,信息学院党委、信息学院分党委\r\n冶金学院党委,冶金学院,\r\n材料科学与工程学院党委,材料学院,\r\n外国语学院党委,,\r\n';

describe('the unit roster', () => {
  it('reads names, short names and aliases by header', () => {
    const { roster, problems } = rosterFromCsv(ROSTER_CSV, '名单.csv', PROFILE);
    expect(problems).toEqual([]);
    expect(roster.units).toEqual([
      { id: '信息科学与工程学院党委', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信息学院党委', '信息学院分党委'] },
      { id: '冶金学院党委', name: '冶金学院党委', short: '冶金学院', aliases: [] },
      { id: '材料科学与工程学院党委', name: '材料科学与工程学院党委', short: '材料学院', aliases: [] },
      { id: '外国语学院党委', name: '外国语学院党委', aliases: [] },
    ]);
  });

  it('reads columns in any order, a code column as the id, and a headerless list as name, short, aliases', () => {
    const coded = rosterFromRows(
      [
        ['简称', '单位代码', '单位全称', '其他名称'],
        ['信息学院', '012', '信息科学与工程学院党委', '信息学院党委'],
      ],
      'x.xlsx',
    );
    expect(coded.roster.units).toEqual([{ id: '012', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信息学院党委'] }]);
    const bare = rosterFromRows([['冶金学院党委', '冶金学院', '冶金学院分党委/中共冶金学院委员会']], 'y.csv');
    expect(bare.roster.units).toEqual([{ id: '冶金学院党委', name: '冶金学院党委', short: '冶金学院', aliases: ['冶金学院分党委', '中共冶金学院委员会'] }]);
  });

  it('says which rows it skipped and drops a spelling given to two units', () => {
    const { roster, problems } = rosterFromRows(
      [
        ['单位名称', '别名'],
        ['', '无名'],
        ['信息科学与工程学院党委', '信息学院'],
        ['信息科学与工程学院党委', ''],
        ['软件学院党委', '信息学院'],
      ],
      '名单.csv',
      PROFILE,
    );
    expect(problems).toEqual([
      '单位名单“名单.csv”第 2 行没有单位名称，已跳过。',
      '单位名单“名单.csv”第 4 行的“信息科学与工程学院党委”与前面的行重复，已跳过。',
      '单位名单中“信息学院”同时指向“信息科学与工程学院党委”和“软件学院党委”，无法据此归并，请在名单中改正。',
    ]);
    expect(roster.units.map((u) => [u.name, u.aliases])).toEqual([
      ['信息科学与工程学院党委', []],
      ['软件学院党委', []],
    ]);
  });

  it('gives a problem, not a throw, for an empty list', () => {
    expect(rosterFromRows([], 'empty.csv').problems).toEqual(['单位名单“empty.csv”是空的。']);
    expect(rosterFromRows([['单位名称']], 'h.csv').problems).toEqual(['单位名单“h.csv”中没有单位（需要“单位名称”一列）。']);
  });
});

describe('unit-name with a roster', () => {
  const { roster } = rosterFromCsv(ROSTER_CSV, '名单.csv', PROFILE);
  const items = [
    item('信息/a.docx', { unit: '信息学院', category: 'committee' }),
    item('信息/b.docx', { unit: '信息科学与工程学院', category: 'branch' }),
    item('信息/c.docx', { unit: '信息科学与工程学院党委（盖章）', category: 'branch' }),
    item('冶金/a.docx', { unit: '冶金学院分党委', category: 'committee' }),
    bad('冶金/b.doc', 'doc'),
  ];

  it('maps every spelling to its roster unit, so the quota counts the real unit', () => {
    const r = run(items, roster);
    const quota = r.diagnostics.filter((d) => d.ruleId === 'unit-quota');
    expect(quota).toHaveLength(1);
    expect(quota[0].data).toMatchObject({ unit: '信息科学与工程学院党委', count: 3 });
    expect(r.files.map((f) => f.unit)).toEqual(['信息科学与工程学院党委', '信息科学与工程学院党委', '信息科学与工程学院党委', '冶金学院党委', undefined]);
    expect(r.files[0].unitWritten).toBe('信息学院');
  });

  it('lists the roster’s units that sent nothing, in one line', () => {
    const r = run(items, roster);
    const none = r.diagnostics.filter((d) => d.messageId === 'not-submitted');
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ ruleId: 'unit-name', severity: 'info', files: [], data: { count: 2 } });
    expect(none[0].message).toBe('单位名单中有 2 个单位没有报送案例：材料科学与工程学院党委、外国语学院党委。');
    expect(r.units.map((u) => [u.name, u.files.length, u.inRoster])).toEqual([
      ['信息科学与工程学院党委', 3, true],
      ['冶金学院党委', 1, true],
      ['材料科学与工程学院党委', 0, true],
      ['外国语学院党委', 0, true],
    ]);
    expect(r.summary).toMatchObject({ units: 2, unitsWithout: 2 });
    expect(r.roster).toEqual({ source: '名单.csv', units: 4 });
  });

  it('reports a spelling the roster does not know: probably one of its units, or none', () => {
    const r = run([item('x.docx', { unit: '材料学院分党委' }), item('y.docx', { unit: '冶金与材料学院' }), item('z.docx', { unit: '艺术学院党委' })], roster);
    const names = r.diagnostics.filter((d) => d.ruleId === 'unit-name' && d.messageId !== 'not-submitted');
    // 材料学院分党委 is the short name with a suffix: the roster knows it.
    expect(r.files[0].unit).toBe('材料科学与工程学院党委');
    expect(names.map((d) => [d.messageId, d.severity, d.data.unit, d.data.other ?? null])).toEqual([
      ['similar-roster', 'info', '冶金与材料学院', '冶金学院党委'],
      ['unlisted', 'warning', '艺术学院党委', null],
    ]);
    expect(names[1].message).toBe('申报单位“艺术学院党委”不在单位名单（名单.csv）中，目前单独计数；请核对单位名称，或在名单中补充这一写法。');
  });

  it('hints at a roster unit by its short name too (信息学阮 for 信息学院)', () => {
    const r = run([item('x.docx', { unit: '信息学阮' })], roster);
    const names = r.diagnostics.filter((d) => d.ruleId === 'unit-name' && d.messageId !== 'not-submitted');
    expect(names.map((d) => [d.messageId, d.data.unit, d.data.other ?? null])).toEqual([['similar-roster', '信息学阮', '信息科学与工程学院党委']]);
  });

  it('compares a spelling the roster does not know only with the roster’s units, not with another unknown one', () => {
    const r = run([item('x.docx', { unit: '艺术学院' }), item('y.docx', { unit: '艺术设计学院' })], roster);
    const names = r.diagnostics.filter((d) => d.ruleId === 'unit-name' && d.messageId !== 'not-submitted');
    expect(names.map((d) => [d.messageId, d.data.unit])).toEqual([
      ['unlisted', '艺术学院'],
      ['unlisted', '艺术设计学院'],
    ]);
  });

  it('has no not-submitted line when every roster unit sent a case', () => {
    const all = rosterFromRows([['单位名称'], ['冶金学院党委'], ['外国语学院党委']], '名单.csv', PROFILE).roster;
    const r = run([item('a.docx', { unit: '冶金学院', category: 'committee' }), item('b.docx', { unit: '外国语学院', category: 'committee' })], all);
    expect(r.diagnostics.filter((d) => d.ruleId === 'unit-name')).toEqual([]);
  });

  it('hints at a roster unit when the spelling is close to any one of its names, not all of them', () => {
    // 阮 for 院: one character off the full name 信息科学与工程学院, nothing like the short name 信息学院.
    const r = run([item('x.docx', { unit: '信息科学与工程学阮党委' })], roster);
    const names = r.diagnostics.filter((d) => d.ruleId === 'unit-name' && d.messageId !== 'not-submitted');
    expect(names.map((d) => [d.messageId, d.severity, d.data.unit, d.data.other ?? null])).toEqual([['similar-roster', 'info', '信息科学与工程学阮党委', '信息科学与工程学院党委']]);
    expect(names[0].message).toBe('申报单位“信息科学与工程学阮党委”不在单位名单中，可能是名单中的“信息科学与工程学院党委”；目前单独计数，请核对，或在名单中补充这一写法。');
  });
});
