/**
 * The settings and dismissals as custom document properties: every value within desktop
 * Word's 255 characters, read back the same by the gateway and the .docx reader.
 */
import {
  DISMISSED_MAX,
  FINGERPRINTS_PER_PROPERTY,
  PROPERTY_VALUE_MAX,
  dismissedPropertyNames,
  parseDismissed,
  parseSettingsValue,
  serializeDismissed,
  settingsFromProperties,
} from '../../src/core/settings';

/** `n` distinct fingerprints of 7 base-36 characters. */
function fingerprints(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, i) => (from + i).toString(36).padStart(7, 'a'));
}

describe('the dismissal store', () => {
  it('uses CaseAssistant.dismissed.1 … .8, 32 fingerprints to a property', () => {
    expect(dismissedPropertyNames()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `CaseAssistant.dismissed.${n}`));
    // 32 × 7 characters and 31 commas = 255.
    expect(FINGERPRINTS_PER_PROPERTY).toBe(32);
    expect(DISMISSED_MAX).toBe(256);
  });

  it('every value fits desktop Word\'s 255 characters, and the full store reads back whole', () => {
    const all = fingerprints(256);
    const values = serializeDismissed(all);
    expect(values).toHaveLength(8);
    for (const v of values) expect(v.length).toBeLessThanOrEqual(PROPERTY_VALUE_MAX);
    expect(values[0].length).toBe(255);
    // What desktop Word keeps of each value: its first 255 characters.
    expect(parseDismissed(values.map((v) => v.slice(0, 255)))).toEqual(all);
  });

  it('beyond 256 the oldest go first', () => {
    const values = serializeDismissed(fingerprints(300));
    expect(parseDismissed(values)).toEqual(fingerprints(256, 44));
  });

  it('splits 40 dismissals as 32 + 8', () => {
    expect(serializeDismissed(fingerprints(40)).map((v) => v.split(',').length)).toEqual([32, 8]);
    expect(serializeDismissed([])).toEqual([]);
  });

  it('ignores what is not a fingerprint: junk, repeats, a value cut inside an entry, a missing property', () => {
    expect(parseDismissed(['abcdefg,ABCDEFG,xyz,abcdefg, hijklmn ', undefined, 'opqrstu,vwxy'])).toEqual(['abcdefg', 'hijklmn', 'opqrstu']);
    expect(parseDismissed([null, ''])).toEqual([]);
  });
});

describe('the settings JSON', () => {
  it('keeps the switched-off hints as a list of ids, without repeats', () => {
    expect(parseSettingsValue('{"category":"branch","hintsOff":["listing-heavy","listing-heavy",3]}')).toEqual({
      settings: { category: 'branch', hintsOff: ['listing-heavy'] },
    });
  });

  it('keeps only true/false self-check answers: strings, numbers, null and objects are dropped', () => {
    const value = '{"category":7,"selfCheck":{"c1":true,"c2":false,"c3":"true","c4":1,"c5":null,"c6":{}}}';
    expect(parseSettingsValue(value)).toEqual({ settings: { selfCheck: { c1: true, c2: false } } });
    expect(parseSettingsValue('{"selfCheck":["c1"]}')).toEqual({ settings: {} });
  });

  it('says why a value could not be read', () => {
    expect(parseSettingsValue('{"category":')).toEqual({ settings: {}, problem: 'json' });
    expect(parseSettingsValue('[1]')).toEqual({ settings: {}, problem: 'shape' });
  });

  it('settings and dismissals from the properties of a document', () => {
    const props: Record<string, string> = {
      'CaseAssistant.settings': '{"category":"committee"}',
      'CaseAssistant.dismissed.2': 'bbbbbbb',
      'CaseAssistant.dismissed.1': 'aaaaaaa',
      Other: 'ccccccc',
    };
    expect(settingsFromProperties((n) => props[n]).settings).toEqual({ category: 'committee', dismissed: ['aaaaaaa', 'bbbbbbb'] });
  });
});

