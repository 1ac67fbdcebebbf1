/**
 * neu-2024 keeps giving exactly the reports it gave before parts became profile data
 * (issue 14): the engine's JSON report of every fixture document (through the CLI's JSON
 * contract), the batch folder report, the template's blocks for every category and the
 * `case-check template` output. Rewrite with UPDATE_GOLDEN=1 only for a reviewed change.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { run } from '../../src/cli/main';
import { NEU_2024 } from '../../src/core/profile';
import { templateBlocks } from '../../src/template';
import { captureIO } from '../cli/helpers';
import { expectGolden, json } from './golden';

const ROOT = path.resolve(__dirname, '../..');
const GOLDEN = path.join(__dirname, 'neu-2024');

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = captureIO({ cwd: ROOT });
  const code = await run(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

async function cliBytes(argv: string[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const c = captureIO({ cwd: ROOT });
  const code = await run(argv, { ...c.io, stdoutBytes: { write: (b: Uint8Array) => chunks.push(b) } } as typeof c.io);
  expect(code).toBe(0);
  return Buffer.concat(chunks);
}

function filesIn(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')));
}

const SINGLE_INPUTS: Array<[string, string[]]> = [
  ['docx-fixtures', filesIn('test/fixtures/docx', /\.docx$/)],
  ['text-fixtures', filesIn('test/fixtures/texts', /\.txt$/)],
  ['batch-cases', filesIn('test/fixtures/batch/cases', /\.docx$/)],
];

describe('neu-2024 golden reports', () => {
  test.each(SINGLE_INPUTS)('case-check --format json: %s', async (name, files) => {
    expect(files.length).toBeGreaterThan(2);
    const r = await cli(['--format', 'json', '--profile', 'neu-2024', ...files]);
    expectGolden(path.join(GOLDEN, `${name}.json`), json({ exit: r.code, report: JSON.parse(r.stdout) }));
  });

  test('the batch folder report (case-check <folder> --format json)', async () => {
    const r = await cli(['--format', 'json', '--profile', 'neu-2024', 'test/fixtures/batch/cases']);
    expectGolden(path.join(GOLDEN, 'batch-cases.folder.json'), json({ exit: r.code, report: JSON.parse(r.stdout) }));
  });

  test('the template blocks of every category', () => {
    const all = Object.fromEntries(NEU_2024.categories.map((c) => [c.id, templateBlocks(NEU_2024, c.id)]));
    expectGolden(path.join(GOLDEN, 'template-blocks.json'), json(all));
  });

  test('case-check template: the .docx of every category', async () => {
    const out: Record<string, { sha256: string; document: string }> = {};
    for (const c of NEU_2024.categories) {
      const bytes = await cliBytes(['template', '--profile', 'neu-2024', '--category', c.id]);
      const doc = strFromU8(unzipSync(bytes)['word/document.xml']);
      out[c.id] = { sha256: createHash('sha256').update(bytes).digest('hex'), document: doc };
    }
    expectGolden(path.join(GOLDEN, 'template-docx.json'), json(out));
  });
});
