import { caseDoc, han } from '../../helpers/case-doc';
import type { Paragraph } from '../../../src/core/model/types';
import { profileTables } from '../../../src/core/structure/aliases';
import { controlRuns } from '../../../src/core/structure/controls';
import { PROFILE, range, starts, structureOf } from './helpers';

const ctl = (tag: string) => ({ controls: [{ tag, id: tag }] });

describe('content controls tagged by the template', () => {
  test('a heading before each control; the control holds the content', () => {
    const s = structureOf(
      caseDoc()
        .para('案例名称：')
        .para('党建引领“双创”实践育人', ctl('case.title'))
        .heading('案例简介', 'Heading1')
        .para(han(200), ctl('case.summary'))
        .heading('一、实施背景', 'Heading2')
        .para(han(100), ctl('case.background'))
        .para(han(100), ctl('case.background'))
        .heading('二、主要做法', 'Heading2')
        .para(han(300), ctl('case.practice'))
        .heading('三、经验启示', 'Heading2')
        .para(han(100), ctl('case.lessons'))
        .build(),
    );
    expect(s.parts.title).toMatchObject({ start: 1, end: 2, via: 'control', value: '党建引领“双创”实践育人' });
    expect(range(s, 'summary')).toEqual([2, 3, 4]);
    expect(range(s, 'background')).toEqual([4, 5, 7]);
    expect(range(s, 'practice')).toEqual([7, 8, 9]);
    expect(range(s, 'lessons')).toEqual([9, 10, 11]);
    expect(s.parts.background).toMatchObject({ via: 'control', heading: 4, label: '一、实施背景' });
    expect(range(s, 'body')).toEqual([4, 4, 11]);
  });

  test('a control wins over headings: text that looks like a heading inside it is content', () => {
    const s = structureOf(
      caseDoc()
        .heading('主要做法')
        .para('三、经验启示', ctl('case.practice'))
        .para(han(200), ctl('case.practice'))
        .heading('经验启示')
        .para(han(100), ctl('case.lessons'))
        .build(),
    );
    expect(starts(s)).toEqual({ practice: 0, lessons: 3 });
    expect(range(s, 'practice')).toEqual([0, 1, 3]);
    expect(range(s, 'lessons')).toEqual([3, 4, 5]);
    // Neither that section nor a duplicate of it, nor an other section.
    expect(s.duplicates).toEqual([]);
    expect(s.otherSections).toEqual([]);
  });

  test('a control with a renamed heading before it: the control still names the part', () => {
    const s = structureOf(caseDoc().heading('一、我们的起点').para(han(100), ctl('case.background')).build());
    expect(range(s, 'background')).toEqual([1, 1, 2]);
    expect(s.parts.background!.heading).toBeUndefined();
    expect(s.parts.title).toBeUndefined();
  });

  test('a control that wraps the heading and the content', () => {
    const s = structureOf(caseDoc().para('二、主要做法', ctl('case.practice')).para(han(100), ctl('case.practice')).build());
    expect(s.parts.practice).toMatchObject({ start: 0, contentStart: 1, end: 2, heading: 0 });
  });

  test('a control part wins over an earlier plain heading for the same part', () => {
    const s = structureOf(
      caseDoc()
        .para('实施背景')
        .para(han(100))
        .heading('一、实施背景')
        .para(han(100), ctl('case.background'))
        .build(),
    );
    expect(s.parts.background).toMatchObject({ start: 2, via: 'control' });
    expect(s.duplicates.map((d) => [d.id, d.start])).toEqual([['background', 0]]);
  });

  test('a control holding `label：value`', () => {
    const s = structureOf(caseDoc().para('申报单位（盖章）：信息学院党委', ctl('case.unit')).build());
    expect(s.parts.unit).toMatchObject({ via: 'control', label: '申报单位（盖章）：', value: '信息学院党委', inline: { offset: 9 } });
  });

  test('an empty cover control', () => {
    const s = structureOf(caseDoc().para('案例名称：').para('', ctl('case.title')).build());
    expect(s.parts.title).toMatchObject({ start: 1, via: 'control', value: '' });
  });

  test('two separate controls with the same section tag: the second is a duplicate', () => {
    const s = structureOf(
      caseDoc()
        .para(han(100), { controls: [{ tag: 'case.practice', id: '1' }] })
        .para(han(100), { controls: [{ tag: 'case.practice', id: '2' }] })
        .build(),
    );
    expect(range(s, 'practice')).toEqual([0, 0, 1]);
    expect(s.duplicates.map((d) => [d.id, d.start])).toEqual([['practice', 1]]);
  });

  test('unknown tags are ignored', () => {
    const s = structureOf(caseDoc().para(han(100), ctl('other.thing')).build());
    expect(s.parts).toEqual({});
  });
});

describe('controlRuns', () => {
  const byTag = profileTables(PROFILE).byTag;
  const paras = (...controls: { tag?: string; id?: string }[][]): Paragraph[] =>
    controls.map((c, index) => ({ index, text: '甲', pictures: [], controls: c }));
  const runs = (ps: Paragraph[]) => controlRuns(ps, byTag).map((r) => [r.spec.id, r.start, r.end]);

  test('two paragraphs inside one control are one run', () => {
    expect(runs(paras([{ tag: 'case.background', id: '7' }], [{ tag: 'case.background', id: '7' }]))).toEqual([['background', 0, 2]]);
  });

  test('a paragraph whose control id is unknown continues the run before it (one id missing either side)', () => {
    expect(runs(paras([{ tag: 'case.background', id: '7' }], [{ tag: 'case.background' }]))).toEqual([['background', 0, 2]]);
    expect(runs(paras([{ tag: 'case.background' }], [{ tag: 'case.background', id: '7' }]))).toEqual([['background', 0, 2]]);
  });

  test('two adjacent controls with the same tag and different ids are two runs', () => {
    expect(runs(paras([{ tag: 'case.background', id: '7' }], [{ tag: 'case.background', id: '8' }]))).toEqual([
      ['background', 0, 1],
      ['background', 1, 2],
    ]);
  });

  test('a paragraph outside the control ends the run: the same tag after it starts another, with or without ids', () => {
    for (const id of ['7', undefined]) {
      expect(runs(paras([{ tag: 'case.background', id }], [], [{ tag: 'case.background', id }]))).toEqual([
        ['background', 0, 1],
        ['background', 2, 3],
      ]);
    }
  });
});
