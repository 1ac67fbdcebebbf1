/**
 * case-check honours what the author decided in Word: the dismissals (忽略此处) the pane
 * stored in the document and the style hints switched off. The document is the Word
 * double's own .docx after the gateway saved them, as Word would save it.
 */
import { writeFileSync } from 'node:fs';
import { createFakeOffice, type FakeParagraph } from '../e2e/fake-office';
import { WordDocumentSource, officeHost, SETTINGS_PROPERTY } from '../../src/word';
import { checkCase } from '../../src/core/engine';
import { NEU_2024 } from '../../src/core/profile';
import { run } from '../../src/cli/main';
import type { CheckOutput } from '../../src/cli/commands/check';
import { warningAndHintCase } from '../helpers/author-cases';
import { captureIO, tempDir } from './helpers';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

/** A teacher branch case whose 实施背景 names 2015 (a hint) and whose summary has 150 字 (a warning). */
function paragraphs(): FakeParagraph[] {
  return warningAndHintCase().paragraphs.map((p) => ({
    text: p.text,
    styleBuiltIn: p.builtinStyle ?? 'Normal',
    outlineLevel: p.outlineLevel !== undefined ? p.outlineLevel + 1 : 10,
    pictures: p.pictures.map(() => ''),
  }));
}

/** The author dismisses the year hint in Word (desktop) and switches listing hints off; the saved .docx. */
async function savedInWord(): Promise<Uint8Array> {
  const fake = createFakeOffice({ apiVersion: '1.7', platform: 'PC', paragraphs: paragraphs(), properties: { [SETTINGS_PROPERTY]: '{"category":"branch.teacher"}' } });
  Object.assign(globalThis, { Word: fake.Word, Office: fake.Office });
  const source = new WordDocumentSource(officeHost(), { profile: NEU_2024 });
  const live = checkCase(await source.read(), NEU_2024);
  const year = live.diagnostics.find((d) => d.ruleId === 'period-years')!;
  await source.saveDismissed([year.fingerprint!]);
  await source.saveSettings({ category: 'branch.teacher', hintsOff: ['listing-heavy'] });
  return fake.docx();
}

describe('case-check and the author\'s decisions saved in the document', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => tmp.cleanup());

  it('counts a dismissed hint apart, says so, and lists it with --show-dismissed', async () => {
    const file = tmp.file('案例.docx');
    writeFileSync(file, await savedInWord());

    const plain = captureIO();
    expect(await run([file], plain.io)).toBe(0);
    const out = plain.stdout();
    expect(out).toContain('  问题（0 个错误，1 个警告，0 条提示）');
    expect(out).toContain('  已忽略 1 项（作者在 Word 中对这些警告和提示选了“忽略此处”；加 --show-dismissed 列出）');
    expect(out).not.toContain('[period-years]');
    expect(out).toContain('  已关闭的提示：“简单罗列”（作者在文档中关闭）');

    const listed = captureIO();
    await run(['--show-dismissed', file], listed.io);
    // 2024 − 5 = 2019, the notice's 近五年.
    expect(listed.stdout()).toContain('\n    已忽略 提示  正文提到 2015 年，早于 2019 年。主体工作应为近 5 年内组织开展，请确认。  [period-years]\n');
    expect(listed.stdout()).toContain('  已忽略 1 项（作者在 Word 中对这些警告和提示选了“忽略此处”）\n');
  });

  it('--format json has the dismissed problem under `dismissed`, with its fingerprint, and the hints off', async () => {
    const file = tmp.file('案例2.docx');
    writeFileSync(file, await savedInWord());
    const c = captureIO();
    await run(['--format', 'json', file], c.io);
    const f = (JSON.parse(c.stdout()) as CheckOutput).files[0] as unknown as {
      summary: unknown;
      dismissed: { ruleId: string; fingerprint: string }[];
      hintsOff: string[];
      diagnostics: { ruleId: string }[];
    };
    expect(f.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
    expect(f.dismissed.map((d) => d.ruleId)).toEqual(['period-years']);
    expect(f.dismissed[0].fingerprint).toMatch(/^[0-9a-z]{7}$/);
    expect(f.diagnostics.map((d) => d.ruleId)).toEqual(['summary-length']);
    expect(f.hintsOff).toEqual(['listing-heavy']);
  });
});
