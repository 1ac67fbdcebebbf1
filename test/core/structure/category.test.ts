import { caseDoc } from '../../helpers/case-doc';
import { categoryFromValue, isUntickedChoice, tickedText } from '../../../src/core/structure';
import { profileTables } from '../../../src/core/structure/aliases';
import { lines, PROFILE, structureOf } from './helpers';

const T = profileTables(PROFILE);

describe('category values through the profile aliases', () => {
  test.each<[string, string | undefined]>([
    ['党支部', 'branch'],
    ['分党委', 'committee'],
    ['分党委（直属党总支）', 'committee'],
    ['分党委(直属党总支)', 'committee'],
    ['直属党总支', 'committee'],
    ['党支部（教师党支部）', 'branch.teacher'],
    ['党支部(学生党支部)', 'branch.student'],
    ['党支部——研究生党支部', 'branch.student'],
    ['教师党支部', 'branch.teacher'],
    ['离退休党支部', 'branch.staff'],
    ['机关、直属、后勤、科产、离退休党支部', 'branch.staff'],
    ['党 支 部', 'branch'],
    ['☑党支部 □分党委（直属党总支）', 'branch'],
    ['□党支部 ☑分党委（直属党总支）', 'committee'],
    ['■分党委 □党支部', 'committee'],
    ['□分党委（直属党总支） ☑党支部（☑教师 □学生 □机关、直属、后勤、科产、离退休）', 'branch.teacher'],
    ['党支部√ 分党委□', 'branch'],
    ['√党支部 □分党委', 'branch'],
    ['✔分党委 ☐党支部', 'committee'],
    ['☒党支部 ☐分党委', 'branch'],
    ['□党支部 □分党委', undefined],
    ['其他', undefined],
    ['', undefined],
  ])('%s → %s', (value, id) => {
    expect(categoryFromValue(value, T)).toBe(id);
  });

  test('subtype fields only name subtypes', () => {
    expect(categoryFromValue('学生', T, true)).toBe('branch.student');
    expect(categoryFromValue('分党委', T, true)).toBeUndefined();
  });

  test('ticked options', () => {
    expect(tickedText('☑党支部 □分党委')).toBe('党支部');
    expect(tickedText('党支部')).toBe('党支部');
    expect(tickedText('□党支部 □分党委')).toBeUndefined();
  });
});

describe('the declared category', () => {
  test('document settings win', () => {
    const s = structureOf(caseDoc().setting('committee').category('党支部').build());
    expect(s.declaredCategory).toEqual({ id: 'committee', source: 'settings' });
  });

  test('an unknown setting is ignored', () => {
    const s = structureOf(caseDoc().setting('nonsense').category('党支部').build());
    expect(s.declaredCategory).toMatchObject({ id: 'branch', source: 'cover' });
  });

  test('a tagged control wins over a cover field', () => {
    const s = structureOf(
      caseDoc()
        .category('分党委')
        .para('党支部（学生党支部）', { controls: [{ tag: 'case.category' }] })
        .build(),
    );
    expect(s.declaredCategory).toEqual({ id: 'branch.student', source: 'control', paragraph: 1, text: '党支部（学生党支部）' });
  });

  test('category and subtype fields combine', () => {
    const s = structureOf(lines('类别：党支部', '党支部类型：学生'));
    expect(s.declaredCategory).toEqual({ id: 'branch.student', source: 'cover', paragraph: 0, text: '党支部' });
  });

  test('category and subtype on one line', () => {
    expect(structureOf('类别：党支部　　党支部类型：教师').declaredCategory?.id).toBe('branch.teacher');
  });

  test('an unreadable category value declares nothing', () => {
    expect(structureOf('类别：【请选择】').declaredCategory).toBeUndefined();
  });

  test('a subtype field alone declares the subtype', () => {
    expect(structureOf('支部类型：教师').declaredCategory).toMatchObject({ id: 'branch.teacher', paragraph: 0 });
  });

  test('a subtype does not override a committee', () => {
    expect(structureOf(lines('类别：分党委', '党支部类型：学生')).declaredCategory?.id).toBe('committee');
  });

  test('a checkbox category in a cover table', () => {
    const s = structureOf(caseDoc().table([['申报类别', '☑党支部  □分党委（直属党总支）']]).build());
    expect(s.declaredCategory).toMatchObject({ id: 'branch', source: 'cover', paragraph: 1 });
  });

  test('never guessed from the title or the organisation', () => {
    const s = structureOf(lines('案例名称：学生党支部“红色引擎”工程', '实施党组织：计算机系学生第一党支部'));
    expect(s.declaredCategory).toBeUndefined();
  });
});

describe('checkbox values and several names in one value', () => {
  test('ticks after their options (党支部√ 分党委□): only the ticked option’s text, nothing else', () => {
    expect(tickedText('党支部√ 分党委□')).toBe('党支部');
    expect(tickedText('党支部□ 分党委√')).toBe('分党委');
  });

  test('several ticked options are kept apart', () => {
    expect(tickedText('☑党支部 ☑分党委')).toBe('党支部|分党委');
  });

  test('the first of two subtypes is the one declared', () => {
    expect(categoryFromValue('教师党支部、学生党支部', T)).toBe('branch.teacher');
  });

  test('the first category named wins over a later one', () => {
    expect(categoryFromValue('党支部、分党委', T)).toBe('branch');
    expect(categoryFromValue('分党委、学生党支部', T)).toBe('committee');
  });

  test('a subtype field naming a committee before a subtype declares no subtype', () => {
    expect(categoryFromValue('分党委、学生党支部', T, true)).toBeUndefined();
  });
});

describe('a checkbox question still to answer', () => {
  test.each<[string, boolean]>([
    // Boxes, none ticked: a question to answer, not text to replace.
    ['□教师党支部 □学生党支部', true],
    ['党支部□ 分党委□', true],
    ['☐教师 ◻学生 ○机关', true],
    // One box ticked: answered.
    ['☑教师党支部 □学生党支部', false],
    ['党支部√ 分党委□', false],
    ['■分党委 □党支部', false],
    // No boxes at all: plain text, not a question.
    ['教师党支部', false],
    ['', false],
    ['（请填写）', false],
  ])('%s → %s', (value, unticked) => {
    expect(isUntickedChoice(value)).toBe(unticked);
  });

  test('a box anywhere in the value makes it a question, not only at its start', () => {
    expect(isUntickedChoice('教师党支部 □')).toBe(true);
    expect(isUntickedChoice('教师党支部 √')).toBe(false);
  });
});
