/**
 * Fixes on request, as plain data: where a missing part goes (after the part that precedes
 * it in the notice's order, never inside a table), how much each section of an over-long
 * body must lose, and which text of an over-long caption to select.
 */
import { checkCase } from '../../src/core/engine';
import { NEU_2024 } from '../../src/core/profile';
import { bodyCutPlan, captionFix, offersInsertion, planPartInsertion, type PartInsertion, type PartTemplate } from '../../src/core/fixes';
import type { CaseDocument } from '../../src/core/model/types';
import type { PartId } from '../../src/core/profile/types';
import { templateBlocks } from '../../src/template';
import { caseDoc, han, validBranchCase } from '../helpers/case-doc';

/** The official template's heading and prompt for a part (what the pane passes). */
function template(part: PartId): PartTemplate {
  const blocks = templateBlocks(NEU_2024, 'branch').filter((b) => b.kind === 'paragraph' && b.part === part);
  const [heading, prompt] = blocks;
  return { heading: { style: heading.style as 'Heading1' | 'Heading2', text: heading.text }, prompt: { style: 'Normal', text: prompt.text } };
}

const LESSONS_PROMPT = template('lessons').prompt.text;

function without(doc: CaseDocument, heading: string): CaseDocument {
  const at = doc.paragraphs.findIndex((p) => p.text === heading);
  const paragraphs = doc.paragraphs.filter((_, i) => i !== at && i !== at + 1).map((p, i) => ({ ...p, index: i }));
  return { ...doc, paragraphs };
}

describe('插入此部分: where a missing part goes', () => {
  it('经验启示 after the end of 主要做法 (its caption), with the template\'s heading and prompt, at its siblings\' level', () => {
    const doc = without(validBranchCase().build(), '三、经验启示');
    const last = doc.paragraphs.length - 1;
    expect(doc.paragraphs[last].text).toBe('图1 支部书记讲党课');
    expect(planPartInsertion(doc, NEU_2024, 'lessons', template('lessons'))).toEqual({
      part: 'lessons',
      anchor: { paragraph: last, text: '图1 支部书记讲党课', where: 'After' },
      // The sections here are Heading 1: a Heading 2 would be a sub-heading of 主要做法.
      blocks: [
        { style: 'Heading1', text: '三、经验启示' },
        { style: 'Normal', text: LESSONS_PROMPT },
      ],
    });
  });

  it('主要做法 after the end of 实施背景 (which now holds the picture and its caption), before 经验启示', () => {
    const doc = without(validBranchCase().build(), '二、主要做法');
    const caption = doc.paragraphs.findIndex((p) => p.text === '图1 支部书记讲党课');
    expect(doc.paragraphs[caption + 1].text).toBe('三、经验启示');
    const plan = planPartInsertion(doc, NEU_2024, 'practice', template('practice'))!;
    expect(plan.anchor).toEqual({ paragraph: caption, text: '图1 支部书记讲党课', where: 'After' });
    expect(plan.blocks[0]).toEqual({ style: 'Heading1', text: '二、主要做法' });
  });

  it('实施背景 under the 案例正文 heading, before 主要做法', () => {
    const doc = caseDoc().title('案例').unit('学院党委').summary(han(200)).heading('案例正文').practice(han(400)).lessons(han(200)).build();
    const plan = planPartInsertion(doc, NEU_2024, 'background', template('background'))!;
    // 案例名称, 申报单位, 案例简介 and its text, then 案例正文 (paragraph 4).
    expect(plan.anchor).toEqual({ paragraph: 4, text: '案例正文', where: 'After' });
  });

  it('案例简介 after the cover, before the body', () => {
    const doc = without(validBranchCase().build(), '案例简介');
    const plan = planPartInsertion(doc, NEU_2024, 'summary', template('summary'))!;
    expect(plan.anchor).toEqual({ paragraph: 4, text: '实施起始时间：2021年9月', where: 'After' });
    expect(plan.blocks[0]).toEqual({ style: 'Heading1', text: '案例简介' });
  });

  it('without numerals when the document\'s own section headings have none', () => {
    const doc = caseDoc().title('案例').unit('学院党委').summary(han(200)).background(han(300), '实施背景').practice(han(400), '主要做法').build();
    expect(planPartInsertion(doc, NEU_2024, 'lessons', template('lessons'))!.blocks[0]).toEqual({ style: 'Heading1', text: '经验启示' });
  });

  it('never inside a table: a 主要做法 that ends in a picture table gets the new part after the table', () => {
    const doc = caseDoc()
      .title('案例')
      .unit('学院党委')
      .summary(han(200))
      .background(han(300))
      .practice(han(400))
      .table([[['', '图1 支部书记讲党课']]])
      .build();
    const last = doc.paragraphs.length - 1;
    expect(planPartInsertion(doc, NEU_2024, 'lessons', template('lessons'))!.anchor).toEqual({
      paragraph: last,
      text: '图1 支部书记讲党课',
      where: 'After',
      afterTable: true,
    });
  });

  it('a summary after a cover table, even when the table has rows after the last field found', () => {
    const doc = caseDoc()
      .table([
        ['案例名称', '党建引领实践育人'],
        ['申报单位（盖章）', '信息科学与工程学院党委'],
        ['备注', '无'],
      ])
      .build();
    expect(planPartInsertion(doc, NEU_2024, 'summary', template('summary'))!.anchor).toMatchObject({ where: 'After', afterTable: true });
  });

  it('nothing to insert when the part is there; only a plain part-missing offers it', () => {
    const doc = validBranchCase().build();
    expect(planPartInsertion(doc, NEU_2024, 'lessons', template('lessons'))).toBeUndefined();
    const missing = checkCase(without(doc, '三、经验启示'), NEU_2024).diagnostics.find((d) => d.ruleId === 'part-missing')!;
    expect(offersInsertion(missing, NEU_2024)).toBe(true);
    // A heading the engine takes for the missing section asks to be renamed, not a new part.
    const renamed = { ...doc, paragraphs: doc.paragraphs.map((p) => (p.text === '三、经验启示' ? { ...p, text: '三、几点思考' } : p)) };
    const candidate = checkCase(renamed, NEU_2024).diagnostics.find((d) => d.ruleId === 'part-missing')!;
    expect(candidate.messageId).toBe('section-candidate');
    expect(offersInsertion(candidate, NEU_2024)).toBe(false);
  });
});

