/**
 * unit-quota — “每个分党委(直属党总支)限报2项案例”.
 *
 * Files are grouped by unit (see units.ts: width, spaces and stamp notes folded, the
 * profile's prefixes and organisational suffixes dropped, so 冶金学院, 冶金学院党委 and
 * 冶金学院分党委 are one unit; with a roster, every spelling it lists is its unit). When a
 * unit's covers spell it in several ways, the message names them, so the reviewer sees why
 * the files were counted together. A readable file whose unit cannot be found is reported on
 * its own, never guessed from the file name or the organisation: a guess could hide a
 * breach. Unreadable files are file-format's business and are left out here.
 *
 * Edge cases: names that are probably one unit but that neither the suffixes nor the
 * roster join (信息学院 / 信息科学与工程学院) are counted apart; `unit-name` hints at them.
 */
import type { BatchRule } from '../types';
import { groupByUnit } from './group';

export const unitQuota: BatchRule = {
  id: 'unit-quota',
  meta: {
    severity: 'error',
    scope: 'batch',
    messageIds: ['over', 'over-spellings', 'unit-unknown'],
    clause: '每个分党委(直属党总支)限报2项案例',
    description: 'A unit submits more cases than the profile allows; a readable file names no unit.',
  },
  check(ctx, report) {
    const max = ctx.profile.batch.maxCasesPerUnit;
    for (const f of ctx.files) {
      if (f.kind === 'case' && f.ok && !f.unit) report({ messageId: 'unit-unknown', data: { file: f.file }, files: [f.file], severity: 'warning' });
    }
    for (const [unit, files] of groupByUnit(ctx.files)) {
      if (files.length > max) {
        const spellings = [...new Set(files.map((f) => f.unitRaw ?? unit))];
        report({
          messageId: spellings.length > 1 ? 'over-spellings' : 'over',
          data: { unit: files[0].unitName ?? unit, count: files.length, max, spellings: spellings.map((s) => `“${s}”`).join('、') },
          files: files.map((f) => f.file),
        });
      }
    }
  },
};
