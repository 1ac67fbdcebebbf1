import { caseDoc, han, problems, withBody } from './harness';

const RULE = 'category-mismatch';

function withOrg(category: string, org: string, title = '党建引领发展') {
  return withBody(caseDoc().title(title).unit('信息科学与工程学院党委').org(org).category(category).summary(han(200)), 1000);
}

test.each([
  ['committee, org a 党委', '分党委', '信息科学与工程学院党委'],
  ['committee, org a 党总支', '分党委', '机关党总支'],
  ['branch, org a 党支部', '党支部（教师党支部）', '信息科学与工程学院计算机系教师第一党支部'],
  ['branch, org a 党支部 under a 党委', '党支部（学生党支部）', '信息学院党委本科生第二党支部'],
  ['branch, no org', '党支部（学生党支部）', ''],
])('valid: %s', (_name, category, org) => {
  expect(problems(withOrg(category, org), RULE)).toEqual([]);
});

test('valid: the title alone is no evidence (a committee case about its branches)', () => {
  expect(problems(withOrg('分党委', '信息科学与工程学院党委', '党支部建在实验室上'), RULE)).toEqual([]);
});

test.each([
  ['committee, org a 党支部', '分党委', '计算机系教师第一党支部', 'committee', 'branch'],
  ['branch, org a 党委', '党支部（教师党支部）', '信息科学与工程学院党委', 'branch', 'committee'],
  ['branch, org a 党总支', '党支部（教师党支部）', '机关党总支', 'branch', 'committee'],
])('invalid: %s', (_name, category, org, declared, named) => {
  expect(problems(withOrg(category, org), RULE)).toEqual([
    expect.objectContaining({
      messageId: 'mismatch',
      severity: 'warning',
      data: expect.objectContaining({ org, category: declared, orgCategory: named }),
      target: expect.objectContaining({ part: 'org' }),
    }),
  ]);
});
