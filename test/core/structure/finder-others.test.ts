/**
 * The second half of the finder (src/core/structure/index.ts): where the summary ends, the
 * body's other sections and the candidates offered for missing sections, the renamed heading
 * suggested for them. Expected values are counted by hand from the documents built here.
 */
import { caseDoc, han } from '../../helpers/case-doc';
import type { Profile } from '../../../src/core/profile/types';
import { findStructure } from '../../../src/core/structure';
import { PROFILE, range, structureOf } from './helpers';

const H1 = { style: 'Heading1' } as const;
const BOLD = { bold: true } as const;
const ctl = (tag: string) => ({ controls: [{ tag, id: tag }] });

describe('summaryEnd: the summary ends at the first heading-like line after its first paragraph', () => {
  test('a bold line after the first paragraph ends the summary; the rest is an other section opening the body', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(100)) // 1
        .para('') // 2
        .para('工作缘起', BOLD) // 3
        .para(han(100)) // 4
        .para('二、主要做法', H1) // 5
        .para(han(100)) // 6
        .para('三、经验启示', H1) // 7
        .para(han(100)) // 8
        .build(),
    );
    expect(range(s, 'summary')).toEqual([0, 1, 3]);
    expect(s.otherSections).toStrictEqual([{ start: 3, end: 5, heading: 3, label: '工作缘起', candidateFor: 'background', suggested: '实施背景' }]);
    expect(s.parts.body).toMatchObject({ start: 3, end: 9, heading: 3, label: '工作缘起' });
    expect(Object.keys(s).sort()).toEqual(['captionParagraphs', 'duplicates', 'otherSections', 'parts', 'pictureGroups', 'sectionOrder']);
  });

  test('a summary whose first paragraph is a picture: the bold line after it ends the summary', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para('', { pictures: 1 }) // 1
        .para('工作缘起', BOLD) // 2
        .para(han(50)) // 3
        .para('二、主要做法', H1) // 4
        .para(han(100)) // 5
        .build(),
    );
    expect(range(s, 'summary')).toEqual([0, 1, 2]);
    expect(s.otherSections).toStrictEqual([{ start: 2, end: 4, heading: 2, label: '工作缘起', candidateFor: 'background', suggested: '实施背景' }]);
  });

  test('an empty paragraph before a bold first line: the bold line is the summary\'s first paragraph, not a heading', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para('') // 1
        .para('工作缘起', BOLD) // 2
        .para(han(50)) // 3
        .para('二、主要做法', H1) // 4
        .para(han(100)) // 5
        .build(),
    );
    expect(range(s, 'summary')).toEqual([0, 1, 4]);
    expect(s.otherSections).toStrictEqual([]);
  });

  test('an inline summary on the first line of the document: a bold line below it ends it', () => {
    const s = structureOf(
      caseDoc()
        .para(`案例简介：${han(60)}`) // 0
        .para(han(60)) // 1
        .para('工作缘起', BOLD) // 2
        .para(han(60)) // 3
        .para('二、主要做法', H1) // 4
        .para(han(100)) // 5
        .build(),
    );
    expect(range(s, 'summary')).toEqual([0, 0, 2]);
    expect(s.otherSections).toStrictEqual([{ start: 2, end: 4, heading: 2, label: '工作缘起', candidateFor: 'background', suggested: '实施背景' }]);
  });

  test('a summary held in a tagged control is never shortened by a bold line after it', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(100), ctl('case.summary')) // 1
        .para('工作缘起', BOLD) // 2
        .para(han(50)) // 3
        .para('一、实施背景', H1) // 4
        .para(han(100)) // 5
        .build(),
    );
    expect(range(s, 'summary')).toEqual([0, 1, 4]);
    expect(s.otherSections).toStrictEqual([]);
  });
});

