import { countParagraphs, countText } from '../../src/core/count';
import { checkCase } from '../../src/core/engine';
import { NEU_2024 } from '../../src/core/profile';
import { StoryMeasure } from '../../src/core/rules/measure';
import type { CaseDocument } from '../../src/core/model/types';
import { caseDoc, han, validBranchCase } from '../helpers/case-doc';
import { cover, HEADINGS, withBody } from './rules/harness';

const P = NEU_2024;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe('the report', () => {
  const doc = validBranchCase().build();
  const report = checkCase(doc, P);

  test('a valid branch case has no diagnostics', () => {
    expect(report.diagnostics).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(report.profile).toBe(P.id);
    expect(report.metric).toBe(P.metric);
  });

  test('every profile part is listed, found or not, with its label', () => {
    expect(Object.keys(report.parts).sort()).toEqual(P.parts.map((p) => p.id).sort());
    for (const spec of P.parts) expect(report.parts[spec.id]?.label).toBe(spec.label);
    expect(report.parts.contact).toMatchObject({ found: false, counts: { words: 0 } });
    expect(report.parts.title).toMatchObject({ found: true, value: '党建引领“双创”实践育人' });
  });

  test('sections count with their heading, the summary without, cover fields their value', () => {
    const texts = doc.paragraphs.map((p) => p.text);
    const after = (h: string) => texts[texts.indexOf(h) + 1];
    expect(report.parts.background?.counts.words).toBe(countText(HEADINGS.background).words + countText(after(HEADINGS.background)).words);
    expect(report.parts.summary?.counts.words).toBe(countText(after('案例简介')).words);
    expect(report.parts.title?.counts.words).toBe(countText('党建引领“双创”实践育人').words);
  });

  test('the body is the whole range from 实施背景 to the end of 经验启示, captions included', () => {
    // Paragraphs 0–4 the cover, 5–6 案例简介, 7 一、实施背景 … 14 the text of 三、经验启示 (15 in all).
    expect(doc.paragraphs[7].text).toBe(HEADINGS.background);
    expect(doc.paragraphs).toHaveLength(15);
    // Counted by hand (Word's 字数): 一、实施背景 6 + 300; 二、主要做法 6 + 400 + the caption
    // 图1 支部书记讲党课 (图, 1, and 7 more); 三、经验启示 6 + 270. 306 + 415 + 276 = 997.
    expect([report.parts.background?.counts.words, report.parts.practice?.counts.words, report.parts.lessons?.counts.words]).toEqual([306, 415, 276]);
    expect(report.parts.body).toMatchObject({ found: true, start: 7, end: 15, counts: { words: 997 } });
    expect(report.parts.body?.limit).toMatchObject({ kind: 'around', value: 1000, actual: 997, state: 'ok' });
  });

  test('the whole main story gets Word’s six statistics', () => {
    expect(report.counts).toEqual(countParagraphs(doc.paragraphs));
  });

  test('picture groups with their caption measured without the label', () => {
    expect(report.pictures).toEqual([
      expect.objectContaining({ index: 1, pictureCount: 1, part: 'practice', caption: '图1 支部书记讲党课', captionLabel: '图1', captionWords: countText('支部书记讲党课').words }),
    ]);
  });

  test('pure: the document is not changed', () => {
    const frozen = deepFreeze(validBranchCase().build());
    expect(() => checkCase(frozen, P)).not.toThrow();
    expect(checkCase(frozen, P)).toEqual(checkCase(validBranchCase().build(), P));
  });
});

describe('the notice the author chose for the document', () => {
  const doc = validBranchCase().build();
  test('named when it is another notice than the one checked against, absent otherwise', () => {
    expect(checkCase({ ...doc, settings: { profile: 'sxdtdx-2024' } }, P).savedProfile).toBe('sxdtdx-2024');
    expect(checkCase({ ...doc, settings: { profile: 'neu-2024' } }, P)).not.toHaveProperty('savedProfile');
    expect(checkCase({ ...doc, settings: { category: 'branch' } }, P)).not.toHaveProperty('savedProfile');
  });
});

describe('the category', () => {
  const plain = () => withBody(caseDoc().title('案例').unit('某学院党委').summary(han(200)), 1000);

  test.each<[string, () => CaseDocument, { category?: string }, string | undefined, string | undefined]>([
    ['none', () => plain().build(), {}, undefined, undefined],
    ['the cover', () => withBody(cover('党支部（学生党支部）'), 1000).build(), {}, 'branch.student', 'cover'],
    ['settings over the cover', () => withBody(cover('党支部（学生党支部）'), 1000).setting('committee').build(), {}, 'committee', 'settings'],
    ['the option over settings and cover', () => withBody(cover('分党委'), 1000).setting('committee').build(), { category: 'branch.staff' }, 'branch.staff', 'option'],
    ['an option by label', () => plain().build(), { category: '教师党支部' }, 'branch.teacher', 'option'],
    ['an option by alias, spaces and bracket widths ignored', () => plain().build(), { category: ' 分党委(直属党总支) ' }, 'committee', 'option'],
    ['an option naming the base, refined by the cover', () => withBody(cover('党支部（教师党支部）'), 1000).build(), { category: 'branch' }, 'branch.teacher', 'option'],
    ['an unknown option', () => withBody(cover('分党委'), 1000).build(), { category: 'zone' }, undefined, undefined],
  ])('%s', (_name, build, options, id, source) => {
    const r = checkCase(build(), P, options);
    expect(r.category).toBe(id);
    expect(r.categorySource).toBe(source);
  });

  test('a subtype is judged by its base category’s limit', () => {
    const r = checkCase(withBody(cover('党支部'), 1000).build(), P, { category: 'branch.teacher' });
    expect(r.parts.body?.limit).toMatchObject({ kind: 'around', value: P.categories.find((c) => c.id === 'branch')!.bodyLimit!.value });
  });
});

