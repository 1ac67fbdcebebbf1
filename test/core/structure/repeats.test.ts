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