describe('summaryEnd: a summary running into the body without a heading is cut at its plausible length', () => {
  /** 案例简介 then the given paragraphs, then 二、主要做法 (no 实施背景). */
  const doc = (...paras: string[]) => {
    const b = caseDoc().para('案例简介', H1);
    for (const p of paras) b.para(p);
    return b.para('二、主要做法', H1).para(han(100)).build();
  };

  test('three paragraphs of 100 字: 200 fit in 240 (200 字左右 + 20 %), the third is the body', () => {
    const s = structureOf(doc(han(100), han(100), han(100)));
    expect(s.summaryGuess).toEqual({ paragraph: 3 });
    expect(range(s, 'summary')).toEqual([0, 1, 3]);
    expect(s.otherSections).toStrictEqual([{ start: 3, end: 4, label: `${han(20)}…`, candidateFor: 'background' }]);
  });

  test('100 + 140 字 is exactly 240: both stay in the summary, the third paragraph is the body', () => {
    const s = structureOf(doc(han(100), han(140), han(100)));
    expect(s.summaryGuess).toEqual({ paragraph: 3 });
    expect(range(s, 'summary')).toEqual([0, 1, 3]);
  });

  test('100 + 138 字 (238) is within 240: nothing is cut, the heading after it is not counted', () => {
    const s = structureOf(doc(han(100), han(138)));
    expect(s.summaryGuess).toBeUndefined();
    expect(range(s, 'summary')).toEqual([0, 1, 3]);
  });

  test('one long paragraph and an empty one: a single paragraph is never cut', () => {
    const s = structureOf(doc(han(300), ''));
    expect(s.summaryGuess).toBeUndefined();
    expect(range(s, 'summary')).toEqual([0, 1, 3]);
  });

  test('a summary of pictures only is not cut', () => {
    const s = structureOf(caseDoc().para('案例简介', H1).para('', { pictures: 1 }).para('二、主要做法', H1).para(han(100)).build());
    expect(s.summaryGuess).toBeUndefined();
    expect(range(s, 'summary')).toEqual([0, 1, 2]);
  });

  test('an inline summary counts its text after the label: 140 + 100 字 is 240, within the bound', () => {
    const s = structureOf(caseDoc().para(`案例简介：${han(140)}`).para(han(100)).para('二、主要做法', H1).para(han(100)).build());
    expect(s.summaryGuess).toBeUndefined();
    expect(range(s, 'summary')).toEqual([0, 0, 2]);
  });

  test('a list-numbered first paragraph counts its number: “1.” and 150 字 plus 100 字 is past 240', () => {
    const s = structureOf(
      caseDoc().para('案例简介', H1).para(han(150), { listLabel: '1.' }).para(han(100)).para('二、主要做法', H1).para(han(100)).build(),
    );
    expect(s.summaryGuess).toEqual({ paragraph: 2 });
    expect(range(s, 'summary')).toEqual([0, 1, 2]);
  });

  test('followed by 案例正文: the body heading is there, nothing is guessed', () => {
    const s = structureOf(
      caseDoc().para('案例简介', H1).para(han(200)).para(han(200)).para('案例正文', H1).para('二、主要做法', H1).para(han(100)).build(),
    );
    expect(s.summaryGuess).toBeUndefined();
    expect(range(s, 'summary')).toEqual([0, 1, 3]);
  });

  test('a profile whose summary limit is “200 字以内”: the bound is 200 itself, not 240', () => {
    const profile = JSON.parse(JSON.stringify(PROFILE)) as Profile;
    const summary = profile.parts.find((p) => p.id === 'summary')!;
    summary.limit = { kind: 'max', value: 200, source: '案例简介 200 字以内' };
    const s = findStructure(doc(han(150), han(80)), profile);
    expect(s.summaryGuess).toEqual({ paragraph: 2 });
    expect(range(s, 'summary')).toEqual([0, 1, 2]);
  });
});

