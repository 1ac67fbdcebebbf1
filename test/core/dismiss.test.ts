/**
 * 忽略此处: the fingerprint of a warning or hint survives edits elsewhere and lapses when
 * the problem changes; errors cannot be dismissed; the engine applies the document's
 * dismissals and counts only what is left.
 */
import { checkCase, switchableHints } from '../../src/core/engine';
import { hintName } from '../../src/core/messages';
import { NEU_2024 } from '../../src/core/profile';
import { applyDismissals, dismissalsWith, dismissalsWithout, hash32 } from '../../src/core/dismiss';
import type { CaseDocument } from '../../src/core/model/types';
import type { Diagnostic } from '../../src/core/report';
import { han, validBranchCase } from '../helpers/case-doc';
import { listingCase, warningAndHintCase } from '../helpers/author-cases';

const sample = warningAndHintCase;

const check = (doc: CaseDocument, dismissed?: readonly string[]) => checkCase(doc, NEU_2024, { dismissed });
const find = (ds: readonly Diagnostic[], ruleId: string) => ds.find((d) => d.ruleId === ruleId);

/** Inserts a paragraph at `index`, renumbering the rest, as an edit above would. */
function insertAt(doc: CaseDocument, index: number, text: string): CaseDocument {
  const paragraphs = [...doc.paragraphs.slice(0, index), { index, text, pictures: [], controls: [] }, ...doc.paragraphs.slice(index)];
  return { ...doc, paragraphs: paragraphs.map((p, i) => ({ ...p, index: i })) };
}

describe('the fingerprint', () => {
  it('is FNV-1a (32 bits) in 7 base-36 characters: the published test vectors', () => {
    // FNV-1a 32-bit of "" is the offset basis, of "a" 0xe40c292c, of "foobar" 0xbf9cf968.
    expect(parseInt(hash32(''), 36)).toBe(0x811c9dc5);
    expect(parseInt(hash32('a'), 36)).toBe(0xe40c292c);
    expect(parseInt(hash32('foobar'), 36)).toBe(0xbf9cf968);
    expect(hash32('a')).toMatch(/^[0-9a-z]{7}$/);
  });

  it('is given to warnings and hints, never to errors', () => {
    const doc = sample();
    // An error too: 经验启示 missing.
    const lessons = doc.paragraphs.findIndex((p) => p.text === '三、经验启示');
    const r = check({ ...doc, paragraphs: doc.paragraphs.slice(0, lessons) });
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    for (const d of r.diagnostics) expect([d.ruleId, d.fingerprint !== undefined]).toEqual([d.ruleId, d.severity !== 'error']);
  });

  it('survives edits elsewhere: a paragraph added above, text added to another section', () => {
    const before = check(sample());
    const summary = find(before.diagnostics, 'summary-length')!;
    const year = find(before.diagnostics, 'period-years')!;
    expect([summary.severity, summary.messageId, year.severity]).toEqual(['warning', 'short', 'info']);

    let edited = insertAt(sample(), 0, '附件2');
    const practice = edited.paragraphs.findIndex((p) => p.text === '二、主要做法') + 1;
    edited.paragraphs[practice] = { ...edited.paragraphs[practice], text: edited.paragraphs[practice].text + han(50) };
    edited = insertAt(edited, practice, '（一）强化政治引领');
    const after = check(edited);
    expect(find(after.diagnostics, 'summary-length')!.fingerprint).toBe(summary.fingerprint);
    expect(find(after.diagnostics, 'period-years')!.fingerprint).toBe(year.fingerprint);
    // ... while the paragraphs they point at moved.
    expect(find(after.diagnostics, 'period-years')!.span!.paragraph).toBe(year.span!.paragraph + 1);
  });

  it('lapses when the problem changes: too short becomes too long, the year is another', () => {
    const before = check(sample());
    const doc = sample();
    const summary = doc.paragraphs.findIndex((p) => p.text === '案例简介') + 1;
    doc.paragraphs[summary].text = han(250); // +25%: too long
    const background = summary + 2;
    doc.paragraphs[background].text = doc.paragraphs[background].text.replace('2015', '2016');
    const after = check(doc);
    expect(find(after.diagnostics, 'summary-length')!.messageId).toBe('long');
    expect(find(after.diagnostics, 'summary-length')!.fingerprint).not.toBe(find(before.diagnostics, 'summary-length')!.fingerprint);
    expect(find(after.diagnostics, 'period-years')!.fingerprint).not.toBe(find(before.diagnostics, 'period-years')!.fingerprint);
  });

  it('tells equal problems apart by their order: dismissing the second repeat leaves the first', () => {
    const doc = validBranchCase().build();
    // 实施背景 written three times: two part-duplicate warnings with the same words.
    doc.paragraphs.push(
      { index: doc.paragraphs.length, text: '一、实施背景', pictures: [], controls: [], builtinStyle: 'Heading1', outlineLevel: 0 },
      { index: doc.paragraphs.length + 1, text: han(10), pictures: [], controls: [] },
      { index: doc.paragraphs.length + 2, text: '一、实施背景', pictures: [], controls: [], builtinStyle: 'Heading1', outlineLevel: 0 },
      { index: doc.paragraphs.length + 3, text: han(10), pictures: [], controls: [] },
    );
    const r = check(doc);
    const dups = r.diagnostics.filter((d) => d.ruleId === 'part-duplicate' && d.messageId === 'duplicate');
    expect(dups).toHaveLength(2);
    expect(dups[0].fingerprint).not.toBe(dups[1].fingerprint);
    const applied = check(doc, [dups[1].fingerprint!]);
    expect(applied.diagnostics.filter((d) => d.ruleId === 'part-duplicate').map((d) => d.target.paragraph)).toEqual([dups[0].target.paragraph]);
    expect(applied.dismissed!.map((d) => d.target.paragraph)).toEqual([dups[1].target.paragraph]);
  });
});

