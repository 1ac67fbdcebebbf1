/**
 * The gateway against a Word that is as unkind as the real one (test/e2e/fake-office.js;
 * sources in shared/research/officejs-audit.md). Each block is one way real Word differs
 * from a kind double, and what the gateway must do about it. The truth to compare with is
 * the same document as a .docx (the double's getFileAsync bytes) read by the project's own
 * .docx reader, whose counts match Word's reference files.
 */
import { createFakeOffice, type FakeOffice, type FakeOfficeOptions, type FakeParagraph } from '../e2e/fake-office';
import { WordDocumentSource, officeHost, SETTINGS_PROPERTY, serializeSettings, PROPERTY_VALUE_MAX } from '../../src/word';
import { readDocx } from '../../src/docx';
import { countText } from '../../src/core/count/word-count';
import { templateBlocks } from '../../src/template';
import { NEU_2024 } from '../../src/core/profile';
import type { CaseDocument } from '../../src/core/model/types';

function install(options: FakeOfficeOptions, sourceOptions: ConstructorParameters<typeof WordDocumentSource>[1] = {}): { fake: FakeOffice; source: WordDocumentSource } {
  const fake = createFakeOffice(options);
  Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
  return { fake, source: new WordDocumentSource(officeHost(), sourceOptions) };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

const words = (doc: CaseDocument) => doc.paragraphs.reduce((n, p) => n + countText(p.text).words, 0);

function fromFile(fake: FakeOffice): CaseDocument {
  const r = readDocx(fake.docx());
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

/** 实施背景 with a reviewer's tracked deletion (8 字) and a hidden note (4 字), a footnote and a comment. */
const REVISED: FakeParagraph[] = [
  { text: '实施背景', styleBuiltIn: 'Heading1', outlineLevel: 1 },
  {
    runs: [
      { text: '学院党委坚持党建引领' },
      { text: '删掉的八个汉字啊', deleted: true },
      { text: '推动融合发展' },
      { text: '隐藏文字', hidden: true },
      { footnote: '脚注的内容不计入正文。' },
      { text: '。' },
      { comment: '审阅人的意见' },
    ],
  },
];

describe('tracked deletions, hidden text and marks Word does not count', () => {
  it('the double is unkind: Paragraph.text holds deletions, hidden text, U+FFFD and U+0005', () => {
    const { fake } = install({ apiVersion: '1.7', paragraphs: REVISED });
    expect(fake.texts()[1]).toBe('学院党委坚持党建引领删掉的八个汉字啊推动融合发展隐藏文字\ufffd。\u0005');
    expect(fake.visibleTexts()[1]).toBe('学院党委坚持党建引领推动融合发展。');
  });

  it('on WordApi 1.7 reads getText(): the counts equal the .docx reader\'s, and nothing is hidden from it', async () => {
    const { fake, source } = install({ apiVersion: '1.7', paragraphs: REVISED });
    const doc = await source.read();
    expect(doc.paragraphs[1].text).toBe('学院党委坚持党建引领推动融合发展。');
    // 4 (heading) + 10 + 6 + 1 (。) = 21 字; the deleted 8 and the hidden 4 are not counted.
    expect(words(doc)).toBe(21);
    expect(words(fromFile(fake))).toBe(21);
    expect(doc.caveats?.filter((c) => c.kind === 'deleted-text')).toEqual([]);
    // getText is queued after the paragraphs exist: one batch, two round trips.
    expect(fake.state.runs.map((r) => r.syncs)).toEqual([2]);
  });

  it('below WordApi 1.7 takes out the footnote mark and the comment anchor, and says the text may hold deletions', async () => {
    const { source } = install({ apiVersion: '1.6', paragraphs: REVISED });
    const doc = await source.read();
    expect(doc.paragraphs[1].text).toBe('学院党委坚持党建引领删掉的八个汉字啊推动融合发展隐藏文字。');
    expect(doc.caveats).toContainEqual({ kind: 'deleted-text', certainty: 'present' });
  });

  it('on WordApi 1.6 without tracked deletions says nothing about them', async () => {
    const { source } = install({ apiVersion: '1.6', paragraphs: [{ text: '正文' }] });
    const doc = await source.read();
    expect(doc.caveats?.filter((c) => c.kind === 'deleted-text')).toEqual([]);
  });

  it('on WordApi 1.4 says when Track Changes is on; on 1.3 that it cannot tell', async () => {
    const tracking = install({ apiVersion: '1.4', paragraphs: [{ text: '正文' }], trackingMode: 'TrackAll' });
    expect((await tracking.source.read()).caveats).toContainEqual({ kind: 'deleted-text', certainty: 'tracking' });
    const off = install({ apiVersion: '1.4', paragraphs: [{ text: '正文' }] });
    expect((await off.source.read()).caveats?.filter((c) => c.kind === 'deleted-text')).toEqual([]);
    const old = install({ apiVersion: '1.3', paragraphs: [{ text: '正文' }] });
    expect((await old.source.read()).caveats).toContainEqual({ kind: 'deleted-text', certainty: 'unknown' });
  });

  it('keeps a field\'s result and drops its code and delimiters', async () => {
    const { source } = install({ apiVersion: '1.3', paragraphs: [{ text: '截至\u0013 DATE \\@ "yyyy年" \u00142024年\u0015底' }] });
    expect((await source.read()).paragraphs[0].text).toBe('截至2024年底');
  });
});

describe('floating pictures and text boxes', () => {
  const PICTURES: FakeParagraph[] = [
    { text: '主要做法', styleBuiltIn: 'Heading1', outlineLevel: 1 },
    { text: '', pictures: ['嵌入的图片'] },
    { text: '图1 嵌入的图片' },
    { text: '正文', floating: [{ kind: 'picture', alt: '浮动的图片' }, { kind: 'textbox', text: '图2 文本框里的说明' }] },
  ];

  it('the double is unkind: neither inlinePictures nor the text shows them, the file does', async () => {
    const { fake, source } = install({ apiVersion: '1.6', paragraphs: PICTURES });
    const doc = await source.read();
    expect(doc.paragraphs.flatMap((p) => p.pictures)).toHaveLength(1);
    expect(doc.paragraphs.map((p) => p.text).join('')).not.toContain('文本框');
    const file = fromFile(fake);
    expect(file.paragraphs.flatMap((p) => p.pictures).map((p) => p.kind)).toEqual(['inline', 'floating']);
    expect(file.stories.filter((s) => s.kind === 'textbox')).toHaveLength(1);
  });

  it('on the web says that it cannot see them; on Word desktop (WordApiDesktop 1.2) how many there are', async () => {
    const web = install({ apiVersion: '1.6', paragraphs: PICTURES });
    expect((await web.source.read()).caveats).toContainEqual({ kind: 'floating' });
    const desktop = install({ apiVersion: '1.6', platform: 'PC', desktopApiVersion: '1.2', paragraphs: PICTURES });
    expect((await desktop.source.read()).caveats).toContainEqual({ kind: 'floating', count: 2 });
    const none = install({ apiVersion: '1.6', platform: 'PC', desktopApiVersion: '1.2', paragraphs: [{ text: '正文', pictures: [''] }] });
    expect((await none.source.read()).caveats ?? []).toEqual([]);
  });
});

describe('the exact check reads the document\'s own bytes', () => {
  it('in 64 KB-or-larger slices, closing the file, and gives the .docx the reader reads whole', async () => {
    const { fake, source } = install({ apiVersion: '1.3', paragraphs: REVISED });
    const bytes = await source.readFile();
    expect(bytes).toEqual(fake.docx());
    expect(fake.state.openFiles).toBe(0);
    const r = readDocx(bytes);
    expect(r.ok && r.doc.paragraphs[1].text).toBe('学院党委坚持党建引领推动融合发展。');
  });

  it('closes every file, so that a third check does not hit "no more than two documents in memory"', async () => {
    const { source } = install({ apiVersion: '1.3', paragraphs: REVISED });
    for (let i = 0; i < 4; i++) await source.readFile();
  });

  it('says plainly when Word on the web cannot get the file (11001)', async () => {
    const { source } = install({ apiVersion: '1.6', paragraphs: REVISED, fileError: { code: 11001, message: 'A network problem has prevented retrieval of the file.' } });
    await expect(source.readFile()).rejects.toMatchObject({ name: 'DocumentSourceError', code: 'file', message: expect.stringMatching(/网络问题/) });
  });
});

describe('inserting the template never removes anything but empty paragraphs', () => {
  const blocks = templateBlocks(NEU_2024, 'branch.student');
  const CASES: [string, FakeParagraph[]][] = [
    ['only a floating picture', [{ text: '', floating: [{ kind: 'picture', alt: '' }] }]],
    ['only a text box', [{ text: '', floating: [{ kind: 'textbox', text: '' }] }]],
    ['only an empty table', [{ text: '', tableNestingLevel: 1, cell: { row: 0, cell: 0 } }, { text: '', tableNestingLevel: 1, cell: { row: 0, cell: 1 } }, { text: '' }]],
    ['only a section break', [{ text: '', sectionBreak: true }, { text: '' }]],
    ['only a named bookmark', [{ text: '', bookmarks: ['第一稿'] }]],
  ];

  it.each(CASES)('a document holding %s is not empty, and replace-empty writes nothing', async (_name, paragraphs) => {
    const { fake, source } = install({ apiVersion: '1.6', paragraphs });
    const before = fake.docx();
    expect(await source.isEmpty()).toBe(false);
    await expect(source.insertTemplate(blocks, 'replace-empty')).rejects.toMatchObject({ code: 'not-empty' });
    expect(fake.docx()).toEqual(before);
  });

  it('a truly empty document (even with Word\'s hidden _GoBack bookmark) is filled from the top', async () => {
    const { fake, source } = install({ apiVersion: '1.6', paragraphs: [{ text: '' }, { text: ' \u3000', bookmarks: ['_GoBack'] }] });
    expect(await source.isEmpty()).toBe(true);
    await source.insertTemplate(blocks, 'replace-empty');
    expect(fake.texts()[0]).toBe(NEU_2024.name);
  });

  it('cover-table cells are Normal, not the title style they would inherit', async () => {
    const { source } = install({ apiVersion: '1.6', paragraphs: [{ text: '' }] });
    await source.insertTemplate(blocks, 'replace-empty');
    const cells = (await source.read()).paragraphs.filter((p) => p.table);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.map((p) => p.builtinStyle)).toEqual(cells.map(() => 'Normal'));
    expect(cells.filter((p) => p.table!.cell === 1).some((p) => p.bold)).toBe(false);
  });

  it('appended after a numbered list, the template does not continue the list', async () => {
    const { source } = install({ apiVersion: '1.6', paragraphs: [{ text: '已有的条目', listString: '3.', styleBuiltIn: 'ListParagraph', alignment: 'Centered', bold: true }] });
    await source.insertTemplate(blocks, 'append');
    const p = (await source.read()).paragraphs;
    expect(p[0].listLabel).toBe('3.');
    expect(p.slice(1).filter((x) => x.listLabel)).toEqual([]);
    // The title is the template's: Title, centred, not the list item's formatting.
    expect(p[1]).toMatchObject({ text: NEU_2024.name, builtinStyle: 'Title', centered: true });
    // Every block keeps its own alignment and weight, none the list item's (centred, bold).
    const flowing = blocks.filter((b) => b.kind !== 'cover-row');
    const centred = (b: (typeof flowing)[number]) => (b.align ?? (b.style === 'Title' || b.style === 'Caption' ? 'center' : 'other')) === 'center';
    const read = p.slice(1).filter((x) => !x.table && (x.text !== '' || x.controls.length > 0));
    expect(read.map((x) => [x.text, !!x.centered, !!x.bold])).toEqual(flowing.map((b) => [b.text, centred(b), !!b.bold]));
  });
});

describe('settings within desktop Word\'s 255 characters', () => {
  it('the longest value the profile allows fits: the longest category, every criterion, every style hint switched off', () => {
    const longestCategory = NEU_2024.categories.map((c) => c.id).sort((a, b) => b.length - a.length)[0];
    const all = Object.fromEntries(NEU_2024.criteria.map((c) => [c.id, false]));
    const hintsOff = ['listing-heavy', 'integration-weak'];
    const value = serializeSettings({ category: longestCategory, selfCheck: all, hintsOff }, NEU_2024);
    expect(value.length).toBeLessThanOrEqual(PROPERTY_VALUE_MAX);
    expect(JSON.parse(value)).toEqual({ category: longestCategory, selfCheck: all, hintsOff });
  });

  it('drops keys the profile does not know, so that an old document cannot push the value over', async () => {
    const junk = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`unknownCriterion${i}`, true]));
    const stored = JSON.stringify({ category: 'branch.teacher', selfCheck: { authenticity: true, ...junk } });
    const { fake, source } = install({ apiVersion: '1.6', platform: 'PC', paragraphs: [{ text: 'x' }], properties: { [SETTINGS_PROPERTY]: stored } }, { profile: NEU_2024 });
    const loaded = await source.loadSettings();
    await source.saveSettings({ ...loaded, selfCheck: { ...loaded.selfCheck, innovation: true } });
    // Desktop Word would have cut a longer value at 255 and lost everything.
    expect(fake.state.properties[SETTINGS_PROPERTY].length).toBeLessThanOrEqual(PROPERTY_VALUE_MAX);
    expect(await source.loadSettings()).toEqual({ category: 'branch.teacher', selfCheck: { authenticity: true, innovation: true } });
  });

  it('the double is unkind: desktop Word cuts a long value at 255 characters, the web does not', async () => {
    const long = 'x'.repeat(300);
    const desktop = install({ platform: 'PC', paragraphs: [{ text: 'x' }] });
    await desktop.fake.Word.run(async (context) => {
      context.document.properties.customProperties.add('Other', long);
      await context.sync();
    });
    expect(desktop.fake.state.properties.Other).toHaveLength(255);
    const web = install({ platform: 'OfficeOnline', paragraphs: [{ text: 'x' }] });
    await web.fake.Word.run(async (context) => {
      context.document.properties.customProperties.add('Other', long);
      await context.sync();
    });
    expect(web.fake.state.properties.Other).toHaveLength(300);
  });
});