describe('others: the body\'s stretches outside every section', () => {
  test('a cover field repeated inside the body: its value is not body text, the stretch after it starts at the picture', () => {
    const s = structureOf(
      caseDoc()
        .para('联系人：张三') // 0
        .para('案例简介', H1) // 1
        .para(han(200)) // 2
        .para('一、实施背景', H1) // 3
        .para(han(100)) // 4
        .para('二、主要做法', H1) // 5
        .para(han(100)) // 6
        .para('三、工作成效', H1) // 7
        .para('联系人') // 8
        .para('李四') // 9
        .para('') // 10
        .para('', { pictures: 1 }) // 11
        .para(han(30)) // 12
        .para('四、经验启示', H1) // 13
        .para(han(100)) // 14
        .build(),
    );
    expect(s.otherSections).toStrictEqual([
      { start: 7, end: 9, heading: 7, label: '三、工作成效' },
      { start: 11, end: 13, label: '' },
    ]);
    expect(s.parts.contact).toMatchObject({ start: 0, value: '张三' });
  });

  test('a heading with no text between two sections is an other section; one after the last section with only an empty line is not', () => {
    const long = '三、工作成效与社会反响及推广应用情况总体说明';
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(200)) // 1
        .para('一、实施背景', H1) // 2
        .para(han(100)) // 3
        .para('二、主要做法', H1) // 4
        .para(han(100)) // 5
        .para(`${long} `, H1) // 6
        .para('四、经验启示', H1) // 7
        .para(han(100)) // 8
        .para('五、下一步打算', H1) // 9
        .para('') // 10
        .build(),
    );
    expect(long.length).toBe(22);
    expect(s.otherSections).toStrictEqual([{ start: 6, end: 7, heading: 6, label: long }]);
    expect(range(s, 'body')).toEqual([2, 2, 9]);
  });

  test('a numbered heading between a cover field and the summary is not part of the body', () => {
    const s = structureOf(
      caseDoc()
        .para('申报单位：信息科学与工程学院党委') // 0
        .para('一、总体情况', H1) // 1
        .para(han(50)) // 2
        .para('案例简介', H1) // 3
        .para(han(200)) // 4
        .para('一、实施背景', H1) // 5
        .para(han(100)) // 6
        .para('二、主要做法', H1) // 7
        .para(han(100)) // 8
        .para('三、经验启示', H1) // 9
        .para(han(100)) // 10
        .build(),
    );
    expect(s.otherSections).toStrictEqual([]);
    expect(range(s, 'body')).toEqual([5, 5, 11]);
  });

  test('a numbered heading before the summary is not part of the body', () => {
    const s = structureOf(
      caseDoc()
        .para('一、总体情况', H1) // 0
        .para(han(50)) // 1
        .para('案例简介', H1) // 2
        .para(han(200)) // 3
        .para('一、实施背景', H1) // 4
        .para(han(100)) // 5
        .para('二、主要做法', H1) // 6
        .para(han(100)) // 7
        .para('三、经验启示', H1) // 8
        .para(han(100)) // 9
        .build(),
    );
    expect(s.otherSections).toStrictEqual([]);
    expect(range(s, 'body')).toEqual([4, 4, 10]);
  });

  test('text after a cover field that follows the last section is outside the body, even when the summary was cut', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(100)) // 1
        .para('工作缘起', BOLD) // 2
        .para(han(50)) // 3
        .para('二、主要做法', H1) // 4
        .para(han(100)) // 5
        .para('三、经验启示', H1) // 6
        .para(han(100)) // 7
        .para('联系人：张三') // 8
        .para(han(30)) // 9
        .build(),
    );
    expect(s.otherSections).toStrictEqual([{ start: 2, end: 4, heading: 2, label: '工作缘起', candidateFor: 'background', suggested: '实施背景' }]);
    expect(range(s, 'body')).toEqual([2, 2, 8]);
  });

  describe('the label of a stretch without a heading: its first 20 characters, trimmed', () => {
    const cut = (third: string) =>
      structureOf(caseDoc().para('案例简介', H1).para(han(120)).para(han(120)).para(third).para('二、主要做法', H1).para(han(100)).build());

    test('exactly 20 characters: the whole text, no ellipsis', () => {
      expect(cut(han(20)).otherSections).toStrictEqual([{ start: 3, end: 4, label: han(20), candidateFor: 'background' }]);
    });

    test('ten characters: the whole text', () => {
      expect(cut(han(10)).otherSections).toStrictEqual([{ start: 3, end: 4, label: han(10), candidateFor: 'background' }]);
    });

    test('ideographic spaces before 30 characters: trimmed, then 20 characters and an ellipsis', () => {
      expect(cut(`\u3000\u3000${han(30)}`).otherSections).toStrictEqual([{ start: 3, end: 4, label: `${han(20)}…`, candidateFor: 'background' }]);
    });
  });
});

