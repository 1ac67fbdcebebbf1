/**
 * The Word gateway against recorded plain data: a scripted Office.js double that throws
 * on properties read without load()+sync() and counts every sync per Word.run batch.
 */
import { createFakeOffice, type FakeOffice, type FakeOfficeOptions } from '../e2e/fake-office';
import { WordDocumentSource, officeHost, SETTINGS_PROPERTY } from '../../src/word';
import { templateBlocks } from '../../src/template';
import { NEU_2024 } from '../../src/core/profile';

function install(options: FakeOfficeOptions): { fake: FakeOffice; source: WordDocumentSource } {
  const fake = createFakeOffice(options);
  Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
  return { fake, source: new WordDocumentSource(officeHost()) };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

/** A recorded document: cover table, list headings, nested controls, pictures, line break. */
const RECORDED: FakeOfficeOptions = {
  paragraphs: [
    { text: '党建引领“双创”实践育人', styleBuiltIn: 'Title', alignment: 'Centered', bold: true },
    { text: '申报单位', tableNestingLevel: 1, cell: { row: 0, cell: 0 }, bold: true },
    { text: '信息学院党委', tableNestingLevel: 1, cell: { row: 0, cell: 1 }, controls: [{ id: 7, tag: 'case.unit', title: '申报单位（盖章）' }] },
    { text: '' },
    { text: '案例简介', styleBuiltIn: 'Heading1', outlineLevel: 1 },
    { text: '第一行\u000b第二行', controls: [{ id: 1, tag: 'case.body' }, { id: 2, tag: 'case.summary', title: '案例简介' }] },
    { text: '实施背景', styleBuiltIn: 'Other', style: '我的标题', outlineLevel: 2, listString: '一、' },
    { text: '', pictures: ['支部书记讲党课', ''] },
    { text: '图1 支部书记讲党课', styleBuiltIn: 'Caption' },
    { text: '甲', tableNestingLevel: 1, cell: { row: 1, cell: 0 } },
    { text: '', pictures: ['合影'] },
  ],
  properties: { [SETTINGS_PROPERTY]: JSON.stringify({ category: 'branch.student', selfCheck: { authenticity: true } }) },
};

describe('WordDocumentSource.read', () => {
  it('reads the whole document in ONE sync on a WordApi 1.6 host', async () => {
    const { fake, source } = install({ ...RECORDED, apiVersion: '1.6' });
    const doc = await source.read();
    expect(fake.state.runs.map((r) => r.syncs)).toEqual([1]);
    expect(doc.source).toBe('word');
    expect(doc.paragraphs).toHaveLength(11);
    expect(doc.settings).toEqual({ category: 'branch.student', selfCheck: { authenticity: true } });
  });

  it('maps styles, outline levels, list labels, tables, controls and pictures to the model', async () => {
    const { source } = install({ ...RECORDED, apiVersion: '1.6' });
    const p = (await source.read()).paragraphs;
    expect(p[0]).toMatchObject({ index: 0, builtinStyle: 'Title', centered: true, bold: true, styleId: 'Title' });
    expect(p[0].outlineLevel).toBeUndefined();
    expect(p[1].table).toEqual({ depth: 1, table: 0, row: 0, cell: 0 });
    expect(p[2].table).toEqual({ depth: 1, table: 0, row: 0, cell: 1 });
    expect(p[2].controls).toEqual([{ id: '7', tag: 'case.unit', title: '申报单位（盖章）' }]);
    expect(p[3].table).toBeUndefined();
    expect(p[3].bold).toBeUndefined();
    expect(p[4]).toMatchObject({ builtinStyle: 'Heading1', outlineLevel: 0 });
    // U+000B (Shift+Enter) is a manual line break: `\n` in the model.
    expect(p[5].text).toBe('第一行\n第二行');
    expect(p[5].controls).toEqual([{ id: '1', tag: 'case.body' }, { id: '2', tag: 'case.summary', title: '案例简介' }]);
    expect(p[6]).toMatchObject({ builtinStyle: 'Other', styleId: '我的标题', outlineLevel: 1, listLabel: '一、', listSuffix: 'tab' });
    expect(p[7].pictures).toEqual([{ kind: 'inline', description: '支部书记讲党课' }, { kind: 'inline' }]);
    expect(p[8]).toMatchObject({ builtinStyle: 'Caption', pictures: [] });
    // A second run of table paragraphs is a second table.
    expect(p[9].table).toEqual({ depth: 1, table: 1, row: 1, cell: 0 });
    expect(p[10].pictures).toEqual([{ kind: 'inline', description: '合影' }]);
  });

  it('below WordApi 1.6 a picture-free document still takes one sync', async () => {
    const { fake, source } = install({ apiVersion: '1.3', paragraphs: [{ text: '案例简介' }, { text: '正文' }] });
    const doc = await source.read();
    expect(fake.state.runs.map((r) => r.syncs)).toEqual([1]);
    expect(doc.paragraphs.map((x) => x.text)).toEqual(['案例简介', '正文']);
  });

  it('below WordApi 1.6 pictures cost a second sync and land in the same paragraphs', async () => {
    const withIds = install({ ...RECORDED, apiVersion: '1.6' });
    const expected = (await withIds.source.read()).paragraphs.map((x) => x.pictures);
    const { fake, source } = install({ ...RECORDED, apiVersion: '1.3' });
    const doc = await source.read();
    expect(fake.state.runs.map((r) => r.syncs)).toEqual([2]);
    expect(doc.paragraphs.map((x) => x.pictures)).toEqual(expected);
  });

  it('falls back once when the host refuses uniqueLocalId (no Microsoft 365 subscription)', async () => {
    const { fake, source } = install({ ...RECORDED, apiVersion: '1.6', idsWork: false });
    const doc = await source.read();
    expect(doc.paragraphs[7].pictures).toHaveLength(2);
    await source.read();
    // First read: failed batch (1) + fallback (2); later reads go straight to the fallback.
    expect(fake.state.runs.map((r) => r.syncs)).toEqual([1, 2, 2]);
  });

  it('loads every property it reads (the double throws PropertyNotLoaded otherwise)', async () => {
    const { fake, source } = install({ ...RECORDED, apiVersion: '1.6' });
    await source.read();
    expect(fake.state.loads).toContain('ParagraphCollection:items/listItemOrNullObject/listString');
    expect(fake.state.loads).toContain('InlinePictureCollection:items/paragraph/uniqueLocalId');
  });

  it('wraps host failures in a DocumentSourceError with a Chinese message', async () => {
    const { fake, source } = install({ apiVersion: '1.3', paragraphs: [{ text: 'x' }] });
    fake.state.failNextRun = new Error('GeneralException');
    await expect(source.read()).rejects.toMatchObject({ name: 'DocumentSourceError', code: 'read', message: '读取文档失败（GeneralException）' });
  });
});

describe('WordDocumentSource.select', () => {
  it('selects a paragraph by index', async () => {
    const { fake, source } = install({ paragraphs: [{ text: '一' }, { text: '二' }, { text: '三' }] });
    await source.select({ part: 'practice', paragraph: 2 });
    expect(fake.state.selections).toEqual([{ paragraph: 2, text: '三' }]);
  });

  it('selects the occurrence of a span at its offset, not the first one', async () => {
    const { fake, source } = install({ paragraphs: [{ text: '题' }, { text: '请填写请填写' }] });
    await source.select({ paragraph: 1, start: 3, end: 6 });
    expect(fake.state.selections).toEqual([{ paragraph: 1, start: 3, end: 6, text: '请填写' }]);
  });

  it('says plainly when the paragraph is gone', async () => {
    const { source } = install({ paragraphs: [{ text: '一' }] });
    await expect(source.select({ part: 'summary', paragraph: 5 })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('WordDocumentSource.insertTemplate', () => {
  const blocks = templateBlocks(NEU_2024, 'branch.student');

  it('fills an empty document in at most two syncs, styled, starting at the top', async () => {
    const { fake, source } = install({ paragraphs: [{ text: '' }] });
    await source.insertTemplate(blocks, 'replace-empty');
    expect(fake.state.runs.map((r) => r.syncs)).toEqual([2]);

    const doc = await source.read();
    const p = doc.paragraphs;
    expect(p[0]).toMatchObject({ text: NEU_2024.name, builtinStyle: 'Title', centered: true });
    // Every paragraph block's text is there, in order, with its style.
    const flowing = blocks.filter((b) => b.kind !== 'cover-row');
    const flowingParas = p.filter((x) => !x.table && !(x.text === '' && x.controls.length === 0));
    expect(flowingParas.map((x) => [x.text, x.builtinStyle])).toEqual(flowing.map((b) => [b.text, b.style]));
    // Cover rows became one table: label | value, the value in its control.
    const coverRows = blocks.filter((b) => b.kind === 'cover-row');
    const cells = p.filter((x) => x.table);
    expect(cells).toHaveLength(coverRows.length * 2);
    expect(cells.filter((x) => x.table!.cell === 0).map((x) => x.text)).toEqual(coverRows.map((b) => (b.kind === 'cover-row' ? b.label : '')));
    expect(cells.filter((x) => x.table!.cell === 1).map((x) => x.text)).toEqual(coverRows.map((b) => b.text));
    // The template carries no content controls (LibreOffice and WPS damage them: src/template/blocks.ts).
    expect(p.filter((x) => x.controls.length > 0)).toEqual([]);
  });

  it('inserts a `\n` in a block as a manual line break (U+000B), not a new paragraph', async () => {
    const { fake, source } = install({ paragraphs: [{ text: '' }] });
    await source.insertTemplate([{ kind: 'paragraph', style: 'Title', text: '第一行\n第二行' }], 'replace-empty');
    expect(fake.texts()).toEqual(['第一行\u000b第二行']);
    expect((await source.read()).paragraphs.map((p) => p.text)).toEqual(['第一行\n第二行']);
  });

  it('refuses to write into a document that has content, and writes nothing', async () => {
    const { fake, source } = install({ paragraphs: [{ text: '已有的内容' }] });
    await expect(source.insertTemplate(blocks, 'replace-empty')).rejects.toMatchObject({ code: 'not-empty' });
    expect(fake.texts()).toEqual(['已有的内容']);
  });

  it('a picture alone makes a document non-empty', async () => {
    const { source } = install({ paragraphs: [{ text: '', pictures: [''] }] });
    expect(await source.isEmpty()).toBe(false);
  });

  it('appends after existing content in one sync, keeping it', async () => {
    const { fake, source } = install({ paragraphs: [{ text: '已有的内容' }] });
    await source.insertTemplate(blocks, 'append');
    expect(fake.state.runs.map((r) => r.syncs)).toEqual([1]);
    expect(fake.texts()[0]).toBe('已有的内容');
    expect(fake.texts()).toContain(NEU_2024.name);
  });
});

describe('settings in the document', () => {
  it('saves to the custom property and reads back (also through read())', async () => {
    const { fake, source } = install({ paragraphs: [{ text: 'x' }] });
    expect(await source.loadSettings()).toEqual({});
    await source.saveSettings({ category: 'committee', selfCheck: { innovation: true, typicality: false } });
    expect(JSON.parse(fake.state.properties[SETTINGS_PROPERTY])).toEqual({ category: 'committee', selfCheck: { innovation: true, typicality: false } });
    expect(await source.loadSettings()).toEqual({ category: 'committee', selfCheck: { innovation: true, typicality: false } });
    expect((await source.read()).settings).toEqual({ category: 'committee', selfCheck: { innovation: true, typicality: false } });
  });

  it('reads malformed settings as none', async () => {
    const { source } = install({ paragraphs: [{ text: 'x' }], properties: { [SETTINGS_PROPERTY]: '{not json' } });
    expect(await source.loadSettings()).toEqual({});
    expect((await source.read()).settings).toBeUndefined();
  });
});

describe('WordDocumentSource.onChange', () => {
  const flush = () => new Promise((r) => setImmediate(r));

  it('uses paragraph events on WordApi 1.6 and removes them on unsubscribe', async () => {
    const { fake, source } = install({ apiVersion: '1.6', paragraphs: [{ text: 'x' }] });
    const seen: unknown[] = [];
    const off = source.onChange((c) => seen.push(c));
    await flush();
    expect(fake.state.paragraphHandlers).toHaveLength(3);
    expect(fake.state.selectionHandlers).toHaveLength(0);
    fake.type(0, 'xy');
    fake.type(1, '新段落');
    expect(seen).toEqual([
      { kind: 'changed', ids: [fake.state.paragraphs[0].uniqueLocalId] },
      { kind: 'added', ids: [fake.state.paragraphs[1].uniqueLocalId] },
    ]);
    off();
    await flush();
    expect(fake.state.paragraphHandlers).toHaveLength(0);
  });

  it('falls back to selection-changed below WordApi 1.6', async () => {
    const { fake, source } = install({ apiVersion: '1.3', paragraphs: [{ text: 'x' }] });
    const seen: unknown[] = [];
    const off = source.onChange((c) => seen.push(c));
    fake.type(0, 'xy');
    expect(seen).toEqual([{ kind: 'unknown' }]);
    off();
    expect(fake.state.selectionHandlers).toHaveLength(0);
  });

  it('handlers never write: a change event queues no Word batch', async () => {
    const { fake, source } = install({ apiVersion: '1.6', paragraphs: [{ text: 'x' }] });
    source.onChange(() => undefined);
    await flush();
    const runs = fake.state.runs.length;
    fake.type(0, 'changed');
    await flush();
    expect(fake.state.runs.length).toBe(runs);
  });
});
