/**
 * What a notice says, as found in its text: the extraction's result, before it becomes a
 * profile. Every value carries the sentence it came from (`source`, the notice's own
 * words) or, where the notice does not say it clearly, `guess`: why, and which default
 * was used. The emission (emit.ts) turns these facts into a Profile; nothing here depends
 * on the profile's schema, so the facts stay the same when the schema changes.
 */

export interface Found<T> {
  value: T;
  /** The notice's sentence (or clause) the value comes from, quoted. */
  source?: string;
  /** Set when the value needs a person's review: why, and what default was used. */
  guess?: string;
}

/** "N 字以内" (`max`) or "N 字左右" (`around`). */
export interface DraftLimit {
  kind: 'max' | 'around';
  value: number;
}

export interface DraftCategory {
  /** committee / branch, or a subtype `branch.teacher`… */
  id: string;
  /** As the notice words it: 分党委（直属党总支）. */
  label: string;
  parent?: string;
  bodyLimit?: Found<DraftLimit>;
  /** What the notice asks this category to emphasise, in its words. */
  guidance?: string;
}

export interface DraftSection {
  /** background / practice / lessons when the label says so, otherwise section-N (N its place in the notice). */
  id: string;
  /** As the notice words it: 实施背景, 创新点及具体做法. */
  label: string;
}

export interface DraftCriterion {
  id: string;
  label: string;
  text: string;
  source: string;
}

export interface NoticeFacts {
  /** The issuing office as signed: 中共东北大学委员会组织部. */
  issuer: Found<string>;
  number: Found<string>;
  title: Found<string>;
  /** The award's name: the title without 关于开展… / …通知. */
  name: Found<string>;
  year: Found<number>;
  /** ISO date. */
  deadline: Found<string>;
  email: Found<string>;
  categories: Found<DraftCategory[]>;
  /** The summary part (案例简介, 特色总结…); `value` null when the notice asks for none. */
  summary: Found<{ label: string; limit?: DraftLimit } | null>;
  /** The body's sections in the notice's order. */
  sections: Found<DraftSection[]>;
  /** One limit for every body (正文 2500 字左右); absent when the limits are per category. */
  bodyLimit?: Found<DraftLimit>;
  pictures: {
    min: Found<number>;
    max: Found<number>;
    /** The label of the section pictures go in. */
    section: Found<string>;
    caption: Found<DraftLimit>;
  };
  period: {
    withinYears: Found<number>;
    minYearsRunning: Found<number>;
  };
  quota: Found<number>;
  distinctLevels: Found<boolean>;
  /** The sentence saying earlier cases are not accepted again, if any. */
  resubmission?: Found<string>;
  criteria: Found<DraftCriterion[]>;
}

/** One row of the review list: a value of the draft, its sentence, and whether a person must check it. */
export interface DraftReviewItem {
  /** JSON path in the draft profile (`$.parts[9].limit`), or the fact's name where it has no place in today's profile. */
  path: string;
  /** What the value is, in Chinese: 案例简介字数. */
  label: string;
  /** The value as shown to a person: 200 字左右. */
  value: string;
  source?: string;
  /** Why this needs review (and the default used); absent when the notice states it. */
  guess?: string;
}
