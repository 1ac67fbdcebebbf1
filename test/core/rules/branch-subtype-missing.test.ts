import { caseDoc, han, problems, withBody, P } from './harness';

const RULE = 'branch-subtype-missing';

function withCategory(category: string) {
  return withBody(caseDoc().title('案例').unit('某学院党委').category(category).summary(han(200)), 1000);
}

test('invalid: 党支部 with no kind', () => {
  const subtypes = P.categories.filter((c) => c.parent === 'branch').map((c) => c.label);
  expect(problems(withCategory('党支部'), RULE)).toEqual([
    expect.objectContaining({ messageId: 'missing', severity: 'warning', data: expect.objectContaining({ category: 'branch', subtypes: subtypes.join('／') }) }),
  ]);
  expect(problems(withCategory('').setting('branch'), RULE)).toHaveLength(1);
});

test.each([
  ['党支部（教师党支部）', {}],
  ['学生党支部', {}],
  ['分党委', {}],
  ['', { category: 'branch.staff' }],
])('valid: %j %j', (category, options) => {
  expect(problems(withCategory(category), RULE, options)).toEqual([]);
});

test('valid: the kind in its own cover field (党支部类型)', () => {
  const doc = withBody(caseDoc().title('案例').unit('某学院党委').category('党支部').field('党支部类型', '学生党支部').summary(han(200)), 1000);
  expect(problems(doc, RULE)).toEqual([]);
});

test('invalid: the 党支部类型 row left as the template gives it (no box ticked) asks to tick one', () => {
  const row = '□教师党支部\u3000□机关、直属、后勤、科产、离退休党支部\u3000□学生党支部';
  const doc = withBody(caseDoc().title('案例').unit('某学院党委').category('党支部').field('党支部类型', row).summary(han(200)), 1000);
  expect(problems(doc, RULE)).toEqual([
    expect.objectContaining({
      messageId: 'unticked',
      severity: 'warning',
      data: expect.objectContaining({ fieldLabel: '党支部类型', subtypes: '教师党支部／机关、直属、后勤、科产、离退休党支部／学生党支部' }),
      target: expect.objectContaining({ part: 'subtype', paragraph: 3 }),
    }),
  ]);
});

test('valid: one box of the row ticked', () => {
  const row = '□教师党支部\u3000□机关、直属、后勤、科产、离退休党支部\u3000☑学生党支部';
  const doc = withBody(caseDoc().title('案例').unit('某学院党委').category('党支部').field('党支部类型', row).summary(han(200)), 1000);
  expect(problems(doc, RULE)).toEqual([]);
});

describe('where the kind is asked for', () => {
  test('declared in the 类别 field: the report points at that field and names it', () => {
    // 案例名称 0, 申报单位 1, 类别 2
    expect(problems(withCategory('党支部'), RULE)[0]).toMatchObject({ data: { fieldLabel: '类别' }, target: { part: 'category', paragraph: 2 } });
  });

  test('declared only in the settings: the whole document, and the field to add is 党支部类型', () => {
    const noField = withBody(caseDoc().title('案例').unit('某学院党委').summary(han(200)), 1000).setting('branch');
    expect(problems(noField, RULE)[0]).toMatchObject({ data: { fieldLabel: '党支部类型' }, target: { part: 'document' } });
  });
});
