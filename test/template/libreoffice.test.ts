/**
 * The .docx must open in a real word processor: LibreOffice converts it to PDF. CI installs
 * LibreOffice (and poppler-utils); where soffice is missing the test is skipped with a notice.
 * Each run uses its own LibreOffice profile directory, so parallel runs never fight over a lock.
 * With pdftoppm present, page 1 is kept as .tmp/template-page1.png for review.
 */
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import neu from '../../src/profiles/neu-2024.json';
import type { Profile } from '../../src/core/profile/types';
import type { Report } from '../../src/core/report';
import { checkCase } from '../../src/core/engine';
import { readDocx } from '../../src/docx';
import { buildTemplateDocx } from '../../src/template';
import { FILLED, SUMMARY_WORDS, filledTemplate } from './filled';

const NEU = neu as unknown as Profile;

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const soffice = ['soffice', 'libreoffice'].find(has);
const describeWithOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn('跳过 LibreOffice 转换测试：未安装 soffice（CI 会安装 libreoffice）。');

describeWithOffice('the template opens in LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'template-lo-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test.each(['branch', 'committee'])(
    '%s: converts to a PDF that shows the template',
    (category) => {
      const docx = join(dir, `${category}.docx`);
      writeFileSync(docx, buildTemplateDocx(NEU, category));
      const profileDir = join(dir, `lo-profile-${category}`);
      execFileSync(
        soffice!,
        [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const pdf = join(dir, `${category}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(bytes.length).toBeGreaterThan(1000);

      if (has('pdftotext')) {
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain('实施背景');
        expect(text).not.toContain('w:'); // opened as a Word document, not imported as text
        expect(text).toContain('案例名称');
        const limit = NEU.categories.find((c) => c.id === category)!.bodyLimit!;
        expect(text).toContain(`正文 ${limit.value} 字`);
      }
      if (category === 'branch' && has('pdftoppm')) {
        execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page1')]);
        const keep = resolve(__dirname, '../../.tmp');
        mkdirSync(keep, { recursive: true });
        copyFileSync(join(dir, 'page1.png'), join(keep, 'template-page1.png'));
      }
    },
    150_000,
  );
});

/**
 * The template and a case filled in on it must read the same after LibreOffice saves them
 * as .docx (Writer 7.4, Debian's package). LibreOffice 7.4 writes each block-level content
 * control back as one inline control per text portion, each repeating the whole paragraph,
 * without its tag: the template therefore carries no controls, and a file saved from one
 * that did gets one clear message (part-duplicate/repeated) with its lengths counted once.
 */
const DAMAGED_FIXTURE = resolve(__dirname, 'fixtures/lo74-old-template-filled.docx');

function convertToDocx(dir: string, name: string, bytes: Uint8Array): Uint8Array {
  const input = join(dir, 'in', name);
  mkdirSync(join(dir, 'in'), { recursive: true });
  writeFileSync(input, bytes);
  const out = join(dir, 'out');
  execFileSync(
    soffice!,
    [`-env:UserInstallation=file://${join(dir, 'lo-profile-docx')}`, '--headless', '--convert-to', 'docx', '--outdir', out, input],
    { timeout: 120_000, stdio: 'pipe' },
  );
  return readFileSync(join(out, name));
}

function reportOf(bytes: Uint8Array): Report {
  const r = readDocx(bytes, { fileName: 'case.docx' });
  if (!r.ok) throw new Error(r.error.message);
  return checkCase(r.doc, NEU);
}

describeWithOffice('the template survives a LibreOffice round trip (.docx → .docx)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'template-lo-docx-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test.each(['committee', 'branch', 'branch.student'])(
    'the empty %s template gives the same report after LibreOffice saved it',
    (category) => {
      const bytes = buildTemplateDocx(NEU, category);
      const saved = convertToDocx(dir, `${category}.docx`, bytes);
      const before = reportOf(bytes);
      const after = reportOf(saved);
      expect(after).toEqual(before);
      expect(after.diagnostics.some((d) => d.messageId === 'repeated')).toBe(false);
    },
    150_000,
  );

  test(
    'a case filled in on the template gives the same report after LibreOffice saved it',
    () => {
      const bytes = filledTemplate(NEU, 'committee', { controls: false });
      const before = reportOf(bytes);
      expect(before.diagnostics).toEqual([]);
      expect(before.parts.summary!.counts.words).toBe(SUMMARY_WORDS);
      expect(reportOf(convertToDocx(dir, 'filled.docx', bytes))).toEqual(before);
    },
    150_000,
  );

  test(
    'the committed damaged fixture is what LibreOffice makes of a case filled in on a template with controls',
    () => {
      const saved = convertToDocx(dir, 'old-template.docx', filledTemplate(NEU, 'committee', { controls: true }));
      if (process.env.UPDATE_FIXTURES === '1') {
        mkdirSync(dirname(DAMAGED_FIXTURE), { recursive: true });
        writeFileSync(DAMAGED_FIXTURE, saved);
      }
      const text = (b: Uint8Array) => {
        const r = readDocx(b);
        if (!r.ok) throw new Error(r.error.message);
        return r.doc.paragraphs.map((p) => p.text);
      };
      expect(text(saved)).toEqual(text(readFileSync(DAMAGED_FIXTURE)));
    },
    150_000,
  );
});

describe('a file that LibreOffice 7.4 saved from a template with content controls', () => {
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = readFileSync(DAMAGED_FIXTURE);
  });

  test('shows the symptom: the control paragraphs hold their text several times over', () => {
    const r = readDocx(bytes);
    if (!r.ok) throw new Error(r.error.message);
    const summary = r.doc.paragraphs.find((p) => p.text.startsWith(FILLED.summary!))!;
    // 自 · 2021 · 年起，…。 are three portions: the text comes back 3 + 3 = 6 times as long.
    expect(summary.text.length).toBe(FILLED.summary!.length * 6);
    expect(summary.controls.every((c) => c.tag === undefined && c.title === '案例简介')).toBe(true);
  });

  test('gets ONE error naming the damage, and every length counted once', () => {
    const report = reportOf(bytes);
    expect(report.diagnostics.map((d) => `${d.severity} ${d.ruleId}/${d.messageId}`)).toEqual(['error part-duplicate/repeated']);
    expect(report.diagnostics[0].data).toMatchObject({
      // 联系电话 (024-83687000) is one portion in one control: LibreOffice left it whole.
      paragraphs: 10,
      copies: 6,
      parts: '案例名称、申报单位（盖章）、实施党组织、类别、实施起始时间、联系人、案例简介、实施背景、主要做法、经验启示',
    });
    expect(report.parts.summary!.counts.words).toBe(SUMMARY_WORDS);
    expect(report.parts.title!.value).toBe(FILLED.title);
    expect(report.parts.period!.value).toBe('2021年9月');
  });
});
