/**
 * The single-file text report (src/cli/render/check-text.ts) as a whole, through `run()`:
 * what an author reads in the terminal.
 */
import { writeFileSync } from 'node:fs';
import { run } from '../../src/cli/main';
import { NEU_2024 } from '../../src/core/profile';
import { buildTemplateDocx } from '../../src/template';
import { caseDoc, han } from '../helpers/case-doc';
import { captureIO, docxOf, tempDir } from './helpers';

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

describe('the English report, as a whole', () => {
  /**
   * A teacher-branch case: a short caption and a long one, a start too recent, early years in
   * the body. Counted by hand (Word's 字数): 实施背景 = 一、实施背景 (6) + 2015年，2016年， (6) + 294;
   * 主要做法 = 6 + 400 + the captions 图1 支部书记讲党课 (2 + 7) and 图2 党员志愿服务队走进社区开展义诊和政策宣讲活动
   * (2 + 22); 经验启示 = 6 + 270; the caption lengths leave out 图1/图2.
   */
  function englishCase() {
    return caseDoc()
      .title('党建引领“双创”实践育人')
      .unit('信息科学与工程学院党委（盖章）')
      .category('党支部（教师党支部）')
      .period('2023年3月')
      .summary(han(200))
      .background(`2015年，2016年，${han(294)}`)
      .practice(han(400))
      .picture({ caption: '图1 支部书记讲党课' })
      .picture({ caption: '图2 党员志愿服务队走进社区开展义诊和政策宣讲活动' })
      .lessons(han(270));
  }

  test('every line in English punctuation, units and word order; the document’s own text as written', async () => {
    const file = tmp.file('english.docx');
    writeFileSync(file, docxOf(englishCase().build()));
    expect(await textReport(file, '--locale', 'en')).toBe(
      [
        file,
        '  Category        党支部 · 教师党支部 (from the cover)',
        '  案例名称        ✓ 党建引领“双创”实践育人',
        '  申报单位(盖章)  ✓ 信息科学与工程学院党委（盖章）',
        '  实施起始时间    ✓ 2023年3月',
        '  案例简介         200 / about 200 words   ✓',
        '  实施背景         306 words',
        '  主要做法         439 words',
        '  经验启示         276 words',
        '  案例正文        1021 / about 1000 words  ✓',
        '  Pictures        2 group(s) (max 5)  ✓',
        '    图1  支部书记讲党课                            7 / 20 words  ✓',
        '    图2  党员志愿服务队走进社区开展义诊和政策宣…  22 / 20 words  ✗ over',
        '  Problems (1 error(s), 1 warning(s), 1 info)',
        '    ⚠ Warning  The work started in March 2023: by the deadline (2024-11-27) it has run less than 2 years; it should have started by November 2022.  [period-range]',
        '    ℹ Info  The body mentions 2015 and 2016, before 2019. The work should date from the last 5 years: please check.  [period-years]',
        '    ✗ Error  The caption of picture group 2 has 22 words, more than 20.  [caption-length]',
        '',
      ].join('\n'),
    );
  });

  test('full-width brackets, colons and list marks appear only inside the document’s own quoted text', async () => {
    const file = tmp.file('english-template.docx');
    writeFileSync(file, buildTemplateDocx(NEU_2024, 'branch'));
    const out = await textReport(file, '--locale', 'en');
    // Quotations of the document (prompts quote “主要做法” inside themselves) are left out, innermost first.
    let outsideQuotes = out;
    for (let before = ''; before !== outsideQuotes; ) {
      before = outsideQuotes;
      outsideQuotes = outsideQuotes.replace(/“[^“”]*”/g, '');
    }
    outsideQuotes = outsideQuotes.split('\n').slice(1).join('\n');
    expect(outsideQuotes).not.toMatch(/[（）【】：；、，]/);
  });
});
