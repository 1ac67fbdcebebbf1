/**
 * Whether each cover field is filled in (PartReport.valueState), as the pane, the drawer and
 * the CLI show it: a field that still holds the template's prompt is not filled in.
 */
import { checkCase } from '../../src/core/engine';
import { NEU_2024 } from '../../src/core/profile';
import { readDocx } from '../../src/docx';
import { buildTemplateDocx } from '../../src/template';
import { caseDoc, han } from '../helpers/case-doc';

function templateReport(category: string) {
  const r = readDocx(buildTemplateDocx(NEU_2024, category));
  if (!r.ok) throw new Error(r.error.message);
  return checkCase(r.doc, NEU_2024);
}

const state = (report: ReturnType<typeof checkCase>) =>
  Object.fromEntries(
    Object.values(report.parts)
      .filter((p) => p!.value !== undefined)
      .map((p) => [p!.id, p!.valueState]),
  );

test('the empty branch template: every prompt is unfilled, the box row unticked, the pre-filled 类别 filled', () => {
  expect(state(templateReport('branch'))).toEqual({
    title: 'prompt',
    unit: 'prompt',
    org: 'prompt',
    category: 'filled',
    subtype: 'unticked',
    period: 'prompt',
    contact: 'prompt',
    phone: 'prompt',
  });
});

test('a filled-in cover, a blank one and a ticked box row', () => {
  const report = checkCase(
    caseDoc()
      .title('党建引领实践育人')
      .unit('')
      .category('党支部')
      .field('党支部类型', '☑教师党支部\u3000□学生党支部')
      .field('联系人', '【请填写联系人姓名及职务】张三')
      .summary(han(200))
      .build(),
    NEU_2024,
  );
  expect(state(report)).toEqual({ title: 'filled', unit: 'empty', category: 'filled', subtype: 'filled', contact: 'filled' });
});

test('each part says whether the notice requires it', () => {
  const report = templateReport('committee');
  expect(report.parts.title!.required).toBe(true);
  expect(report.parts.org!.required).toBe(false);
  expect(report.parts.summary!.required).toBe(true);
});