describe('offerCandidates: a missing section is offered the first other section where it would stand', () => {
  test('an inline summary on line 0 cut by a bold line on line 1: that stretch is offered to 实施背景', () => {
    const s = structureOf(
      caseDoc()
        .para(`案例简介：${han(60)}`) // 0
        .para('工作缘起', BOLD) // 1
        .para(han(60)) // 2
        .para('二、主要做法', H1) // 3
        .para(han(100)) // 4
        .para('三、经验启示', H1) // 5
        .para(han(100)) // 6
        .build(),
    );
    expect(range(s, 'summary')).toEqual([0, 0, 1]);
    expect(s.otherSections).toStrictEqual([{ start: 1, end: 3, heading: 1, label: '工作缘起', candidateFor: 'background', suggested: '实施背景' }]);
  });

  test('主要做法 missing after 实施背景: offered the stretch after 实施背景, not the one before; 经验启示 gets none', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(100)) // 1
        .para('工作缘起', BOLD) // 2
        .para(han(50)) // 3
        .para('一、实施背景', H1) // 4
        .para(han(100)) // 5
        .para('二、实施方法和过程', H1) // 6
        .para(han(100)) // 7
        .build(),
    );
    expect(s.otherSections).toStrictEqual([
      { start: 2, end: 4, heading: 2, label: '工作缘起' },
      { start: 6, end: 8, heading: 6, label: '二、实施方法和过程', candidateFor: 'practice', suggested: '二、主要做法' },
    ]);
  });

  test('经验启示 missing: offered the stretch after 主要做法, not the one between 实施背景 and 主要做法', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(200)) // 1
        .para('一、实施背景', H1) // 2
        .para(han(100)) // 3
        .para('二、工作成效', H1) // 4
        .para(han(50)) // 5
        .para('三、主要做法', H1) // 6
        .para(han(100)) // 7
        .para('四、下一步打算', H1) // 8
        .para(han(50)) // 9
        .build(),
    );
    expect(s.otherSections).toStrictEqual([
      { start: 4, end: 6, heading: 4, label: '二、工作成效' },
      { start: 8, end: 10, heading: 8, label: '四、下一步打算', candidateFor: 'lessons', suggested: '四、经验启示' },
    ]);
  });

  test('实施背景 missing before 主要做法: a stretch between 主要做法 and 经验启示 is not offered to it', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(200)) // 1
        .para('二、主要做法', H1) // 2
        .para(han(100)) // 3
        .para('三、工作成效', H1) // 4
        .para(han(50)) // 5
        .para('四、经验启示', H1) // 6
        .para(han(100)) // 7
        .build(),
    );
    expect(s.otherSections).toStrictEqual([{ start: 4, end: 6, heading: 4, label: '三、工作成效' }]);
  });

  test('主要做法 on line 0 and 实施背景 after it: 经验启示 is offered the stretch right after 主要做法', () => {
    const s = structureOf(
      caseDoc()
        .para('二、主要做法', H1) // 0
        .para(han(100)) // 1
        .para('三、工作成效', H1) // 2
        .para(han(50)) // 3
        .para('一、实施背景', H1) // 4
        .para(han(100)) // 5
        .build(),
    );
    expect(s.otherSections).toStrictEqual([{ start: 2, end: 4, heading: 2, label: '三、工作成效', candidateFor: 'lessons', suggested: '三、经验启示' }]);
  });
});

describe('renamed: the suggested heading keeps the typed numbering or brackets', () => {
  /** A summary cut by `heading` (no 实施背景): the suggestion offered for it. */
  const suggested = (heading: string, o: { listLabel?: string } = {}) =>
    structureOf(
      caseDoc()
        .para('案例简介', H1)
        .para(han(100))
        .para(heading, { bold: true, ...o })
        .para(han(50))
        .para('二、主要做法', H1)
        .para(han(100))
        .build(),
    ).otherSections.map((o) => o.suggested);

  test('【工作缘起】 → 【实施背景】', () => {
    expect(suggested('【工作缘起】')).toEqual(['【实施背景】']);
  });

  test('一、 工作缘起 (a space after the number) → 一、实施背景', () => {
    expect(suggested('一、 工作缘起')).toEqual(['一、实施背景']);
  });

  test('a zero-width space before 一、工作缘起 is not kept', () => {
    expect(suggested('\u200b一、工作缘起')).toEqual(['一、实施背景']);
  });

  test('a heading numbered by Word\'s list (一、 not typed) → the name alone', () => {
    expect(suggested('工作缘起', { listLabel: '一、' })).toEqual(['实施背景']);
  });

  test('numbering typed after Word\'s own (1. then 一、工作缘起) is skipped too → the name alone', () => {
    expect(suggested('一、工作缘起', { listLabel: '1.' })).toEqual(['实施背景']);
  });
});

