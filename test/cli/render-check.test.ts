/**
 * The single-file text report (src/cli/render/check-text.ts) as a whole, through `run()`:
 * what an author reads in the terminal.
 */
import { writeFileSync } from 'node:fs';
import { run } from '../../src/cli/main';
import { NEU_2024 } from '../../src/core/profile';
import { buildTemplateDocx } from '../../src/template';
import { han } from '../helpers/case-doc';
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

describe('the body breakdown', () => {
  test('adds up to the body: an extra section is listed in its place, and why', async () => {
    const file = tmp.file('extra.txt');
    const cover = ['案例名称：党建引领', '申报单位：信息学院党委', '类别：党支部（教师党支部）'];
    writeFileSync(file, [...cover, '案例简介', han(200), '一、实施背景', han(300), '二、主要做法', han(400), '三、工作成效', han(150), '四、经验启示', han(250)].join('\n'));
    const lines = (await textReport(file)).split('\n');
    expect(lines.slice(4, 10)).toEqual([
      '  案例简介           200 / 200 字左右   ✓',
      '  实施背景           306 字',
      '  主要做法           406 字',
      '  三、工作成效       156 字             ⚠ 未归入任何部分',
      '  经验启示           256 字',
      '  案例正文          1124 / 1000 字左右  ✓',
    ]);
  });
});
