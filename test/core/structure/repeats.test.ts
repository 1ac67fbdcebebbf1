/**
 * Paragraphs that LibreOffice 7.4 saved several times over (src/core/structure/repeats.ts).
 * The damaged texts below are copied from test/template/fixtures/lo74-old-template-filled.docx,
 * the real output of `soffice --convert-to docx` on a case filled in on a template with
 * block-level content controls.
 */
import type { ContentControlRef } from '../../../src/core/model/types';
import { findRepeats, withoutRepeats } from '../../../src/core/structure';
import { caseDoc } from '../../helpers/case-doc';

function controls(title: string, n: number): ContentControlRef[] {
  return Array.from({ length: n }, (_, i) => ({ title, id: String(100 + i) }));
}

function find(text: string, c: ContentControlRef[]) {
  return findRepeats(caseDoc().para('案例名称').para(text, { controls: c }).build().paragraphs);
}

describe('damaged paragraphs are recognised, with the text written once', () => {
  test.each([
    // one portion: W · W W · W in three controls
    ['张三 组织员张三 组织员张三 组织员张三 组织员', 3, '张三 组织员', 4],
    // “ is a portion of its own: W · (红色引擎”…) W · W
    ['“红色引擎”驱动人才培养改革红色引擎”驱动人才培养改革“红色引擎”驱动人才培养改革“红色引擎”驱动人才培养改革', 3, '“红色引擎”驱动人才培养改革', 4],
    // 2021 · 年 · 9 · 月: W · 年W · 9W · 月W · W in five controls
    ['2021年9月年2021年9月92021年9月月2021年9月2021年9月', 5, '2021年9月', 5],
    // every portion repeated: W · 【W · 200 W · 字左右…】W · W
    [
      '【200 字左右】【【200 字左右】200 【200 字左右】字左右】【200 字左右】【200 字左右】',
      5,
      '【200 字左右】',
      6,
    ],
  ])('%s (%i controls)', (text, n, written, copies) => {
    expect(find(text, controls('实施起始时间', n))).toEqual([{ paragraph: 1, text: written, copies, control: '实施起始时间' }]);
  });

  test('two controls holding the same text twice', () => {
    expect(find('联系电话联系电话', controls('联系电话', 2))).toEqual([{ paragraph: 1, text: '联系电话', copies: 2, control: '联系电话' }]);
  });

  test('the document is read with the damaged paragraphs written once, the others untouched', () => {
    const doc = caseDoc()
      .para('案例名称')
      .para('张三张三张三张三', { controls: controls('联系人', 3) })
      .para('正文正文')
      .build();
    const repaired = withoutRepeats(doc, findRepeats(doc.paragraphs));
    expect(repaired.paragraphs.map((p) => p.text)).toEqual(['案例名称', '张三', '正文正文']);
    expect(doc.paragraphs[1].text).toBe('张三张三张三张三');
  });
});

describe('nothing else is taken for damage', () => {
  test('a repeated sentence outside controls', () => {
    expect(find('加油！加油！加油！加油！', [])).toEqual([]);
  });

  test('controls with different names', () => {
    expect(find('张三张三张三张三', [{ title: '联系人', id: '1' }, { title: '电话', id: '2' }, { title: '职务', id: '3' }])).toEqual([]);
  });

  test('one control named twice (the same id)', () => {
    expect(find('张三张三张三张三', [{ title: '联系人', id: '1' }, { title: '联系人', id: '1' }])).toEqual([]);
  });

  test('same-named controls around text without the shape', () => {
    expect(find('信息科学与工程学院党委', controls('申报单位', 3))).toEqual([]);
    expect(find('ABCABDABC', controls('申报单位', 3))).toEqual([]);
  });

  test('a crafted long periodic paragraph is settled in bounded work', () => {
    expect(find('a'.repeat(200_001), controls('x', 9))).toEqual([]);
  });
});

