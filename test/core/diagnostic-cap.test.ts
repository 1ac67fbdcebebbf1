/**
 * Issue 10, point 3: a file with tens of thousands of one problem gives a report a person
 * can read and a front end can show, and the summary still counts them all.
 */
import { DiagnosticCap } from '../../src/core/diagnostic-cap';
import { checkCase } from '../../src/core/engine';
import { NEU_2024 } from '../../src/core/profile';
import type { Diagnostic, Severity } from '../../src/core/report';
import { caseDoc } from '../helpers/case-doc';

describe('the engine', () => {
  test('50,000 「一、实施背景」 headings: 20 part-duplicate diagnostics listed, the last saying how many more, all counted', () => {
    const b = caseDoc();
    for (let i = 0; i < 50_000; i++) b.heading('一、实施背景');
    const report = checkCase(b.build(), NEU_2024);
    const dup = report.diagnostics.filter((d) => d.ruleId === 'part-duplicate');
    expect(dup).toHaveLength(20);
    // 49,999 repeats of the heading: 20 listed, 49,979 counted.
    expect(dup[19].data.omitted).toBe(49_979);
    expect(dup[19].message.endsWith('（同类问题另有 49979 处，未逐条列出）')).toBe(true);
    expect(dup.slice(0, 19).every((d) => d.data.omitted === undefined)).toBe(true);
    expect(report.summary.warnings).toBe(49_999);
    expect(JSON.stringify(report).length).toBeLessThan(50_000);
  });

  test('in English the note is English', () => {
    const b = caseDoc();
    for (let i = 0; i < 30; i++) b.heading('一、实施背景');
    const dup = checkCase(b.build(), NEU_2024, { locale: 'en' }).diagnostics.filter((d) => d.ruleId === 'part-duplicate');
    expect(dup[19].message.endsWith(' (9 more of the same, not listed)')).toBe(true);
  });
});

describe('DiagnosticCap', () => {
  const make = (ruleId: string, i: number): Diagnostic => ({ ruleId, messageId: 'm', severity: 'warning', message: `${ruleId} ${i}`, data: {}, target: { part: 'document' } });

  test('20 per kind, 200 in all, and past that still the first of every kind', () => {
    const cap = new DiagnosticCap(20, 200);
    const built: string[] = [];
    for (let k = 0; k < 30; k++) {
      for (let i = 0; i < 50; i++) {
        cap.add(`r${k}`, 'm', (k % 3 === 0 ? 'error' : 'warning') as Severity, () => {
          built.push(`r${k}`);
          return make(`r${k}`, i);
        });
      }
    }
    const kept = cap.diagnostics();
    // Kinds 0–9: 20 each (200 in all); kinds 10–29: their first only.
    expect(kept).toHaveLength(220);
    expect(built).toHaveLength(220);
    const byKind = (k: number) => kept.filter((d) => d.ruleId === `r${k}`);
    expect(byKind(9)).toHaveLength(20);
    expect(byKind(9)[19].data.omitted).toBe(30);
    expect(byKind(10)).toHaveLength(1);
    expect(byKind(10)[0].data.omitted).toBe(49);
    // 10 of the 30 kinds are errors: 500 errors, 1,000 warnings.
    expect(cap.summary).toEqual({ errors: 500, warnings: 1000, infos: 0 });
  });
});