describe('the profile chosen for the document (issue 14)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serializeSettings } = require('../../src/word/types') as typeof import('../../src/word/types');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NEU_2024, loadProfile } = require('../../src/core/profile') as typeof import('../../src/core/profile');
  /** The longest id the schema allows: 40 characters. */
  const LONGEST = 'a'.repeat(35) + '-2025';
  const allHints = ['listing-heavy', 'integration-weak'];
  const allChecked = Object.fromEntries(NEU_2024.criteria.map((c) => [c.id, true]));

  it('is read back with the category', () => {
    expect(parseSettingsValue('{"profile":"baiyun-2020","category":"branch"}')).toEqual({ settings: { profile: 'baiyun-2020', category: 'branch' } });
    // Not an id the schema allows: dropped, the rest kept.
    expect(parseSettingsValue('{"profile":"../x.json","category":"branch"}')).toEqual({ settings: { category: 'branch' } });
    expect(parseSettingsValue(`{"profile":"${'a'.repeat(41)}"}`)).toEqual({ settings: {} });
  });

  it('the schema allows 40 characters and no more', () => {
    expect(LONGEST).toHaveLength(40);
    const ok = loadProfile({ ...JSON.parse(JSON.stringify(NEU_2024)), id: LONGEST });
    expect(ok.ok).toBe(true);
    const long = loadProfile({ ...JSON.parse(JSON.stringify(NEU_2024)), id: LONGEST + 'b' });
    expect(long.ok ? [] : long.errors.map((e) => e.path)).toEqual(['$.id']);
  });

  it('with the longest id, the longest category, every hint off and every criterion ticked: within 255, profile and category kept', () => {
    const longestCategory = NEU_2024.categories.map((c) => c.id).sort((a, b) => b.length - a.length)[0];
    const json = serializeSettings({ profile: LONGEST, category: longestCategory, hintsOff: allHints, selfCheck: allChecked }, NEU_2024);
    expect(json.length).toBeLessThanOrEqual(PROPERTY_VALUE_MAX);
    expect(JSON.parse(json)).toMatchObject({ profile: LONGEST, category: 'branch.teacher', hintsOff: allHints });
    expect(parseSettingsValue(json).settings).toMatchObject({ profile: LONGEST, category: 'branch.teacher' });
  });

  it('is written only once chosen (a document without it reads as the default)', () => {
    expect(serializeSettings({ category: 'branch' }, NEU_2024)).toBe('{"category":"branch"}');
    expect(serializeSettings({ profile: 'jiangsu-2018', category: 'project' })).toBe('{"profile":"jiangsu-2018","category":"project"}');
  });
});

describe('what a document may hold that is not settings (issue 16)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { hasSettings } = require('../../src/core/settings') as typeof import('../../src/core/settings');

  it('an empty or blank value, or one that is not text, is no settings and no problem', () => {
    expect(parseSettingsValue('')).toEqual({ settings: {} });
    expect(parseSettingsValue('  \n ')).toEqual({ settings: {} });
    expect(parseSettingsValue(42)).toEqual({ settings: {} });
    expect(parseSettingsValue(undefined)).toEqual({ settings: {} });
  });

  it('JSON that is not an object is a problem of shape: null, a number, a string', () => {
    expect(parseSettingsValue('null')).toEqual({ settings: {}, problem: 'shape' });
    expect(parseSettingsValue('5')).toEqual({ settings: {}, problem: 'shape' });
    expect(parseSettingsValue('"branch"')).toEqual({ settings: {}, problem: 'shape' });
  });

  it('drops a profile that is not text, a self-check that is not an object and an empty hint list', () => {
    expect(parseSettingsValue('{"profile":7,"category":"branch"}')).toEqual({ settings: { category: 'branch' } });
    expect(parseSettingsValue('{"selfCheck":"yes"}')).toEqual({ settings: {} });
    expect(parseSettingsValue('{"selfCheck":true}')).toEqual({ settings: {} });
    expect(parseSettingsValue('{"hintsOff":[]}')).toEqual({ settings: {} });
    expect(parseSettingsValue('{"hintsOff":[1,null]}')).toEqual({ settings: {} });
  });

  it('a fingerprint is exactly 7 characters: 8 are not one, in what is read and in what is written', () => {
    expect(parseDismissed(['abcdefgh,xabcdefg,abcdefg'])).toEqual(['abcdefg']);
    expect(serializeDismissed(['abcdefgh', 'xabcdefg', 'ABCDEFG', 'abc', 'abcdefg'])).toEqual(['abcdefg']);
  });

  it('any one field is settings; none is not', () => {
    expect(hasSettings({})).toBe(false);
    expect(hasSettings({ profile: 'neu-2024' })).toBe(true);
    expect(hasSettings({ category: 'branch' })).toBe(true);
    expect(hasSettings({ selfCheck: {} })).toBe(true);
    expect(hasSettings({ hintsOff: ['listing-heavy'] })).toBe(true);
    expect(hasSettings({ dismissed: ['abcdefg'] })).toBe(true);
  });
});
