/**
 * The gateway's template insertion and the .docx download must read back alike: insert
 * the blocks through WordDocumentSource into the Office double, read the result, and
 * compare with the .docx reader's reading of buildTemplateDocx. Paragraph texts, styles,
 * alignment, bold, outline levels, table/row/cell and control tags are compared in reading order, and the structure finder must find the
 * same parts the same way in both.
 */
import { createFakeOffice } from '../e2e/fake-office';
import { WordDocumentSource, officeHost } from '../../src/word';
import { buildTemplateDocx, templateBlocks } from '../../src/template';
import { readDocx } from '../../src/docx';
import { findStructure } from '../../src/core/structure';
import { NEU_2024 } from '../../src/core/profile';
import type { CaseDocument } from '../../src/core/model/types';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

/** What both readers must agree on; empty paragraphs (Word's paragraph after a table) are left out. */
function shape(doc: CaseDocument) {
  return doc.paragraphs
    .filter((p) => p.text !== '' || p.controls.length > 0)
    .map((p) => ({
      // The .docx builder breaks the long title into two balanced lines (a w:br) after the
      // blocks are made; the blocks themselves carry no break. A line break changes no count.
      text: p.text.replace(/\n/g, ''),
      style: p.builtinStyle ?? 'Normal',
      outlineLevel: p.outlineLevel ?? null,
      centered: p.centered ?? false,
      bold: p.bold ?? false,
      // Which table, row and cell: a wrong table index or two cells swapped would show here.
      table: p.table ? [p.table.depth, p.table.table, p.table.row, p.table.cell] : null,
      tags: p.controls.map((c) => c.tag),
    }));
}

const COVER = ['案例名称', '申报单位（盖章）', '实施党组织', '类别', '实施起始时间', '联系人', '联系电话'];
const BRANCH_COVER = ['案例名称', '申报单位（盖章）', '实施党组织', '类别', '党支部类型', '实施起始时间', '联系人', '联系电话'];

describe.each([
  ['committee', COVER],
  ['branch.student', BRANCH_COVER],
])('template for %s', (category, cover) => {
  it('reads back the same through Word as from the .docx', async () => {
    const fake = createFakeOffice({ apiVersion: '1.6', paragraphs: [{ text: '' }] });
    Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
    const source = new WordDocumentSource(officeHost());
    await source.insertTemplate(templateBlocks(NEU_2024, category), 'replace-empty');
    const viaWord = await source.read();

    const fromDocx = readDocx(buildTemplateDocx(NEU_2024, category));
    if (!fromDocx.ok) throw new Error(fromDocx.error.message);

    expect(shape(viaWord)).toEqual(shape(fromDocx.doc));
    // The cover is table 0, one row per field: label (bold, centred) in cell 0, the prompt in cell 1.
    const labels = viaWord.paragraphs.filter((p) => p.table?.cell === 0).map((p) => [p.table!.table, p.table!.row, p.text, p.bold ?? false, p.centered ?? false]);
    expect(labels).toEqual(cover.map((label, row) => [0, row, label, true, true]));
    const values = viaWord.paragraphs.filter((p) => p.table?.cell === 1);
    expect(values.map((p) => [p.table!.row, p.centered ?? false, p.bold ?? false])).toEqual(cover.map((_label, row) => [row, false, false]));
    // No content controls (README: 模板不用内容控件).
    expect(viaWord.paragraphs.flatMap((p) => p.controls)).toEqual([]);
    const parts = (doc: CaseDocument) =>
      Object.fromEntries(Object.entries(findStructure(doc, NEU_2024).parts).map(([id, p]) => [id, p!.via]));
    expect(parts(viaWord)).toEqual(parts(fromDocx.doc));
  });
});