/** The document as the plan leaves it (what the gateway writes, in the model). */
function applied(doc: CaseDocument, plan: PartInsertion): CaseDocument {
  let at = plan.anchor.where === 'After' ? plan.anchor.paragraph + 1 : plan.anchor.paragraph;
  if (plan.anchor.afterTable) while (doc.paragraphs[at]?.table) at++;
  const made = plan.blocks.map((b) => {
    const level = /^Heading(\d)$/.exec(b.style);
    return { index: 0, text: b.text, pictures: [], controls: [], builtinStyle: b.style, ...(level ? { outlineLevel: Number(level[1]) - 1 } : {}) };
  });
  const paragraphs = [...doc.paragraphs.slice(0, at), ...made, ...doc.paragraphs.slice(at)].map((p, i) => ({ ...p, index: i }));
  return { ...doc, paragraphs };
}

describe('插入此部分 fixes part-missing, whatever the document\'s headings look like', () => {
  const builders: [string, () => CaseDocument][] = [
    ['sections in Heading 1', () => validBranchCase().build()],
    ['sections in Heading 2 under 案例正文 in Heading 1 (the template)', () =>
      caseDoc()
        .title('案例')
        .unit('学院党委')
        .category('党支部')
        .summary(han(200))
        .heading('案例正文', 'Heading1')
        .heading('一、实施背景', 'Heading2')
        .para(han(300))
        .heading('二、主要做法', 'Heading2')
        .para(han(400))
        .heading('三、经验启示', 'Heading2')
        .para(han(250))
        .build()],
    ['numbered sections in plain bold text', () => caseDoc().plainHeadings().title('案例').unit('学院党委').category('党支部').summary(han(200)).background(han(300)).practice(han(400)).lessons(han(250)).build()],
    ['unnumbered sections in plain text', () => caseDoc().plainHeadings().title('案例').unit('学院党委').category('党支部').summary(han(200)).background(han(300), '实施背景').practice(han(400), '主要做法').lessons(han(250), '经验启示').build()],
  ];
  describe.each(builders)('%s', (_, build) => {
    it.each(['summary', 'background', 'practice', 'lessons'] as PartId[])('%s', (part) => {
      const full = build();
      const label = NEU_2024.parts.find((p) => p.id === part)!.label;
      const at = full.paragraphs.findIndex((p) => p.text.endsWith(label));
      const doc = { ...full, paragraphs: full.paragraphs.filter((_, i) => i !== at && i !== at + 1).map((p, i) => ({ ...p, index: i })) };
      const missing = (d: CaseDocument) => checkCase(d, NEU_2024).diagnostics.filter((x) => x.ruleId === 'part-missing').map((x) => x.target.part);
      expect(missing(doc)).toEqual([part]);
      const plan = planPartInsertion(doc, NEU_2024, part, template(part))!;
      const after = applied(doc, plan);
      expect(missing(after)).toEqual([]);
      // In the notice's order.
      const report = checkCase(after, NEU_2024);
      expect(report.diagnostics.filter((x) => x.ruleId === 'part-order')).toEqual([]);
    });
  });
});

