/**
 * normalize.ts: the spelling-only folding of what people type into the 申报单位 field.
 * Expected strings are written out by hand.
 */
import { displayUnit, normalizeForSimilarity, normalizeUnit } from '../../../src/core/batch';

describe('normalizeUnit', () => {
  it('drops up to three trailing stamp notes and the punctuation between them', () => {
    expect(normalizeUnit('冶金学院（盖章）：（公章）盖章处')).toBe('冶金学院');
  });

  it.each([
    ['冶金学院盖章', '冶金学院'],
    ['冶金学院盖公章', '冶金学院'],
    ['冶金学院加盖印章处', '冶金学院'],
    ['冶金学院（盖公章）', '冶金学院'],
    ['冶金学院【印章】', '冶金学院'],
    ['冶金学院。。。。', '冶金学院'],
  ])('drops the trailing stamp note or punctuation of %s', (raw, key) => {
    expect(normalizeUnit(raw)).toBe(key);
  });

  it('keeps a note or punctuation inside the name', () => {
    expect(normalizeUnit('冶金学院（盖章）第一党支部')).toBe('冶金学院(盖章)第一党支部');
    expect(normalizeUnit('计算机、软件学院')).toBe('计算机、软件学院');
  });

  it('stops after three rounds (a bound for a crafted field), so a fourth note stays', () => {
    // NFKC folds the full-width brackets to ASCII ones.
    expect(normalizeUnit('冶金学院（盖章）（盖章）（盖章）（盖章）')).toBe('冶金学院(盖章)');
  });
});

describe('displayUnit', () => {
  it('shows an empty or missing field as nothing', () => {
    expect(displayUnit(undefined)).toBe('');
    expect(displayUnit('')).toBe('');
  });

  it('folds runs of spaces to one, and drops a stamp note with spaces inside its brackets', () => {
    expect(displayUnit('冶金学院　 分党委')).toBe('冶金学院 分党委');
    expect(displayUnit('冶金学院（ 盖章 ）')).toBe('冶金学院');
    expect(displayUnit('冶金学院 （盖章 ）')).toBe('冶金学院');
    expect(displayUnit('冶金学院。。。。')).toBe('冶金学院');
  });

  it('keeps the width as written but drops up to three trailing stamp notes; a fourth stays', () => {
    expect(displayUnit(' 冶金学院　分党委（盖章）： ')).toBe('冶金学院 分党委');
    expect(displayUnit('冶金学院（盖章）（盖章）（盖章）（盖章）')).toBe('冶金学院（盖章）');
  });
});

describe('normalizeForSimilarity', () => {
  it('folds width and case to lower case and keeps only letters and digits', () => {
    expect(normalizeForSimilarity('“Ａｂｃ”党建 + AI，2024！')).toBe('abc党建ai2024');
  });
});