describe('a light, safe read', () => {
  it('a sync that never settles ends in a readable timeout, and the next read works', async () => {
    const { fake, source } = install({ apiVersion: '1.6', paragraphs: [{ text: '正文' }] }, { timeoutMs: 50 });
    fake.hang(1);
    await expect(source.read()).rejects.toMatchObject({ code: 'timeout', message: expect.stringMatching(/^Word 在 0 秒内没有完成读取/) });
    expect((await source.read()).paragraphs[0].text).toBe('正文');
  });

  it('with paragraph events, an edit re-reads only that paragraph: the same result for a fraction of the payload', async () => {
    const paragraphs: FakeParagraph[] = Array.from({ length: 300 }, (_, i) => ({ text: `第${i}段正文内容`, controls: i % 3 ? [{ tag: 'case.practice' }] : [] }));
    const { fake, source } = install({ apiVersion: '1.6', paragraphs });
    await source.read();
    const full = fake.state.responses[fake.state.responses.length - 1];
    const changes: string[] = [];
    source.onChange((c) => c.kind === 'changed' && changes.push(...c.ids));
    await new Promise((r) => setImmediate(r));
    fake.type(150, '改过的第150段');
    expect(changes).toHaveLength(1);
    const patched = await source.read({ changedIds: changes });
    const edit = fake.state.responses[fake.state.responses.length - 1];
    expect(edit).toBeLessThan(full / 50);
    // The patched read is exactly what a full read gives.
    const again = await source.read();
    expect(patched.paragraphs).toEqual(again.paragraphs);
    expect(patched.paragraphs[150].text).toBe('改过的第150段');
  });

  it('reads everything when an edit names a paragraph it has not seen', async () => {
    const { fake, source } = install({ apiVersion: '1.6', paragraphs: [{ text: '甲' }] });
    await source.read();
    const doc = await source.read({ changedIds: ['00009999-0000-4000-8000-000000000000'] });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['甲']);
    expect(fake.state.loads.filter((l) => l.startsWith('ParagraphCollection:')).length).toBeGreaterThan(1);
  });

  it('an edit fires one paragraphChanged with the paragraph\'s id, as Word does, and missed events are missed', async () => {
    const { fake, source } = install({ apiVersion: '1.6', paragraphs: [{ text: '甲' }, { text: '乙' }] });
    const seen: unknown[] = [];
    source.onChange((c) => seen.push(c));
    await new Promise((r) => setImmediate(r));
    fake.type(1, '乙乙');
    expect(seen).toEqual([{ kind: 'changed', ids: [fake.state.paragraphs[1].uniqueLocalId] }]);
    fake.missEvents(1);
    fake.type(0, '甲甲');
    expect(seen).toHaveLength(1);
  });
});

