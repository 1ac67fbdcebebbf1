/**
 * Whatever the input, the structure is consistent: ranges inside the document and
 * ordered, body parts not overlapping, the body holding every section, groups made of
 * picture paragraphs. Documents are drawn from a seeded generator of case-like lines.
 */
import { caseDoc, han } from '../../helpers/case-doc';
import type { CaseDocument } from '../../../src/core/model/types';
import type { FoundPart } from '../../../src/core/structure/types';
import { structureOf } from './helpers';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const LINES = [
  '案例名称：党建引领',
  '申报单位（盖章）：信息学院党委',
  '类别：☑党支部 □分党委',
  '联系人：张三　联系电话：123',
  '案例简介',
  '【案例简介】本案例……',
  '案例正文',
  '一、实施背景',
  '二、主要做法',
  '三、经验启示',
  '（一）强化政治引领',
  '（二）经验做法',
  '1. 具体做法',
  '四、下一步打算',
  '实施背景',
  '主要做法：支部坚持……',
  '第一部分 案例背景',
  '背景下，我们……',
  '图1 支部书记讲党课',
  '',
];

function randomDoc(seed: number): CaseDocument {
  const r = prng(seed);
  const b = caseDoc();
  const n = 5 + Math.floor(r() * 60);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.45) b.para(LINES[Math.floor(r() * LINES.length)], r() < 0.2 ? { style: 'Heading1' } : r() < 0.1 ? { bold: true } : {});
    else if (x < 0.75) b.para(han(Math.floor(r() * 300), i));
    else if (x < 0.85) b.picture(r() < 0.5 ? { caption: '图 说明', count: 1 + Math.floor(r() * 3) } : {});
    else if (x < 0.92) b.table([[LINES[Math.floor(r() * LINES.length)], han(10)], ['实施背景', han(20)]]);
    else b.para(han(40), { controls: [{ tag: ['case.background', 'case.practice', 'case.title', 'case.lessons'][Math.floor(r() * 4)] }] });
  }
  return b.build();
}

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

test.each(SEEDS)('seed %i', (seed) => {
  const doc = randomDoc(seed);
  const n = doc.paragraphs.length;
  const s = structureOf(doc);
  const all: FoundPart[] = [...Object.values(s.parts).filter((p): p is FoundPart => !!p), ...s.duplicates];
  for (const p of all) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.contentStart).toBeGreaterThanOrEqual(p.start);
    expect(p.end).toBeGreaterThanOrEqual(p.contentStart);
    expect(p.end).toBeLessThanOrEqual(n);
  }
  const ranged = all.filter((p) => ['summary', 'background', 'practice', 'lessons'].includes(p.id)).sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranged.length; i++) expect(ranged[i].start).toBeGreaterThanOrEqual(ranged[i - 1].end);
  const starts = s.sectionOrder.map((id) => s.parts[id]!.start);
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  if (s.sectionOrder.length > 0) {
    const body = s.parts.body!;
    for (const id of s.sectionOrder) {
      expect(body.start).toBeLessThanOrEqual(s.parts[id]!.start);
      expect(body.end).toBeGreaterThanOrEqual(s.parts[id]!.end);
    }
  }
  for (const g of s.pictureGroups) {
    expect(g.paragraphs.length).toBeGreaterThan(0);
    expect(g.pictureCount).toBe(g.paragraphs.reduce((k, i) => k + doc.paragraphs[i].pictures.length, 0));
  }
  const captions = s.pictureGroups.map((g) => g.caption?.paragraph).filter((i) => i !== undefined);
  expect(new Set(captions).size).toBe(captions.length);
  expect(s.captionParagraphs).toEqual([...captions].sort((a, b) => a! - b!));

  // The body's breakdown accounts for the body: every paragraph in the body's range with text
  // is in a section, in an other section, or in some other part (a duplicate, a cover line).
  const others = s.otherSections ?? [];
  for (let i = 1; i < others.length; i++) expect(others[i].start).toBeGreaterThanOrEqual(others[i - 1].end);
  for (const o of others) {
    for (const p of ranged) expect(o.end <= p.start || o.start >= p.end).toBe(true);
  }
  if (s.sectionOrder.length > 0) {
    const body = s.parts.body!;
    const from = Math.min(...s.sectionOrder.map((id) => s.parts[id]!.start), ...others.map((o) => o.start));
    const held = (i: number) =>
      [...ranged, ...others].some((p) => i >= p.start && i < p.end) ||
      all.some((p) => i >= p.start && i < Math.max(p.end, p.start + 1));
    for (let i = from; i < body.end; i++) {
      if (doc.paragraphs[i].text.trim() === '' && doc.paragraphs[i].pictures.length === 0) continue;
      expect([seed, i, held(i)]).toEqual([seed, i, true]);
    }
  }
});