describe('diagnostics', () => {
  // A case with something wrong in many places.
  const messy = () =>
    caseDoc()
      .title('案例')
      .org('某学院第一党支部')
      .period('2016年')
      .summary(han(40))
      .practice(han(400))
      .picture()
      .picture({ caption: `图2 ${han(30)}` })
      .background(`2015年，${han(300)}`)
      .lessons(han(2500));

  test('sorted by paragraph (document-wide first), then severity', () => {
    const r = checkCase(messy().build(), P, { category: 'committee' });
    expect(r.diagnostics.length).toBeGreaterThan(5);
    const keys = r.diagnostics.map((d) => [d.target.paragraph ?? -1, { error: 0, warning: 1, info: 2 }[d.severity]]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(r.summary.errors + r.summary.warnings + r.summary.infos).toBe(r.diagnostics.length);
    expect(r.summary.errors).toBe(r.diagnostics.filter((d) => d.severity === 'error').length);
  });

  test('every message is rendered: no placeholder left, in either locale', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const options of [{ category: 'committee' }, { category: 'branch' }, {}, { category: 'zone' }]) {
        const r = checkCase(messy().build(), P, { ...options, locale });
        for (const d of r.diagnostics) {
          expect(d.message).not.toMatch(/\{[A-Za-z]\w*\}|undefined|null|NaN/);
          expect(d.message).not.toBe(`${d.ruleId}/${d.messageId}`);
        }
      }
    }
  });

  test('the locale changes the text, not the data', () => {
    const zh = checkCase(messy().build(), P, { category: 'committee' });
    const en = checkCase(messy().build(), P, { category: 'committee', locale: 'en' });
    expect(en.diagnostics.map(({ message: _m, ...d }) => d)).toEqual(zh.diagnostics.map(({ message: _m, ...d }) => d));
    en.diagnostics.forEach((d, i) => expect(d.message).not.toBe(zh.diagnostics[i].message));
  });

  test('a target without a paragraph gets the start of its part', () => {
    const r = checkCase(messy().build(), P, { category: 'committee' });
    const missing = r.diagnostics.find((d) => d.ruleId === 'part-missing' && d.data.part === 'unit');
    expect(missing?.target.paragraph).toBeUndefined();
    for (const d of r.diagnostics) if (d.target.part in r.parts && r.parts[d.target.part as 'title']?.found && d.ruleId !== 'part-missing') expect(d.target.paragraph).toBeDefined();
  });
});

describe('counting once', () => {
  test('range lengths from the prefix sums equal counting the paragraphs again', () => {
    const doc = messy2();
    const m = new StoryMeasure(doc);
    const n = doc.paragraphs.length;
    for (let s = 0; s <= n; s += 3) {
      for (let e = s; e <= n; e += 4) {
        const c = countParagraphs(doc.paragraphs.slice(s, e));
        expect(m.range(s, e)).toEqual({ words: c.words, charsNoSpaces: c.charsNoSpaces, charsWithSpaces: c.charsWithSpaces });
      }
    }
    expect(m.wordCounts()).toEqual(countParagraphs(doc.paragraphs));
  });

  function messy2(): CaseDocument {
    return caseDoc()
      .para('Hello 世界 2024年 AI赋能', { listLabel: '1.' })
      .para('   ')
      .para('①②③ “党建”引领……')
      .para(han(37), { listLabel: '（一）' })
      .para('C++ 与 5G 网络')
      .picture({ caption: '图1 合影' })
      .para('\u00a0\u3000 全角空格')
      .build();
  }
});

test('the core barrel exposes the public API', async () => {
  const core = await import('../../src/core');
  expect(typeof core.checkCase).toBe('function');
  expect(typeof core.loadProfile).toBe('function');
  expect(typeof core.getBuiltinProfile).toBe('function');
  expect(typeof core.formatMessage).toBe('function');
  expect(typeof core.countText).toBe('function');
  expect(typeof core.findStructure).toBe('function');
  expect(core.NEU_2024.id).toBe('neu-2024');
  expect(core.CASE_RULES.length).toBeGreaterThan(0);
  const r = core.checkCase(validBranchCase().build(), core.NEU_2024);
  expect(r.diagnostics).toEqual([]);
});
