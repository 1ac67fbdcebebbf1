/**
 * Drafts of the three other notices of issue 14's table (test texts in test/fixtures/notices,
 * written from the published facts): parts in order with the notice's labels, limits with
 * their kind, picture rules and quota. The expected values are the notices' own numbers.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { draftProfile, type ProfileDraft } from '../../../../src/core/profile/draft';
import type { Profile } from '../../../../src/core/profile/types';

const NOTICES = path.resolve(__dirname, '..', '..', '..', 'fixtures', 'notices');
const draftOf = (name: string): ProfileDraft => draftProfile(readFileSync(path.join(NOTICES, `${name}.txt`), 'utf8'));
const sections = (p: Profile) => p.parts.filter((x) => x.kind === 'section' && x.id !== 'body').map((x) => [x.id, x.label]);
const bodyLimit = (p: Profile) => p.parts.find((x) => x.id === 'body')?.limit;
const guessed = (d: ProfileDraft, path: string) => d.review.find((r) => r.path === path)?.guess;

describe('江苏省高校党建工作创新奖（2017—2018 年度）', () => {
  const d = draftOf('jiangsu-2018');
  const p = d.profile;

  test('three parts in order, with the notice’s labels', () => {
    expect(sections(p)).toEqual([
      ['background', '创新的背景及起因'],
      ['practice', '创新点及具体做法'],
      ['lessons', '主要成效及经验启示'],
    ]);
    expect(d.facts.sections.guess).toBeUndefined();
  });

  test('正文 2500 字左右 for every category; no summary asked for', () => {
    expect(bodyLimit(p)).toEqual({ kind: 'around', value: 2500, source: '正文 2500 字左右' });
    expect(p.categories.some((c) => c.bodyLimit)).toBe(false);
    expect(p.parts.some((x) => x.id === 'summary')).toBe(false);
    expect(guessed(d, 'summary')).toContain('没有要求案例简介');
  });

  test('每个党总支、直属党支部限报 1 项; 近三年内, 持续开展一年以上', () => {
    expect([p.batch.maxCasesPerUnit, p.batch.distinctLevels]).toEqual([1, false]);
    expect(guessed(d, 'batch.distinctLevels')).toBeTruthy();
    expect([p.period.withinYears, p.period.minYearsRunning]).toEqual([3, 1]);
  });

  test('no picture rule in the notice: the defaults, marked as guesses', () => {
    expect([p.pictures.maxGroups, p.pictures.caption]).toEqual([5, expect.objectContaining({ kind: 'max', value: 20 })]);
    for (const path of ['pictures.min', 'pictures.max', 'pictures.section', 'pictures.caption']) expect([path, guessed(d, path)]).toEqual([path, expect.any(String)]);
  });

  test('categories from the scope (not stated as such: a guess), deadline, mailbox, number, criteria', () => {
    expect(p.categories.map((c) => [c.id, c.label])).toEqual([
      ['committee', '院系党委（党总支）'],
      ['branch', '直属党支部'],
    ]);
    expect(guessed(d, 'categories')).toContain('没有明确列出案例类别');
    expect(p.notice).toMatchObject({ number: '苏教组〔2018〕21号', year: 2018, deadline: '2018-09-28', email: 'gxdjcx2018@example.edu.cn' });
    expect(p.criteria.map((c) => [c.id, c.label])).toEqual([
      ['innovation', '创新性'],
      ['effectiveness', '实效性'],
      ['exemplarity', '示范性'],
    ]);
  });
});

describe('广东白云学院“一支部一特色”结题（2020）', () => {
  const d = draftOf('baiyun-2020');
  const p = d.profile;

  test('four parts in order: the NEU id where the label says so, section-N otherwise', () => {
    expect(sections(p)).toEqual([
      ['section-1', '活动主题与思路'],
      ['section-2', '实施方法与过程'],
      ['section-3', '所取得主要成效'],
      ['lessons', '经验与启示'],
    ]);
  });

  test('另附 300 字左右特色总结; 正文 2500 字以内', () => {
    expect(p.parts.find((x) => x.id === 'summary')).toMatchObject({ label: '特色总结', limit: { kind: 'around', value: 300 } });
    expect(bodyLimit(p)).toMatchObject({ kind: 'max', value: 2500 });
  });

  test('3—6 张照片, each with a caption of 20 字左右', () => {
    expect([d.facts.pictures.min.value, d.facts.pictures.max.value]).toEqual([3, 6]);
    expect(d.facts.pictures.caption.value).toEqual({ kind: 'around', value: 20 });
    expect([p.pictures.minGroups, p.pictures.maxGroups, p.pictures.caption.kind, p.pictures.caption.value]).toEqual([3, 6, 'around', 20]);
    // The notice does not say where the photos go: the practice-like part, marked.
    expect(d.facts.pictures.section).toMatchObject({ value: '实施方法与过程', guess: expect.any(String) });
  });

  test('quota 1 per branch; only 党支部 as category; deadline with a matching weekday', () => {
    expect(p.batch.maxCasesPerUnit).toBe(1);
    expect(p.categories.map((c) => c.id)).toEqual(['branch']);
    expect(p.notice.deadline).toBe('2020-12-10');
    expect(guessed(d, 'notice.deadline')).toBeUndefined();
    expect([p.period.withinYears, p.period.minYearsRunning]).toEqual([2, 2]);
  });
});

describe('山西大同大学 基层思想政治工作优秀案例（2024）', () => {
  const d = draftOf('datong-2024');
  const p = d.profile;

  test('four parts in order; 基本情况 is the NEU profile’s background by its alias', () => {
    expect(sections(p)).toEqual([
      ['background', '基本情况'],
      ['practice', '主要做法'],
      ['section-3', '工作成效'],
      ['lessons', '工作启示'],
    ]);
  });

  test('正文 5000 字以内; no summary', () => {
    expect(bodyLimit(p)).toMatchObject({ kind: 'max', value: 5000 });
    expect(p.parts.some((x) => x.id === 'summary')).toBe(false);
  });

  test('3 张图片: read as exactly 3 and marked; 做好图片说明 without a number: the default, marked', () => {
    expect([d.facts.pictures.min.value, d.facts.pictures.max.value]).toEqual([3, 3]);
    expect(guessed(d, 'pictures.max')).toContain('恰好');
    expect(d.facts.pictures.caption).toMatchObject({ value: { kind: 'max', value: 20 }, source: '每个案例须附 3 张工作图片，并做好图片说明。' });
    expect(guessed(d, 'pictures.caption')).toContain('没有规定字数');
  });

  test('推荐案例不超过 2 项; 近三年来, 持续开展 1 年以上', () => {
    expect([p.batch.maxCasesPerUnit, p.batch.distinctLevels]).toEqual([2, false]);
    expect([p.period.withinYears, p.period.minYearsRunning]).toEqual([3, 1]);
    expect(p.notice).toMatchObject({ deadline: '2024-06-20', email: 'tdxcb2024@example.edu.cn', year: 2024 });
  });
});

/** Sections of a notice's own (section-N), no summary, a minimum of pictures, captions 左右: all within the profile schema. */
test.each(['jiangsu-2018', 'baiyun-2020', 'datong-2024'])('%s: the draft validates with the profile validator', (name) => {
  expect(draftOf(name).validation).toEqual({ ok: true });
});

test.each(['jiangsu-2018', 'baiyun-2020', 'datong-2024'])('%s: every quoted source is the notice’s own words; every value without one is marked', (name) => {
  const notice = readFileSync(path.join(NOTICES, `${name}.txt`), 'utf8').replace(/\s+/g, '');
  const d = draftOf(name);
  for (const r of d.review) {
    if (r.source) expect([r.path, notice.includes(r.source.replace(/\s+/g, ''))]).toEqual([r.path, true]);
    else expect([r.path, r.guess]).toEqual([r.path, expect.any(String)]);
  }
});
