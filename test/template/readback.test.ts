/**
 * The template read back through our own pipeline: readDocx (src/docx) then checkCase
 * (src/core/engine). An empty template must be recognised completely (every part by its
 * heading or cover label, the category as chosen) and must fail exactly on its own prompts.
 *
 * Golden files (test/template/golden/<category>.report.json) keep the report's summary for
 * review: parts and how they were found, and every diagnostic. Rewrite them with
 *   UPDATE_GOLDEN=1 npx jest test/template/readback.test.ts
 * and review the diff like code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readDocx } from '../../src/docx';
import { checkCase } from '../../src/core/engine';
import neu from '../../src/profiles/neu-2024.json';
import type { Profile } from '../../src/core/profile/types';
import type { Report } from '../../src/core/report';
import { buildTemplateDocx, templateBlocks } from '../../src/template';

const NEU = neu as unknown as Profile;
const GOLDEN_DIR = join(__dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function readBack(category: string): Report {
  const result = readDocx(buildTemplateDocx(NEU, category), { fileName: `案例模板-${category}.docx` });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  expect(result.warnings).toEqual([]);
  return checkCase(result.doc, NEU);
}

function summary(report: Report) {
  return {
    category: report.category ?? null,
    categorySource: report.categorySource ?? null,
    parts: Object.fromEntries(
      NEU.parts.map((p) => {
        const r = report.parts[p.id];
        return [p.id, r?.found ? r.via ?? 'found' : null];
      }),
    ),
    diagnostics: report.diagnostics.map((d) => {
      const text = d.ruleId === 'placeholder-left' ? ` ${String(d.data.text)}` : '';
      return `${d.severity} ${d.ruleId}/${d.messageId} @${d.target.part}${text}`;
    }),
    totals: report.summary,
  };
}

describe.each(['committee', 'branch', 'branch.student'])('the empty %s template read back and checked', (category) => {
  let report: Report;
  beforeAll(() => {
    report = readBack(category);
  });

  test('the category is the one chosen, declared on the cover', () => {
    expect(report.category).toBe(category);
    expect(report.categorySource).toBe('cover');
  });

  test('every part the template carries is found, by its heading or its cover label', () => {
    const carried = new Set(templateBlocks(NEU, category).map((b) => b.part));
    for (const part of NEU.parts.filter((p) => carried.has(p.id))) {
      expect({ part: part.id, found: report.parts[part.id]?.found, via: report.parts[part.id]?.via }).toEqual({
        part: part.id,
        found: true,
        via: part.kind === 'cover' ? 'field' : 'heading-style',
      });
    }
    expect(report.diagnostics.filter((d) => d.ruleId === 'part-missing')).toEqual([]);
  });

  test('placeholder-left reports each prompt of the template exactly once; the box row is a question', () => {
    const prompts = templateBlocks(NEU, category)
      .filter((b) => b.placeholder && !b.text.startsWith('□'))
      .map((b) => b.text);
    if (category === 'branch') {
      expect(report.diagnostics.filter((d) => d.ruleId === 'branch-subtype-missing').map((d) => d.messageId)).toEqual(['unticked']);
    }
    const reported = report.diagnostics.filter((d) => d.ruleId === 'placeholder-left').map((d) => d.data.text);
    expect([...reported].sort()).toEqual([...prompts].sort());
  });

  test('matches the golden summary', () => {
    const file = join(GOLDEN_DIR, `${category}.report.json`);
    const actual = summary(report);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`缺少基准文件 ${file}：请用 UPDATE_GOLDEN=1 生成并审阅。`);
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    }
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