describe('selecting a span', () => {
  it('a span whose escaped text is over 255 characters selects its paragraph instead of failing', async () => {
    const text = '^'.repeat(200) + '结尾';
    const { fake, source } = install({ apiVersion: '1.3', paragraphs: [{ text: '题' }, { text }] });
    await source.select({ paragraph: 1, start: 0, end: 202 });
    expect(fake.state.selections).toEqual([{ paragraph: 1, text }]);
  });

  it('a span Word cannot find (across a tracked deletion) selects its paragraph instead of failing', async () => {
    const { fake, source } = install({ apiVersion: '1.7', paragraphs: [{ runs: [{ text: '甲乙' }, { text: '删', deleted: true }, { text: '丙丁' }] }] });
    // The model's text is 甲乙丙丁 (getText); Word's document text has 删 between 乙 and 丙.
    await source.select({ paragraph: 0, start: 1, end: 3 });
    expect(fake.state.selections).toEqual([{ paragraph: 0, text: '甲乙删丙丁' }]);
  });

  it('on WordApi 1.7 a span after a deletion is found at its own text', async () => {
    const { fake, source } = install({ apiVersion: '1.7', paragraphs: [{ runs: [{ text: '删除', deleted: true }, { text: '请填写实施背景' }] }] });
    await source.select({ paragraph: 0, start: 0, end: 3 });
    expect(fake.state.selections).toEqual([{ paragraph: 0, start: 2, end: 5, text: '请填写' }]);
  });
});