describe('title: found without a 案例名称 field', () => {
  const TITLE = { style: 'Title' } as const;
  const CENTRED = { centered: true } as const;
  /** The given first lines, then a summary and the three sections. */
  const titleOf = (build: (b: ReturnType<typeof caseDoc>) => ReturnType<typeof caseDoc>) => {
    const s = structureOf(
      build(caseDoc())
        .para('案例简介', H1)
        .para(han(200))
        .para('一、实施背景', H1)
        .para(han(100))
        .para('二、主要做法', H1)
        .para(han(100))
        .para('三、经验启示', H1)
        .para(han(100))
        .build(),
    );
    return s.parts.title ? { start: s.parts.title.start, value: s.parts.title.value } : undefined;
  };

  test('a centred line after a cover field, before the summary', () => {
    expect(titleOf((b) => b.para('申报单位：信息科学与工程学院党委').para('党建引领实践育人', CENTRED))).toEqual({ start: 1, value: '党建引领实践育人' });
  });

  test('a cover field styled Title is a field, not the title: the centred line is', () => {
    expect(titleOf((b) => b.para('申报单位：信息科学与工程学院党委', TITLE).para('党建引领实践育人', CENTRED))).toEqual({ start: 1, value: '党建引领实践育人' });
  });

  test('a Title-styled line inside the summary\'s control is content, not the title', () => {
    const s = structureOf(
      caseDoc()
        .para('党建引领实践育人', CENTRED) // 0
        .para('案例简介', H1) // 1
        .para('党建引领实践育人新探索', { ...TITLE, ...ctl('case.summary') }) // 2
        .para(han(200), ctl('case.summary')) // 3
        .para('一、实施背景', H1) // 4
        .para(han(100)) // 5
        .build(),
    );
    expect(s.parts.title).toStrictEqual({
      id: 'title',
      start: 0,
      contentStart: 0,
      end: 1,
      via: 'title-style',
      inline: { paragraph: 0, text: '党建引领实践育人', offset: 0 },
      value: '党建引领实践育人',
    });
  });

  test('a Title-styled line holding a picture is not the title', () => {
    expect(titleOf((b) => b.para('党建引领实践育人', { ...TITLE, pictures: 1 }))).toBeUndefined();
  });

  test('a Title-styled line with an outline level is a heading, not the title', () => {
    expect(titleOf((b) => b.para('党建引领实践育人', { ...TITLE, outlineLevel: 0 }))).toBeUndefined();
  });

  test('a centred numbered line (一、…) is a heading, not the title', () => {
    expect(titleOf((b) => b.para('一、党建引领实践育人', CENTRED))).toBeUndefined();
  });

  test('five characters are enough for a centred title', () => {
    expect(titleOf((b) => b.para('党建引领路', CENTRED))).toEqual({ start: 0, value: '党建引领路' });
  });

  test('five characters are enough for a plain first line', () => {
    expect(titleOf((b) => b.para('党建引领路'))).toEqual({ start: 0, value: '党建引领路' });
  });

  test('60 characters centred are a title, 61 are not', () => {
    expect(titleOf((b) => b.para(han(60), CENTRED))).toEqual({ start: 0, value: han(60) });
    expect(titleOf((b) => b.para(han(61), CENTRED))).toBeUndefined();
  });

  test('a Title-styled line wins over a bold line before it', () => {
    expect(titleOf((b) => b.para('信息科学与工程学院党委', BOLD).para('党建引领实践育人', TITLE))).toEqual({ start: 1, value: '党建引领实践育人' });
  });

  test('of two Title-styled lines, the first', () => {
    expect(titleOf((b) => b.para('党建引领实践育人', TITLE).para('信息科学与工程学院党委', TITLE))).toEqual({ start: 0, value: '党建引领实践育人' });
  });

  test('a centred (not bold) line wins over a plain line before it', () => {
    expect(titleOf((b) => b.para('信息科学与工程学院党委').para('党建引领实践育人', CENTRED))).toEqual({ start: 1, value: '党建引领实践育人' });
  });

  describe('a plain first line', () => {
    test('with a colon after its first ten characters is a title', () => {
      expect(titleOf((b) => b.para('党建引领实践育人一融双高：新探索'))).toEqual({ start: 0, value: '党建引领实践育人一融双高：新探索' });
    });

    test('with a colon after exactly ten characters is a label：value line', () => {
      expect(titleOf((b) => b.para('党建引领实践育人双高：新探索'))).toBeUndefined();
    });

    test('opening with a colon is not a title', () => {
      expect(titleOf((b) => b.para('：党建引领实践育人'))).toBeUndefined();
    });

    test('with a comma inside (not at its end) is a title', () => {
      expect(titleOf((b) => b.para('党建引领，实践育人'))).toEqual({ start: 0, value: '党建引领，实践育人' });
    });

    test('indented with spaces: the title is trimmed, its offset past the spaces', () => {
      const s = structureOf(caseDoc().para('  党建引领实践育人').para('案例简介', H1).para(han(200)).build());
      expect(s.parts.title).toMatchObject({ id: 'title', start: 0, value: '党建引领实践育人', inline: { paragraph: 0, text: '党建引领实践育人', offset: 2 } });
    });
  });
});