describe('applying dismissals', () => {
  it('moves the dismissed warning out of the diagnostics and the summary, in document order', () => {
    const full = check(sample());
    expect(full.summary).toEqual({ errors: 0, warnings: 1, infos: 1 });
    const fp = find(full.diagnostics, 'summary-length')!.fingerprint!;
    const r = check(sample(), [fp]);
    expect(r.summary).toEqual({ errors: 0, warnings: 0, infos: 1 });
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['period-years']);
    expect(r.dismissed!.map((d) => d.ruleId)).toEqual(['summary-length']);
  });

  it('reads the dismissals from the document settings unless the caller passes its own', () => {
    const fp = find(check(sample()).diagnostics, 'period-years')!.fingerprint!;
    const doc = { ...sample(), settings: { category: 'branch.teacher', dismissed: [fp] } };
    expect(checkCase(doc, NEU_2024).dismissed!.map((d) => d.ruleId)).toEqual(['period-years']);
    // The pane shows everything again the moment the author brings it back.
    expect(checkCase(doc, NEU_2024, { dismissed: [] }).dismissed).toBeUndefined();
  });

  it('an unknown or lapsed fingerprint dismisses nothing; errors never move', () => {
    const doc = sample();
    const lessons = doc.paragraphs.findIndex((p) => p.text === '三、经验启示');
    const broken = { ...doc, paragraphs: doc.paragraphs.slice(0, lessons) };
    const r = check(broken, ['0000000', 'zzzzzzz']);
    expect(r.dismissed).toBeUndefined();
    expect(r.summary.errors).toBe(1);
  });

  it('applied again to a report, a dismissal taken back returns to its place', () => {
    const full = check(sample());
    const year = find(full.diagnostics, 'period-years')!.fingerprint!;
    const summary = find(full.diagnostics, 'summary-length')!.fingerprint!;
    const both = applyDismissals(full, [year, summary]);
    expect(both.diagnostics).toEqual([]);
    const back = applyDismissals(both, [year]);
    expect(back.diagnostics.map((d) => d.ruleId)).toEqual(['summary-length']);
    expect(applyDismissals(back, []).diagnostics.map((d) => d.ruleId)).toEqual(full.diagnostics.map((d) => d.ruleId));
  });

  it('keeps counting the repeats the engine did not list: the summary is adjusted, not recounted', () => {
    const full = check(sample());
    const summary = find(full.diagnostics, 'summary-length')!.fingerprint!;
    // As the diagnostic cap leaves it: 30 more infos counted than listed.
    const capped = { ...full, summary: { ...full.summary, infos: full.summary.infos + 30 } };
    const r = applyDismissals(capped, [summary]);
    expect(r.summary).toEqual({ errors: 0, warnings: 0, infos: 31 });
    expect(applyDismissals(r, []).summary).toEqual({ errors: 0, warnings: 1, infos: 31 });
  });

  it('what to store: a new dismissal joins the ones still matching; a lapsed one is dropped; restore removes', () => {
    const full = check(sample());
    const year = find(full.diagnostics, 'period-years')!.fingerprint!;
    const summary = find(full.diagnostics, 'summary-length')!.fingerprint!;
    const r = check(sample(), [year, 'lapsed1']);
    expect(dismissalsWith(r, summary)).toEqual([year, summary]);
    const both = check(sample(), [year, summary]);
    expect(dismissalsWithout(both, [year])).toEqual([summary]);
    expect(dismissalsWithout(both)).toEqual([]);
  });
});

describe('style hints switched off', () => {
  const listing = listingCase;

  it('are not run, and the report says which are off', () => {
    expect(checkCase(listing(), NEU_2024).diagnostics.map((d) => d.ruleId)).toContain('listing-heavy');
    const r = checkCase({ ...listing(), settings: { hintsOff: ['listing-heavy'] } }, NEU_2024);
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain('listing-heavy');
    expect(r.hintsOff).toEqual(['listing-heavy']);
  });

  it('the style hints are listing-heavy and integration-weak, each named in every catalogue', () => {
    expect(switchableHints()).toEqual(['listing-heavy', 'integration-weak']);
    expect(switchableHints().map((id) => [hintName(id), hintName(id, 'en')])).toEqual([
      ['简单罗列', 'listing results'],
      ['就党建谈党建', 'party building in isolation'],
    ]);
  });

  it('only style hints can be switched off: a warning or an error stays', () => {
    const doc = { ...sample(), settings: { hintsOff: ['summary-length', 'part-missing'] } };
    const r = checkCase(doc, NEU_2024);
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('summary-length');
    expect(r.hintsOff).toBeUndefined();
  });
});
