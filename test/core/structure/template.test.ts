/**
 * The official template, built by src/template and read back by src/docx: it has no
 * content controls (LibreOffice damages them), so every part is found by its heading or by
 * its label in the cover table.
 */
import { buildTemplateDocx } from '../../../src/template';
import { readDocx } from '../../../src/docx';
import { NEU_2024 } from '../../../src/core/profile';
import { findStructure } from '../../../src/core/structure';

describe.each(['committee', 'branch', 'branch.student'])('template for %s', (category) => {
  const r = readDocx(buildTemplateDocx(NEU_2024, category), { fileName: 'template.docx' });
  if (!r.ok) throw new Error(r.error.message);
  const s = findStructure(r.doc, NEU_2024);

  test('every profile part is found by its heading or its cover label', () => {
    for (const spec of NEU_2024.parts) {
      if (spec.id === 'subtype' && category === 'committee') continue;
      const via = spec.kind === 'cover' ? 'field' : 'heading-style';
      expect([spec.id, s.parts[spec.id]?.via]).toEqual([spec.id, via]);
    }
  });

  test('sections start at their headings, in order, with no duplicates', () => {
    expect(s.sectionOrder).toEqual(['background', 'practice', 'lessons']);
    for (const id of ['summary', 'background', 'practice', 'lessons'] as const) {
      const p = s.parts[id]!;
      expect(p.heading).toBe(p.start);
      expect(r.doc.paragraphs[p.start].text).toContain(NEU_2024.parts.find((x) => x.id === id)!.label);
    }
    expect(s.duplicates).toEqual([]);
  });

  test('cover values take their label from the cell on their left', () => {
    expect(s.parts.title!.label).toBe('案例名称');
    expect(s.parts.unit!.label).toBe('申报单位（盖章）');
  });

  test('the declared category is the one the template was built for', () => {
    expect(s.declaredCategory).toMatchObject({ id: category, source: 'cover' });
  });
});
