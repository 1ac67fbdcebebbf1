/**
 * normalize.ts: the spelling-only folding of what people type into the 申报单位 field.
 * Expected strings are written out by hand.
 */
import { displayUnit, normalizeUnit } from '../../../src/core/batch';

describe('normalizeUnit', () => {
  it('drops up to three trailing stamp notes and the punctuation between them', () => {
    expect(normalizeUnit('冶金学院（盖章）：（公章）盖章处')).toBe('冶金学院');
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

  it('keeps the width as written but drops up to three trailing stamp notes; a fourth stays', () => {
    expect(displayUnit(' 冶金学院　分党委（盖章）： ')).toBe('冶金学院 分党委');
    expect(displayUnit('冶金学院（盖章）（盖章）（盖章）（盖章）')).toBe('冶金学院（盖章）');
  });
});
