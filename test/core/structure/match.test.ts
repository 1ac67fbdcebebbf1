/**
 * Does a paragraph name a part (src/core/structure/match.ts)? The paragraph is analysed as
 * the structure finder does and matched against the 2024 profile's aliases.
 */
import { AliasTable, profileTables } from '../../../src/core/structure/aliases';
import type { PartSpec } from '../../../src/core/profile/types';
import { analyse } from '../../../src/core/structure/heading';
import { matchPart } from '../../../src/core/structure/match';
import { caseDoc, type ParaOptions } from '../../helpers/case-doc';
import { PROFILE } from './helpers';

const PARTS = profileTables(PROFILE).parts;

/** The match as [part id, label, bare, delimited, inline text, inline offset], or null. */
function match(text: string, o: ParaOptions = {}) {
  const p = caseDoc().para(text, o).build().paragraphs[0];
  const m = matchPart(p, analyse(p), PARTS);
  return m ? [m.spec.id, m.label, m.bare, m.delimited, m.inline?.text ?? null, m.inline?.offset ?? null] : null;
}

/** `n` characters of a remark, none of them white space or brackets. */
function remark(n: number): string {
  return '起始年月'.repeat(Math.ceil(n / 4)).slice(0, n);
}

describe('a remark in parentheses between the name and the colon', () => {
  test('a remark of 40 characters is part of the label; 41 is not a remark', () => {
    const r40 = `实施时间（${remark(40)}）：2021年9月`;
    expect(match(r40)).toEqual(['period', `实施时间（${remark(40)}）：`, false, true, '2021年9月', 47]);
    expect(match(`实施时间（${remark(41)}）：2021年9月`)).toBeNull();
  });

  test('a remark at the end of the paragraph is part of the name', () => {
    expect(match('基本情况（见附件）')).toEqual(['background', '基本情况（见附件）', true, false, null, null]);
  });

  test('a parenthesis followed by a full stop is a sentence, not a name', () => {
    expect(match('基本情况（见附件）。')).toBeNull();
  });
});

describe('bracketed names', () => {
  test('【实施背景：】 with content after the bracket', () => {
    expect(match('【实施背景：】学院党委推进')).toEqual(['background', '【实施背景：】', false, true, '学院党委推进', 7]);
  });

  test('【实施背景： without its closing bracket is not a name', () => {
    expect(match('【实施背景：学院党委推进')).toBeNull();
  });
});

describe('what follows the name', () => {
  test('a name with a full stop is the name alone', () => {
    expect(match('实施背景.')).toEqual(['background', '实施背景.', true, false, null, null]);
  });

  test('a heading-styled name, a space, and content: the content is inline', () => {
    expect(match('实施背景 学院党委推进', { style: 'Heading1' })).toEqual(['background', '实施背景', false, false, '学院党委推进', 5]);
  });

  test('a plain paragraph that starts with a name and a space is prose', () => {
    expect(match('实施背景 学院党委推进')).toBeNull();
  });

  test('inline content and the label are given without the spaces around them', () => {
    expect(match('实施背景：  学院党委推进  ')).toEqual(['background', '实施背景：', false, true, '学院党委推进', 7]);
  });

  test('a numbered heading with a tail glued to the name: the label is the whole heading, without trailing spaces', () => {
    expect(match('一、实施背景与意义  ')).toEqual(['background', '一、实施背景与意义', false, false, null, null]);
  });
});

describe('the label as written', () => {
  test('an invisible mark before the name is not part of the label', () => {
    expect(match('\u200b实施背景：学院党委推进')).toEqual(['background', '实施背景：', false, true, '学院党委推进', 6]);
    expect(match('\u200b一、实施背景与意义')).toEqual(['background', '一、实施背景与意义', false, false, null, null]);
  });

  test("Word's list number is put before the label, without its spaces", () => {
    expect(match('实施背景', { listLabel: '一、 ' })).toEqual(['background', '一、实施背景', true, false, null, null]);
  });

  test('a bullet is not a number: it stays out of the label', () => {
    expect(match('实施背景', { listLabel: '•' })).toEqual(['background', '实施背景', true, false, null, null]);
  });
});

describe("a profile's own aliases", () => {
  const background = PROFILE.parts.find((p) => p.id === 'background')!;

  function matchWith(alias: string, text: string) {
    const table = new AliasTable<PartSpec>();
    table.add(alias, background);
    const p = caseDoc().para(text).build().paragraphs[0];
    const m = matchPart(p, analyse(p), table);
    return m ? [m.label, m.inline?.text ?? null] : null;
  }

  test('an alias that ends in a parenthesis, then a remark and a colon', () => {
    expect(matchWith('实施背景（简）', '实施背景（简）（说明）：学院党委推进')).toEqual(['实施背景（简）（说明）：', '学院党委推进']);
  });

  test('an alias as long as the recognised prefix of a long paragraph: its end cannot be seen, so it is not taken', () => {
    const alias = `实施背景${'党'.repeat(91)}`;
    expect(matchWith(alias, `${alias}：${'学'.repeat(200)}`)).toBeNull();
    // one character shorter, the colon and a first character of content fit in the 96: matched
    const shorter = alias.slice(0, -1);
    expect(matchWith(shorter, `${shorter}：${'学'.repeat(200)}`)).toEqual([`${shorter}：`, '学'.repeat(200)]);
  });
});