describe('如何删减: the breakdown of an over-long body', () => {
  it('a committee body of 2318 字 loses 318: 207 from 主要做法, 69 from 实施背景, 42 from 经验启示', () => {
    // Sections count with their headings (一、实施背景: 6 字): 506 + 1506 + 306 = 2318.
    const doc = caseDoc().title('案例').unit('学院党委').category('分党委').summary(han(200)).background(han(500)).practice(han(1500)).lessons(han(300)).build();
    const report = checkCase(doc, NEU_2024);
    const d = report.diagnostics.find((x) => x.ruleId === 'body-length')!;
    expect([d.messageId, d.data.actual]).toEqual(['over', 2318]);
    // By hand: 318 × 506/2318 = 69.4, × 1506/2318 = 206.6, × 306/2318 = 41.98; the two
    // largest remainders (41.98, 206.6) take the two 字 the floors leave.
    expect(bodyCutPlan(report, d)).toEqual({
      actual: 2318,
      over: 318,
      rows: [
        { key: 'practice', label: '主要做法', length: 1506, cut: 207 },
        { key: 'background', label: '实施背景', length: 506, cut: 69 },
        { key: 'lessons', label: '经验启示', length: 306, cut: 42 },
      ],
    });
  });

  it('a branch body far over "1000 字左右" must come down to 1200', () => {
    const doc = validBranchCase().build();
    const practice = doc.paragraphs.findIndex((p) => p.text === '二、主要做法') + 1;
    doc.paragraphs[practice].text = han(900);
    const report = checkCase(doc, NEU_2024);
    const d = report.diagnostics.find((x) => x.ruleId === 'body-length')!;
    const plan = bodyCutPlan(report, d)!;
    expect(plan.over).toBe(plan.actual - 1200);
    expect(plan.rows.reduce((s, r) => s + r.cut, 0)).toBe(plan.over);
    expect(plan.rows[0].key).toBe('practice');
  });

  it('no breakdown for a body near its maximum (an info) or for another rule', () => {
    const doc = caseDoc().title('案例').unit('学院党委').category('分党委').summary(han(200)).background(han(500)).practice(han(1300)).lessons(han(150)).build();
    const report = checkCase(doc, NEU_2024);
    const near = report.diagnostics.find((x) => x.ruleId === 'body-length')!;
    expect(near.messageId).toBe('near');
    expect(bodyCutPlan(report, near)).toBeUndefined();
  });
});

describe('配图说明过长: what to select and how much to cut', () => {
  it('a caption of 23 字 after its label: select the 23 字, remove 3', () => {
    const caption = `图1 ${han(23)}`;
    const doc = validBranchCase().build();
    const at = doc.paragraphs.findIndex((p) => p.text === '图1 支部书记讲党课');
    doc.paragraphs[at].text = caption;
    const d = checkCase(doc, NEU_2024).diagnostics.find((x) => x.ruleId === 'caption-length')!;
    expect(captionFix(d, doc)).toEqual({ span: { paragraph: at, start: 3, end: 26 }, remove: 3, actual: 23, max: 20 });
  });
});
