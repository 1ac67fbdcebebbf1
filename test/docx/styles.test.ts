/** Styles: built-ins by name (ids vary by language), basedOn chains, outline levels, bold, centred. */
import { readDocx } from '../../src/docx';
import type { Paragraph } from '../../src/core/model/types';
import { docxFixture, para, style } from '../helpers/docx-fixture';

function paragraphs(documentXml: string, stylesXml?: string): Paragraph[] {
  const r = readDocx(docxFixture({ documentXml, stylesXml }));
  if (!r.ok) throw new Error(r.error.message);
  return r.doc.paragraphs;
}

const pStyle = (id: string): string => `<w:pStyle w:val="${id}"/>`;

/** Chinese Word: built-in styles keep their English names but get ids like 1, 2, a3. */
const CHINESE_WORD_STYLES =
  style('a', 'Normal', { isDefault: true }) +
  style('1', 'heading 1', { basedOn: 'a', pPr: '<w:outlineLvl w:val="0"/>', rPr: '<w:b/>' }) +
  style('2', 'heading 2', { basedOn: 'a', pPr: '<w:outlineLvl w:val="1"/>' }) +
  style('a3', 'List Paragraph', { basedOn: 'a' }) +
  style('a5', 'Title', { basedOn: 'a', pPr: '<w:jc w:val="center"/>' }) +
  style('a7', 'Subtitle', { basedOn: 'a' }) +
  style('a9', 'caption', { basedOn: 'a' }) +
  style('myHeading', '我的标题', { basedOn: '1' }) +
  style('body2', '正文段落', { basedOn: 'a' }) +
  style('orphan', 'Orphan');

describe('built-in styles', () => {
  test('recognised by name whatever the id', () => {
    const ids = ['a', '1', '2', 'a3', 'a5', 'a7', 'a9'];
    const ps = paragraphs(ids.map((id) => para('x', pStyle(id))).join(''), CHINESE_WORD_STYLES);
    expect(ps.map((p) => p.builtinStyle)).toEqual(['Normal', 'Heading1', 'Heading2', 'ListParagraph', 'Title', 'Subtitle', 'Caption']);
    expect(ps.map((p) => p.styleId)).toEqual(ids);
  });
  test('names are case-insensitive; localised names are recognised', () => {
    const styles = style('H3', 'Heading 3') + style('zh4', '标题 4') + style('zhT', '标题') + style('cap', 'Caption') + style('zn', '正文', { isDefault: true });
    const ps = paragraphs(['H3', 'zh4', 'zhT', 'cap', 'zn'].map((id) => para('x', pStyle(id))).join(''), styles);
    expect(ps.map((p) => p.builtinStyle)).toEqual(['Heading3', 'Heading4', 'Title', 'Caption', 'Normal']);
  });
  test('custom styles resolve through basedOn; a chain without a built-in is Other', () => {
    const ps = paragraphs(para('a', pStyle('myHeading')) + para('b', pStyle('body2')) + para('c', pStyle('orphan')), CHINESE_WORD_STYLES);
    expect(ps.map((p) => p.builtinStyle)).toEqual(['Heading1', 'Normal', 'Other']);
    expect(ps[0].outlineLevel).toBe(0);
  });
  test('no w:pStyle, or an unknown one, is the default paragraph style', () => {
    const ps = paragraphs(para('a') + para('b', pStyle('nope')), CHINESE_WORD_STYLES);
    expect(ps.map((p) => [p.builtinStyle, p.styleId])).toEqual([
      ['Normal', 'a'],
      ['Normal', 'a'],
    ]);
  });
  test('basedOn cycles do not hang', () => {
    const styles = style('x', 'X', { basedOn: 'y' }) + style('y', 'Y', { basedOn: 'x' });
    expect(paragraphs(para('a', pStyle('x')), styles)[0].builtinStyle).toBe('Other');
  });
});

describe('outline levels', () => {
  test('from the style chain, from heading names, and from direct w:outlineLvl (9 = body text)', () => {
    const styles = CHINESE_WORD_STYLES + style('h5', 'heading 5') + style('lvl', 'Outlined', { pPr: '<w:outlineLvl w:val="2"/>' });
    const ps = paragraphs(
      para('a', pStyle('2')) +
        para('b', pStyle('h5')) +
        para('c', pStyle('lvl')) +
        para('d', '<w:outlineLvl w:val="3"/>') +
        para('e', pStyle('1') + '<w:outlineLvl w:val="9"/>') +
        para('f', pStyle('a')),
      styles,
    );
    expect(ps.map((p) => p.outlineLevel)).toEqual([1, 4, 2, 3, undefined, undefined]);
  });
});

describe('bold and centred', () => {
  test('bold when every visible run is bold, directly or by style', () => {
    const styles = CHINESE_WORD_STYLES + style('strong', 'Strong', { type: 'character', rPr: '<w:b/>' });
    const xml =
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>全</w:t></w:r><w:r><w:t xml:space="preserve">  </w:t></w:r><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t>粗</w:t></w:r></w:p>' +
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>半</w:t></w:r><w:r><w:t>细</w:t></w:r></w:p>' +
      '<w:p><w:r><w:rPr><w:rStyle w:val="strong"/></w:rPr><w:t>字符样式</w:t></w:r></w:p>' +
      para('标题样式', pStyle('1')) +
      para('取消', pStyle('1'), '<w:b w:val="0"/>') +
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> </w:t></w:r></w:p>';
    expect(paragraphs(xml, styles).map((p) => p.bold)).toEqual([true, undefined, true, true, undefined, undefined]);
  });
  test('centred from w:jc directly or via the style', () => {
    const ps = paragraphs(para('a', '<w:jc w:val="center"/>') + para('b', pStyle('a5')) + para('c', pStyle('a5') + '<w:jc w:val="left"/>') + para('d'), CHINESE_WORD_STYLES);
    expect(ps.map((p) => p.centered)).toEqual([true, true, undefined, undefined]);
  });
});
