/**
 * The gateway's writes for issue 13, on the unkind double (test/e2e/fake-office.js): the
 * dismissal store within desktop Word's 255 characters per property, read back by the
 * gateway and by the .docx reader; 插入此部分 at the planned place, with the template's
 * formatting whatever the new paragraph inherited, touching no other paragraph, and
 * refusing when the document changed since the check.
 */
import { createFakeOffice, type FakeOffice, type FakeOfficeOptions, type FakeParagraph } from '../e2e/fake-office';
import { WordDocumentSource, officeHost, SETTINGS_PROPERTY, serializeSettings, PROPERTY_VALUE_MAX } from '../../src/word';
import { readDocx } from '../../src/docx';
import { checkCase } from '../../src/core/engine';
import { planPartInsertion } from '../../src/core/fixes';
import { NEU_2024 } from '../../src/core/profile';
import { dismissedPropertyNames } from '../../src/core/settings';
import type { CaseDocument } from '../../src/core/model/types';
import { partTemplate } from '../../src/taskpane/part-template';
import { han, validBranchCase } from '../helpers/case-doc';

function install(options: FakeOfficeOptions): { fake: FakeOffice; source: WordDocumentSource } {
  const fake = createFakeOffice(options);
  Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
  return { fake, source: new WordDocumentSource(officeHost(), { profile: NEU_2024 }) };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

function fromFile(fake: FakeOffice): CaseDocument {
  const r = readDocx(fake.docx());
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

/** A model document as the double's paragraphs. */
function toFake(doc: CaseDocument): FakeParagraph[] {
  return doc.paragraphs.map((p) => ({
    text: p.text,
    styleBuiltIn: p.builtinStyle ?? 'Normal',
    outlineLevel: p.outlineLevel !== undefined ? p.outlineLevel + 1 : 10,
    pictures: p.pictures.map(() => ''),
  }));
}

/** `n` distinct fingerprints. */
const fingerprints = (n: number) => Array.from({ length: n }, (_, i) => i.toString(36).padStart(7, 'f'));
const TEACHER = { [SETTINGS_PROPERTY]: JSON.stringify({ category: 'branch.teacher' }) };

describe('the dismissal store on desktop Word (values cut at 255)', () => {
  it('a full store (256 dismissals) is written as 8 properties of at most 255 characters and read back whole: gateway and .docx', async () => {
    const { fake, source } = install({ apiVersion: '1.6', platform: 'PC', paragraphs: [{ text: '正文' }], properties: TEACHER });
    await source.saveDismissed(fingerprints(256));
    const names = dismissedPropertyNames();
    for (const name of names) expect(fake.state.properties[name].length).toBeLessThanOrEqual(PROPERTY_VALUE_MAX);
    expect(fake.state.properties[names[0]]).toHaveLength(255);
    expect((await source.loadSettings()).dismissed).toEqual(fingerprints(256));
    expect((await source.read()).settings?.dismissed).toEqual(fingerprints(256));
    expect(fromFile(fake).settings).toEqual({ category: 'branch.teacher', dismissed: fingerprints(256) });
  });

  it('the same 40 dismissals in one property would lose 8 on desktop: the double cuts what the store avoids', async () => {
    const { fake } = install({ apiVersion: '1.6', platform: 'PC', paragraphs: [{ text: '正文' }] });
    await fake.Word.run(async (context) => {
      context.document.properties.customProperties.add('One', fingerprints(40).join(','));
      await context.sync();
    });
    // 40 × 7 + 39 commas = 319 characters, of which desktop Word keeps 255: 32 whole entries.
    expect(fake.state.properties.One.split(',').filter((f) => f.length === 7)).toHaveLength(32);
  });

  it('saving fewer deletes the properties no longer needed (never one that does not exist); none deletes all', async () => {
    const { fake, source } = install({ apiVersion: '1.3', platform: 'PC', paragraphs: [{ text: '正文' }], properties: TEACHER });
    await source.saveDismissed(fingerprints(40));
    expect(Object.keys(fake.state.properties).sort()).toEqual([SETTINGS_PROPERTY, 'CaseAssistant.dismissed.1', 'CaseAssistant.dismissed.2'].sort());
    await source.saveDismissed(fingerprints(3));
    expect(fake.state.properties['CaseAssistant.dismissed.1']).toBe(fingerprints(3).join(','));
    expect(fake.state.properties['CaseAssistant.dismissed.2']).toBeUndefined();
    await source.saveDismissed([]);
    expect(Object.keys(fake.state.properties)).toEqual([SETTINGS_PROPERTY]);
    // The other settings are untouched.
    expect(await source.loadSettings()).toEqual({ category: 'branch.teacher' });
  });

  it('the double is unkind: deleting a property that is not there fails the sync', async () => {
    const { fake } = install({ apiVersion: '1.3', paragraphs: [{ text: '正文' }] });
    await expect(
      fake.Word.run(async (context) => {
        context.document.properties.customProperties.getItemOrNullObject('Missing').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('the style hints switched off are saved with the settings and read back by the .docx reader', async () => {
    const { fake, source } = install({ apiVersion: '1.3', platform: 'PC', paragraphs: [{ text: '正文' }] });
    await source.saveSettings({ category: 'branch.student', hintsOff: ['integration-weak', 'listing-heavy'] });
    expect(fake.state.properties[SETTINGS_PROPERTY]).toBe('{"category":"branch.student","hintsOff":["listing-heavy","integration-weak"]}');
    expect(fromFile(fake).settings).toEqual({ category: 'branch.student', hintsOff: ['listing-heavy', 'integration-weak'] });
  });
});

describe('the style hints stored', () => {
  it('only hints that can be switched off are stored', () => {
    expect(serializeSettings({ hintsOff: ['part-missing', 'listing-heavy', 'made-up'] }, NEU_2024)).toBe('{"hintsOff":["listing-heavy"]}');
  });
});

/** The valid branch case without 三、经验启示 and its text. */
function withoutLessons(): CaseDocument {
  const doc = validBranchCase().build();
  const at = doc.paragraphs.findIndex((p) => p.text === '三、经验启示');
  return { ...doc, paragraphs: doc.paragraphs.slice(0, at) };
}

const LESSONS = partTemplate(NEU_2024, 'branch.teacher', 'lessons')!;

describe.each(['1.3', '1.6', '1.7'])('插入此部分 on WordApi %s', (apiVersion) => {
  it('经验启示 goes after 主要做法\'s caption as a heading at its siblings\' level (Heading 1 here) and Normal, whatever it inherited, and the prompt is selected', async () => {
    const paragraphs = toFake(withoutLessons());
    // The anchor is a centred, bold caption in a list: a new paragraph would inherit all of it.
    const last = paragraphs.length - 1;
    paragraphs[last] = { ...paragraphs[last], styleBuiltIn: 'Caption', alignment: 'Centered', bold: true, listString: '1.' };
    const { fake, source } = install({ apiVersion, paragraphs, properties: TEACHER });
    const doc = await source.read();
    expect(checkCase(doc, NEU_2024).diagnostics.filter((d) => d.ruleId === 'part-missing').map((d) => d.target.part)).toEqual(['lessons']);
    const plan = planPartInsertion(doc, NEU_2024, 'lessons', LESSONS)!;
    const before = fake.texts();

    await source.insertPart(plan);

    const after = fake.state.paragraphs;
    expect(fake.texts()).toEqual([...before, '三、经验启示', LESSONS.prompt.text]);
    const [heading, prompt] = after.slice(-2);
    expect([heading.styleBuiltIn, heading.alignment, heading.bold, heading.listString]).toEqual(['Heading1', 'Left', false, null]);
    expect([prompt.styleBuiltIn, prompt.alignment, prompt.bold, prompt.listString]).toEqual(['Normal', 'Justified', false, null]);
    // The caption keeps its own formatting.
    expect([after[last].styleBuiltIn, after[last].alignment, after[last].bold]).toEqual(['Caption', 'Centered', true]);
    expect(fake.state.selections.at(-1)).toEqual({ paragraph: before.length + 1, text: LESSONS.prompt.text });

    // part-missing is gone, in the live read and in the saved .docx alike.
    const missing = (d: CaseDocument) => checkCase(d, NEU_2024).diagnostics.filter((x) => x.ruleId === 'part-missing');
    expect(missing(await source.read())).toEqual([]);
    expect(missing(fromFile(fake))).toEqual([]);
  });
});

describe('插入此部分 never writes where it should not', () => {
  it('refuses, writing nothing, when the anchor paragraph changed after the check', async () => {
    const { fake, source } = install({ apiVersion: '1.6', paragraphs: toFake(withoutLessons()), properties: TEACHER });
    const plan = planPartInsertion(await source.read(), NEU_2024, 'lessons', LESSONS)!;
    fake.type(plan.anchor.paragraph, '图1 作者刚改过的说明');
    const before = fake.texts();
    await expect(source.insertPart(plan)).rejects.toMatchObject({ code: 'changed', message: expect.stringMatching(/^文档在检查之后有改动，没有插入/) });
    expect(fake.texts()).toEqual(before);
  });

  it('on WordApi 1.7 compares the text Word counts: a tracked deletion in the anchor does not block it', async () => {
    const paragraphs = toFake(withoutLessons());
    const last = paragraphs.length - 1;
    paragraphs[last] = { ...paragraphs[last], text: undefined, runs: [{ text: paragraphs[last].text! }, { text: '删去', deleted: true }] };
    const { fake, source } = install({ apiVersion: '1.7', paragraphs, properties: TEACHER });
    await source.insertPart(planPartInsertion(await source.read(), NEU_2024, 'lessons', LESSONS)!);
    expect(fake.texts().slice(-2)).toEqual(['三、经验启示', LESSONS.prompt.text]);
  });

  it('a 主要做法 ending in a table: the new part goes after the table, not into its last cell', async () => {
    const paragraphs: FakeParagraph[] = [
      ...toFake(withoutLessons()).slice(0, -2),
      { text: '', pictures: [''], tableNestingLevel: 1, cell: { row: 0, cell: 0 } },
      { text: '图1 支部书记讲党课', styleBuiltIn: 'Caption', tableNestingLevel: 1, cell: { row: 0, cell: 1 } },
    ];
    const { fake, source } = install({ apiVersion: '1.3', paragraphs, properties: TEACHER });
    const plan = planPartInsertion(await source.read(), NEU_2024, 'lessons', LESSONS)!;
    expect(plan.anchor.afterTable).toBe(true);
    await source.insertPart(plan);
    const tail = fake.state.paragraphs.slice(-4).map((p) => [p.text, p.tableNestingLevel]);
    expect(tail).toEqual([
      ['', 1],
      ['图1 支部书记讲党课', 1],
      ['三、经验启示', 0],
      [LESSONS.prompt.text, 0],
    ]);
  });

  it('the double is unkind: insertParagraph \'After\' a cell paragraph stays in the cell', async () => {
    const { fake } = install({ apiVersion: '1.3', paragraphs: [{ text: '单元格', tableNestingLevel: 1, cell: { row: 0, cell: 0 } }, { text: '' }] });
    await fake.Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('items');
      await context.sync();
      ps.items[0].insertParagraph('新段落', 'After');
      await context.sync();
    });
    expect(fake.state.paragraphs.map((p) => [p.text, p.tableNestingLevel])).toEqual([
      ['单元格', 1],
      ['新段落', 1],
      ['', 0],
    ]);
  });

  it('实施背景 with a 经验启示 after it: between 案例简介 and 主要做法, the rest of the document as it was', async () => {
    const doc = validBranchCase().build();
    const at = doc.paragraphs.findIndex((p) => p.text === '一、实施背景');
    doc.paragraphs.splice(at, 2);
    const { fake, source } = install({ apiVersion: '1.6', paragraphs: toFake(doc), properties: TEACHER });
    const before = fake.texts();
    const background = partTemplate(NEU_2024, 'branch', 'background')!;
    await source.insertPart(planPartInsertion(await source.read(), NEU_2024, 'background', background)!);
    expect(fake.texts()).toEqual([...before.slice(0, at), '一、实施背景', background.prompt.text, ...before.slice(at)]);
    expect(before[at]).toBe('二、主要做法');
    expect(before[at - 1]).toBe(han(200));
  });
});
