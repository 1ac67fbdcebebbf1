import neu from '../../src/profiles/neu-2024.json';
import type { Profile } from '../../src/core/profile/types';
import { allTemplatePrompts, templateBlocks } from '../../src/template';

const NEU = neu as unknown as Profile;

// The prompts are composed from the profile's numbers (src/template/prompts.ts) and listed
// verbatim in profile.placeholders for the placeholder-left rule: the two must agree.
describe('template prompts and profile.placeholders', () => {
  test('profile.placeholders lists exactly the prompts the template can produce', () => {
    expect([...NEU.placeholders].sort()).toEqual([...allTemplatePrompts(NEU)].sort());
  });

  test.each(NEU.categories.map((c) => c.id))('every prompt block of the %s template is a listed placeholder', (category) => {
    const prompts = templateBlocks(NEU, category).filter((b) => b.placeholder);
    expect(prompts.length).toBeGreaterThan(5);
    for (const b of prompts) expect(NEU.placeholders).toContain(b.text);
  });

  test('no prompt contains another, so each leftover is reported once and exactly', () => {
    for (const a of NEU.placeholders)
      for (const b of NEU.placeholders) if (a !== b) expect(a.includes(b)).toBe(false);
  });

  test('non-prompt blocks hold no prompt text (headings, labels, the pre-filled category)', () => {
    for (const category of ['committee', 'branch', 'branch.staff']) {
      for (const b of templateBlocks(NEU, category).filter((x) => !x.placeholder))
        for (const p of NEU.placeholders) expect(b.text.includes(p)).toBe(false);
    }
  });
});
