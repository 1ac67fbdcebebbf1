import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { validateXML } from 'xmllint-wasm';
import neu from '../../src/profiles/neu-2024.json';
import type { Profile } from '../../src/core/profile/types';
import { buildTemplateDocx, escapeXml } from '../../src/template';
import { balanceTitle } from '../../src/template/docx';

const NEU = neu as unknown as Profile;

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Well-formedness through libxml2 (no schema: xmllint only parses and reformats). */
async function wellFormed(name: string, xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: name.replace(/[^A-Za-z0-9.]/g, '_'), contents: xml }, normalization: 'format' });
  return result.errors.map((e) => e.rawMessage);
}

const PACKAGE_PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/settings.xml',
  'docProps/core.xml',
  'docProps/app.xml',
];

describe('buildTemplateDocx', () => {
  test.each(['committee', 'branch'])('%s: a complete package of well-formed parts, content types first', async (category) => {
    const files = parts(buildTemplateDocx(NEU, category));
    expect(Object.keys(files)).toEqual(PACKAGE_PARTS);
    for (const [name, xml] of Object.entries(files)) expect(await wellFormed(name, xml)).toEqual([]);
  });

  test('every part relationship and override points at a part in the package', () => {
    const files = parts(buildTemplateDocx(NEU, 'committee'));
    const targets = [...files['_rels/.rels'].matchAll(/Target="([^"]+)"/g)].map((m) => m[1]);
    const docTargets = [...files['word/_rels/document.xml.rels'].matchAll(/Target="([^"]+)"/g)].map((m) => `word/${m[1]}`);
    const overrides = [...files['[Content_Types].xml'].matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    for (const t of [...targets, ...docTargets, ...overrides]) expect(Object.keys(files)).toContain(t);
  });

  test('no content controls: LibreOffice 7.4 saves a block-level w:sdt as repeated text', () => {
    for (const category of ['committee', 'branch', 'branch.student']) {
      const doc = parts(buildTemplateDocx(NEU, category))['word/document.xml'];
      expect(doc).not.toContain('<w:sdt');
    }
  });

  test('built-in styles with their Word names, Chinese fonts and sizes; A4 page', () => {
    const files = parts(buildTemplateDocx(NEU, 'committee'));
    const styles = files['word/styles.xml'];
    for (const [id, name] of [
      ['Normal', 'Normal'],
      ['Title', 'Title'],
      ['Heading1', 'heading 1'],
      ['Heading2', 'heading 2'],
      ['Caption', 'caption'],
    ])
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"><w:name w:val="${name}"/>`));
    const style = (id: string) => styles.slice(styles.indexOf(`w:styleId="${id}"`)).split('</w:style>')[0];
    expect(style('Title')).toMatch(/w:eastAsia="黑体".*<w:sz w:val="36"\/>/); // 小二
    expect(style('Title')).toContain('<w:jc w:val="center"/>');
    expect(style('Heading1')).toMatch(/<w:outlineLvl w:val="0"\/>.*w:eastAsia="黑体".*<w:sz w:val="32"\/>/); // 三号
    expect(style('Heading2')).toMatch(/<w:outlineLvl w:val="1"\/>.*w:eastAsia="黑体".*<w:sz w:val="28"\/>/); // 四号
    expect(style('Normal')).toMatch(/w:firstLineChars="200".*w:eastAsia="仿宋_GB2312".*<w:sz w:val="24"\/>/); // 小四
    expect(files['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  });

  test('text is XML-escaped', async () => {
    const p = structuredClone(NEU);
    p.name = 'A&B <案例> "一融双高" \'x\'\u0001';
    const doc = parts(buildTemplateDocx(p, 'committee'))['word/document.xml'];
    expect(await wellFormed('document.xml', doc)).toEqual([]);
    expect(doc).toContain('A&amp;B &lt;案例&gt; &quot;一融双高&quot; &apos;x&apos;');
    expect(escapeXml('a\u0000b\u000Bc\td')).toBe('abc\td');
  });

  test('the same input gives the same bytes (no clock in the builder)', () => {
    expect(Buffer.from(buildTemplateDocx(NEU, 'branch')).equals(Buffer.from(buildTemplateDocx(NEU, 'branch')))).toBe(true);
    expect(Buffer.from(buildTemplateDocx(NEU, 'branch')).equals(Buffer.from(buildTemplateDocx(NEU, 'committee')))).toBe(false);
  });

  test('an independent reader (mammoth) sees the headings by their built-in style names', async () => {
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(buildTemplateDocx(NEU, 'committee')) });
    expect(html).toContain('<h1>案例简介</h1>');
    expect(html).toContain('<h1>案例正文</h1>');
    for (const h of ['一、实施背景', '二、主要做法', '三、经验启示']) expect(html).toContain(`<h2>${h}</h2>`);
    expect(html).toContain('<table>');
    // mammoth has no HTML for Title and caption; anything else would be a damaged part.
    expect(messages.map((m) => m.message).filter((m) => !/style: '(Title|caption)'/.test(m))).toEqual([]);
  });

  test('an unknown category is refused', () => {
    expect(() => buildTemplateDocx(NEU, 'nonsense')).toThrow(RangeError);
  });
});

describe('balanceTitle', () => {
  test('breaks the long title where the notice breaks its own, keeping the quoted name whole', () => {
    expect(balanceTitle(NEU.name, 23)).toBe('东北大学 2024 年度基层党建工作\n创新奖暨党建“一融双高”建设案例');
  });
  test('leaves a title that fits alone', () => {
    expect(balanceTitle('案例模板', 23)).toBe('案例模板');
  });
  test('never breaks inside quotes or brackets', () => {
    const t = balanceTitle('甲“一二三四五六七八九十”乙', 8);
    expect(t).toBe('甲“一二三四五六七八九十”乙'); // no permitted point fits: unbroken
    expect(balanceTitle('甲乙丙丁戊（一二三四）己', 8)).toBe('甲乙丙丁戊\n（一二三四）己');
    expect(balanceTitle('甲（一二三四）乙丙丁戊己', 8)).toBe('甲（一二三四）\n乙丙丁戊己');
  });
});
