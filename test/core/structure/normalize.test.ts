import { han } from '../../helpers/case-doc';
import { compact, compactText, foldChar, gapBefore, isBlank } from '../../../src/core/structure/normalize';
import { structureOf } from './helpers';

describe('foldChar and compactText', () => {
  test('full-width ASCII is folded at both ends of its block (！ U+FF01, ～ U+FF5E)', () => {
    expect(foldChar(0xff01)).toBe(0x21);
    expect(foldChar(0xff5e)).toBe(0x7e);
    expect(compactText('！Ａ～')).toBe('!A~');
  });

  test('characters after the full-width block are kept (￥ U+FFE5, ｡ U+FF61)', () => {
    expect(compactText('￥１００｡')).toBe('￥100｡');
  });

  test('a ratio sign ∶ (U+2236) typed for a colon is a colon', () => {
    expect(foldChar(0x2236)).toBe(0x3a);
    expect(structureOf('案例名称∶党建引领').parts.title?.value).toBe('党建引领');
  });
});

describe('isBlank', () => {
  test.each<[string, number]>([
    ['tab', 0x09],
    ['vertical tab', 0x0b],
    ['form feed', 0x0c],
    ['carriage return', 0x0d],
    ['no-break space', 0xa0],
    ['zero-width space', 0x200b],
    ['byte order mark', 0xfeff],
    ['en quad (U+2000)', 0x2000],
    ['hair space (U+200A)', 0x200a],
  ])('%s is white space for recognition', (_name, c) => {
    expect(isBlank(c)).toBe(true);
    expect(compactText(`案${String.fromCharCode(c)}例名称`)).toBe('案例名称');
  });

  test.each<[string, number]>([
    ['U+1FFF', 0x1fff],
    ['zero-width non-joiner (U+200C)', 0x200c],
    ['a Han character', 0x6848],
  ])('%s is not', (_name, c) => {
    expect(isBlank(c)).toBe(false);
  });

  test('a label spaced with tabs and no-break spaces is still read', () => {
    expect(structureOf('申\t报\u00a0单\u2002位：信息学院党委').parts.unit?.value).toBe('信息学院党委');
  });
});

describe('compact', () => {
  test('only the first `limit` non-blank characters are compacted, and the result says it is cut', () => {
    const c = compact('甲 乙 丙', 2);
    expect(c.s).toBe('甲乙');
    expect(c.complete).toBe(false);
    expect(c.pos).toEqual([0, 2]);
  });

  test('a text within the limit is complete, offsets past trailing blanks', () => {
    const c = compact(' 甲 乙  ', 5);
    expect(c.s).toBe('甲乙');
    expect(c.complete).toBe(true);
    expect(c.pos).toEqual([1, 3]);
  });

  test('a text longer than the 512-unit buffer is compacted whole', () => {
    const c = compact(han(600));
    expect(c.s).toBe(han(600));
    expect(c.s.length).toBe(600);
  });

  test('gapBefore: white space between two compact characters, and never before the first', () => {
    const c = compact('甲 乙丙');
    expect(gapBefore(c, 0)).toBe(false);
    expect(gapBefore(c, 1)).toBe(true);
    expect(gapBefore(c, 2)).toBe(false);
    expect(gapBefore(c, 3)).toBe(false);
  });
});
