/**
 * The single-file text report (src/cli/render/check-text.ts) as a whole, through `run()`:
 * what an author reads in the terminal.
 */
import { writeFileSync } from 'node:fs';
import { run } from '../../src/cli/main';
import { NEU_2024 } from '../../src/core/profile';
import { buildTemplateDocx } from '../../src/template';
import { captureIO, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function textReport(file: string, ...options: string[]): Promise<string> {
  const c = captureIO();
  await run([...options, file], c.io);
  return c.stdout();
}

describe('cover fields', () => {
  test('the empty branch template: prompts are 未填写, the unticked box row asks 请勾选一项', async () => {
    const file = tmp.file('branch.docx');
    writeFileSync(file, buildTemplateDocx(NEU_2024, 'branch'));
    const lines = (await textReport(file)).split('\n');
    expect(lines.slice(1, 10)).toEqual([
      '  类别              党支部（来自封面）',
      '  案例名称          ✗ 未填写',
      '  申报单位（盖章）  ✗ 未填写',
      '  实施党组织        未填写（选填）',
      '  党支部类型        ⚠ 请勾选一项',
      '  实施起始时间      未填写（选填）',
      '  联系人            未填写（选填）',
      '  联系电话          未填写（选填）',
      '  案例简介           26 / 200 字左右   ✗ 过少',
    ]);
  });
});
