import { caseDoc, han, P, problems, withBody } from './harness';

const RULE = 'category-missing';

function noCategory() {
  return withBody(caseDoc().title('案例').unit('某学院党委').summary(han(200)), 1000);
}

test('invalid: no category anywhere', () => {
  expect(problems(noCategory(), RULE)).toEqual([
    expect.objectContaining({ messageId: 'missing', severity: 'error', data: expect.objectContaining({ fieldLabel: '类别' }), target: expect.objectContaining({ part: 'document' }) }),
  ]);
});

test.each([
  ['the cover field', () => withBody(caseDoc().title('案例').unit('某学院党委').category('党支部（学生党支部）').summary(han(200)), 1000), {}],
  ['the document settings', () => noCategory().setting('committee'), {}],
  ['the option (CLI flag, pane)', () => noCategory(), { category: 'branch.teacher' }],
  ['the option as a label', () => noCategory(), { category: '分党委（直属党总支）' }],
])('valid: declared in %s', (_name, build, options) => {
  expect(problems(build(), RULE, options)).toEqual([]);
});

test('invalid: a value that names no category is reported as unknown, with the value', () => {
  expect(problems(noCategory(), RULE, { category: 'district' })).toEqual([
    expect.objectContaining({ messageId: 'unknown', data: expect.objectContaining({ value: 'district', source: 'option' }) }),
  ]);
  expect(problems(noCategory().setting('region'), RULE)).toEqual([
    expect.objectContaining({ messageId: 'unknown', data: expect.objectContaining({ value: 'region', source: 'settings' }) }),
  ]);
});

test('invalid: a 类别 field naming no category is unknown, with what was written', () => {
  const doc = withBody(caseDoc().title('案例').unit('某学院党委').category('区级').summary(han(200)), 1000);
  expect(problems(doc, RULE)).toEqual([
    expect.objectContaining({ messageId: 'unknown', data: expect.objectContaining({ value: '区级', source: 'cover' }), target: expect.objectContaining({ part: 'category' }) }),
  ]);
});

test('missing, not unknown: unticked boxes or the template’s prompt in the 类别 field', () => {
  const profile = { ...P, placeholders: ['【请选择案例类别】'] };
  for (const value of ['□分党委 □党支部', '【请选择案例类别】']) {
    const doc = withBody(caseDoc().title('案例').unit('某学院党委').category(value).summary(han(200)), 1000);
    expect(problems(doc, RULE, {}, profile).map((p) => p.messageId)).toEqual(['missing']);
  }
});

test('the choices offered are the two top-level categories of the notice, and the field is named 类别', () => {
  expect(problems(noCategory(), RULE)[0].data).toEqual({ choices: '分党委（直属党总支）／党支部', fieldLabel: '类别' });
  const unknown = withBody(caseDoc().title('案例').unit('某学院党委').category('团委').summary(han(200)), 1000);
  expect(problems(unknown, RULE)[0]).toMatchObject({ messageId: 'unknown', data: { value: '团委', choices: '分党委（直属党总支）／党支部', fieldLabel: '类别' } });
});
