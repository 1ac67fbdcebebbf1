/**
 * Running rules the way users meet them: through checkCase, on documents built with
 * caseDoc(). Tests read ruleId, messageId, severity and data, never the message text.
 */
import { countText } from '../../../src/core/count';
import { checkCase, type CheckOptions } from '../../../src/core/engine';
import { NEU_2024 } from '../../../src/core/profile';
import type { CategorySpec, Limit, Profile } from '../../../src/core/profile/types';
import type { Diagnostic } from '../../../src/core/report';
import { caseDoc, han, type CaseDocBuilder } from '../../helpers/case-doc';
import type { CaseDocument } from '../../../src/core/model/types';

export const P = NEU_2024;

export interface Found {
  ruleId: string;
  messageId: string;
  severity: Diagnostic['severity'];
  data: Diagnostic['data'];
  target: Diagnostic['target'];
  span?: Diagnostic['span'];
}

/** The diagnostics of one rule, without the rendered text. */
export function problems(doc: CaseDocument | CaseDocBuilder, ruleId: string, options: CheckOptions = {}, profile: Profile = P): Found[] {
  const d = doc instanceof Object && 'build' in doc ? doc.build() : doc;
  return checkCase(d, profile, options)
    .diagnostics.filter((x) => x.ruleId === ruleId)
    .map(({ ruleId: r, messageId, severity, data, target, span }) => (span ? { ruleId: r, messageId, severity, data, target, span } : { ruleId: r, messageId, severity, data, target }));
}

export function words(text: string, profile: Profile = P): number {
  return countText(text)[profile.metric];
}

export function category(id: string, profile: Profile = P): CategorySpec {
  const c = profile.categories.find((x) => x.id === id);
  if (!c) throw new Error(`no category ${id}`);
  return c;
}

export function bodyLimitOf(id: string, profile: Profile = P): Limit {
  const c = category(id, profile);
  const l = c.bodyLimit ?? (c.parent ? category(c.parent, profile).bodyLimit : undefined);
  if (!l) throw new Error(`no body limit for ${id}`);
  return l;
}

export function partLimit(id: string, profile: Profile = P): Limit {
  const l = profile.parts.find((p) => p.id === id)?.limit;
  if (!l) throw new Error(`no limit for ${id}`);
  return l;
}

export const HEADINGS = { background: '一、实施背景', practice: '二、主要做法', lessons: '三、经验启示' };

/** Cover fields and a summary on target: a case whose only problems are the ones a test adds. */
export function cover(categoryText: string, profile: Profile = P): CaseDocBuilder {
  const summary = partLimit('summary', profile).value;
  return caseDoc()
    .title('党建引领“双创”实践育人')
    .unit('信息科学与工程学院党委')
    .category(categoryText)
    .period(`${profile.notice.year - profile.period.withinYears + 1}年9月`)
    .summary(han(summary));
}

/**
 * Three sections whose body (headings included) is exactly `total` in Word's 字数: the
 * headings' own length is subtracted and the rest shared out.
 */
export function withBody(b: CaseDocBuilder, total: number): CaseDocBuilder {
  const headings = words(HEADINGS.background) + words(HEADINGS.practice) + words(HEADINGS.lessons);
  const rest = total - headings;
  if (rest < 3) throw new Error(`body ${total} is shorter than its headings`);
  const a = Math.floor(rest / 3);
  const c = Math.floor(rest / 3);
  const m = rest - a - c;
  return b.background(han(a)).practice(han(m)).lessons(han(c, 7));
}

export { caseDoc, han };
