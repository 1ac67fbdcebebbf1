import neu from '../../src/profiles/neu-2024.json';
import type { Profile } from '../../src/core/profile/types';
import { isDocumentEmpty, resolveTemplateCategory, templateBlocks } from '../../src/template';
import type { TemplateBlock } from '../../src/template';

const NEU = neu as unknown as Profile;

/** A copy of the profile with other numbers, to show the template takes them from the profile. */
function otherNotice(): Profile {
  const p = structuredClone(NEU);
  p.categories.find((c) => c.id === 'committee')!.bodyLimit = { kind: 'max', value: 3500, source: 'test' };
  p.categories.find((c) => c.id === 'branch')!.bodyLimit = { kind: 'around', value: 1200, source: 'test' };
  p.parts.find((x) => x.id === 'summary')!.limit = { kind: 'max', value: 300, source: 'test' };
  p.pictures.maxGroups = 3;
  p.pictures.caption = { kind: 'max', value: 15, source: 'test' };
  p.period.withinYears = 4;
  p.period.minYearsRunning = 3;
  return p;
}

const row = (blocks: TemplateBlock[], label: string) => blocks.find((b) => b.kind === 'cover-row' && b.label === label);
const texts = (blocks: TemplateBlock[]) => blocks.map((b) => b.text).join('\n');

describe('templateBlocks', () => {
  test('reading order: title, cover table, 案例简介, 案例正文, sections in Word heading styles', () => {
    const blocks = templateBlocks(NEU, 'committee');
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', style: 'Title', text: NEU.name });
    const headings = blocks.filter((b) => b.style.startsWith('Heading')).map((b) => [b.style, b.text]);
    expect(headings).toEqual([
      ['Heading1', '案例简介'],
      ['Heading1', '案例正文'],
      ['Heading2', '一、实施背景'],
      ['Heading2', '二、主要做法'],
      ['Heading2', '三、经验启示'],
    ]);
    const firstHeading = blocks.findIndex((b) => b.style === 'Heading1');
    expect(blocks.slice(1, firstHeading).every((b) => b.kind === 'cover-row')).toBe(true);
  });

  test('no block sits in a content control (LibreOffice and WPS damage them); each names its part', () => {
    for (const category of ['committee', 'branch', 'branch.student']) {
      const blocks = templateBlocks(NEU, category);
      expect(blocks.filter((b) => b.tag !== undefined || b.title !== undefined)).toEqual([]);
      const parts = new Set(blocks.map((b) => b.part).filter(Boolean));
      const expected = NEU.parts.filter((p) => category !== 'committee' || p.id !== 'subtype').map((p) => p.id);
      expect([...parts].sort()).toEqual([...expected].sort());
    }
  });

  test('the picture slot and its caption are in 主要做法, the caption in Caption style', () => {
    const blocks = templateBlocks(NEU, 'committee');
    const slot = blocks.findIndex((b) => b.kind === 'picture-slot');
    expect(blocks[slot].part).toBe('practice');
    expect(blocks[slot + 1]).toMatchObject({ style: 'Caption', part: 'practice', placeholder: true });
    expect(blocks[slot + 1].text).toMatch(/^图1 /);
  });

  test('committee: no 党支部类型 row; category pre-filled and not a prompt', () => {
    const blocks = templateBlocks(NEU, 'committee');
    expect(row(blocks, '党支部类型')).toBeUndefined();
    expect(row(blocks, '类别')).toMatchObject({ text: '分党委（直属党总支）', part: 'category' });
    expect(row(blocks, '类别')!.placeholder).toBeUndefined();
    expect(texts(blocks)).toContain('正文 2000 字以内');
    expect(texts(blocks)).not.toContain('1000 字');
  });

  test('branch: asks the 党支部类型 as boxes, one per profile subtype, none ticked; body 1000 字左右', () => {
    const blocks = templateBlocks(NEU, 'branch');
    const subtype = row(blocks, '党支部类型')!;
    expect(subtype).toMatchObject({ part: 'subtype', placeholder: true });
    const subtypes = NEU.categories.filter((c) => c.parent === 'branch');
    expect(subtype.text.split('\u3000')).toEqual(subtypes.map((s) => `□${s.label}`));
    expect(row(blocks, '类别')!.text).toBe('党支部');
    expect(texts(blocks)).toContain('正文 1000 字左右');
    expect(texts(blocks)).not.toContain('2000 字');
  });

  test('a subtype gives the branch template with the subtype filled in', () => {
    const blocks = templateBlocks(NEU, 'branch.student');
    expect(row(blocks, '类别')!.text).toBe('党支部');
    expect(row(blocks, '党支部类型')).toMatchObject({
      text: '□教师党支部\u3000□机关、直属、后勤、科产、离退休党支部\u3000☑学生党支部',
      part: 'subtype',
    });
    expect(row(blocks, '党支部类型')!.placeholder).toBeUndefined();
    expect(texts(blocks)).toContain('正文 1000 字左右');
  });

  test('every number in a prompt comes from the profile', () => {
    const p = otherNotice();
    const committee = texts(templateBlocks(p, 'committee'));
    const branch = texts(templateBlocks(p, 'branch'));
    expect(committee).toContain('正文 3500 字以内');
    expect(branch).toContain('正文 1200 字左右');
    for (const t of [committee, branch]) {
      expect(t).toContain('【300 字以内，阐述案例的基本内容');
      expect(t).toContain('不超过 3 张（组）');
      expect(t).toContain('图1 配图说明（15 字以内）');
      expect(t).toContain('近 4 年内开展，并实施满 3 年');
      expect(t).not.toMatch(/(?<![0-9])(2000|1000|200|20) 字|(?<![0-9])5 张|近 5 年|满 2 年/);
    }
  });

  test('categories by id, label or alias; an unknown one is refused in Chinese', () => {
    expect(resolveTemplateCategory(NEU, '党支部')?.id).toBe('branch');
    expect(resolveTemplateCategory(NEU, ' 学生党支部 ')?.id).toBe('branch.student');
    expect(resolveTemplateCategory(NEU, '分党委')?.id).toBe('committee');
    expect(resolveTemplateCategory(NEU, 'branch.teacher')?.id).toBe('branch.teacher');
    expect(resolveTemplateCategory(NEU, '团支部')).toBeUndefined();
    expect(() => templateBlocks(NEU, '团支部')).toThrow(/未知的案例类别：“团支部”/);
    expect(templateBlocks(NEU, '学生')).toEqual(templateBlocks(NEU, 'branch.student'));
  });
});

describe('isDocumentEmpty', () => {
  test.each([
    [[], true],
    [[{ text: '' }], true],
    [[{ text: ' \t\n' }, { text: '\u3000' }, { text: '\u200B\uFEFF' }], true],
    [[{ text: '', pictures: [] }], true],
    [[{ text: '' }, { text: '案' }], false],
    [[{ text: '', pictures: [{ kind: 'inline' }] }], false],
  ])('%j → %s', (paragraphs, empty) => {
    expect(isDocumentEmpty(paragraphs)).toBe(empty);
  });
});
