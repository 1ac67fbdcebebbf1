/**
 * units.ts: unit keys from the profile's prefixes, and the keys a roster unit answers to.
 * Expected keys are written out by hand from the profile's lists (neu-2024: prefixes 中国共产党,
 * 中共, 东北大学).
 */
import { checkBatch, groupUnits, probablySameUnit, rosterKeys, unitKey, unitResolver, type BatchFile } from '../../../src/core/batch';
import { item } from './helpers';
import { PROFILE } from './helpers';

const NAMES = PROFILE.batch.unitNames;

describe('unitKey: prefixes', () => {
  it('peels layered prefixes but keeps the last one when nothing else is left (中共东北大学 → 东北大学)', () => {
    expect(unitKey('中共东北大学', NAMES)).toBe('东北大学');
    expect(unitKey('东北大学', NAMES)).toBe('东北大学');
    expect(unitKey('中共东北大学委员会', NAMES)).toBe('东北大学');
  });

  it('strips no prefix for a hand-written profile that lists only suffixes', () => {
    const names = { suffixes: ['党委'], source: '' } as unknown as typeof NAMES;
    expect(unitKey('中共冶金学院党委', names)).toBe('中共冶金学院');
  });
});

describe('unitKey: suffixes, punctuation and bounds', () => {
  const hand = (prefixes: string[], suffixes: string[]) => ({ prefixes, suffixes, source: '' });

  it('tries a longer suffix before a shorter one, whatever the profile’s order', () => {
    expect(unitKey('冶金学院分党委', hand([], ['党委', '分党委']))).toBe('冶金学院');
  });

  it('ignores blank entries of a hand-written profile', () => {
    expect(unitKey('冶金学院党委', hand([''], ['', '党委']))).toBe('冶金学院');
  });

  it('takes a suffix with brackets literally (党总支(筹)), also in brackets', () => {
    expect(unitKey('体育部（党总支（筹））', hand([], ['党总支(筹)']))).toBe('体育部');
    expect(unitKey('体育部党总支（筹）', hand([], ['党总支(筹)']))).toBe('体育部');
  });

  it('keeps a suffix that is all that is left after the prefixes (中共党委 → 党委, as 党委)', () => {
    expect(unitKey('中共党委', NAMES)).toBe('党委');
    expect(unitKey('党委', NAMES)).toBe('党委');
  });

  it('drops punctuation left at the end by a suffix, not inside the name', () => {
    expect(unitKey('计算机、软件学院党委', NAMES)).toBe('计算机、软件学院');
    expect(unitKey('冶金学院：：：：：党委', NAMES)).toBe('冶金学院');
  });

  it('stops after four rounds (a bound for a crafted field), so a fifth 党委 stays', () => {
    expect(unitKey('冶金学院党委党委党委党委党委', NAMES)).toBe('冶金学院党委');
  });
});

describe('probablySameUnit: abbreviations, slips and numbers', () => {
  it.each([
    ['软件院', '软件学院', true],
    ['外语', '外国语学院', false],
    ['信息学院', '信息安全研究中心', false],
    ['体育部', '体育学院', false],
    ['机械学院', '机械学部办公室', false],
    ['理学院', '化学院', false],
    ['第十一党支部', '第十二党支部', false],
    ['机关1-2支部', '机关12支部', false],
  ])('%s / %s → %s', (a, b, same) => {
    expect(probablySameUnit(a, b)).toBe(same);
  });
});

describe('unitResolver with a roster', () => {
  it('gives a spelling two roster units share to the first of them', () => {
    const resolve = unitResolver(PROFILE, {
      source: '名单.csv',
      units: [
        { id: 'A', name: '冶金学院党委', aliases: [] },
        { id: 'B', name: '冶金学院分党委', aliases: [] },
      ],
    });
    expect(resolve('冶金学院')?.key).toBe('roster:A');
  });
});

describe('groupUnits with a roster', () => {
  it('lists the units that sent cases, then the roster’s others, each with its short name and nothing in it', () => {
    const roster = {
      source: '名单.csv',
      units: [
        { id: '信息', name: '信息科学与工程学院党委', short: '信息学院', aliases: [] },
        { id: '材料', name: '材料科学与工程学院党委', short: '材料学院', aliases: [] },
        { id: '外语', name: '外国语学院党委', aliases: [] },
      ],
    };
    const r = checkBatch([item('a.docx', { unit: '信息学院', category: 'committee' })], PROFILE, { roster }, []);
    expect(r.units).toEqual([
      { key: 'roster:信息', name: '信息科学与工程学院党委', short: '信息学院', inRoster: true, rosterId: '信息', spellings: ['信息学院'], files: ['a.docx'], scans: [] },
      { key: 'roster:材料', name: '材料科学与工程学院党委', short: '材料学院', inRoster: true, rosterId: '材料', spellings: [], files: [], scans: [] },
      { key: 'roster:外语', name: '外国语学院党委', inRoster: true, rosterId: '外语', spellings: [], files: [], scans: [] },
    ]);
  });
});

describe('groupUnits without a unit', () => {
  it('puts a readable case without a unit in no unit', () => {
    const r = checkBatch([item('a.docx', { unit: '冶金学院', category: 'committee' }), item('无单位.docx', { title: '某案例', category: 'committee' })], PROFILE, {}, []);
    expect(r.units.map((u) => [u.key, u.name, u.files])).toEqual([['冶金学院', '冶金学院', ['a.docx']]]);
    expect(r.summary).toMatchObject({ units: 1, unitsWithout: 0 });
  });

  it('takes only readable cases with a unit (a scan or an unreadable file given a unit is left out)', () => {
    const files: BatchFile[] = [
      { file: '无单位.docx', kind: 'case', ok: true },
      { file: '冶金/扫描.pdf', kind: 'scan', ok: false, unit: '冶金学院' },
      { file: '冶金/旧.doc', kind: 'case', ok: false, unit: '冶金学院' },
    ];
    expect(groupUnits(files)).toEqual([]);
  });
});

describe('rosterKeys', () => {
  it('answers to the name only when the roster gives no short name or alias', () => {
    expect(rosterKeys({ id: '冶金学院党委', name: '冶金学院党委', aliases: [] }, NAMES)).toEqual(['冶金学院']);
  });

  it('answers to the name, the short name and each alias, folded and once each', () => {
    const unit = { id: '信息', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信息学院分党委', '中共东北大学信息科学与工程学院委员会'] };
    expect(rosterKeys(unit, NAMES)).toEqual(['信息科学与工程学院', '信息学院']);
  });
});
