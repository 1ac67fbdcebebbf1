/**
 * The checker page's 配置草稿 tab runs the draft in the browser, and the pages' floor is
 * ES2017 (EdgeHTML 18): no lookbehind in regular expressions. Literals are checked in the
 * build (test/build/syntax.test.ts); patterns built from strings only when they are built,
 * so here they are built in an engine that refuses lookbehind, as EdgeHTML 18 does.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lastSentence } from '../../../../src/core/profile/draft/extract';

const NEU_NOTICE = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'notice', '2024-notice.txt');

type Draft = typeof import('../../../../src/core/profile/draft');
type Numbers = typeof import('../../../../src/core/profile/draft/numbers');

const LOOKBEHIND = /\(\?<[=!]/;
const refuse = (source: unknown) => {
  if (LOOKBEHIND.test(source instanceof RegExp ? source.source : String(source))) throw new SyntaxError('Invalid regular expression: invalid group');
};

test('without lookbehind the draft still reads the NEU notice', () => {
  const Real = RegExp;
  const NoLookbehind = new Proxy(Real, {
    construct(target, args: [unknown, string?]) {
      refuse(args[0]);
      return Reflect.construct(target, args) as RegExp;
    },
    apply(target, self, args: [unknown, string?]) {
      refuse(args[0]);
      return Reflect.apply(target, self, args) as RegExp;
    },
  });
  let numbers: Numbers | undefined;
  let draft: ReturnType<Draft['draftProfile']> | undefined;
  globalThis.RegExp = NoLookbehind;
  try {
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      numbers = require('../../../../src/core/profile/draft/numbers') as Numbers;
      draft = (require('../../../../src/core/profile/draft') as Draft).draftProfile(readFileSync(NEU_NOTICE, 'utf8'));
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
  } finally {
    globalThis.RegExp = Real;
  }
  expect(numbers!.HAS_LOOKBEHIND).toBe(false);
  const p = draft!.profile;
  expect(p.parts.find((x) => x.id === 'summary')?.limit).toMatchObject({ kind: 'around', value: 200 });
  expect(p.categories.find((c) => c.id === 'committee')?.bodyLimit).toMatchObject({ kind: 'max', value: 2000 });
  expect(p.categories.find((c) => c.id === 'branch')?.bodyLimit).toMatchObject({ kind: 'around', value: 1000 });
  expect([p.pictures.maxGroups, p.pictures.caption.value, p.batch.maxCasesPerUnit]).toEqual([5, 20, 2]);
});

test('the last sentence of a paragraph, with its closing mark', () => {
  expect(lastSentence('甲。乙。')).toBe('乙。');
  expect(lastSentence('甲。乙')).toBe('乙');
  expect(lastSentence('甲！乙？丙')).toBe('丙');
  expect(lastSentence('。')).toBe('。');
  expect(lastSentence('甲。。')).toBe('。');
  expect(lastSentence('')).toBe('');
});
