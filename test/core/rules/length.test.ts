import { evaluateLimit, lengthData } from '../../../src/core/rules/length';
import type { Profile } from '../../../src/core/profile/types';
import { P } from './harness';

// The boundary rows are computed from the profile's numbers; only the expected state is
// written down, as the notice's rule says it.
const tol = P.tolerances;

describe('evaluateLimit: "N 字以内"', () => {
  const limits = [...P.categories.map((c) => c.bodyLimit), ...P.parts.map((p) => p.limit)].filter((l) => l?.kind === 'max');
  // Also an invented maximum, so that the table does not depend on one profile's values.
  const all = [...limits, { kind: 'max' as const, value: 500, source: 'test' }, { kind: 'max' as const, value: 20, source: 'test' }];
  describe.each(all.map((l) => [l!.value, l!]))('N = %s', (n, limit) => {
    const near = Math.ceil(n * tol.nearMax);
    test.each([
      ['N − 1', n - 1, n - 1 >= near ? 'near' : 'ok'],
      ['N', n, 'near'],
      ['N + 1', n + 1, 'over'],
      ['95% line', near, 'near'],
      ['just under the 95% line', near - 1, 'ok'],
      ['zero', 0, 'ok'],
    ])('%s (%s)', (_name, actual, state) => {
      const ev = evaluateLimit(actual as number, limit, tol);
      expect(ev.state).toBe(state);
      expect(ev.diff).toBe(Math.abs((actual as number) - n));
      expect(ev.severity).toBe(state === 'over' ? 'error' : state === 'near' ? 'info' : undefined);
    });
  });
});

describe('evaluateLimit: "N 字左右"', () => {
  const limits = [...P.categories.map((c) => c.bodyLimit), ...P.parts.map((p) => p.limit)].filter((l) => l?.kind === 'around');
  const all = [...limits, { kind: 'around' as const, value: 1500, source: 'test' }];
  const { warning, error } = tol.around;
  describe.each(all.map((l) => [l!.value, l!]))('N = %s', (n, limit) => {
    const low = Math.ceil(n * (1 - warning));
    const high = Math.floor(n * (1 + warning));
    const farLow = Math.ceil(n * (1 - error));
    const farHigh = Math.floor(n * (1 + error));
    test.each([
      ['N', n, 'ok'],
      ['N − 1', n - 1, 'ok'],
      ['N + 1', n + 1, 'ok'],
      ['−20%', low, 'ok'],
      ['just past −20%', low - 1, 'short'],
      ['+20%', high, 'ok'],
      ['just past +20%', high + 1, 'long'],
      ['−50%', farLow, 'short'],
      ['just past −50%', farLow - 1, 'far-short'],
      ['+50%', farHigh, 'long'],
      ['just past +50%', farHigh + 1, 'far-long'],
    ])('%s (%s)', (_name, actual, state) => {
      const ev = evaluateLimit(actual as number, limit, tol);
      expect(ev.state).toBe(state);
      expect([ev.low, ev.high]).toEqual([low, high]);
      const severity = { ok: undefined, short: 'warning', long: 'warning', 'far-short': 'error', 'far-long': 'error' }[state as string];
      expect(ev.severity).toBe(severity);
    });
  });
});

test('the tolerances are the profile’s, not the helper’s', () => {
  const strict: Profile['tolerances'] = { around: { warning: 0.1, error: 0.3, source: 'test' }, nearMax: 0.8 };
  const around = { kind: 'around' as const, value: 1000 };
  expect(evaluateLimit(850, around, tol).state).toBe('ok');
  expect(evaluateLimit(850, around, strict).state).toBe('short');
  expect(evaluateLimit(650, around, tol).state).toBe('short');
  expect(evaluateLimit(650, around, strict).state).toBe('far-short');
  const max = { kind: 'max' as const, value: 1000 };
  expect(evaluateLimit(850, max, tol).state).toBe('ok');
  expect(evaluateLimit(850, max, strict).state).toBe('near');
});

describe('evaluateLimit: "0 字左右"', () => {
  const zero = { kind: 'around' as const, value: 0 };
  test('an empty text meets a limit of 0', () => {
    expect(evaluateLimit(0, zero, tol).state).toBe('ok');
  });
  test('any text is far too long for a limit of 0', () => {
    expect(evaluateLimit(5, zero, tol).state).toBe('far-long');
  });
});

describe('lengthData: how far outside the fine range', () => {
  // "1500 字左右" with the notice's ±20%: 1200 to 1800 字 is fine.
  const around = { kind: 'around' as const, value: 1500 };
  test('1000 字 is 200 字 short of the fine range', () => {
    expect(lengthData(evaluateLimit(1000, around, tol), 'words')).toMatchObject({ low: 1200, high: 1800, toRange: 200 });
  });
  test('2000 字 is 200 字 past the fine range', () => {
    expect(lengthData(evaluateLimit(2000, around, tol), 'words')).toMatchObject({ low: 1200, high: 1800, toRange: 200 });
  });
  test('1500 字 is inside the fine range', () => {
    expect(lengthData(evaluateLimit(1500, around, tol), 'words')).toMatchObject({ toRange: 0 });
  });
});
