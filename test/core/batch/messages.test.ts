/**
 * messages.ts: rendering batch messages. Expected texts are written out by hand.
 */
import { checkBatch, formatBatchMessage, type PriorCase } from '../../../src/core/batch';
import { resubmission } from '../../../src/core/batch/rules';
import { item, PROFILE } from './helpers';

describe('formatBatchMessage', () => {
  it('falls back to rule/message for an id no locale knows, instead of a blank or a throw', () => {
    expect(formatBatchMessage('no-such-rule', 'similar', {})).toBe('no-such-rule/similar');
    expect(formatBatchMessage('no-such-rule', 'similar', {}, 'en')).toBe('no-such-rule/similar');
    expect(formatBatchMessage('unit-name', 'no-such-message', {})).toBe('unit-name/no-such-message');
  });

  it('leaves a placeholder without data as written', () => {
    expect(formatBatchMessage('unit-name', 'not-submitted', { count: 2 })).toBe('单位名单中有 2 个单位没有报送案例：{units}。');
  });
});

describe('resubmission in English', () => {
  const prior: PriorCase[] = [{ title: '党建引领发展', source: 'list.csv:2' }];

  it('names the basis in English (title), not in Chinese', () => {
    const r = checkBatch([item('a.docx', { title: '党建引领发展', text: '另一件事情的正文。' })], PROFILE, { prior, locale: 'en' }, [resubmission]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'Very similar to the earlier case "党建引领发展" (list.csv:2): 100% by title. Cases submitted in the last two years are not accepted again.',
    ]);
  });
});
