/**
 * messages.ts: rendering batch messages. Expected texts are written out by hand.
 */
import { BATCH_MESSAGES, BATCH_RULES, checkBatch, formatBatchMessage, TABLE_LABELS, type PriorCase } from '../../../src/core/batch';
import { resubmission } from '../../../src/core/batch/rules';
import { item, PROFILE } from './helpers';

describe('formatBatchMessage', () => {
  it('falls back to rule/message for an id no locale knows, instead of a blank or a throw', () => {
    expect(formatBatchMessage('no-such-rule', 'similar', {})).toBe('no-such-rule/similar');
    expect(formatBatchMessage('no-such-rule', 'similar', {}, 'en')).toBe('no-such-rule/similar');
    expect(formatBatchMessage('unit-name', 'no-such-message', {})).toBe('unit-name/no-such-message');
  });

  it('leaves a placeholder without data, or with null, as written', () => {
    expect(formatBatchMessage('unit-name', 'not-submitted', { count: 2 })).toBe('单位名单中有 2 个单位没有报送案例：{units}。');
    expect(formatBatchMessage('unit-name', 'not-submitted', { count: 2, units: null })).toBe('单位名单中有 2 个单位没有报送案例：{units}。');
    expect(formatBatchMessage('unit-name', 'not-submitted', { count: 0, units: '' })).toBe('单位名单中有 0 个单位没有报送案例：。');
  });

  it('falls back to Chinese for a locale it does not know', () => {
    const unknown = 'fr' as unknown as 'en';
    expect(formatBatchMessage('unit-name', 'not-submitted', { count: 1, units: '外国语学院党委' }, unknown)).toBe('单位名单中有 1 个单位没有报送案例：外国语学院党委。');
  });
});

describe('the catalogue', () => {
  const HAN = /\p{Script=Han}/u;

  it('has a Chinese and an English text, neither blank, for every message a batch rule declares, and no other', () => {
    expect(BATCH_RULES.map((r) => r.id)).toEqual(['file-format', 'unit-quota', 'unit-levels', 'unit-name', 'scan-missing', 'resubmission']);
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(Object.keys(BATCH_MESSAGES[locale]).sort()).toEqual(BATCH_RULES.map((r) => r.id).sort());
      for (const rule of BATCH_RULES) {
        expect([locale, rule.id, Object.keys(BATCH_MESSAGES[locale][rule.id]).sort()]).toEqual([locale, rule.id, [...rule.meta.messageIds].sort()]);
        for (const id of rule.meta.messageIds) {
          const text = BATCH_MESSAGES[locale][rule.id][id];
          expect([locale, rule.id, id, text.trim().length > 10]).toEqual([locale, rule.id, id, true]);
          // Chinese first: every Chinese text is Chinese; English texts carry no Chinese words of their own.
          expect([locale, rule.id, id, HAN.test(text)]).toEqual([locale, rule.id, id, locale === 'zh-CN']);
        }
      }
    }
  });

  it('labels every column and value of the review table in both languages, none blank', () => {
    const keys = Object.keys(TABLE_LABELS['zh-CN']);
    expect(keys).toHaveLength(32);
    expect(Object.keys(TABLE_LABELS.en)).toEqual(keys);
    for (const key of keys) {
      expect([key, TABLE_LABELS['zh-CN'][key].trim() !== '', TABLE_LABELS.en[key].trim() !== '']).toEqual([key, true, true]);
      expect([key, HAN.test(TABLE_LABELS.en[key])]).toEqual([key, false]);
    }
    expect([TABLE_LABELS['zh-CN'].decision, TABLE_LABELS['zh-CN'].opinion, TABLE_LABELS['zh-CN'].unreadable, TABLE_LABELS['zh-CN']['scan.none']]).toEqual(['审核结论', '审核意见', '无法读取', '未能对应到申报单位']);
  });
});

describe('resubmission in English', () => {
  const prior: PriorCase[] = [{ title: '党建引领发展', source: 'list.csv:2' }];

  it('names the basis in English (title), not in Chinese', () => {
    const r = checkBatch([item('a.docx', { title: '党建引领发展', text: '另一件事情的正文。' })], PROFILE, { prior, locale: 'en' }, [resubmission]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'Very similar to the earlier case "党建引领发展" (list.csv:2): 100% by title. Cases submitted in the last 2 years are not accepted again.',
    ]);
  });
});
