/** Looking a rule up by its stable id (RULES.md), as the public core API offers. */
import { CASE_RULES, getCaseRule } from '../../../src/core/rules';

describe('getCaseRule', () => {
  test('finds a rule that is not the first of the catalogue by its id', () => {
    expect(CASE_RULES[0].id).not.toBe('summary-length');
    expect(getCaseRule('summary-length')?.id).toBe('summary-length');
  });

  test('an unknown id finds no rule', () => {
    expect(getCaseRule('no-such-rule')).toBeUndefined();
  });
});
