import { AliasTable, profileTables } from '../../../src/core/structure/aliases';
import { PROFILE } from './helpers';

describe('alias tables', () => {
  test('the first part to name an alias keeps it (white space does not make a new alias)', () => {
    const t = new AliasTable<string>();
    t.add('背景', 'background');
    t.add('背 景', 'practice');
    expect(t.exact('背景')).toBe('background');
    expect(t.longestAt('实施背景', 2)).toEqual({ value: 'background', length: 2 });
  });

  test('a blank alias is ignored: it matches nothing, not even an empty string', () => {
    const t = new AliasTable<string>();
    t.add(' \u3000 ', 'blank');
    expect(t.exact('')).toBeUndefined();
    expect(t.longestAt('实施背景', 0)).toBeUndefined();
    expect(t.maxLength).toBe(0);
  });

  test('an empty table has longest alias 0', () => {
    expect(new AliasTable<string>().maxLength).toBe(0);
  });

  test('a longer alias that would run past the end of the text does not match its shorter tail', () => {
    const t = new AliasTable<string>();
    t.add('实施背景', 'background');
    t.add('背景', 'background-short');
    expect(t.maxLength).toBe(4);
    expect(t.longestAt('背景', 0)).toEqual({ value: 'background-short', length: 2 });
    expect(t.longestAt('做法与背景', 3)).toEqual({ value: 'background-short', length: 2 });
    expect(t.longestAt('实施背景', 0)).toEqual({ value: 'background', length: 4 });
  });

  test("a profile's tables are built once per profile object", () => {
    const first = profileTables(PROFILE);
    expect(profileTables(PROFILE)).toBe(first);
    expect(profileTables({ ...PROFILE })).not.toBe(first);
    expect(first.parts.exact('经验启示')?.id).toBe('lessons');
    expect(first.byTag.get('case.practice')?.id).toBe('practice');
  });
});
