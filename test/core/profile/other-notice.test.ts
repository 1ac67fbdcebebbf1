/**
 * A profile for another notice (summary 500 字以内, body 3000 字以内 for every category, 3
 * pictures), written as data in fixtures/: the same documents are judged differently
 * with no code change.
 */
import otherJson from './fixtures/other-notice.json';
import { checkCase } from '../../../src/core/engine';
import { loadProfile, NEU_2024 } from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile/types';
import { cover, withBody, han, caseDoc } from '../rules/harness';
import type { CaseDocBuilder } from '../../helpers/case-doc';

const loaded = loadProfile(otherJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const OTHER: Profile = loaded.profile;

function ruleHits(b: CaseDocBuilder, profile: Profile, ruleId: string) {
  return checkCase(b.build(), profile).diagnostics.filter((d) => d.ruleId === ruleId).map((d) => [d.messageId, d.data.actual, d.data.limit]);
}

test('the fixture is a valid profile with other numbers', () => {
  expect(OTHER.id).not.toBe(NEU_2024.id);
  expect(OTHER.parts.find((p) => p.id === 'summary')?.limit).toMatchObject({ kind: 'max', value: 500 });
  expect(OTHER.parts.find((p) => p.id === 'body')?.limit).toMatchObject({ kind: 'max', value: 3000 });
  expect(OTHER.categories.every((c) => !c.bodyLimit)).toBe(true);
  expect(OTHER.pictures.maxGroups).toBe(3);
});

test('a body of 2500 字: over for a 2024 committee case, far over for a branch, fine under the other notice for both', () => {
  const committee = withBody(cover('分党委'), 2500);
  const branch = withBody(cover('党支部（教师党支部）'), 2500);
  expect(ruleHits(committee, NEU_2024, 'body-length')).toEqual([['over', 2500, 2000]]);
  expect(ruleHits(branch, NEU_2024, 'body-length')).toEqual([['far-long', 2500, 1000]]);
  expect(ruleHits(committee, OTHER, 'body-length')).toEqual([]);
  expect(ruleHits(branch, OTHER, 'body-length')).toEqual([]);
  expect(ruleHits(withBody(cover('党支部（教师党支部）'), 3001), OTHER, 'body-length')).toEqual([['over', 3001, 3000]]);
});

test('the report shows the limit in force', () => {
  const r = checkCase(withBody(cover('党支部（教师党支部）'), 2900).build(), OTHER);
  expect(r.parts.body?.limit).toMatchObject({ kind: 'max', value: 3000, actual: 2900, state: 'near' });
  expect(checkCase(withBody(cover('党支部（教师党支部）'), 2900).build(), NEU_2024).parts.body?.limit).toMatchObject({ kind: 'around', value: 1000, state: 'far-long' });
});

test('a summary of 450 字: far too long in 2024, fine under the other notice; 501 is over', () => {
  const doc = (n: number) => withBody(caseDoc().title('案例').unit('某学院党委').category('分党委').summary(han(n)), 1000);
  expect(ruleHits(doc(450), NEU_2024, 'summary-length')).toEqual([['far-long', 450, 200]]);
  expect(ruleHits(doc(450), OTHER, 'summary-length')).toEqual([]);
  expect(ruleHits(doc(501), OTHER, 'summary-length')).toEqual([['over', 501, 500]]);
});

test('four picture groups: fine in 2024, too many under the other notice', () => {
  let b = cover('分党委').background(han(300)).practice(han(300));
  for (let i = 1; i <= 4; i++) b = b.picture({ caption: `图${i} 主题党日` }).para(han(30));
  b = b.lessons(han(300));
  expect(ruleHits(b, NEU_2024, 'picture-count')).toEqual([]);
  expect(checkCase(b.build(), OTHER).diagnostics.filter((d) => d.ruleId === 'picture-count').map((d) => [d.data.actual, d.data.max])).toEqual([[4, 3]]);
});
