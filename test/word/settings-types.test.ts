/**
 * The pane's document gateway without Office (src/word/types.ts): how edits since the last
 * read are folded together, and how the settings are cut to fit desktop Word's 255
 * characters. Before issue 16 only the pane's tests reached these; here they run in process.
 */
import { NEU_2024 } from '../../src/core/profile';
import { DocumentSourceError, addChange, serializeSettings } from '../../src/word/types';

describe('the edits pending since the last read', () => {
  it('the first edit of known paragraphs names them', () => {
    expect(addChange(undefined, { kind: 'changed', ids: ['p1', 'p2'] })).toEqual({ changedIds: ['p1', 'p2'] });
  });

  it('later edits add their paragraphs once each', () => {
    expect(addChange({ changedIds: ['p1'] }, { kind: 'changed', ids: ['p2', 'p1'] })).toEqual({ changedIds: ['p1', 'p2'] });
  });

  it('an added or deleted paragraph, or an unknown change, needs a full read', () => {
    expect(addChange(undefined, { kind: 'added', ids: ['p3'] })).toBeNull();
    expect(addChange({ changedIds: ['p1'] }, { kind: 'deleted', ids: ['p1'] })).toBeNull();
    expect(addChange({ changedIds: ['p1'] }, { kind: 'unknown' })).toBeNull();
  });

  it('an edit naming no paragraph needs a full read', () => {
    expect(addChange({ changedIds: ['p1'] }, { kind: 'changed', ids: [] })).toBeNull();
  });

  it('once a full read is pending, later edits do not narrow it', () => {
    expect(addChange(null, { kind: 'changed', ids: ['p1'] })).toBeNull();
  });
});

describe('a failure of the gateway', () => {
  it('is named DocumentSourceError and carries its code and Chinese message', () => {
    const e = new DocumentSourceError('settings', '保存设置失败');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DocumentSourceError');
    expect(e.code).toBe('settings');
    expect(e.message).toBe('保存设置失败');
  });
});

describe('the settings as stored', () => {
  /** Criterion ids of 120 characters (without a profile every well-formed id is kept): two make a value too long. */
  const LONG_A = 'a'.repeat(120);
  const LONG_B = 'b'.repeat(120);
  const LONG_C = 'c'.repeat(120);

  it('drops a profile id the schema does not allow and a category the profile does not define', () => {
    expect(serializeSettings({ profile: '../x.json', category: 'branch' }, NEU_2024)).toBe('{"category":"branch"}');
    expect(serializeSettings({ profile: 'neu-2024', category: 'nope' }, NEU_2024)).toBe('{"profile":"neu-2024"}');
  });

  it('writes no self-check when no answer is kept', () => {
    expect(serializeSettings({ category: 'branch', selfCheck: { zzz: true } }, NEU_2024)).toBe('{"category":"branch"}');
    expect(serializeSettings({ category: 'branch', selfCheck: { c1: 'yes' as unknown as boolean } })).toBe('{"category":"branch"}');
  });

  it('a value of exactly 255 characters is written whole, unticked answers included', () => {
    // {"category":"<216 x>","selfCheck":{"c":false}}: 13 + 216 + 26 = 255 characters.
    const category = 'x'.repeat(216);
    const json = serializeSettings({ category, selfCheck: { c: false } });
    expect(json).toHaveLength(255);
    expect(JSON.parse(json)).toEqual({ category, selfCheck: { c: false } });
  });

  it('too long: the unticked answers go first', () => {
    const json = serializeSettings({ category: 'branch', selfCheck: { [LONG_A]: true, [LONG_B]: false } });
    expect(JSON.parse(json)).toEqual({ category: 'branch', selfCheck: { [LONG_A]: true } });
  });

  it('still too long: the self-check goes, the category stays', () => {
    const json = serializeSettings({ category: 'branch', selfCheck: { [LONG_A]: true, [LONG_B]: true, [LONG_C]: true } });
    expect(json).toBe('{"category":"branch"}');
  });

  it('a category that alone exceeds 255 characters: an empty object, never a value cut short', () => {
    // {"category":"<241 x>"} is 256 characters.
    expect(serializeSettings({ category: 'x'.repeat(241) })).toBe('{}');
  });
});
