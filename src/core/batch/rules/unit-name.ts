/**
 * unit-name — “每个分党委(直属党总支)限报2项案例”: the quota counts per 分党委, so the
 * reviewer must know when two spellings on the covers are probably one 分党委.
 *
 * Spellings that differ only in width, spaces, stamp notes, the profile's prefixes or
 * organisational suffixes are one unit already (units.ts), and a roster joins the rest.
 * What is left is reported, never merged: a wrong merge would invent a quota breach.
 *   - `similar`: without a roster, two units whose names are probably one (信息学院 /
 *     信息科学与工程学院: an abbreviation; 冶金学院 / 治金学院: one character off).
 *   - `similar-roster`: with a roster, a spelling the roster does not know that is probably
 *     one of its units; `unlisted` when it resembles none (a warning: the quota of that
 *     unit cannot be trusted until someone looks).
 *   - `not-submitted`: with a roster, one line listing its units that sent nothing.
 *
 * Edge cases: a unit-less file is unit-quota's (`unit-unknown`); each pair is reported
 * once; scans and unreadable files have no cover and are left out.
 */
import { probablySameUnit, rosterKeys, unitKey } from '../units';
import type { BatchRule } from '../types';

export const unitName: BatchRule = {
  id: 'unit-name',
  meta: {
    severity: 'info',
    scope: 'batch',
    messageIds: ['similar', 'similar-roster', 'unlisted', 'not-submitted'],
    clause: '每个分党委(直属党总支)限报2项案例',
    description: 'Two spellings are probably one unit, a spelling is not in the roster, or roster units sent nothing.',
    uses: ['batch.unitNames'],
  },
  check(ctx, report) {
    const names = ctx.profile.batch.unitNames;
    const sent = ctx.units.filter((u) => u.files.length > 0);
    const keyOf = (s: string) => unitKey(s, names);
    if (!ctx.roster) {
      const keys = sent.map((u) => keyOf(u.name));
      for (let i = 0; i < sent.length; i++) {
        for (let k = i + 1; k < sent.length; k++) {
          const a = sent[i];
          const b = sent[k];
          if (!probablySameUnit(keys[i], keys[k])) continue;
          report({
            messageId: 'similar',
            data: { unit: a.name, other: b.name, count: a.files.length + b.files.length },
            files: [...a.files, ...b.files],
          });
        }
      }
      return;
    }
    const listed = ctx.units.filter((u) => u.inRoster);
    const rosterById = new Map(ctx.roster.units.map((r) => [r.id, r]));
    const listedKeys = listed.map((r) => {
      const entry = r.rosterId !== undefined ? rosterById.get(r.rosterId) : undefined;
      return entry ? rosterKeys(entry, names) : [keyOf(r.name)];
    });
    for (const u of sent) {
      if (u.inRoster) continue;
      const key = keyOf(u.name);
      const like = listed.find((_, i) => listedKeys[i].some((k) => probablySameUnit(key, k)));
      if (like) {
        report({ messageId: 'similar-roster', data: { unit: u.name, other: like.name, count: u.files.length }, files: u.files });
      } else {
        report({ messageId: 'unlisted', data: { unit: u.name, roster: ctx.roster.source, count: u.files.length }, files: u.files, severity: 'warning' });
      }
    }
    const none = listed.filter((u) => u.files.length === 0);
    if (none.length > 0) {
      report({ messageId: 'not-submitted', data: { count: none.length, units: none.map((u) => u.name).join('、') }, files: [] });
    }
  },
};