describe('category, pictures and the structure\'s own fields', () => {
  test('党支部类型：党支部 names no subtype: no category is declared', () => {
    const s = structureOf(caseDoc().para('党支部类型：党支部').para('案例简介', H1).para(han(200)).build());
    expect(s.parts.subtype).toMatchObject({ value: '党支部' });
    expect(s.declaredCategory).toBeUndefined();
    expect(Object.keys(s)).not.toContain('declaredCategory');
  });

  test('a picture right before a plain 经验启示 heading has no caption', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介') // 0
        .para(han(200)) // 1
        .para('一、实施背景') // 2
        .para(han(100)) // 3
        .para('二、主要做法') // 4
        .para(han(100)) // 5
        .para('', { pictures: 1 }) // 6
        .para('经验启示') // 7
        .para(han(100)) // 8
        .build(),
    );
    expect(s.pictureGroups).toHaveLength(1);
    expect(s.pictureGroups[0]).toMatchObject({ paragraphs: [6], section: 'practice' });
    expect(s.pictureGroups[0].caption).toBeUndefined();
    expect(range(s, 'lessons')).toEqual([7, 8, 9]);
    expect(s.captionParagraphs).toStrictEqual([]);
  });

  test('a picture opening 主要做法\'s control (no heading) is in 主要做法, not in 实施背景 before it', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(200)) // 1
        .para('一、实施背景', H1) // 2
        .para(han(100)) // 3
        .para('', { pictures: 1, ...ctl('case.practice') }) // 4
        .para(han(100), ctl('case.practice')) // 5
        .para('三、经验启示', H1) // 6
        .para(han(100)) // 7
        .build(),
    );
    expect(range(s, 'background')).toEqual([2, 3, 4]);
    expect(range(s, 'practice')).toEqual([4, 4, 6]);
    expect(s.pictureGroups.map((g) => [g.paragraphs, g.section])).toEqual([[[4], 'practice']]);
  });
});

describe('a summary typed above the template\'s summary control', () => {
  test('is a duplicate that keeps its range: a bold line in it does not cut it', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(100)) // 1
        .para('工作缘起', BOLD) // 2
        .para(han(50)) // 3
        .para('案例简介', H1) // 4
        .para(han(200), ctl('case.summary')) // 5
        .para('一、实施背景', H1) // 6
        .para(han(100)) // 7
        .build(),
    );
    expect(range(s, 'summary')).toEqual([4, 5, 6]);
    expect(s.duplicates.map((d) => [d.id, d.start, d.contentStart, d.end])).toEqual([['summary', 0, 1, 4]]);
  });

  test('a numbered heading between it and the control is not part of the body', () => {
    const s = structureOf(
      caseDoc()
        .para('案例简介', H1) // 0
        .para(han(100)) // 1
        .para('一、总体情况', H1) // 2
        .para(han(50)) // 3
        .para('案例简介', H1) // 4
        .para(han(200), ctl('case.summary')) // 5
        .para('一、实施背景', H1) // 6
        .para(han(100)) // 7
        .para('二、主要做法', H1) // 8
        .para(han(100)) // 9
        .para('三、经验启示', H1) // 10
        .para(han(100)) // 11
        .build(),
    );
    expect(s.duplicates.map((d) => [d.id, d.start, d.end])).toEqual([['summary', 0, 2]]);
    expect(s.otherSections).toStrictEqual([]);
    expect(range(s, 'body')).toEqual([6, 6, 12]);
  });
});

test('others: a summary after the sections, cut by a bold line with nothing under it: text before the summary stays outside the body', () => {
  const s = structureOf(
    caseDoc()
      .para('一、实施背景', H1) // 0
      .para(han(100)) // 1
      .para('申报单位：信息科学与工程学院党委') // 2
      .para(han(30)) // 3
      .para('案例简介', H1) // 4
      .para(han(100)) // 5
      .para('工作缘起', BOLD) // 6
      .para('联系人：张三') // 7
      .build(),
  );
  expect(range(s, 'background')).toEqual([0, 1, 2]);
  expect(range(s, 'summary')).toEqual([4, 5, 6]);
  expect(s.otherSections).toStrictEqual([]);
});