describe('which controls make a paragraph suspect', () => {
  test('controls with neither title nor tag are not a damaged control', () => {
    expect(find('张三张三', [{ id: '1' }, { id: '2' }])).toEqual([]);
  });

  test('same-named controls without ids are told apart by their place', () => {
    expect(find('联系电话联系电话', [{ title: '联系电话' }, { title: '联系电话' }])).toEqual([
      { paragraph: 1, text: '联系电话', copies: 2, control: '联系电话' },
    ]);
  });

  test('the name with the most controls is the one taken, whichever comes first', () => {
    const two = [{ title: '联系人', id: '1' }, { title: '联系人', id: '2' }];
    const three = [{ title: '电话', id: '3' }, { title: '电话', id: '4' }, { title: '电话', id: '5' }];
    // W · W W · W in three controls: 张三 written once, four copies.
    const written = [{ paragraph: 1, text: '张三', copies: 4, control: '电话' }];
    expect(find('张三张三张三张三', [...two, ...three])).toEqual(written);
    expect(find('张三张三张三张三', [...three, ...two])).toEqual(written);
  });

  test('two names with as many controls each: the first is taken', () => {
    expect(find('张三张三', [{ title: '联系人', id: '1' }, { title: '联系人', id: '2' }, { title: '电话', id: '3' }, { title: '电话', id: '4' }])).toEqual([
      { paragraph: 1, text: '张三', copies: 2, control: '联系人' },
    ]);
  });
});

describe('texts next to same-named controls that do not have the shape', () => {
  test.each([
    // two controls: the text is not written twice
    ['联系电话', 2],
    ['张三张', 2],
    ['caabc', 2],
    // three controls: W · Q W · W with Q = 'bb', not the end of W = caaba
    ['caababbcaabacaaba', 3],
    // three controls: the last copy (三三张李) is not W (张三张李)
    ['张三张李李张三张李三三张李', 3],
    // three controls: 5 = 3 × 1 + 2, but Q (2 letters) cannot be the end of a 1-letter W
    ['aaaaa', 3],
    // four controls: two non-empty Q's cannot make up the 1 letter left over
    ['aaaaa', 4],
    ['aaa aaaaaaaaa', 4],
  ])('%s (%i controls)', (text, n) => {
    expect(find(text, controls('联系人', n))).toEqual([]);
  });

  test('a paragraph of spaces saved twice is left alone', () => {
    expect(find('  ', controls('联系人', 2))).toEqual([]);
    expect(find('\u3000\u3000', controls('联系人', 2))).toEqual([]);
  });

  test('the shortest W that fits is taken: aaaaaaaa in three controls is aa · aa aa · aa', () => {
    expect(find('aaaaaaaa', controls('联系人', 3))).toEqual([{ paragraph: 1, text: 'aa', copies: 4, control: '联系人' }]);
  });

  test('the split attempts reach 64: 256 a in three controls is 64 a, with Q the whole of W at the 64th attempt', () => {
    expect(find('a'.repeat(256), controls('联系人', 3))).toEqual([{ paragraph: 1, text: 'a'.repeat(64), copies: 4, control: '联系人' }]);
  });
});

describe('long damaged paragraphs whose split needs most of the 64 attempts', () => {
  /** W · Q1 W · … · Qm W · W, as LibreOffice writes it for m + 2 controls. */
  function saved(w: string, qs: string[]): string {
    expect(qs.join('')).toBe(w.slice(w.length - qs.join('').length)); // the Q's spell the end of W
    return [w, ...qs.flatMap((q) => [q, w]), w].join('');
  }

  test('a 39-letter W saved in five controls (three Q pieces)', () => {
    const w = 'ba'.repeat(19) + 'b';
    const text = saved(w, ['abababa', 'babababababababababa', 'bababababab']);
    expect(text).toHaveLength(233);
    expect(find(text, controls('联系人', 5))).toEqual([{ paragraph: 1, text: w, copies: 6, control: '联系人' }]);
  });

  test('a 50-letter W saved in ten controls (eight Q pieces)', () => {
    const w = 'baa'.repeat(16) + 'ba';
    const text = saved(w, ['aaba', 'abaa', 'b', 'a', 'abaabaabaa', 'baa', 'baabaa', 'baabaaba']);
    expect(text).toHaveLength(537);
    expect(find(text, controls('联系人', 10))).toEqual([{ paragraph: 1, text: w, copies: 11, control: '联系人' }]);
  });

  test('the eighth candidate W is still tried: 1,042 b in eight controls is 123 b (8 × 123 + 58)', () => {
    // W = b×l with 8l + s = 1042 and 1 ≤ s ≤ l: l = 116 … 130, tried shortest first. Six Q's making
    // up s need about s split attempts; only from l = 123 (s = 58) do they fit in the 64.
    expect(find('b'.repeat(1042), controls('联系人', 8))).toEqual([{ paragraph: 1, text: 'b'.repeat(123), copies: 8, control: '联系人' }]);
  });
});
