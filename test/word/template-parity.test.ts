/**
 * The gateway's template insertion and the .docx download must read back alike: insert
 * the blocks through WordDocumentSource into the Office double, read the result, and
 * compare with the .docx reader's reading of buildTemplateDocx. Paragraph texts, styles
 * and control tags are compared in reading order, and the structure finder must find the
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
      inTable: p.table !== undefined,
      tags: p.controls.map((c) => c.tag),
    }));
}

describe.each(['committee', 'branch.student'])('template for %s', (category) => {
  it('reads back the same through Word as from the .docx', async () => {
    const fake = createFakeOffice({ apiVersion: '1.6', paragraphs: [{ text: '' }] });
    Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
    const source = new WordDocumentSource(officeHost());
    await source.insertTemplate(templateBlocks(NEU_2024, category), 'replace-empty');
    const viaWord = await source.read();

    const fromDocx = readDocx(buildTemplateDocx(NEU_2024, category));
    if (!fromDocx.ok) throw new Error(fromDocx.error.message);

    expect(shape(viaWord)).toEqual(shape(fromDocx.doc));
    const parts = (doc: CaseDocument) =>
      Object.fromEntries(Object.entries(findStructure(doc, NEU_2024).parts).map(([id, p]) => [id, p!.via]));
    expect(parts(viaWord)).toEqual(parts(fromDocx.doc));
  });
});
