/**
 * The cases the issue-13 tests share (忽略此处, 上一个 / 下一个, style hints), built from the
 * valid teacher-branch case of case-doc.ts.
 */
import type { CaseDocument } from '../../src/core/model/types';
import { han, validBranchCase } from './case-doc';

/**
 * Two problems an author may dismiss: the summary has 150 字 (a warning: a quarter under
 * "200 字左右") and 实施背景 names 2015 (a hint: before 2019, the notice's 近五年).
 */
export function warningAndHintCase(): CaseDocument {
  const doc = validBranchCase().build();
  const summary = doc.paragraphs.findIndex((p) => p.text === '案例简介') + 1;
  doc.paragraphs[summary].text = han(150);
  const background = doc.paragraphs.findIndex((p) => p.text === '一、实施背景') + 1;
  doc.paragraphs[background].text = `早在2015年，${han(290)}`;
  return doc;
}

/** 主要做法 as ten short numbered lines: the listing-heavy hint fires. */
export function listingCase(): CaseDocument {
  const doc = validBranchCase().build();
  const practice = doc.paragraphs.findIndex((p) => p.text === '二、主要做法') + 1;
  const lines = Array.from({ length: 10 }, (_, i) => ({ index: 0, text: `${i + 1}. 开展主题党日活动`, pictures: [], controls: [] }));
  doc.paragraphs.splice(practice, 1, ...lines);
  doc.paragraphs.forEach((p, i) => (p.index = i));
  return doc;
}
