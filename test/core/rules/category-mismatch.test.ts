import { caseDoc, category, han, P, problems, withBody } from './harness';
import { levelNamed } from '../../../src/core/rules/category-mismatch';
import type { CategorySpec } from '../../../src/core/profile/types';

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

describe('the level an org names', () => {
  test.each([
    // a sub-category's alias (教师党支部) is no level of its own: the case is a 党支部 case
    ['branch, org a 教师党支部', '党支部（教师党支部）', '计算机系教师党支部'],
    // a short name: aliases not in it (分党委（直属党总支）) count for nothing
    ['branch, a short org', '党支部（学生党支部）', '学生党支部'],
    // the organization named last: a 党支部 mentioned before the 党委 that did the work
    ['committee, a 党支部 named before the 党委', '分党委', '计算机系党支部所在的信息学院党委'],
  ])('valid: %s', (_name, category, org) => {
    expect(problems(withOrg(category, org), RULE)).toEqual([]);
  });

  test('invalid: an org that is only a level name, 党总支, declared a 党支部 case', () => {
    expect(problems(withOrg('党支部（教师党支部）', '党总支'), RULE)).toEqual([
      expect.objectContaining({ messageId: 'mismatch', data: expect.objectContaining({ org: '党总支', category: 'branch', orgCategory: 'committee' }) }),
    ]);
  });

  test('levelNamed: the 2024 profile, by hand', () => {
    expect(levelNamed('党总支', P.categories)?.id).toBe('committee');
    expect(levelNamed('党委', P.categories)?.id).toBe('committee');
    expect(levelNamed('机关党总支', P.categories)?.id).toBe('committee');
    expect(levelNamed('学生党支部', P.categories)?.id).toBe('branch');
    expect(levelNamed('信息学院党委第一党支部', P.categories)?.id).toBe('branch');
    expect(levelNamed('第一党支部（信息学院党委）', P.categories)?.id).toBe('committee');
    expect(levelNamed('团委', P.categories)).toBeUndefined();
  });

  /** Two levels of a custom profile whose aliases end alike: 支部 ends 党支部. */
  function levels(first: [string, string[]], second: [string, string[]]): CategorySpec[] {
    return [first, second].map(([id, aliases]) => ({ ...category('branch'), id, label: aliases[0], aliases, parent: undefined }));
  }

  test('levelNamed: of two aliases ending at the same place the longer wins, whichever level comes first', () => {
    expect(levelNamed('第一党支部', levels(['long', ['党支部']], ['short', ['支部']]))?.id).toBe('long');
    expect(levelNamed('第一党支部', levels(['short', ['支部']], ['long', ['党支部']]))?.id).toBe('long');
  });

  test('levelNamed: an alias ending later wins over a longer one ending earlier', () => {
    expect(levelNamed('工作委员会下属支部', levels(['short', ['支部']], ['long', ['工作委员会']]))?.id).toBe('short');
    expect(levelNamed('工作委员会下属支部', levels(['long', ['工作委员会']], ['short', ['支部']]))?.id).toBe('short');
  });

  test('levelNamed: an alias two levels share names the level listed first', () => {
    expect(levelNamed('第一党支部', levels(['a', ['党支部']], ['b', ['党支部']]))?.id).toBe('a');
  });


  test('levelNamed: an empty alias names nothing', () => {
    expect(levelNamed('信息学院党委', levels(['empty', ['']], ['committee', ['党委']]))?.id).toBe('committee');
    expect(levelNamed('信息学院', levels(['empty', ['']], ['committee', ['党委']]))).toBeUndefined();
  });
});
