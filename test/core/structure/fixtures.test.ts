/**
 * Realistic case texts (test/fixtures/texts/*.txt, invented in the style of published
 * university 党建 cases, each with its own heading conventions) and, beside each, the
 * parts a reader finds in it (*.expected.json, written by hand from the text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromText } from '../../../src/core/model/from-text';
import type { PartId } from '../../../src/core/profile/types';
import { structureOf } from './helpers';

interface Expected {
  parts: Partial<Record<PartId, number>>;
  ends: Partial<Record<PartId, number>>;
  sectionOrder: string[];
  declaredCategory?: string;
  pictureGroups: { paragraphs: number[]; pictureCount: number; caption?: number; section?: string }[];
  duplicates: { id: string; start: number }[];
}

const DIR = join(__dirname, '../../fixtures/texts');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

test('there are several fixture texts', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(3);
});

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
  const s = structureOf(documentFromText(text));

  test('part starts', () => {
    const got: Partial<Record<PartId, number>> = {};
    for (const [id, p] of Object.entries(s.parts)) got[id as PartId] = p!.start;
    expect(got).toEqual(expected.parts);
  });

  test('part ends', () => {
    const got: Partial<Record<PartId, number>> = {};
    for (const id of Object.keys(expected.ends) as PartId[]) got[id] = s.parts[id]?.end;
    expect(got).toEqual(expected.ends);
  });

  test('section order, category, duplicates', () => {
    expect(s.sectionOrder).toEqual(expected.sectionOrder);
    expect(s.declaredCategory?.id).toBe(expected.declaredCategory);
    expect(s.duplicates.map((d) => ({ id: d.id, start: d.start }))).toEqual(expected.duplicates);
  });

  test('picture groups', () => {
    expect(
      s.pictureGroups.map((g) => ({ paragraphs: g.paragraphs, pictureCount: g.pictureCount, caption: g.caption?.paragraph, section: g.section })),
    ).toEqual(expected.pictureGroups);
  });

  test('every cover field found has a non-empty value', () => {
    for (const id of ['title', 'unit', 'org', 'category', 'period'] as PartId[]) {
      if (expected.parts[id] !== undefined) expect(s.parts[id]?.value).toMatch(/\S/);
    }
  });
});
