/**
 * The other notices of issue 14, each a profile of its own parts (data, no code): every
 * built-in profile validates and lists its template's prompts; each has golden documents
 * made by LibreOffice (test/golden/profiles/make-docs.js) that pass and fail as its notice
 * says, and a template (`case-check template --profile …`) whose parts the engine finds.
 * The expected values are the notices' and counted by hand (see make-docs.js), not the
 * engine's: a pass has no error and no warning; a fail has exactly the listed problems.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import { checkCase } from '../../src/core/engine';
import { BUILTIN_PROFILE_IDS, BUILTIN_PROFILE_INFO, getBuiltinProfile, loadBuiltinProfiles, loadProfile } from '../../src/core/profile';
import type { Profile } from '../../src/core/profile/types';
import type { Report } from '../../src/core/report';
import { readDocx } from '../../src/docx';
import { planPartInsertion } from '../../src/core/fixes';
import { partTemplate } from '../../src/taskpane/part-template';
import { allTemplatePrompts, templateBlocks } from '../../src/template';
import { captureIO } from '../cli/helpers';
import { expectGolden, json } from './golden';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = path.join(__dirname, 'profiles');

// The built-ins other than the default load on demand: load them all once.
beforeAll(async () => {
  await loadBuiltinProfiles();
});

function profile(id: string): Profile {
  const p = getBuiltinProfile(id);
  if (!p) throw new Error(`no built-in profile ${id}`);
  return p;
}

function check(id: string, file: string): Report {
  const r = readDocx(new Uint8Array(readFileSync(path.join(DOCS, id, file))));
  if (!r.ok) throw new Error(`${id}/${file}: ${r.error.message}`);
  return checkCase(r.doc, profile(id));
}

const problems = (r: Report, severities = ['error', 'warning']) =>
  r.diagnostics.filter((d) => severities.includes(d.severity)).map((d) => `${d.severity} ${d.ruleId}/${d.messageId}`);
const words = (r: Report, part: string) => (r.parts[part]?.found ? r.parts[part]!.counts.words : undefined);

describe('the built-in profiles', () => {
  test('five notices, neu-2024 first (the default)', () => {
    expect(BUILTIN_PROFILE_IDS).toEqual(['neu-2024', 'jiangsu-2018', 'baiyun-2020', 'sxdtdx-2024', 'national-2015']);
  });

  test.each(BUILTIN_PROFILE_IDS.map((id) => [id]))('%s validates, its placeholders are its template’s prompts, its menu name its own', (id) => {
    const p = profile(id);
    expect(BUILTIN_PROFILE_INFO.find((x) => x.id === id)?.name).toBe(p.name);
    const r = loadProfile(p);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect([...p.placeholders].sort()).toEqual([...allTemplatePrompts(p)].sort());
  });

  test('each notice’s parts, limits and quotas, as the issue’s table gives them', () => {
    const sections = (id: string) => profile(id).parts.filter((x) => x.kind === 'section' && x.id !== 'body').map((x) => x.label);
    expect(sections('jiangsu-2018')).toEqual(['创新的背景及起因', '创新点及具体做法', '主要成效及经验启示']);
    expect(sections('baiyun-2020')).toEqual(['活动主题与思路', '实施方法与过程', '所取得主要成效', '经验与启示']);
    expect(sections('sxdtdx-2024')).toEqual(['基本情况', '主要做法', '工作成效', '工作启示']);
    expect(sections('national-2015')).toEqual(['背景', '做法', '成效', '探讨', '附录']);
    expect(profile('national-2015').parts.filter((x) => x.kind === 'section' && !x.required).map((x) => x.id)).toEqual(['appendix', 'body']);
    expect(profile('national-2015').parts.find((x) => x.kind === 'summary')).toMatchObject({ label: '案例摘要', limit: { kind: 'around', value: 1500 } });
    expect(profile('national-2015').categories.map((c) => c.bodyLimit)).toEqual([expect.objectContaining({ kind: 'max', value: 5000 })]);
    expect(profile('jiangsu-2018').categories.map((c) => c.bodyLimit)).toEqual([expect.objectContaining({ kind: 'around', value: 2500 })]);
    expect(profile('baiyun-2020').categories.map((c) => c.bodyLimit)).toEqual([expect.objectContaining({ kind: 'max', value: 2500 })]);
    expect(profile('sxdtdx-2024').categories.map((c) => c.bodyLimit)).toEqual([expect.objectContaining({ kind: 'max', value: 5000 })]);
    expect(profile('jiangsu-2018').parts.find((x) => x.kind === 'summary')).toBeUndefined();
    expect(profile('baiyun-2020').parts.find((x) => x.kind === 'summary')).toMatchObject({ label: '特色总结', limit: { kind: 'around', value: 300 } });
    expect(profile('baiyun-2020').pictures).toMatchObject({ minGroups: 3, maxGroups: 6, caption: { kind: 'around', value: 20 } });
    expect(profile('sxdtdx-2024').pictures).toMatchObject({ minGroups: 3, maxGroups: 3 });
    expect(profile('jiangsu-2018').batch).toMatchObject({ maxCasesPerUnit: 1, distinctLevels: false });
  });
});

describe('golden documents made by LibreOffice', () => {
  test('jiangsu-2018: 2500 字左右 met; two sections and 1000 字 fail', () => {
    const pass = check('jiangsu-2018', 'pass.docx');
    expect(problems(pass)).toEqual([]);
    // 10 + 300 + 300 | 10 + 650 + 650 + 图1 党员先锋岗挂牌仪式 (11) | 11 + 560 (make-docs.js).
    expect([words(pass, 'background'), words(pass, 'practice'), words(pass, 'results'), words(pass, 'body')]).toEqual([610, 1321, 571, 2502]);
    expect(pass.category).toBe('project');
    expect(pass.categorySource).toBe('profile');
    expect(pass.parts.leader).toMatchObject({ found: true, value: '王明 党总支书记' });

    const fail = check('jiangsu-2018', 'fail.docx');
    expect(problems(fail)).toEqual(['error part-missing/section', 'error body-length/far-short']);
    expect(fail.diagnostics.find((d) => d.ruleId === 'part-missing')?.data).toMatchObject({ part: 'results', partLabel: '主要成效及经验启示' });
    expect(fail.diagnostics.find((d) => d.ruleId === 'body-length')?.data).toMatchObject({ actual: 1000, limit: 2500, low: 2000, high: 3000 });
  });

  test('baiyun-2020: 特色总结, four sections and three pictures pass; two pictures, a long caption and 2795 字 fail', () => {
    const pass = check('baiyun-2020', 'pass.docx');
    expect(problems(pass)).toEqual([]);
    expect(words(pass, 'summary')).toBe(300);
    expect(pass.pictures.map((g) => [g.part, g.captionWords])).toEqual([
      ['practice', 17],
      ['practice', 17],
      ['results', 18],
    ]);

    const fail = check('baiyun-2020', 'fail.docx');
    expect(problems(fail)).toEqual(['error body-length/over', 'error picture-count/too-few', 'error caption-length/far-long']);
    expect(fail.diagnostics.find((d) => d.ruleId === 'picture-count')?.data).toMatchObject({ actual: 2, min: 3 });
    expect(fail.diagnostics.find((d) => d.ruleId === 'caption-length')?.data).toMatchObject({ actual: 40, limit: 20, high: 24 });
    expect(words(fail, 'body')).toBe(2795);
  });

  test('sxdtdx-2024: four sections and three pictures pass; out of order, four pictures, one in 基本情况 fail', () => {
    const pass = check('sxdtdx-2024', 'pass.docx');
    expect(problems(pass)).toEqual([]);
    expect(pass.pictures.map((g) => g.part)).toEqual(['practice', 'practice', 'results']);

    const fail = check('sxdtdx-2024', 'fail.docx');
    expect(problems(fail)).toEqual(['warning picture-outside-practice/outside', 'warning part-order/order', 'error picture-count/too-many']);
    expect(fail.diagnostics.find((d) => d.ruleId === 'part-order')?.data).toMatchObject({
      expected: '基本情况 → 主要做法 → 工作成效 → 工作启示',
      actual: '基本情况 → 主要做法 → 工作启示 → 工作成效',
    });
    expect(fail.diagnostics.find((d) => d.ruleId === 'picture-count')?.data).toMatchObject({ actual: 4, max: 3 });
  });

  test('national-2015: a 1500-字 摘要 and four sections pass without the optional 附录; a short 摘要 and no 探讨 fail', () => {
    const pass = check('national-2015', 'pass.docx');
    expect(problems(pass)).toEqual([]);
    expect(words(pass, 'summary')).toBe(1500);
    expect(pass.parts.appendix?.found).toBe(false);
    // 4 + 800 | 4 + 1500 + 图1 社区网格党支部议事会 (2 + 10) | 4 + 1000 | 4 + 600 (make-docs.js).
    expect([words(pass, 'background'), words(pass, 'practice'), words(pass, 'results'), words(pass, 'discussion'), words(pass, 'body')]).toEqual([804, 1516, 1004, 604, 3928]);

    const fail = check('national-2015', 'fail.docx');
    expect(problems(fail)).toEqual(['error part-missing/section', 'error summary-length/far-short']);
    expect(fail.diagnostics.find((d) => d.ruleId === 'summary-length')?.data).toMatchObject({ actual: 600, limit: 1500 });
    expect(fail.diagnostics.find((d) => d.ruleId === 'part-missing')?.data).toMatchObject({ part: 'discussion', partLabel: '探讨' });
  });

  test('插入此部分 for a section of the notice’s own: after the section before it, with the template’s heading', () => {
    const r = readDocx(new Uint8Array(readFileSync(path.join(DOCS, 'jiangsu-2018', 'fail.docx'))));
    if (!r.ok) throw new Error(r.error.message);
    const p = profile('jiangsu-2018');
    const template = partTemplate(p, undefined, 'results')!;
    const plan = planPartInsertion(r.doc, p, 'results', template);
    const practiceEnd = r.doc.paragraphs.length; // 创新点及具体做法 is the document's last section
    expect(plan?.anchor).toMatchObject({ paragraph: practiceEnd - 1, where: 'After' });
    expect(plan?.blocks.map((b) => b.text)).toEqual(['三、主要成效及经验启示', '【写实主要成效，提炼可复制、可推广的经验启示】']);
  });

  test('jiangsu-2018 as a folder: one unit, two cases, quota 1 → unit-quota', async () => {
    const c = captureIO({ cwd: ROOT });
    const code = await run(['--format', 'json', '--profile', 'jiangsu-2018', 'test/golden/profiles/jiangsu-2018'], c.io);
    expect(code).toBe(1);
    const out = JSON.parse(c.stdout());
    expect(out.profile).toBe('jiangsu-2018');
    const quota = out.batch.diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'unit-quota');
    expect(quota).toHaveLength(1);
    expect(quota[0].data).toMatchObject({ unit: '化学化工学院党总支', count: 2, max: 1 });
  });
});

describe('case-check template --profile', () => {
  test.each(['jiangsu-2018', 'baiyun-2020', 'sxdtdx-2024', 'national-2015'])('%s: the engine finds every part of the profile in its template', async (id) => {
    const chunks: Uint8Array[] = [];
    const c = captureIO({ cwd: ROOT });
    const code = await run(['template', '--profile', id], { ...c.io, stdoutBytes: { write: (b: Uint8Array) => chunks.push(b) } } as typeof c.io);
    expect(code).toBe(0);
    const read = readDocx(new Uint8Array(Buffer.concat(chunks)));
    if (!read.ok) throw new Error(read.error.message);
    const p = profile(id);
    const report = checkCase(read.doc, p);
    for (const part of p.parts.filter((x) => x.kind !== 'cover' || x.required)) expect([part.id, report.parts[part.id]?.found]).toEqual([part.id, true]);
    // An untouched template: every prompt is still there, and nothing else is wrong with its shape.
    expect(new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))).toContain('placeholder-left');
    expect(report.diagnostics.filter((d) => ['part-missing', 'part-order', 'picture-outside-practice'].includes(d.ruleId))).toEqual([]);
    expectGolden(path.join(DOCS, id, 'template-blocks.json'), json(templateBlocks(p, p.categories[0].id)));
  });
});

describe('case-check --profile <id | file.json>', () => {
  async function cli(argv: string[]) {
    const c = captureIO({ cwd: ROOT });
    const code = await run(argv, c.io);
    return { code, stdout: c.stdout(), stderr: c.stderr() };
  }

  test('an unknown id names the built-in profiles', async () => {
    const r = await cli(['--profile', 'neu-2025', 'test/golden/profiles/jiangsu-2018/pass.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知的规则配置“neu-2025”；内置的有：neu-2024、jiangsu-2018、baiyun-2020、sxdtdx-2024、national-2015');
  });

  test('a file far too big to be a profile is refused without being read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'profile-'));
    try {
      const file = path.join(dir, '2025.json');
      writeFileSync(file, Buffer.alloc(2 * 1024 * 1024, 0x20));
      const r = await cli(['--profile', file, 'test/golden/profiles/jiangsu-2018/pass.docx']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/规则配置文件“.*2025\.json”过大（2097152 字节，上限 1 MB）/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the feedback letter of a notice without number or stamped scans asks for neither', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letters-'));
    try {
      const r = await cli(['--profile', 'jiangsu-2018', 'test/golden/profiles/jiangsu-2018', '--letters', path.join(dir, '反馈单'), '--format', 'json']);
      expect(r.code).toBe(1);
      const files = readdirSync(path.join(dir, '反馈单')).filter((f) => f.endsWith('.docx'));
      expect(files).toHaveLength(1);
      const read = readDocx(new Uint8Array(readFileSync(path.join(dir, '反馈单', files[0]))));
      if (!read.ok) throw new Error(read.error.message);
      const text = read.doc.paragraphs.map((p) => p.text).join('\n');
      expect(text).toContain('已按《关于开展 2017—2018 年度江苏省高校党建工作创新奖申报工作的通知》的要求完成形式审查');
      expect(text).toContain('将修改后的 Word 版电子文档（.docx）重新发送至党委组织部');
      expect(text).not.toContain('扫描件');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the text report says how many pictures the notice asks for', async () => {
    const r = await cli(['--profile', 'baiyun-2020', 'test/golden/profiles/baiyun-2020/fail.docx']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/图片\s+2 组（3～6 组）/);
  });
});
