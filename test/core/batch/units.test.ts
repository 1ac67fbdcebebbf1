/**
 * units.ts: unit keys from the profile's prefixes, and the keys a roster unit answers to.
 * Expected keys are written out by hand from the profile's lists (neu-2024: prefixes 中国共产党,
 * 中共, 东北大学).
 */
import { rosterKeys, unitKey } from '../../../src/core/batch';
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

describe('rosterKeys', () => {
  it('answers to the name only when the roster gives no short name or alias', () => {
    expect(rosterKeys({ id: '冶金学院党委', name: '冶金学院党委', aliases: [] }, NAMES)).toEqual(['冶金学院']);
  });

  it('answers to the name, the short name and each alias, folded and once each', () => {
    const unit = { id: '信息', name: '信息科学与工程学院党委', short: '信息学院', aliases: ['信息学院分党委', '中共东北大学信息科学与工程学院委员会'] };
    expect(rosterKeys(unit, NAMES)).toEqual(['信息科学与工程学院', '信息学院']);
  });
});
