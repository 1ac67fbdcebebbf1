/**
 * case-check and the notice the author chose in the pane (`profile` in the document's
 * settings): without --profile the file is checked against that notice, as the pane checks it,
 * and the report says so; with --profile, or a notice the CLI does not have, the run's profile
 * stands and a warning says which notice the author chose. The document is the Word double's
 * own .docx after the gateway saved the settings, as Word would save it.
 */
import { writeFileSync } from 'node:fs';
import { createFakeOffice, type FakeParagraph } from '../e2e/fake-office';
import { SETTINGS_PROPERTY } from '../../src/word';
import { run } from '../../src/cli/main';
import type { CheckOutput } from '../../src/cli/commands/check';
import { warningAndHintCase } from '../helpers/author-cases';
import { captureIO, tempDir } from './helpers';

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

/** A teacher branch case (its cover says 教师党支部), saved in Word with these settings. */
function savedWith(settings: string | undefined): Uint8Array {
  const paragraphs: FakeParagraph[] = warningAndHintCase().paragraphs.map((p) => ({
    text: p.text,
    styleBuiltIn: p.builtinStyle ?? 'Normal',
    outlineLevel: p.outlineLevel !== undefined ? p.outlineLevel + 1 : 10,
    pictures: p.pictures.map(() => ''),
  }));
  const fake = createFakeOffice({ apiVersion: '1.7', platform: 'PC', paragraphs, properties: settings === undefined ? {} : { [SETTINGS_PROPERTY]: settings } });
  return fake.docx();
}

type Checked = { profile: string; profileSource: string; savedProfile?: string; category: string | null; categorySource: string | null; warnings: string[]; parts: Record<string, unknown> };

describe('case-check and the notice saved in the document', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sxdtdx: string;
  let unknown: string;
  let none: string;
  beforeAll(() => {
    tmp = tempDir();
    sxdtdx = tmp.file('大同.docx');
    writeFileSync(sxdtdx, savedWith('{"profile":"sxdtdx-2024"}'));
    unknown = tmp.file('自定义.docx');
    writeFileSync(unknown, savedWith('{"profile":"neu-2030","category":"branch.teacher"}'));
    none = tmp.file('默认.docx');
    writeFileSync(none, savedWith(undefined));
  });
  afterAll(() => tmp.cleanup());

  async function json(args: string[]): Promise<{ output: CheckOutput; files: Checked[] }> {
    const c = captureIO();
    await run(['--format', 'json', ...args], c.io);
    const output = JSON.parse(c.stdout()) as CheckOutput;
    return { output, files: output.files as unknown as Checked[] };
  }

  it('without --profile, a file is checked against the notice the author chose, and the text report says so', async () => {
    const { output, files } = await json([sxdtdx, none]);
    expect(output.profile).toBe('neu-2024');
    // 山西大同大学's notice has one category and the parts 基本情况 / 主要做法 / 工作成效 / 经验启示.
    expect(files[0]).toMatchObject({ profile: 'sxdtdx-2024', profileSource: 'document', category: 'case', categorySource: 'profile', warnings: [] });
    expect(files[0]).not.toHaveProperty('savedProfile');
    expect(Object.keys(files[0].parts)).toEqual(['title', 'unit', 'contact', 'phone', 'basics', 'practice', 'results', 'lessons', 'body']);
    // The file without a saved notice is checked against the default, its cover's category.
    expect(files[1]).toMatchObject({ profile: 'neu-2024', profileSource: 'default', category: 'branch.teacher', categorySource: 'cover', warnings: [] });

    const c = captureIO();
    await run([sxdtdx, none], c.io);
    const lines = c.stdout().split('\n');
    expect(lines.slice(0, 3)).toEqual([expect.stringContaining('大同.docx'), '  规则配置：山西大同大学基层思想政治工作优秀案例（2024）（来自文档设置）', '  类别      基层思想政治工作优秀案例（通知只有这一类）']);
    expect(c.stdout().match(/规则配置：/g)).toHaveLength(1);
  });

  it('in English, the same line names the notice', async () => {
    const c = captureIO();
    await run(['--locale', 'en', sxdtdx], c.io);
    expect(c.stdout().split('\n')[1]).toBe("  Notice: 山西大同大学基层思想政治工作优秀案例（2024） (from the document's settings)");
  });

  it('--profile wins, and a warning names the notice the author chose', async () => {
    const { files } = await json(['--profile', 'neu-2024', sxdtdx]);
    expect(files[0]).toMatchObject({ profile: 'neu-2024', profileSource: 'option', category: 'branch.teacher', savedProfile: 'sxdtdx-2024' });
    expect(files[0].warnings).toEqual(['作者在 Word 中选的规则配置是“sxdtdx-2024”，本次按“neu-2024”检查（命令行 --profile 指定）']);

    const c = captureIO();
    await run(['--profile', 'neu-2024', sxdtdx], c.io);
    expect(c.stdout().split('\n')[1]).toBe('  ⚠ 作者在 Word 中选的规则配置是“sxdtdx-2024”，本次按“neu-2024”检查（命令行 --profile 指定）');
  });

  it('a notice the CLI does not have: checked against the default, with a warning that says how to give it', async () => {
    const { files } = await json([unknown]);
    expect(files[0]).toMatchObject({ profile: 'neu-2024', profileSource: 'default', category: 'branch.teacher', categorySource: 'settings' });
    expect(files[0].warnings).toEqual(['作者在 Word 中选的规则配置是“neu-2030”，本次按“neu-2024”检查：它不是内置配置，可用 --profile 给出它的配置文件']);
  });

  it('a --category the saved notice does not have keeps the run’s profile, with a warning', async () => {
    const { files } = await json(['--category', '教师党支部', sxdtdx]);
    expect(files[0]).toMatchObject({ profile: 'neu-2024', profileSource: 'default', category: 'branch.teacher', categorySource: 'option' });
    expect(files[0].warnings).toEqual(['作者在 Word 中选的规则配置是“sxdtdx-2024”，本次按“neu-2024”检查：该配置没有 --category 给出的类别']);
  });

  it('a file saved with the run’s own notice has no note', async () => {
    const path = tmp.file('同一.docx');
    writeFileSync(path, savedWith('{"profile":"neu-2024"}'));
    const { files } = await json([path]);
    expect(files[0]).toMatchObject({ profile: 'neu-2024', profileSource: 'default', warnings: [] });
    const c = captureIO();
    await run([path], c.io);
    expect(c.stdout()).not.toContain('规则配置');
  });
});
