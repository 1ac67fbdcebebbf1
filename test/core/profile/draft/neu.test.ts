/**
 * The draft of the NEU 2024 notice (/work/shared/notice/2024-notice.txt, as CI sees it
 * through ../shared) must reproduce neu-2024's numbers, field by field, and validate with the
 * profile validator; the fields the notice cannot give are listed as guesses.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkCase } from '../../../../src/core/engine';
import { documentFromText } from '../../../../src/core/model/from-text';
import { loadProfile, NEU_2024 } from '../../../../src/core/profile';
import { draftProfile, draftJson } from '../../../../src/core/profile/draft';
import type { Profile } from '../../../../src/core/profile/types';
import { allTemplatePrompts } from '../../../../src/template';

export const NEU_NOTICE = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'notice', '2024-notice.txt');

const draft = draftProfile(readFileSync(NEU_NOTICE, 'utf8'), { templatePrompts: allTemplatePrompts });
const d = draft.profile;
const neu = NEU_2024;
const part = (p: Profile, id: string) => p.parts.find((x) => x.id === id);
const category = (p: Profile, id: string) => p.categories.find((x) => x.id === id);

test('the draft validates with the profile validator (schema and semantic checks)', () => {
  expect(draft.validation).toEqual({ ok: true });
  const loaded = loadProfile(JSON.parse(draftJson(draft, '../src/profiles/profile.schema.json')));
  expect(loaded.ok).toBe(true);
});

describe('every number of neu-2024, field by field', () => {
  test('notice: number, year, deadline, e-mail, title', () => {
    expect(d.notice.number).toBe('东大组字〔2024〕92号');
    expect(d.notice.number).toBe(neu.notice.number);
    expect(d.notice.year).toBe(2024);
    expect(d.notice.year).toBe(neu.notice.year);
    expect(d.notice.deadline).toBe('2024-11-27');
    expect(d.notice.deadline).toBe(neu.notice.deadline);
    expect(d.notice.email).toBe('neuzzb@163.com');
    expect(d.notice.email).toBe(neu.notice.email);
    expect(d.notice.title).toBe(neu.notice.title);
    expect(d.name).toBe(neu.name);
  });

  test('categories: the two of the notice with their body limits and kinds, and the three kinds of 党支部', () => {
    expect(d.categories.map((c) => [c.id, c.label, c.parent])).toEqual(neu.categories.map((c) => [c.id, c.label, c.parent]));
    expect(category(d, 'committee')?.bodyLimit).toMatchObject({ kind: 'max', value: 2000 });
    expect(category(d, 'branch')?.bodyLimit).toMatchObject({ kind: 'around', value: 1000 });
    // The words a message quotes to the author, as neu-2024 quotes them.
    expect(category(d, 'committee')?.bodyLimit?.source).toBe('分党委案例 2000 字以内');
    expect(category(d, 'branch')?.bodyLimit?.source).toBe('党支部案例 1000 字左右');
    for (const c of neu.categories) {
      expect([c.id, category(d, c.id)?.bodyLimit?.kind, category(d, c.id)?.bodyLimit?.value]).toEqual([c.id, c.bodyLimit?.kind, c.bodyLimit?.value]);
      expect([c.id, category(d, c.id)?.guidance]).toEqual([c.id, c.guidance]);
      // The draft's aliases keep every alias of neu-2024 (a superset: the notice's names come first).
      expect(category(d, c.id)?.aliases).toEqual(expect.arrayContaining(c.aliases));
    }
  });

  test('parts: the summary and the three sections in order, with the notice’s labels and limits', () => {
    expect(d.parts.filter((p) => p.kind !== 'cover').map((p) => [p.id, p.label, p.kind])).toEqual([
      ['summary', '案例简介', 'summary'],
      ['background', '实施背景', 'section'],
      ['practice', '主要做法', 'section'],
      ['lessons', '经验启示', 'section'],
      ['body', '案例正文', 'section'],
    ]);
    expect(d.parts.map((p) => [p.id, p.label, p.kind, p.required, p.tag])).toEqual(neu.parts.map((p) => [p.id, p.label, p.kind, p.required, p.tag]));
    expect(part(d, 'summary')?.limit).toMatchObject({ kind: 'around', value: 200, source: '案例简介（200 字左右，阐述案例的基本内容、亮点特色和主要成效）' });
    for (const p of neu.parts) {
      expect([p.id, part(d, p.id)?.limit?.kind, part(d, p.id)?.limit?.value]).toEqual([p.id, p.limit?.kind, p.limit?.value]);
      expect(new Set(part(d, p.id)?.aliases)).toEqual(new Set(p.aliases));
    }
  });

  test('pictures: at most 5 (groups), captions of 20 字以内, in 主要做法', () => {
    const where = (p: Profile) => p.parts.filter((x) => x.pictures).map((x) => x.id);
    expect([d.pictures.maxGroups, d.pictures.caption.kind, d.pictures.caption.value, d.pictures.minGroups, where(d)]).toEqual([5, 'max', 20, undefined, ['practice']]);
    expect([d.pictures.maxGroups, d.pictures.caption.kind, d.pictures.caption.value, d.pictures.minGroups, where(d)]).toEqual([
      neu.pictures.maxGroups,
      neu.pictures.caption.kind,
      neu.pictures.caption.value,
      neu.pictures.minGroups,
      where(neu),
    ]);
    expect(d.listing.section).toBe(neu.listing.section);
    expect(draft.facts.pictures.min).toMatchObject({ value: 0 });
    expect(draft.facts.pictures.caption.value).toEqual({ kind: 'max', value: 20 });
  });

  test('time span, quota and distinct levels', () => {
    expect([d.period.withinYears, d.period.minYearsRunning]).toEqual([5, 2]);
    expect([d.period.withinYears, d.period.minYearsRunning]).toEqual([neu.period.withinYears, neu.period.minYearsRunning]);
    expect([d.batch.maxCasesPerUnit, d.batch.distinctLevels]).toEqual([2, true]);
    expect([d.batch.maxCasesPerUnit, d.batch.distinctLevels, d.batch.resubmissionThreshold]).toEqual([
      neu.batch.maxCasesPerUnit,
      neu.batch.distinctLevels,
      neu.batch.resubmissionThreshold,
    ]);
    expect(d.batch.unitNames?.prefixes).toEqual(neu.batch.unitNames?.prefixes);
  });

  test('criteria, and the review round’s numbers', () => {
    expect(d.criteria).toEqual(neu.criteria);
    expect(d.review?.letters.sender).toBe('中共东北大学委员会组织部');
    expect(d.review?.letters.resubmitDeadline.value).toBe(neu.review?.letters.resubmitDeadline.value);
    expect(d.review?.scoring).toMatchObject({ min: neu.review?.scoring.min, max: neu.review?.scoring.max, weights: neu.review?.scoring.weights, disagreement: neu.review?.scoring.disagreement });
  });

  test('the values copied from neu-2024 equal it (tolerances, listing, word lists, prompts)', () => {
    expect(d.metric).toBe(neu.metric);
    expect(d.tolerances).toEqual(neu.tolerances);
    expect(d.listing).toEqual(neu.listing);
    expect(d.integration).toEqual(neu.integration);
    expect(new Set(d.placeholders)).toEqual(new Set(neu.placeholders));
  });
});

test('each value of the notice comes with the notice’s sentence', () => {
  const f = draft.facts;
  const notice = readFileSync(NEU_NOTICE, 'utf8').replace(/\s+/g, '');
  const quoted = [
    f.categories.source,
    category(d, 'committee')?.bodyLimit?.source,
    f.summary.source,
    f.sections.source,
    f.pictures.max.source,
    f.pictures.caption.source,
    f.period.withinYears.source,
    f.period.minYearsRunning.source,
    f.quota.source,
    f.deadline.source,
    f.email.source,
  ];
  for (const s of quoted) {
    expect(s).toBeTruthy();
    // The notice's own words (compared without the spaces and line breaks the PDF copy adds).
    expect([s, notice.includes((s as string).replace(/\s+/g, ''))]).toEqual([s, true]);
  }
  expect(f.period.withinYears.source).toBe('主体工作、主要活动为近五年内组织开展');
  expect(f.period.minYearsRunning.source).toBe('并且实施满两年（或满两个周期）');
  expect(f.quota.source).toBe('每个分党委(直属党总支)限报2项案例(报2项案例的应为不同层级党组织实施推动的案例)');
});

test('the review list marks exactly what a person still has to fill or check', () => {
  const guessed = draft.review.filter((r) => r.guess).map((r) => r.path);
  expect(guessed).toEqual([
    // The notice writes 11月27日(星期五), but 2024-11-27 is a Wednesday.
    'notice.deadline',
    '$.categories[*].aliases',
    '$.parts（封面）',
    '$.parts[*].aliases',
    '$.batch.resubmissionThreshold',
    '$.batch.unitNames',
    '$.batch.scans',
    '$.id',
    '$.metric',
    '$.tolerances',
    '$.listing',
    '$.integration',
    '$.checklist',
    '$.placeholders',
    '$.review',
  ]);
  expect(draft.review.find((r) => r.path === 'notice.deadline')?.guess).toContain('星期三');
  const stated = draft.review.filter((r) => !r.guess);
  expect(stated.every((r) => r.source)).toBe(true);
});

test('the draft judges the test cases exactly as neu-2024 does', () => {
  const dir = path.resolve(__dirname, '..', '..', '..', 'fixtures', 'texts');
  for (const name of ['branch-student-chapters', 'branch-teacher', 'committee-brackets', 'staff-inline']) {
    const doc = documentFromText(readFileSync(path.join(dir, `${name}.txt`), 'utf8'));
    const strip = (p: Profile) =>
      checkCase(doc, p).diagnostics.map((x) => ({ ruleId: x.ruleId, messageId: x.messageId, severity: x.severity, data: x.data, target: x.target }));
    expect([name, strip(d)]).toEqual([name, strip(neu)]);
  }
});
